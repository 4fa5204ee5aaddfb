package io.github.duiqi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One link of an alignment: some Chinese sentences that the translator rendered as some English
 * sentences. Either side may be empty: a Chinese sentence left untranslated is a 1-0 bead, an
 * English sentence added by the translator a 0-1 bead.
 *
 * <p>Indices are 0-based positions in the Chinese and English sentence lists that were aligned,
 * strictly increasing within a side; {@code chinese.get(k)} is the sentence at
 * {@code chineseIndices.get(k)}. The score is in {@code [0, 1]} and grows with confidence; the
 * aligner documents exactly what it measures ({@link Aligner}).
 *
 * <pre>{@code
 * for (Bead bead : alignment.beads()) {
 *   if (bead.score() >= 0.5) System.out.println(bead.chineseText() + "\t" + bead.englishText());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param chineseIndices indices of the Chinese sentences, strictly increasing
 * @param englishIndices indices of the English sentences, strictly increasing
 * @param chinese the Chinese sentences, one for each index
 * @param english the English sentences, one for each index
 * @param score confidence in {@code [0, 1]}; higher is more confident
 */
public record Bead(
    List<Integer> chineseIndices,
    List<Integer> englishIndices,
    List<Sentence> chinese,
    List<Sentence> english,
    double score) {

  /**
   * Validates and copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if a side's indices and sentences differ in number, indices
   *     are negative or not increasing, both sides are empty, or the score is not in [0, 1]
   */
  public Bead {
    chineseIndices = List.copyOf(Objects.requireNonNull(chineseIndices, "chineseIndices"));
    englishIndices = List.copyOf(Objects.requireNonNull(englishIndices, "englishIndices"));
    chinese = List.copyOf(Objects.requireNonNull(chinese, "chinese"));
    english = List.copyOf(Objects.requireNonNull(english, "english"));
    checkSide("Chinese", chineseIndices, chinese);
    checkSide("English", englishIndices, english);
    if (chinese.isEmpty() && english.isEmpty()) {
      throw new IllegalArgumentException("a bead needs at least one sentence");
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("bead score " + score + " is not in [0, 1]");
    }
  }

  private static void checkSide(String side, List<Integer> indices, List<Sentence> sentences) {
    if (indices.size() != sentences.size()) {
      throw new IllegalArgumentException(
          side + " side has " + indices.size() + " indices but " + sentences.size()
              + " sentences");
    }
    int previous = -1;
    for (int index : indices) {
      if (index <= previous) {
        throw new IllegalArgumentException(
            side + " indices " + indices + " are not non-negative and strictly increasing");
      }
      previous = index;
    }
  }

  /** Returns the Chinese sentences joined with nothing between them, as Chinese is written. */
  public String chineseText() {
    return chinese.stream().map(Sentence::text).collect(Collectors.joining());
  }

  /** Returns the English sentences joined with one space between them. */
  public String englishText() {
    return english.stream().map(Sentence::text).collect(Collectors.joining(" "));
  }

  /** Returns the bead's type as {@code "zh-en"} sentence counts, e.g. {@code "1-2"}. */
  public String type() {
    return chinese.size() + "-" + english.size();
  }
}
