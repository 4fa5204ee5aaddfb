package io.github.duiqi.align;

/**
 * {@link CostModel#cost(int, int, int, double)} for the cells of one row, with what depends on
 * the row alone worked out once a row: a search visits every cell of a row with every bead type,
 * and the Chinese side of a bead ending in row {@code i} is the same for all of them. Gives the
 * same value, bit for bit, as the model's own method.
 *
 * <p>Evidence terms take their shortcuts from counts: a bead with no punctuation mark of the
 * five classes on one side costs the other side's count, with no per-class comparison, and
 * numbers and Latin tokens are compared only when both sides have some.
 *
 * <p>Mutable (one row at a time); confined to one thread.
 */
final class RowCosts {

  private final CostModel model;
  private final int types;
  private final int[] ca;
  private final int[] cb;
  private final double[] typeCost;
  private final double ratio;
  private final double varianceLinear;
  private final double varianceQuadratic;
  private final double punctuationWeight;
  private final double numberWeight;
  private final double latinWeight;
  private final double[] enLength;
  private final int[] enPunct;
  private final int[] enPunctTotal;
  private final int[] enNumberAt;
  private final int[] enTokenAt;
  private final int m;
  private final int n;

  /** Per type: ratio-scaled Chinese length of the bead's Chinese side, or NaN if none fits. */
  private final double[] zhLength;
  /**
   * Per type: 1 if a one-sided bead of this row starts at the Chinese start, 2 if it ends at
   * the Chinese end, 3 both, 0 otherwise (where it may pay no length term: see CostModel).
   */
  private final int[] edge;
  /** Per type: count of each punctuation class on the Chinese side, and their total. */
  private final int[] zhPunct;
  private final int[] zhPunctTotal;
  private final int[] zhNumberFrom;
  private final int[] zhNumberTo;
  private final int[] zhTokenFrom;
  private final int[] zhTokenTo;

  RowCosts(CostModel model) {
    this.model = model;
    this.types = model.types();
    this.ca = model.chineseCounts;
    this.cb = model.englishCounts;
    this.typeCost = model.typeCost;
    this.ratio = model.ratio;
    this.varianceLinear = model.varianceLinear;
    this.varianceQuadratic = model.varianceQuadratic;
    this.punctuationWeight = model.punctuationWeight;
    this.numberWeight = model.numberWeight;
    this.latinWeight = model.latinWeight;
    this.enLength = model.en.length;
    this.enPunct = model.en.punct;
    this.enPunctTotal = model.en.punctTotal;
    this.enNumberAt = model.en.numberAt;
    this.enTokenAt = model.en.tokenAt;
    this.m = model.en.size;
    this.n = model.zh.size;
    this.zhLength = new double[types];
    this.edge = new int[types];
    this.zhPunct = new int[types * Profile.PUNCT_CLASSES];
    this.zhPunctTotal = new int[types];
    this.zhNumberFrom = new int[types];
    this.zhNumberTo = new int[types];
    this.zhTokenFrom = new int[types];
    this.zhTokenTo = new int[types];
  }

  /** Moves to the cells ending in Chinese position {@code i}. */
  void row(int i) {
    Profile zh = model.zh;
    for (int t = 0; t < types; t++) {
      int i0 = i - ca[t];
      if (i0 < 0) {
        zhLength[t] = Double.NaN;
        edge[t] = 0;
        continue;
      }
      zhLength[t] = zh.length(i0, i) * ratio;
      boolean oneSided = ca[t] == 0 || cb[t] == 0;
      edge[t] = !oneSided ? 0 : (i0 == 0 ? 1 : 0) | (i == n ? 2 : 0);
      int total = 0;
      for (int c = 0; c < Profile.PUNCT_CLASSES; c++) {
        int count = zh.punct(c, i0, i);
        zhPunct[t * Profile.PUNCT_CLASSES + c] = count;
        total += count;
      }
      zhPunctTotal[t] = total;
      zhNumberFrom[t] = zh.numberAt[i0];
      zhNumberTo[t] = zh.numberAt[i];
      zhTokenFrom[t] = zh.tokenAt[i0];
      zhTokenTo[t] = zh.tokenAt[i];
    }
  }

  /**
   * Relaxes the cells {@code rowLo..rowHi} of this row ({@code cur}, back-pointers from
   * {@code back[base]}) with bead type {@code t} (at least one Chinese sentence) from the row
   * {@code prev} it starts in, which spans {@code prevLo..prevHi}: a cell takes the type if it
   * is strictly cheaper than what the cell holds.
   */
  void relax(int t, double[] prev, int prevLo, int prevHi, double[] cur, int rowLo, int rowHi,
      byte[] back, int base) {
    int k = cb[t];
    int from = Math.max(rowLo, prevLo + k);
    int to = Math.min(rowHi, prevHi + k);
    byte type = (byte) t;
    if (edge[t] == 0 && zhNumberTo[t] == zhNumberFrom[t] && zhTokenTo[t] == zhTokenFrom[t]) {
      // no numbers or Latin tokens on the Chinese side: they cost the English side's count of
      // numbers (the same sums, in the same order, as CostModel.cost)
      double lz = zhLength[t];
      double tc = typeCost[t];
      double pw = punctuationWeight > 0 ? punctuationWeight : 0;
      double nw = numberWeight > 0 ? numberWeight : 0;
      double[] el = enLength;
      int[] ep = enPunctTotal;
      int[] en = enNumberAt;
      if (zhPunctTotal[t] > 0 && pw > 0) {
        int z = t * Profile.PUNCT_CLASSES;
        int[] pc = enPunct;
        for (int j = from; j <= to; j++) {
          int j0 = j - k;
          int e1 = j * Profile.PUNCT_CLASSES;
          int e0 = j0 * Profile.PUNCT_CLASSES;
          int diff = 0;
          for (int c = 0; c < Profile.PUNCT_CLASSES; c++) {
            diff += Math.abs(zhPunct[z + c] - pc[e1 + c] + pc[e0 + c]);
          }
          double cost = prev[j0 - prevLo]
              + (tc + lengthCost(lz, el[j] - el[j0]) + (pw * diff + nw * (en[j] - en[j0])));
          int x = j - rowLo;
          if (cost < cur[x]) {
            cur[x] = cost;
            back[base + x] = type;
          }
        }
        return;
      }
      for (int j = from; j <= to; j++) {
        int j0 = j - k;
        double c = prev[j0 - prevLo]
            + (tc + lengthCost(lz, el[j] - el[j0]) + (pw * (ep[j] - ep[j0])
                + nw * (en[j] - en[j0])));
        int x = j - rowLo;
        if (c < cur[x]) {
          cur[x] = c;
          back[base + x] = type;
        }
      }
      return;
    }
    for (int j = from; j <= to; j++) {
      int x = j - rowLo;
      double p = prev[j - k - prevLo];
      double best = cur[x];
      if (p >= best) {
        continue;
      }
      double c = p + cost(t, j, best - p);
      if (c < best) {
        cur[x] = c;
        back[base + x] = type;
      }
    }
  }

  /**
   * As {@link #relax} for a type with no Chinese sentence (0-n), whose cells come from this
   * row; the row's other types must be in. A tie goes to the lower type index.
   */
  void relaxSameRow(int t, double[] cur, int rowLo, int rowHi, byte[] back, int base) {
    int k = cb[t];
    byte type = (byte) t;
    for (int j = rowLo + k; j <= rowHi; j++) {
      int x = j - rowLo;
      double p = cur[x - k];
      double best = cur[x];
      // every type costs more than 0 (no prior is 1), so p >= best cannot win
      if (p >= best) {
        continue;
      }
      double c = p + cost(t, j, best - p);
      if (c < best || c == best && back[base + x] > t
          && p + cost(t, j, Double.POSITIVE_INFINITY) == best) {
        cur[x] = c;
        back[base + x] = type;
      }
    }
  }

  /** True if bead type {@code t} fits above this row (enough Chinese sentences before it). */
  boolean fits(int t) {
    return !Double.isNaN(zhLength[t]);
  }

  /**
   * The cost of type {@code t} ending at ({@code row}, {@code j}), or any value of at least
   * {@code bound} when the cost is at least {@code bound}; requires {@link #fits(int)} and
   * {@code j >= englishCounts[t]}.
   */
  double cost(int t, int j, double bound) {
    double cost = typeCost[t];
    if (cost >= bound) {
      return cost;
    }
    int j0 = j - cb[t];
    int e = edge[t];
    if (e == 0 || !((e & 1) != 0 && j0 == 0 || (e & 2) != 0 && j == m)) {
      cost += lengthCost(zhLength[t], enLength[j] - enLength[j0]);
      if (cost >= bound) {
        return cost;
      }
    }
    return cost + evidenceCost(t, j0, j);
  }

  private double lengthCost(double lz, double le) {
    double mean = 0.5 * (lz + le);
    if (mean <= 0) {
      return 0;
    }
    double d = le - lz;
    return CostModel.minusLogTailOfSquare(
        d * d / (mean * (varianceLinear + varianceQuadratic * mean)));
  }

  private double evidenceCost(int t, int j0, int j) {
    double cost = 0;
    if (punctuationWeight > 0) {
      int zt = zhPunctTotal[t];
      int et = enPunctTotal[j] - enPunctTotal[j0];
      int diff;
      if (zt == 0 || et == 0) {
        diff = zt + et;
      } else {
        diff = 0;
        int z = t * Profile.PUNCT_CLASSES;
        int e1 = j * Profile.PUNCT_CLASSES;
        int e0 = j0 * Profile.PUNCT_CLASSES;
        for (int c = 0; c < Profile.PUNCT_CLASSES; c++) {
          diff += Math.abs(zhPunct[z + c] - enPunct[e1 + c] + enPunct[e0 + c]);
        }
      }
      cost += punctuationWeight * diff;
    }
    if (numberWeight > 0) {
      int nz = zhNumberTo[t] - zhNumberFrom[t];
      int ne = enNumberAt[j] - enNumberAt[j0];
      cost += numberWeight * (nz == 0 || ne == 0 ? nz + ne
          : model.unmatchedNumbersIn(zhNumberFrom[t], zhNumberTo[t], enNumberAt[j0],
              enNumberAt[j]));
    }
    if (latinWeight > 0 && zhTokenTo[t] > zhTokenFrom[t]) {
      cost += latinWeight * model.unmatchedTokensIn(zhTokenFrom[t], zhTokenTo[t],
          enTokenAt[j0], enTokenAt[j]);
    }
    return cost;
  }
}
