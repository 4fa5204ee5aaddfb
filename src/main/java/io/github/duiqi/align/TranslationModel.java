package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.ArrayList;
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
  /**
   * At most this many beads are trained on, every k-th of the confident ones: a parameter of
   * the model like the iterations (docs/accuracy.md gives what 5,000 and 10,000 do), which makes
   * the training's time bounded on any document; deterministic.
   */
  static final int MAX_BEADS = 20_000;
  /** EM iterations. */
  static final int ITERATIONS = 5;
  /** Table entries with a smaller {@code t(e|f)} are dropped after training. */
  static final double MIN_PROBABILITY = 0.02;

  private TranslationModel() {}

  /**
   * The words of a document pair that a table is learned over: each English sentence's
   * content stems and each Chinese sentence's Han characters as local ids, with the stems'
   * document counts. Independent of the beads, so it can be made while the first pass runs.
   */
  static final class Words {
    /** The Chinese sentences, whose characters' ids are found again when wanted. */
    private final List<String> chinese;
    /** Id of each BMP character, -1 for none; the others in {@link #supplementary}. */
    private final int[] bmpIds;
    private final Map<Integer, Integer> supplementary;
    /** The code point of each character id. */
    private final int[] codePoints;
    /** The stem of each stem id. */
    private final String[] stems;
    /** English sentence {@code q}'s stem ids are {@code enIds[enAt[q]..enAt[q + 1])}. */
    final int[] enIds;
    final int[] enAt;
    /** Occurrences of each stem in the English. */
    final int[] stemCount;
    /** Stem occurrences in all. */
    final long total;
    final int chars;

    private Words(List<String> chinese, int[] bmpIds, Map<Integer, Integer> supplementary,
        int[] codePoints, String[] stems, int[] enIds, int[] enAt, int[] stemCount, long total,
        int chars) {
      this.chinese = chinese;
      this.bmpIds = bmpIds;
      this.supplementary = supplementary;
      this.codePoints = codePoints;
      this.stems = stems;
      this.enIds = enIds;
      this.enAt = enAt;
      this.stemCount = stemCount;
      this.total = total;
      this.chars = chars;
    }

    /**
     * Stems the English once and numbers the Chinese characters; a Chinese sentence's ids are
     * read from its text when wanted (kept for every sentence they would be the largest part
     * of a long document's memory).
     */
    static Words of(List<String> chinese, List<String> english) {
      int m = english.size();
      Map<String, Integer> stemIds = new HashMap<>();
      List<String> stemList = new ArrayList<>();
      int[] enAt = new int[m + 1];
      Profile.IntList enIds = new Profile.IntList();
      Profile.IntList countList = new Profile.IntList();
      for (int q = 0; q < m; q++) {
        for (String stem : Lexicon.englishStems(english.get(q))) {
          Integer id = stemIds.get(stem);
          if (id == null) {
            id = stemIds.size();
            stemIds.put(stem, id);
            stemList.add(stem);
            countList.add(0);
          }
          enIds.add(id);
          countList.data[id]++;
        }
        enAt[q + 1] = enIds.size;
      }
      int[] bmpIds = new int[0x10000];
      Arrays.fill(bmpIds, -1);
      Map<Integer, Integer> supplementary = new HashMap<>();
      Profile.IntList codePoints = new Profile.IntList();
      int chars = 0;
      for (String s : chinese) {
        for (int x = 0; x < s.length(); ) {
          int cp = s.codePointAt(x);
          if (isHan(cp)) {
            if (cp < 0x10000) {
              if (bmpIds[cp] < 0) {
                bmpIds[cp] = chars++;
                codePoints.add(cp);
              }
            } else if (!supplementary.containsKey(cp)) {
              supplementary.put(cp, chars++);
              codePoints.add(cp);
            }
          }
          x += Character.charCount(cp);
        }
      }
      return new Words(chinese, bmpIds, supplementary, codePoints.toArray(),
          stemList.toArray(new String[0]), enIds.toArray(), enAt, countList.toArray(),
          enIds.size, chars);
    }

    /** Below U+2E80 no character is Han: most of an English word or a digit costs no lookup. */
    static boolean isHan(int cp) {
      return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The code point of character id {@code c}. */
    int codePoint(int c) {
      return codePoints[c];
    }

    /** The stem of stem id {@code e}. */
    String stem(int e) {
      return stems[e];
    }

    int chineseSentences() {
      return chinese.size();
    }

    int englishSentences() {
      return enAt.length - 1;
    }

    /** Writes Chinese sentence {@code i}'s character ids, in order, to {@code out}; their count. */
    int chineseIds(int i, int[] out) {
      String s = chinese.get(i);
      int k = 0;
      for (int x = 0; x < s.length(); ) {
        int cp = s.codePointAt(x);
        if (isHan(cp)) {
          out[k++] = cp < 0x10000 ? bmpIds[cp] : supplementary.get(cp);
        }
        x += Character.charCount(cp);
      }
      return k;
    }

    /** The length of the longest Chinese sentence (a size for {@link #chineseIds}' array). */
    int longestChinese() {
      int longest = 0;
      for (String s : chinese) {
        longest = Math.max(longest, s.length());
      }
      return longest;
    }
  }

  /**
   * Trains a table on the beads given and returns its evidence on the whole document pair.
   * Bead {@code b} is Chinese {@code zhFrom[b]..zhTo[b]-1} with English
   * {@code enFrom[b]..enTo[b]-1}; only those with both sides non-empty are used.
   */
  static LexicalEvidence learn(List<String> chinese, List<String> english, int[] zhFrom,
      int[] zhTo, int[] enFrom, int[] enTo) {
    return learn(Words.of(chinese, english), zhFrom, zhTo, enFrom, enTo);
  }

  /** As {@link #learn(List, List, int[], int[], int[], int[])}, over words already found. */
  static LexicalEvidence learn(Words words, int[] zhFrom, int[] zhTo, int[] enFrom,
      int[] enTo) {
    long started = System.nanoTime();
    int[] buffer = new int[words.longestChinese()];
    int chars = words.chars;
    int stems = words.stemCount.length;

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
      int[][] f = distinctChinese(words, zhFrom[b], zhTo[b], buffer, mark, tally);
      fs[k] = f[0];
      fn[k] = f[1];
      int[][] e = distinct(words.enIds, words.enAt[enFrom[b]], words.enAt[enTo[b]], mark,
          tally);
      es[k] = e[0];
      en[k] = e[1];
    }
    Table table = train(fs, fn, es, en, chars, stems);
    return evidence(words, table.start, table.stemOf, table.t, buffer, started, beads);
  }

  /**
   * A trained table: character {@code c}'s candidate stems are
   * {@code stemOf[start[c]..start[c + 1])}, each with its {@code t(e|f)} beside it in {@code t}.
   */
  static final class Table {
    final int[] start;
    final int[] stemOf;
    final double[] t;

    Table(int[] start, int[] stemOf, double[] t) {
      this.start = start;
      this.stemOf = stemOf;
      this.t = t;
    }
  }

  /**
   * Trains Model 1 on beads given as their distinct character ids {@code fs[k]} with counts
   * {@code fn[k]} and distinct stem ids {@code es[k]} with counts {@code en[k]}, ids below
   * {@code chars} and {@code stems}. Deterministic.
   */
  static Table train(int[][] fs, int[][] fn, int[][] es, int[][] en, int chars, int stems) {
    int beads = fs.length;
    // where each character occurs: bead k, position x among the bead's distinct characters
    int[] occAt = new int[chars + 1];
    for (int k = 0; k < beads; k++) {
      for (int f : fs[k]) {
        occAt[f + 1]++;
      }
    }
    for (int c = 0; c < chars; c++) {
      occAt[c + 1] += occAt[c];
    }
    int[] occBead = new int[occAt[chars]];
    int[] occPos = new int[occAt[chars]];
    {
      int[] next = Arrays.copyOf(occAt, chars);
      for (int k = 0; k < beads; k++) {
        for (int x = 0; x < fs[k].length; x++) {
          int o = next[fs[k][x]]++;
          occBead[o] = k;
          occPos[o] = x;
        }
      }
    }
    // the pairs that co-occur, character by character (each character's stems in first-seen
    // order), and each bead's pair indices, character-major: pairAt[k][x * width + y]
    int[][] pairAt = new int[beads][];
    for (int k = 0; k < beads; k++) {
      pairAt[k] = new int[fs[k].length * es[k].length];
    }
    int[] start = new int[chars + 1];
    Profile.IntList stemOf = new Profile.IntList();
    int[] seen = new int[stems];
    Arrays.fill(seen, -1);
    int[] pairOf = new int[stems];
    for (int c = 0; c < chars; c++) {
      for (int o = occAt[c]; o < occAt[c + 1]; o++) {
        int k = occBead[o];
        int[] e = es[k];
        int[] idx = pairAt[k];
        int base = occPos[o] * e.length;
        for (int y = 0; y < e.length; y++) {
          int w = e[y];
          if (seen[w] != c) {
            seen[w] = c;
            pairOf[w] = stemOf.size;
            stemOf.add(w);
          }
          idx[base + y] = pairOf[w];
        }
      }
      start[c + 1] = stemOf.size;
    }
    int pairs = stemOf.size;
    // bead k's English position y has its denominator at den[denAt[k] + y]
    int[] denAt = new int[beads + 1];
    for (int k = 0; k < beads; k++) {
      denAt[k + 1] = denAt[k] + es[k].length;
    }
    double[] den = new double[denAt[beads]];
    double[] t = new double[pairs];
    double[] empty = new double[stems];
    Arrays.fill(t, 1.0);
    Arrays.fill(empty, 1.0);
    double[] count = new double[pairs];
    double[] emptyCount = new double[stems];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      // E step, character by character so that a character's entries stay in the cache
      for (int k = 0; k < beads; k++) {
        int[] e = es[k];
        for (int y = 0; y < e.length; y++) {
          den[denAt[k] + y] = empty[e[y]];
        }
      }
      for (int c = 0; c < chars; c++) {
        for (int o = occAt[c]; o < occAt[c + 1]; o++) {
          int k = occBead[o];
          int x = occPos[o];
          int[] idx = pairAt[k];
          int width = es[k].length;
          int base = x * width;
          int d = denAt[k];
          double nf = fn[k][x];
          for (int y = 0; y < width; y++) {
            den[d + y] += nf * t[idx[base + y]];
          }
        }
      }
      Arrays.fill(count, 0);
      Arrays.fill(emptyCount, 0);
      for (int k = 0; k < beads; k++) {
        int[] e = es[k];
        int[] ne = en[k];
        for (int y = 0; y < e.length; y++) {
          emptyCount[e[y]] += ne[y] * empty[e[y]] / den[denAt[k] + y];
        }
      }
      for (int c = 0; c < chars; c++) {
        for (int o = occAt[c]; o < occAt[c + 1]; o++) {
          int k = occBead[o];
          int x = occPos[o];
          int[] idx = pairAt[k];
          int[] ne = en[k];
          int width = ne.length;
          int base = x * width;
          int d = denAt[k];
          double nf = fn[k][x];
          for (int y = 0; y < width; y++) {
            int p = idx[base + y];
            count[p] += ne[y] * nf * t[p] / den[d + y];
          }
        }
      }
      // M step
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

    return new Table(start, stemOf.toArray(), t);
  }

  /**
   * The evidence on the document pair of {@code words} of a table whose entries for the
   * document's character {@code c} are stems {@code stemOf[start[c]..start[c + 1])} of the
   * document with {@code t(e|f)} in {@code t}; entries below {@link #MIN_PROBABILITY} are
   * dropped. {@code buffer} holds the longest Chinese sentence.
   */
  static LexicalEvidence evidence(Words words, int[] start, int[] stemOf, double[] t,
      int[] buffer, long started, int beads) {
    int n = words.chineseSentences();
    int m = words.englishSentences();
    int[] stemCount = words.stemCount;
    long total = words.total;
    int chars = words.chars;
    int stems = stemCount.length;
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
        scale[local[e]] = LexicalEvidence.KAPPA / ((double) stemCount[e] / total);
      }
    }
    // the evidence's arrays, sized exactly: counted first, then filled (a long document's
    // kept characters are tens of millions)
    int[] zhAt = new int[n + 1];
    int[] zhCount = new int[n];
    for (int i = 0; i < n; i++) {
      int k = words.chineseIds(i, buffer);
      zhCount[i] = k;
      int kept = 0;
      for (int x = 0; x < k; x++) {
        kept += word[buffer[x]] >= 0 ? 1 : 0;
      }
      zhAt[i + 1] = zhAt[i] + kept;
    }
    int[] zhWords = new int[zhAt[n]];
    for (int i = 0, y = 0; i < n; i++) {
      int k = words.chineseIds(i, buffer);
      for (int x = 0; x < k; x++) {
        if (word[buffer[x]] >= 0) {
          zhWords[y++] = word[buffer[x]];
        }
      }
    }
    int[] enIds = words.enIds;
    int[] enAt = new int[m + 1];
    for (int q = 0; q < m; q++) {
      int kept = 0;
      for (int x = words.enAt[q]; x < words.enAt[q + 1]; x++) {
        kept += local[enIds[x]] >= 0 ? 1 : 0;
      }
      enAt[q + 1] = enAt[q] + kept;
    }
    int[] enWords = new int[enAt[m]];
    double[] enBase = new double[m];
    for (int q = 0, y = 0; q < m; q++) {
      double base = 0;
      for (int x = words.enAt[q]; x < words.enAt[q + 1]; x++) {
        int e = local[enIds[x]];
        if (e >= 0) {
          enWords[y++] = e;
          base += LexicalEvidence.reward(scale[e]);
        }
      }
      enBase[q] = base;
    }
    if (Boolean.getBoolean("duiqi.trace")) {
      long entries = 0;
      int[] ga = glossAt.toArray();
      for (int y = 0; y < zhWords.length; y++) {
        entries += ga[zhWords[y] + 1] - ga[zhWords[y]];
      }
      System.err.printf("learned table: %d beads, %d chars, %d stems, %d pairs, %d kept;"
          + " %.1f entries a sentence, %.1f chars a sentence; %.1f ms%n", beads, chars, stems,
          stemOf.length, gloss.size, (double) entries / n, (double) zhWords.length / n,
          (System.nanoTime() - started) / 1e6);
    }
    return new LexicalEvidence(zhAt, zhWords, zhCount, glossAt.toArray(),
        gloss.toArray(), tKept.toArray(), enAt, enWords, enBase, scale, true, 1);
  }

  /** The distinct ids of {@code ids[from..to)} in first-seen order, and their counts. */
  static int[][] distinct(int[] all, int from, int to, int[] mark, int[] tally) {
    Profile.IntList ids = new Profile.IntList();
    for (int x = from; x < to; x++) {
      tally(all[x], ids, mark, tally);
    }
    return counted(ids, mark, tally);
  }

  /** The distinct character ids of Chinese sentences {@code from..to-1}, as {@link #distinct}. */
  private static int[][] distinctChinese(Words words, int from, int to, int[] buffer,
      int[] mark, int[] tally) {
    Profile.IntList ids = new Profile.IntList();
    for (int i = from; i < to; i++) {
      int k = words.chineseIds(i, buffer);
      for (int x = 0; x < k; x++) {
        tally(buffer[x], ids, mark, tally);
      }
    }
    return counted(ids, mark, tally);
  }

  /** Counts one occurrence of {@code id}, adding it to {@code ids} when first seen. */
  private static void tally(int id, Profile.IntList ids, int[] mark, int[] tally) {
    if (mark[id] < 0) {
      mark[id] = ids.size;
      ids.add(id);
      tally[ids.size - 1] = 0;
    }
    tally[mark[id]]++;
  }

  private static int[][] counted(Profile.IntList ids, int[] mark, int[] tally) {
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
