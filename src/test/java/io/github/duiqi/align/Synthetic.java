package io.github.duiqi.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Makes parallel texts with known beads: Han strings and Latin strings of related lengths. */
final class Synthetic {

  final List<String> chinese = new ArrayList<>();
  final List<String> english = new ArrayList<>();
  /** Gold beads as {zhCount, enCount}. */
  final List<int[]> beads = new ArrayList<>();

  /** Builds {@code beadCount} beads, mostly 1-1 with some 1-2, 2-1, 1-0 and 0-1. */
  static Synthetic make(long seed, int beadCount) {
    Random random = new Random(seed);
    Synthetic s = new Synthetic();
    for (int b = 0; b < beadCount; b++) {
      double r = random.nextDouble();
      int zh = r < 0.75 ? 1 : r < 0.85 ? 1 : r < 0.95 ? 2 : r < 0.975 ? 1 : 0;
      int en = r < 0.75 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 1 : r < 0.975 ? 0 : 1;
      int hanTotal = 0;
      for (int k = 0; k < zh; k++) {
        int len = 5 + random.nextInt(60);
        hanTotal += len;
        s.chinese.add(han(random, len));
      }
      int letters = hanTotal == 0 ? 10 + random.nextInt(150) : (int) Math.round(
          hanTotal * 3.2 * Math.exp(random.nextGaussian() * 0.15));
      for (int k = 0; k < en; k++) {
        int share = en == 1 ? letters : letters / 2 + (k == 0 ? letters % 2 : 0);
        s.english.add(latin(random, Math.max(1, share)));
      }
      s.beads.add(new int[] {zh, en});
    }
    return s;
  }

  static String han(Random random, int length) {
    StringBuilder sb = new StringBuilder(length + 1);
    for (int k = 0; k < length; k++) {
      sb.append((char) (0x4E00 + random.nextInt(2000)));
    }
    return sb.append('。').toString();
  }

  static String latin(Random random, int letters) {
    StringBuilder sb = new StringBuilder(letters + letters / 5 + 1);
    for (int k = 0; k < letters; k++) {
      if (k > 0 && k % 6 == 0) {
        sb.append(' ');
      }
      sb.append((char) ('a' + random.nextInt(26)));
    }
    return sb.append('.').toString();
  }
}
