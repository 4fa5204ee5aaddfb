package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.synthetic.SyntheticPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeadSearchTest {

  private static final int[] ZH = {1, 1, 0, 2, 1, 2, 1, 3, 1};
  private static final int[] EN = {1, 0, 1, 1, 2, 2, 3, 1, 4};
  private static final double[] PRIORS =
      {0.78, 0.004, 0.004, 0.054, 0.10, 0.008, 0.023, 0.005, 0.0097};

  /** Settings with variance (4, 0.015), these bead types and costs and these weights. */
  static Settings settings(int[] zh, int[] en, double[] typeCost, double numberWeight,
      double latinWeight, double punctuationWeight) {
    return Settings.DEFAULT.withVariance(4.0, 0.015)
        .forUnits(zh, en, typeCost, numberWeight, latinWeight, punctuationWeight);
  }

  static CostModel model(List<String> zh, List<String> en) {
    double[] typeCost = new double[PRIORS.length];
    for (int t = 0; t < PRIORS.length; t++) {
      typeCost[t] = -Math.log(PRIORS[t]);
    }
    Profile[] p = Profile.of(zh, en);
    double ratio = p[1].length[p[1].size] / Math.max(1, p[0].length[p[0].size]);
    return new CostModel(p[0], p[1], ratio, settings(ZH, EN, typeCost, 2, 2, 1));
  }

  @Test
  void bandedSearchEqualsFullSearchWhenThePathStaysInTheBand() {
    int compared = 0;
    for (long seed = 1; seed <= 40; seed++) {
      Synthetic s = Synthetic.make(seed, 60 + (int) seed * 3);
      CostModel model = model(s.chinese, s.english);
      BeadSearch.Path full = FullSearchReference.search(model);
      int halfWidth = 4;
      int[][] band = BeadSearch.firstBand(model, halfWidth);
      if (!inside(full, band[0], band[1])) {
        continue;
      }
      compared++;
      BeadSearch.Path banded = BeadSearch.search(model, halfWidth, Long.MAX_VALUE);
      assertEquals(full.size, banded.size, "seed " + seed);
      assertArrayEquals(slice(full.zhEnd, full.size), slice(banded.zhEnd, banded.size));
      assertArrayEquals(slice(full.enEnd, full.size), slice(banded.enEnd, banded.size));
      assertEquals(full.totalCost(), banded.totalCost(), 1e-9);
    }
    assertTrue(compared >= 10, "too few cases had the full path inside the band: " + compared);
  }

  @Test
  void widenedSearchFindsThePathFarFromTheDiagonal() {
    // a long English insertion pushes the true path far from the length diagonal
    Synthetic s = Synthetic.make(7, 200);
    java.util.ArrayList<String> en = new java.util.ArrayList<>(s.english);
    java.util.Random random = new java.util.Random(3);
    int at = en.size() / 3;
    for (int k = 0; k < 150; k++) {
      en.add(at, Synthetic.latin(random, 6));
    }
    CostModel model = model(s.chinese, en);
    BeadSearch.Path full = FullSearchReference.search(model);
    int[][] band = BeadSearch.firstBand(model, BeadSearch.DEFAULT_HALF_WIDTH);
    assertTrue(!inside(full, band[0], band[1]), "the test needs a path outside the first band");
    BeadSearch.Path banded = BeadSearch.search(model, BeadSearch.DEFAULT_HALF_WIDTH,
        Long.MAX_VALUE);
    assertEquals(full.totalCost(), banded.totalCost(), 1e-9);
  }

  @Test
  void aSearchStoppedByTheCellBudgetSaysSo() {
    // the insertion of widenedSearchFindsThePathFarFromTheDiagonal, with room for one band only
    Synthetic s = Synthetic.make(7, 200);
    java.util.ArrayList<String> en = new java.util.ArrayList<>(s.english);
    java.util.Random random = new java.util.Random(3);
    for (int k = 0; k < 150; k++) {
      en.add(en.size() / 3, Synthetic.latin(random, 6));
    }
    CostModel model = model(s.chinese, en);
    int[][] band = BeadSearch.firstBand(model, BeadSearch.DEFAULT_HALF_WIDTH);
    long cells = 0;
    for (int i = 0; i < band[0].length; i++) {
      cells += band[1][i] - band[0][i] + 1;
    }
    BeadSearch.Path tight = BeadSearch.search(model, BeadSearch.DEFAULT_HALF_WIDTH, cells);
    assertTrue(tight.constrained, "the first band could not hold the path");
    assertEquals(1, tight.passes);
    BeadSearch.Path free = BeadSearch.search(model, BeadSearch.DEFAULT_HALF_WIDTH,
        Long.MAX_VALUE);
    assertTrue(!free.constrained && free.passes > 1, "passes: " + free.passes);
    assertTrue(free.totalCost() < tight.totalCost(), "widening found a cheaper path");
  }

  @Test
  void onALongPairTheGuidedPathIsTheCheapestWithinItsVerifiedReach() {
    // long enough for the coarse pass to guide the band, with an untranslated English passage
    // of 60 sentences that the length diagonal does not foresee. The full search's path is
    // cheaper here (by 1.3 %: the generated sentences' lengths say little, and a path shifted by
    // 7 sentences over a thousand beads costs almost the same; docs/aligner.md): what the
    // guided search guarantees, and this test checks, is that no path within VERIFIED_REACH of
    // its own is cheaper, and that it says how far it looked
    Synthetic s = Synthetic.make(11, BeadSearch.COARSE_FROM + 400);
    java.util.ArrayList<String> en = new java.util.ArrayList<>(s.english);
    en.addAll(en.size() / 2, Synthetic.make(99, 80).english.subList(0, 60));
    CostModel model = model(s.chinese, en);
    assertTrue(model.zh.size >= BeadSearch.COARSE_FROM && model.en.size >= BeadSearch.COARSE_FROM);
    BeadSearch.Path banded = BeadSearch.search(model, BeadSearch.DEFAULT_HALF_WIDTH,
        Long.MAX_VALUE);
    assertTrue(!banded.constrained);
    BeadSearch.Path near = BeadSearch.bestNear(model, banded.zhEnd, banded.enEnd, banded.size,
        BeadSearch.VERIFIED_REACH);
    assertEquals(near.totalCost(), banded.totalCost(), 1e-9 * near.totalCost());
    BeadSearch.Path full = BeadSearch.search(model, model.en.size + 1, Long.MAX_VALUE);
    assertTrue(full.totalCost() <= banded.totalCost() + 1e-9 * full.totalCost());
    int[][] diagonal = BeadSearch.firstBand(model, BeadSearch.DEFAULT_HALF_WIDTH);
    assertTrue(!inside(full, diagonal[0], diagonal[1]),
        "the length diagonal alone would have missed the path");
  }

  @Test
  void severalBeadTypesWithNoChineseSentenceCombineWithinARow() {
    // 0-1 and 0-2 both read the row they end in: a 0-2 then a 0-1 in one row must be found
    int[] zh = {1, 1, 0, 0, 2, 1};
    int[] en = {1, 0, 1, 2, 1, 2};
    double[] priors = {0.85, 0.01, 0.02, 0.02, 0.05, 0.05};
    double[] typeCost = new double[priors.length];
    for (int t = 0; t < priors.length; t++) {
      typeCost[t] = -Math.log(priors[t]);
    }
    for (long seed = 1; seed <= 300; seed++) {
      Synthetic s = Synthetic.make(seed, 30);
      java.util.Random random = new java.util.Random(seed);
      java.util.List<String> english = new java.util.ArrayList<>(s.english);
      for (int k = 0; k < 3; k++) {
        // runs of untranslated English
        int at = random.nextInt(english.size());
        int length = 2 + random.nextInt(4);
        for (int q = 0; q < length; q++) {
          english.add(at, Synthetic.latin(random, 5 + random.nextInt(200)));
        }
      }
      Profile[] p = Profile.of(s.chinese, english);
      double ratio = p[1].length[p[1].size] / Math.max(1, p[0].length[p[0].size]);
      CostModel model = new CostModel(p[0], p[1], ratio, settings(zh, en, typeCost, 2, 1, 1.5));
      BeadSearch.Path full = FullSearchReference.search(model);
      BeadSearch.Path banded = BeadSearch.search(model, model.en.size + 1, Long.MAX_VALUE);
      assertEquals(full.totalCost(), banded.totalCost(), 1e-9, "seed " + seed);
    }
  }

  @Test
  void resumingAWidenedSearchGivesTheFreshSearchsPath() {
    int resumed = 0;
    for (long seed = 1; seed <= 12; seed++) {
      // long enough for the pyramid, and a band of half-width 2 that the path must leave
      Synthetic s = Synthetic.make(seed, BeadSearch.COARSE_FROM + 300 + (int) seed * 40);
      java.util.ArrayList<String> en = new java.util.ArrayList<>(s.english);
      en.addAll(en.size() / 3, Synthetic.make(seed + 100, 40).english.subList(0, 25));
      CostModel model = model(s.chinese, en);
      BeadSearch.Path fresh = BeadSearch.search(model, 2, Long.MAX_VALUE, false);
      BeadSearch.Path resume = BeadSearch.search(model, 2, Long.MAX_VALUE, true);
      assertArrayEquals(slice(fresh.zhEnd, fresh.size), slice(resume.zhEnd, resume.size));
      assertArrayEquals(slice(fresh.enEnd, fresh.size), slice(resume.enEnd, resume.size));
      assertArrayEquals(slice(fresh.type, fresh.size), slice(resume.type, resume.size));
      assertEquals(fresh.passes, resume.passes);
      // equal up to rounding: a resumed search takes the old back-pointers of rows whose costs
      // all moved by one constant, and adds the constant
      assertEquals(fresh.searchCost, resume.searchCost, 1e-9 * fresh.searchCost, "seed " + seed);
      assertEquals(fresh.totalCost(), fresh.searchCost, 1e-6 * fresh.searchCost);
      if (resume.cellsComputed < fresh.cellsComputed) {
        resumed++;
      }
    }
    assertTrue(resumed >= 3, "too few searches resumed: " + resumed);
  }

  @Test
  void theDefaultSearchFindsTheFullSearchsPathOnPairsUpTo5000Sentences() {
    // the generated pairs of the benchmarks (numbers, Latin names, quotes, 1-n beads, empty
    // sides) with the default model, against the whole matrix; the same check on pairs of real
    // sentences up to 5,000 is in docs/aligner.md (SearchProbe --full)
    for (int[] sizeAndSeed : new int[][] {{300, 1}, {1500, 2}, {2500, 3}, {5000, 4}}) {
      SyntheticPair pair = SyntheticPair.generate(sizeAndSeed[0], sizeAndSeed[1]);
      CostModel model = defaultModel(pair);
      BeadSearch.Path banded = BeadSearch.search(model);
      BeadSearch.Path full = BeadSearch.search(model,
          Math.max(model.zh.size, model.en.size), Long.MAX_VALUE);
      assertEquals(1, full.passes, "the whole matrix is one pass");
      assertTrue(!banded.constrained, "size " + sizeAndSeed[0]);
      assertArrayEquals(slice(full.zhEnd, full.size), slice(banded.zhEnd, banded.size),
          "size " + sizeAndSeed[0]);
      assertArrayEquals(slice(full.enEnd, full.size), slice(banded.enEnd, banded.size));
      assertArrayEquals(slice(full.type, full.size), slice(banded.type, banded.size));
    }
  }

  @Test
  void at100000SentencesThePathCostsNoMoreThanTheBestNearTheGold() {
    SyntheticPair pair = SyntheticPair.generate(100_000, 20240211);
    CostModel model = defaultModel(pair);
    BeadSearch.Path path = BeadSearch.search(model);
    byte[] zh = pair.beadChinese();
    byte[] en = pair.beadEnglish();
    int[] zhEnd = new int[zh.length];
    int[] enEnd = new int[en.length];
    for (int b = 0, z = 0, e = 0; b < zh.length; b++) {
      zhEnd[b] = z += zh[b];
      enEnd[b] = e += en[b];
    }
    BeadSearch.Path near = BeadSearch.bestNear(model, zhEnd, enEnd, zh.length, 8);
    assertTrue(!path.constrained);
    assertTrue(path.totalCost() <= near.totalCost() + 1e-6 * near.totalCost(),
        "returned " + path.totalCost() + ", best within 8 of the gold " + near.totalCost());
    // and the path checks itself: its band held every cell within the reach of it
    assertTrue(path.passes >= 1 && path.cellsComputed >= model.zh.size);
  }

  private static CostModel defaultModel(SyntheticPair pair) {
    Profile[] p = Profile.of(pair.chinese(), pair.english());
    return new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN);
  }

  @Test
  void tailTableAgreesWithTheDirectFormula() {
    for (double x = 0; x < 400; x += 0.013) {
      assertEquals(CostModel.minusLogTail(Math.sqrt(x)), CostModel.minusLogTailOfSquare(x), 1e-4,
          "x = " + x);
    }
  }

  @Test
  void minusLogTailMatchesTheNormalTail() {
    assertEquals(0.0, CostModel.minusLogTail(0), 1e-6);
    assertEquals(-Math.log(0.3173105), CostModel.minusLogTail(1), 1e-5);
    assertEquals(-Math.log(0.0455003), CostModel.minusLogTail(2), 1e-5);
    assertEquals(-Math.log(1.973175e-9), CostModel.minusLogTail(6), 1e-4);
    assertTrue(CostModel.minusLogTail(50) > 1000, "the tail never underflows to infinity");
  }

  private static boolean inside(BeadSearch.Path path, int[] lo, int[] hi) {
    int i = 0;
    int j = 0;
    for (int b = 0; b <= path.size; b++) {
      if (j < lo[i] || j > hi[i] || j == lo[i] && lo[i] > 0 || j == hi[i] && hi[i] < hi[hi.length - 1]) {
        return false;
      }
      if (b < path.size) {
        i = path.zhEnd[b];
        j = path.enEnd[b];
      }
    }
    return true;
  }

  private static int[] slice(int[] a, int size) {
    return java.util.Arrays.copyOf(a, size);
  }
}
