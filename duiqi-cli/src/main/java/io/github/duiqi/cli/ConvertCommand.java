package io.github.duiqi.cli;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.Segmentation;
import io.github.duiqi.Sentence;
import io.github.duiqi.SentenceSplitter;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatException;
import io.github.duiqi.format.FormatOptions;
import io.github.duiqi.format.LadderEntry;
import io.github.duiqi.format.LadderReader;
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
 * {@code duiqi convert}: writes the beads of a ladder file (a corrected one exported from the
 * review page, a gold file, or {@code align}'s own) over the sentences of two texts, in any
 * output format. The texts are read and split exactly as {@code align} reads and splits them,
 * so {@code align --format ladder} followed by {@code convert --format F} writes what
 * {@code align --format F} writes.
 *
 * <p>The ladder must fit the texts: every sentence of each side in exactly one bead, in order.
 * An id out of range, a sentence left out (a gap) or in two beads (an overlap) is an error that
 * names the ladder file and line (exit code 2). A line without a score is a bead made by hand:
 * it gets the score 1.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
        "Writes the beads of LADDER_FILE ([zh ids]:[en ids]:score a line, 0-based sentence ids)"
            + " over the sentences of ZH_FILE and EN_FILE in FORMAT. The files are read and split"
            + " as 'align' reads and splits them (--presplit: one sentence a line).",
        "",
        "Use it to turn a ladder corrected in the review page into TMX, or a gold ladder into"
            + " TSV. A ladder line without a score gets the score 1 (a bead made by hand)."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  written", "  2  bad usage, an input that cannot be read, or a ladder that"
        + " does not fit the texts (the message names the file and line)", ""})
final class ConvertCommand implements Callable<Integer> {

  /** Score of a ladder line that has none. */
  static final double HAND_MADE = 1.0;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ZH_FILE", description = "the Chinese text (UTF-8)")
  String chineseFile;

  @Parameters(index = "1", paramLabel = "EN_FILE", description = "the English text (UTF-8)")
  String englishFile;

  @Parameters(index = "2", paramLabel = "LADDER_FILE", description = "the beads, one a line")
  Path ladderFile;

  @Option(names = "--presplit",
      description = "the files hold one sentence a line (otherwise they are split as"
          + " documents); a blank line is a paragraph break, not a sentence: ids count only the"
          + " non-blank lines, as 'align --presplit' writes them")
  boolean presplit;

  @Option(names = "--format", paramLabel = "FORMAT", required = true,
      converter = AlignCommand.FormatConverter.class,
      description = "tmx, tsv, jsonl, ladder, moses or html")
  AlignmentFormat format;

  @Mixin BeadSelection selection;

  @Option(names = {"-o", "--out"}, paramLabel = "PATH",
      description = "output file (default: standard output); the base name for moses")
  Path out;

  @Override
  public Integer call() throws IOException {
    selection.check(spec.commandLine());
    if (format == AlignmentFormat.MOSES && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "moses writes two files: give their base name with --out BASE");
    }
    if (InputFiles.STDIN.equals(chineseFile) && InputFiles.STDIN.equals(englishFile)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "only one of ZH_FILE and EN_FILE can be standard input");
    }
    String chinese = InputFiles.read(chineseFile, System.in);
    String english = InputFiles.read(englishFile, System.in);
    Sentences sentences = sentences(chinese, english);
    List<Bead> beads = fit(readLadder(ladderFile), sentences.chinese(), sentences.english());
    Alignment alignment = new Alignment(sentences.chinese(), sentences.english(), beads, List.of());
    FormatOptions options = selection.applyTo(FormatOptions.defaults(), format)
        .withTitle(chineseFile + " + " + englishFile);
    WriteSummary summary = out == null ? toStandardOutput(alignment, options)
        : toFiles(alignment, options);
    long changed = summary.changedCharacters();
    if (changed > 0) {
      spec.commandLine().getErr().printf(Locale.ROOT,
          "duiqi: %d characters that %s cannot hold were changed (%d escaped, %d replaced);"
              + " see docs/formats.md%n", changed, format.formatName(),
          summary.escapedCharacters(), summary.replacedCharacters());
    }
    return Main.OK;
  }

  /**
   * The sentences {@code align} would align: the non-blank lines for {@code --presplit} (blank
   * lines are paragraph breaks and have no id; offsets into the lines joined with {@code \n}, as
   * {@link Aligner#alignSentences}), else the sentences of the
   * aligner's own segmentation of each document, which {@link Aligner#align(String, String)}
   * aligns.
   */
  private Sentences sentences(String chinese, String english) {
    if (!presplit) {
      SentenceSplitter splitter = Aligner.create().splitter();
      return new Sentences(splitter.segment(chinese).sentences(),
          splitter.segment(english).sentences());
    }
    return new Sentences(lines(chinese), lines(english));
  }

  /** The sentences of both sides. */
  record Sentences(List<Sentence> chinese, List<Sentence> english) {}

  /** The sentences of a file of one sentence a line, as the aligner reads them. */
  private static List<Sentence> lines(String text) {
    return Segmentation.ofLines(InputFiles.lines(text)).sentences();
  }

  /** A ladder line and where it stands. */
  record Rung(LadderEntry entry, long line) {}

  /** Reads the ladder's entries with their line numbers (LadderReader skips blank lines). */
  static List<Rung> readLadder(Path file) throws IOException {
    List<Rung> rungs = new ArrayList<>();
    try (LadderReader in = LadderReader.open(file)) {
      while (in.hasNext()) {
        LadderEntry e = in.next();
        rungs.add(new Rung(e, in.line()));
      }
    }
    return rungs;
  }

  /**
   * Makes the beads of the rungs, checking that they cover each side's sentences once, in order.
   *
   * @throws FormatException naming the ladder's line where they do not
   */
  List<Bead> fit(List<Rung> rungs, List<Sentence> chinese, List<Sentence> english)
      throws FormatException {
    String source = ladderFile.toString();
    List<Bead> beads = new ArrayList<>(rungs.size());
    int[] next = {0, 0};
    long last = 0;
    for (Rung rung : rungs) {
      LadderEntry e = rung.entry();
      int chineseFrom = next[0];
      int englishFrom = next[1];
      check(source, rung.line(), "Chinese", chineseFile, e.chineseIndices(), chinese.size(), next, 0);
      check(source, rung.line(), "English", englishFile, e.englishIndices(), english.size(), next, 1);
      // placed where each side starts, so that an empty side sits before its next sentence
      beads.add(new Bead(chineseFrom, englishFrom, chinese.subList(chineseFrom, next[0]),
          english.subList(englishFrom, next[1]), e.score().orElse(HAND_MADE)));
      last = rung.line();
    }
    if (next[0] < chinese.size() || next[1] < english.size()) {
      String side = next[0] < chinese.size() ? "Chinese" : "English";
      int from = next[0] < chinese.size() ? next[0] : next[1];
      int size = next[0] < chinese.size() ? chinese.size() : english.size();
      String text = next[0] < chinese.size() ? chineseFile : englishFile;
      throw new FormatException(source, last, (last == 0 ? "no bead: " : "after the last bead, ")
          + side + " " + sentences(from, size - 1) + " in no bead (" + text + " has " + size
          + ")");
    }
    return beads;
  }

  private static void check(String source, long line, String side, String textFile,
      List<Integer> ids, int size, int[] next, int s) throws FormatException {
    for (int id : ids) {
      if (id >= size) {
        throw new FormatException(source, line, side + " sentence " + id + " does not exist: "
            + textFile + " has " + size + " sentences (ids are 0-based)");
      }
      if (id < next[s]) {
        throw new FormatException(source, line, side + " sentence " + id
            + " is already in an earlier bead (beads overlap or are out of order)");
      }
      if (id > next[s]) {
        throw new FormatException(source, line, side + " " + sentences(next[s], id - 1)
            + " in no bead (a gap before sentence " + id + ")");
      }
      next[s]++;
    }
  }

  private static String sentences(int from, int to) {
    return from == to ? "sentence " + from + " is" : "sentences " + from + "-" + to + " are";
  }

  private WriteSummary toStandardOutput(Alignment alignment, FormatOptions options)
      throws IOException {
    // the writer flushes standard output when it closes and leaves it open
    try (BeadWriter writer = format.writer(Output.stdout(spec), options)) {
      writer.writeAll(alignment);
      return writer.summary();
    }
  }

  private WriteSummary toFiles(Alignment alignment, FormatOptions options) throws IOException {
    List<Path> targets = format == AlignmentFormat.MOSES ? format.outputFiles(out) : List.of(out);
    List<Path> inputs = new ArrayList<>();
    for (String input : List.of(chineseFile, englishFile, ladderFile.toString())) {
      if (!InputFiles.STDIN.equals(input)) {
        inputs.add(Path.of(input));
      }
    }
    for (Path target : targets) {
      Output.checkNotInput(target, inputs);
    }
    return Output.write(format, alignment, targets, options);
  }
}
