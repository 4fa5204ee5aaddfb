package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a Chinese–English lexicon says about a document pair, ready for the cost of a bead: the
 * term {@code w · Σ_e [L(e) − log(1 + κ · mean_f t(e|f) / p(e))]} over the English content
 * words {@code e} of the bead, with {@code f} the bead's Chinese words (longest-match
 * segmentation; unknown Han characters count as words that translate nothing),
 * {@code t(e|f) = 1/|gloss(f)|} when {@code e} is in the glosses of {@code f}, {@code p(e)} the
 * word's share of the document's English content words, and {@code L(e) = log(1 + κ / p(e))}
 * its largest possible reward. The reward is the one the development-set study measured; it is
 * written as a shortfall from {@code L(e)} so that every term stays non-negative (the search's
 * bounds need that), and since every English word lies in exactly one bead the {@code L(e)}
 * add up to the same constant on every alignment: the best alignment and the posteriors are
 * those of the reward. Averaging over the Chinese words makes merging pay for itself; English
 * words no gloss of the document's Chinese holds are left out (their term is {@code L(e)} on
 * every alignment).
 *
 * <p>The same term weighs a table learned from the document pair itself
 * ({@link TranslationModel}, the second pass without a lexicon): its words {@code f} are the
 * Chinese side's Han characters and each entry carries its trained {@code t(e|f)}.
 *
 * <p>Built once for a document pair and shared by the models of its paragraph pairs (through
 * offsets), so that {@code p(e)} is the whole document's. Immutable; thread-safe.
 */
final class LexicalEvidence {

  /** κ of the study. */
  static final double KAPPA = 1.0;

  /** Chinese sentence {@code i}'s kept words are {@code zhWords[zhAt[i]..zhAt[i + 1])}. */
  final int[] zhAt;
  /** Kept Chinese words as indices into {@link #glossAt}: known words with a gloss in the English. */
  final int[] zhWords;
  /** All of Chinese sentence {@code i}'s words, kept or not (unknown characters included). */
  final int[] zhCount;
  /** Word {@code f}'s glosses present in the English: {@code gloss[glossAt[f]..glossAt[f + 1])}. */
  final int[] glossAt;
  /** Local English word indices, sorted within each word's run. */
  final int[] gloss;
  /**
   * {@code t(e|f)} of each gloss entry, beside {@link #gloss}: for a lexicon 1 / the size of
   * word {@code f}'s whole gloss set, for a learned table the trained probability.
   */
  final double[] t;
  /** True for a table learned from the document pair ({@link TranslationModel}). */
  final boolean learned;
  /** English sentence {@code q}'s kept words are {@code enWords[enAt[q]..enAt[q + 1])}. */
  final int[] enAt;
  /** Kept English words as local indices. */
  final int[] enWords;
  /** {@code Σ L(e)} over English sentence {@code q}'s kept words. */
  final double[] enBase;
  /** {@code κ / p(e)} of each local English word. */
  final double[] scale;
  /**
   * Every Chinese sentence's translations ({@link Translations}), sentence {@code i}'s at
   * {@code vectorWord/vectorSum[vectorAt[i]..vectorAt[i + 1])}, when the sentences' words'
   * gloss entries, which bound them, number at most {@link #VECTORS_UP_TO}: then the search's
   * passes and the bead scores read them instead of each building them again in a ring of
   * their own. Null for longer pairs (decided before building, so they cost them nothing).
   */
  final int @Nullable [] vectorAt;
  final int @Nullable [] vectorWord;
  final double @Nullable [] vectorSum;

  /**
   * Gloss entries of a pair's Chinese words up to which its translations are held, in arrays
   * of that many entries (12 bytes each: 25 MB at most, and no more while they are built; a
   * pair of 10,000 real sentences has 1.33 million, 16 MB, which hold 1.03 million
   * translations).
   */
  static final int VECTORS_UP_TO = 1 << 21;

  LexicalEvidence(int[] zhAt, int[] zhWords, int[] zhCount, int[] glossAt, int[] gloss,
      double[] t, int[] enAt, int[] enWords, double[] enBase, double[] scale, boolean learned,
      int threads) {
    this(zhAt, zhWords, zhCount, glossAt, gloss, t, enAt, enWords, enBase, scale, learned,
        threads, VECTORS_UP_TO);
  }

  /** As above, holding the translations only up to {@code heldUpTo} gloss entries (tests). */
  LexicalEvidence(int[] zhAt, int[] zhWords, int[] zhCount, int[] glossAt, int[] gloss,
      double[] t, int[] enAt, int[] enWords, double[] enBase, double[] scale, boolean learned,
      int threads, int heldUpTo) {
    this.learned = learned;
    this.zhAt = zhAt;
    this.zhWords = zhWords;
    this.zhCount = zhCount;
    this.glossAt = glossAt;
    this.gloss = gloss;
    this.t = t;
    this.enAt = enAt;
    this.enWords = enWords;
    this.enBase = enBase;
    this.scale = scale;
    // the translations, in parts on the threads, if they fit: each sentence's are at most its
    // words' gloss entries, so each part writes from its first sentence's bound on, into arrays
    // of the bound's size (the held arrays: no copy), and the parts are then moved together
    int n = zhCount.length;
    int[] bound = new int[n + 1];
    long most = 0;
    for (int i = 0; i < n && most <= heldUpTo; i++) {
      for (int y = zhAt[i]; y < zhAt[i + 1]; y++) {
        most += glossAt[zhWords[y] + 1] - glossAt[zhWords[y]];
      }
      bound[i + 1] = (int) Math.min(most, Integer.MAX_VALUE);
    }
    if (most > heldUpTo) {
      this.vectorAt = null;
      this.vectorWord = null;
      this.vectorSum = null;
      return;
    }
    int parts = threads > 1 && n >= PARALLEL_FROM ? threads : 1;
    int[] words = new int[(int) most];
    double[] sums = new double[words.length];
    int[] at = new int[n + 1];
    int[] end = new int[parts];
    Parallel.run(threads, parts, part -> {
      Translations vectors = new Translations(this);
      int from = (int) ((long) n * part / parts);
      int to = (int) ((long) n * (part + 1) / parts);
      int w = bound[from];
      for (int i = from; i < to; i++) {
        vectors.build(i);
        System.arraycopy(vectors.words, 0, words, w, vectors.size);
        System.arraycopy(vectors.sums, 0, sums, w, vectors.size);
        w += vectors.size;
        at[i + 1] = w;
      }
      end[part] = w;
    });
    int held = end[0];
    for (int part = 1; part < parts; part++) {
      int from = (int) ((long) n * part / parts);
      int to = (int) ((long) n * (part + 1) / parts);
      int shift = bound[from] - held;
      System.arraycopy(words, bound[from], words, held, end[part] - bound[from]);
      System.arraycopy(sums, bound[from], sums, held, end[part] - bound[from]);
      for (int i = from; i < to; i++) {
        at[i + 1] -= shift;
      }
      held = end[part] - shift;
    }
    // past the translations, the bound's slack: cleared, so that the arrays are the same
    // whatever the threads
    Arrays.fill(words, held, words.length, 0);
    Arrays.fill(sums, held, sums.length, 0);
    this.vectorAt = at;
    this.vectorWord = words;
    this.vectorSum = sums;
  }

  /** This evidence without the held translations, as for a long pair (for tests). */
  LexicalEvidence withoutHeldTranslations() {
    return new LexicalEvidence(this);
  }

  /** This evidence built again, holding its translations only up to {@code heldUpTo} (tests). */
  LexicalEvidence rebuilt(int threads, int heldUpTo) {
    return new LexicalEvidence(zhAt, zhWords, zhCount, glossAt, gloss, t, enAt, enWords, enBase,
        scale, learned, threads, heldUpTo);
  }

  private LexicalEvidence(LexicalEvidence x) {
    this.learned = x.learned;
    this.zhAt = x.zhAt;
    this.zhWords = x.zhWords;
    this.zhCount = x.zhCount;
    this.glossAt = x.glossAt;
    this.gloss = x.gloss;
    this.t = x.t;
    this.enAt = x.enAt;
    this.enWords = x.enWords;
    this.enBase = x.enBase;
    this.scale = x.scale;
    this.vectorAt = null;
    this.vectorWord = null;
    this.vectorSum = null;
  }

  /** Segments and stems both sides once, on the calling thread. */
  static LexicalEvidence of(Lexicon lexicon, List<String> chinese, List<String> english) {
    return of(lexicon, chinese, english, 1);
  }

  /** Sentences a side from which segmenting and stemming are split between threads. */
  static final int PARALLEL_FROM = 5_000;
  /** Chinese sentences segmented at once when split between threads. */
  static final int CHUNK = 8_192;

  /**
   * Segments and stems both sides once, sentence by sentence on up to {@code threads} threads
   * for long pairs (the lexicon is immutable); the rest reads the sentences in order, so the
   * evidence is the same whatever the threads.
   */
  static LexicalEvidence of(Lexicon lexicon, List<String> chinese, List<String> english,
      int threads) {
    int n = chinese.size();
    int m = english.size();
    int[][] enIds = new int[m][];
    boolean split = threads > 1 && Math.min(n, m) >= PARALLEL_FROM;
    int parts = split ? 4 * threads : 1;
    Parallel.run(threads, parts, part -> {
      int from = (int) ((long) m * part / parts);
      int[][] ids = lexicon.englishWords(english.subList(from, (int) ((long) m * (part + 1) / parts)));
      System.arraycopy(ids, 0, enIds, from, ids.length);
    });
    // the Chinese is segmented a chunk at a time, so that only a chunk's segments are held
    int chunk = split ? CHUNK : Math.max(1, n);
    int[][] zhSegments = new int[Math.min(n, chunk)][];
    // English content words and their document frequencies (every content word counts)
    int[] count = new int[lexicon.englishWordCount()];
    long total = 0;
    for (int q = 0; q < m; q++) {
      total += enIds[q].length;
      for (int e : enIds[q]) {
        if (e != Lexicon.UNKNOWN) {
          count[e]++;
        }
      }
    }
    // Chinese words, and which English words their glosses hold that the English has
    int[][] zhIds = new int[n][];
    // headword id -> index into glossAt (-1: no gloss in the English), and English id -> local
    // index, in order of first appearance: maps the size of the pair, not of the lexicon
    IntCounts wordIndex = new IntCounts();
    IntCounts local = new IntCounts();
    Profile.IntList localWords = new Profile.IntList();
    Profile.IntList glossAt = new Profile.IntList();
    Profile.IntList gloss = new Profile.IntList();
    DoubleList t = new DoubleList();
    glossAt.add(0);
    int[] zhCount = new int[n];
    int[] zhAt = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (i % chunk == 0) {
        int from = i;
        int to = Math.min(n, i + chunk);
        int pieces = split ? threads : 1;
        Parallel.run(threads, pieces, piece -> {
          for (int k = from + (to - from) * piece / pieces;
              k < from + (to - from) * (piece + 1) / pieces; k++) {
            zhSegments[k - from] = lexicon.segment(chinese.get(k));
          }
        });
      }
      int[] ids = zhSegments[i % chunk];
      zhSegments[i % chunk] = null;
      zhCount[i] = ids.length;
      int kept = 0;
      for (int k = 0; k < ids.length; k++) {
        int f = ids[k];
        if (f == Lexicon.UNKNOWN) {
          continue;
        }
        int slot = wordIndex.first(f);
        int w;
        if (slot >= 0) {
          w = wordIndex.value(slot);
        } else {
          int[] g = lexicon.glossIds(f);
          int from = gloss.size;
          for (int e : g) {
            if (count[e] > 0) {
              int x = local.get(e);
              if (x < 0) {
                x = localWords.size;
                local.add(e, x);
                localWords.add(e);
              }
              gloss.add(x);
            }
          }
          if (gloss.size == from) {
            w = -1;
          } else {
            Arrays.sort(gloss.data, from, gloss.size);
            w = glossAt.size - 1;
            glossAt.add(gloss.size);
            for (int x = from; x < gloss.size; x++) {
              t.add(1.0 / g.length);
            }
          }
          wordIndex.addId(f, w);
        }
        if (w >= 0) {
          ids[kept++] = w;
        }
      }
      zhIds[i] = ids; // its first zhAt[i + 1] - zhAt[i] are the sentence's kept words
      zhAt[i + 1] = zhAt[i] + kept;
    }
    double[] scale = new double[localWords.size];
    for (int x = 0; x < scale.length; x++) {
      scale[x] = KAPPA / ((double) count[localWords.data[x]] / total);
    }
    // both sides' words into arrays of their exact size, each sentence's array dropped once
    // copied: at a million sentences a side these are tens of millions of ints, and a list
    // doubling past them, then copied, was the run's peak of heap
    int[] zhWords = new int[zhAt[n]];
    for (int i = 0; i < n; i++) {
      System.arraycopy(zhIds[i], 0, zhWords, zhAt[i], zhAt[i + 1] - zhAt[i]);
      zhIds[i] = null;
    }
    int[] enAt = new int[m + 1];
    double[] enBase = new double[m];
    for (int q = 0; q < m; q++) {
      // the sentence's local words to the front of its own array (the lexicon's, ours)
      int[] ids = enIds[q];
      int kept = 0;
      double base = 0;
      for (int e : ids) {
        int x = e == Lexicon.UNKNOWN ? -1 : local.get(e);
        if (x >= 0) {
          ids[kept++] = x;
          base += reward(scale[x]);
        }
      }
      enBase[q] = base;
      enAt[q + 1] = enAt[q] + kept;
    }
    int[] enWords = new int[enAt[m]];
    for (int q = 0; q < m; q++) {
      System.arraycopy(enIds[q], 0, enWords, enAt[q], enAt[q + 1] - enAt[q]);
      enIds[q] = null;
    }
    return new LexicalEvidence(zhAt, zhWords, zhCount, glossAt.toArray(),
        gloss.toArray(), t.toArray(), enAt, enWords, enBase, scale, false, threads);
  }

  /** Local English words (the size of a marks array). */
  int englishWords() {
    return scale.length;
  }

  /**
   * The term of English sentence {@code q} against Chinese sentences {@code i0..i1-1} (all
   * indices of this document): {@code Σ_e [L(e) − log(1 + κ S(e) / (F p(e)))]} with
   * {@code S(e) = Σ_f t(e|f)} and {@code F} the Chinese word count; {@code enBase[q]} when the
   * Chinese side is empty or holds no word. At least 0. The reference; {@link RowCosts} computes
   * the same sums in the same order: {@code S(e)} is the sum of the sentences'
   * {@link #sentenceSum}s from the last sentence back.
   */
  double sentenceTerm(int i0, int i1, int q) {
    double base = enBase[q];
    int words = 0;
    for (int i = i0; i < i1; i++) {
      words += zhCount[i];
    }
    if (words == 0) {
      return base;
    }
    double reward = 0;
    for (int x = enAt[q]; x < enAt[q + 1]; x++) {
      int e = enWords[x];
      double s = 0;
      boolean found = false;
      for (int i = i1 - 1; i >= i0; i--) {
        double v = sentenceSum(i, e);
        if (v > 0) {
          s = found ? s + v : v;
          found = true;
        }
      }
      if (found) {
        reward += reward(scale[e] * s / words);
      }
    }
    return nonNegative(base - reward);
  }

  /**
   * {@code Σ t(e|f)} over Chinese sentence {@code i}'s kept words {@code f} whose glosses hold
   * English word {@code e}, in word order; 0 for none.
   */
  double sentenceSum(int i, int e) {
    double s = 0;
    boolean found = false;
    for (int y = zhAt[i]; y < zhAt[i + 1]; y++) {
      int f = zhWords[y];
      int g = Arrays.binarySearch(gloss, glossAt[f], glossAt[f + 1], e);
      if (g >= 0) {
        s = found ? s + t[g] : t[g];
        found = true;
      }
    }
    return s;
  }

  /**
   * {@code log(1 + x)}, the one form every lexical sum uses (the row loops' sums must be the
   * reference's bit for bit). Not {@code Math.log1p}: in Java 17 that is a native call that
   * compiled code cannot inline, about 100 ns against 10 for the intrinsic {@code Math.log}, and
   * it tripled the search's time with a lexicon. Rounding {@code 1 + x} costs a relative
   * precision of about 1e-16 / x, but an absolute error of about 1e-16 nats whatever
   * {@code x}: nothing beside costs of nats.
   */
  static double reward(double x) {
    return Math.log(1 + x);
  }

  static double nonNegative(double x) {
    return x > 0 ? x : 0;
  }

  /**
   * Builds Chinese sentences' translations: each English word the sentence's kept words
   * translate, once, in order of first appearance, with the sum of their {@code t(e|f)} in word
   * order ({@link #sentenceSum}, to the bit). Reusable; not thread-safe.
   */
  static final class Translations {
    private final LexicalEvidence x;
    private final int[] seen;
    private final int[] at;
    private int stamp;
    /** The last sentence's words and sums, {@code size} of them. */
    int[] words = new int[16];
    double[] sums = new double[16];
    int size;

    Translations(LexicalEvidence x) {
      this.x = x;
      this.seen = new int[x.englishWords()];
      this.at = new int[seen.length];
    }

    /** Builds sentence {@code i}'s translations into {@link #words}, {@link #sums}. */
    void build(int i) {
      int[] gloss = x.gloss;
      int[] glossAt = x.glossAt;
      double[] t = x.t;
      int[] e = words;
      double[] v = sums;
      int n = 0;
      stamp++;
      for (int y = x.zhAt[i]; y < x.zhAt[i + 1]; y++) {
        int f = x.zhWords[y];
        for (int g = glossAt[f]; g < glossAt[f + 1]; g++) {
          int w = gloss[g];
          if (seen[w] != stamp) {
            seen[w] = stamp;
            at[w] = n;
            if (n == e.length) {
              e = Arrays.copyOf(e, 2 * n);
              v = Arrays.copyOf(v, 2 * n);
            }
            e[n] = w;
            v[n++] = t[g];
          } else {
            v[at[w]] += t[g];
          }
        }
      }
      words = e;
      sums = v;
      size = n;
    }
  }

  /** A growable double array. */
  static final class DoubleList {
    double[] values = new double[16];
    int size;

    void add(double v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, 2 * size);
      }
      values[size++] = v;
    }

    double[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
