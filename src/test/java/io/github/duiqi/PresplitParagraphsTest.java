package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blank entries of pre-split sentences are paragraph breaks, and nulls are named by index. */
class PresplitParagraphsTest {

  private static final List<String> CHINESE = List.of("我们到了北京。", "天气很冷。", "",
      "第二天我们去了长城。", "长城很长，我们走了三个小时。", "  ", "晚上回到了饭店。");
  private static final List<String> ENGLISH = List.of("We arrived in Beijing.",
      "The weather was cold.", "", "The next day we went to the Great Wall.",
      "The wall is long, and we walked for three hours.", "", "In the evening we went back to"
          + " the hotel.");

  @Test
  void blankLinesAreParagraphBreaksWithoutIds() {
    Segmentation s = Segmentation.ofLines(CHINESE);
    assertEquals(5, s.sentences().size());
    assertEquals(3, s.paragraphs().size());
    Sentence third = s.sentences().get(2);
    assertEquals("第二天我们去了长城。", third.text());
    String joined = String.join("\n", CHINESE);
    assertEquals(third.text(), joined.substring(third.start(), third.end()),
        "offsets into the lines joined with \\n, blank lines included");
    assertEquals(List.of(0, 2, 4), s.paragraphs().stream().map(p -> p.sentenceFrom()).toList());
  }

  @Test
  void noBlankBeadAndTheNeighboursAlign() {
    Alignment a = Aligner.create().alignSentences(CHINESE, ENGLISH);
    assertEquals(5, a.chinese().size());
    assertEquals(5, a.english().size());
    for (Bead b : a.beads()) {
      assertFalse(b.chineseText().isBlank() && b.englishText().isBlank(), b.toString());
      assertEquals(b.chineseIndices(), b.englishIndices(), "1-1 beads in order: " + b);
    }
    assertEquals(3, a.paragraphs().size());
    assertEquals(a, DocumentPair.ofSentences(CHINESE, ENGLISH).alignWith(Aligner.create()));
  }

  @Test
  void blankLinesOnOneSideOnlyStillGiveNoBlankSentence() {
    List<String> zh = new ArrayList<>(CHINESE);
    zh.add(0, "");
    zh.add("");
    List<String> en = ENGLISH.stream().filter(s -> !s.isBlank()).toList();
    Alignment a = Aligner.create().alignSentences(zh, en);
    assertEquals(5, a.chinese().size());
    assertTrue(a.beads().stream().allMatch(b -> b.type().toString().equals("1-1")),
        a.beads().toString());
  }

  @Test
  void withoutBlankLinesNothingChanges() {
    List<String> zh = CHINESE.stream().filter(s -> !s.isBlank()).toList();
    List<String> en = ENGLISH.stream().filter(s -> !s.isBlank()).toList();
    Alignment a = Aligner.create().alignSentences(zh, en);
    assertEquals(1, a.paragraphs().size(), "one paragraph pair holds all beads, as before");
    ParagraphPair p = a.paragraphs().get(0);
    // the texts are made when asked for, and are the sentences joined with line breaks
    assertEquals(String.join("\n", zh), p.chineseText());
    assertEquals(String.join("\n", en), p.englishText());
    assertEquals(p.chineseText().length(), p.chineseEnd());
    assertEquals(p.englishText().length(), p.englishEnd());
    ParagraphPair copy = new ParagraphPair(p.chineseText(), 0, p.chineseEnd(), p.englishText(),
        0, p.englishEnd(), p.beads());
    assertEquals(copy, p, "equal by value to a pair holding the same texts");
    assertEquals(copy.hashCode(), p.hashCode());
    assertEquals(copy.toString(), p.toString());
  }

  @Test
  void aNullSentenceIsNamedByItsIndexInEveryFactory() {
    List<String> withNull = Arrays.asList("a", null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> DocumentPair.ofSentences(withNull, List.of("b")));
    assertEquals("chinese[1] is null", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> DocumentPair.ofSentences(List.of("a"), withNull));
    assertEquals("english[1] is null", e.getMessage());
    List<Sentence> sentences = Arrays.asList(new Sentence("a", 0, 1), null);
    e = assertThrows(NullPointerException.class,
        () -> DocumentPair.ofSplitDocuments("a b", sentences, "c", List.of()));
    assertEquals("chineseSentences[1] is null", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> DocumentPair.ofSplitDocuments("c", List.of(), "a b", sentences));
    assertEquals("englishSentences[1] is null", e.getMessage());
    e = assertThrows(NullPointerException.class,
        () -> Aligner.create().alignSentences(withNull, List.of("b")));
    assertTrue(e.getMessage().contains("1"), e.getMessage());
    e = assertThrows(NullPointerException.class, () -> Segmentation.ofLines(withNull));
    assertEquals("line 1 is null", e.getMessage());
    assertThrows(NullPointerException.class, () -> DocumentPair.ofDocuments(null, "x"));
    assertThrows(NullPointerException.class, () -> DocumentPair.ofInterleaved(null));
  }
}
