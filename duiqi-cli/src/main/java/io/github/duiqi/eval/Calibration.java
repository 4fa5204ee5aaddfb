package io.github.duiqi.eval;

import io.github.duiqi.Aligner;
import io.github.duiqi.format.LadderEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How well bead scores predict exact matches: a reliability table (beads grouped by score in
 * tenths, with the share of each group that is exactly in the gold) and the Brier score, the mean
 * of {@code (score - right)²} with {@code right} 1 for a bead identical to a gold bead, else 0.
 * A calibrated score has each group's share near its mean score.
 *
 * <pre>{@code
 * Calibration c = Calibration.run(Aligner.create(), Path.of("align-dev/aca"));
 * System.out.print(c.report());
 * }</pre>
 *
 * <p>Mutable accumulator; not thread-safe.
 */
public final class Calibration {

  private static final int BINS = 10;

  private final long[] count = new long[BINS];
  private final long[] right = new long[BINS];
  private final double[] scoreSum = new double[BINS];
  private double squaredError;
  private long beads;

  /** Aligns every document of {@code goldDir} (the layout of {@link Evaluation}) and adds it. */
  public static Calibration run(Aligner aligner, Path goldDir) throws IOException {
    Objects.requireNonNull(aligner, "aligner");
    Objects.requireNonNull(goldDir, "goldDir");
    List<String> names = GoldDocument.names(goldDir);
    Calibration c = new Calibration();
    for (String name : names) {
      GoldDocument document = GoldDocument.read(goldDir, name);
      GoldDocument.Aligned aligned = document.alignWith(aligner);
      c.add(document.gold(), aligned.test(), aligned.scores());
    }
    return c;
  }

  /**
   * Adds one document: {@code scores[k]} is the score of {@code test.get(k)}.
   *
   * @throws IllegalArgumentException if the sizes differ or a score is not in [0, 1]
   */
  public void add(List<LadderEntry> gold, List<LadderEntry> test, double[] scores) {
    if (test.size() != scores.length) {
      throw new IllegalArgumentException(
          test.size() + " beads but " + scores.length + " scores");
    }
    Set<LadderEntry> goldSet = new HashSet<>(gold);
    for (int k = 0; k < scores.length; k++) {
      double s = scores[k];
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("score " + s + " of bead " + k + " is not in [0, 1]");
      }
      int hit = goldSet.contains(test.get(k)) ? 1 : 0;
      int bin = Math.min(BINS - 1, (int) (s * BINS));
      count[bin]++;
      right[bin] += hit;
      scoreSum[bin] += s;
      squaredError += (s - hit) * (s - hit);
      beads++;
    }
  }

  /** The Brier score: mean squared difference between score and exact match; 0 if empty. */
  public double brier() {
    return beads == 0 ? 0 : squaredError / beads;
  }

  /** The reliability table (Markdown) and the Brier score. */
  public String report() {
    StringBuilder sb = new StringBuilder(
        "| score | beads | mean score | exactly right |\n| --- | --- | --- | --- |\n");
    for (int b = 0; b < BINS; b++) {
      String range = String.format(Locale.ROOT, "%.1f–%.1f", b / (double) BINS,
          (b + 1) / (double) BINS);
      if (count[b] == 0) {
        sb.append("| ").append(range).append(" | 0 | – | – |\n");
      } else {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", range, count[b],
            scoreSum[b] / count[b], right[b] / (double) count[b]));
      }
    }
    sb.append(String.format(Locale.ROOT, "Brier %.4f over %d beads%n", brier(), beads));
    return sb.toString();
  }
}
