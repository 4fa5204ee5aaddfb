package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.DocumentVerdict;
import io.github.duiqi.DocumentPair;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatOptions;
import io.github.duiqi.format.WriteSummary;
import io.github.duiqi.io.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code duiqi align}: aligns a Chinese file with its English translation, or one interleaved
 * file, or a batch of pairs (a folder or a manifest), and writes the beads in one of the formats
 * of {@link AlignmentFormat}. The batch lives in {@link BatchAlign}, the files it writes in
 * {@link Output}.
 *
 * <p>Instances are made and used by picocli on one thread.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Aligns the sentences of ZH_FILE with those of EN_FILE (- reads standard input, for one"
            + " side only), or the paragraphs of one interleaved FILE, or a batch of pairs"
            + " (--batch, --manifest).",
        "",
        "Input is UTF-8, or UTF-16 with a byte order mark; --encoding reads other encodings."
            + " A file that is not UTF-8 but reads as GB18030, Big5 or UTF-16 is refused with"
            + " the option to give. A Chinese file with almost no Han, or an English file mostly"
            + " Han (files swapped?), is refused unless --no-language-check.",
        "",
        "Formats: ladder [zh ids]:[en ids]:score (0-based sentence ids); tsv zh<TAB>en<TAB>score;"
            + " jsonl {\"translation\":{\"zh\",\"en\"},...}; tmx (TMX 1.4); moses (two files,"
            + " line i renders line i; needs --out BASE); html (a review page). moses and jsonl"
            + " leave out beads with an empty side unless --keep-empty.",
        "",
        "Outputs are written to a temporary file and moved into place when complete; an output"
            + " that is an input is refused. A write error ends the run.", ""},
    footerHeading = "%nExit codes:%n",
    footer = {Main.EXIT_CODES_0, Main.EXIT_CODES_1, Main.EXIT_CODES_2, Main.EXIT_CODES_3,
        Main.EXIT_CODES_4, Main.EXIT_CODES_141, ""})
final class AlignCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..2", paramLabel = "FILE",
      description = "ZH_FILE EN_FILE, or one FILE with --interleaved; none with --batch")
  List<String> files = new ArrayList<>();

  @Option(names = "--presplit",
      description = "the files hold one sentence a line, ending in LF, CRLF or CR (otherwise"
          + " they are split as documents); a blank line is a paragraph break, not a sentence:"
          + " sentence ids count only the non-blank lines")
  boolean presplit;

  @Option(names = "--interleaved",
      description = "one file in which each paragraph is followed by its translation")
  boolean interleaved;

  @Option(names = "--encoding", paramLabel = "[zh=|en=]NAME",
      description = "the input encoding, any Java charset name (GB18030, Big5, UTF-16LE, ...),"
          + " for both sides or, with zh= or en=, for one; repeatable (default: UTF-8)")
  List<String> encodings = new ArrayList<>();

  @Option(names = "--no-language-check",
      description = "align even a Chinese side without Han or an English side mostly Han")
  boolean noLanguageCheck;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ladder",
      converter = FormatConverter.class,
      description = "tmx, tsv, jsonl, ladder, moses or html (default: ${DEFAULT-VALUE})")
  AlignmentFormat format;

  @Mixin BeadSelection selection;

  @Mixin DictionaryOptions dictionary;

  @Option(names = "--without", paramLabel = "FEATURE", split = ",",
      description = "switch features off (any case): ${COMPLETION-CANDIDATES}")
  List<Aligner.Feature> without = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "output file (default: standard output); the base name for moses; the "
          + "output folder with --batch or --manifest")
  Path out;

  @Option(names = "--batch", paramLabel = "IN_DIR",
      description = "align every NAME.zh/NAME.en pair in IN_DIR and its folders (every NAME.txt"
          + " with --interleaved), writing OUT_DIR/NAME.<format> and OUT_DIR/report.tsv")
  Path batch;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "align the pairs FILE lists, a line each: ZH_PATH<TAB>EN_PATH[<TAB>NAME]"
          + " (FILE[<TAB>NAME] with --interleaved), paths relative to FILE's folder; blank"
          + " lines and # comments are skipped")
  Path manifest;

  @Option(names = "--merge", paramLabel = "NAME", arity = "0..1", fallbackValue = "merged",
      description = "with a batch: one output for all pairs, OUT_DIR/NAME.<format> (default"
          + " NAME: ${FALLBACK-VALUE}), each unit naming its document (tmx: a prop"
          + " x-document; jsonl: \"doc\"; moses: line i of NAME.ids); tmx, jsonl or moses")
  String merge;

  @Option(names = "--threads", paramLabel = "N",
      description = "with a batch: align N pairs at once (default: one per core)")
  Integer threads;

  @Option(names = "--no-progress", description = "no progress bar, even on a terminal")
  boolean noProgress;

  @Option(names = "--pooled", negatable = true,
      description = "with a batch, without a dictionary: learn the second pass's translation"
          + " table once from all pairs (a first pass over the batch), then align each pair"
          + " with it, instead of learning a table from each pair alone; reads every pair"
          + " twice. The default for a batch with --no-dictionary; --no-pooled learns per pair")
  Boolean pooled;

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
  public Integer call() throws IOException {
    check();
    Aligner.Builder builder = Aligner.builder();
    for (Aligner.Feature f : without) {
      builder.feature(f, false);
    }
    boolean isBatch = batch != null || manifest != null;
    if (!isBatch) {
      // one pair: its independent parts may use every core (a batch's pairs already do)
      builder.parallelism(Runtime.getRuntime().availableProcessors());
    }
    Aligner aligner = dictionary.applyTo(builder, spec.commandLine()).build();
    if (Boolean.TRUE.equals(pooled)) {
      PooledLearning.check(spec.commandLine(), aligner);
    }
    FormatOptions options = selection.applyTo(FormatOptions.defaults(), format);
    return isBatch
        ? new BatchAlign(this, aligner, options).run() : single(aligner, options);
  }

  /**
   * Whether a batch learns one table from all its pairs: as asked, or by default wherever
   * the aligner runs a second pass (no dictionary), since pooling measured better on every
   * development set (docs/accuracy.md).
   */
  boolean pools(Aligner aligner) {
    return pooled != null ? pooled : PooledLearning.applies(aligner);
  }

  /** Whether empty-side beads are left out without the user asking (so it is worth a note). */
  boolean skipsEmptyByDefault() {
    return selection.skipsEmptyByDefault(format);
  }

  PairInput pairInput() {
    return new PairInput(Encodings.parse(spec.commandLine(), encodings), presplit,
        !noLanguageCheck, Main.stdin(spec));
  }

  private void check() {
    CommandLine cl = spec.commandLine();
    if (presplit && interleaved) {
      throw usage("--presplit and --interleaved exclude each other");
    }
    selection.check(cl);
    Encodings.parse(cl, encodings);
    boolean isBatch = batch != null || manifest != null;
    if (batch != null && manifest != null) {
      throw usage("--batch and --manifest exclude each other");
    }
    if (!isBatch && (merge != null || threads != null || pooled != null)) {
      throw usage((merge != null ? "--merge" : threads != null ? "--threads"
          : pooled ? "--pooled" : "--no-pooled") + " needs --batch or --manifest");
    }
    if (threads != null && threads < 1) {
      throw usage("--threads " + threads + " is less than 1");
    }
    if (isBatch) {
      if (!files.isEmpty()) {
        throw usage((batch != null ? "--batch" : "--manifest") + " takes no FILE arguments");
      }
      if (out == null) {
        throw usage((batch != null ? "--batch" : "--manifest") + " needs --out OUT_DIR");
      }
      if (merge != null && format != AlignmentFormat.TMX && format != AlignmentFormat.JSONL
          && format != AlignmentFormat.MOSES) {
        throw usage("--merge writes tmx, jsonl or moses, not " + format.formatName());
      }
      return;
    }
    int wanted = interleaved ? 1 : 2;
    if (files.size() != wanted) {
      throw usage(interleaved ? "--interleaved takes one FILE" : "expected ZH_FILE and EN_FILE");
    }
    if (!interleaved && InputFiles.STDIN.equals(files.get(0))
        && InputFiles.STDIN.equals(files.get(1))) {
      throw usage("only one of ZH_FILE and EN_FILE can be - (standard input)");
    }
    if (format == AlignmentFormat.MOSES && out == null) {
      throw usage("moses writes two files: give their base name with --out BASE");
    }
    if (out != null) {
      List<Path> inputs = new ArrayList<>();
      for (String f : files) {
        if (!InputFiles.STDIN.equals(f)) {
          inputs.add(Path.of(f));
        }
      }
      for (Path target : targets(out)) {
        Output.checkNotInput(target, inputs);
      }
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The files an output path stands for: itself, or for moses BASE.zh and BASE.en. */
  List<Path> targets(Path path) {
    return format == AlignmentFormat.MOSES ? format.outputFiles(path) : List.of(path);
  }

  private int single(Aligner aligner, FormatOptions options) throws IOException {
    String name = String.join(" + ", files);
    try {
      PairInput input = pairInput();
      DocumentPair pair = interleaved ? input.readInterleaved(files.get(0))
          : input.read(files.get(0), files.get(1));
      Alignment alignment = pair.alignWith(aligner);
      if (alignment.searchConstrained()) {
        spec.commandLine().getErr().println("duiqi: warning: " + name + ": the search's cell"
            + " budget stopped it before it could check its path; the beads may not be the best");
      }
      warnIfUnrelated(alignment, aligner);
      WriteSummary summary;
      if (out == null) {
        try (BeadWriter writer = format.writer(Output.stdout(spec), options.withTitle(name))) {
          writer.writeAll(alignment);
          summary = writer.summary();
        }
      } else {
        summary = write(alignment, out, options.withTitle(name));
      }
      note(null, summary);
      return Main.OK;
    } catch (PairInput.Refused e) {
      throw new CommandFailure(Main.USAGE, e.getMessage());
    } catch (OutOfMemoryError e) {
      throw new CommandFailure(Main.OUT_OF_MEMORY, outOfMemory(name));
    }
  }

  /**
   * Writes an alignment to {@code path} exactly (to {@code path.zh}/{@code path.en} for moses),
   * through temporary files moved into place when complete.
   */
  WriteSummary write(Alignment alignment, Path path, FormatOptions options) throws IOException {
    return Output.write(format, alignment, targets(path), options);
  }

  /** The one-line message of a pair too large for the heap. */
  static String outOfMemory(String name) {
    return String.format(Locale.ROOT, "%s: out of memory (Java heap: %d MB): give Java more, e.g."
        + " java -Xmx8g -jar duiqi-cli.jar ...", name, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** One line on stderr when the pair does not look like a translation. */
  private void warnIfUnrelated(Alignment alignment, Aligner aligner) {
    DocumentVerdict v = alignment.parallel();
    if (v.verdict() == DocumentVerdict.Verdict.UNRELATED) {
      spec.commandLine().getErr().printf(Locale.ROOT,
          "duiqi: warning: %s do not look like translations of each other (parallel %.3f%s);"
              + " their bead scores assume they are%n", String.join(" and ", files),
          v.probability(), aligner.lexicon().isPresent() ? "" : ", without a dictionary");
    }
  }

  /** Says what the output could not hold as it is, and what was left out by default. */
  void note(String name, WriteSummary summary) {
    String prefix = "duiqi: " + (name == null ? "" : name + ": ");
    long changed = summary.changedCharacters();
    if (changed > 0) {
      spec.commandLine().getErr().printf(Locale.ROOT,
          "%s%d characters that %s cannot hold were changed (%d escaped, %d replaced);"
              + " see docs/formats.md%n", prefix, changed,
          format.formatName(), summary.escapedCharacters(), summary.replacedCharacters());
    }
    if (skipsEmptyByDefault() && summary.beadsOmitted() > 0) {
      spec.commandLine().getErr().printf(Locale.ROOT,
          "%s%d beads with an empty side left out, as %s expects (--keep-empty keeps them)%n",
          prefix, summary.beadsOmitted(), format.formatName());
    }
  }
}
