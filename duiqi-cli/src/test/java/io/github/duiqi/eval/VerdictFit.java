package io.github.duiqi.eval;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import io.github.duiqi.align.ParallelEvidence;
import io.github.duiqi.cedict.CcCedict;
import io.github.duiqi.format.LadderEntry;
import io.github.duiqi.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Fits and checks the document verdict's logistic model ({@link ParallelEvidence}) on
 * hand-aligned folders: real pairs (each document, and its pieces of about 80, 25 and 8 Chinese
 * sentences cut at gold bead boundaries) against unrelated ones (each document's Chinese with
 * every other document's English; each piece's Chinese with a piece of the same size from
 * another document). Prints the weights to commit, then AUC and accuracy per class, fitted on
 * all and leaving each document out, with and without CC-CEDICT.
 *
 * <pre>
 * java -cp ... io.github.duiqi.eval.VerdictFit /work/shared/data/align-dev/{mac-dev,aca,mag}
 * </pre>
 *
 * <p>A tool, not a test: the development data may not be read by tests.
 */
public final class VerdictFit {

  static final int[] PIECE_SIZES = {0, 80, 25, 8}; // 0: the whole document
  static final double L2 = 0.01;

  private VerdictFit() {}

  /** One pair: the Chinese and English documents it came from, its class and its features. */
  record Pair(int zhDoc, int enDoc, int size, boolean parallel, double[] lexical,
      double[] plain, double meanScore, int beadsAbove09) {}

  record Piece(int doc, List<String> zh, List<String> en) {}

  public static void main(String[] args) throws IOException {
    List<GoldDocument> docs = new ArrayList<>();
    for (String dir : args) {
      for (String name : GoldDocument.names(Path.of(dir))) {
        docs.add(GoldDocument.read(Path.of(dir), name));
      }
    }
    Lexicon lexicon = CcCedict.lexicon();
    Aligner aligner = Aligner.create();
    List<Pair> pairs = new ArrayList<>();
    for (int size : PIECE_SIZES) {
      List<List<Piece>> pieces = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        pieces.add(pieces(d, docs.get(d), size));
      }
      for (int d = 0; d < docs.size(); d++) {
        List<Piece> own = pieces.get(d);
        for (int p = 0; p < own.size(); p++) {
          Piece real = own.get(p);
          pairs.add(pair(aligner, lexicon, d, d, size, true, real.zh(), real.en()));
          if (size == 0) {
            for (int o = 0; o < docs.size(); o++) {
              if (o != d) {
                pairs.add(pair(aligner, lexicon, d, o, size, false, real.zh(),
                    pieces.get(o).get(0).en()));
              }
            }
          } else {
            int o = (d + 1 + p % (docs.size() - 1)) % docs.size();
            List<Piece> other = pieces.get(o);
            pairs.add(pair(aligner, lexicon, d, o, size, false, real.zh(),
                other.get(p % other.size()).en()));
          }
        }
      }
    }
    for (boolean withLexicon : new boolean[] {true, false}) {
      String mode = withLexicon ? "with CC-CEDICT" : "without a dictionary";
      double[] w = fit(pairs, withLexicon, -1);
      System.out.println("== " + mode + ": weights " + javaArray(w));
      double[] all = new double[pairs.size()];
      double[] held = new double[pairs.size()];
      for (int i = 0; i < pairs.size(); i++) {
        all[i] = probability(w, x(pairs.get(i), withLexicon));
      }
      double maxChange = 0;
      for (int d = 0; d < docs.size(); d++) {
        double[] wd = fit(pairs, withLexicon, d);
        for (int k = 0; k < w.length; k++) {
          maxChange = Math.max(maxChange, Math.abs(wd[k] - w[k]));
        }
        for (int i = 0; i < pairs.size(); i++) {
          if (pairs.get(i).zhDoc() == d) {
            held[i] = probability(wd, x(pairs.get(i), withLexicon));
          }
        }
      }
      System.out.printf(Locale.ROOT, "  largest change of a weight leaving a document out: %.3f%n",
          maxChange);
      double lowestReal = 1;
      double highestUnrelated = 0;
      for (int i = 0; i < pairs.size(); i++) {
        if (pairs.get(i).size() == 0) {
          if (pairs.get(i).parallel()) {
            lowestReal = Math.min(lowestReal, all[i]);
          } else {
            highestUnrelated = Math.max(highestUnrelated, all[i]);
          }
        }
      }
      System.out.printf(Locale.ROOT, "  whole documents, fitted on all: lowest real %.4f, highest"
          + " unrelated %.4f%n", lowestReal, highestUnrelated);
      report("fitted on all", pairs, all);
      report("leave one document out", pairs, held);
      if (withLexicon) {
        beadsOfUnrelated(pairs, all);
      }
    }
  }

  private static Pair pair(Aligner aligner, Lexicon lexicon, int zhDoc, int enDoc, int size,
      boolean parallel, List<String> zh, List<String> en) {
    Alignment a = aligner.alignSentences(zh, en);
    // the verdict with a lexicon judges the beads of an aligner that has it in its cost
    Alignment withLexicon = aligner.toBuilder().lexicon(lexicon).build().alignSentences(zh, en);
    int above = 0;
    double sum = 0;
    for (Bead b : withLexicon.beads()) {
      above += b.score() >= 0.9 ? 1 : 0;
      sum += b.score();
    }
    return new Pair(zhDoc, enDoc, size, parallel, features(withLexicon, lexicon),
        features(a, null), sum / withLexicon.beads().size(), above);
  }

  /** The features of an alignment, as the aligner computes them. */
  static double[] features(Alignment a, @Nullable Lexicon lexicon) {
    List<Bead> beads = a.beads();
    int[] bounds = new int[4 * beads.size()];
    double[] scores = new double[beads.size()];
    for (int b = 0; b < beads.size(); b++) {
      Bead bead = beads.get(b);
      bounds[4 * b] = bead.chineseFrom();
      bounds[4 * b + 1] = bead.chineseTo();
      bounds[4 * b + 2] = bead.englishFrom();
      bounds[4 * b + 3] = bead.englishTo();
      scores[b] = bead.score();
    }
    return ParallelEvidence.features(texts(a.chinese()), texts(a.english()), bounds, scores,
        lexicon);
  }

  private static List<String> texts(List<Sentence> s) {
    List<String> out = new ArrayList<>(s.size());
    for (Sentence x : s) {
      out.add(x.text());
    }
    return out;
  }

  /** Pieces of at least {@code size} Chinese sentences cut at gold beads; 0: the document. */
  static List<Piece> pieces(int d, GoldDocument doc, int size) {
    List<Piece> out = new ArrayList<>();
    if (size == 0) {
      out.add(new Piece(d, doc.chinese(), doc.english()));
      return out;
    }
    List<LadderEntry> gold = doc.gold();
    int start = 0;
    while (start < gold.size()) {
      int zhMin = Integer.MAX_VALUE;
      int zhMax = -1;
      int enMin = Integer.MAX_VALUE;
      int enMax = -1;
      int zhCount = 0;
      int end = start;
      while (end < gold.size() && zhCount < size) {
        LadderEntry e = gold.get(end++);
        for (int i : e.chineseIndices()) {
          zhMin = Math.min(zhMin, i);
          zhMax = Math.max(zhMax, i);
          zhCount++;
        }
        for (int i : e.englishIndices()) {
          enMin = Math.min(enMin, i);
          enMax = Math.max(enMax, i);
        }
      }
      if (zhCount < size) {
        break; // the remainder is too short to be a piece of this size
      }
      if (enMax >= 0) {
        out.add(new Piece(d, doc.chinese().subList(zhMin, zhMax + 1),
            doc.english().subList(enMin, enMax + 1)));
      }
      start = end;
    }
    return out;
  }

  static String javaArray(double[] w) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < w.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", w[i]));
    }
    return b.append('}').toString();
  }

  static double[] x(Pair p, boolean withLexicon) {
    return withLexicon ? p.lexical() : p.plain();
  }

  static double probability(double[] w, double[] x) {
    double z = w[x.length];
    for (int k = 0; k < x.length; k++) {
      z += w[k] * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Weighted logistic regression by Newton's method with a small ridge, leaving out the pairs
   * that involve document {@code leftOut} (none if negative). Each class weighs the same in
   * total, and so does each piece size within a class.
   */
  static double[] fit(List<Pair> pairs, boolean withLexicon, int leftOut) {
    int k = ParallelEvidence.FEATURES + 1;
    List<double[]> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<Double> ws = new ArrayList<>();
    double[][] classSize = new double[2][PIECE_SIZES.length];
    for (Pair p : pairs) {
      if (p.zhDoc() != leftOut && p.enDoc() != leftOut) {
        classSize[p.parallel() ? 1 : 0][sizeIndex(p.size())]++;
      }
    }
    for (Pair p : pairs) {
      if (p.zhDoc() == leftOut || p.enDoc() == leftOut) {
        continue;
      }
      double[] x = Arrays.copyOf(x(p, withLexicon), k);
      x[k - 1] = 1;
      if (!withLexicon) {
        x[ParallelEvidence.LEXICAL] = 0;
      }
      xs.add(x);
      ys.add(p.parallel() ? 1.0 : 0.0);
      ws.add(1.0 / classSize[p.parallel() ? 1 : 0][sizeIndex(p.size())]);
    }
    double[] w = new double[k];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[k];
      double[][] h = new double[k][k];
      for (int i = 0; i < xs.size(); i++) {
        double[] x = xs.get(i);
        double p = probability(w, Arrays.copyOf(x, k - 1));
        double wi = ws.get(i);
        for (int a = 0; a < k; a++) {
          g[a] += wi * (p - ys.get(i)) * x[a];
          for (int b = 0; b < k; b++) {
            h[a][b] += wi * p * (1 - p) * x[a] * x[b];
          }
        }
      }
      for (int a = 0; a < k - 1; a++) {
        g[a] += L2 * w[a];
        h[a][a] += L2;
      }
      if (!withLexicon) {
        h[ParallelEvidence.LEXICAL][ParallelEvidence.LEXICAL] += 1;
      }
      h[k - 1][k - 1] += 1e-9;
      double[] step = solve(h, g);
      double norm = 0;
      for (int a = 0; a < k; a++) {
        w[a] -= step[a];
        norm += step[a] * step[a];
      }
      if (norm < 1e-18) {
        break;
      }
    }
    return w;
  }

  private static int sizeIndex(int size) {
    for (int i = 0; i < PIECE_SIZES.length; i++) {
      if (PIECE_SIZES[i] == size) {
        return i;
      }
    }
    throw new IllegalArgumentException("size " + size);
  }

  /** Gaussian elimination with partial pivoting. */
  static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = Arrays.copyOf(a0[i], n + 1);
      a[i][n] = b0[i];
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] t = a[c];
      a[c] = a[piv];
      a[piv] = t;
      for (int r = 0; r < n; r++) {
        if (r != c && a[c][c] != 0) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k <= n; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
    }
    return x;
  }

  static void report(String what, List<Pair> pairs, double[] p) {
    System.out.println("  " + what + ":");
    System.out.println("    pieces   real  unrelated   AUC     real right  unrelated right"
        + "  (verdict: >= " + ParallelEvidenceThresholds.PARALLEL + " parallel, < "
        + ParallelEvidenceThresholds.UNRELATED + " unrelated; at 0.5 in brackets)");
    for (int s = -1; s < PIECE_SIZES.length; s++) {
      List<Double> pos = new ArrayList<>();
      List<Double> neg = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        if (s < 0 || pairs.get(i).size() == PIECE_SIZES[s]) {
          (pairs.get(i).parallel() ? pos : neg).add(p[i]);
        }
      }
      String label = s < 0 ? "all" : PIECE_SIZES[s] == 0 ? "whole" : ">=" + PIECE_SIZES[s];
      System.out.printf(Locale.ROOT, "    %-7s %5d %9d   %.4f   %s  %s%n", label, pos.size(),
          neg.size(), auc(pos, neg),
          share(pos, x -> x >= ParallelEvidenceThresholds.PARALLEL, x -> x >= 0.5),
          share(neg, x -> x < ParallelEvidenceThresholds.UNRELATED, x -> x < 0.5));
    }
  }

  interface Test {
    boolean ok(double x);
  }

  private static String share(List<Double> xs, Test verdict, Test half) {
    int v = 0;
    int h = 0;
    for (double x : xs) {
      v += verdict.ok(x) ? 1 : 0;
      h += half.ok(x) ? 1 : 0;
    }
    return String.format(Locale.ROOT, "%.3f (%.3f)", (double) v / xs.size(),
        (double) h / xs.size());
  }

  static double auc(List<Double> pos, List<Double> neg) {
    double wins = 0;
    for (double a : pos) {
      for (double b : neg) {
        wins += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    return wins / ((double) pos.size() * neg.size());
  }

  /** What today's scores let through on the whole-document unrelated pairs, and the verdict. */
  static void beadsOfUnrelated(List<Pair> pairs, double[] p) {
    double sum = 0;
    int n = 0;
    int above = 0;
    int aboveKept = 0;
    int judgedUnrelated = 0;
    for (int i = 0; i < pairs.size(); i++) {
      Pair x = pairs.get(i);
      if (x.size() == 0 && !x.parallel()) {
        sum += x.meanScore();
        n++;
        above += x.beadsAbove09();
        boolean unrelated = p[i] < ParallelEvidenceThresholds.UNRELATED;
        judgedUnrelated += unrelated ? 1 : 0;
        aboveKept += unrelated ? 0 : x.beadsAbove09();
      }
    }
    System.out.printf(Locale.ROOT, "  whole-document unrelated pairs: %d, mean of their mean bead"
        + " score %.3f, beads >= 0.9: %d (mean %.1f a pair); judged unrelated: %d; beads >= 0.9"
        + " in pairs not judged unrelated: %d%n", n, sum / n, above, (double) above / n,
        judgedUnrelated, aboveKept);
  }

  /** The verdict's thresholds, as the library has them. */
  static final class ParallelEvidenceThresholds {
    static final double PARALLEL = io.github.duiqi.DocumentVerdict.PARALLEL_AT;
    static final double UNRELATED = io.github.duiqi.DocumentVerdict.UNRELATED_BELOW;
  }
}
