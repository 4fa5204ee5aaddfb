package io.github.duiqi.align;

import java.util.Arrays;

/**
 * The score of each bead of the best path: the model's posterior probability that the bead is
 * exactly right, which the development data show to be calibrated.
 *
 * <p>{@code P(bead | texts) = Σ_{paths through the bead} e^{-cost} / Σ_{paths} e^{-cost}}: the
 * search's costs are negative log-probabilities, so {@code e^{-cost(path)}} is the model's
 * (unnormalised) probability of an alignment, and the bead's posterior is the share of that
 * probability held by the alignments that contain it. A forward–backward pass sums over the
 * alignments whose every corner lies within {@link #REACH} English sentences of the best path.
 * It runs in windows of {@link #BLOCK} beads with {@link #CONTEXT} beads of context on each
 * side, pinned to the best path at the window's ends: competing alignments are local (a 2-1
 * against a 1-1 and a 1-0, a boundary one sentence off), so the pinned ends barely matter, and
 * time and memory stay linear, with one window's worth of doubles.
 *
 * <p>No map is fitted on top: on the development data a logistic map over the posterior's
 * log-odds and the bead's cost, checked by leaving out one document or one set at a time, did
 * not improve the held-out Brier score (docs/aligner.md). The posterior falls as the bead's own
 * cost rises and as alternatives get cheaper; it is in [0, 1].
 *
 * <p>Stateless; thread-safe.
 */
final class BeadScores {

  /** How far, in English sentences, alternative paths may stray from the best path. */
  static final int REACH = 2;
  /** Beads scored per window. */
  static final int BLOCK = 256;
  /** Beads of context on each side of a window's scored beads. */
  static final int CONTEXT = 16;

  /** Beads from which the scores may be computed on several threads. */
  static final int PARALLEL_FROM = 4_000;

  /** A term this far (nats) below a sum's largest adds less than 2.4e-16 of it: skipped. */
  private static final double NEGLIGIBLE = 36;

  private BeadScores() {}

  /**
   * The score of every bead of {@code path}.
   *
   * @param enclosing the posterior of the paragraph pair that holds the path (1 when the
   *     caller gave the sentences): a bead is right only if its paragraph pair is
   */
  static double[] scores(CostModel model, BeadSearch.Path path, double enclosing) {
    double[] out = posteriors(model, path, REACH, 1);
    for (int b = 0; b < out.length; b++) {
      out[b] *= enclosing;
    }
    return out;
  }

  /**
   * The posterior probability of each bead of {@code path}, from a forward–backward pass over
   * the cells within {@code reach} English sentences of the path, window by window.
   */
  static double[] posteriors(CostModel model, BeadSearch.Path path, int reach, double scale) {
    return posteriors(model, path, reach, scale, BLOCK, CONTEXT);
  }

  /**
   * As {@link #posteriors(CostModel, BeadSearch.Path, int, double)}, with costs multiplied by
   * {@code scale} (a temperature, for experiments) and windows of {@code block} beads plus
   * {@code context} on each side.
   */
  static double[] posteriors(CostModel model, BeadSearch.Path path, int reach, double scale,
      int block, int context) {
    double[] out = new double[path.size];
    int windows = (path.size + block - 1) / block;
    int threads = path.size >= PARALLEL_FROM
        ? Math.min(model.settings.parallelism, windows) : 1;
    if (threads <= 1) {
      score(model, path, reach, scale, block, context, 0, windows, out);
      return out;
    }
    // windows are independent: each task scores a run of them with buffers of its own, so
    // the result is the same to the bit
    int runs = threads;
    Parallel.run(threads, runs, k -> score(model, path, reach, scale, block, context,
        (int) ((long) windows * k / runs), (int) ((long) windows * (k + 1) / runs), out));
    return out;
  }

  /** Scores the beads of windows {@code from..to-1} into {@code out}. */
  private static void score(CostModel model, BeadSearch.Path path, int reach, double scale,
      int block, int context, int from, int to, double[] out) {
    Window w = new Window(model, reach, scale);
    for (int k = from; k < to; k++) {
      int b0 = k * block;
      int b1 = Math.min(path.size, b0 + block);
      int w0 = Math.max(0, b0 - context);
      int w1 = Math.min(path.size, b1 + context);
      w.run(path, w0, w1);
      for (int b = b0; b < b1; b++) {
        out[b] = w.posterior(path, b);
      }
    }
  }

  /**
   * Reusable buffers for one window's forward–backward pass, in logarithms: a bead may cost
   * hundreds of nats (a sentence of many numbers against a short one), far past what
   * {@code e^-cost} can hold, and every path of a window may have to pay it.
   */
  private static final class Window {
    private final CostModel model;
    private final RowCosts costs;
    private final int reach;
    private final int types;
    private final double scale;
    private int rowFrom;
    private int rowTo;
    private int[] lo = new int[0];
    private int[] hi = new int[0];
    private int[] rowStart = new int[0];
    /** Log forward and backward sums. */
    private double[] alpha = new double[0];
    private double[] beta = new double[0];
    /** {@code scale·cost} of arriving at a cell by each type; +∞ where it cannot. */
    private double[] arrival = new double[0];
    private double[] scratch = new double[64];
    private final double[] candidates;
    private double logTotal;

    Window(CostModel model, int reach, double scale) {
      this.scale = scale;
      this.model = model;
      this.costs = new RowCosts(model);
      this.reach = reach;
      this.types = model.types();
      this.candidates = new double[types];
    }

    void run(BeadSearch.Path path, int w0, int w1) {
      int i0 = path.zhStart(w0);
      int j0 = path.enStart(w0);
      int i1 = path.zhEnd[w1 - 1];
      int j1 = path.enEnd[w1 - 1];
      rowFrom = i0;
      rowTo = i1;
      int rows = i1 - i0 + 1;
      if (lo.length < rows) {
        lo = new int[rows];
        hi = new int[rows];
        rowStart = new int[rows + 1];
      }
      // the path's extent in each row; a row crossed inside a bead gets the bead's span
      Arrays.fill(lo, 0, rows, Integer.MAX_VALUE);
      Arrays.fill(hi, 0, rows, Integer.MIN_VALUE);
      for (int b = w0; b < w1; b++) {
        int za = path.zhStart(b);
        int ea = path.enStart(b);
        int zb = path.zhEnd[b];
        int eb = path.enEnd[b];
        for (int i = za; i <= zb; i++) {
          lo[i - i0] = Math.min(lo[i - i0], ea);
          hi[i - i0] = Math.max(hi[i - i0], eb);
        }
      }
      int cells = 0;
      for (int r = 0; r < rows; r++) {
        lo[r] = Math.max(j0, lo[r] - reach);
        hi[r] = Math.min(j1, hi[r] + reach);
        rowStart[r] = cells;
        cells += hi[r] - lo[r] + 1;
      }
      rowStart[rows] = cells;
      if (alpha.length < cells) {
        int capacity = Math.max(cells, alpha.length * 2);
        alpha = new double[capacity];
        beta = new double[capacity];
        arrival = new double[capacity * types];
      }
      forward(i0, j0, i1);
      backward(i0, i1, j1);
      logTotal = alpha[cell(i1, j1)];
    }

    private int cell(int i, int j) {
      int r = i - rowFrom;
      return rowStart[r] + j - lo[r];
    }

    private boolean inside(int i, int j) {
      if (i < rowFrom || i > rowTo) {
        return false;
      }
      int r = i - rowFrom;
      return j >= lo[r] && j <= hi[r];
    }

    private void forward(int i0, int j0, int i1) {
      int[] ca = model.chineseCounts;
      int[] cb = model.englishCounts;
      for (int i = i0; i <= i1; i++) {
        int r = i - i0;
        int rowLo = lo[r];
        int rowHi = hi[r];
        int first = rowStart[r];
        costs.row(i);
        costs.columns(rowLo, rowHi);
        Arrays.fill(arrival, first * types, rowStart[r + 1] * types, Double.POSITIVE_INFINITY);
        // the cost of arriving at each cell by each type, a type at a time over the row
        for (int t = 0; t < types; t++) {
          int pr = r - ca[t];
          if (pr < 0) {
            continue;
          }
          int from = Math.max(rowLo, lo[pr] + cb[t]);
          int to = Math.min(rowHi, hi[pr] + cb[t]);
          if (from > to) {
            continue;
          }
          if (scratch.length < to - from + 1) {
            scratch = new double[Math.max(to - from + 1, 2 * scratch.length)];
          }
          costs.costs(t, from, to, scratch);
          for (int j = from; j <= to; j++) {
            arrival[(first + j - rowLo) * types + t] = scale * scratch[j - from];
          }
        }
        for (int j = rowLo; j <= rowHi; j++) {
          int c = first + j - rowLo;
          int base = c * types;
          if (i == i0 && j == j0) {
            Arrays.fill(arrival, base, base + types, Double.POSITIVE_INFINITY);
            alpha[c] = 0;
            continue;
          }
          double best = Double.NEGATIVE_INFINITY;
          for (int t = 0; t < types; t++) {
            double cost = arrival[base + t];
            double x = cost == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY
                : alpha[cell(i - ca[t], j - cb[t])] - cost;
            candidates[t] = x;
            best = Math.max(best, x);
          }
          alpha[c] = logSumExp(candidates, best);
        }
      }
    }

    private void backward(int i0, int i1, int j1) {
      int[] ca = model.chineseCounts;
      int[] cb = model.englishCounts;
      for (int i = i1; i >= i0; i--) {
        int r = i - i0;
        for (int j = hi[r]; j >= lo[r]; j--) {
          int c = rowStart[r] + j - lo[r];
          if (i == i1 && j == j1) {
            beta[c] = 0;
            continue;
          }
          double best = Double.NEGATIVE_INFINITY;
          for (int t = 0; t < types; t++) {
            int ni = i + ca[t];
            int nj = j + cb[t];
            double x = Double.NEGATIVE_INFINITY;
            if (inside(ni, nj)) {
              int next = cell(ni, nj);
              double cost = arrival[next * types + t];
              if (cost != Double.POSITIVE_INFINITY) {
                x = beta[next] - cost;
              }
            }
            candidates[t] = x;
            best = Math.max(best, x);
          }
          beta[c] = logSumExp(candidates, best);
        }
      }
    }

    /** {@code log Σ e^x}, leaving out terms that could not change the sum's last digit. */
    private double logSumExp(double[] x, double max) {
      if (max == Double.NEGATIVE_INFINITY) {
        return max;
      }
      double sum = 0;
      for (int t = 0; t < types; t++) {
        if (x[t] > max - NEGLIGIBLE) {
          sum += Math.exp(x[t] - max);
        }
      }
      return max + Math.log(sum);
    }

    double posterior(BeadSearch.Path path, int b) {
      int start = cell(path.zhStart(b), path.enStart(b));
      int end = cell(path.zhEnd[b], path.enEnd[b]);
      double p = Math.exp(alpha[start] - scale * path.cost[b] + beta[end] - logTotal);
      // the best path lies in its window, so the total is finite and p a number
      return p < 1 ? p : p >= 1 ? 1 : 0;
    }
  }
}
