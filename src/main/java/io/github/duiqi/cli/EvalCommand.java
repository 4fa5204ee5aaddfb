package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.eval.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code duiqi eval [--out DIR] GOLD_DIR}: aligns gold documents and scores the result. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Aligns every NNN.zh / NNN.en pair of GOLD_DIR (one sentence a line) and "
        + "scores the beads against NNN.align: exact-match and strict/lax precision, recall "
        + "and F1, micro-averaged over the documents."})
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

  @Override
  public Integer call() throws Exception {
    Aligner.Builder builder = Aligner.builder();
    for (Aligner.Feature f : without) {
      builder.feature(f, false);
    }
    Evaluation.Result result = Evaluation.run(builder.build(), goldDir, outDir);
    spec.commandLine().getOut().print(Evaluation.report(result));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
