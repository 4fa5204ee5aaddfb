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
 * <p>A value class rather than a record: the pair of an alignment of sentences the caller
 * split makes its texts only when asked for, so that a million-sentence alignment does not
 * hold its whole text a second time. Equality is by value.
 */
public final class ParagraphPair {

  /** A String, or for sentences the caller split, their texts joined when asked for. */
  private final CharSequence chineseText;
  private final int chineseStart;
  private final int chineseEnd;
  private final CharSequence englishText;
  private final int englishStart;
  private final int englishEnd;
  private final List<Bead> beads;

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
  public ParagraphPair(String chineseText, int chineseStart, int chineseEnd, String englishText,
      int englishStart, int englishEnd, List<Bead> beads) {
    this(Objects.requireNonNull(chineseText, "chineseText"), chineseStart, chineseEnd,
        Objects.requireNonNull(englishText, "englishText"), englishStart, englishEnd, beads,
        true);
  }

  private ParagraphPair(CharSequence chineseText, int chineseStart, int chineseEnd,
      CharSequence englishText, int englishStart, int englishEnd, List<Bead> beads,
      boolean unused) {
    this.beads = List.copyOf(Objects.requireNonNull(beads, "beads"));
    checkSpan("Chinese", chineseText, chineseStart, chineseEnd);
    checkSpan("English", englishText, englishStart, englishEnd);
    this.chineseText = chineseText;
    this.chineseStart = chineseStart;
    this.chineseEnd = chineseEnd;
    this.englishText = englishText;
    this.englishStart = englishStart;
    this.englishEnd = englishEnd;
  }

  /**
   * The one pair of an alignment of sentences the caller split: each side's sentences joined
   * with {@code '\n'}, the join made only when a text is asked for, so that a million-sentence
   * alignment does not hold its whole text twice.
   */
  static ParagraphPair ofSentences(List<Sentence> chinese, List<Sentence> english,
      List<Bead> beads) {
    Lines zh = new Lines(chinese);
    Lines en = new Lines(english);
    return new ParagraphPair(zh, 0, zh.length(), en, 0, en.length(), beads, true);
  }

  private static void checkSpan(String side, CharSequence text, int start, int end) {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException(
          side + " paragraph span [" + start + ", " + end + ") does not fit its text of length "
              + text.length());
    }
  }

  /**
   * The Chinese paragraph(s), exactly as in the input (for sentences the caller split: their
   * texts joined with {@code '\n'}, made on each call).
   *
   * @return the Chinese text; empty if untranslated
   */
  public String chineseText() {
    return chineseText.toString();
  }

  /**
   * Offset of the Chinese text.
   *
   * @return the offset, not negative
   */
  public int chineseStart() {
    return chineseStart;
  }

  /**
   * Offset just past the Chinese text.
   *
   * @return {@code chineseStart() + chineseText().length()}
   */
  public int chineseEnd() {
    return chineseEnd;
  }

  /**
   * The English paragraph(s), exactly as in the input (for sentences the caller split: their
   * texts joined with {@code '\n'}, made on each call).
   *
   * @return the English text; empty if the English has no Chinese original
   */
  public String englishText() {
    return englishText.toString();
  }

  /**
   * Offset of the English text.
   *
   * @return the offset, not negative
   */
  public int englishStart() {
    return englishStart;
  }

  /**
   * Offset just past the English text.
   *
   * @return {@code englishStart() + englishText().length()}
   */
  public int englishEnd() {
    return englishEnd;
  }

  /**
   * The sentence beads inside this pair.
   *
   * @return the beads, in document order (unmodifiable)
   */
  public List<Bead> beads() {
    return beads;
  }

  /** Equal if both texts, all four offsets and the beads are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ParagraphPair p && chineseStart == p.chineseStart
        && chineseEnd == p.chineseEnd && englishStart == p.englishStart
        && englishEnd == p.englishEnd && beads.equals(p.beads)
        && chineseText().equals(p.chineseText()) && englishText().equals(p.englishText());
  }

  @Override
  public int hashCode() {
    return Objects.hash(chineseText(), chineseStart, chineseEnd, englishText(), englishStart,
        englishEnd, beads);
  }

  @Override
  public String toString() {
    return "ParagraphPair[chineseText=" + chineseText() + ", chineseStart=" + chineseStart
        + ", chineseEnd=" + chineseEnd + ", englishText=" + englishText() + ", englishStart="
        + englishStart + ", englishEnd=" + englishEnd + ", beads=" + beads + "]";
  }

  /** Sentences joined with {@code '\n'}, as a text made when {@link #toString} is called. */
  private static final class Lines implements CharSequence {
    private final List<Sentence> sentences;
    private final int length;

    Lines(List<Sentence> sentences) {
      this.sentences = List.copyOf(sentences);
      this.length = sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).end();
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().subSequence(start, end);
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(length);
      for (int k = 0; k < sentences.size(); k++) {
        if (k > 0) {
          text.append('\n');
        }
        text.append(sentences.get(k).text());
      }
      return text.toString();
    }
  }
}
