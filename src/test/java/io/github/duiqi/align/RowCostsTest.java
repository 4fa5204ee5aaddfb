package io.github.duiqi.align;

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
          assertEquals(model.cost(t, i, j), out[j - from], 0.0,
              "type " + t + " at (" + i + ", " + j + ")");
        }
      }
    }
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
          assertEquals(model.cost(t, i, j), out[j - from], 0.0,
              "type " + t + " at (" + i + ", " + j + ")");
          compared++;
        }
      }
    }
    return compared;
  }
}
