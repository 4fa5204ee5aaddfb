package io.github.duiqi.format;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A Chinese text and its English translation as read from TSV or TMX, with the score if the
 * file has one. Either text may be empty (a bead with an empty side).
 *
 * <pre>{@code
 * try (TsvReader pairs = TsvReader.open(Path.of("doc.tsv"))) {
 *   pairs.forEachRemaining(p -> System.out.println(p.english()));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param chinese the Chinese text
 * @param english the English text
 * @param score the score, in [0, 1], if the file has one
 */
public record TextPair(String chinese, String english, OptionalDouble score) {

  /**
   * Validates the pair.
   *
   * @param chinese the Chinese text; empty for a bead with no Chinese
   * @param english the English text; empty for a bead with no English
   * @param score the score, in {@code [0, 1]}, or empty if the file has none
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the score is not in [0, 1]
   */
  public TextPair {
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(score, "score");
    if (score.isPresent() && !(score.getAsDouble() >= 0 && score.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("score " + score.getAsDouble() + " is not in [0, 1]");
    }
  }
}
