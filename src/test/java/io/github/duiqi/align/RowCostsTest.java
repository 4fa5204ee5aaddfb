package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.synthetic.SyntheticPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowCostsTest {

  @Test
  void rowCostsEqualTheModelsCostBitForBit() {
    // numbers, Latin names, quotes, questions and colons, as SyntheticPair writes them
    SyntheticPair pair = SyntheticPair.generate(160, 5);
    int compared = compareEverywhere(BeadSearchTest.model(pair.chinese(), pair.english()));
    assertTrue(compared > 100_000, "cells compared: " + compared);
  }

  @Test
  void everyMixOfFeaturesOnAndOffGivesTheModelsCost() {
    // the default aligner's bead types, variance and weights, each feature on or off: each
    // switch changes which loop a cell takes
    SyntheticPair pair = SyntheticPair.generate(60, 11);
    Profile[] p = Profile.of(pair.chinese(), pair.english());
    int[] features = {Settings.NUMBERS, Settings.LATIN_TOKENS, Settings.PUNCTUATION,
        Settings.QUOTE_BOUNDARIES};
    for (int mask = 0; mask < 1 << features.length; mask++) {
      Settings settings = Settings.DEFAULT;
      for (int k = 0; k < features.length; k++) {
        int f = features[k];
        settings = settings.withFeatureWeight(f,
            (mask & 1 << k) != 0 ? Settings.defaultFeatureWeight(f) : 0);
      }
      compareEverywhere(new CostModel(p[0], p[1], 3.1, settings));
    }
  }

  @Test
  void repeatedAndManyNumbersAndTokensTakeTheDirectCount() {
    // repeated numbers on the Chinese side (the masks do not apply), more than 64 numbers in
    // an English bead, repeated Latin tokens, punctuation of several classes at once
    Random random = new Random(17);
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int k = 0; k < 40; k++) {
      int a = random.nextInt(5);
      int b = random.nextInt(5);
      zh.add(switch (k % 5) {
        case 0 -> a + "\u5e74" + a + "\u6708IBM\u548cIBM\uff1f";
        case 1 -> "\u201c" + Synthetic.han(random, 8) + "\uff1a" + b + "\u201d";
        case 2 -> Synthetic.han(random, 12);
        case 3 -> "NASA" + a + "\uff08" + b + "\uff09\uff01";
        default -> k % 10 == 4 ? many(70) : a + "\u3001" + b + "\u3001" + a + "\u3002";
      });
      StringBuilder s = new StringBuilder();
      if (k % 7 == 0) {
        // 70 sevens before the sentence's own numbers: only the first 64 English numbers of a
        // bead are matched, so these hide the rest
        for (int x = 0; x < 70; x++) {
          s.append("7 ");
        }
      }
      s.append(switch (k % 4) {
        case 0 -> "In " + a + " IBM asked: \"" + b + "?\"";
        case 1 -> "NASA (" + b + ") and " + a + "!";
        case 2 -> Synthetic.latin(random, 30);
        default -> "\"" + a + ", " + b + ", " + a + ".\"";
      });
      en.add(s.toString());
    }
    compareEverywhere(BeadSearchTest.model(zh, en));
  }

  @Test
  void runsOfCellsGiveTheSameCostsAsTheWholeRow() {
    // as a band asks: a run of columns a row, announced or not, several runs a row
    SyntheticPair pair = SyntheticPair.generate(120, 9);
    CostModel model = BeadSearchTest.model(pair.chinese(), pair.english());
    RowCosts rows = new RowCosts(model);
    Random random = new Random(3);
    int m = model.en.size;
    double[] out = new double[m + 1];
    for (int i = 0; i <= model.zh.size; i++) {
      rows.row(i);
      int lo = random.nextInt(m + 1);
      int hi = Math.min(m, lo + random.nextInt(40));
      if (random.nextBoolean()) {
        rows.columns(lo, hi);
      }
      for (int t = 0; t < model.types(); t++) {
        int from = Math.max(lo, model.englishCounts[t]) + random.nextInt(3);
        int to = Math.min(hi, from + random.nextInt(30));
        if (!rows.fits(t) || from > to) {
          continue;
        }
        rows.costs(t, from, to, out);
        for (int j = from; j <= to; j++) {
          assertEquals(model.cost(t, i, j), out[j - from],
              "type " + t + " at (" + i + ", " + j + ")");
        }
      }
    }
  }

  @Test
  void punctuationCountsTooLargeToPackTakeTheClassByClassCount() {
    // 600 question marks in one English sentence: no English side is packed; 600 quotes in a
    // Chinese one: that row's beads are not packed either
    SyntheticPair pair = SyntheticPair.generate(40, 21);
    List<String> zh = new ArrayList<>(pair.chinese());
    List<String> en = new ArrayList<>(pair.english());
    en.set(7, en.get(7) + "?".repeat(600));
    zh.set(11, zh.get(11) + "\u201c".repeat(600));
    CostModel model = BeadSearchTest.model(zh, en);
    assertTrue((long) model.en.maxClassCount >= Profile.PACKED_LIMIT);
    compareEverywhere(model);
    assertRelaxTakesTheFullCostsCells(model, 5);
    zh.set(11, pair.chinese().get(11));
    en.set(7, pair.english().get(7));
    zh.set(3, zh.get(3) + "\u201c".repeat(600));
    compareEverywhere(BeadSearchTest.model(zh, en));
    assertRelaxTakesTheFullCostsCells(BeadSearchTest.model(zh, en), 6);
  }

  @Test
  void sameRowCostsAreTheModelsAtEveryBound() throws java.io.IOException {
    // 0-n beads, with and without their bound cutting in, at the text's edges, with each
    // feature on or off, with a lexicon, and in a model of blocks
    SyntheticPair pair = SyntheticPair.generate(80, 19);
    List<CostModel> models = new ArrayList<>();
    models.add(BeadSearchTest.model(pair.chinese(), pair.english()));
    Profile[] p = Profile.of(pair.chinese(), pair.english());
    for (int f : new int[] {Settings.NUMBERS, Settings.PUNCTUATION, Settings.QUOTE_BOUNDARIES,
        Settings.LATIN_TOKENS}) {
      models.add(new CostModel(p[0], p[1], 2.9, Settings.DEFAULT.withFeatureWeight(f, 0)));
    }
    models.add(new CostModel(p[0], p[1], 2.9, Settings.DEFAULT).coarse(2));
    List<String> zh = LexicalEvidenceTest.lines("/verdict/market.zh");
    List<String> en = LexicalEvidenceTest.lines("/verdict/market.en");
    Profile[] q = Profile.of(zh, en);
    models.add(new SentenceAligner(Settings.DEFAULT).model(q[0], q[1], Double.NaN)
        .withLexical(LexicalEvidence.of(LexicalEvidenceTest.lexicon(), zh, en), 0, 0));
    Random random = new Random(5);
    int compared = 0;
    for (CostModel model : models) {
      RowCosts rows = new RowCosts(model);
      for (int i = 0; i <= model.zh.size; i++) {
        rows.row(i);
        rows.columns(0, model.en.size);
        for (int t = 0; t < model.types(); t++) {
          if (model.chineseCounts[t] != 0) {
            continue;
          }
          for (int j = model.englishCounts[t]; j <= model.en.size; j++) {
            double full = model.cost(t, i, j);
            for (double bound : new double[] {Double.POSITIVE_INFINITY, full,
                Math.nextDown(full), full * random.nextDouble(), 2 * full,
                model.typeCost[t], Math.nextUp(model.typeCost[t])}) {
              assertEquals(model.cost(t, i, j, bound), rows.sameRowCost(t, j, bound),
                  "type " + t + " at (" + i + ", " + j + "), bound " + bound);
              compared++;
            }
          }
        }
      }
    }
    assertTrue(compared > 10_000, "compared " + compared);
  }

  @Test
  void relaxingTakesTheCellsTheFullCostsTake() {
    // the cells taken and their values must be the full costs' own
    SyntheticPair pair = SyntheticPair.generate(200, 13);
    assertRelaxTakesTheFullCostsCells(BeadSearchTest.model(pair.chinese(), pair.english()), 3);
  }

  /**
   * Relaxes every row with every type from random start rows into random cells, against the
   * same relaxation with {@link CostModel#cost} of every cell.
   */
  static void assertRelaxTakesTheFullCostsCells(CostModel model, long seed) {
    assertRelaxTakesTheFullCostsCells(model, seed, 1);
  }

  /** As above, with the random cell values {@code scale} times as large (for dearer models). */
  static void assertRelaxTakesTheFullCostsCells(CostModel model, long seed, double scale) {
    RowCosts rows = new RowCosts(model);
    Random random = new Random(seed);
    int m = model.en.size;
    int taken = 0;
    int kept = 0;
    int ties = 0;
    for (int i = 1; i <= model.zh.size; i++) {
      rows.row(i);
      rows.columns(0, m);
      double[] cur = new double[m + 1];
      byte[] back = new byte[m + 1];
      for (int j = 0; j <= m; j++) {
        cur[j] = random.nextInt(4) == 0 ? Double.POSITIVE_INFINITY
            : scale * 40 * random.nextDouble();
        back[j] = (byte) -1;
      }
      double[] expected = cur.clone();
      byte[] expectedBack = back.clone();
      for (int t = 0; t < model.types(); t++) {
        if (model.chineseCounts[t] == 0 || !rows.fits(t)) {
          continue;
        }
        double[] prev = new double[m + 1];
        for (int j = 0; j <= m; j++) {
          prev[j] = random.nextInt(10) == 0 ? Double.POSITIVE_INFINITY
              : scale * 20 * random.nextDouble();
        }
        int k = model.englishCounts[t];
        // some cells already hold exactly what this type would bring: a tie keeps the cell's
        // back-pointer (a marker no type has)
        for (int j = k; j <= m; j++) {
          double tie = prev[j - k] + model.cost(t, i, j);
          if (random.nextInt(8) == 0 && tie < Double.POSITIVE_INFINITY) {
            cur[j] = tie;
            expected[j] = tie;
            back[j] = TIED;
            expectedBack[j] = TIED;
            ties++;
          }
        }
        rows.relax(t, prev, 0, m, cur, 0, m, back, 0);
        for (int j = k; j <= m; j++) {
          double c = prev[j - k] + model.cost(t, i, j);
          if (c < expected[j]) {
            expected[j] = c;
            expectedBack[j] = (byte) t;
            taken++;
          } else {
            kept++;
          }
        }
        assertArrayEquals(expected, cur, "row " + i + ", type " + t);
        assertArrayEquals(expectedBack, back, "row " + i + ", type " + t);
      }
    }
    assertTrue(taken > 100 && kept > 100 && ties > 20,
        taken + " cells taken, " + kept + " kept, " + ties + " ties");
  }

  private static final byte TIED = 100;

  @net.jqwik.api.Property(tries = 500)
  void distinctIsWhetherNoTwoNumbersAreEqual(
      @net.jqwik.api.ForAll("numberRuns") long[] values) {
    RowCosts rows = new RowCosts(BeadSearchTest.model(List.of("一。"), List.of("One.")));
    // windows of one array with one instance, as a search's rows ask
    for (int from = 0; from <= values.length; from++) {
      for (int to = from; to <= values.length; to += 1 + to % 3) {
        boolean expected = true;
        for (int a = from; a < to && expected; a++) {
          for (int b = a + 1; b < to; b++) {
            expected &= values[a] != values[b];
          }
        }
        assertEquals(expected, rows.distinct(values, from, to), from + ".." + to);
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<long[]> numberRuns() {
    net.jqwik.api.Arbitrary<Long> value = net.jqwik.api.Arbitraries.oneOf(
        net.jqwik.api.Arbitraries.longs().between(-3, 3),
        net.jqwik.api.Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L),
        // values that differ in their top bits only
        net.jqwik.api.Arbitraries.integers().between(0, 11).map(k -> (long) k << 52),
        net.jqwik.api.Arbitraries.longs());
    return value.array(long[].class).ofMaxSize(64);
  }

  @Test
  void distinctHoldsWhenEveryNumberFallsInOneSlot() {
    // 64 values of one hash slot (the last, so that probing wraps), then one of them again
    long[] values = new long[65];
    int found = 0;
    for (long v = 0; found < 64; v++) {
      if ((int) ((v * 0x9E3779B97F4A7C15L) >>> 57) == 127) {
        values[found++] = v;
      }
    }
    RowCosts rows = new RowCosts(BeadSearchTest.model(List.of("一。"), List.of("One.")));
    assertTrue(rows.distinct(values, 0, 64));
    values[64] = values[17];
    assertTrue(!rows.distinct(values, 1, 65));
    assertTrue(rows.distinct(values, 18, 65));
  }

  /** A Chinese sentence of {@code count} distinct numbers and as many Latin tokens. */
  private static String many(int count) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < count; k++) {
      s.append(k + 2).append("\u3001X").append((char) ('a' + k % 26)).append((char) ('a' + k / 26))
          .append('\u3001');
    }
    return s.toString();
  }

  /** Compares every cell of every row and type; returns how many. */
  static int compareEverywhere(CostModel model) {
    RowCosts rows = new RowCosts(model);
    int m = model.en.size;
    double[] out = new double[m + 1];
    int compared = 0;
    for (int i = 0; i <= model.zh.size; i++) {
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
    return compared;
  }
}
