package io.github.duiqi.jmh;

import java.util.List;
import net.loomchild.maligna.coretypes.Alignment;
import net.loomchild.maligna.filter.macro.GaleAndChurchMacro;

/**
 * mALIGNa 3.0.1's Gale–Church, run in-process exactly as its command line's
 * {@code maligna macro -c galechurch} runs it: {@link GaleAndChurchMacro} builds a
 * {@code CharCounter}, a {@code NormalDistributionCalculator} over it (c = 1, s² = 6.8), and an
 * {@code AdaptiveBandAlgorithm} over {@code ViterbiAlgorithm}, and applies it to one alignment
 * holding all sentences of both sides.
 */
final class MalignaGaleChurch {

  private MalignaGaleChurch() {}

  /** Aligns the two sides and returns mALIGNa's beads. */
  static List<Alignment> align(List<String> chinese, List<String> english) {
    return new GaleAndChurchMacro().apply(List.of(new Alignment(chinese, english)));
  }
}
