package io.github.duiqi.cli;

import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.FormatOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose which beads an output holds and how their text is written, shared by
 * {@code align} and {@code convert} so that both write the same beads for the same format: a
 * minimum score, whether beads with an empty side are written (by default not in moses and JSON
 * Lines, which MT training tools read and which want no empty segments), and whether the text is
 * normalised segment text (the default) or the input's text as it is ({@code --raw-text}).
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

  @Option(names = "--raw-text",
      description = "write each sentence's text exactly as in the input; by default hard-wrap"
          + " line breaks are joined (with nothing between Chinese characters, one space between"
          + " words) and runs of whitespace become one space, as translation memories and MT"
          + " corpora expect (offsets point into the input either way)")
  boolean rawText;

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
    return options.withMinScore(minScore).withEmptySides(writesEmptySides(format))
        .withRawText(rawText);
  }
}
