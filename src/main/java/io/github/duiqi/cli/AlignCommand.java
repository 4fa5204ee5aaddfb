package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.eval.Scores;
import io.github.duiqi.eval.TextFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code duiqi align [--presplit] [--format ladder|tsv] ZH_FILE EN_FILE}: aligns a Chinese file
 * with its English translation and prints the beads.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
    description = {"Aligns the sentences of ZH_FILE with those of EN_FILE (UTF-8) and prints "
        + "one bead a line.",
        "ladder: [zh ids]:[en ids]:score, 0-based sentence ids; tsv: zh<TAB>en<TAB>score."})
final class AlignCommand implements Callable<Integer> {

  /** Output formats; each writes all beads of an alignment. */
  enum Format {
    ladder, tsv
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ZH_FILE", description = "the Chinese text")
  Path chineseFile;

  @Parameters(index = "1", paramLabel = "EN_FILE", description = "the English text")
  Path englishFile;

  @Option(names = "--presplit",
      description = "the files hold one sentence a line (otherwise they are split as documents)")
  boolean presplit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ladder",
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--without", paramLabel = "FEATURE", split = ",",
      description = "switch features off: ${COMPLETION-CANDIDATES}")
  List<Aligner.Feature> without = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    Aligner.Builder builder = Aligner.builder();
    for (Aligner.Feature f : without) {
      builder.feature(f, false);
    }
    Aligner aligner = builder.build();
    if (!presplit) {
      throw new ParameterException(spec.commandLine(),
          "this build aligns pre-split files only: add --presplit");
    }
    Alignment alignment = aligner.alignSentences(TextFiles.lines(chineseFile),
        TextFiles.lines(englishFile));
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case ladder -> writeLadder(alignment, out);
      case tsv -> writeTsv(alignment, out);
      default -> throw new IllegalStateException("unknown format " + format);
    }
    out.flush();
    return Main.OK;
  }

  private static void writeLadder(Alignment alignment, PrintWriter out) {
    StringBuilder line = new StringBuilder();
    for (Bead b : alignment.beads()) {
      line.setLength(0);
      appendIds(line, b.chineseIndices()).append(':');
      appendIds(line, b.englishIndices()).append(':').append(Scores.formatScore(b.score()));
      out.println(line);
    }
  }

  private static StringBuilder appendIds(StringBuilder sb, List<Integer> ids) {
    sb.append('[');
    for (int k = 0; k < ids.size(); k++) {
      if (k > 0) {
        sb.append(',');
      }
      sb.append(ids.get(k));
    }
    return sb.append(']');
  }

  private static void writeTsv(Alignment alignment, PrintWriter out) {
    for (Bead b : alignment.beads()) {
      out.println(oneLine(b.chineseText()) + "\t" + oneLine(b.englishText()) + "\t"
          + Scores.formatScore(b.score()));
    }
  }

  /** Tabs and line breaks inside a sentence would break the TSV row: they become spaces. */
  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
