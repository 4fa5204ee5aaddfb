package io.github.duiqi.align;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The dynamic programme over beads, searched in a band so that time and memory grow linearly.
 *
 * <p>On short texts the first band follows the length diagonal: Chinese sentence {@code i} is
 * expected where the English has covered the same share of its length as the Chinese up to
 * {@code i}. On long texts that diagonal drifts from the true path by more than a band's width
 * (insertions, deletions and 1-n beads add up), so there the band follows instead the path of a
 * coarser search over blocks ({@link CostModel#coarse}: about {@link #BLOCK} units a block on
 * the side with fewer, as many blocks of equal length on the other, so that the block path runs
 * near the diagonal whatever the sentence-count ratio; a block bead's length scored as a sum of
 * sentence beads), itself found the same way: a pyramid of searches. Each row of the guided
 * band spans the boxes of the block beads it lies in, plus {@link #GUIDED_HALF_WIDTH}
 * ({@link #COARSE_HALF_WIDTH} at the coarse levels, which only guide).
 *
 * <p>What the answer is: the cheapest path of the final band, and the final band holds every
 * cell within {@link #VERIFIED_REACH} English sentences of that path in every row, and around
 * each run of untranslated sentences the cells of paths that put the run some rows away. So the
 * path is the cheapest of all paths that stay that close to it (a local optimum of that radius),
 * which the search checks rather than assumes: a path strictly inside its band is the band's
 * optimum and nothing more. It is not a proof of global optimality; {@code BeadSearchTest}
 * compares with the full search, and docs/aligner.md gives the real-text checks (identical to
 * the full search on real-sentence pairs up to 5,000; at 100,000 and 1,000,000 no dearer than the
 * best path within ±8 of the gold).
 * The loop: if the best path touches the band's edge, the rows around each touch get twice
 * their width around the path (after {@link #LOCAL_WIDENINGS} such rounds, every row); if it
 * touches no edge but the band lacks cells it must hold, those cells are added. Each round
 * resumes from the last saved row before the first changed one, and takes the old round's
 * back-pointers for every later stretch of rows whose bounds did not change once the costs
 * entering it differ from the old ones by one constant (the change above has been absorbed:
 * every best path below runs through the same cells). If a round would pass the cell budget,
 * the search returns the band's best path marked {@link Path#constrained}, which the public
 * result reports.
 *
 * <p>Cells hold a {@code double} cost in a ring of rows and a {@code byte} back-pointer, in one
 * array per {@link #CHECKPOINT} rows; a wider band's search releases each of the old band's
 * arrays as it passes it, so memory is one byte per cell of one band plus a few rows (and a
 * copy of the ring every {@link #CHECKPOINT} rows). Stateless; thread-safe.
 */
final class BeadSearch {

  /** Default half-width of a band that follows the length diagonal, in English sentences. */
  static final int DEFAULT_HALF_WIDTH = 24;
  /** Half-width of a band that follows a coarser search's path (at most the first band's). */
  static final int GUIDED_HALF_WIDTH = 8;
  /** Half-width of a coarse level's band around the boxes of the level above. */
  static final int COARSE_HALF_WIDTH = 4;
  /** Sentences (or blocks) a block of the next coarser search. */
  static final int BLOCK = 2;
  /** Below this many sentences a side the length diagonal guides the band. */
  static final int COARSE_FROM = 2_000;
  /** Default cap on the band's cells (one byte each). */
  static final long DEFAULT_CELL_BUDGET = 1L << 27;
  /** Rows between saved copies of the ring, from which a widened band's search resumes. */
  static final int CHECKPOINT = 256;
  /** Widenings around the touches before the band widens everywhere. */
  static final int LOCAL_WIDENINGS = 2;
  /**
   * English sentences on each side of the returned path that its band must hold in every row:
   * the radius within which the path is checked to be the cheapest.
   */
  static final int VERIFIED_REACH = 4;
  private static final boolean TRACE = Boolean.getBoolean("duiqi.trace");
  /** Rows on each side of a touch that a widening reaches, at least. */
  private static final int WIDEN_REACH = 64;
  /** Sentences a run of untranslated ones needs for {@link #coverRuns} to look around it. */
  private static final int RUN_MIN = 6;
  /** Beads of other types that may interrupt such a run. */
  private static final int RUN_GAP = 2;
  /**
   * Rows from which a first pass searches its second half on a thread of its own, when the
   * model's settings allow more than one ({@link Grid}).
   */
  static final int SPLIT_FROM = 4_000;
  /** Nats by which two rings may differ from one constant and still count as moved by it. */
  private static final double OFFSET_TOLERANCE = 1e-6;

  /** Tells when the cell budget stopped the widening (the path is then the band's best). */
  private static final System.Logger LOGGER = System.getLogger(BeadSearch.class.getName());

  private BeadSearch() {}

  /** The beads of the best path, in order, and what finding it took. */
  static final class Path {
    final int size;
    final int[] zhEnd;
    final int[] enEnd;
    final int[] type;
    final double[] cost;
    /** Searches run in this band: 1, plus one a widening. */
    int passes = 1;
    /** Cells computed, over all passes (not counting coarser searches). */
    long cellsComputed;
    /** True if the path touched the band's edge when widening would have passed the budget. */
    boolean constrained;
    /** The cost the search summed on its way to the last cell (the beads' costs' sum). */
    double searchCost = Double.NaN;

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
   * @param halfWidth half-width of a band that follows the length diagonal, at least 1
   * @param cellBudget widening stops before the band would hold more cells than this
   */
  static Path search(CostModel model, int halfWidth, long cellBudget) {
    return search(model, halfWidth, cellBudget, true);
  }

  /**
   * As {@link #search(CostModel, int, long)}; with {@code resume} false every widened band is
   * searched from its first row, for tests that resuming changes nothing.
   */
  static Path search(CostModel model, int halfWidth, long cellBudget, boolean resume) {
    return search(model, halfWidth, cellBudget, resume, Math.min(VERIFIED_REACH, halfWidth),
        null);
  }

  /**
   * As {@link #search(CostModel, int, long)}, the first band being the cells within
   * {@code min(}{@link #VERIFIED_REACH}{@code , halfWidth)} of {@code guide}, a path through
   * the same matrix (an earlier pass's answer under a model that differs a little): the band
   * then widens as any other until it holds every cell within that reach of its own best path,
   * so the answer is checked the same way. Where {@code halfWidth} covers the whole matrix the
   * guide is not read: the full search.
   */
  static Path searchNear(CostModel model, Path guide, int halfWidth, long cellBudget) {
    return search(model, halfWidth, cellBudget, true, Math.min(VERIFIED_REACH, halfWidth),
        guide);
  }

  /**
   * As {@link #search(CostModel, int, long, boolean)}; the band ends holding every cell within
   * {@code reach} of the path (0 for a coarse level, which only guides the next).
   */
  private static Path search(CostModel model, int halfWidth, long cellBudget, boolean resume,
      int reach, @Nullable Path guide) {
    int n = model.zh.size;
    int m = model.en.size;
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    int width;
    long cells;
    if (halfWidth >= Math.max(n, m)) {
      // the whole matrix: the full search, exact
      int[] to = new int[n + 1];
      Arrays.fill(to, m);
      width = halfWidth;
      cells = band(new int[n + 1], to, width, m, lo, hi);
    } else if (guide != null) {
      width = Math.max(1, reach);
      Arrays.fill(lo, Integer.MAX_VALUE);
      cells = cover(guide, lo, hi, m, width);
    } else if (n >= COARSE_FROM && m >= COARSE_FROM) {
      int[][] range = coarseRange(model, halfWidth, cellBudget, resume);
      width = Math.min(halfWidth, reach == 0 ? COARSE_HALF_WIDTH : GUIDED_HALF_WIDTH);
      cells = band(range[0], range[1], width, m, lo, hi);
    } else {
      int[] diagonal = lengthDiagonal(model.zh, model.en);
      width = halfWidth;
      cells = band(diagonal, diagonal, width, m, lo, hi);
    }
    Grid grid = null;
    long computed = 0;
    int passes = 0;
    int widenings = 0;
    while (true) {
      int split = grid == null && resume && model.settings.parallelism > 1 && n >= SPLIT_FROM
          ? n / 2 / CHECKPOINT * CHECKPOINT : 0;
      grid = new Grid(model, lo, hi, cells, resume ? grid : null, split);
      computed += grid.computed;
      passes++;
      Path path = grid.trace();
      path.passes = passes;
      path.cellsComputed = computed;
      boolean full = lo[n] == 0 && allFull(lo, hi, m);
      if (TRACE) {
        System.err.printf("search %d x %d: pass %d, band %d cells, computed %d, touches %b%s%n",
            n, m, passes, cells, grid.computed, touchesEdge(path, lo, hi, m),
            touchRows(path, lo, hi, m));
      }
      if (full) {
        return withCosts(path, model);
      }
      int[] wideLo = lo.clone();
      int[] wideHi = hi.clone();
      long wideCells;
      if (touchesEdge(path, lo, hi, m)) {
        widenings++;
        if (widenings <= LOCAL_WIDENINGS) {
          wideCells = widen(path, wideLo, wideHi, m);
        } else {
          // still touching: the guide may be wrong over a long stretch, which local widening
          // would follow only slowly (or settle on a wrong path that no longer touches)
          width = width > Integer.MAX_VALUE / 4 ? width : width * 2;
          wideCells = widenEverywhere(path, wideLo, wideHi, m, width);
        }
        // and the cells within reach of the path, in the same round: each round is a pass
        wideCells = cover(path, wideLo, wideHi, m, reach);
      } else {
        wideCells = cover(path, wideLo, wideHi, m, reach);
        if (wideCells == cells) {
          return withCosts(path, model); // the band holds every path within reach of this one
        }
      }
      if (wideCells > cellBudget || wideCells == cells) {
        path.constrained = true;
        LOGGER.log(System.Logger.Level.WARNING, "alignment search of {0,number,#} x"
            + " {1,number,#} sentences (or blocks) stopped widening its band at {2,number,#}"
            + " cells, the budget; the alignment may follow the band''s edge somewhere",
            n, m, cells);
        return withCosts(path, model);
      }
      lo = wideLo;
      hi = wideHi;
      cells = wideCells;
    }
  }

  /**
   * Adds to the band every cell within {@code reach} English sentences of the path in each
   * row, and around each run of untranslated sentences the cells of paths that put the run
   * elsewhere ({@link #coverRuns}); returns the new cell count (the old one if it held them
   * all).
   */
  private static long cover(Path path, int[] lo, int[] hi, int m, int reach) {
    int n = lo.length - 1;
    if (reach > 0) {
      coverRuns(path, lo, hi, m, reach);
    }
    int[] center = pathCenter(path, n);
    // rows where the path runs up a column span from where it enters to where it leaves
    int[] top = pathTop(path, n);
    boolean changed = false;
    for (int i = 0; i <= n; i++) {
      int a = Math.max(0, Math.min(center[i], top[i]) - reach);
      int b = (int) Math.min(m, (long) Math.max(center[i], top[i]) + reach);
      if (a < lo[i]) {
        lo[i] = a;
        changed = true;
      }
      if (b > hi[i]) {
        hi[i] = b;
        changed = true;
      }
    }
    long cells = connect(lo, hi, m);
    return changed ? cells : cellCount(lo, hi);
  }

  /**
   * Around each run of beads with an empty side (beads of other types no more than
   * {@link #RUN_GAP} apart count as one run) holding {@code L >= }{@link #RUN_MIN} sentences,
   * adds the cells within {@code L + reach} English sentences of the path, in the rows within
   * {@code 2L + }{@link #WIDEN_REACH} of it: where the run goes is the least certain part of an
   * alignment (its length is no evidence), and a path that puts it some rows away runs up to
   * L sentences off this one there, beyond any fixed reach. The band only grows.
   */
  private static void coverRuns(Path path, int[] lo, int[] hi, int m, int reach) {
    int n = lo.length - 1;
    int[] center = null;
    int b = 0;
    while (b < path.size) {
      if (!oneSided(path, b)) {
        b++;
        continue;
      }
      int first = b;
      int last = b;
      int sentences = 0;
      int gap = 0;
      for (int k = b; k < path.size && gap <= RUN_GAP; k++) {
        if (oneSided(path, k)) {
          sentences += path.zhEnd[k] - path.zhStart(k) + path.enEnd[k] - path.enStart(k);
          last = k;
          gap = 0;
        } else {
          gap++;
        }
      }
      b = last + 1;
      if (sentences < RUN_MIN) {
        continue;
      }
      if (center == null) {
        center = pathCenter(path, n);
      }
      int rows = 2 * sentences + WIDEN_REACH;
      int width = sentences + reach;
      int from = Math.max(0, path.zhStart(first) - rows);
      int to = Math.min(n, path.zhEnd[last] + rows);
      for (int r = from; r <= to; r++) {
        lo[r] = (int) Math.min(lo[r], Math.max(0, (long) center[r] - width));
        hi[r] = (int) Math.max(hi[r], Math.min(m, (long) center[r] + width));
      }
    }
  }

  private static boolean oneSided(Path path, int b) {
    return path.zhEnd[b] == path.zhStart(b) || path.enEnd[b] == path.enStart(b);
  }

  /** The highest English position the path reaches in each row. */
  private static int[] pathTop(Path path, int n) {
    int[] top = pathCenter(path, n);
    int i = 0;
    for (int b = 0; b < path.size; b++) {
      i = path.zhEnd[b];
      top[i] = Math.max(top[i], path.enEnd[b]);
    }
    return top;
  }

  private static long cellCount(int[] lo, int[] hi) {
    long cells = 0;
    for (int i = 0; i < lo.length; i++) {
      cells += hi[i] - lo[i] + 1;
    }
    return cells;
  }

  /**
   * The cheapest path among those that stay within {@code reach} English sentences of the
   * given bead ends in every row (one search, no widening): for tests and measurements that
   * compare the search's answer with the best path near a known one (the gold).
   */
  static Path bestNear(CostModel model, int[] zhEnd, int[] enEnd, int size, int reach) {
    int n = model.zh.size;
    int m = model.en.size;
    Path around = new Path(size, zhEnd, enEnd, new int[size], new double[size]);
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    Arrays.fill(lo, Integer.MAX_VALUE);
    long cells = cover(around, lo, hi, m, reach);
    return withCosts(new Grid(model, lo, hi, cells, null, 0).trace(), model);
  }

  /** Beads from which {@link #withCosts} uses the settings' threads. */
  static final int PARALLEL_COSTS_FROM = 4_000;

  /**
   * Fills in the cost of each of the path's beads, through the row's fast path (the same bits
   * as the reference, RowCostsTest; the reference's lexical term would search every gloss
   * again). Only a path the search returns needs them, not those of the passes it widens
   * from. Each bead's cost is computed on its own, so the parts of a long path go to the
   * settings' threads with the same result.
   */
  private static Path withCosts(Path path, CostModel model) {
    int parts = path.size >= PARALLEL_COSTS_FROM ? Math.max(1, model.settings.parallelism) : 1;
    Parallel.run(parts, parts, part -> {
      RowCosts rowCosts = new RowCosts(model);
      double[] one = new double[1];
      int from = (int) ((long) path.size * part / parts);
      int to = (int) ((long) path.size * (part + 1) / parts);
      for (int b = from; b < to; b++) {
        int i = path.zhEnd[b];
        int j = path.enEnd[b];
        rowCosts.row(i);
        rowCosts.columns(j, j);
        rowCosts.costs(path.type[b], j, j, one);
        path.cost[b] = one[0];
      }
    });
    return path;
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
  static int[][] coarseRange(CostModel model, int halfWidth, long cellBudget, boolean resume) {
    int n = model.zh.size;
    int m = model.en.size;
    // a coarse level only guides: its path is kept off its band's edges, not verified
    CostModel blocks = model.coarse(BLOCK);
    Path coarse = search(blocks, halfWidth, cellBudget, resume, 0, null);
    int[] zhEnds = java.util.Objects.requireNonNull(blocks.zhEnds);
    int[] enEnds = java.util.Objects.requireNonNull(blocks.enEnds);
    int[] from = new int[n + 1];
    int[] to = new int[n + 1];
    Arrays.fill(from, Integer.MAX_VALUE);
    int i0 = 0;
    int j0 = 0;
    for (int b = 0; b < coarse.size; b++) {
      // each row spans the boxes of the block beads it lies in (two where one bead ends and
      // the next begins): the fine path crosses a block's end a sentence or two off its corner
      int i1 = zhEnds[coarse.zhEnd[b]];
      int j1 = enEnds[coarse.enEnd[b]];
      for (int r = i0; r <= i1; r++) {
        from[r] = Math.min(from[r], j0);
        to[r] = Math.max(to[r], j1);
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
    return connect(lo, hi, m);
  }

  /**
   * Makes the rows a band a path can cross: starting at (0, 0), ending at (n, m), row bounds
   * never going back, each row reaching the next row's first cell; returns the cell count.
   */
  private static long connect(int[] lo, int[] hi, int m) {
    int n = lo.length - 1;
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

  /**
   * One search over a band: back-pointers for every cell, one array per {@link #CHECKPOINT}
   * rows, and the ring of cost rows saved every {@link #CHECKPOINT} rows so that a wider band's
   * search can start where the bands differ.
   */
  private static final class Grid {
    private final CostModel model;
    private final int[] lo;
    private final int[] hi;
    private final long[] rowStart;
    /** {@code back[c]}: the back-pointers of rows {@code c·CHECKPOINT ..}, row after row. */
    private byte[][] back;
    /** {@code saved[c]}: rows {@code c·CHECKPOINT - ring + 1 .. c·CHECKPOINT - 1}, by row mod ring. */
    private double[][][] saved;
    private final int ring;
    /** Cells this search computed (fewer than the band's when it resumed). */
    long computed;
    /** The cost the search reached the last cell with. */
    private double searchCost;
    private int traceChanged;
    private int traceMismatch;
    /*
     * A split first pass: rows splitFrom..n are searched meanwhile by another Grid on its own
     * thread, from a ring of zeros as if every cell there were a start. Once this search's ring
     * differs from that one's by one constant at a checkpoint (every best path below runs
     * through the same cells whatever the costs above; equal within OFFSET_TOLERANCE, the rule
     * of a resumed search), it takes the other's back-pointers for the rest, as a resumed
     * search takes an old one's; until then it computes its rows itself.
     */
    private @Nullable Thread splitThread;
    private int splitFrom;
    private final Grid[] splitGrid = new Grid[1];
    private final Throwable[] splitFailure = new Throwable[1];

    Grid(CostModel model, int[] lo, int[] hi, long cells, @Nullable Grid before, int split) {
      this(model, lo, hi);
      if (before == null && split > 0) {
        // the rows up to split, while the other thread searches the rest; fill waits for it
        splitFrom = split;
        splitThread = new Thread(() -> {
          try {
            splitGrid[0] = new Grid(model, lo, hi, split);
          } catch (RuntimeException | Error e) {
            splitFailure[0] = e;
          }
        }, "duiqi-search-split");
        splitThread.setDaemon(true);
        splitThread.start();
        long adopted = fill(newRows(), 0, null);
        computed = rowStart[model.zh.size + 1] - adopted + splitComputed;
        return;
      }
      double[][] rows = newRows();
      int first = 0;
      if (before != null) {
        // rows above the first changed one have the same cells, costs and back-pointers
        int n = model.zh.size;
        int changed = 0;
        while (changed <= n && lo[changed] == before.lo[changed]
            && hi[changed] == before.hi[changed]) {
          changed++;
        }
        int c = Math.min(changed, n) / CHECKPOINT;
        while (c > 0 && before.saved[c] == null) {
          c--;
        }
        first = c * CHECKPOINT;
        System.arraycopy(before.back, 0, back, 0, c);
        System.arraycopy(before.saved, 0, saved, 0, c + 1);
        if (c > 0) {
          for (int r = 0; r < ring; r++) {
            double[] row = before.saved[c][r];
            if (row != null) {
              System.arraycopy(row, 0, rows[r], 0, row.length);
            }
          }
        }
        for (int k = 0; k < c; k++) {
          before.back[k] = null;
        }
      }
      long adopted = fill(rows, first, before);
      computed = rowStart[model.zh.size + 1] - rowStart[first] - adopted;
      if (before != null) {
        // whatever the new band did not take of the old one goes now
        before.back = new byte[0][];
        before.saved = new double[0][][];
      }
    }

    /** Cells the split's other thread computed. */
    private long splitComputed;

    /**
     * The second half of a split first pass: rows {@code from..n} (a checkpoint row) searched
     * from a ring of zeros.
     */
    private Grid(CostModel model, int[] lo, int[] hi, int from) {
      this(model, lo, hi);
      fill(newRows(), from, null);
      computed = rowStart[model.zh.size + 1] - rowStart[from];
    }

    /** The ring of cost rows, zeros. */
    private double[][] newRows() {
      return new double[ring][maxWidth];
    }

    private final int maxWidth;

    /** Allocates the band's arrays. */
    private Grid(CostModel model, int[] lo, int[] hi) {
      this.model = model;
      this.lo = lo;
      this.hi = hi;
      int n = model.zh.size;
      int types = model.types();
      int[] ca = model.chineseCounts;
      int maxA = 0;
      for (int t = 0; t < types; t++) {
        maxA = Math.max(maxA, ca[t]);
      }
      ring = maxA + 1;
      rowStart = new long[n + 2];
      int maxWidth = 0;
      for (int i = 0; i <= n; i++) {
        rowStart[i + 1] = rowStart[i] + hi[i] - lo[i] + 1;
        maxWidth = Math.max(maxWidth, hi[i] - lo[i] + 1);
      }
      this.maxWidth = maxWidth;
      int chunks = n / CHECKPOINT + 1;
      back = new byte[chunks][];
      saved = new double[chunks][][];
    }

    /**
     * True if rows from the ring before checkpoint {@code c} to the end of chunk {@code c} have
     * the same bounds in {@code before}, which still holds that chunk.
     */
    private boolean sameChunk(Grid before, int c) {
      int n = model.zh.size;
      if (c >= before.back.length || before.back[c] == null || before.saved[c] == null) {
        return false;
      }
      int to = Math.min(n, (c + 1) * CHECKPOINT - 1);
      for (int i = Math.max(0, c * CHECKPOINT - ring + 1); i <= to; i++) {
        if (lo[i] != before.lo[i] || hi[i] != before.hi[i]) {
          return false;
        }
      }
      return true;
    }

    /**
     * The constant by which the ring of rows before checkpoint row {@code i} differs from the
     * old search's ring there ({@code old}), or NaN if it does not differ by one constant: then
     * every later row of the same bounds differs by it too, and so the old back-pointers hold.
     * Equal within rounding (the costs are sums of up to a million terms).
     */
    private double offset(double[][] rows, double[][] old, int i) {
      double offset = Double.NaN;
      for (int p = Math.max(0, i - ring + 1); p < i; p++) {
        double[] now = rows[p % ring];
        double[] then = old[p % ring];
        for (int x = 0, w = hi[p] - lo[p] + 1; x < w; x++) {
          double a = now[x];
          double b = then[x];
          if (a == Double.POSITIVE_INFINITY || b == Double.POSITIVE_INFINITY) {
            if (a != b) {
              return Double.NaN;
            }
            continue;
          }
          double d = a - b;
          if (Double.isNaN(offset)) {
            offset = d;
          } else if (Math.abs(d - offset) > OFFSET_TOLERANCE + 1024 * Math.ulp(a)) {
            return Double.NaN;
          }
        }
      }
      return offset;
    }

    /** Waits for the split's other half and returns it (rethrowing its failure). */
    private Grid awaitSplit() {
      Parallel.join(java.util.Objects.requireNonNull(splitThread));
      splitThread = null;
      Parallel.rethrow(splitFailure[0]);
      Grid other = splitGrid[0];
      splitGrid[0] = null;
      splitComputed = other.computed;
      return other;
    }

    /** Offset of row {@code i}'s first cell in its array {@code back[i / CHECKPOINT]}. */
    private int base(int i) {
      return (int) (rowStart[i] - rowStart[i / CHECKPOINT * CHECKPOINT]);
    }

    /**
     * Fills rows {@code first..n}; where a chunk of the old search {@code before} has the same
     * bounds and its ring of rows differs from this one's by a constant (the widened rows above
     * changed every cost by the same amount: every best path runs through the same cells
     * since), takes the old chunk's back-pointers instead of computing them. Returns the cells
     * so taken. Releases each old chunk once passed.
     */
    private long fill(double[][] rows, int first, @Nullable Grid previous) {
      Grid before = previous;
      int n = model.zh.size;
      long adopted = 0;
      double offset = Double.NaN;
      boolean adopting = false;
      int types = model.types();
      int[] ca = model.chineseCounts;
      RowCosts costs = new RowCosts(model);
      byte[] chunk = null;
      for (int i = first; i <= n; i++) {
        if (i % CHECKPOINT == 0) {
          int c = i / CHECKPOINT;
          if (splitThread != null && i >= splitFrom) {
            before = awaitSplit();
          }
          if (adopting) {
            // the ring here is the old one moved by the offset
            double[][] old = before.saved[c];
            for (int p = Math.max(0, i - ring + 1); p < i; p++) {
              double[] row = rows[p % ring];
              double[] then = old[p % ring];
              for (int x = 0, w = hi[p] - lo[p] + 1; x < w; x++) {
                row[x] = then[x] + offset;
              }
            }
          }
          if (i > 0 && saved[c] == null) {
            double[][] copy = new double[ring][];
            for (int p = Math.max(0, i - ring + 1); p < i; p++) {
              copy[p % ring] = Arrays.copyOf(rows[p % ring], hi[p] - lo[p] + 1);
            }
            saved[c] = copy;
          }
          long size = rowStart[Math.min(n + 1, i + CHECKPOINT)] - rowStart[i];
          if (TRACE && before != null && i > 0) {
            if (!sameChunk(before, c)) {
              traceChanged++;
            } else if (!adopting && Double.isNaN(offset(rows, before.saved[c], i))) {
              traceMismatch++;
            }
          }
          if (before != null && i > 0 && sameChunk(before, c)) {
            double d = adopting ? offset : offset(rows, before.saved[c], i);
            if (!Double.isNaN(d)) {
              back[c] = before.back[c];
              before.back[c] = null;
              offset = d;
              adopting = true;
              adopted += size;
              i = Math.min(n + 1, i + CHECKPOINT) - 1; // the loop goes on at the next chunk
              continue;
            }
          }
          adopting = false;
          if (before != null && c < before.back.length) {
            before.back[c] = null; // before this chunk's own array is made
          }
          if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                "alignment band of " + size + " cells in " + CHECKPOINT + " rows is too large");
          }
          back[c] = new byte[(int) size];
        }
        if (chunk != back[i / CHECKPOINT]) {
          chunk = back[i / CHECKPOINT];
        }
        double[] row = rows[i % ring];
        int rowLo = lo[i];
        int rowHi = hi[i];
        int base = base(i);
        int width = rowHi - rowLo + 1;
        costs.row(i);
        costs.columns(rowLo, rowHi);
        Arrays.fill(row, 0, width, Double.POSITIVE_INFINITY);
        Arrays.fill(chunk, base, base + width, (byte) -1);
        if (i == 0) {
          row[0] = 0; // the start cell (0, 0): lo[0] is 0
        }
        // type by type over the row rather than cell by cell: each inner loop is short and
        // free of unpredictable branches. Types in order, strictly cheaper wins: the first
        // cheapest type, as a cell-by-cell scan would choose. Same-row types (0-n) read this
        // row, so they come last, with the tie rule spelled out.
        for (int t = 0; t < types; t++) {
          int pi = i - ca[t];
          if (ca[t] > 0 && pi >= 0) {
            costs.relax(t, rows[pi % ring], lo[pi], hi[pi], row, rowLo, rowHi, chunk, base);
          }
        }
        costs.relaxSameRow(row, rowLo, rowHi, chunk, base);
      }
      searchCost = adopting ? before.searchCost + offset : rows[n % ring][hi[n] - lo[n]];
      if (TRACE && before != null) {
        System.err.printf("  resumed at row %d: %d chunks changed, %d not moved by a constant,"
            + " %d cells taken%n", first, traceChanged, traceMismatch, adopted);
      }
      return adopted;
    }

    /** The path back from the last cell; its beads' costs are filled in by {@link #withCosts}. */
    Path trace() {
      int n = model.zh.size;
      int m = model.en.size;
      int capacity = 16;
      int[] zhEnd = new int[capacity];
      int[] enEnd = new int[capacity];
      int[] type = new int[capacity];
      int size = 0;
      int i = n;
      int j = m;
      while (i > 0 || j > 0) {
        int t = back[i / CHECKPOINT][base(i) + j - lo[i]];
        if (t < 0) {
          throw new IllegalStateException("no alignment path reaches (" + i + ", " + j + ")");
        }
        if (size == capacity) {
          capacity *= 2;
          zhEnd = Arrays.copyOf(zhEnd, capacity);
          enEnd = Arrays.copyOf(enEnd, capacity);
          type = Arrays.copyOf(type, capacity);
        }
        zhEnd[size] = i;
        enEnd[size] = j;
        type[size] = t;
        size++;
        i -= model.chineseCounts[t];
        j -= model.englishCounts[t];
      }
      reverse(zhEnd, size);
      reverse(enEnd, size);
      reverse(type, size);
      // the beads' costs: filled in by withCosts for the path the search returns
      Path path = new Path(size, zhEnd, enEnd, type, new double[size]);
      path.searchCost = searchCost;
      return path;
    }
  }

  private static void reverse(int[] a, int size) {
    for (int x = 0, y = size - 1; x < y; x++, y--) {
      int tmp = a[x];
      a[x] = a[y];
      a[y] = tmp;
    }
  }

  /** For the trace: how many path cells touch the band's edge, and the first rows. */
  private static String touchRows(Path path, int[] lo, int[] hi, int m) {
    int i = 0;
    int j = 0;
    int count = 0;
    StringBuilder rows = new StringBuilder();
    for (int b = 0; b <= path.size; b++) {
      if (j == lo[i] && lo[i] > 0 || j == hi[i] && hi[i] < m) {
        if (count++ < 12) {
          rows.append(' ').append(i);
        }
      }
      if (b < path.size) {
        i = path.zhEnd[b];
        j = path.enEnd[b];
      }
    }
    return count == 0 ? "" : " (" + count + " at" + rows + ")";
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

  /**
   * Widens the band where the path touches its edge: rows within reach of a touch span at
   * least twice their width around the path (never fewer cells than before, so the band only
   * grows); returns the new cell count.
   */
  private static long widen(Path path, int[] lo, int[] hi, int m) {
    int n = lo.length - 1;
    int[] center = pathCenter(path, n);
    int[] oldLo = lo.clone();
    int[] oldHi = hi.clone();
    int i = 0;
    int j = 0;
    for (int b = 0; b <= path.size; b++) {
      if (j == oldLo[i] && oldLo[i] > 0 || j == oldHi[i] && oldHi[i] < m) {
        int span = oldHi[i] - oldLo[i] + 1;
        int reach = Math.max(WIDEN_REACH, 4 * span);
        for (int r = Math.max(0, i - reach); r <= Math.min(n, i + reach); r++) {
          long half = Math.max(span, (long) oldHi[r] - oldLo[r] + 1);
          lo[r] = (int) Math.min(lo[r], Math.max(0, center[r] - half));
          hi[r] = (int) Math.max(hi[r], Math.min(m, center[r] + half));
        }
      }
      if (b < path.size) {
        i = path.zhEnd[b];
        j = path.enEnd[b];
      }
    }
    return connect(lo, hi, m);
  }

  /**
   * Widens the band in every row to at least {@code width} on each side of the path; returns
   * the new cell count.
   */
  private static long widenEverywhere(Path path, int[] lo, int[] hi, int m, int width) {
    int n = lo.length - 1;
    int[] center = pathCenter(path, n);
    for (int i = 0; i <= n; i++) {
      lo[i] = (int) Math.min(lo[i], Math.max(0, (long) center[i] - width));
      hi[i] = (int) Math.max(hi[i], Math.min(m, (long) center[i] + width));
    }
    return connect(lo, hi, m);
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
