package io.github.duiqi.cli;

import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.DocumentVerdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * {@code OUT_DIR/report.tsv} of a batch: a header line, then a row per pair in input order.
 *
 * <pre>
 * name  status  zh_sentences  en_sentences  beads  mean_score  low_share  constrained  parallel  verdict   error
 * a     ok      12            13            11     0.9120      0.0909     false        0.9987    parallel
 * b     failed                                                                                          b: missing b.en
 * </pre>
 *
 * <p>{@code low_share} is the share of beads scoring below {@value #LOW_SCORE};
 * {@code constrained} whether the search was stopped by its cell budget somewhere (so the path
 * may not be the model's best): {@code true} or {@code false}
 * ({@link Alignment#searchConstrained()}); {@code parallel} the probability that the two texts
 * are translations of each other and {@code verdict} what it says ({@code parallel},
 * {@code uncertain}, {@code unrelated}: {@link DocumentVerdict}). Tabs and line breaks inside a
 * field are written as
 * spaces.
 *
 * <p>Stateless; thread-safe.
 */
final class PairReport {

  static final double LOW_SCORE = 0.5;
  static final String HEADER = "name\tstatus\tzh_sentences\ten_sentences\tbeads\tmean_score"
      + "\tlow_share\tconstrained\tparallel\tverdict\terror";

  private PairReport() {}

  /** What became of a pair. */
  enum Status {
    OK, FAILED, OUT_OF_MEMORY;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One row; the numbers are empty for a failed pair. */
  record Row(String name, Status status, String zhSentences, String enSentences, String beads,
      String meanScore, String lowShare, String constrained, String parallel, String verdict,
      String error) {

    static Row of(String name, Alignment alignment) {
      List<Bead> beads = alignment.beads();
      double sum = 0;
      long low = 0;
      for (Bead b : beads) {
        sum += b.score();
        low += b.score() < LOW_SCORE ? 1 : 0;
      }
      boolean none = beads.isEmpty();
      return new Row(name, Status.OK, Integer.toString(alignment.chinese().size()),
          Integer.toString(alignment.english().size()), Integer.toString(beads.size()),
          none ? "" : decimal(sum / beads.size()), none ? "" : decimal((double) low / beads.size()),
          Boolean.toString(alignment.searchConstrained()),
          decimal(alignment.parallel().probability()),
          alignment.parallel().verdict().name().toLowerCase(Locale.ROOT), "");
    }

    static Row failed(String name, Status status, String error) {
      return new Row(name, status, "", "", "", "", "", "", "", "", error);
    }
  }

  static void write(Writer out, List<Row> rows) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (Row r : rows) {
      out.write(String.join("\t", field(r.name()), r.status().label(), r.zhSentences(),
          r.enSentences(), r.beads(), r.meanScore(), r.lowShare(), r.constrained(),
          r.parallel(), r.verdict(), field(r.error())));
      out.write('\n');
    }
  }

  /** A field without tabs or line breaks. */
  static String field(String s) {
    return s.replaceAll("[\\t\\n\\r\\u000B\\u000C\\u0085\\u2028\\u2029]", " ");
  }

  private static String decimal(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
