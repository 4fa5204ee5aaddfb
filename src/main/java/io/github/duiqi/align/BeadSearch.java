package io.github.duiqi.align;

import java.util.Arrays;

/**
 * The dynamic programme over beads, searched in a band so that time and memory grow linearly.
 *
 * <p>The first band follows the length diagonal: Chinese sentence {@code i} is expected where
 * the English has covered the same share of its length as the Chinese up to {@code i}. On long
 * texts that diagonal drifts from the true path by more than a band's width (insertions,
 * deletions and 1-n beads add up), so there the first band follows instead the path of a coarse
 * search over blocks of {@link #BLOCK} sentences, itself banded and found the same way: a search
 * of an eighth of the rows that puts the fine band where the path is. If the
 * best path found touches the band's edge, the search runs again in a band twice as wide,
 * centred on that path, until the path stays inside or the band would exceed the cell budget.
 * A path strictly inside the band is optimal among all paths in it; when the full search's path
 * lies in the band, both are the same path.
 *
 * <p>Cells hold a {@code double} cost in a ring of rows and a {@code byte} back-pointer, so memory
 * is one byte per cell plus a few rows. Stateless; thread-safe.
 */
final class BeadSearch {

  /** Default half-width of the first band, in English sentences. */
  static final int DEFAULT_HALF_WIDTH = 24;
  /** Sentences a block in the coarse search. */
  static final int BLOCK = 8;
  /** Below this many sentences a side the length diagonal is a good enough guide. */
  static final int COARSE_FROM = 2_000;
  /** Default cap on the band's cells (one byte each). */
  static final long DEFAULT_CELL_BUDGET = 1L << 27;

  private BeadSearch() {}

  /** The beads of the best path, in order. */
  static final class Path {
    final int size;
    final int[] zhEnd;
    final int[] enEnd;
    final int[] type;
    final double[] cost;

    Path(int size, int[] zhEnd, int[] enEnd, int[] type, double[] cost) {
      this.size = size;
      this.zhEnd = zhEnd;
      this.enEnd = enEnd;
      this.type = type;
      this.cost = cost;
    }

    int zhStart(int b) {
      return b == 0 ? 0 : zhEnd[b - 1];
    }

    int enStart(int b) {
      return b == 0 ? 0 : enEnd[b - 1];
    }

    double totalCost() {
      double sum = 0;
      for (int b = 0; b < size; b++) {
        sum += cost[b];
      }
      return sum;
    }
  }

  /** Searches with the default band and budget. */
  static Path search(CostModel model) {
    return search(model, DEFAULT_HALF_WIDTH, DEFAULT_CELL_BUDGET);
  }

  /**
   * Finds the cheapest path from (0, 0) to (n, m).
   *
   * @param halfWidth half-width of the first band, at least 1
   * @param cellBudget widening stops before the band would hold more cells than this
   */
  static Path search(CostModel model, int halfWidth, long cellBudget) {
    int n = model.zh.size;
    int m = model.en.size;
    int[] center = lengthDiagonal(model.zh, model.en);
    int[] from = center;
    int[] to = center;
    if (n >= COARSE_FROM && m >= COARSE_FROM) {
      int[][] range = coarseRange(model, halfWidth, cellBudget);
      from = range[0];
      to = range[1];
    }
    int width = halfWidth;
    Path best = null;
    while (true) {
      int[] lo = new int[n + 1];
      int[] hi = new int[n + 1];
      long cells = band(from, to, width, m, lo, hi);
      if (best != null && cells > cellBudget) {
        return best;
      }
      Path path = run(model, lo, hi, cells);
      best = path;
      boolean full = lo[n] == 0 && allFull(lo, hi, m);
      if (full || !touchesEdge(path, lo, hi, m)) {
        return path;
      }
      center = pathCenter(path, n);
      from = center;
      to = center;
      width = width > Integer.MAX_VALUE / 4 ? width : width * 2;
    }
  }

  /** The band of the first search, for tests: {@code [lo[i], hi[i]]} for each row. */
  static int[][] firstBand(CostModel model, int halfWidth) {
    int n = model.zh.size;
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    int[] center = lengthDiagonal(model.zh, model.en);
    band(center, center, halfWidth, model.en.size, lo, hi);
    return new int[][] {lo, hi};
  }

  private static boolean allFull(int[] lo, int[] hi, int m) {
    for (int i = 0; i < lo.length; i++) {
      if (lo[i] != 0 || hi[i] != m) {
        return false;
      }
    }
    return true;
  }

  /**
   * The coarse path mapped back to sentences: in row i, the English positions from
   * {@code [0][i]} to {@code [1][i]} (a range where the coarse path runs up a column: English
   * blocks with no Chinese).
   */
  static int[][] coarseRange(CostModel model, int halfWidth, long cellBudget) {
    int n = model.zh.size;
    int m = model.en.size;
    Path coarse = search(model.coarse(BLOCK), halfWidth, cellBudget);
    int[] from = new int[n + 1];
    int[] to = new int[n + 1];
    int i0 = 0;
    int j0 = 0;
    for (int b = 0; b < coarse.size; b++) {
      int i1 = Math.min(coarse.zhEnd[b] * BLOCK, n);
      int j1 = Math.min(coarse.enEnd[b] * BLOCK, m);
      if (i1 == i0) {
        to[i0] = j1;
      } else {
        for (int r = i0 + 1; r <= i1; r++) {
          int j = j0 + (int) ((long) (j1 - j0) * (r - i0) / (i1 - i0));
          from[r] = j;
          to[r] = j;
        }
      }
      i0 = i1;
      j0 = j1;
    }
    to[n] = m;
    return new int[][] {from, to};
  }

  /** Row i's expected English position: equal shares of the two sides' total length. */
  static int[] lengthDiagonal(Profile zh, Profile en) {
    int n = zh.size;
    int m = en.size;
    int[] center = new int[n + 1];
    double totalZh = zh.length[n];
    double totalEn = en.length[m];
    if (totalZh <= 0 || totalEn <= 0) {
      for (int i = 0; i <= n; i++) {
        center[i] = n == 0 ? m : (int) ((long) i * m / n);
      }
      return center;
    }
    int j = 0;
    for (int i = 0; i <= n; i++) {
      double target = zh.length[i] / totalZh * totalEn;
      while (j < m && Math.abs(en.length[j + 1] - target) <= Math.abs(en.length[j] - target)) {
        j++;
      }
      center[i] = j;
    }
    center[n] = m;
    return center;
  }

  /**
   * Fills the band: row i spans {@code from[i] - width} to {@code to[i] + width}, connected row
   * to row; returns its cell count.
   */
  private static long band(int[] from, int[] to, int width, int m, int[] lo, int[] hi) {
    int n = from.length - 1;
    for (int i = 0; i <= n; i++) {
      lo[i] = (int) Math.max(0, (long) from[i] - width);
      hi[i] = (int) Math.min(m, (long) to[i] + width);
    }
    lo[0] = 0;
    hi[n] = m;
    for (int i = 1; i <= n; i++) {
      lo[i] = Math.max(lo[i], lo[i - 1]);
    }
    for (int i = n - 1; i >= 0; i--) {
      hi[i] = Math.min(Math.max(hi[i], lo[i + 1]), m);
      hi[i] = Math.min(hi[i], hi[i + 1]);
      if (hi[i] < lo[i]) {
        hi[i] = lo[i];
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      // a row must reach the next row's first cell so that a 1-0 step connects them
      if (hi[i] < lo[i + 1]) {
        hi[i] = lo[i + 1];
      }
    }
    long cells = 0;
    for (int i = 0; i <= n; i++) {
      cells += hi[i] - lo[i] + 1;
    }
    return cells;
  }

  private static Path run(CostModel model, int[] lo, int[] hi, long cells) {
    int n = model.zh.size;
    int types = model.types();
    int[] ca = model.chineseCounts;
    int[] cb = model.englishCounts;
    int maxA = 0;
    int maxWidth = 0;
    for (int t = 0; t < types; t++) {
      maxA = Math.max(maxA, ca[t]);
    }
    long[] rowStart = new long[n + 1];
    long offset = 0;
    for (int i = 0; i <= n; i++) {
      rowStart[i] = offset;
      offset += hi[i] - lo[i] + 1;
      maxWidth = Math.max(maxWidth, hi[i] - lo[i] + 1);
    }
    if (cells > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("alignment band of " + cells + " cells is too large");
    }
    byte[] back = new byte[(int) cells];
    int ring = maxA + 1;
    double[][] rows = new double[ring][maxWidth];
    double[][] prevRow = new double[types][];
    int[] prevLo = new int[types];
    int[] prevHi = new int[types];
    for (int i = 0; i <= n; i++) {
      double[] row = rows[i % ring];
      int rowLo = lo[i];
      int rowHi = hi[i];
      int base = (int) rowStart[i];
      // what each bead type reads depends on the row only: look it up once a row
      for (int t = 0; t < types; t++) {
        int pi = i - ca[t];
        if (pi >= 0) {
          prevRow[t] = rows[pi % ring];
          prevLo[t] = lo[pi];
          prevHi[t] = hi[pi];
        } else {
          prevLo[t] = 1;
          prevHi[t] = 0;
        }
      }
      for (int j = rowLo; j <= rowHi; j++) {
        double best = i == 0 && j == 0 ? 0 : Double.POSITIVE_INFINITY;
        int bestType = -1;
        for (int t = 0; t < types; t++) {
          int pj = j - cb[t];
          if (pj < prevLo[t] || pj > prevHi[t]) {
            continue;
          }
          double prev = prevRow[t][pj - prevLo[t]];
          if (prev == Double.POSITIVE_INFINITY || prev >= best) {
            continue;
          }
          double c = prev + model.cost(t, i, j, best - prev);
          if (c < best) {
            best = c;
            bestType = t;
          }
        }
        row[j - rowLo] = best;
        back[base + j - rowLo] = (byte) bestType;
      }
    }
    return trace(model, lo, hi, rowStart, back);
  }

  private static Path trace(CostModel model, int[] lo, int[] hi, long[] rowStart, byte[] back) {
    int n = model.zh.size;
    int m = model.en.size;
    int capacity = 16;
    int[] zhEnd = new int[capacity];
    int[] enEnd = new int[capacity];
    int[] type = new int[capacity];
    double[] cost = new double[capacity];
    int size = 0;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int t = back[(int) rowStart[i] + j - lo[i]];
      if (t < 0) {
        throw new IllegalStateException("no alignment path reaches (" + i + ", " + j + ")");
      }
      if (size == capacity) {
        capacity *= 2;
        zhEnd = Arrays.copyOf(zhEnd, capacity);
        enEnd = Arrays.copyOf(enEnd, capacity);
        type = Arrays.copyOf(type, capacity);
        cost = Arrays.copyOf(cost, capacity);
      }
      zhEnd[size] = i;
      enEnd[size] = j;
      type[size] = t;
      cost[size] = model.cost(t, i, j);
      size++;
      i -= model.chineseCounts[t];
      j -= model.englishCounts[t];
    }
    reverse(zhEnd, size);
    reverse(enEnd, size);
    reverse(type, size);
    for (int a = 0, b = size - 1; a < b; a++, b--) {
      double x = cost[a];
      cost[a] = cost[b];
      cost[b] = x;
    }
    return new Path(size, zhEnd, enEnd, type, cost);
  }

  private static void reverse(int[] a, int size) {
    for (int x = 0, y = size - 1; x < y; x++, y--) {
      int tmp = a[x];
      a[x] = a[y];
      a[y] = tmp;
    }
  }

  /** True if a cell of the path lies on a band edge that is not the matrix's edge. */
  static boolean touchesEdge(Path path, int[] lo, int[] hi, int m) {
    int i = 0;
    int j = 0;
    for (int b = 0; b <= path.size; b++) {
      if (j == lo[i] && lo[i] > 0 || j == hi[i] && hi[i] < m) {
        return true;
      }
      if (b < path.size) {
        i = path.zhEnd[b];
        j = path.enEnd[b];
      }
    }
    return false;
  }

  private static int[] pathCenter(Path path, int n) {
    int[] center = new int[n + 1];
    int i0 = 0;
    int j0 = 0;
    for (int b = 0; b < path.size; b++) {
      int i1 = path.zhEnd[b];
      int j1 = path.enEnd[b];
      for (int r = i0 + 1; r <= i1; r++) {
        center[r] = j0 + (int) ((long) (j1 - j0) * (r - i0) / (i1 - i0));
      }
      if (i1 == i0) {
        center[i0] = Math.max(center[i0], j1);
      }
      i0 = i1;
      j0 = j1;
    }
    return center;
  }
}
