package io.github.duiqi.cli;

import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.FormatOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose which beads an output holds, shared by {@code align} and
 * {@code convert} so that both write the same beads for the same format: a minimum score, and
 * whether beads with an empty side are written (by default not in moses and JSON Lines, which
 * MT training tools read and which want no empty segments).
 *
 * <p>A picocli mixin: filled on the command's thread, then only read.
 */
final class BeadSelection {

  @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "0",
      description = "leave out beads scoring below SCORE, in [0, 1] (default: ${DEFAULT-VALUE})")
  double minScore;

  @Option(names = "--skip-empty",
      description = "leave out beads with an empty side (untranslated or added sentences); the"
          + " default of moses and jsonl")
  boolean skipEmpty;

  @Option(names = "--keep-empty",
      description = "write beads with an empty side also in moses and jsonl (empty lines, \"\")")
  boolean keepEmpty;

  /**
   * Checks the options against each other.
   *
   * @throws CommandLine.ParameterException for both --skip-empty and --keep-empty, or a
   *     minimum score outside [0, 1]
   */
  void check(CommandLine commandLine) {
    if (skipEmpty && keepEmpty) {
      throw new CommandLine.ParameterException(commandLine,
          "--skip-empty and --keep-empty exclude each other");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new CommandLine.ParameterException(commandLine,
          "--min-score " + minScore + " is not in [0, 1]");
    }
  }

  /** Whether beads with an empty side are written: MT formats leave them out by default. */
  boolean writesEmptySides(AlignmentFormat format) {
    if (keepEmpty || skipEmpty) {
      return keepEmpty;
    }
    return format != AlignmentFormat.MOSES && format != AlignmentFormat.JSONL;
  }

  /** Whether empty-side beads are left out without the user asking (so it is worth a note). */
  boolean skipsEmptyByDefault(AlignmentFormat format) {
    return !keepEmpty && !skipEmpty && !writesEmptySides(format) && minScore == 0;
  }

  /** {@code options} with this selection for {@code format}. */
  FormatOptions applyTo(FormatOptions options, AlignmentFormat format) {
    return options.withMinScore(minScore).withEmptySides(writesEmptySides(format));
  }
}
