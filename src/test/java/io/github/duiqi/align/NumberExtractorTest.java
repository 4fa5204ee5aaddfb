package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Test
  void aLoneOneIsSkippedButNotOneBeforeAnotherNumeral() {
    assertEquals(List.of(), numbers("一"));
    assertEquals(List.of(), numbers("他一个人"));
    assertEquals(List.of(100.0), numbers("一百"));
    assertEquals(List.of(1984.0), numbers("一九八四"));
    assertEquals(List.of(10000.0), numbers("一万"));
    assertEquals(List.of(12.0), numbers("一二"), "digit by digit, as years are written");
  }

  @Test
  void englishWordsMatchInAnyCaseButOnlyAsAsciiWords() {
    assertEquals(List.of(21.0), numbers("TWENTY-ONE"));
    assertEquals(List.of(3000.0), numbers("3 THOUSAND"));
    assertEquals(List.of(3000.0), numbers("3 Thousand men"));
    assertEquals(List.of(), numbers("twentï"), "a letter outside ASCII: no number word");
    assertEquals(List.of(), numbers("onehundredthousand"), "longer than any number word");
    assertEquals(List.of(3.0), numbers("MAY 3"), "months are matched as written: no 5");
    assertEquals(List.of(12.0), numbers("a dozen"));
  }

  @Property
  void theBufferVariantReadsOnlyTheSentencesCharacters(@ForAll("sentences") String s,
      @ForAll("sentences") String garbage) {
    List<Long> plain = new ArrayList<>();
    NumberExtractor.extract(s, plain::add);
    // the caller's buffer may be longer than the sentence, with an older sentence after it
    char[] buffer = Arrays.copyOf(s.toCharArray(), s.length() + garbage.length());
    garbage.getChars(0, garbage.length(), buffer, s.length());
    List<Long> buffered = new ArrayList<>();
    NumberExtractor.extract(s, buffer, buffered::add);
    assertEquals(plain, buffered);
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("one", "Twenty", "THOUSAND", "May", "half", "and", "-", " ", ",", ".",
            "一", "二", "十", "百", "万", "亿", "半", "分", "两", "零", "é", "手"),
        Arbitraries.strings().withChars("0123456789０１,.． aZ").ofMaxLength(4));
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }
}
