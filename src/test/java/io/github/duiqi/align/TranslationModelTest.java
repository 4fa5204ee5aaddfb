package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslationModelTest {

  /** The 1-1 beads of sentences {@code 0..n-1}: each line translates the line of its number. */
  private static LexicalEvidence learnOneToOne(List<String> zh, List<String> en) {
    int n = zh.size();
    int[] from = new int[n];
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    return TranslationModel.learn(zh, en, from, to, from, to);
  }

  private static CostModel model(List<String> zh, List<String> en, LexicalEvidence x) {
    Profile[] p = Profile.of(zh, en);
    return new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN)
        .withLexical(x, 0, 0);
  }

  @Test
  void aCharacterLearnsTheWordItAlwaysMeets() {
    // 猫 always meets "cat", 狗 "dog", 坐 "sits", 跑 "runs": EM pulls each apart from the
    // words it shares beads with by chance
    List<String> zh = List.of("猫坐。", "猫跑。", "狗跑。", "狗坐。", "猫和狗跑。");
    List<String> en = List.of("The cat sits.", "The cat runs.", "The dog runs.",
        "The dog sits.", "The cat and the dog run.");
    LexicalEvidence x = learnOneToOne(zh, en);
    // Chinese 0 (猫坐) against each English sentence alone: its own translation earns most
    double own = x.enBase[0] - x.sentenceTerm(0, 1, 0);
    for (int q = 1; q < 4; q++) {
      double other = x.enBase[q] - x.sentenceTerm(0, 1, q);
      assertTrue(own > other, "English " + q + ": " + other + " against " + own);
    }
    // and 狗跑 prefers "The dog runs." to "The cat runs.", which shares only "runs"
    assertTrue(x.enBase[2] - x.sentenceTerm(2, 3, 2) > x.enBase[1] - x.sentenceTerm(2, 3, 1));
  }

  @Test
  void theTableLearnedFromATextRanksEachSentencesTranslationFirst() throws IOException {
    List<String> zh = LexicalEvidenceTest.lines("/verdict/market.zh");
    List<String> en = LexicalEvidenceTest.lines("/verdict/market.en");
    LexicalEvidence x = learnOneToOne(zh, en);
    CostModel model = model(zh, en, x);
    assertTrue(model.lexiconWeight == Settings.DEFAULT.learnedWeight && x.learned);
    int right = 0;
    for (int i = 0; i < zh.size(); i++) {
      double own = x.enBase[i] - model.lexicalCost(i, i + 1, i, i + 1);
      double best = Double.NEGATIVE_INFINITY;
      for (int q = 0; q < en.size(); q++) {
        assertTrue(x.sentenceTerm(i, i + 1, q) >= 0);
        if (q != i) {
          best = Math.max(best, x.enBase[q] - model.lexicalCost(i, i + 1, q, q + 1));
        }
      }
      right += own > best ? 1 : 0;
    }
    assertEquals(zh.size(), right, "sentences whose own translation earns most");
  }

  @Test
  void learningIsDeterministicAndSkipsBeadsWithAnEmptySide() throws IOException {
    List<String> zh = LexicalEvidenceTest.lines("/verdict/market.zh");
    List<String> en = LexicalEvidenceTest.lines("/verdict/market.en");
    LexicalEvidence a = learnOneToOne(zh, en);
    LexicalEvidence b = learnOneToOne(new ArrayList<>(zh), new ArrayList<>(en));
    assertArrayEquals(a.t, b.t, 0.0);
    assertArrayEquals(a.gloss, b.gloss);
    assertArrayEquals(a.zhWords, b.zhWords);
    assertArrayEquals(a.enWords, b.enWords);
    // a 1-0 and a 0-1 bead added in front teach nothing: the same table
    int n = zh.size();
    int[] zFrom = new int[n + 2];
    int[] zTo = new int[n + 2];
    int[] eFrom = new int[n + 2];
    int[] eTo = new int[n + 2];
    zTo[0] = 1; // 1-0 over Chinese 0, then 0-1 over English 0, then the 1-1 beads
    eTo[1] = 1;
    zFrom[1] = 1;
    zTo[1] = 1;
    for (int i = 0; i < n; i++) {
      zFrom[i + 2] = i;
      zTo[i + 2] = i + 1;
      eFrom[i + 2] = i;
      eTo[i + 2] = i + 1;
    }
    LexicalEvidence c = TranslationModel.learn(zh, en, zFrom, zTo, eFrom, eTo);
    assertArrayEquals(a.t, c.t, 0.0);
    assertArrayEquals(a.gloss, c.gloss);
  }

  @Test
  void rowCostsWithALearnedTableEqualTheModelsCostBitForBit() throws IOException {
    List<String> zh = LexicalEvidenceTest.lines("/verdict/market.zh");
    List<String> en = LexicalEvidenceTest.lines("/verdict/market.en");
    LexicalEvidence x = learnOneToOne(zh, en);
    int compared = RowCostsTest.compareEverywhere(model(zh, en, x));
    Profile[] p = Profile.of(zh.subList(4, 13), en.subList(3, 12));
    compared += RowCostsTest.compareEverywhere(new SentenceAligner(Settings.DEFAULT)
        .model(p[0], p[1], Double.NaN).withLexical(x, 4, 3));
    assertTrue(compared > 500, "cells compared: " + compared);
  }

  @Test
  void theSecondPassSearchFromTheFirstPathFindsTheFullSearchsPath() throws IOException {
    // the second pass starts from a band around the first pass's path: on a pair whose first
    // path is off (two English sentences moved), it must still reach the full search's path
    List<String> zh = LexicalEvidenceTest.lines("/verdict/market.zh");
    List<String> en = new ArrayList<>(LexicalEvidenceTest.lines("/verdict/market.en"));
    en.add(9, en.remove(2));
    // trained on the diagonal's beads, three of them wrong, and on no bead at all
    LexicalEvidence x = learnOneToOne(zh, en);
    Profile[] p = Profile.of(zh, en);
    CostModel first = new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN);
    BeadSearch.Path guide = BeadSearch.search(first, 2, Long.MAX_VALUE);
    LexicalEvidence none = TranslationModel.learn(zh, en, new int[0], new int[0], new int[0],
        new int[0]);
    for (LexicalEvidence evidence : List.of(x, none)) {
      CostModel second = first.withLexical(evidence, 0, 0);
      BeadSearch.Path near = BeadSearch.searchNear(second, guide, 2, Long.MAX_VALUE);
      BeadSearch.Path full = FullSearchReference.search(second);
      assertEquals(full.totalCost(), near.totalCost(), 1e-9);
      assertTrue(!near.constrained);
    }
  }

  @Test
  void theSecondPassGivesTheSameBeadsWhetherTheWordsAreFoundOnAThreadOrNot()
      throws IOException {
    List<String> zh = LexicalEvidenceTest.lines("/verdict/market.zh");
    List<String> en = new ArrayList<>(LexicalEvidenceTest.lines("/verdict/market.en"));
    en.add(9, en.remove(2));
    SentenceAligner.Result one = new SentenceAligner(Settings.DEFAULT).align(zh, en);
    SentenceAligner.Result two = new SentenceAligner(Settings.DEFAULT.withParallelism(2))
        .align(zh, en);
    SentenceAligner.Result firstPassOnly = new SentenceAligner(
        Settings.DEFAULT.withFeatureWeight(Settings.LEARNED_LEXICON, 0)).align(zh, en);
    assertEquals(one.size(), two.size());
    double costOne = 0;
    double costFirst = 0;
    for (int b = 0; b < one.size(); b++) {
      assertEquals(one.chineseEnd(b), two.chineseEnd(b));
      assertEquals(one.englishEnd(b), two.englishEnd(b));
      assertEquals(one.score(b), two.score(b), 0.0);
      costOne += one.cost(b);
    }
    for (int b = 0; b < firstPassOnly.size(); b++) {
      costFirst += firstPassOnly.cost(b);
    }
    // the second pass's costs hold the learned term, which the first pass's do not
    assertTrue(costOne > costFirst, costOne + " against " + costFirst);
  }

  private static SentenceAligner.DocumentInput block(List<String> zh, List<String> en) {
    return new SentenceAligner.DocumentInput(String.join("", zh), zh, spans(zh),
        new int[] {0, zh.size()}, String.join("", en), en, spans(en), new int[] {0, en.size()});
  }

  private static int[] spans(List<String> sentences) {
    int[] spans = new int[2 * sentences.size()];
    for (int k = 0, at = 0; k < sentences.size(); k++) {
      spans[2 * k] = at;
      at += sentences.get(k).length();
      spans[2 * k + 1] = at;
    }
    return spans;
  }

  @Test
  void blocksAlignedTogetherShareOneLearnedTable() throws IOException {
    // a stream's blocks: a block of two sentences learns little alone; aligned with the rest
    // its costs hold what the whole text teaches, and its beads still cover it once
    List<String> zh = LexicalEvidenceTest.lines("/verdict/market.zh");
    List<String> en = LexicalEvidenceTest.lines("/verdict/market.en");
    SentenceAligner aligner = new SentenceAligner(Settings.DEFAULT);
    SentenceAligner.DocumentInput big = block(zh.subList(0, 14), en.subList(0, 14));
    SentenceAligner.DocumentInput small = block(zh.subList(14, 16), en.subList(14, 16));
    List<List<SentenceAligner.ParagraphResult>> together =
        aligner.alignDocuments(List.of(big, small));
    SentenceAligner.Result alone = aligner.alignDocuments(List.of(small)).get(0).get(0).beads();
    SentenceAligner.Result pooled = together.get(1).get(0).beads();
    assertEquals(2, together.size());
    assertEquals(2, pooled.chineseEnd(pooled.size() - 1));
    assertEquals(2, pooled.englishEnd(pooled.size() - 1));
    double costAlone = 0;
    double costPooled = 0;
    for (int b = 0; b < alone.size(); b++) {
      costAlone += alone.cost(b);
    }
    for (int b = 0; b < pooled.size(); b++) {
      costPooled += pooled.cost(b);
    }
    assertTrue(costPooled != costAlone, "the pooled table is not the block's own");
    // the first block's beads are those it gets as the only block of a call with the big one
    SentenceAligner.Result first = together.get(0).get(0).beads();
    SentenceAligner.Result bigAlone = aligner.alignDocuments(List.of(big)).get(0).get(0)
        .beads();
    assertEquals(14, first.chineseEnd(first.size() - 1));
    assertTrue(first.size() >= 12 && bigAlone.size() >= 12);
  }
}
