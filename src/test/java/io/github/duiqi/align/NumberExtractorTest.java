package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberExtractorTest {

  private static List<Double> numbers(String s) {
    List<Double> out = new ArrayList<>();
    NumberExtractor.extract(s, key -> out.add(key / 100.0));
    return out;
  }

  @Test
  void datesMatchAcrossLanguages() {
    assertEquals(List.of(2.0, 11.0), numbers("2月11日，世卫组织宣布"));
    assertEquals(List.of(2.0, 11.0), numbers("On February 11, the WHO announced"));
  }

  @Test
  void chineseNumerals() {
    assertEquals(List.of(320.0), numbers("三百二十个"));
    assertEquals(List.of(1984.0), numbers("一九八四年"));
    assertEquals(List.of(2.0), numbers("两个人"));
    assertEquals(List.of(30000.0), numbers("3万人"));
    assertEquals(List.of(250_000_000.0), numbers("2.5亿"));
    assertEquals(List.of(12.0), numbers("十二"));
  }

  @Test
  void oneAndIdiomsAreNotEvidence() {
    assertEquals(List.of(), numbers("一个人十分高兴，千万别走"));
    assertEquals(List.of(), numbers("One day she may come."));
  }

  @Test
  void halfOnBothSides() {
    assertEquals(List.of(0.5), numbers("过去半个多世纪"));
    assertEquals(List.of(0.5), numbers("over the past half century"));
  }

  @Test
  void englishNumbers() {
    assertEquals(List.of(21.0), numbers("twenty-one years"));
    assertEquals(List.of(305.0), numbers("three hundred and five"));
    assertEquals(List.of(2_500_000.0), numbers("2.5 million people"));
    assertEquals(List.of(1000.0), numbers("1,000 yuan"));
    assertEquals(List.of(5.0, 3.0), numbers("May 3"));
    assertEquals(List.of(19.0), numbers("COVID-19"));
  }
}
