package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.CorpusAligner;
import io.github.duiqi.DocumentPair;
import io.github.duiqi.eval.TextFiles;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatOptions;
import io.github.duiqi.format.WriteSummary;
import io.github.duiqi.io.InputFiles;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code duiqi align}: aligns a Chinese file with its English translation, or one interleaved
 * file, or every pair of files in a folder, and writes the beads in one of the formats of
 * {@link AlignmentFormat}.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Aligns the sentences of ZH_FILE with those of EN_FILE (UTF-8; - reads standard input),"
            + " or the paragraphs of one interleaved FILE, or every pair in a folder (--batch).",
        "",
        "Formats: ladder [zh ids]:[en ids]:score (0-based sentence ids); tsv zh<TAB>en<TAB>score;"
            + " jsonl {\"translation\":{\"zh\",\"en\"},...}; tmx (TMX 1.4); moses (two files,"
            + " line i renders line i; needs --out BASE); html (a review page)."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every pair aligned", "  1  --batch: some pairs failed (each is named on stderr)",
        "  2  bad usage, or an input that cannot be read", ""})
final class AlignCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "FILE",
      description = "ZH_FILE EN_FILE, or one FILE with --interleaved; none with --batch")
  List<String> files = new ArrayList<>();

  @Option(names = "--presplit",
      description = "the files hold one sentence a line (otherwise they are split as documents)")
  boolean presplit;

  @Option(names = "--interleaved",
      description = "one file in which each paragraph is followed by its translation")
  boolean interleaved;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ladder",
      converter = FormatConverter.class,
      description = "tmx, tsv, jsonl, ladder, moses or html (default: ${DEFAULT-VALUE})")
  AlignmentFormat format;

  @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "0",
      description = "leave out beads scoring below SCORE, in [0, 1] (default: ${DEFAULT-VALUE})")
  double minScore;

  @Option(names = "--skip-empty",
      description = "leave out beads with an empty side (untranslated or added sentences)")
  boolean skipEmpty;

  @Option(names = "--without", paramLabel = "FEATURE", split = ",",
      description = "switch features off: ${COMPLETION-CANDIDATES}")
  List<Aligner.Feature> without = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "output file (default: standard output); the base name for moses; the "
          + "output folder with --batch")
  Path out;

  @Option(names = "--batch", paramLabel = "IN_DIR",
      description = "align every NAME.zh/NAME.en pair in IN_DIR (every NAME.txt with "
          + "--interleaved) on all cores, writing OUT_DIR/NAME.<format>")
  Path batch;

  @Option(names = "--no-progress", description = "no progress bar, even on a terminal")
  boolean noProgress;

  /** Parses --format through the formats' own names, so the error lists them. */
  static final class FormatConverter implements CommandLine.ITypeConverter<AlignmentFormat> {
    @Override
    public AlignmentFormat convert(String value) {
      try {
        return AlignmentFormat.fromName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    check();
    Aligner.Builder builder = Aligner.builder();
    for (Aligner.Feature f : without) {
      builder.feature(f, false);
    }
    Aligner aligner = builder.build();
    FormatOptions options = FormatOptions.defaults().withMinScore(minScore)
        .withEmptySides(!skipEmpty);
    return batch != null ? new Batch(aligner, options).run() : single(aligner, options);
  }

  private void check() {
    CommandLine cl = spec.commandLine();
    if (presplit && interleaved) {
      throw new CommandLine.ParameterException(cl,
          "--presplit and --interleaved exclude each other");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new CommandLine.ParameterException(cl, "--min-score " + minScore
          + " is not in [0, 1]");
    }
    if (batch != null) {
      if (!files.isEmpty()) {
        throw new CommandLine.ParameterException(cl, "--batch takes no FILE arguments");
      }
      if (out == null) {
        throw new CommandLine.ParameterException(cl, "--batch needs --out OUT_DIR");
      }
      return;
    }
    int wanted = interleaved ? 1 : 2;
    if (files.size() != wanted) {
      throw new CommandLine.ParameterException(cl, interleaved
          ? "--interleaved takes one FILE" : "expected ZH_FILE and EN_FILE");
    }
    if (format == AlignmentFormat.MOSES && out == null) {
      throw new CommandLine.ParameterException(cl,
          "moses writes two files: give their base name with --out BASE");
    }
  }

  private int single(Aligner aligner, FormatOptions options) throws IOException {
    InputStream stdin = System.in;
    DocumentPair pair;
    if (interleaved) {
      pair = DocumentPair.ofInterleaved(InputFiles.read(files.get(0), stdin));
    } else {
      String chinese = InputFiles.read(files.get(0), stdin);
      String english = InputFiles.read(files.get(1), stdin);
      pair = presplit
          ? DocumentPair.ofSentences(TextFiles.lines(chinese), TextFiles.lines(english))
          : DocumentPair.ofDocuments(chinese, english);
    }
    Alignment alignment = pair.alignWith(aligner);
    WriteSummary summary;
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      try (BeadWriter writer = format.writer(new KeepOpen(stdout), options.withTitle(title()))) {
        writer.writeAll(alignment);
        summary = writer.summary();
      }
    } else {
      summary = write(alignment, out, format == AlignmentFormat.MOSES, options.withTitle(title()));
    }
    note(null, summary);
    return Main.OK;
  }

  private String title() {
    return String.join(" + ", files);
  }

  /** Writes to exactly {@code path} (to {@code path.zh}/{@code path.en} for moses). */
  private WriteSummary write(Alignment alignment, Path path, boolean base, FormatOptions options)
      throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    BeadWriter writer = base ? format.writer(path, options)
        : format.writer(Files.newOutputStream(path), options);
    try (writer) {
      writer.writeAll(alignment);
    }
    return writer.summary();
  }

  private void note(String name, WriteSummary summary) {
    long changed = summary.changedCharacters();
    if (changed > 0) {
      spec.commandLine().getErr().printf(Locale.ROOT,
          "duiqi: %s%d characters that %s cannot hold were changed (%d escaped, %d replaced);"
              + " see docs/formats.md%n", name == null ? "" : name + ": ", changed,
          format.formatName(), summary.escapedCharacters(), summary.replacedCharacters());
    }
  }

  /** Batch mode: every pair of a folder, on all cores, one output per pair. */
  private final class Batch {
    private final Aligner aligner;
    private final FormatOptions options;
    private final PrintWriter err = spec.commandLine().getErr();
    private final boolean progress = !noProgress && Terminal.isStderrTerminal();
    private int done;
    private int failed;
    private long beads;
    private final BatchIndexPage index;

    Batch(Aligner aligner, FormatOptions options) {
      this.aligner = aligner;
      this.options = options;
      this.index = format == AlignmentFormat.HTML
          ? new BatchIndexPage(options.lowScoreThreshold()) : null;
    }

    int run() throws IOException {
      if (!Files.isDirectory(batch)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--batch " + batch + ": no such folder");
      }
      if (Files.isDirectory(out) && Files.isSameFile(batch, out)
          && format == AlignmentFormat.MOSES) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "moses output NAME.zh/NAME.en would overwrite the inputs: choose another --out");
      }
      Files.createDirectories(out);
      TreeMap<String, List<Path>> pairs = listPairs();
      if (index != null && pairs.containsKey("index")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "a pair named 'index' would"
            + " be overwritten by the batch's " + BatchIndexPage.FILE + ": rename it");
      }
      int total = pairs.size();
      CorpusAligner corpus = CorpusAligner.create().withAligner(aligner);
      corpus.align(pairs.keySet().iterator(), name -> load(name, pairs.get(name)), result -> {
        String name = result.key();
        if (result.succeeded()) {
          try {
            Path base = out.resolve(name);
            Path target = format == AlignmentFormat.MOSES ? base
                : out.resolve(name + "." + format.extensions().get(0));
            WriteSummary summary = write(result.alignmentOrThrow(), target,
                format == AlignmentFormat.MOSES, options.withTitle(inputs(name)));
            if (index != null) {
              index.add(name, result.alignmentOrThrow());
            }
            beads += summary.beadsWritten();
            clearProgress();
            note(name, summary);
          } catch (IOException e) {
            fail(name, "cannot write output: " + e.getMessage());
          }
        } else {
          fail(name, message(result.failure()));
        }
        done++;
        showProgress(total);
      });
      clearProgress();
      if (index != null) {
        index.write(out.resolve(BatchIndexPage.FILE), "duiqi review: " + batch);
      }
      err.printf(Locale.ROOT, "duiqi: aligned %d of %d pairs (%d failed), %d beads written to %s%n",
          total - failed, total, failed, beads, out);
      err.flush();
      return failed == 0 ? Main.OK : Main.SOME_FAILED;
    }

    /** NAME -> its files; a name with one side missing gets a list of one. */
    private TreeMap<String, List<Path>> listPairs() throws IOException {
      TreeMap<String, List<Path>> pairs = new TreeMap<>();
      List<String> extensions = interleaved ? List.of(".txt") : List.of(".zh", ".en");
      try (Stream<Path> listing = Files.list(batch)) {
        for (Path p : (Iterable<Path>) listing.sorted()::iterator) {
          String file = p.getFileName().toString();
          for (String ext : extensions) {
            if (file.endsWith(ext) && file.length() > ext.length() && !Files.isDirectory(p)) {
              pairs.computeIfAbsent(file.substring(0, file.length() - ext.length()),
                  k -> new ArrayList<>()).add(p);
            }
          }
        }
      }
      return pairs;
    }

    private DocumentPair load(String name, List<Path> paths) {
      try {
        if (interleaved) {
          return DocumentPair.ofInterleaved(InputFiles.read(paths.get(0).toString(), System.in));
        }
        Path zh = batch.resolve(name + ".zh");
        Path en = batch.resolve(name + ".en");
        if (paths.size() < 2) {
          throw new IllegalArgumentException("missing " + (paths.get(0).equals(zh)
              ? en.getFileName() : zh.getFileName()));
        }
        String chinese = InputFiles.read(zh.toString(), System.in);
        String english = InputFiles.read(en.toString(), System.in);
        return presplit
            ? DocumentPair.ofSentences(TextFiles.lines(chinese), TextFiles.lines(english))
            : DocumentPair.ofDocuments(chinese, english);
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
    }

    private String message(RuntimeException e) {
      String m = e.getMessage();
      return m == null ? e.getClass().getSimpleName() : m;
    }

    private String inputs(String name) {
      return interleaved ? batch.resolve(name + ".txt").toString()
          : batch.resolve(name + ".zh") + " + " + batch.resolve(name + ".en");
    }

    private void fail(String name, String why) {
      if (index != null) {
        index.fail(name, why);
      }
      failed++;
      clearProgress();
      err.println("duiqi: " + name + ": " + why);
    }

    private void showProgress(int total) {
      if (!progress) {
        return;
      }
      int width = 30;
      int filled = total == 0 ? width : (int) ((long) done * width / total);
      err.printf(Locale.ROOT, "\r[%s%s] %d/%d pairs%s", "=".repeat(filled),
          " ".repeat(width - filled), done, total, failed > 0 ? ", " + failed + " failed" : "");
      err.flush();
    }

    private void clearProgress() {
      if (progress) {
        err.print("\r\033[K");
        err.flush();
      }
    }
  }

  /** Lets a format writer close its output without closing standard output. */
  private static final class KeepOpen extends FilterWriter {
    KeepOpen(PrintWriter out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** Whether standard error is a terminal, for the progress bar. */
  static final class Terminal {
    private Terminal() {}

    static boolean isStderrTerminal() {
      try {
        // Java 17 cannot ask about stderr alone; on Linux its file descriptor says
        Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
        String t = target.toString();
        return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
  }

}
