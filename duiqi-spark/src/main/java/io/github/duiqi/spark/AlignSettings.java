package io.github.duiqi.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What the executors need to build their aligner, and all of it that travels with a task: the
 * features switched off and the size limit. Small (a few dozen bytes serialised) and a map key:
 * equal settings share one aligner per executor JVM ({@link DuiqiCalls#aligner}).
 *
 * @param disabledFeatures names of {@code Aligner.Feature}s switched off, upper case, sorted, no
 *     duplicates
 * @param maxChars the most UTF-16 units a pair may hold (both sides together) before it is a
 *     {@code too_large} failure instead of being aligned
 */
record AlignSettings(List<String> disabledFeatures, long maxChars) implements Serializable {

  /** Ten million UTF-16 units: a long book and its translation. */
  static final long DEFAULT_MAX_CHARS = 10_000_000L;

  static final AlignSettings DEFAULT = new AlignSettings(List.of(), DEFAULT_MAX_CHARS);

  /**
   * Checks the settings.
   *
   * @throws NullPointerException if the list or a name is null
   * @throws IllegalArgumentException if a name is no feature, or not in canonical order, or the
   *     limit is less than 1
   */
  AlignSettings {
    disabledFeatures = List.copyOf(Objects.requireNonNull(disabledFeatures, "disabledFeatures"));
    for (int k = 0; k < disabledFeatures.size(); k++) {
      DuiqiCalls.checkFeature(disabledFeatures.get(k));
      if (k > 0 && disabledFeatures.get(k - 1).compareTo(disabledFeatures.get(k)) >= 0) {
        throw new IllegalArgumentException(
            "disabled features " + disabledFeatures + " are not sorted without duplicates");
      }
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars " + maxChars + " is less than 1");
    }
  }
}
