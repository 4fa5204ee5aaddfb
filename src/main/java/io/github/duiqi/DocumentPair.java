package io.github.duiqi;

import java.util.List;
import java.util.Objects;

/**
 * A Chinese document and its English translation, the unit of work of a {@link CorpusAligner}:
 * as sentences the caller has split ({@link #ofSentences}, aligned with
 * {@link Aligner#alignSentences}).
 *
 * <pre>{@code
 * DocumentPair lines = DocumentPair.ofSentences(List.of("我没走。"), List.of("I did not leave."));
 * Alignment alignment = lines.alignWith(Aligner.create());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface DocumentPair {

  /**
   * Returns a pair of pre-split sentences.
   *
   * @throws NullPointerException if a list or a sentence is null
   */
  static DocumentPair ofSentences(List<String> chinese, List<String> english) {
    return new Sentences(chinese, english);
  }

  /** Aligns this pair with {@code aligner}. */
  Alignment alignWith(Aligner aligner);

  /**
   * Sentences the caller has split, one string each.
   *
   * @param chinese the Chinese sentences, in order
   * @param english the English sentences, in order
   */
  record Sentences(List<String> chinese, List<String> english) implements DocumentPair {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a list or a sentence is null
     */
    public Sentences {
      chinese = List.copyOf(Objects.requireNonNull(chinese, "chinese"));
      english = List.copyOf(Objects.requireNonNull(english, "english"));
    }

    @Override
    public Alignment alignWith(Aligner aligner) {
      return aligner.alignSentences(chinese, english);
    }
  }
}
