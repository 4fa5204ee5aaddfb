package io.github.duiqi;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.Collectors;

/**
 * One link of an alignment: some consecutive Chinese sentences that the translator rendered as
 * some consecutive English sentences. Either side may be empty: a Chinese sentence left
 * untranslated is a 1-0 bead, an English sentence added by the translator a 0-1 bead.
 *
 * <p>Indices are 0-based positions in the Chinese and English sentence lists that were aligned:
 * the Chinese side holds sentences {@code chineseFrom()} to {@code chineseTo() - 1}, and
 * {@code chinese().get(k)} is sentence {@code chineseFrom() + k}. An empty side sits where its
 * sentences would be: its {@code from} is the index of the side's next sentence, which
 * {@link Alignment} checks. The score is in {@code [0, 1]} and grows with confidence; the
 * aligner documents exactly what it measures ({@link Aligner}).
 *
 * <pre>{@code
 * for (Bead bead : alignment.beads()) {
 *   if (bead.score() >= 0.5) System.out.println(bead.type() + "\t" + bead.chineseText());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param chineseFrom index of the first Chinese sentence (of the next one if the side is empty)
 * @param englishFrom index of the first English sentence (of the next one if the side is empty)
 * @param chinese the Chinese sentences, in order
 * @param english the English sentences, in order
 * @param score confidence in {@code [0, 1]}; higher is more confident
 */
public record Bead(
    int chineseFrom, int englishFrom, List<Sentence> chinese, List<Sentence> english,
    double score) {

  /**
   * Validates and copies the lists.
   *
   * @param chineseFrom index of the first Chinese sentence, or of the next one if the side is
   *     empty; not negative
   * @param englishFrom index of the first English sentence, or of the next one if the side is
   *     empty; not negative
   * @param chinese the Chinese sentences, in order (copied)
   * @param english the English sentences, in order (copied); not empty if {@code chinese} is
   * @param score confidence in {@code [0, 1]}
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if an index is negative, both sides are empty, or the score
   *     is not in [0, 1]
   */
  public Bead {
    chinese = List.copyOf(Objects.requireNonNull(chinese, "chinese"));
    english = List.copyOf(Objects.requireNonNull(english, "english"));
    if (chineseFrom < 0 || englishFrom < 0) {
      throw new IllegalArgumentException(
          "bead indices " + chineseFrom + " and " + englishFrom + " must not be negative");
    }
    if (chinese.isEmpty() && english.isEmpty()) {
      throw new IllegalArgumentException("a bead needs at least one sentence");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("bead score " + score + " is not in [0, 1]");
    }
  }

  /**
   * Returns the bead of the sentences at consecutive indices.
   *
   * <pre>{@code
   * Bead b = Bead.of(List.of(3), 3, List.of(zh3), List.of(4, 5), 4, List.of(en4, en5), 0.9);
   * b.englishFrom();  // 4
   * }</pre>
   *
   * @param chineseIndices indices of the Chinese sentences, consecutive; an empty side needs
   *     {@code chineseFrom}
   * @param chineseFrom index of the Chinese side's next sentence, used only where
   *     {@code chineseIndices} is empty
   * @param chinese the Chinese sentences, one for each index
   * @param englishIndices indices of the English sentences, consecutive and increasing
   * @param englishFrom index of the English side's next sentence, used only where
   *     {@code englishIndices} is empty
   * @param english the English sentences, one for each index
   * @param score confidence in {@code [0, 1]}
   * @return the bead whose {@code chineseIndices()} and {@code englishIndices()} equal the given
   *     ones
   * @throws IllegalArgumentException if indices are not consecutive or their number differs from
   *     the sentences'
   */
  public static Bead of(List<Integer> chineseIndices, int chineseFrom, List<Sentence> chinese,
      List<Integer> englishIndices, int englishFrom, List<Sentence> english, double score) {
    return new Bead(from("Chinese", chineseIndices, chineseFrom, chinese),
        from("English", englishIndices, englishFrom, english), chinese, english, score);
  }

  private static int from(String side, List<Integer> indices, int emptyFrom,
      List<Sentence> sentences) {
    Objects.requireNonNull(indices, side + " indices");
    Objects.requireNonNull(sentences, side + " sentences");
    if (indices.size() != sentences.size()) {
      throw new IllegalArgumentException(side + " side has " + indices.size()
          + " indices but " + sentences.size() + " sentences");
    }
    if (indices.isEmpty()) {
      return emptyFrom;
    }
    int first = indices.get(0);
    for (int k = 1; k < indices.size(); k++) {
      if (indices.get(k) != first + k) {
        throw new IllegalArgumentException(
            side + " indices " + indices + " are not consecutive and increasing");
      }
    }
    return first;
  }

  /**
   * Index just past the last Chinese sentence.
   *
   * @return {@code chineseFrom() + chinese().size()}; equals {@code chineseFrom()} when the
   *     Chinese side is empty
   */
  public int chineseTo() {
    return chineseFrom + chinese.size();
  }

  /**
   * Index just past the last English sentence.
   *
   * @return {@code englishFrom() + english().size()}; equals {@code englishFrom()} when the
   *     English side is empty
   */
  public int englishTo() {
    return englishFrom + english.size();
  }

  /**
   * The Chinese indices, as a list for callers who want one.
   *
   * @return an unmodifiable view of {@code chineseFrom()..chineseTo() - 1}, empty for a 0-n
   *     bead; it holds two ints, not a boxed copy
   */
  public List<Integer> chineseIndices() {
    return new Range(chineseFrom, chinese.size());
  }

  /**
   * The English indices, as a list for callers who want one.
   *
   * @return an unmodifiable view of {@code englishFrom()..englishTo() - 1}, empty for an n-0
   *     bead
   */
  public List<Integer> englishIndices() {
    return new Range(englishFrom, english.size());
  }

  /**
   * Returns the Chinese side as segment text: its sentences' {@link Sentence#normalizedText()}
   * joined with nothing between them, as Chinese is written, so a hard-wrapped document gives
   * the same text as the same document unwrapped. The formats write this text.
   *
   * @return the Chinese side's segment text; empty for a 0-n bead
   */
  public String chineseText() {
    return chinese.stream().map(Sentence::normalizedText).collect(Collectors.joining());
  }

  /**
   * Returns the English side as segment text: its sentences' {@link Sentence#normalizedText()}
   * joined with one space between them.
   *
   * @return the English side's segment text; empty for an n-0 bead
   */
  public String englishText() {
    return english.stream().map(Sentence::normalizedText).collect(Collectors.joining(" "));
  }

  /**
   * Returns the Chinese sentences exactly as in the input, joined with nothing between them.
   *
   * @return the Chinese side's raw text, line breaks and all; empty for a 0-n bead
   */
  public String chineseRawText() {
    return chinese.stream().map(Sentence::text).collect(Collectors.joining());
  }

  /**
   * Returns the English sentences exactly as in the input, joined with one space between them.
   *
   * @return the English side's raw text, line breaks and all; empty for an n-0 bead
   */
  public String englishRawText() {
    return english.stream().map(Sentence::text).collect(Collectors.joining(" "));
  }

  /**
   * Returns the bead's type.
   *
   * @return its sentence counts, e.g. {@code 1-2} for one Chinese and two English sentences
   */
  public BeadType type() {
    return new BeadType(chinese.size(), english.size());
  }

  /** Consecutive integers, as a list that holds two ints. */
  private static final class Range extends AbstractList<Integer> implements RandomAccess {
    private final int from;
    private final int size;

    Range(int from, int size) {
      this.from = from;
      this.size = size;
    }

    @Override
    public Integer get(int index) {
      Objects.checkIndex(index, size);
      return from + index;
    }

    @Override
    public int size() {
      return size;
    }
  }
}
