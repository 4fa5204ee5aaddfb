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

  @Test
  void straightQuoteOpeningEnglishDialogueAfterChineseGoesWithTheEnglish() {
    String text = "老张笑道：“你赢了。”'You won,' said the old man. 'Well done.'"
        + "小李问：“再来一盘吗？”'Another game?' asked the boy.";
    assertEquals(List.of("C:老张笑道：“你赢了。”", "E:'You won,' said the old man. 'Well done.'",
        "C:小李问：“再来一盘吗？”", "E:'Another game?' asked the boy."),
        texts(text, LanguageRuns.find(text)));
  }

  @Test
  void straightQuoteClosingChineseBeforeSpaceOrHanStaysChinese() {
    String text = "他说:\"走吧。\" 我们就走了。\"Let's go,\" he said.";
    assertEquals(List.of("C:他说:\"走吧。\" 我们就走了。", "E:\"Let's go,\" he said."),
        texts(text, LanguageRuns.find(text)));
  }

  @Test
  void untranslatedChineseHeadingIsCutFromTheEnglishSentenceAfterIt() {
    String text = "这是第一段的最后一句。This is the last sentence of the first paragraph."
        + "河边的早晨The morning by the river is never quiet.";
    assertEquals(List.of("C:这是第一段的最后一句。",
        "E:This is the last sentence of the first paragraph.", "C:河边的早晨",
        "E:The morning by the river is never quiet."), texts(text, LanguageRuns.find(text)));
  }

  @Test
  void englishHeadingIsCutFromTheChineseSentenceAfterIt() {
    String text = "Law and the River城市的法律和河流一样古老。The law of a city is as old as its river.";
    assertEquals(List.of("E:Law and the River", "C:城市的法律和河流一样古老。",
        "E:The law of a city is as old as its river."), texts(text, LanguageRuns.find(text)));
  }

  @Test
  void termsListsCitationsAndTitlesInsideChineseAreNotCutOut() {
    for (String chinese : List.of("我们用GIS Data Model做研究，结果很好。",
        "公司收购了Bookstore.com，Toys.com，Garden.com和Tools.com。",
        "正如已有研究（Smith and Jones，2001）所说，这是对的。",
        "他读过“The Old Man and the Sea”这本书，很喜欢。")) {
      String text = chinese + "An English sentence follows the Chinese one here.";
      assertEquals(List.of("C:" + chinese, "E:An English sentence follows the Chinese one here."),
          texts(text, LanguageRuns.find(text)), chinese);
    }
  }
}
