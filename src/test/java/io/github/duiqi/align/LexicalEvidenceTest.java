package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class LexicalEvidenceTest {

  /** A small lexicon for the market fixture (our own text, test resources/verdict). */
  static Lexicon lexicon() {
    return Lexicon.builder().add("市场", "market").add("菜市场", "market").add("早上", "morning")
        .add("农民", "farmer").add("新鲜", "fresh").add("鱼", "fish").add("眼睛", "eye")
        .add("老人", "old man").add("政府", "government").add("居民", "resident")
        .add("签名", "signature").add("屋顶", "roof").add("中午", "noon")
        .add("邻居", "neighbour").add("牛肉", "beef").add("西红柿", "tomato")
        .add("萝卜", "radish").add("青菜", "greens; vegetable").add("村子", "village")
        .add("三轮车", "tricycle").add("年轻人", "young people").add("师傅", "master")
        .add("关系", "relation; relationship").add("合作", "cooperation; cooperate").build();
  }

  static List<String> lines(String resource) throws IOException {
    try (InputStream in = LexicalEvidenceTest.class.getResourceAsStream(resource)) {
      return new String(Objects.requireNonNull(in, resource).readAllBytes(),
          StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static CostModel model(List<String> zh, List<String> en, LexicalEvidence x,
      int zhFrom, int enFrom) {
    Profile[] p = Profile.of(zh, en);
    return new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN)
        .withLexical(x, zhFrom, enFrom);
  }

  /** The market fixture's Chinese and English, repeated to at least {@code rows} sentences. */
  private static List<List<String>> marketRepeated(int rows) throws IOException {
    List<String> zh = new java.util.ArrayList<>();
    List<String> en = new java.util.ArrayList<>();
    while (zh.size() < rows) {
      zh.addAll(lines("/verdict/market.zh"));
      en.addAll(lines("/verdict/market.en"));
    }
    return List.of(zh, en);
  }

  @Test
  void theEvidenceIsTheSameSegmentedOnOneThreadOrSeveral() throws IOException {
    // the market fixture repeated past the length from which the sentences are split up
    List<List<String>> market = marketRepeated(LexicalEvidence.PARALLEL_FROM + 100);
    List<String> zh = market.get(0);
    List<String> en = market.get(1);
    LexicalEvidence one = LexicalEvidence.of(lexicon(), zh, en, 1);
    LexicalEvidence two = LexicalEvidence.of(lexicon(), zh, en, 2);
    assertTrue(one.zhWords.length > 1000);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.zhAt, two.zhAt);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.zhWords, two.zhWords);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.zhCount, two.zhCount);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.gloss, two.gloss);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.t, two.t);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.enWords, two.enWords);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.enBase, two.enBase);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.scale, two.scale);
    assertTrue(one.vectorAt != null && two.vectorAt != null);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.vectorAt, two.vectorAt);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.vectorWord, two.vectorWord);
    org.junit.jupiter.api.Assertions.assertArrayEquals(one.vectorSum, two.vectorSum);
  }

  @Test
  void theHeldTranslationsAreEachSentencesSums() throws IOException {
    // every English word a sentence's glosses hold, once, with sentenceSum's value to the bit
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    int[] at = java.util.Objects.requireNonNull(x.vectorAt);
    int entries = 0;
    for (int i = 0; i < zh.size(); i++) {
      java.util.Set<Integer> held = new java.util.HashSet<>();
      for (int k = at[i]; k < at[i + 1]; k++) {
        int e = x.vectorWord[k];
        assertTrue(held.add(e), "sentence " + i + " holds word " + e + " twice");
        assertEquals(x.sentenceSum(i, e), x.vectorSum[k], 0.0, "sentence " + i + ", word " + e);
        entries++;
      }
      for (int e = 0; e < x.englishWords(); e++) {
        assertEquals(held.contains(e), x.sentenceSum(i, e) > 0, "sentence " + i + ", word " + e);
      }
    }
    assertTrue(entries > 20, "entries " + entries);
    assertEquals(null, x.withoutHeldTranslations().vectorAt);
  }

  @Test
  void aPairWhoseGlossEntriesPassTheLimitHoldsNoTranslations() throws IOException {
    // decided from the gloss entries before anything is built; at the limit they are held
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    int entries = 0;
    for (int f : x.zhWords) {
      entries += x.glossAt[f + 1] - x.glossAt[f];
    }
    assertTrue(entries > 20, "entries " + entries);
    for (int threads : new int[] {1, 2}) {
      assertEquals(null, x.rebuilt(threads, entries - 1).vectorAt);
      LexicalEvidence held = x.rebuilt(threads, entries);
      org.junit.jupiter.api.Assertions.assertArrayEquals(x.vectorAt, held.vectorAt);
      org.junit.jupiter.api.Assertions.assertArrayEquals(x.vectorWord, held.vectorWord);
      assertEquals(entries, java.util.Objects.requireNonNull(held.vectorWord).length,
          "arrays of the bound, no more");
    }
    // and the costs are the same either way
    RowCostsTest.compareEverywhere(model(zh, en, x.rebuilt(1, entries - 1), 0, 0));
  }

  @Test
  void aBeadWhoseEnglishHoldsTheGlossesCostsLessAndNoTermIsNegative() throws IOException {
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    CostModel model = model(zh, en, x, 0, 0);
    assertTrue(model.lexiconWeight > 0);
    // the reward of English q for Chinese i is q's base less its term (the base is the same
    // on every alignment); each line of the fixture translates the line of the same number
    int rewarded = 0;
    int right = 0;
    for (int i = 0; i < zh.size(); i++) {
      for (int q = 0; q < en.size(); q++) {
        assertTrue(x.sentenceTerm(i, i + 1, q) >= 0);
      }
      double own = x.enBase[i] - model.lexicalCost(i, i + 1, i, i + 1);
      if (own <= 0) {
        continue;
      }
      rewarded++;
      double best = 0;
      for (int q = 0; q < en.size(); q++) {
        if (q != i) {
          best = Math.max(best, x.enBase[q] - model.lexicalCost(i, i + 1, q, q + 1));
        }
      }
      right += own > best ? 1 : 0;
    }
    assertTrue(rewarded >= 8 && right == rewarded, right + " of " + rewarded);
    // an empty Chinese side earns no reward: its term is the English sentence's whole base
    assertEquals(x.enBase[3], x.sentenceTerm(2, 2, 3), 0.0);
  }

  @Test
  void theTermRanksAlignmentsAsTheRewardDoes() throws IOException {
    // the shortfall form differs from -reward by a constant per English word: two
    // alignments of the same text differ by the same amount in both forms
    List<String> zh = lines("/verdict/market.zh").subList(0, 4);
    List<String> en = lines("/verdict/market.en").subList(0, 4);
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    double base = 0;
    for (int q = 0; q < en.size(); q++) {
      base += x.enBase[q];
    }
    // 1-1 four times, against 2-2 then 1-1 and 1-1
    double oneByOne = 0;
    for (int i = 0; i < 4; i++) {
      oneByOne += x.sentenceTerm(i, i + 1, i);
    }
    double merged = x.sentenceTerm(0, 2, 0) + x.sentenceTerm(0, 2, 1)
        + x.sentenceTerm(2, 3, 2) + x.sentenceTerm(3, 4, 3);
    double rewardOneByOne = base - oneByOne;
    double rewardMerged = base - merged;
    assertEquals(rewardOneByOne - rewardMerged, merged - oneByOne, 1e-9);
    assertTrue(oneByOne < merged, "averaging over the Chinese words makes merging pay");
  }

  @Test
  void rowCostsWithTheLexiconEqualTheModelsCostBitForBit() throws IOException {
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    int compared = RowCostsTest.compareEverywhere(model(zh, en, x, 0, 0));
    // a paragraph pair's model reads the document's evidence through offsets
    compared += RowCostsTest.compareEverywhere(model(zh.subList(5, 12), en.subList(5, 12), x,
        5, 5));
    // and with the translations built in the rows' own ring, as for a long pair
    compared += RowCostsTest.compareEverywhere(model(zh, en, x.withoutHeldTranslations(), 0, 0));
    assertTrue(compared > 1000, "cells compared: " + compared);
  }

  @Test
  void rowCostsWithTheLexiconHoldInAnyOrderOfRows() throws IOException {
    // the rows' lexical state (the span's marks, the ring of translations) is kept from row to
    // row: rows visited out of order, again, and in runs (as the posteriors' windows and a
    // resumed search visit them) must still give the model's cost to the bit, with a bead
    // type of 4 Chinese sentences among the others
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    Profile[] p = Profile.of(zh, en);
    Settings wide = Settings.DEFAULT.withBeadType(4, 1, 0.01);
    int compared = 0;
    for (LexicalEvidence evidence : List.of(x, x.withoutHeldTranslations())) {
      for (Settings settings : List.of(Settings.DEFAULT, wide)) {
        CostModel model = new SentenceAligner(settings).model(p[0], p[1], Double.NaN)
            .withLexical(evidence, 0, 0);
        RowCosts rows = new RowCosts(model);
        java.util.Random random = new java.util.Random(11);
        int m = model.en.size;
        double[] out = new double[m + 1];
        int i = 0;
        for (int step = 0; step < 3 * model.zh.size; step++) {
          i = random.nextInt(3) == 0 ? random.nextInt(model.zh.size + 1)
              : Math.min(model.zh.size, i + 1);
          rows.row(i);
          rows.columns(0, m);
          for (int t = 0; t < model.types(); t++) {
            if (!rows.fits(t)) {
              continue;
            }
            int from = model.englishCounts[t];
            rows.costs(t, from, m, out);
            for (int j = from; j <= m; j++) {
              assertEquals(model.cost(t, i, j), out[j - from],
                  "type " + t + " at (" + i + ", " + j + ")");
              compared++;
            }
          }
        }
      }
    }
    assertTrue(compared > 10_000, "cells compared: " + compared);
  }

  @Test
  void relaxingWithTheLexicalTermTakesTheFullCostsCells() throws IOException {
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    RowCostsTest.assertRelaxTakesTheFullCostsCells(model(zh, en, x, 0, 0), 8, 4);
    RowCostsTest.assertRelaxTakesTheFullCostsCells(
        model(zh, en, x.withoutHeldTranslations(), 0, 0), 9, 4);
  }

  @Test
  void theSearchWithTheLexiconFindsTheFullSearchsPath() throws IOException {
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    CostModel model = model(zh, en, x, 0, 0);
    BeadSearch.Path banded = BeadSearch.search(model, 2, Long.MAX_VALUE);
    BeadSearch.Path full = FullSearchReference.search(model);
    assertEquals(full.totalCost(), banded.totalCost(), 1e-9);
  }

  @Test
  void aSearchWithTheLexiconSplitOverTwoThreadsFindsTheSamePathToTheBit() throws IOException {
    // the market fixture repeated past the rows from which a first pass is split: the second
    // half's back-pointers are taken once the rings differ by a constant, with the lexical
    // term in every cost
    List<List<String>> market = marketRepeated(BeadSearch.SPLIT_FROM + 1_000);
    List<String> zh = market.get(0);
    List<String> en = market.get(1);
    LexicalEvidence x = LexicalEvidence.of(lexicon(), zh, en);
    Profile[] p = Profile.of(zh, en);
    CostModel one = new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN)
        .withLexical(x, 0, 0);
    CostModel two = new SentenceAligner(Settings.DEFAULT.withParallelism(2))
        .model(p[0], p[1], Double.NaN).withLexical(x, 0, 0);
    BeadSearch.Path alone = BeadSearch.search(one);
    BeadSearch.Path split = BeadSearch.search(two);
    assertTrue(SearchProbe.samePath(alone, split));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        java.util.Arrays.copyOf(alone.cost, alone.size),
        java.util.Arrays.copyOf(split.cost, split.size), 0.0);
    assertTrue(split.cellsComputed > alone.cellsComputed, "the other half computed too");
  }
}
