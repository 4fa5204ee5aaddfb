package io.github.duiqi.eval;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.format.FormatException;
import io.github.duiqi.format.LadderEntry;
import io.github.duiqi.format.LadderReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hand-aligned document of a gold folder: {@code NAME.zh} and {@code NAME.en}, one sentence
 * a line, and {@code NAME.align}, the gold beads as a ladder ({@link LadderReader}: scores, if
 * any, are dropped, so beads compare by their sentence ids).
 *
 * @param name the document's name, e.g. {@code 001}
 * @param chinese the Chinese sentences
 * @param english the English sentences
 * @param gold the gold beads, without scores
 */
public record GoldDocument(String name, List<String> chinese, List<String> english,
    List<LadderEntry> gold) {

  /** Copies the lists and drops the gold beads' scores. */
  public GoldDocument {
    chinese = List.copyOf(chinese);
    english = List.copyOf(english);
    gold = gold.stream().map(LadderEntry::withoutScore).toList();
  }

  /**
   * Returns the names of the documents of {@code goldDir}, sorted: every {@code NAME.zh}.
   *
   * @throws NoSuchFileException if {@code goldDir} is not a directory
   * @throws IOException if it cannot be listed or holds no document
   */
  public static List<String> names(Path goldDir) throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new NoSuchFileException(goldDir.toString(), null, "not a directory");
    }
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".zh"))
          .map(f -> f.substring(0, f.length() - 3)).sorted().forEach(names::add);
    }
    if (names.isEmpty()) {
      throw new IOException(goldDir + ": no NNN.zh / NNN.en / NNN.align documents");
    }
    return names;
  }

  /**
   * Reads document {@code name} of {@code goldDir}.
   *
   * @throws FormatException if a file is not UTF-8, or the ladder is malformed, names a
   *     sentence the document does not have, or names a sentence twice (a duplicated or
   *     overlapping bead), with file and line
   * @throws IOException if a file is missing or unreadable
   */
  public static GoldDocument read(Path goldDir, String name) throws IOException {
    List<String> zh = TextFiles.lines(goldDir.resolve(name + ".zh"));
    List<String> en = TextFiles.lines(goldDir.resolve(name + ".en"));
    List<LadderEntry> gold = new ArrayList<>();
    // the line of the gold bead that holds each sentence: a sentence is in one bead at most
    long[] zhLine = new long[zh.size()];
    long[] enLine = new long[en.size()];
    try (LadderReader in = LadderReader.open(goldDir.resolve(name + ".align"))) {
      while (in.hasNext()) {
        LadderEntry e = in.next();
        checkIds(in, "Chinese", e.chineseIndices(), zhLine);
        checkIds(in, "English", e.englishIndices(), enLine);
        gold.add(e);
      }
    }
    return new GoldDocument(name, zh, en, gold);
  }

  /**
   * Checks that each id names a sentence of the document and no earlier bead holds it: a
   * duplicated or overlapping gold bead would count twice and change every figure.
   */
  private static void checkIds(LadderReader in, String side, List<Integer> ids, long[] lineOf) {
    for (int id : ids) {
      if (id >= lineOf.length) {
        throw new FormatException(in.source(), in.line(),
            side + " id " + id + " is outside the " + lineOf.length + " sentences");
      }
      if (lineOf[id] != 0) {
        throw new FormatException(in.source(), in.line(), side + " id " + id
            + " is already in the bead of line " + lineOf[id]
            + " (gold beads must not repeat or overlap)");
      }
    }
    for (int id : ids) {
      lineOf[id] = in.line();
    }
  }

  /**
   * The beads an aligner gives this document's sentences: the alignment, and its beads as
   * ladder entries without scores, in the same order.
   */
  record Aligned(Alignment alignment, List<LadderEntry> test) {

    /** Returns the beads' scores: {@code scores()[k]} is the score of {@code test().get(k)}. */
    double[] scores() {
      return alignment.beads().stream().mapToDouble(Bead::score).toArray();
    }
  }

  /** Aligns this document's sentences with {@code aligner} ({@code alignSentences}). */
  Aligned alignWith(Aligner aligner) {
    Alignment alignment = aligner.alignSentences(chinese, english);
    List<LadderEntry> test = new ArrayList<>(alignment.beads().size());
    for (Bead b : alignment.beads()) {
      test.add(new LadderEntry(b.chineseIndices(), b.englishIndices()));
    }
    return new Aligned(alignment, List.copyOf(test));
  }
}
