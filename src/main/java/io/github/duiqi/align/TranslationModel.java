package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A translation table learned from the document pair itself, for the second pass of an aligner
 * without a lexicon (Moore's method, 2002): IBM Model 1 trained by expectation maximisation on
 * the first pass's confident beads, from Chinese characters (the only Chinese words there are
 * without a dictionary) to the English content stems of {@link Lexicon#englishStems}, with an
 * empty Chinese word that may produce any English one. Its table becomes a
 * {@link LexicalEvidence} like a lexicon's, each entry with its trained {@code t(e|f)}.
 *
 * <p>Deterministic: the same beads give the same table, bit for bit. Stateless; thread-safe.
 */
final class TranslationModel {

  /** Beads whose score is below this are not trained on. */
  static final double CONFIDENT = 0.9;
  /** At most this many beads are trained on, spread evenly over the document. */
  static final int MAX_BEADS = 20_000;
  /** EM iterations. */
  static final int ITERATIONS = 5;
  /** Table entries with a smaller {@code t(e|f)} are dropped after training. */
  static final double MIN_PROBABILITY = 0.02;

  private TranslationModel() {}

  /**
   * Trains a table on the beads given and returns its evidence on the whole document pair.
   * Bead {@code b} is Chinese {@code zhFrom[b]..zhTo[b]-1} with English
   * {@code enFrom[b]..enTo[b]-1}; only those with both sides non-empty are used.
   */
  static LexicalEvidence learn(List<String> chinese, List<String> english, int[] zhFrom,
      int[] zhTo, int[] enFrom, int[] enTo) {
    int n = chinese.size();
    int m = english.size();
    // English content stems as local ids and their document counts
    Map<String, Integer> stemIds = new HashMap<>();
    int[][] enIds = new int[m][];
    Profile.IntList countList = new Profile.IntList();
    long total = 0;
    for (int q = 0; q < m; q++) {
      List<String> stems = Lexicon.englishStems(english.get(q));
      int[] ids = new int[stems.size()];
      for (int k = 0; k < ids.length; k++) {
        Integer id = stemIds.get(stems.get(k));
        if (id == null) {
          id = stemIds.size();
          stemIds.put(stems.get(k), id);
          countList.add(0);
        }
        ids[k] = id;
        countList.data[id]++;
      }
      total += ids.length;
      enIds[q] = ids;
    }
    // Chinese characters as local ids
    Map<Integer, Integer> charIds = new HashMap<>();
    int[][] zhIds = new int[n][];
    for (int i = 0; i < n; i++) {
      String s = chinese.get(i);
      int[] ids = new int[s.length()];
      int k = 0;
      for (int x = 0; x < s.length(); ) {
        int cp = s.codePointAt(x);
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
          Integer id = charIds.get(cp);
          if (id == null) {
            id = charIds.size();
            charIds.put(cp, id);
          }
          ids[k++] = id;
        }
        x += Character.charCount(cp);
      }
      zhIds[i] = Arrays.copyOf(ids, k);
    }
    int chars = charIds.size();
    int stems = stemIds.size();

    // the training beads: distinct characters and stems with their counts
    int usable = 0;
    for (int b = 0; b < zhFrom.length; b++) {
      if (zhTo[b] > zhFrom[b] && enTo[b] > enFrom[b]) {
        usable++;
      }
    }
    int step = Math.max(1, (usable + MAX_BEADS - 1) / MAX_BEADS);
    Profile.IntList beadList = new Profile.IntList();
    for (int b = 0, u = 0; b < zhFrom.length; b++) {
      if (zhTo[b] > zhFrom[b] && enTo[b] > enFrom[b] && u++ % step == 0) {
        beadList.add(b);
      }
    }
    int beads = beadList.size;
    int[][] fs = new int[beads][];
    int[][] fn = new int[beads][];
    int[][] es = new int[beads][];
    int[][] en = new int[beads][];
    int[] mark = new int[Math.max(chars, stems)];
    Arrays.fill(mark, -1);
    int[] tally = new int[mark.length];
    for (int k = 0; k < beads; k++) {
      int b = beadList.data[k];
      int[][] f = distinct(zhIds, zhFrom[b], zhTo[b], mark, tally);
      fs[k] = f[0];
      fn[k] = f[1];
      int[][] e = distinct(enIds, enFrom[b], enTo[b], mark, tally);
      es[k] = e[0];
      en[k] = e[1];
    }
    // the pairs that co-occur, character-major, each once
    long size = 0;
    for (int k = 0; k < beads; k++) {
      size += (long) fs[k].length * es[k].length;
    }
    long[] all = new long[Math.toIntExact(size)];
    int filled = 0;
    for (int k = 0; k < beads; k++) {
      for (int f : fs[k]) {
        for (int e : es[k]) {
          all[filled++] = ((long) f << 32) | e;
        }
      }
    }
    Arrays.sort(all);
    int[] pairChar = new int[all.length];
    int[] pairStem = new int[all.length];
    int unique = 0;
    for (int x = 0; x < all.length; x++) {
      if (x == 0 || all[x] != all[x - 1]) {
        pairChar[unique] = (int) (all[x] >>> 32);
        pairStem[unique++] = (int) all[x];
      }
    }
    all = null;
    int[] start = new int[chars + 1];
    for (int x = 0; x < unique; x++) {
      start[pairChar[x] + 1]++;
    }
    for (int c = 0; c < chars; c++) {
      start[c + 1] += start[c];
    }
    int[] stemOf = Arrays.copyOf(pairStem, unique);
    int pairs = unique;
    // each bead's pair indices, character-major
    int[][] pairAt = new int[beads][];
    for (int k = 0; k < beads; k++) {
      int[] idx = new int[fs[k].length * es[k].length];
      int x = 0;
      for (int f : fs[k]) {
        for (int e : es[k]) {
          int p = Arrays.binarySearch(stemOf, start[f], start[f + 1], e);
          idx[x++] = p >= 0 ? p : -1;
        }
      }
      pairAt[k] = idx;
    }
    double[] t = new double[pairs];
    double[] empty = new double[stems];
    Arrays.fill(t, 1.0);
    Arrays.fill(empty, 1.0);
    double[] count = new double[pairs];
    double[] emptyCount = new double[stems];
    double[] denominator = new double[stems];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      Arrays.fill(count, 0);
      Arrays.fill(emptyCount, 0);
      for (int k = 0; k < beads; k++) {
        int[] f = fs[k];
        int[] nf = fn[k];
        int[] e = es[k];
        int[] ne = en[k];
        int[] idx = pairAt[k];
        int width = e.length;
        for (int y = 0; y < width; y++) {
          denominator[y] = empty[e[y]];
        }
        for (int x = 0; x < f.length; x++) {
          for (int y = 0; y < width; y++) {
            int p = idx[x * width + y];
            if (p >= 0) {
              denominator[y] += nf[x] * t[p];
            }
          }
        }
        for (int y = 0; y < width; y++) {
          emptyCount[e[y]] += ne[y] * empty[e[y]] / denominator[y];
        }
        for (int x = 0; x < f.length; x++) {
          for (int y = 0; y < width; y++) {
            int p = idx[x * width + y];
            if (p >= 0) {
              count[p] += ne[y] * nf[x] * t[p] / denominator[y];
            }
          }
        }
      }
      for (int c = 0; c < chars; c++) {
        double sum = 0;
        for (int p = start[c]; p < start[c + 1]; p++) {
          sum += count[p];
        }
        for (int p = start[c]; p < start[c + 1]; p++) {
          t[p] = sum > 0 ? count[p] / sum : 0;
        }
      }
      double sum = 0;
      for (double v : emptyCount) {
        sum += v;
      }
      for (int e = 0; e < stems; e++) {
        empty[e] = sum > 0 ? emptyCount[e] / sum : 0;
      }
    }

    // the evidence: characters with kept entries become words, their stems local words
    int[] local = new int[stems];
    Arrays.fill(local, -1);
    int locals = 0;
    int[] word = new int[chars];
    Arrays.fill(word, -1);
    Profile.IntList glossAt = new Profile.IntList();
    Profile.IntList gloss = new Profile.IntList();
    LexicalEvidence.DoubleList tKept = new LexicalEvidence.DoubleList();
    glossAt.add(0);
    for (int c = 0; c < chars; c++) {
      int from = gloss.size;
      for (int p = start[c]; p < start[c + 1]; p++) {
        if (t[p] >= MIN_PROBABILITY) {
          int e = stemOf[p];
          if (local[e] < 0) {
            local[e] = locals++;
          }
          gloss.add(local[e]);
          tKept.add(t[p]);
        }
      }
      if (gloss.size > from) {
        sortEntries(gloss.data, tKept.values, from, gloss.size);
        word[c] = glossAt.size - 1;
        glossAt.add(gloss.size);
      }
    }
    double[] scale = new double[locals];
    for (int e = 0; e < stems; e++) {
      if (local[e] >= 0) {
        scale[local[e]] = LexicalEvidence.KAPPA / ((double) countList.data[e] / total);
      }
    }
    int[] zhAt = new int[n + 1];
    int[] zhCount = new int[n];
    Profile.IntList zhWords = new Profile.IntList();
    for (int i = 0; i < n; i++) {
      zhCount[i] = zhIds[i].length;
      for (int c : zhIds[i]) {
        if (word[c] >= 0) {
          zhWords.add(word[c]);
        }
      }
      zhAt[i + 1] = zhWords.size;
    }
    int[] enAt = new int[m + 1];
    Profile.IntList enWords = new Profile.IntList();
    double[] enBase = new double[m];
    for (int q = 0; q < m; q++) {
      double base = 0;
      for (int e : enIds[q]) {
        if (local[e] >= 0) {
          enWords.add(local[e]);
          base += Math.log1p(scale[local[e]]);
        }
      }
      enBase[q] = base;
      enAt[q + 1] = enWords.size;
    }
    if (Boolean.getBoolean("duiqi.trace")) {
      long entries = 0;
      int[] ga = glossAt.toArray();
      for (int y = 0; y < zhWords.size; y++) {
        entries += ga[zhWords.data[y] + 1] - ga[zhWords.data[y]];
      }
      System.err.printf("learned table: %d beads, %d chars, %d stems, %d pairs, %d kept;"
          + " %.1f entries a sentence, %.1f chars a sentence%n", beads, chars, stems, pairs,
          gloss.size, (double) entries / n, (double) zhWords.size / n);
    }
    return new LexicalEvidence(zhAt, zhWords.toArray(), zhCount, glossAt.toArray(),
        gloss.toArray(), tKept.toArray(), enAt, enWords.toArray(), enBase, scale, true);
  }

  /** The distinct ids of rows {@code from..to-1} in first-seen order, and their counts. */
  private static int[][] distinct(int[][] rows, int from, int to, int[] mark, int[] tally) {
    Profile.IntList ids = new Profile.IntList();
    for (int r = from; r < to; r++) {
      for (int id : rows[r]) {
        if (mark[id] < 0) {
          mark[id] = ids.size;
          ids.add(id);
          tally[ids.size - 1] = 0;
        }
        tally[mark[id]]++;
      }
    }
    int[] out = ids.toArray();
    int[] counts = Arrays.copyOf(tally, out.length);
    for (int id : out) {
      mark[id] = -1;
    }
    return new int[][] {out, counts};
  }

  /** Sorts entries {@code from..to-1} by English word, their probabilities alongside. */
  private static void sortEntries(int[] words, double[] t, int from, int to) {
    for (int a = from + 1; a < to; a++) {
      int w = words[a];
      double v = t[a];
      int b = a - 1;
      while (b >= from && words[b] > w) {
        words[b + 1] = words[b];
        t[b + 1] = t[b];
        b--;
      }
      words[b + 1] = w;
      t[b + 1] = v;
    }
  }
}
