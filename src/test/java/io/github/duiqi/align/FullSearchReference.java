package io.github.duiqi.align;

/**
 * The textbook search over the whole matrix, for tests only: the banded search must give the
 * same path wherever this one's path lies inside the band.
 */
final class FullSearchReference {

  private FullSearchReference() {}

  /** Returns the path as alternating (zhEnd, enEnd) pairs, and its total cost. */
  static BeadSearch.Path search(CostModel model) {
    int n = model.zh.size;
    int m = model.en.size;
    double[][] cost = new double[n + 1][m + 1];
    int[][] back = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        cost[i][j] = i == 0 && j == 0 ? 0 : Double.POSITIVE_INFINITY;
        back[i][j] = -1;
        for (int t = 0; t < model.types(); t++) {
          int pi = i - model.chineseCounts[t];
          int pj = j - model.englishCounts[t];
          if (pi < 0 || pj < 0 || cost[pi][pj] == Double.POSITIVE_INFINITY) {
            continue;
          }
          double c = cost[pi][pj] + model.cost(t, i, j);
          if (c < cost[i][j]) {
            cost[i][j] = c;
            back[i][j] = t;
          }
        }
      }
    }
    java.util.ArrayList<int[]> beads = new java.util.ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int t = back[i][j];
      beads.add(0, new int[] {i, j, t});
      i -= model.chineseCounts[t];
      j -= model.englishCounts[t];
    }
    int size = beads.size();
    int[] zhEnd = new int[size];
    int[] enEnd = new int[size];
    int[] type = new int[size];
    double[] c = new double[size];
    for (int b = 0; b < size; b++) {
      zhEnd[b] = beads.get(b)[0];
      enEnd[b] = beads.get(b)[1];
      type[b] = beads.get(b)[2];
      c[b] = model.cost(type[b], zhEnd[b], enEnd[b]);
    }
    return new BeadSearch.Path(size, zhEnd, enEnd, type, c);
  }
}
