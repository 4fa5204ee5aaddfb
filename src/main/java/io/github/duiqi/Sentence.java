package io.github.duiqi;

import io.github.duiqi.split.SegmentText;
import java.util.Objects;

/**
 * A sentence found in a text: its characters and where they stand.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the text the sentence was taken from,
 * {@code end} exclusive, so that {@code text.equals(input.subSequence(start, end).toString())}.
 * The span never begins or ends with whitespace; whitespace between sentences belongs to none.
 *
 * <pre>{@code
 * Sentence s = SentenceSplitter.create().split("你好。Hello.").get(1);
 * assert s.text().equals("Hello.") && s.start() == 3 && s.end() == 9;
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the sentence's characters, exactly as in the input
 * @param start offset of the first character in the input
 * @param end offset just past the last character in the input
 */
public record Sentence(String text, int start, int end) {

  /**
   * Validates the span.
   *
   * @param text the sentence's characters, exactly as in the input
   * @param start offset of the first character in the input, not negative
   * @param end offset just past the last character: {@code start + text.length()}
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code start} is negative or {@code end - start} is not
   *     the length of {@code text}
   */
  public Sentence {
    Objects.requireNonNull(text, "text");
    if (start < 0) {
      throw new IllegalArgumentException("sentence start " + start + " is negative");
    }
    if (end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          "sentence span [" + start + ", " + end + ") does not fit its text of length "
              + text.length());
    }
  }

  /**
   * Returns the text as a translation memory or an MT corpus wants it: a hard-wrapped sentence
   * reads as if it had never been wrapped. A line break between Chinese or Japanese characters
   * (or next to their punctuation) is removed, one between Latin words becomes one space, every
   * run of whitespace becomes one space, and none is left at either end. {@link #text()} and
   * the offsets stay those of the input.
   *
   * <pre>{@code
   * new Sentence("これは父の\n家です。", 0, 10).normalizedText()   // "これは父の家です。"
   * new Sentence("wrapped at\n72  columns", 0, 22).normalizedText() // "wrapped at 72 columns"
   * }</pre>
   *
   * @return the text with its line breaks replaced as described; equal to {@link #text()} when
   *     it holds no line break
   */
  public String normalizedText() {
    return SegmentText.normalize(text);
  }

  /**
   * Returns the sentence's length.
   *
   * @return the number of UTF-16 units, {@code end - start}; at least 0
   */
  public int length() {
    return end - start;
  }
}
