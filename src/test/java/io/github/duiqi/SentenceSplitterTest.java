package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.create();

  static List<String> texts(String text) {
    return texts(SPLITTER, text);
  }

  static List<String> texts(SentenceSplitter splitter, String text) {
    return splitter.split(text).stream().map(Sentence::text).collect(Collectors.toList());
  }

  static void assertOne(String text) {
    assertEquals(List.of(text), texts(text));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Objects.requireNonNull(
        SentenceSplitterTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void splitsTheUsersSampleIntoTheExpected34Sentences() throws IOException {
    String sample = resource("/seed/000_84e3e2ed0b7c912e.txt");
    List<String> expected = resource("/seed/expected-sentences.txt").lines()
        .filter(l -> !l.isBlank()).collect(Collectors.toList());
    assertEquals(34, expected.size());
    assertEquals(expected, texts(sample));
  }

  @Test
  void offsetsPointIntoTheInput() {
    String text = "  你好。 Hello there.\n";
    List<Sentence> sentences = SPLITTER.split(text);
    assertEquals(List.of(new Sentence("你好。", 2, 5), new Sentence("Hello there.", 6, 18)),
        sentences);
    for (Sentence s : sentences) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
  }

  @Test
  void blankTextHasNoSentences() {
    assertEquals(List.of(), texts(""));
    assertEquals(List.of(), texts(" \n\u3000\u00A0\r\n"));
  }

  @Test
  void acceptsAnyCharSequenceAndReturnsAnUnmodifiableList() {
    StringBuilder b = new StringBuilder("一。二。");
    List<Sentence> sentences = SPLITTER.split(b);
    assertEquals(2, sentences.size());
    assertThrows(UnsupportedOperationException.class, () -> sentences.add(sentences.get(0)));
  }

  @Nested
  class Chinese {

    @Test
    void terminatorsAndTheirRunsEndSentences() {
      assertEquals(List.of("你好。", "我很好！", "你呢？", "真的吗？！", "是的!!", "好?", "走吧。。。"),
          texts("你好。我很好！你呢？真的吗？！是的!!好?走吧。。。"));
    }

    @Test
    void semicolonsDoNotEndSentences() {
      assertOne("要分清哪些是分歧，要很好管控；哪些有合作意义;共同推动。");
    }

    @Test
    void closingQuotesAndBracketsStayWithTheirSentence() {
      assertEquals(List.of("他说：“我们走吧。”", "然后走了。"), texts("他说：“我们走吧。”然后走了。"));
      assertEquals(List.of("她说：「好的。」", "我们出发吧。"), texts("她说：「好的。」我们出发吧。"));
      assertEquals(List.of("她说：『真的？』", "是的。"), texts("她说：『真的？』是的。"));
      assertEquals(List.of("（这是注释。）", "下一句。"), texts("（这是注释。）下一句。"));
      assertEquals(List.of("他看完了。)", "下一句。"), texts("他看完了。)下一句。"));
    }

    @Test
    void anOpeningQuoteAfterATerminatorStartsTheNextSentence() {
      assertEquals(List.of("天黑了。", "“快走！”他喊道。"), texts("天黑了。“快走！”他喊道。"));
      assertEquals(List.of("天黑了。", "《红楼梦》很长。"), texts("天黑了。《红楼梦》很长。"));
      assertEquals(List.of("天黑了。", "「走吧。」"), texts("天黑了。「走吧。」"));
    }

    @Test
    void aShortSpeechTagStaysWithTheQuotationItEnds() {
      assertOne("“你去吗？”他问。");
      assertOne("“能发给我吗？” 李经理问。");
      assertOne("\"这是对的。\"他说。");
      assertEquals(List.of("“好的。”", "我知道。"), texts("“好的。”我知道。"));
      assertEquals(List.of("“好的。”", "说着出屋而去。"), texts("“好的。”说着出屋而去。"));
    }

    @Test
    void aSpeechTagThatOpensANewQuotationStartsANewSentence() {
      assertEquals(List.of("“好的。”", "小明道：“走吧。”"), texts("“好的。”小明道：“走吧。”"));
    }

    @Test
    void aStraySpaceBeforeAClosingQuoteKeepsTheQuoteWithItsSentence() {
      assertEquals(List.of("那女孩道：“哼，你不会下棋。 ”", "小明道：“我早就学会了！”"),
          texts("那女孩道：“哼，你不会下棋。 ”小明道：“我早就学会了！”"));
    }

    @Test
    void latinInitialsBeforeAChineseNameDoNotSplit() {
      assertOne("他的小说与J.K.罗琳和C. S. 路易斯的作品相似。");
    }

    @Test
    void sixAsciiDotsAreAnEllipsis() {
      assertEquals(List.of("我们在干什么？", "22%...... 噢，天哪！"), texts("我们在干什么？22%...... 噢，天哪！"));
      assertOne("不过......算了。");
    }

    @Test
    void noSplitInsideTitlesOrAsides() {
      assertOne("我们明天一起去看《摔跤吧！爸爸》好吗？");
      assertOne("他（据说是个好人。）来了。");
      assertOne("他(据说是个好人!)来了。");
      assertOne("见〈附录。〉与【注：略。】等。");
    }

    @Test
    void unmatchedBracketsAreOrdinaryCharacters() {
      String brackets = "（".repeat(3000) + "(".repeat(3000);
      assertEquals(List.of(brackets + "你好。", "Hello.", "World."),
          texts(brackets + "你好。Hello. World."));
      assertEquals(List.of("他（据说。", "来了。"), texts("他（据说。\n\n来了。"));
    }

    @Test
    void ellipsesInsideASentenceDoNotSplit() {
      assertOne("他想……算了吧。");
      assertOne("他想…算了吧。");
      assertOne("他想...算了吧。");
      assertOne("他想⋯⋯算了吧。");
      assertEquals(List.of("“最近公司里出了一些事……”", "“是的。”"), texts("“最近公司里出了一些事……”“是的。”"));
    }

    @Test
    void decimalsDoNotSplit() {
      assertOne("增长了3.5%，达到3.29亿元。");
      assertOne("引き下げ幅は３．２９％以上を目指す。");
    }

    @Test
    void enumerationMarkersDoNotSplit() {
      assertOne("措施如下：1.加强管理；2.完善制度。");
      assertOne("措施如下:1. 加强管理;2. 完善制度。");
      assertEquals(List.of("1.加强管理", "2.完善制度"), texts("1.加强管理\n2.完善制度"));
    }

    @Test
    void chineseWithAsciiPunctuationEndsLikeFullWidth() {
      assertEquals(List.of("我们走吧.", "然后呢?", "好!"), texts("我们走吧.然后呢?好!"));
    }

    @Test
    void traditionalAndSimplifiedCharacters() {
      assertEquals(List.of("這是繁體字。", "这是简体字。", "當前，中美關係正處於重要關口！"),
          texts("這是繁體字。这是简体字。當前，中美關係正處於重要關口！"));
    }

    @Test
    void charactersOutsideTheBasicPlane() {
      assertEquals(List.of("𠮷野家很好。", "𩸽鱼！"), texts("𠮷野家很好。𩸽鱼！"));
    }
  }

  @Nested
  class English {

    @ParameterizedTest
    @ValueSource(strings = {
        "Mr. Smith met Dr. Jones and Mrs. Brown.",
        "The U.S. and the U.S.A. are one country.",
        "China-U.S. relations matter.",
        "See No. 5 and p. 55 for details.",
        "Use tools, e.g. hammers, i.e. heavy ones, etc. and more.",
        "Smith et al. found it in 2004.",
        "Yan et al. [2004] analysed it.",
        "Acme Inc. (the buyer) paid John Jr. and St. John.",
        "We met at 9 a.m. and left at 5 p.m. yesterday.",
        "Peter Pan is a J. M. Barrie play.",
        "Did you see Albert I. Jones yesterday?",
        "Visit https://www.example.com/a.b/c.html?x=1 to see it.",
        "Write to jane.doe@example.org or Jane.Doe@example.com today.",
        "She has $100.00 in her bag and 3.5 kg of rice.",
        "She turned to him, 'This is great.' she said.",
        "She works at Yahoo! in the accounting department.",
        "I wasn't really ... well, what I mean...see . . . what I'm saying.",
        "He has a Ph.D.-level training.",
        "That is JFK Jr.'s book."})
    void staysOneSentence(String text) {
      assertOne(text);
    }

    @Test
    void splitsAtRealEnds() {
      assertEquals(List.of("I live in the U.S.", "How about you?"),
          texts("I live in the U.S. How about you?"));
      assertEquals(List.of("We make a good team, you and I.", "Did you see him?"),
          texts("We make a good team, you and I. Did you see him?"));
      assertEquals(List.of("Visit https://example.com/a.b.", "Then leave."),
          texts("Visit https://example.com/a.b. Then leave."));
      assertEquals(List.of("Write to jane.doe@example.org.", "She answers."),
          texts("Write to jane.doe@example.org. She answers."));
      assertEquals(List.of("It costs $3.50.", "Really."), texts("It costs $3.50. Really."));
      assertEquals(List.of("They sell books, pens, etc.", "The shop is new."),
          texts("They sell books, pens, etc. The shop is new."));
      assertEquals(List.of("Hello brother.", "My name is Khan."),
          texts("Hello brother.My name is Khan."));
    }

    @Test
    void quotesAfterThePeriodStayWithTheSentence() {
      assertEquals(List.of("He said \"Stop.\"", "Then he left."),
          texts("He said \"Stop.\" Then he left."));
      assertEquals(List.of("He said “Stop!”", "Then he left."),
          texts("He said “Stop!” Then he left."));
      assertEquals(List.of("\"One.\"", "\"Two.\""), texts("\"One.\" \"Two.\""));
      assertEquals(List.of("(He left.)", "Then she came."), texts("(He left.) Then she came."));
    }

    @Test
    void speechTagsAfterAQuotation() {
      assertOne("\"Can you send me the report?\" Li asked.");
      assertOne("\"Stop!\" Mr. Wang shouted at once.");
      assertEquals(List.of("\"Is it?\"", "He asked again."), texts("\"Is it?\" He asked again."));
      assertEquals(List.of("He said \"I want ties. \"", "This is why."),
          texts("He said \"I want ties. \" This is why."));
      assertEquals(List.of("\"It might happen at one o'clock A.M.\"", "\"Wow.\""),
          texts("\"It might happen at one o'clock A.M.\" \"Wow.\""));
    }

    @Test
    void initialsAndVariables() {
      assertOne("C. S. Lewis wrote it.");
      assertEquals(List.of("Then y implies x.", "It is hard to see."),
          texts("Then y implies x. It is hard to see."));
      assertEquals(List.of("This is Plan B.", "The other failed."),
          texts("This is Plan B. The other failed."));
    }

    @Test
    void anAsideThatOpensASentenceMayHoldWholeSentences() {
      assertEquals(List.of("(For small samples, use it.", "The exact test is in Chapter 4.)",
              "Next."),
          texts("(For small samples, use it. The exact test is in Chapter 4.) Next."));
      assertOne("He teaches science (He previously worked as an engineer.) at the University.");
    }

    @Test
    void ellipsesAndRuns() {
      assertEquals(List.of("Wait for it....", "Now."), texts("Wait for it.... Now."));
      assertEquals(List.of("What?!", "No way!!!", "Yes."), texts("What?! No way!!! Yes."));
      assertOne("Well... I guess so.");
    }

    @Test
    void aSentenceEndingIn句号OrRunningIntoHanText() {
      assertEquals(List.of("This is the end。", "当前形势很好。"), texts("This is the end。当前形势很好。"));
      assertEquals(List.of("peace and stability.", "中美关系"), texts("peace and stability.中美关系"));
      assertEquals(List.of("Really?", "中文"), texts("Really?中文"));
      assertEquals(List.of("It grew in 2020.", "中文"), texts("It grew in 2020.中文"));
      assertEquals(List.of("They met in the U.S.", "中文"), texts("They met in the U.S. 中文"));
    }

    @Test
    void listsSplitBetweenItems() {
      assertEquals(List.of("1. The first item", "2. The second item"),
          texts("1. The first item 2. The second item"));
      assertEquals(List.of("a) one", "b) two", "c) three"), texts("a) one b) two c) three"));
      assertEquals(List.of("• first", "• second"), texts("• first • second"));
      assertOne("马丁•路德•金说过这句话。");
    }
  }

  @Nested
  class LineBreaks {

    @Test
    void aSingleLineBreakInsideAHardWrappedSentenceDoesNotSplit() {
      assertEquals(List.of("This is a hard-\nwrapped sentence\nthat continues.", "Next one."),
          texts("This is a hard-\nwrapped sentence\nthat continues.\nNext one."));
      assertEquals(List.of("这是一个很长的\n句子。", "第二句。"), texts("这是一个很长的\n句子。第二句。"));
    }

    @Test
    void aLineThatEndsASentenceSplits() {
      assertEquals(List.of("First line ends here.", "Second line."),
          texts("First line ends here.\nSecond line."));
      assertEquals(List.of("第一行。", "第二行"), texts("第一行。\n第二行"));
    }

    @Test
    void aBlankLineAlwaysEndsASentence() {
      assertEquals(List.of("A title", "Body text."), texts("A title\n\nBody text."));
      assertEquals(List.of("A title", "Body text."), texts("A title\r\n\r\nBody text."));
      assertEquals(List.of("A title", "Body text."), texts("A title\n \t\nBody text."));
      assertEquals(List.of("标题", "正文。"), texts("标题\n\n正文。"));
      assertEquals(List.of("A title", "Body"), texts("A title\u2029Body"));
      assertEquals(List.of("Mr.", "Smith"), texts("Mr.\n\nSmith"));
    }

    @Test
    void aBlankLineClosesAnOpenAside() {
      assertEquals(List.of("He (left\nearly", "Then.", "Next."),
          texts("He (left\nearly\n\nThen. Next."));
    }

    @Test
    void everyLineBreakCanBeMadeToSplit() {
      SentenceSplitter lines = SPLITTER.splitAtEveryLineBreak();
      assertEquals(List.of("Heading", "Body text", "more.", "Here."),
          texts(lines, "Heading\nBody text\r\nmore. Here."));
      assertEquals(List.of("Heading\nBody text"), texts(SPLITTER, "Heading\nBody text"));
    }
  }

  @Nested
  class WidthsAndSpaces {

    @Test
    void fullWidthAndHalfWidthForms() {
      assertEquals(List.of("好!", "走吧?", "行！", "真的？"), texts("好!走吧?行！真的？"));
      assertEquals(List.of("はい｡", "いいえ｡"), texts("はい｡いいえ｡"));
      assertEquals(List.of("ＡＢＣ公司成立了。", "Ｉｔ ｇｒｅｗ．", "很快。"),
          texts("ＡＢＣ公司成立了。Ｉｔ ｇｒｅｗ．很快。"));
    }

    @Test
    void noBreakSpaceIsWhitespace() {
      assertEquals(List.of("One.", "Two."), texts("One.\u00A0Two.\u00A0"));
      assertOne("Peter Pan is a J.\u00A0M. Barrie play.");
      assertEquals(List.of("你好。", "我好。"), texts("你好。\u3000我好。"));
    }

    @Test
    void crlfIsALineBreak() {
      List<Sentence> sentences = SPLITTER.split("Line one.\r\nLine two.\r\n");
      assertEquals(List.of(new Sentence("Line one.", 0, 9), new Sentence("Line two.", 11, 20)),
          sentences);
      assertOne("hard\r\nwrap.");
    }
  }

  @Nested
  class Api {

    @Test
    void nullIsRejected() {
      assertThrows(NullPointerException.class, () -> SPLITTER.split(null));
      assertThrows(NullPointerException.class, () -> SPLITTER.withAbbreviations((String[]) null));
      assertThrows(NullPointerException.class, () -> SPLITTER.withAbbreviations("a", null));
    }

    @Test
    void badAbbreviationsAreRejectedWithTheirPlace() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SPLITTER.withAbbreviations("Tel", "a b"));
      assertTrue(e.getMessage().contains("index 1"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> SPLITTER.withAbbreviations(""));
      assertThrows(IllegalArgumentException.class, () -> SPLITTER.withAbbreviations("."));
      assertThrows(IllegalArgumentException.class, () -> SPLITTER.withAbbreviations("a..b"));
    }

    @Test
    void extraAbbreviationsMakeNewSplitters() {
      String text = "Call Tel. 555 now. It works.";
      assertEquals(List.of("Call Tel.", "555 now.", "It works."), texts(text));
      SentenceSplitter withTel = SPLITTER.withAbbreviations("Tel.");
      assertEquals(List.of("Call Tel. 555 now.", "It works."), texts(withTel, text));
      assertEquals(List.of("Call Tel.", "555 now.", "It works."), texts(text));
      assertNotSame(SPLITTER, withTel);
      assertSame(SPLITTER, SentenceSplitter.create());
      assertEquals(List.of("Ask the Tel.", "It knows."), texts(withTel, "Ask the Tel. It knows."));
    }

    @Test
    void isSafeToShareBetweenThreads() {
      String text = "你好。Hello there. 第二句！Mr. Smith left at 5 p.m. today.\n\nNext.";
      List<Sentence> expected = SPLITTER.split(text);
      List<List<Sentence>> results = IntStream.range(0, 2000).parallel()
          .mapToObj(i -> SPLITTER.split(text)).collect(Collectors.toList());
      assertTrue(results.stream().allMatch(expected::equals));
    }
  }
}
