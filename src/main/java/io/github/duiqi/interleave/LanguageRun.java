package io.github.duiqi.interleave;

import java.util.Objects;

/**
 * A stretch of an interleaved stream written in one language. The span starts and ends on a
 * non-whitespace character; the whitespace between runs belongs to none.
 *
 * @param language the run's language
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param breakBefore whether a line break separates this run from the one before it
 */
public record LanguageRun(Language language, int start, int end, boolean breakBefore) {

  /** Validates the span. */
  public LanguageRun {
    Objects.requireNonNull(language, "language");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("run span [" + start + ", " + end + ") is empty");
    }
  }
}
