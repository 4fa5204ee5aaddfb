package io.github.duiqi.eval;

import io.github.duiqi.format.LadderEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.eval.InterleavedStream.Layout;
import io.github.duiqi.eval.InterleavedStream.Order;
import io.github.duiqi.eval.InterleavedStream.Paragraph;
import io.github.duiqi.eval.InterleavedStream.Separator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InterleavedStreamTest {

  static LadderEntry rung(List<Integer> zh, List<Integer> en) {
    return new LadderEntry(zh, en);
  }

  static List<Integer> ids(Integer... ids) {
    return List.of(ids);
  }

  private static final List<String> ZH = List.of("第一句。", " 第二句。 ", "第三句。", "第四句。");
  private static final List<String> EN = List.of("One.", "Two.", "Three.", "Four a.", "Four b.");
  private static final List<LadderEntry> GOLD = List.of(rung(ids(0), ids(0)),
      rung(ids(1), ids(1)), rung(ids(2), ids(2)), rung(ids(3), ids(3, 4)));

  private static List<Paragraph> twoParagraphs() {
    return List.of(new Paragraph(0, 2, 0, 2, GOLD.subList(0, 2)),
        new Paragraph(2, 4, 2, 5, GOLD.subList(2, 4)));
  }

  @Test
  void chineseFirstWithLineBreaks() {
    InterleavedStream s = InterleavedStream.build(ZH, EN, twoParagraphs(), new boolean[2],
        new Layout(Order.CHINESE_FIRST, Separator.LINE), new Random(1));
    assertEquals("第一句。第二句。\nOne. Two.\n第三句。第四句。\nThree. Four a. Four b.", s.text());
    assertEquals(GOLD, s.beads());
    assertEquals(List.of(rung(ids(0, 1), ids(0, 1)), rung(ids(2, 3), ids(2, 3, 4))), s.pairs());
    for (int k = 0; k < ZH.size(); k++) {
      InterleavedStream.Span span = s.chinese().get(k);
      assertEquals(ZH.get(k).strip(), s.text().substring(span.start(), span.end()));
    }
    for (int k = 0; k < EN.size(); k++) {
      InterleavedStream.Span span = s.english().get(k);
      assertEquals(EN.get(k), s.text().substring(span.start(), span.end()));
    }
  }

  @Test
  void englishFirstWithNothingBetweenAndADroppedRendering() {
    InterleavedStream s = InterleavedStream.build(ZH, EN, twoParagraphs(),
        new boolean[] {true, false}, new Layout(Order.ENGLISH_FIRST, Separator.NONE),
        new Random(1));
    assertEquals("One. Two.Three. Four a. Four b.第三句。第四句。", s.text());
    assertEquals(InterleavedStream.Span.ABSENT, s.chinese().get(0));
    assertEquals(InterleavedStream.Span.ABSENT, s.chinese().get(1));
    assertFalse(s.chinese().get(1).present());
    assertThrows(UnsupportedOperationException.class,
        () -> s.chinese().set(0, new InterleavedStream.Span(0, 1)), "no way to change it");
    assertEquals(List.of(rung(ids(), ids(0)), rung(ids(), ids(1)), GOLD.get(2), GOLD.get(3)),
        s.beads());
    assertEquals(List.of(rung(ids(), ids(0, 1)), rung(ids(2, 3), ids(2, 3, 4))), s.pairs());
  }

  @Test
  void blankLinesAndSpaces() {
    String blank = InterleavedStream.build(ZH, EN, twoParagraphs(), new boolean[2],
        new Layout(Order.CHINESE_FIRST, Separator.BLANK), new Random(1)).text();
    assertEquals("第一句。第二句。\n\nOne. Two.\n\n第三句。第四句。\n\nThree. Four a. Four b.", blank);
    String space = InterleavedStream.build(ZH, EN, twoParagraphs(), new boolean[2],
        new Layout(Order.CHINESE_FIRST, Separator.SPACE), new Random(1)).text();
    assertEquals("第一句。第二句。 One. Two. 第三句。第四句。 Three. Four a. Four b.", space);
  }

  @Test
  void mixedSeparatorsAreSeededAndOfTheFourKinds() {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      zh.add("句" + k + "。");
      en.add("S" + k + ".");
      paragraphs.add(new Paragraph(k, k + 1, k, k + 1, List.of(rung(ids(k), ids(k)))));
    }
    Layout mixed = new Layout(Order.CHINESE_FIRST, Separator.MIXED);
    String a = InterleavedStream.build(zh, en, paragraphs, new boolean[40], mixed,
        new Random(7)).text();
    String b = InterleavedStream.build(zh, en, paragraphs, new boolean[40], mixed,
        new Random(7)).text();
    assertEquals(a, b);
    assertTrue(a.contains("。S") && a.contains("。 S") && a.contains("。\nS")
        && a.contains("。\n\nS"), a);
  }

  @Test
  void paragraphsCoverAllBeadsInOrderAndNeverSplitACrossing() {
    // beads 2 and 3 cross: [2,4]:[2] and [3]:[3]; sentence 6 (Chinese) is in no bead
    List<LadderEntry> gold = List.of(rung(ids(0), ids(0)), rung(ids(1), ids(1)),
        rung(ids(2, 4), ids(2)), rung(ids(3), ids(3)), rung(ids(5), ids(4)),
        rung(ids(), ids(5)), rung(ids(7), ids(6)));
    for (long seed = 0; seed < 50; seed++) {
      List<Paragraph> ps = InterleavedStream.paragraphs(gold, 8, 7, new Random(seed));
      int zh = 0;
      int en = 0;
      List<LadderEntry> all = new ArrayList<>();
      for (Paragraph p : ps) {
        assertEquals(zh, p.chineseFrom());
        assertEquals(en, p.englishFrom());
        assertTrue(p.chineseTo() > p.chineseFrom() && p.englishTo() > p.englishFrom());
        for (LadderEntry r : p.beads()) {
          for (int z : r.chineseIndices()) {
            assertTrue(z >= p.chineseFrom() && z < p.chineseTo(), "seed " + seed);
          }
          for (int e : r.englishIndices()) {
            assertTrue(e >= p.englishFrom() && e < p.englishTo(), "seed " + seed);
          }
        }
        all.addAll(p.beads());
        zh = p.chineseTo();
        en = p.englishTo();
      }
      assertEquals(8, zh);
      assertEquals(7, en);
      List<LadderEntry> expected = new ArrayList<>(gold);
      expected.add(6, rung(ids(6), ids()));
      assertEquals(expected, all);
    }
  }

  @Test
  void paragraphSizesVaryWithTheSeed() {
    List<LadderEntry> gold = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      gold.add(rung(ids(k), ids(k)));
    }
    List<Paragraph> ps = InterleavedStream.paragraphs(gold, 200, 200, new Random(3));
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (Paragraph p : ps) {
      min = Math.min(min, p.beads().size());
      max = Math.max(max, p.beads().size());
    }
    assertEquals(1, min);
    assertEquals(8, max);
    assertFalse(ps.equals(InterleavedStream.paragraphs(gold, 200, 200, new Random(4))));
  }

  @Test
  void layoutNames() {
    assertEquals(10, Layout.all().size());
    assertEquals(new Layout(Order.ENGLISH_FIRST, Separator.BLANK), Layout.parse(" EN-blank"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Layout.parse("zh-tab"));
    assertTrue(e.getMessage().contains("zh-tab") && e.getMessage().contains("zh-none"));
    assertThrows(IllegalArgumentException.class, () -> InterleavedStream.build(ZH, EN,
        twoParagraphs(), new boolean[1], Layout.all().get(0), new Random(1)));
  }
}
