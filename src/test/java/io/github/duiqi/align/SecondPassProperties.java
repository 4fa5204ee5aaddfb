package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SecondPassProperties {

  /**
   * The second search starts from a band around the first path; whatever the pair, the band
   * and the table, it must end on the full search's path (its cost: ties may differ).
   */
  @Property(tries = 40)
  void theSearchFromTheFirstPathEndsOnTheFullSearchsPath(@ForAll @LongRange(min = 1,
      max = 1_000_000) long seed, @ForAll @IntRange(min = 5, max = 90) int beads,
      @ForAll @IntRange(min = 1, max = 6) int halfWidth) {
    Synthetic s = Synthetic.make(seed, beads);
    List<String> zh = new ArrayList<>(s.chinese);
    List<String> en = new ArrayList<>(s.english);
    // move a few English sentences, so that the first path and the learned table are off
    Random random = new Random(seed);
    for (int k = 0; k < 3 && en.size() > 4; k++) {
      en.add(random.nextInt(en.size()), en.remove(random.nextInt(en.size())));
    }
    Profile[] p = Profile.of(zh, en);
    CostModel first = new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN);
    BeadSearch.Path guide = BeadSearch.search(first, halfWidth, Long.MAX_VALUE);
    int[] z0 = new int[guide.size];
    int[] z1 = new int[guide.size];
    int[] e0 = new int[guide.size];
    int[] e1 = new int[guide.size];
    for (int b = 0; b < guide.size; b++) {
      z0[b] = guide.zhStart(b);
      z1[b] = guide.zhEnd[b];
      e0[b] = guide.enStart(b);
      e1[b] = guide.enEnd[b];
    }
    CostModel second = first.withLexical(TranslationModel.learn(zh, en, z0, z1, e0, e1), 0, 0);
    BeadSearch.Path near = BeadSearch.searchNear(second, guide, halfWidth, Long.MAX_VALUE);
    BeadSearch.Path full = FullSearchReference.search(second);
    assertTrue(!near.constrained);
    assertEquals(full.totalCost(), near.totalCost(), 1e-9 * Math.max(1, full.totalCost()));
    assertEquals(zh.size(), near.zhEnd[near.size - 1]);
    assertEquals(en.size(), near.enEnd[near.size - 1]);
  }

  /**
   * The reference term is the formula: {@code S(e)} summed over the Chinese words in text
   * order, not sentence by sentence back to front as the fast path and the reference do.
   */
  @Property(tries = 30)
  void theReferenceTermIsTheFormula(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 3) int span) {
    Synthetic s = Synthetic.make(seed, 40);
    int n = s.chinese.size();
    int[] from = new int[n];
    int[] to = new int[n];
    for (int i = 0; i < n; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    int[] ef = new int[n];
    int[] et = new int[n];
    for (int i = 0; i < n; i++) {
      ef[i] = Math.min(i, s.english.size());
      et[i] = Math.min(i + 1, s.english.size());
    }
    LexicalEvidence x = TranslationModel.learn(s.chinese, s.english, from, to, ef, et);
    assertTrue(x.gloss.length > 0 && x.enWords.length > 0, "a table to check");
    for (int i1 = span; i1 <= n; i1++) {
      int i0 = i1 - span;
      int words = 0;
      for (int i = i0; i < i1; i++) {
        words += x.zhCount[i];
      }
      for (int q = 0; q < s.english.size(); q++) {
        double reward = 0;
        for (int w = x.enAt[q]; w < x.enAt[q + 1]; w++) {
          int e = x.enWords[w];
          double sum = 0;
          for (int y = x.zhAt[i0]; y < x.zhAt[i1]; y++) {
            int f = x.zhWords[y];
            int g = Arrays.binarySearch(x.gloss, x.glossAt[f], x.glossAt[f + 1], e);
            sum += g >= 0 ? x.t[g] : 0;
          }
          reward += sum > 0 ? Math.log1p(x.scale[e] * sum / words) : 0;
        }
        double expected = words == 0 ? x.enBase[q]
            : LexicalEvidence.nonNegative(x.enBase[q] - reward);
        assertEquals(expected, x.sentenceTerm(i0, i1, q), 1e-9 * Math.max(1, expected));
      }
    }
  }
}
