package io.github.duiqi.align;

import io.github.duiqi.Aligner;
import io.github.duiqi.BeadType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Development tool, not a test: fits the score's calibration map ({@link BeadScores}) on gold
 * directories given at run time, and checks it by leaving out one document, then one set, at a
 * time. Prints Brier score and log-loss of exp(-cost) (the old score), of the raw posterior,
 * and of the held-out calibrated predictions, then the coefficients fitted on everything.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.duiqi.align.CalibrationFit \
 *     ALIGN_DEV/mac-dev ALIGN_DEV/aca ALIGN_DEV/mag
 * </pre>
 */
final class CalibrationFit {

  private record Bead(String set, String doc, double cost, double posterior, boolean right) {}

  public static void main(String[] args) throws IOException {
    int reach = Integer.getInteger("reach", BeadScores.REACH);
    double scale = Double.parseDouble(System.getProperty("scale", "1"));
    SentenceAligner engine = defaultEngine();
    List<Bead> beads = new ArrayList<>();
    for (String arg : args) {
      Path dir = Path.of(arg);
      List<String> names = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".zh"))
            .map(f -> f.substring(0, f.length() - 3)).sorted().forEach(names::add);
      }
      for (String name : names) {
        List<String> zh = Files.readAllLines(dir.resolve(name + ".zh"));
        List<String> en = Files.readAllLines(dir.resolve(name + ".en"));
        Set<String> gold = new HashSet<>();
        for (String line : Files.readAllLines(dir.resolve(name + ".align"))) {
          String[] f = line.replaceAll("\\s", "").split(":");
          if (f.length >= 2) {
            gold.add(f[0] + ":" + f[1]);
          }
        }
        Profile[] p = Profile.of(zh, en);
        CostModel model = engine.model(p[0], p[1], Double.NaN);
        BeadSearch.Path path = BeadSearch.search(model, BeadSearch.DEFAULT_HALF_WIDTH,
            BeadSearch.DEFAULT_CELL_BUDGET);
        double[] posterior = BeadScores.posteriors(model, path, reach, scale);
        for (int b = 0; b < path.size; b++) {
          String key = range(path.zhStart(b), path.zhEnd[b]) + ":"
              + range(path.enStart(b), path.enEnd[b]);
          beads.add(new Bead(dir.getFileName().toString(), dir.getFileName() + "/" + name,
              path.cost[b], posterior[b], gold.contains(key)));
        }
      }
    }
    int n = beads.size();
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] old = new double[n];
    double[] raw = new double[n];
    for (int k = 0; k < n; k++) {
      Bead b = beads.get(k);
      x[k] = new double[] {1, logit(b.posterior()), -b.cost()};
      y[k] = b.right() ? 1 : 0;
      old[k] = Math.exp(-b.cost());
      raw[k] = b.posterior();
    }
    System.out.printf(Locale.ROOT, "%d beads, reach %d, cost scale %s%n", n, reach, scale);
    print("exp(-cost)", old, y);
    print("posterior", raw, y);
    print("calibrated, leave one document out", heldOut(x, y, beads, true), y);
    print("calibrated, leave one set out", heldOut(x, y, beads, false), y);
    double[] w = fit(x, y, new boolean[n]);
    System.out.printf(Locale.ROOT, "fitted on all: intercept %.3f, slope %.3f, cost slope %.3f%n",
        w[0], w[1], w[2]);
    double[] all = new double[n];
    for (int k = 0; k < n; k++) {
      all[k] = sigmoid(dot(w, x[k]));
    }
    print("calibrated, fitted on all", all, y);
    reliability("exp(-cost), the old score: share exactly right (beads)", old, y, beads);
    reliability("posterior, the score: share exactly right (beads)", raw, y, beads);
    for (String set : new TreeSet<>(beads.stream().map(Bead::set).toList())) {
      System.out.printf(Locale.ROOT, "%s: Brier exp(-cost) %.4f, posterior %.4f%n", set,
          brier(old, y, beads, set), brier(raw, y, beads, set));
      for (double threshold : new double[] {0.5, 0.7, 0.8, 0.9}) {
        int flagged = 0;
        int wrong = 0;
        int caught = 0;
        int count = 0;
        for (int k = 0; k < n; k++) {
          if (!beads.get(k).set().equals(set)) {
            continue;
          }
          count++;
          boolean low = raw[k] < threshold;
          flagged += low ? 1 : 0;
          wrong += y[k] == 0 ? 1 : 0;
          caught += low && y[k] == 0 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT,
            "  posterior below %.1f: %d of %d beads (%.0f %%), %d of %d wrong beads (%.0f %%)%n",
            threshold, flagged, count, 100.0 * flagged / count, caught, wrong,
            100.0 * caught / Math.max(1, wrong));
      }
    }
  }

  /** Beads by score tenth: count and share exactly right, per set (Markdown). */
  private static void reliability(String name, double[] p, double[] y, List<Bead> beads) {
    List<String> sets = new ArrayList<>(new TreeSet<>(beads.stream().map(Bead::set).toList()));
    StringBuilder sb = new StringBuilder("\n" + name + "\n| score |");
    for (String set : sets) {
      sb.append(' ').append(set).append(" |");
    }
    sb.append("\n| --- |").append(" --- |".repeat(sets.size())).append('\n');
    for (int bin = 0; bin < 10; bin++) {
      sb.append(String.format(Locale.ROOT, "| %.1f–%.1f |", bin / 10.0, (bin + 1) / 10.0));
      for (String set : sets) {
        int count = 0;
        int right = 0;
        for (int k = 0; k < y.length; k++) {
          if (beads.get(k).set().equals(set) && Math.min(9, (int) (p[k] * 10)) == bin) {
            count++;
            right += (int) y[k];
          }
        }
        sb.append(count == 0 ? " – |" : String.format(Locale.ROOT, " %.2f (%d) |",
            right / (double) count, count));
      }
      sb.append('\n');
    }
    System.out.print(sb);
  }

  private static double brier(double[] p, double[] y, List<Bead> beads, String set) {
    double sum = 0;
    int count = 0;
    for (int k = 0; k < y.length; k++) {
      if (beads.get(k).set().equals(set)) {
        sum += (p[k] - y[k]) * (p[k] - y[k]);
        count++;
      }
    }
    return sum / count;
  }

  private static SentenceAligner defaultEngine() {
    // the default aligner's settings, as its builder makes them
    return new SentenceAligner(Settings.DEFAULT);
  }

  private static double[] heldOut(double[][] x, double[] y, List<Bead> beads, boolean byDoc) {
    double[] out = new double[y.length];
    Set<String> groups = new TreeSet<>();
    for (Bead b : beads) {
      groups.add(byDoc ? b.doc() : b.set());
    }
    for (String g : groups) {
      boolean[] held = new boolean[y.length];
      for (int k = 0; k < y.length; k++) {
        held[k] = (byDoc ? beads.get(k).doc() : beads.get(k).set()).equals(g);
      }
      double[] w = fit(x, y, held);
      for (int k = 0; k < y.length; k++) {
        if (held[k]) {
          out[k] = sigmoid(dot(w, x[k]));
        }
      }
    }
    return out;
  }

  private static void print(String name, double[] p, double[] y) {
    double brier = 0;
    double logLoss = 0;
    for (int k = 0; k < y.length; k++) {
      brier += (p[k] - y[k]) * (p[k] - y[k]);
      double q = Math.min(1 - 1e-12, Math.max(1e-12, p[k]));
      logLoss -= y[k] * Math.log(q) + (1 - y[k]) * Math.log(1 - q);
    }
    System.out.printf(Locale.ROOT, "%-40s Brier %.4f  log-loss %.4f%n", name, brier / y.length,
        logLoss / y.length);
  }

  static double logit(double p) {
    double q = Math.min(1, Math.max(0, p));
    return Math.max(-12, Math.min(12, Math.log(q) - Math.log1p(-q)));
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int k = 0; k < w.length; k++) {
      s += w[k] * x[k];
    }
    return s;
  }

  /** Logistic regression by Newton's method on the rows not held out (tiny ridge). */
  private static double[] fit(double[][] x, double[] y, boolean[] held) {
    int d = x[0].length;
    double[] w = new double[d];
    for (int iteration = 0; iteration < 100; iteration++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int k = 0; k < y.length; k++) {
        if (held[k]) {
          continue;
        }
        double p = sigmoid(dot(w, x[k]));
        for (int a = 0; a < d; a++) {
          g[a] += (p - y[k]) * x[k][a];
          for (int b = 0; b < d; b++) {
            h[a][b] += p * (1 - p) * x[k][a] * x[k][b];
          }
        }
      }
      for (int a = 1; a < d; a++) {
        g[a] += 1e-3 * w[a];
        h[a][a] += 1e-3;
      }
      double[] step = solve(h, g);
      double largest = 0;
      for (int a = 0; a < d; a++) {
        w[a] -= step[a];
        largest = Math.max(largest, Math.abs(step[a]));
      }
      if (largest < 1e-10) {
        break;
      }
    }
    return w;
  }

  private static double[] solve(double[][] matrix, double[] rhs) {
    int n = rhs.length;
    double[][] a = new double[n][];
    for (int r = 0; r < n; r++) {
      a[r] = matrix[r].clone();
    }
    double[] b = rhs.clone();
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] row = a[c];
      a[c] = a[pivot];
      a[pivot] = row;
      double v = b[c];
      b[c] = b[pivot];
      b[pivot] = v;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] out = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * out[k];
      }
      out[r] = s / a[r][r];
    }
    return out;
  }

  private static String range(int from, int to) {
    StringBuilder sb = new StringBuilder("[");
    for (int k = from; k < to; k++) {
      sb.append(k > from ? "," : "").append(k);
    }
    return sb.append(']').toString();
  }
}
