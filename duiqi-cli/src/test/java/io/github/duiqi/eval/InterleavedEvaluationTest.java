package io.github.duiqi.eval;

import io.github.duiqi.format.FormatException;
import io.github.duiqi.format.LadderEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.ParagraphPair;
import io.github.duiqi.Sentence;
import io.github.duiqi.eval.InterleavedStream.Layout;
import io.github.duiqi.eval.InterleavedStream.Order;
import io.github.duiqi.eval.InterleavedStream.Paragraph;
import io.github.duiqi.eval.InterleavedStream.Separator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterleavedEvaluationTest {

  @TempDir Path dir;

  private static final List<String> ZH = List.of("第一句。", "第二句。", "第三句。", "第四句。");
  private static final List<String> EN = List.of("One.", "Two.", "Three.", "Four a.", "Four b.");
  private static final List<LadderEntry> GOLD = List.of(
      new LadderEntry(List.of(0), List.of(0)), new LadderEntry(List.of(1), List.of(1)),
      new LadderEntry(List.of(2), List.of(2)),
      new LadderEntry(List.of(3), List.of(3, 4)));

  /** 第一句。第二句。\nOne. Two.\n第三句。第四句。\nThree. Four a. Four b. */
  private static InterleavedStream stream() {
    return InterleavedStream.build(ZH, EN, List.of(new Paragraph(0, 2, 0, 2, GOLD.subList(0, 2)),
        new Paragraph(2, 4, 2, 5, GOLD.subList(2, 4))), new boolean[2],
        new Layout(Order.CHINESE_FIRST, Separator.LINE), new Random(1));
  }

  /**
   * Builds an alignment over {@code text}: {@code zh} and {@code en} are sentence spans
   * {start, end}; each bead lists how many Chinese and English sentences it takes in turn; each
   * pair, how many beads.
   */
  private static Alignment alignment(String text, int[][] zh, int[][] en, int[][] beads,
      int[] pairs) {
    List<Sentence> zs = sentences(text, zh);
    List<Sentence> es = sentences(text, en);
    List<Bead> all = new ArrayList<>();
    int z = 0;
    int e = 0;
    for (int[] b : beads) {
      List<Integer> zi = new ArrayList<>();
      List<Integer> ei = new ArrayList<>();
      for (int k = 0; k < b[0]; k++) {
        zi.add(z++);
      }
      for (int k = 0; k < b[1]; k++) {
        ei.add(e++);
      }
      all.add(new Bead(z - b[0], e - b[1], zs.subList(z - b[0], z), es.subList(e - b[1], e), 1.0));
    }
    List<ParagraphPair> ps = new ArrayList<>();
    int b = 0;
    for (int n : pairs) {
      List<Bead> in = all.subList(b, b + n);
      b += n;
      int[] zspan = span(in, true);
      int[] espan = span(in, false);
      ps.add(new ParagraphPair(text.substring(zspan[0], zspan[1]), zspan[0], zspan[1],
          text.substring(espan[0], espan[1]), espan[0], espan[1], in));
    }
    return new Alignment(zs, es, all, ps);
  }

  private static int[] span(List<Bead> beads, boolean chinese) {
    int start = -1;
    int end = 0;
    for (Bead b : beads) {
      for (Sentence s : chinese ? b.chinese() : b.english()) {
        start = start < 0 ? s.start() : start;
        end = s.end();
      }
    }
    return start < 0 ? new int[] {0, 0} : new int[] {start, end};
  }

  private static List<Sentence> sentences(String text, int[][] spans) {
    List<Sentence> out = new ArrayList<>();
    for (int[] s : spans) {
      out.add(new Sentence(text.substring(s[0], s[1]), s[0], s[1]));
    }
    return out;
  }

  private static int[] at(String text, String sentence) {
    int start = text.indexOf(sentence);
    assertTrue(start >= 0, sentence);
    return new int[] {start, start + sentence.length()};
  }

  @Test
  void perfectAlignmentScoresOne() {
    InterleavedStream s = stream();
    String t = s.text();
    Alignment a = alignment(t,
        new int[][] {at(t, "第一句。"), at(t, "第二句。"), at(t, "第三句。"), at(t, "第四句。")},
        new int[][] {at(t, "One."), at(t, "Two."), at(t, "Three."), at(t, "Four a."),
            at(t, "Four b.")},
        new int[][] {{1, 1}, {1, 1}, {1, 1}, {1, 2}}, new int[] {2, 2});
    InterleavedEvaluation.Tally tally = InterleavedEvaluation.score(s, a);
    assertEquals(1.0, tally.pairF1());
    assertEquals(1.0, tally.beadF1());
    assertEquals(1.0, tally.sentenceRecall());
  }

  @Test
  void predictedSentenceMapsToTheGoldSentencesItOverlaps() {
    InterleavedStream s = stream();
    String t = s.text();
    // the splitter kept "Four a. Four b." as one sentence: the bead still maps to [3]:[3,4]
    Alignment a = alignment(t,
        new int[][] {at(t, "第一句。"), at(t, "第二句。"), at(t, "第三句。"), at(t, "第四句。")},
        new int[][] {at(t, "One."), at(t, "Two."), at(t, "Three."), at(t, "Four a. Four b.")},
        new int[][] {{1, 1}, {1, 1}, {1, 1}, {1, 1}}, new int[] {2, 2});
    InterleavedEvaluation.Tally tally = InterleavedEvaluation.score(s, a);
    assertEquals(1.0, tally.beadF1());
    assertEquals(7.0 / 9, tally.sentenceRecall(), 1e-12);
  }

  @Test
  void goldSentenceCutIntoTwoBeadsMatchesNeither() {
    InterleavedStream s = stream();
    String t = s.text();
    int[] first = at(t, "第一句。");
    // "第一" with One., then "句。" alone: the first maps to [0]:[0] but shares sentence 0
    Alignment a = alignment(t,
        new int[][] {{first[0], first[0] + 2}, {first[0] + 2, first[1]}, at(t, "第二句。"),
            at(t, "第三句。"), at(t, "第四句。")},
        new int[][] {at(t, "One."), at(t, "Two."), at(t, "Three."), at(t, "Four a."),
            at(t, "Four b.")},
        new int[][] {{1, 1}, {1, 0}, {1, 1}, {1, 1}, {1, 2}}, new int[] {3, 2});
    InterleavedEvaluation.Tally tally = InterleavedEvaluation.score(s, a);
    assertEquals(5, tally.testBeads());
    assertEquals(3.0 / 5, tally.beadPrecision(), 1e-12);
    assertEquals(3.0 / 4, tally.beadRecall(), 1e-12);
    assertEquals(1.0, tally.pairF1());
  }

  @Test
  void sentenceAcrossTheSeamIsMixedAndWrongPairsCount() {
    InterleavedStream s = stream();
    String t = s.text();
    // run detection took "One." into the Chinese: bead [0,1]+[0] on the Chinese side
    int[] second = at(t, "第二句。");
    int[] one = at(t, "One.");
    Alignment a = alignment(t,
        new int[][] {at(t, "第一句。"), {second[0], one[1]}, at(t, "第三句。"), at(t, "第四句。")},
        new int[][] {at(t, "Two."), at(t, "Three."), at(t, "Four a."), at(t, "Four b.")},
        new int[][] {{1, 0}, {1, 1}, {1, 1}, {1, 2}}, new int[] {2, 2});
    InterleavedEvaluation.Tally tally = InterleavedEvaluation.score(s, a);
    // [0]:[] is no gold bead; [1]+One.:[1] is mixed; the last two match
    assertEquals(2.0 / 4, tally.beadPrecision(), 1e-12);
    // the first pair maps to [0,1]:[0,1] but is mixed
    assertEquals(1.0 / 2, tally.pairPrecision(), 1e-12);
  }

  private void goldDir() throws IOException {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    StringBuilder align = new StringBuilder();
    String[] animals = {"猫", "狗", "马", "牛", "羊", "鸡", "鸭", "鹅", "鱼", "鸟", "兔", "猪"};
    String[] names = {"cat", "dog", "horse", "cow", "sheep", "chicken", "duck", "goose", "fish",
        "bird", "rabbit", "pig"};
    for (int k = 0; k < 30; k++) {
      int a = k % animals.length;
      zh.add("第" + (k + 1) + "天,我们在河边看见了一只" + animals[a] + ",它安静地站在那里。");
      en.add("On day " + (k + 1) + " we saw a " + names[a]
          + " by the river, standing there quietly.");
      align.append('[').append(k).append("]:[").append(k).append("]\n");
    }
    Files.writeString(dir.resolve("001.zh"), String.join("\n", zh) + "\n");
    Files.writeString(dir.resolve("001.en"), String.join("\n", en) + "\n");
    Files.writeString(dir.resolve("001.align"), align);
  }

  @Test
  void runsEveryLayoutDeterministicallyAndWritesTheStreams() throws IOException {
    goldDir();
    Path out = dir.resolve("out");
    List<Layout> layouts = List.of(Layout.parse("zh-line"), Layout.parse("en-blank"));
    InterleavedEvaluation.Result r = InterleavedEvaluation.run(Aligner.create(), dir, layouts, 1,
        0.1, out);
    InterleavedEvaluation.Tally line = r.layouts().get(layouts.get(0));
    assertEquals(1.0, line.pairF1());
    assertEquals(1.0, line.beadF1());
    assertEquals(1.0, r.presplit().beadF1());
    assertEquals(2 * line.goldPairs(), r.total().goldPairs());
    String report = InterleavedEvaluation.report(r);
    assertEquals(report, InterleavedEvaluation.report(
        InterleavedEvaluation.run(Aligner.create(), dir, layouts, 1, 0.1, null)));
    assertTrue(report.contains("zh-line") && report.contains("en-blank")
        && report.contains("presplit"), report);
    String stream = Files.readString(out.resolve("001.zh-line.txt"));
    assertTrue(stream.startsWith("第1天,我们在河边看见了一只猫,它安静地站在那里。"), stream);
    assertTrue(Files.readString(out.resolve("001.en-blank.txt")).startsWith("On day 1 we saw"));
    assertTrue(Files.readString(out.resolve("001.zh-line.tsv")).startsWith("[0]:[0]\t"));
    assertTrue(Files.exists(out.resolve("001.zh-line.gold")));
  }

  @Test
  void dropRateOneLeavesEveryRenderingOut() throws IOException {
    goldDir();
    Layout layout = Layout.parse("zh-blank");
    InterleavedEvaluation.Result r = InterleavedEvaluation.run(Aligner.create(), dir,
        List.of(layout), 1, 1.0, null);
    // only Chinese is left: every gold bead is a 1-0 bead, and the aligner finds them all
    assertEquals(30, r.total().goldBeads());
    assertEquals(1.0, r.total().beadF1());
  }

  @Test
  void badInputsAreNamed() throws IOException {
    assertThrows(IllegalArgumentException.class,
        () -> InterleavedEvaluation.run(Aligner.create(), dir, List.of(), 1, 0.1, null));
    assertThrows(IOException.class,
        () -> InterleavedEvaluation.run(Aligner.create(), dir, Layout.all(), 1, 0.1, null));
    goldDir();
    assertThrows(IllegalArgumentException.class,
        () -> InterleavedEvaluation.run(Aligner.create(), dir, Layout.all(), 1, 1.5, null));
    Files.writeString(dir.resolve("001.align"), "[0]:[0]\n[1]:[x]\n");
    FormatException e = assertThrows(FormatException.class,
        () -> InterleavedEvaluation.run(Aligner.create(), dir, Layout.all(), 1, 0.1, null));
    assertEquals(2, e.line());
  }
}
