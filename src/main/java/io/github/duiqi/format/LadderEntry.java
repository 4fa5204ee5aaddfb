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
 *
 * <pre>{@code
 * LadderEntry e = new LadderEntry(List.of(9), List.of(8, 9), OptionalDouble.of(0.8));
 * Bead bead = e.toBead(chineseSentences, englishSentences, 0.8);
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

  private static void checkIncreasing(String side, List<Integer> indices) {
    int previous = -1;
    for (int index : indices) {
      if (index <= previous) {
        throw new IllegalArgumentException(
            side + " indices " + indices + " are not non-negative and strictly increasing");
      }
      previous = index;
    }
  }

  /** Returns the entry of a bead: its indices and score. */
  public static LadderEntry of(Bead bead) {
    Objects.requireNonNull(bead, "bead");
    return new LadderEntry(bead.chineseIndices(), bead.englishIndices(),
        OptionalDouble.of(bead.score()));
  }

  /**
   * Returns the bead this entry makes of the documents' sentences, with the given score.
   *
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
