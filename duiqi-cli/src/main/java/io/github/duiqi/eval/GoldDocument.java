package io.github.duiqi.eval;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One hand-aligned document of a gold folder: {@code NAME.zh} and {@code NAME.en}, one sentence
 * a line, and {@code NAME.align}, the gold beads as a ladder.
 *
 * @param name the document's name, e.g. {@code 001}
 * @param chinese the Chinese sentences
 * @param english the English sentences
 * @param gold the gold beads
 */
public record GoldDocument(String name, List<String> chinese, List<String> english,
    List<Ladder.Rung> gold) {

  /** Copies the lists. */
  public GoldDocument {
    chinese = List.copyOf(chinese);
    english = List.copyOf(english);
    gold = List.copyOf(gold);
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
   * @throws MalformedAlignmentException if the ladder is malformed (with file and line)
   * @throws IOException if a file is missing, unreadable or not UTF-8
   */
  public static GoldDocument read(Path goldDir, String name) throws IOException {
    List<String> zh = TextFiles.lines(goldDir.resolve(name + ".zh"));
    List<String> en = TextFiles.lines(goldDir.resolve(name + ".en"));
    return new GoldDocument(name, zh, en,
        Ladder.read(goldDir.resolve(name + ".align"), zh.size(), en.size()));
  }

  /**
   * The beads an aligner gives this document's sentences, as rungs, with their scores:
   * {@code scores[k]} is the score of {@code test.get(k)}.
   */
  record Aligned(List<Ladder.Rung> test, double[] scores) {}

  /** Aligns this document's sentences with {@code aligner} ({@code alignSentences}). */
  Aligned alignWith(Aligner aligner) {
    Alignment alignment = aligner.alignSentences(chinese, english);
    List<Ladder.Rung> test = new ArrayList<>(alignment.beads().size());
    double[] scores = new double[alignment.beads().size()];
    for (Bead b : alignment.beads()) {
      scores[test.size()] = b.score();
      test.add(new Ladder.Rung(b.chineseIndices().stream().mapToInt(Integer::intValue).toArray(),
          b.englishIndices().stream().mapToInt(Integer::intValue).toArray()));
    }
    return new Aligned(test, scores);
  }
}
