package io.github.duiqi.eval;

/**
 * Precision, recall and their F1 from counts, the one definition the evaluations share:
 * P = {@code precisionHits / predicted}, R = {@code recallHits / gold}, F1 = 2PR/(P+R), each 0
 * where its denominator is 0. The hits differ only where a measure counts matches differently in
 * each direction (Vecalign's strict/lax scores); {@link #of} covers the usual case of one count.
 *
 * <p>Immutable; thread-safe.
 */
record PrecisionRecall(long precisionHits, long predicted, long recallHits, long gold) {

  PrecisionRecall {
    if (precisionHits < 0 || predicted < 0 || recallHits < 0 || gold < 0) {
      throw new IllegalArgumentException("negative count in " + precisionHits + "/" + predicted
          + ", " + recallHits + "/" + gold);
    }
  }

  /** The scores of {@code matches} among {@code predicted} items and {@code gold} items. */
  static PrecisionRecall of(long matches, long predicted, long gold) {
    return new PrecisionRecall(matches, predicted, matches, gold);
  }

  double precision() {
    return ratio(precisionHits, predicted);
  }

  double recall() {
    return ratio(recallHits, gold);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** {@code part / whole}, or 0 where {@code whole} is 0. */
  static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
