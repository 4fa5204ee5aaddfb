package io.github.duiqi.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures the search on a sentence pair with a gold ladder ({@code PREFIX.zh}, {@code .en},
 * {@code .align}, one sentence a line, as {@code make_synthetic.py} writes them): time of the
 * profiles, the search and the posteriors (median of the repetitions after the first half),
 * cells and passes, whether the budget stopped it, exact-bead F1 against the gold, and the
 * check that the returned path costs no more than the best path within ±8 sentences of the
 * gold ({@link BeadSearch#bestNear}); with {@code --full} also the full search's path.
 * Not a test (the data are outside the repository); the same checks run on generated pairs in
 * {@code BeadSearchTest}.
 *
 * <pre>
 * java -cp duiqi/target/classes:duiqi/target/test-classes:$(cat cp.txt) \
 *     io.github.duiqi.align.SearchProbe /tmp/real/r100000 [REPETITIONS] [--full] [--second-pass]
 * </pre>
 */
public final class SearchProbe {

  private SearchProbe() {}

  public static void main(String[] args) throws IOException {
    String prefix = args[0];
    int reps = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 1;
    boolean full = Arrays.asList(args).contains("--full");
    List<String> zh = lines(prefix + ".zh");
    List<String> en = lines(prefix + ".en");
    int[][] gold = gold(prefix + ".align");
    SentenceAligner aligner = new SentenceAligner(Settings.DEFAULT);
    long[] tProfile = new long[reps];
    long[] tSearch = new long[reps];
    long[] tScores = new long[reps];
    BeadSearch.Path path = null;
    CostModel model = null;
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime();
      Profile[] p = Profile.of(zh, en);
      long t1 = System.nanoTime();
      model = aligner.model(p[0], p[1], Double.NaN);
      path = BeadSearch.search(model);
      long t2 = System.nanoTime();
      BeadScores.scores(model, path, 1);
      long t3 = System.nanoTime();
      tProfile[r] = t1 - t0;
      tSearch[r] = t2 - t1;
      tScores[r] = t3 - t2;
    }
    System.out.printf("%s: %d x %d sentences%n", prefix, zh.size(), en.size());
    System.out.printf("ms (median of last %d): profiles %.1f, search %.1f, scores %.1f%n",
        reps - reps / 2, median(tProfile), median(tSearch), median(tScores));
    System.out.printf("fine cells %d (%.1f a row), passes %d, constrained %b%n",
        path.cellsComputed, (double) path.cellsComputed / (zh.size() + 1), path.passes,
        path.constrained);
    System.out.printf("beads %d (gold %d), exact F1 %.4f, cost %.4f%n", path.size,
        gold[0].length, f1(path, gold), path.totalCost());
    BeadSearch.Path near = BeadSearch.bestNear(model, gold[0], gold[1], gold[0].length, 8);
    System.out.printf("best path within ±8 of the gold: cost %.4f; returned - that = %.4f%n",
        near.totalCost(), path.totalCost() - near.totalCost());
    if (full) {
      BeadSearch.Path exact = BeadSearch.search(model, Math.max(zh.size(), en.size()),
          Long.MAX_VALUE);
      System.out.printf("full search: cost %.4f, same path %b%n", exact.totalCost(),
          samePath(exact, path));
    }
    if (Arrays.asList(args).contains("--second-pass")) {
      // as SentenceAligner's second pass: a table learned on the confident beads, then a
      // search from a band around the first path
      double[] scores = BeadScores.scores(model, path, 1);
      List<int[]> beads = new ArrayList<>();
      for (int b = 0; b < path.size; b++) {
        if (scores[b] >= TranslationModel.CONFIDENT) {
          beads.add(new int[] {path.zhStart(b), path.zhEnd[b], path.enStart(b), path.enEnd[b]});
        }
      }
      int[][] cols = new int[4][beads.size()];
      for (int b = 0; b < beads.size(); b++) {
        for (int c = 0; c < 4; c++) {
          cols[c][b] = beads.get(b)[c];
        }
      }
      long t0 = System.nanoTime();
      LexicalEvidence learned = TranslationModel.learn(zh, en, cols[0], cols[1], cols[2],
          cols[3]);
      long t1 = System.nanoTime();
      CostModel second = model.withLexical(learned, 0, 0);
      BeadSearch.Path path2 = BeadSearch.searchNear(second, path, Settings.DEFAULT.halfWidth,
          BeadSearch.DEFAULT_CELL_BUDGET);
      long t2 = System.nanoTime();
      System.out.printf("second pass: learn %.1f ms, search %.1f ms (%d cells, %d passes);"
          + " exact F1 %.4f, cost %.4f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
          path2.cellsComputed, path2.passes, f1(path2, gold), path2.totalCost());
      if (full) {
        BeadSearch.Path exact = BeadSearch.search(second, Math.max(zh.size(), en.size()),
            Long.MAX_VALUE);
        System.out.printf("second pass, full search: cost %.4f, same path %b%n",
            exact.totalCost(), samePath(exact, path2));
      }
    }
  }

  static boolean samePath(BeadSearch.Path a, BeadSearch.Path b) {
    return a.size == b.size && Arrays.equals(Arrays.copyOf(a.zhEnd, a.size),
        Arrays.copyOf(b.zhEnd, b.size)) && Arrays.equals(Arrays.copyOf(a.enEnd, a.size),
        Arrays.copyOf(b.enEnd, b.size));
  }

  private static double median(long[] t) {
    long[] tail = Arrays.copyOfRange(t, t.length / 2, t.length);
    Arrays.sort(tail);
    return tail[tail.length / 2] / 1e6;
  }

  private static List<String> lines(String file) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    return lines;
  }

  /** Gold bead ends: {@code [0][b]} Chinese, {@code [1][b]} English. */
  static int[][] gold(String file) throws IOException {
    List<int[]> ends = new ArrayList<>();
    int z = 0;
    int e = 0;
    for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] sides = line.split(":");
      z += count(sides[0]);
      e += count(sides[1]);
      ends.add(new int[] {z, e});
    }
    int[][] out = new int[2][ends.size()];
    for (int b = 0; b < ends.size(); b++) {
      out[0][b] = ends.get(b)[0];
      out[1][b] = ends.get(b)[1];
    }
    return out;
  }

  private static int count(String side) {
    String inner = side.trim().replace("[", "").replace("]", "").trim();
    return inner.isEmpty() ? 0 : inner.split(",").length;
  }

  /** Exact-bead F1: beads equal in both sides' spans. */
  static double f1(BeadSearch.Path path, int[][] gold) {
    Set<Long> g = new HashSet<>();
    int z = 0;
    int e = 0;
    for (int b = 0; b < gold[0].length; b++) {
      g.add(key(z, gold[0][b], e, gold[1][b]));
      z = gold[0][b];
      e = gold[1][b];
    }
    int hit = 0;
    for (int b = 0; b < path.size; b++) {
      if (g.contains(key(path.zhStart(b), path.zhEnd[b], path.enStart(b), path.enEnd[b]))) {
        hit++;
      }
    }
    return 2.0 * hit / (path.size + gold[0].length);
  }

  private static long key(int z0, int z1, int e0, int e1) {
    return ((long) z0 << 42) ^ ((long) (z1 - z0) << 36) ^ ((long) e0 << 6) ^ (e1 - e0);
  }
}
