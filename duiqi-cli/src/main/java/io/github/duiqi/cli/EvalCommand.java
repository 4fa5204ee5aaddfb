package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.eval.Calibration;
import io.github.duiqi.eval.Evaluation;
import io.github.duiqi.eval.InterleavedEvaluation;
import io.github.duiqi.eval.InterleavedStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code duiqi eval [--out DIR] GOLD_DIR}: aligns gold documents and scores the result; with
 * {@code --interleaved}, builds interleaved streams from the gold and scores
 * {@code alignInterleaved} on them.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Aligns every NNN.zh / NNN.en pair of GOLD_DIR (one sentence a line) and "
        + "scores the beads against NNN.align: exact-match and strict/lax precision, recall "
        + "and F1, micro-averaged over the documents.",
        "With --interleaved, builds interleaved streams from each gold document (pseudo-"
        + "paragraphs of 1-8 gold beads, each followed by its rendering, 10%% of renderings "
        + "dropped), aligns them with alignInterleaved and prints paragraph-pair and bead "
        + "precision, recall and F1 per layout (docs/accuracy.md)."})
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "directory of NNN.zh, "
      + "NNN.en and NNN.align files")
  Path goldDir;

  @Option(names = "--out", paramLabel = "DIR",
      description = "also write each document's alignment as DIR/NNN.align")
  Path outDir;

  @Option(names = "--without", paramLabel = "FEATURE", split = ",",
      description = "switch features off: ${COMPLETION-CANDIDATES}")
  List<Aligner.Feature> without = new ArrayList<>();

  @Option(names = "--calibration", description = "also print how well bead scores predict "
      + "exact matches: a reliability table by score tenth and the Brier score")
  boolean calibration;

  @Option(names = "--interleaved",
      description = "evaluate interleaved streams built from the gold documents")
  boolean interleaved;

  @Option(names = "--layout", paramLabel = "LAYOUT", split = ",",
      description = "with --interleaved: the layouts to build, ORDER-SEPARATOR with ORDER zh "
          + "or en and SEPARATOR none, space, line, blank or mixed (default: all ten)")
  List<String> layouts = new ArrayList<>();

  @picocli.CommandLine.Mixin DictionaryOptions dictionary;

  @Option(names = "--pooled",
      description = "learn the second pass's translation table once from all documents of"
          + " GOLD_DIR, not from each alone (the second pass runs only with --no-dictionary)")
  boolean pooled;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "with --interleaved: seed of paragraph sizes, drops and mixed separators "
          + "(default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--drop-rate", paramLabel = "R", defaultValue = "0.1",
      description = "with --interleaved: chance that a paragraph's rendering is left out "
          + "(default: ${DEFAULT-VALUE})")
  double dropRate = InterleavedEvaluation.DROP_RATE;

  @Override
  public Integer call() throws Exception {
    Aligner.Builder builder = Aligner.builder();
    for (Aligner.Feature f : without) {
      builder.feature(f, false);
    }
    dictionary.applyTo(builder, spec.commandLine());
    if (!interleaved && (!layouts.isEmpty() || seed != 1 || dropRate != InterleavedEvaluation.DROP_RATE)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--layout, --seed and --drop-rate need --interleaved");
    }
    if (!(dropRate >= 0 && dropRate <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--drop-rate: " + dropRate + " is not in [0, 1]");
    }
    if (interleaved && calibration) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--calibration scores pre-split documents: it does not combine with --interleaved");
    }
    Aligner aligner = builder.build();
    if (pooled) {
      PooledLearning.check(spec.commandLine(), aligner);
      if (interleaved) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--pooled scores pre-split documents: it does not combine with --interleaved");
      }
      aligner = aligner.toBuilder().learnedLexicon(Evaluation.learn(aligner, goldDir)).build();
    }
    if (interleaved) {
      List<InterleavedStream.Layout> chosen = new ArrayList<>();
      for (String name : layouts) {
        try {
          chosen.add(InterleavedStream.Layout.parse(name));
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--layout: " + e.getMessage());
        }
      }
      InterleavedEvaluation.Result result = InterleavedEvaluation.run(aligner, goldDir,
          chosen.isEmpty() ? InterleavedStream.Layout.all() : chosen, seed, dropRate, outDir);
      spec.commandLine().getOut().print(InterleavedEvaluation.report(result));
      spec.commandLine().getOut().flush();
      return Main.OK;
    }
    Evaluation.Result result = Evaluation.run(aligner, goldDir, outDir);
    spec.commandLine().getOut().print(Evaluation.report(result));
    if (calibration) {
      spec.commandLine().getOut().print(Calibration.run(aligner, goldDir).report());
    }
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
