package io.github.duiqi.interleave;

import static io.github.duiqi.interleave.Language.CHINESE;
import static io.github.duiqi.interleave.Language.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageRunsTest {

  static String resource(String name) throws IOException {
    try (InputStream in = LanguageRunsTest.class.getResourceAsStream("/seed/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> texts(String text, List<LanguageRun> runs) {
    List<String> out = new ArrayList<>();
    for (LanguageRun run : runs) {
      out.add(run.language().name().charAt(0) + ":" + text.substring(run.start(), run.end()));
    }
    return out;
  }

  @Test
  void sampleHasItsFourChineseAndFourEnglishParagraphs() throws IOException {
    String text = resource("000_84e3e2ed0b7c912e.txt").strip();
    List<String> expected = new ArrayList<>();
    for (String line : resource("expected-paragraphs.tsv").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t");
      expected.add("C:" + cells[0]);
      expected.add("E:" + cells[1]);
    }
    assertEquals(expected, texts(text, LanguageRuns.find(text)));
  }

  @Test
  void latinWordsAndNumbersInsideChineseStayChinese() {
    String text = "為抗擊COVID-19疫情,G20在2月11日開會。Fighting COVID-19, the G20 met on February 11.";
    assertEquals(List.of("C:為抗擊COVID-19疫情,G20在2月11日開會。",
        "E:Fighting COVID-19, the G20 met on February 11."), texts(text, LanguageRuns.find(text)));
  }

  @Test
  void chineseNameInsideEnglishStaysEnglish() {
    String text = "The word 對齊 means to align things, as every translator knows. "
        + "對齊這個詞的意思是把東西排整齊,每個譯者都知道。";
    List<LanguageRun> runs = LanguageRuns.find(text);
    assertEquals(2, runs.size(), texts(text, runs).toString());
    assertEquals(ENGLISH, runs.get(0).language());
    assertEquals(CHINESE, runs.get(1).language());
  }

  @Test
  void quotesAtTheSeamsGoWithTheirSentences() {
    String text = "他說:「我們走吧。」“Let's go,” he said.";
    assertEquals(List.of("C:他說:「我們走吧。」", "E:“Let's go,” he said."),
        texts(text, LanguageRuns.find(text)));
  }

  @Test
  void englishEndingInChineseFullStop() {
    String text = "It ends here。這裡結束。";
    assertEquals(List.of("E:It ends here。", "C:這裡結束。"), texts(text, LanguageRuns.find(text)));
  }

  @Test
  void alternatingSubtitleLines() {
    String text = "你好。\nHello.\n\n再見\r\nGoodbye\n";
    List<LanguageRun> runs = LanguageRuns.find(text);
    assertEquals(List.of("C:你好。", "E:Hello.", "C:再見", "E:Goodbye"), texts(text, runs));
    assertTrue(runs.get(1).breakBefore());
  }

  @Test
  void singleLanguageAndNoLanguage() {
    assertEquals(List.of("C:只有中文。還是中文。"), texts("只有中文。還是中文。",
        LanguageRuns.find("只有中文。還是中文。")));
    assertEquals(List.of("E:Only English. Still English."),
        texts(" Only English. Still English. ", LanguageRuns.find(" Only English. Still English. ")));
    assertEquals(List.of("C:123 ..."), texts(" 123 ... \n", LanguageRuns.find(" 123 ... \n")));
    assertEquals(List.of(), LanguageRuns.find(""));
  }

  @Test
  void numberLineGoesWithTheParagraphItNumbers() {
    String text = "1.\n第一段。\n2.\nSecond paragraph.";
    assertEquals(List.of("C:1.\n第一段。", "E:2.\nSecond paragraph."),
        texts(text, LanguageRuns.find(text)));
  }
}
