package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.synthetic.SyntheticPair;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProfileTest {

  /** Every array of two profiles, compared to the bit. */
  static void assertSameProfile(Profile expected, Profile actual, String what) {
    assertEquals(expected.size, actual.size, what + ": size");
    assertArrayEquals(expected.length, actual.length, 0.0, what + ": length");
    assertArrayEquals(expected.punct, actual.punct, what + ": punct");
    assertArrayEquals(expected.punctTotal, actual.punctTotal, what + ": punctTotal");
    assertArrayEquals(expected.numberAt, actual.numberAt, what + ": numberAt");
    assertArrayEquals(expected.numbers, actual.numbers, what + ": numbers");
    assertArrayEquals(expected.tokenAt, actual.tokenAt, what + ": tokenAt");
    assertArrayEquals(expected.tokens, actual.tokens, what + ": tokens");
    assertArrayEquals(expected.quoteEnds, actual.quoteEnds, what + ": quoteEnds");
  }

  private static void assertCutsChangeNothing(List<String> zh, List<String> en) {
    Profile[] one = Profile.of(zh, en, 1, 1);
    int n = Math.max(zh.size(), en.size());
    for (int threads : new int[] {1, 2, 3}) {
      for (int runs : new int[] {2, 3, 8, n, n + 5}) {
        Profile[] cut = Profile.of(zh, en, threads, runs);
        String what = threads + " threads, " + runs + " runs";
        assertSameProfile(one[0], cut[0], "zh, " + what);
        assertSameProfile(one[1], cut[1], "en, " + what);
      }
    }
  }

  @Test
  void profilesBuiltInRunsOnSeveralThreadsAreTheSameToTheBit() throws IOException {
    // numbers, Latin names (ids given in order of first use, across runs), quotes, questions
    SyntheticPair pair = SyntheticPair.generate(3_000, 7);
    Profile[] p = Profile.of(pair.chinese(), pair.english());
    assertTrue(p[0].tokens.length > 50 && p[1].tokens.length > 50, "tokens on both sides");
    assertTrue(p[0].numbers.length > 50 && p[1].numbers.length > 50, "numbers on both sides");
    assertCutsChangeNothing(pair.chinese(), pair.english());
    // real prose, our own text (test resources)
    assertCutsChangeNothing(LexicalEvidenceTest.lines("/verdict/market.zh"),
        LexicalEvidenceTest.lines("/verdict/market.en"));
    assertCutsChangeNothing(List.of(), List.of("Only English."));
    assertCutsChangeNothing(List.of(), List.of());
  }

  @Test
  void theCommonEntryPointSplitsLongSidesOnly() {
    SyntheticPair pair = SyntheticPair.generate(Profile.PARALLEL_FROM / 2 + 500, 3);
    Profile[] one = Profile.of(pair.chinese(), pair.english(), 1, 1);
    Profile[] two = Profile.of(pair.chinese(), pair.english(), 2);
    assertSameProfile(one[0], two[0], "zh");
    assertSameProfile(one[1], two[1], "en");
  }

  @Test
  void tokensAreKeptByTheRulesOfEachSide() {
    // Chinese: every Latin word of 2+ letters, lower-cased, each time; English: the Chinese
    // side's words, once a sentence
    Profile[] p = Profile.of(List.of("IBM和ibm与NASA。", "x是A。", "没有。"),
        List.of("NASA and IBM and nasa.", "No one.", "Ibm x"), 2, 3);
    assertArrayEquals(new int[] {0, 0, 1}, p[0].tokens);
    assertArrayEquals(new int[] {0, 3, 3, 3}, p[0].tokenAt);
    assertArrayEquals(new int[] {1, 0, 0}, p[1].tokens);
    assertArrayEquals(new int[] {0, 2, 2, 3}, p[1].tokenAt);
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u4e00', '\u4e20').ofMinLength(1).ofMaxLength(6),
        Arbitraries.of("IBM", "ibm", "NASA", "Li", "x", "a", "COVID", "iPhone", "the"),
        Arbitraries.of("3", "12", "2.5", "三百", "一九八四", "twenty-one", "half", "1,000"),
        Arbitraries.of("？", "?", "！", "“", "”", "\"", "：", "（", "(", "[", "。", ".", " "));
    return piece.list().ofMaxSize(8).map(parts -> String.join("", parts)).list().ofMaxSize(40);
  }

  @Property(tries = 200)
  void anyCutGivesTheProfileOfTheWhole(@ForAll("sentences") List<String> zh,
      @ForAll("sentences") List<String> en, @ForAll @IntRange(min = 1, max = 45) int runs,
      @ForAll @IntRange(min = 1, max = 3) int threads) {
    Profile[] one = Profile.of(zh, en, 1, 1);
    Profile[] cut = Profile.of(zh, en, threads, runs);
    assertSameProfile(one[0], cut[0], "zh");
    assertSameProfile(one[1], cut[1], "en");
  }

  @Property(tries = 2000)
  void packedPunctuationDifferenceIsTheSumOverClasses(
      @ForAll @IntRange(min = 0, max = Profile.PACKED_LIMIT - 1) int z0,
      @ForAll @IntRange(min = 0, max = Profile.PACKED_LIMIT - 1) int z1,
      @ForAll @IntRange(min = 0, max = Profile.PACKED_LIMIT - 1) int z4,
      @ForAll @IntRange(min = 0, max = Profile.PACKED_LIMIT - 1) int e0,
      @ForAll @IntRange(min = 0, max = Profile.PACKED_LIMIT - 1) int e2,
      @ForAll @IntRange(min = 0, max = Profile.PACKED_LIMIT - 1) int e4,
      @ForAll @IntRange(min = 0, max = 50_000_000) int prefix) {
    // the English counts as differences of prefix counts of any size, packed modulo 4096
    int[] zh = {z0, z1, 0, z1 / 3, z4};
    int[] en = {e0, z1, e2, (e0 + e2) % Profile.PACKED_LIMIT, e4};
    int[] before = new int[Profile.PUNCT_CLASSES];
    int[] after = new int[Profile.PUNCT_CLASSES];
    int expected = 0;
    for (int c = 0; c < Profile.PUNCT_CLASSES; c++) {
      before[c] = prefix / (c + 1);
      after[c] = before[c] + en[c];
      expected += Math.abs(zh[c] - en[c]);
    }
    assertEquals(expected, Profile.packedDifference(Profile.pack(zh, 0), packedPrefix(after),
        packedPrefix(before)));
  }

  /** Prefix counts packed as the profile packs them (each modulo 4096). */
  private static long packedPrefix(int[] counts) {
    int[] low = new int[counts.length];
    for (int c = 0; c < counts.length; c++) {
      low[c] = counts[c] & 4095;
    }
    return Profile.pack(low, 0);
  }

  @Test
  void packedPrefixesAreTheProfilesOwn() {
    SyntheticPair pair = SyntheticPair.generate(500, 4);
    for (Profile p : Profile.of(pair.chinese(), pair.english())) {
      int most = 0;
      for (int k = 0; k <= p.size; k++) {
        int[] prefix = new int[Profile.PUNCT_CLASSES];
        for (int c = 0; c < Profile.PUNCT_CLASSES; c++) {
          prefix[c] = p.punct[k * Profile.PUNCT_CLASSES + c];
          most = k == 0 ? most : Math.max(most, p.punct(c, k - 1, k));
        }
        assertEquals(packedPrefix(prefix), p.punctPacked[k], "prefix " + k);
      }
      assertEquals(most, p.maxClassCount);
      assertTrue(most > 0);
    }
  }

  @Test
  void aFailingRunFailsTheCall() {
    List<String> zh = new ArrayList<>(List.of("一。", "二。"));
    zh.add(null);
    assertThrows(NullPointerException.class, () -> Profile.of(zh, List.of("One."), 2, 3));
  }
}
