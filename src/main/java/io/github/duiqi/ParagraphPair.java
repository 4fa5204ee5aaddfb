package io.github.duiqi;

import java.util.List;
import java.util.Objects;

/**
 * A Chinese paragraph (or several merged) and its English rendering, with the sentence beads
 * found inside them. A paragraph left untranslated has an empty English side: empty text and
 * {@code englishStart == englishEnd}, and likewise for English without Chinese.
 *
 * <p>Offsets are UTF-16 offsets into the text the paragraph was taken from: the Chinese and the
 * English document for {@link Aligner#align(String, String)}, the one stream for interleaved input.
 *
 * <pre>{@code
 * for (ParagraphPair p : alignment.paragraphs()) {
 *   System.out.println(p.chineseText() + "\t" + p.englishText());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param chineseText the Chinese paragraph(s), exactly as in the input
 * @param chineseStart offset of the Chinese text
 * @param chineseEnd offset just past the Chinese text
 * @param englishText the English paragraph(s), exactly as in the input
 * @param englishStart offset of the English text
 * @param englishEnd offset just past the English text
 * @param beads the sentence beads inside this pair, in document order
 */
public record ParagraphPair(
    String chineseText,
    int chineseStart,
    int chineseEnd,
    String englishText,
    int englishStart,
    int englishEnd,
    List<Bead> beads) {

  /**
   * Validates the spans and copies the beads.
   *
   * @param chineseText the Chinese paragraph(s), exactly as in the input; empty if untranslated
   * @param chineseStart offset of the Chinese text, not negative
   * @param chineseEnd offset just past the Chinese text: {@code chineseStart +
   *     chineseText.length()}
   * @param englishText the English paragraph(s), exactly as in the input; empty if the
   *     English has no Chinese original
   * @param englishStart offset of the English text, not negative
   * @param englishEnd offset just past the English text: {@code englishStart +
   *     englishText.length()}
   * @param beads the sentence beads inside this pair, in document order (copied)
   * @throws NullPointerException if a text, the list or a bead is null
   * @throws IllegalArgumentException if a span is negative or does not fit its text
   */
  public ParagraphPair {
    Objects.requireNonNull(chineseText, "chineseText");
    Objects.requireNonNull(englishText, "englishText");
    beads = List.copyOf(Objects.requireNonNull(beads, "beads"));
    checkSpan("Chinese", chineseText, chineseStart, chineseEnd);
    checkSpan("English", englishText, englishStart, englishEnd);
  }

  private static void checkSpan(String side, String text, int start, int end) {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          side + " paragraph span [" + start + ", " + end + ") does not fit its text of length "
              + text.length());
    }
  }
}
