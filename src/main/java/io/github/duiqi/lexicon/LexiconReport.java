package io.github.duiqi.lexicon;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What building a {@link Lexicon} read, and which entries gave no gloss and why. An entry whose
 * headword holds no Han is left out; one without content its headwords kept, without glosses, so
 * that segmentation still finds them ({@code 他們}, "they; them", is one word).
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.builder().addFile(Path.of("glossary.tsv")).build();
 * LexiconReport r = lexicon.report();
 * System.err.printf("%d headwords from %d entries; %d entries skipped %s%n",
 *     r.headwords(), r.entries(), r.skippedTotal(), r.skipped());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries well-formed entries read: dictionary lines, or headwords of a compiled file
 * @param headwords distinct Chinese headwords in the lexicon, with or without glosses
 * @param englishWords distinct English content stems in its glosses
 * @param skipped entries that gave no gloss, by reason; reasons with no entry are absent
 */
public record LexiconReport(int entries, int headwords, int englishWords,
    Map<SkipReason, Integer> skipped) {

  /**
   * Why a well-formed entry gives no gloss.
   *
   * <pre>{@code
   * int noHan = report.skipped().getOrDefault(LexiconReport.SkipReason.NO_HAN_HEADWORD, 0);
   * }</pre>
   *
   * <p>Immutable and thread-safe, as every enum.
   */
  public enum SkipReason {
    /** Its headword holds no Han character (e.g. {@code 3C}, {@code %}): left out. */
    NO_HAN_HEADWORD,
    /**
     * Its glosses hold no English content word once cleaned (only a classifier, only stop
     * words): its headwords stay, without glosses.
     */
    NO_CONTENT,
    /**
     * Its glosses only refer to other headwords ({@code variant of X}, {@code see X}) that are
     * not in the lexicon or have no content of their own: its headwords stay, without glosses.
     */
    UNRESOLVED_REFERENCE
  }

  /**
   * Validates the counts and copies the map.
   *
   * @param entries well-formed entries read
   * @param headwords distinct Chinese headwords
   * @param englishWords distinct English content stems
   * @param skipped entries that gave no gloss, by reason; every count positive
   */
  public LexiconReport {
    if (entries < 0 || headwords < 0 || englishWords < 0) {
      throw new IllegalArgumentException("negative count: entries " + entries
          + ", headwords " + headwords + ", englishWords " + englishWords);
    }
    Objects.requireNonNull(skipped, "skipped");
    EnumMap<SkipReason, Integer> copy = new EnumMap<>(SkipReason.class);
    for (Map.Entry<SkipReason, Integer> e : skipped.entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException("skipped count for " + e.getKey()
            + " must be positive: " + e.getValue());
      }
      copy.put(Objects.requireNonNull(e.getKey(), "skip reason"), e.getValue());
    }
    skipped = Collections.unmodifiableMap(copy);
  }

  /**
   * The number of entries that gave no gloss, for any reason.
   *
   * @return the sum of {@link #skipped()}
   */
  public int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }
}
