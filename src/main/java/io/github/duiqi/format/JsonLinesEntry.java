package io.github.duiqi.format;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One line of a JSON Lines file as {@link AlignmentFormat#JSONL} writes it: the bead's id, its
 * Chinese and English text, sentence indices, sentence offsets and score.
 *
 * <pre>{@code
 * try (JsonLinesReader in = JsonLinesReader.open(Path.of("doc.jsonl"))) {
 *   for (JsonLinesEntry e : in.readAll()) {
 *     System.out.println(e.id() + " " + e.english() + " " + e.englishOffsets());
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the bead's 0-based position among the beads given to the writer
 * @param chinese the Chinese text, maybe empty
 * @param english the English text, maybe empty
 * @param chineseIndices Chinese sentence indices, strictly increasing, maybe empty
 * @param englishIndices English sentence indices, strictly increasing, maybe empty
 * @param chineseOffsets the {@code [start, end)} UTF-16 offsets of each Chinese sentence in the
 *     input text, one per index
 * @param englishOffsets the offsets of each English sentence, one per index
 * @param score the score, in [0, 1]
 */
public record JsonLinesEntry(long id, String chinese, String english,
    List<Integer> chineseIndices, List<Integer> englishIndices,
    List<Offsets> chineseOffsets, List<Offsets> englishOffsets, double score) {

  /**
   * Where a sentence is in the input text: UTF-16 offsets {@code [start, end)}.
   *
   * <pre>{@code
   * JsonLinesEntry.Offsets o = entry.chineseOffsets().get(0);
   * String sentence = chineseText.substring(o.start(), o.end());
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param start the offset of the first character
   * @param end the offset after the last character
   */
  public record Offsets(int start, int end) {

    /**
     * Validates the offsets.
     *
     * @param start the offset of the first character
     * @param end the offset after the last character
     * @throws IllegalArgumentException if {@code start} is negative or after {@code end}
     */
    public Offsets {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("offsets [" + start + ", " + end + ") are not "
            + "0 <= start <= end");
      }
    }
  }

  /**
   * Validates the entry and copies the lists.
   *
   * @param id the bead's 0-based position among the beads given to the writer
   * @param chinese the Chinese text
   * @param english the English text
   * @param chineseIndices Chinese sentence indices
   * @param englishIndices English sentence indices
   * @param chineseOffsets the offsets of each Chinese sentence
   * @param englishOffsets the offsets of each English sentence
   * @param score the score
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the id is negative, indices are negative or not
   *     increasing, both sides have no index, a side's offsets are not one per index, or the
   *     score is not in [0, 1]
   */
  public JsonLinesEntry {
    if (id < 0) {
      throw new IllegalArgumentException("id " + id + " is negative");
    }
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    chineseIndices = List.copyOf(Objects.requireNonNull(chineseIndices, "chineseIndices"));
    englishIndices = List.copyOf(Objects.requireNonNull(englishIndices, "englishIndices"));
    chineseOffsets = List.copyOf(Objects.requireNonNull(chineseOffsets, "chineseOffsets"));
    englishOffsets = List.copyOf(Objects.requireNonNull(englishOffsets, "englishOffsets"));
    LadderEntry.checkIncreasing("Chinese", chineseIndices);
    LadderEntry.checkIncreasing("English", englishIndices);
    if (chineseIndices.isEmpty() && englishIndices.isEmpty()) {
      throw new IllegalArgumentException("an entry needs at least one sentence index");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score " + score + " is not in [0, 1]");
    }
    if (chineseOffsets.size() != chineseIndices.size()) {
      throw new IllegalArgumentException(chineseOffsets.size() + " Chinese offsets for "
          + chineseIndices.size() + " indices");
    }
    if (englishOffsets.size() != englishIndices.size()) {
      throw new IllegalArgumentException(englishOffsets.size() + " English offsets for "
          + englishIndices.size() + " indices");
    }
  }

  /**
   * Returns the texts and score, as the TSV and TMX readers give them.
   *
   * @return the text pair
   */
  public TextPair textPair() {
    return new TextPair(chinese, english, OptionalDouble.of(score));
  }

  /**
   * Returns the indices and score, as the ladder reader gives them.
   *
   * @return the ladder entry
   */
  public LadderEntry ladderEntry() {
    return new LadderEntry(chineseIndices, englishIndices, OptionalDouble.of(score));
  }
}
