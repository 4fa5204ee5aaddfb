package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.CorpusAligner;
import io.github.duiqi.DocumentPair;
import io.github.duiqi.DocumentResult;
import io.github.duiqi.LearnedLexicon;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatOptions;
import io.github.duiqi.format.WriteSummary;
import io.github.duiqi.io.InputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * {@code align --batch IN_DIR} or {@code --manifest FILE}: aligns every pair on all cores
 * (or {@code --threads}), writes one output per pair or one merged output ({@code --merge}),
 * and {@code OUT_DIR/report.tsv} with a row per pair. A pair that cannot be read, is refused or
 * does not fit in the heap fails alone and the others go on; a write error ends the run. With
 * {@code --pooled} (the default without a dictionary), a first phase aligns every pair with the first pass only and learns one
 * translation table from them all; the second aligns and writes each pair with it.
 *
 * <p>Used once, on one thread.
 */
final class BatchAlign {

  static final String REPORT = "report.tsv";

  private final AlignCommand command;
  private final Aligner aligner;
  private final FormatOptions options;
  private final PrintWriter err;
  private final PairInput input;
  private final AlignmentFormat format;
  private final Path out;
  private final List<PairReport.Row> rows = new ArrayList<>();
  private @Nullable Merged merged;
  /** The review pages' index, for {@code --format html} with a page a pair. */
  private final @Nullable BatchIndexPage index;
  private Progress progress;
  private int failed;
  private long beads;
  private long omitted;

  BatchAlign(AlignCommand command, Aligner aligner, FormatOptions options) {
    this.command = command;
    this.aligner = aligner;
    this.options = options;
    this.err = command.spec.commandLine().getErr();
    this.input = command.pairInput();
    this.format = command.format;
    this.out = command.out;
    this.index = format == AlignmentFormat.HTML && command.merge == null
        ? new BatchIndexPage(options.lowScoreThreshold()) : null;
  }

  int run() throws IOException {
    List<BatchPairs.Pair> pairs = listPairs();
    checkOutputs(pairs);
    CorpusAligner corpus = CorpusAligner.create().withAligner(aligner);
    if (command.threads != null) {
      corpus = corpus.withThreads(command.threads);
    }
    if (command.pools(aligner)) {
      corpus = corpus.withAligner(aligner.toBuilder().learnedLexicon(learn(corpus, pairs))
          .build());
    }
    progress = Progress.start(err, pairs.size(), !command.noProgress);
    try (Output.FileSet files = Output.files()) {
      if (command.merge != null) {
        merged = new Merged(files, out.resolve(command.merge));
      }
      alignAll(corpus, pairs, this::deliver, pair -> {
        fail(pair, PairReport.Status.OUT_OF_MEMORY, AlignCommand.outOfMemory(pair.name()));
        progress.step(failed);
      });
      if (merged != null) {
        merged.close();
      }
      try (Writer report = Output.utf8(files.create(out.resolve(REPORT)))) {
        PairReport.write(report, rows);
      }
      if (index != null) {
        try (Writer page = Output.utf8(files.create(out.resolve(BatchIndexPage.FILE)))) {
          index.write(page, "duiqi review: " + (command.manifest != null ? command.manifest
              : command.batch));
        }
      }
      files.commit();
    } finally {
      progress.clear();
    }
    err.printf(Locale.ROOT, "duiqi: aligned %d of %d pairs (%d failed), %d beads written to %s;"
        + " report: %s%n", pairs.size() - failed, pairs.size(), failed, beads,
        merged != null ? String.join(" and ", merged.names()) : out, out.resolve(REPORT));
    if (command.skipsEmptyByDefault() && omitted > 0) {
      err.printf(Locale.ROOT, "duiqi: %d beads with an empty side left out, as %s expects"
          + " (--keep-empty keeps them)%n", omitted, format.formatName());
    }
    err.flush();
    return failed == 0 ? Main.OK : Main.SOME_FAILED;
  }

  private List<BatchPairs.Pair> listPairs() throws IOException {
    CommandLine cl = command.spec.commandLine();
    List<BatchPairs.Pair> pairs;
    String where;
    if (command.manifest != null) {
      if (!Files.isRegularFile(command.manifest)) {
        throw new CommandLine.ParameterException(cl, "--manifest " + command.manifest
            + ": no such file");
      }
      pairs = BatchPairs.fromManifest(command.manifest, command.interleaved);
      where = "in the manifest " + command.manifest;
    } else {
      if (!Files.isDirectory(command.batch)) {
        throw new CommandLine.ParameterException(cl, "--batch " + command.batch
            + ": no such folder");
      }
      pairs = BatchPairs.fromFolder(command.batch, command.interleaved, out);
      where = "in " + command.batch + " or its folders";
    }
    if (pairs.isEmpty()) {
      throw new CommandFailure(Main.USAGE, "no pairs found " + where + " (expected "
          + (command.interleaved ? "NAME.txt" : "NAME.zh with NAME.en") + " files)");
    }
    return pairs;
  }

  /** Refuses, before any work, outputs that are inputs or that two pairs would share. */
  private void checkOutputs(List<BatchPairs.Pair> pairs) {
    List<Path> inputs = new ArrayList<>();
    for (BatchPairs.Pair p : pairs) {
      inputs.addAll(p.inputs());
    }
    Output.InputSet protectedFiles = Output.InputSet.of(inputs);
    Map<Path, String> owners = new HashMap<>();
    List<Path> targets = new ArrayList<>();
    targets.add(out.resolve(REPORT));
    owners.put(out.resolve(REPORT).normalize(), "the report");
    if (index != null) {
      targets.add(out.resolve(BatchIndexPage.FILE));
      owners.put(out.resolve(BatchIndexPage.FILE).normalize(), "the index page");
    }
    if (command.merge != null) {
      for (Path t : Merged.targets(format, out.resolve(command.merge))) {
        targets.add(t);
        owners.put(t.normalize(), "the merged output");
      }
    } else {
      for (BatchPairs.Pair p : pairs) {
        for (Path t : targets(p)) {
          String owner = owners.putIfAbsent(t.normalize(), "pair " + p.name());
          if (owner != null) {
            throw new CommandFailure(Main.USAGE, "pair " + p.name() + " and " + owner
                + " would both write " + t);
          }
          targets.add(t);
        }
      }
    }
    for (Path t : targets) {
      protectedFiles.check(t);
    }
  }

  private List<Path> targets(BatchPairs.Pair p) {
    Path base = out.resolve(p.name());
    return format == AlignmentFormat.MOSES ? format.outputFiles(base)
        : List.of(out.resolve(p.name() + "." + format.extensions().get(0)));
  }

  /**
   * Phase 1 of {@code --pooled}: aligns every pair with the first pass only and learns one
   * table from them all. A pair that fails here adds nothing; phase 2 tries it again and
   * reports what happens then.
   */
  private LearnedLexicon learn(CorpusAligner corpus, List<BatchPairs.Pair> pairs) {
    Aligner firstPass = aligner.toBuilder().feature(Aligner.Feature.LEARNED_LEXICON, false)
        .build();
    LearnedLexicon.Builder learning = LearnedLexicon.builder();
    progress = Progress.start(err, pairs.size(), !command.noProgress);
    try {
      alignAll(corpus.withAligner(firstPass), pairs, result -> {
        if (result.succeeded()) {
          learning.add(result.alignmentOrThrow());
        }
        progress.step(0);
      }, pair -> progress.step(0));
    } finally {
      progress.clear();
    }
    LearnedLexicon table = learning.build();
    err.printf(Locale.ROOT, "duiqi: learned one table from the first pass of %d of %d pairs"
        + " (%d confident beads%s)%n", table.documents(), pairs.size(), table.confidentBeads(),
        table.sampled() ? ", " + table.trainingBeads() + " of them trained on" : "");
    err.flush();
    return table;
  }

  /**
   * Aligns the pairs in order. A pair that runs out of memory stops the corpus run; it is tried
   * again alone (the memory may have gone to the pairs aligned beside it), and the run goes on
   * after it; if it runs out again, {@code outOfMemory} gets it.
   */
  private void alignAll(CorpusAligner corpus, List<BatchPairs.Pair> pairs,
      Consumer<DocumentResult<BatchPairs.Pair>> deliver,
      Consumer<BatchPairs.Pair> outOfMemory) {
    int next = 0;
    while (next < pairs.size()) {
      int[] delivered = {next};
      try {
        corpus.align(pairs.subList(next, pairs.size()).iterator(), this::load, result -> {
          deliver.accept(result);
          delivered[0]++;
        });
        return;
      } catch (OutOfMemoryError e) {
        BatchPairs.Pair pair = pairs.get(delivered[0]);
        try {
          corpus.withThreads(1).withMaxInFlight(1).align(List.of(pair).iterator(), this::load,
              deliver);
        } catch (OutOfMemoryError again) {
          outOfMemory.accept(pair);
        }
        next = delivered[0] + 1;
      }
    }
  }

  private DocumentPair load(BatchPairs.Pair pair) {
    try {
      for (Path p : pair.inputs()) {
        if (!Files.exists(p)) {
          throw new PairInput.Refused("missing " + (command.manifest != null ? p
              : p.getFileName()));
        }
      }
      return pair.english() == null ? input.readInterleaved(pair.chinese().toString())
          : input.read(pair.chinese().toString(), pair.english().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Runs on the calling thread, in input order. */
  private void deliver(DocumentResult<BatchPairs.Pair> result) {
    BatchPairs.Pair pair = result.key();
    if (result.succeeded()) {
      Alignment alignment = result.alignmentOrThrow();
      try {
        Path path = format == AlignmentFormat.MOSES ? out.resolve(pair.name())
            : targets(pair).get(0);
        WriteSummary summary = merged != null ? merged.write(pair.name(), alignment)
            : command.write(alignment, path, options.withTitle(inputs(pair)));
        if (index != null) {
          index.add(pair.name(), alignment);
        }
        beads += summary.beadsWritten();
        omitted += summary.beadsOmitted();
        rows.add(PairReport.Row.of(pair.name(), alignment));
        if (summary.changedCharacters() > 0) {
          progress.clear();
          command.note(pair.name(), summary);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (OutOfMemoryError e) {
        // not the pair's alignment but its output: trying again could write it twice
        throw new CommandFailure(Main.OUT_OF_MEMORY, AlignCommand.outOfMemory(pair.name()
            + " (writing)"));
      }
    } else {
      RuntimeException e = result.failure();
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      fail(pair, PairReport.Status.FAILED, pair.name() + ": " + m);
    }
    progress.step(failed);
  }

  /** The pair's input files, as a review page's title names them. */
  private static String inputs(BatchPairs.Pair pair) {
    StringBuilder b = new StringBuilder();
    for (Path p : pair.inputs()) {
      b.append(b.length() == 0 ? "" : " + ").append(p);
    }
    return b.toString();
  }

  private void fail(BatchPairs.Pair pair, PairReport.Status status, String message) {
    if (index != null) {
      String prefix = pair.name() + ": ";
      index.fail(pair.name(), message.startsWith(prefix) ? message.substring(prefix.length())
          : message);
    }
    failed++;
    progress.clear();
    err.println("duiqi: " + message);
    rows.add(PairReport.Row.failed(pair.name(), status, message));
  }

  /** One output for all pairs; each bead names its pair. */
  private final class Merged {
    private final BeadWriter writer;
    private final @Nullable Writer ids;
    private final List<String> names = new ArrayList<>();

    Merged(Output.FileSet files, Path base) throws IOException {
      List<Path> targets = targets(format, base);
      for (Path t : targets) {
        names.add(t.toString());
      }
      FormatOptions titled = options.withTitle(base.getFileName().toString());
      if (format == AlignmentFormat.MOSES) {
        writer = AlignmentFormat.mosesWriter(files.create(targets.get(0)),
            files.create(targets.get(1)), titled);
        ids = Output.utf8(files.create(targets.get(2)));
      } else {
        writer = format.writer(files.create(targets.get(0)), titled);
        ids = null;
      }
    }

    /** The merged files: BASE.ext, or for moses BASE.zh, BASE.en and BASE.ids. */
    static List<Path> targets(AlignmentFormat format, Path base) {
      if (format == AlignmentFormat.MOSES) {
        List<Path> files = new ArrayList<>(format.outputFiles(base));
        files.add(base.resolveSibling(base.getFileName() + ".ids"));
        return files;
      }
      return List.of(base.resolveSibling(base.getFileName() + "." + format.extensions()
          .get(0)));
    }

    List<String> names() {
      return names;
    }

    WriteSummary write(String name, Alignment alignment) throws IOException {
      long writtenBefore = writer.summary().beadsWritten();
      long omittedBefore = writer.summary().beadsOmitted();
      writer.startDocument(name);
      writer.writeAll(alignment);
      WriteSummary total = writer.summary();
      if (ids != null) {
        String line = PairReport.field(name) + "\n";
        for (long k = writtenBefore; k < total.beadsWritten(); k++) {
          ids.write(line);
        }
      }
      return new WriteSummary(total.beadsWritten() - writtenBefore,
          total.beadsOmitted() - omittedBefore, 0, 0);
    }

    void close() throws IOException {
      writer.close();
      if (ids != null) {
        ids.close();
      }
      WriteSummary total = writer.summary();
      if (total.changedCharacters() > 0) {
        command.note(null, total);
      }
    }
  }
}
