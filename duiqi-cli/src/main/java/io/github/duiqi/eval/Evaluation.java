package io.github.duiqi.eval;

import io.github.duiqi.Aligner;
import io.github.duiqi.CorpusAligner;
import io.github.duiqi.DocumentPair;
import io.github.duiqi.LearnedLexicon;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatException;
import io.github.duiqi.format.FormatOptions;
import io.github.duiqi.format.LadderEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Evaluates an aligner on a gold directory: every {@code NNN.zh} with its {@code NNN.en} and
 * {@code NNN.align} (one sentence a line, ladder beads), aligned as pre-split sentences and
 * scored against the gold, counts summed over the documents.
 *
 * <pre>{@code
 * Evaluation.Result r = Evaluation.run(Aligner.create(), Path.of("align-dev/mac-dev"), null);
 * System.out.print(r.total().report());
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class Evaluation {

  private Evaluation() {}

  /** One document's scores. */
  public record Document(String name, Scores scores) {}

  /** Scores of each document and of all together. */
  public record Result(List<Document> documents, Scores total) {}

  /**
   * Aligns and scores every document of {@code goldDir}; writes {@code NNN.align} with scores
   * into {@code outDir} when it is not null (creating it), with the ladder writer of
   * {@link AlignmentFormat#LADDER}.
   *
   * @throws FormatException if a gold file is malformed
   * @throws IOException if a file cannot be read or written, or the directory holds no document
   */
  public static Result run(Aligner aligner, Path goldDir, Path outDir) throws IOException {
    Objects.requireNonNull(aligner, "aligner");
    Objects.requireNonNull(goldDir, "goldDir");
    List<String> names = GoldDocument.names(goldDir);
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    Scores total = new Scores();
    List<Document> documents = new ArrayList<>();
    for (String name : names) {
      GoldDocument document = GoldDocument.read(goldDir, name);
      List<LadderEntry> gold = document.gold();
      GoldDocument.Aligned aligned = document.alignWith(aligner);
      List<LadderEntry> test = aligned.test();
      Scores doc = new Scores();
      doc.add(gold, test);
      total.add(gold, test);
      documents.add(new Document(name, doc));
      if (outDir != null) {
        try (BeadWriter out = AlignmentFormat.LADDER.writer(outDir.resolve(name),
            FormatOptions.defaults())) {
          out.writeAll(aligned.alignment());
        }
      }
    }
    return new Result(documents, total);
  }

  /**
   * Learns one translation table from the first passes of every document of {@code goldDir}
   * ({@link CorpusAligner#learn}), for {@code eval --pooled}: the aligner given the table
   * ({@link io.github.duiqi.Aligner.Builder#learnedLexicon}) aligns each document once with it.
   * The gold beads are not read.
   *
   * @throws IOException if the directory holds no document or a file cannot be read
   * @throws FormatException if a file is not UTF-8
   */
  public static LearnedLexicon learn(Aligner aligner, Path goldDir) throws IOException {
    Objects.requireNonNull(aligner, "aligner");
    List<String> names = GoldDocument.names(goldDir);
    // read here, so that a file's error is this method's exception and not a skipped pair
    List<DocumentPair> pairs = new ArrayList<>(names.size());
    for (String name : names) {
      pairs.add(DocumentPair.ofSentences(TextFiles.lines(goldDir.resolve(name + ".zh")),
          TextFiles.lines(goldDir.resolve(name + ".en"))));
    }
    return CorpusAligner.create().withAligner(aligner).learn(pairs.iterator(), pair -> pair);
  }

  /** Formats the per-document exact F1 and the total's three measures. */
  public static String report(Result result) {
    StringBuilder sb = new StringBuilder();
    for (Document d : result.documents()) {
      sb.append(String.format(Locale.ROOT, "%-8s gold %5d  test %5d  exact F1 %.4f%n",
          d.name(), d.scores().goldBeads(), d.scores().testBeads(), d.scores().exactF1()));
    }
    sb.append(String.format(Locale.ROOT, "%-8s gold %5d  test %5d%n", "total",
        result.total().goldBeads(), result.total().testBeads()));
    sb.append(result.total().report());
    return sb.toString();
  }
}
