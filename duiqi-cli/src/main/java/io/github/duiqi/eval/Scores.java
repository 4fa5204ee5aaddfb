package io.github.duiqi.eval;

import io.github.duiqi.format.LadderEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts for exact-match and strict/lax precision and recall, summed over documents
 * (micro-average), as defined in the align-dev README: exact match counts identical beads over
 * all beads; strict/lax follow Vecalign's scorer, where recall is precision with gold and test
 * swapped and beads with an empty side dropped from both.
 *
 * <p>Mutable accumulator; not thread-safe.
 */
public final class Scores {

  long testBeads;
  long goldBeads;
  long exactMatches;
  long strictPrecisionHits;
  long laxPrecisionHits;
  long precisionTotal;
  long strictRecallHits;
  long laxRecallHits;
  long recallTotal;

  /** Adds one document's counts. */
  public void add(List<LadderEntry> gold, List<LadderEntry> test) {
    Set<LadderEntry> goldSet = new HashSet<>(gold);
    testBeads += test.size();
    goldBeads += gold.size();
    for (LadderEntry r : test) {
      if (goldSet.contains(r)) {
        exactMatches++;
      }
    }
    long[] p = precision(gold, test, false);
    strictPrecisionHits += p[0];
    laxPrecisionHits += p[1];
    precisionTotal += p[2];
    long[] r = precision(test, gold, true);
    strictRecallHits += r[0];
    laxRecallHits += r[1];
    recallTotal += r[2];
  }

  /** Returns {strict hits, lax hits, beads counted}. */
  private static long[] precision(List<LadderEntry> reference, List<LadderEntry> candidate,
      boolean dropEmpty) {
    Set<LadderEntry> refSet = new HashSet<>();
    Map<Integer, Set<Integer>> links = new HashMap<>();
    for (LadderEntry r : reference) {
      if (dropEmpty && (r.chineseIndices().isEmpty() || r.englishIndices().isEmpty())) {
        continue;
      }
      refSet.add(r);
      for (int z : r.chineseIndices()) {
        for (int e : r.englishIndices()) {
          links.computeIfAbsent(z, k -> new HashSet<>()).add(e);
        }
      }
    }
    long strict = 0;
    long lax = 0;
    long total = 0;
    for (LadderEntry r : candidate) {
      if (dropEmpty && (r.chineseIndices().isEmpty() || r.englishIndices().isEmpty())) {
        continue;
      }
      total++;
      if (refSet.contains(r)) {
        strict++;
        lax++;
      } else if (linked(r, links)) {
        lax++;
      }
    }
    return new long[] {strict, lax, total};
  }

  private static boolean linked(LadderEntry r, Map<Integer, Set<Integer>> links) {
    for (int z : r.chineseIndices()) {
      Set<Integer> targets = links.get(z);
      if (targets != null) {
        for (int e : r.englishIndices()) {
          if (targets.contains(e)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  public double exactPrecision() {
    return exact().precision();
  }

  public double exactRecall() {
    return exact().recall();
  }

  public double exactF1() {
    return exact().f1();
  }

  public double strictPrecision() {
    return strict().precision();
  }

  public double strictRecall() {
    return strict().recall();
  }

  public double strictF1() {
    return strict().f1();
  }

  public double laxPrecision() {
    return lax().precision();
  }

  public double laxRecall() {
    return lax().recall();
  }

  public double laxF1() {
    return lax().f1();
  }

  private PrecisionRecall exact() {
    return PrecisionRecall.of(exactMatches, testBeads, goldBeads);
  }

  private PrecisionRecall strict() {
    return new PrecisionRecall(strictPrecisionHits, precisionTotal, strictRecallHits, recallTotal);
  }

  private PrecisionRecall lax() {
    return new PrecisionRecall(laxPrecisionHits, precisionTotal, laxRecallHits, recallTotal);
  }

  public long goldBeads() {
    return goldBeads;
  }

  public long testBeads() {
    return testBeads;
  }

  /** Formats a score with up to four decimals, in a locale-independent way. */
  public static String formatScore(double score) {
    String s = String.format(Locale.ROOT, "%.4f", score);
    return s;
  }

  /** Formats P, R and F1 of the three measures, one line each. */
  public String report() {
    return String.format(Locale.ROOT,
        "exact   P %.4f  R %.4f  F1 %.4f%nstrict  P %.4f  R %.4f  F1 %.4f%n"
            + "lax     P %.4f  R %.4f  F1 %.4f%n",
        exactPrecision(), exactRecall(), exactF1(), strictPrecision(), strictRecall(),
        strictF1(), laxPrecision(), laxRecall(), laxF1());
  }
}
