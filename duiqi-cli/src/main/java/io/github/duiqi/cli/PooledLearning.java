package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import picocli.CommandLine;

/**
 * The {@code --pooled} option's check, shared by {@code align} and {@code eval}: pooling
 * changes the learned second pass, which runs only without a lexicon and with
 * {@code LEARNED_LEXICON} on; asked for explicitly where it would change nothing, it is a
 * usage error rather than a silent no-op.
 *
 * <p>Stateless.
 */
final class PooledLearning {

  private PooledLearning() {}

  /** Whether {@code aligner} runs a second pass that pooling changes. */
  static boolean applies(Aligner aligner) {
    return aligner.lexicon().isEmpty()
        && aligner.featureWeights().get(Aligner.Feature.LEARNED_LEXICON) > 0;
  }

  /** Throws a usage error if {@code aligner} runs no second pass for pooling to change. */
  static void check(CommandLine commandLine, Aligner aligner) {
    if (aligner.lexicon().isPresent()) {
      throw new CommandLine.ParameterException(commandLine, "--pooled pools the learned second"
          + " pass, which runs only without a dictionary: add --no-dictionary");
    }
    if (!(aligner.featureWeights().get(Aligner.Feature.LEARNED_LEXICON) > 0)) {
      throw new CommandLine.ParameterException(commandLine, "--pooled pools the learned second"
          + " pass, which --without LEARNED_LEXICON switches off");
    }
  }
}
