package io.github.duiqi.format;

import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One line of a ladder file, {@code [zh ids]:[en ids]:score}: which Chinese sentences are
 * aligned with which English ones, by 0-based index, and the score if the line has one.
 * Entries without a score compare by their indices alone, as gold beads do in an evaluation.
 *
 * <pre>{@code
 * LadderEntry e = new LadderEntry(List.of(9), List.of(8, 9), OptionalDouble.of(0.8));
 * Bead bead = e.toBead(chineseSentences, englishSentences, 0.8);
 * String line = e.ladderLine();                      // "[9]:[8,9]:0.8000"
 * LadderEntry gold = new LadderEntry(List.of(9), List.of(8, 9));   // no score
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param chineseIndices Chinese sentence indices, strictly increasing, maybe empty
 * @param englishIndices English sentence indices, strictly increasing, maybe empty
 * @param score the score, in [0, 1], if the line has one
 */
public record LadderEntry(
    List<Integer> chineseIndices, List<Integer> englishIndices, OptionalDouble score) {

  /**
   * Validates and copies the lists.
   *
   * @param chineseIndices Chinese sentence indices
   * @param englishIndices English sentence indices
   * @param score the score, if any
   * @throws NullPointerException if an argument or an index is null
   * @throws IllegalArgumentException if indices are negative or not increasing, both sides are
   *     empty, or the score is not in [0, 1]
   */
  public LadderEntry {
    chineseIndices = List.copyOf(Objects.requireNonNull(chineseIndices, "chineseIndices"));
    englishIndices = List.copyOf(Objects.requireNonNull(englishIndices, "englishIndices"));
    Objects.requireNonNull(score, "score");
    checkIncreasing("Chinese", chineseIndices);
    checkIncreasing("English", englishIndices);
    if (chineseIndices.isEmpty() && englishIndices.isEmpty()) {
      throw new IllegalArgumentException("a ladder entry needs at least one index");
    }
    if (score.isPresent() && !(score.getAsDouble() >= 0 && score.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("score " + score.getAsDouble() + " is not in [0, 1]");
    }
  }

  /**
   * Creates an entry without a score.
   *
   * @param chineseIndices Chinese sentence indices, strictly increasing, maybe empty
   * @param englishIndices English sentence indices, strictly increasing, maybe empty
   * @throws NullPointerException if a list or an index is null
   * @throws IllegalArgumentException if indices are negative or not increasing, or both sides
   *     are empty
   */
  public LadderEntry(List<Integer> chineseIndices, List<Integer> englishIndices) {
    this(chineseIndices, englishIndices, OptionalDouble.empty());
  }

  static void checkIncreasing(String side, List<Integer> indices) {
    int previous = -1;
    for (int index : indices) {
      if (index <= previous) {
        throw new IllegalArgumentException(
            side + " indices " + indices + " are not non-negative and strictly increasing");
      }
      previous = index;
    }
  }

  /**
   * Returns this entry without its score.
   *
   * @return the entry with the same indices and no score
   */
  public LadderEntry withoutScore() {
    return score.isEmpty() ? this : new LadderEntry(chineseIndices, englishIndices);
  }

  /**
   * Returns the entry as the ladder writer writes a bead: {@code [9]:[8,9]:0.8000}, or
   * {@code [9]:[8,9]} without a score; {@link LadderReader} reads it back.
   *
   * @return the ladder line, without a line break
   */
  public String ladderLine() {
    StringBuilder line = new StringBuilder();
    LadderWriter.append(line, chineseIndices, englishIndices);
    if (score.isPresent()) {
      AbstractBeadWriter.appendScore(line.append(':'), score.getAsDouble());
    }
    return line.toString();
  }

  /**
   * Returns the entry of a bead: its indices and score.
   *
   * @param bead the bead
   * @return its entry
   */
  public static LadderEntry of(Bead bead) {
    Objects.requireNonNull(bead, "bead");
    return new LadderEntry(bead.chineseIndices(), bead.englishIndices(),
        OptionalDouble.of(bead.score()));
  }

  /**
   * Returns the bead this entry makes of the documents' sentences, with the given score.
   *
   * @param chinese the document's Chinese sentences
   * @param english the document's English sentences
   * @param score the bead's score
   * @return the bead
   * @throws NullPointerException if a list is null
   * @throws IllegalArgumentException if an index is out of range, a side's indices are not
   *     consecutive, or the score not in [0, 1]
   */
  public Bead toBead(List<Sentence> chinese, List<Sentence> english, double score) {
    // a line does not say where an empty side sits: 0 (an Alignment needs the real position)
    return Bead.of(chineseIndices, 0, pick("Chinese", chinese, chineseIndices), englishIndices,
        0, pick("English", english, englishIndices), score);
  }

  private static List<Sentence> pick(String side, List<Sentence> all, List<Integer> indices) {
    Objects.requireNonNull(all, side);
    List<Sentence> picked = new ArrayList<>(indices.size());
    for (int index : indices) {
      if (index >= all.size()) {
        throw new IllegalArgumentException(side + " sentence " + index + " does not exist: the "
            + "document has " + all.size());
      }
      picked.add(all.get(index));
    }
    return picked;
  }
}
