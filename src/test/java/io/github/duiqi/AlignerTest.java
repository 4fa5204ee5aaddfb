package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignerTest {

  private static final Aligner ALIGNER = Aligner.create();

  private static String ladder(Alignment a) {
    StringBuilder sb = new StringBuilder();
    for (Bead b : a.beads()) {
      sb.append(b.chineseIndices()).append(':').append(b.englishIndices()).append(' ');
    }
    return sb.toString().replace(" ", "").replace("]:[", "]:[").trim();
  }

  @Test
  void alignsOneToOneAndOneToTwo() {
    List<String> zh = List.of(
        "那天下午我们没有出门，因为外面一直在下雨。",
        "老师承认这次考试出得太难，也承认没有提前讲清楚范围，但是他说大家的复习方法不对，还说下次考试会更加严格。",
        "我问他，既然题目出错了，为什么还要算分？");
    List<String> en = List.of(
        "We did not go out that afternoon, because it kept raining.",
        "The teacher admitted that the exam had been too hard, and that he had not explained its scope in advance.",
        "But he said our way of revising was wrong, and that the next exam would be even "
            + "stricter.",
        "I asked him why the questions still counted if they were wrong.");
    Alignment a = ALIGNER.alignSentences(zh, en);
    assertEquals("[0]:[0][1]:[1,2][2]:[3]", ladder(a));
    for (Bead b : a.beads()) {
      // a probability now (the posterior), so 0 and 1 are both possible in principle
      assertTrue(b.score() >= 0 && b.score() <= 1, "score in [0, 1]: " + b.score());
      assertTrue(b.score() > 0.5, "a right bead of clean text: " + b.score());
    }
  }

  @Test
  void offsetsAreIntoTheSentencesJoinedAsLines() {
    Alignment a = ALIGNER.alignSentences(List.of("你好。", "再见。"), List.of("Hello.", "Bye."));
    assertEquals(new Sentence("再见。", 4, 7), a.chinese().get(1));
    assertEquals(new Sentence("Bye.", 7, 11), a.english().get(1));
    ParagraphPair p = a.paragraphs().get(0);
    assertEquals("你好。\n再见。", p.chineseText());
    assertEquals(a.beads(), p.beads());
  }

  @Test
  void emptyInputGivesAnEmptyAlignment() {
    Alignment a = ALIGNER.alignSentences(List.of(), List.of());
    assertEquals(List.of(), a.beads());
    assertEquals(List.of(), a.paragraphs());
  }

  @Test
  void oneEmptySideGivesOnlyOneSidedBeads() {
    Alignment zhOnly = ALIGNER.alignSentences(List.of("一。", "二。", "三。"), List.of());
    assertEquals(3, zhOnly.beads().size());
    zhOnly.beads().forEach(b -> assertEquals("1-0", b.type().toString()));
    Alignment enOnly = ALIGNER.alignSentences(List.of(), List.of("One.", "Two."));
    assertEquals(2, enOnly.beads().size());
    enOnly.beads().forEach(b -> assertEquals("0-1", b.type().toString()));
  }

  @Test
  void nullsAreRejectedWithTheirIndex() {
    List<String> withNull = Arrays.asList("一。", null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ALIGNER.alignSentences(withNull, List.of("One.")));
    assertTrue(e.getMessage().contains("chinese sentence 1"), e.getMessage());
    assertThrows(NullPointerException.class, () -> ALIGNER.alignSentences(null, List.of()));
    assertThrows(NullPointerException.class, () -> ALIGNER.alignSentences(List.of(), null));
  }

  @Test
  void blankSentencesAreParagraphBreaksNotSentences() {
    Alignment a = ALIGNER.alignSentences(List.of("你好。", "", "我很好。"),
        List.of("Hello.", "  ", "I am fine."));
    assertEquals(2, a.chinese().size());
    assertEquals(2, a.english().size());
    assertEquals(2, a.paragraphs().size());
    assertEquals(List.of(0), a.beads().get(0).chineseIndices());
    assertEquals(List.of(1), a.beads().get(a.beads().size() - 1).chineseIndices());
    assertEquals("我很好。", a.chinese().get(1).text());
    assertEquals(5, a.chinese().get(1).start(), "offsets into the lines joined with \\n");
  }

  @Test
  void oneSentenceAgainstTenThousand() {
    List<String> en = new ArrayList<>(Collections.nCopies(10_000, "A short line."));
    en.set(5_000, "这是唯一的中文句子的翻译，它比其他句子长得多，所以应该和中文句子对齐在一起。"
        .replace('。', '.'));
    Alignment a = ALIGNER.alignSentences(List.of("这是唯一的中文句子。"), en);
    assertEquals(10_000, a.beads().stream().mapToInt(b -> b.english().size()).sum());
    assertEquals(1, a.beads().stream().filter(b -> !b.chinese().isEmpty()).count());
  }

  @Test
  void aSingleHugeSentenceIsOneBead() {
    String zh = "很长的句子".repeat(200_000);
    String en = "a very long sentence ".repeat(200_000);
    Alignment a = ALIGNER.alignSentences(List.of(zh), List.of(en));
    assertEquals(1, a.beads().size());
    assertEquals("1-1", a.beads().get(0).type().toString());
    assertTrue(a.beads().get(0).score() > 0);
  }

  @Test
  void scoreFallsAsTheLengthsDisagree() {
    Aligner aligner = Aligner.builder().lengthRatio(0.7).build();
    double good = aligner.alignSentences(List.of("我今天很高兴。"), List.of("I am happy today."))
        .beads().get(0).score();
    double bad = aligner.alignSentences(List.of("我今天很高兴。"),
        List.of("I am happy today, and so is everyone I have met since I left home this "
            + "morning to walk along the river."))
        .beads().get(0).score();
    assertTrue(good > bad, good + " > " + bad);
  }

  @Test
  void numbersPullTheRightSentencesTogether() {
    // lengths alone favour 1-1, 1-1; the dates say the first English sentence belongs to both
    List<String> zh = List.of("会议于3月15日召开。", "代表们在4月2日离开。");
    List<String> en = List.of("The meeting opened on March 15.", "Delegates left on April 2.");
    assertEquals("[0]:[0][1]:[1]", ladder(ALIGNER.alignSentences(zh, en)));
  }

  @Test
  void builderFailsFastOnNonsense() {
    Aligner.Builder b = Aligner.builder();
    assertThrows(IllegalArgumentException.class, () -> b.bandHalfWidth(0));
    assertThrows(IllegalArgumentException.class, () -> b.lengthRatio(-1));
    assertThrows(IllegalArgumentException.class, () -> b.lengthRatio(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> b.variance(0, 0.1));
    assertThrows(IllegalArgumentException.class, () -> b.variance(1, -0.1));
    assertThrows(IllegalArgumentException.class, () -> b.maxBeadSize(0));
    assertThrows(IllegalArgumentException.class, () -> b.maxBeadSize(9));
    assertThrows(IllegalArgumentException.class,
        () -> b.beadType(BeadType.of(1, 1), 0));
    assertThrows(IllegalArgumentException.class,
        () -> b.featureWeight(Aligner.Feature.NUMBERS, -1));
    assertThrows(IllegalArgumentException.class,
        () -> b.beadTypes(Map.of(BeadType.of(1, 1), 1.0)));
    assertThrows(IllegalArgumentException.class, () -> BeadType.of(0, 0));
    assertThrows(IllegalArgumentException.class, () -> BeadType.parse("1:2"));
    assertEquals(BeadType.of(1, 2), BeadType.parse("1-2"));
  }

  @Test
  void builderSettingsChangeTheAligner() {
    Aligner oneToOneOnly = Aligner.builder()
        .beadTypes(Map.of(BeadType.of(1, 1), 0.9, BeadType.of(1, 0), 0.05,
            BeadType.of(0, 1), 0.05))
        .build();
    List<String> zh = List.of("老师承认这次考试出得太难，也承认没有提前讲清楚范围，但是他说大家的复习方法不对，还说下次考试会更加严格。");
    List<String> en = List.of(
        "The teacher admitted that the exam had been too hard, and had not explained its scope.",
        "But he said our way of revising was wrong, and the next exam would be stricter.");
    assertEquals("1-2", ALIGNER.alignSentences(zh, en).beads().get(0).type().toString());
    for (Bead b : oneToOneOnly.alignSentences(zh, en).beads()) {
      assertTrue(b.chinese().size() <= 1 && b.english().size() <= 1, b.type().toString());
    }
    Aligner small = Aligner.builder().maxBeadSize(2).build();
    assertTrue(small.beadPriors().keySet().stream().allMatch(t -> t.english() <= 2));
    assertEquals(ALIGNER.beadPriors(), ALIGNER.toBuilder().build().beadPriors());
  }
}
