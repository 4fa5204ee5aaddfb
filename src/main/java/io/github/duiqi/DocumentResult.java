package io.github.duiqi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link CorpusAligner} made of one document pair: its alignment, or the exception that
 * loading or aligning it threw, with the key the caller gave the pair.
 *
 * <pre>{@code
 * if (result.succeeded()) {
 *   write(result.key(), result.alignment());
 * } else {
 *   System.err.println(result.key() + ": " + result.failure().getMessage());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe if the key is.
 *
 * @param <K> the type of the key
 * @param key the caller's key of the pair
 * @param index the pair's position in the input, from 0
 * @param alignment the alignment; null if and only if the pair failed
 * @param failure what the pair failed with; null if and only if it succeeded
 */
public record DocumentResult<K>(
    K key, long index, @Nullable Alignment alignment, @Nullable RuntimeException failure) {

  /**
   * Checks that exactly one of alignment and failure is given.
   *
   * @param key the caller's key of the pair, not null
   * @param index the pair's position in the input, from 0
   * @param alignment the alignment, or null if the pair failed
   * @param failure what the pair failed with, or null if it succeeded
   * @throws NullPointerException if the key is null
   * @throws IllegalArgumentException if the index is negative, or alignment and failure are both
   *     given or both null
   */
  public DocumentResult {
    Objects.requireNonNull(key, "key");
    if (index < 0) {
      throw new IllegalArgumentException("index " + index + " is negative");
    }
    if ((alignment == null) == (failure == null)) {
      throw new IllegalArgumentException(
          "a result has either an alignment or a failure, not " + (alignment == null ? "neither"
              : "both"));
    }
  }

  /**
   * Returns whether the pair was aligned.
   *
   * @return {@code true} if {@link #alignment()} is set, {@code false} if {@link #failure()} is
   */
  public boolean succeeded() {
    return alignment != null;
  }

  /**
   * Returns the alignment of a pair that succeeded.
   *
   * @return the alignment, never null
   * @throws IllegalStateException with the key and the failure as cause, if the pair failed
   */
  public Alignment alignmentOrThrow() {
    if (alignment == null) {
      throw new IllegalStateException("document pair " + key + " failed: " + failure, failure);
    }
    return alignment;
  }
}
