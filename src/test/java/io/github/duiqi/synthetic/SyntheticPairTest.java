package io.github.duiqi.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticPairTest {

  private static final SyntheticPair LARGE = SyntheticPair.generate(20_000, 42);

  @Test
  void sameSeedGivesSamePairAndOtherSeedAnother() {
    assertEquals(SyntheticPair.generate(500, 7), SyntheticPair.generate(500, 7));
    assertNotEquals(SyntheticPair.generate(500, 7).chinese(),
        SyntheticPair.generate(500, 8).chinese());
  }

  @Test
  void hasExactlyTheRequestedChineseSentencesAndBeadsCoverBothSides() {
    for (int n : new int[] {1, 2, 3, 10, 997}) {
      SyntheticPair pair = SyntheticPair.generate(n, n);
      assertEquals(n, pair.chinese().size());
      assertEquals(n, sum(pair.beadChinese()));
      assertEquals(pair.english().size(), sum(pair.beadEnglish()));
      for (int b = 0; b < pair.beadChinese().length; b++) {
        assertTrue(pair.beadChinese()[b] + pair.beadEnglish()[b] > 0, "empty bead " + b);
      }
    }
  }

  @Test
  void beadMixFollowsTheMeasuredMix() {
    Map<String, Integer> counts = new HashMap<>();
    byte[] zh = LARGE.beadChinese();
    byte[] en = LARGE.beadEnglish();
    for (int b = 0; b < zh.length; b++) {
      counts.merge(zh[b] + "-" + en[b], 1, Integer::sum);
    }
    for (int[] type : SyntheticPair.BEAD_MIX) {
      double share = counts.getOrDefault(type[0] + "-" + type[1], 0) / (double) zh.length;
      double expected = type[2] / 1000.0;
      assertEquals(expected, share, 0.2 * expected + 0.003, type[0] + "-" + type[1]);
    }
    double englishPerChinese = LARGE.english().size() / (double) LARGE.chinese().size();
    assertEquals(1.11, englishPerChinese, 0.03);
  }

  @Test
  void lengthsFollowTheMeasuredDistributions() {
    int[] zhLengths = LARGE.chinese().stream().mapToInt(String::length).sorted().toArray();
    assertEquals(29, zhLengths[zhLengths.length / 2], 3);
    long zhChars = LARGE.chinese().stream().mapToLong(String::length).sum();
    long enChars = LARGE.english().stream().mapToLong(String::length).sum();
    assertEquals(3.4, enChars / (double) zhChars, 0.35);
    long han = LARGE.chinese().stream().flatMapToInt(String::chars)
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    assertEquals(0.88, han / (double) zhChars, 0.04);
  }

  @Test
  void sentencesLookLikeTheirLanguage() {
    for (String s : LARGE.chinese().subList(0, 200)) {
      String inner = s.startsWith("“") ? s.substring(1, s.length() - 1) : s;
      assertTrue(inner.endsWith("。") || inner.endsWith("？") || inner.endsWith("！"), s);
    }
    for (String s : LARGE.english().subList(0, 200)) {
      String inner = s.startsWith("\"") ? s.substring(1, s.length() - 1) : s;
      assertTrue(Character.isUpperCase(inner.charAt(0)), s);
      assertTrue(inner.endsWith(".") || inner.endsWith("?") || inner.endsWith("!"), s);
    }
    long withLatin = LARGE.chinese().stream().filter(s -> s.matches(".*[A-Za-z]{2,}.*")).count();
    assertEquals(0.09, withLatin / (double) LARGE.chinese().size(), 0.03);
    long quoted = LARGE.english().stream().filter(s -> s.startsWith("\"")).count();
    assertEquals(0.125, quoted / (double) LARGE.english().size(), 0.03);
  }

  @Test
  void goldLadderNumbersEverySentenceOnceInOrder() {
    SyntheticPair pair = SyntheticPair.generate(300, 3);
    List<String> ladder = pair.goldLadder();
    assertEquals(pair.beadChinese().length, ladder.size());
    int nextZh = 0;
    int nextEn = 0;
    for (int b = 0; b < ladder.size(); b++) {
      String[] sides = ladder.get(b).split(":");
      int[] zh = ids(sides[0]);
      int[] en = ids(sides[1]);
      assertEquals(pair.beadChinese()[b], zh.length, ladder.get(b));
      assertEquals(pair.beadEnglish()[b], en.length, ladder.get(b));
      for (int id : zh) {
        assertEquals(nextZh++, id, ladder.get(b));
      }
      for (int id : en) {
        assertEquals(nextEn++, id, ladder.get(b));
      }
    }
    assertEquals(pair.chinese().size(), nextZh);
    assertEquals(pair.english().size(), nextEn);
  }

  private static int[] ids(String side) {
    String inner = side.substring(1, side.length() - 1);
    return inner.isEmpty() ? new int[0] : Arrays.stream(inner.split(",")).mapToInt(Integer::parseInt)
        .toArray();
  }

  @Test
  void rejectsNonPositiveSize() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticPair.generate(0, 1));
  }

  @Test
  void accessorsReturnCopies() {
    SyntheticPair pair = SyntheticPair.generate(10, 1);
    byte[] beads = pair.beadChinese();
    Arrays.fill(beads, (byte) 9);
    assertArrayEquals(SyntheticPair.generate(10, 1).beadChinese(), pair.beadChinese());
  }

  private static int sum(byte[] values) {
    int sum = 0;
    for (byte v : values) {
      sum += v;
    }
    return sum;
  }
}
