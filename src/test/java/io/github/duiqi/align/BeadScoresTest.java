package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeadScoresTest {

  @Test
  void posteriorEqualsTheShareOfAllAlignmentsThroughTheBead() {
    // brute force: every monotone bead sequence of a small pair, weighted e^-cost
    for (long seed = 1; seed <= 6; seed++) {
      Synthetic s = Synthetic.make(seed, 4);
      CostModel model = BeadSearchTest.model(s.chinese, s.english);
      BeadSearch.Path path = BeadSearch.search(model);
      int n = model.zh.size;
      int m = model.en.size;
      double logTotal = logEnumerate(model, 0, 0, n, m, -1, -1, -1, -1, true);
      // a reach covering the whole matrix and one window: the sum over every alignment
      double[] posterior = BeadScores.posteriors(model, path, n + m, 1, path.size, 0);
      for (int b = 0; b < path.size; b++) {
        double through = logEnumerate(model, 0, 0, n, m, path.zhStart(b), path.enStart(b),
            path.zhEnd[b], path.enEnd[b], false);
        assertEquals(Math.exp(through - logTotal), posterior[b], 1e-9,
            "seed " + seed + ", bead " + b);
      }
    }
  }

  @Test
  void aBeadOfHundredsOfNatsLeavesTheOtherPosteriorsRight() {
    // a Chinese sentence of 400 numbers against short English: every alignment pays hundreds
    // of nats, far past what e^-cost can hold; brute force in logarithms as the reference
    StringBuilder numbers = new StringBuilder();
    for (int k = 0; k < 400; k++) {
      numbers.append(k + 2).append('\u3001');
    }
    List<String> zh = List.of("\u4f60\u597d\u3002", numbers.toString(), "\u518d\u89c1\u3002");
    List<String> en = List.of("Hello there.", "Nothing here at all.", "Goodbye now.");
    CostModel model = BeadSearchTest.model(zh, en);
    BeadSearch.Path path = BeadSearch.search(model);
    int n = model.zh.size;
    int m = model.en.size;
    assertTrue(path.totalCost() > 800, "the test needs a costly path: " + path.totalCost());
    double logTotal = logEnumerate(model, 0, 0, n, m, -1, -1, -1, -1, true);
    double[] posterior = BeadScores.posteriors(model, path, n + m, 1, path.size, 0);
    for (int b = 0; b < path.size; b++) {
      double through = logEnumerate(model, 0, 0, n, m, path.zhStart(b), path.enStart(b),
          path.zhEnd[b], path.enEnd[b], false);
      assertEquals(Math.exp(through - logTotal), posterior[b], 1e-9, "bead " + b);
    }
    double[] scores = BeadScores.scores(model, path, 1);
    for (double score : scores) {
      assertTrue(score >= 0 && score < 1, "score " + score);
    }
  }

  /**
   * {@code log Σ e^-cost} over the alignments from (i, j) to (n, m), in logarithms so that no
   * cost is too large; with a bead given ({@code used} false, {@code bi0 >= 0}), over those that
   * use it.
   */
  private static double logEnumerate(CostModel model, int i, int j, int n, int m, int bi0,
      int bj0, int bi1, int bj1, boolean used) {
    if (i == n && j == m) {
      return used ? 0 : Double.NEGATIVE_INFINITY;
    }
    double max = Double.NEGATIVE_INFINITY;
    List<Double> terms = new ArrayList<>();
    for (int t = 0; t < model.types(); t++) {
      int ni = i + model.chineseCounts[t];
      int nj = j + model.englishCounts[t];
      if (ni > n || nj > m) {
        continue;
      }
      boolean isBead = i == bi0 && j == bj0 && ni == bi1 && nj == bj1;
      double term = -model.cost(t, ni, nj)
          + logEnumerate(model, ni, nj, n, m, bi0, bj0, bi1, bj1, used || isBead);
      terms.add(term);
      max = Math.max(max, term);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double term : terms) {
      sum += Math.exp(term - max);
    }
    return max + Math.log(sum);
  }

  @Test
  void windowsGiveTheSameAsOneWindowOverTheWholeText() {
    Synthetic s = Synthetic.make(11, 1000);
    CostModel model = BeadSearchTest.model(s.chinese, s.english);
    BeadSearch.Path path = BeadSearch.search(model);
    double[] windowed = BeadScores.posteriors(model, path, BeadScores.REACH, 1);
    double[] whole = BeadScores.posteriors(model, path, BeadScores.REACH, 1, path.size, 0);
    assertTrue(path.size > 3 * BeadScores.BLOCK, "several windows: " + path.size);
    for (int b = 0; b < path.size; b++) {
      // pinning a window's ends to the best path 16 beads away moves a posterior by ~1e-5
      assertEquals(whole[b], windowed[b], 1e-4, "bead " + b);
    }
  }

  @Test
  void scoresAreProbabilitiesAndDeterministic() {
    for (long seed = 1; seed <= 20; seed++) {
      Synthetic s = Synthetic.make(seed, 150);
      CostModel model = BeadSearchTest.model(s.chinese, s.english);
      BeadSearch.Path path = BeadSearch.search(model);
      double[] scores = BeadScores.scores(model, path, 1);
      for (double score : scores) {
        assertTrue(score >= 0 && score <= 1, "seed " + seed + ": " + score);
      }
      assertArrayEquals(scores, BeadScores.scores(model, path, 1));
      double[] half = BeadScores.scores(model, path, 0.5);
      for (int b = 0; b < scores.length; b++) {
        assertEquals(scores[b] * 0.5, half[b], 1e-15, "the paragraph pair's posterior scales");
      }
    }
  }

  @Test
  void cleanOneToOneBeadsScoreHighAndAForcedWrongBeadLower() {
    // clean parallel text: 1-1 beads whose lengths agree closely
    Random random = new Random(5);
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      int han = 8 + random.nextInt(40);
      zh.add(Synthetic.han(random, han));
      en.add(Synthetic.latin(random, (int) Math.round(han * 3.2)));
    }
    CostModel model = BeadSearchTest.model(zh, en);
    BeadSearch.Path best = BeadSearch.search(model);
    assertEquals(40, best.size, "all 1-1");
    double[] scores = BeadScores.scores(model, best, 1);
    for (int b = 0; b < best.size; b++) {
      assertTrue(scores[b] > 0.9, "bead " + b + ": " + scores[b]);
    }
    // force a wrong bead: beads 19 and 20 merged into one 2-2
    int[] zhEnd = new int[39];
    int[] enEnd = new int[39];
    int[] type = new int[39];
    double[] cost = new double[39];
    int twoTwo = typeOf(model, 2, 2);
    int oneOne = typeOf(model, 1, 1);
    for (int b = 0, k = 0; b < 40; b++) {
      if (b == 19) {
        continue;
      }
      zhEnd[k] = b + 1;
      enEnd[k] = b + 1;
      type[k] = b == 20 ? twoTwo : oneOne;
      cost[k] = model.cost(type[k], b + 1, b + 1);
      k++;
    }
    BeadSearch.Path forced = new BeadSearch.Path(39, zhEnd, enEnd, type, cost);
    double[] forcedScores = BeadScores.scores(model, forced, 1);
    assertTrue(forcedScores[19] < 0.1, "the 2-2 bead: " + forcedScores[19]);
    assertTrue(forcedScores[19] < scores[19] && forcedScores[19] < scores[20]);
    assertTrue(forcedScores[0] > 0.9, "a bead far away keeps its score: " + forcedScores[0]);
  }

  @Test
  void theScoreFallsAsTheBeadsCostRises() {
    // one bead's English grows longer and longer: its cost rises, alternatives stay, score falls
    Random random = new Random(9);
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int k = 0; k < 9; k++) {
      int han = 10 + random.nextInt(30);
      zh.add(Synthetic.han(random, han));
      en.add(Synthetic.latin(random, (int) Math.round(han * 3.2)));
    }
    double previous = 2;
    double previousCost = -1;
    for (int extra = 0; extra <= 80; extra += 10) {
      List<String> stretched = new ArrayList<>(en);
      stretched.set(4, Synthetic.latin(new Random(1), en.get(4).length() - 1 + extra));
      CostModel model = BeadSearchTest.model(zh, stretched);
      BeadSearch.Path path = BeadSearch.search(model);
      assertEquals(9, path.size, "still 1-1 everywhere at +" + extra);
      double score = BeadScores.scores(model, path, 1)[4];
      assertTrue(path.cost[4] > previousCost, "cost rises");
      assertTrue(score < previous, "+" + extra + ": " + score + " < " + previous);
      previous = score;
      previousCost = path.cost[4];
    }
  }

  private static int typeOf(CostModel model, int zh, int en) {
    for (int t = 0; t < model.types(); t++) {
      if (model.chineseCounts[t] == zh && model.englishCounts[t] == en) {
        return t;
      }
    }
    throw new AssertionError(zh + "-" + en);
  }
}
