package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evidence that two aligned texts are translations of each other, from what an unrelated pair
 * lacks, and the probability a small logistic model makes of it ({@link #probability}).
 *
 * <p>Each feature compares the aligned beads with the same beads <em>rotated</em> (English bead
 * {@code b} against the Chinese of bead {@code b + n/3} and {@code b + 2n/3}): in an unrelated
 * pair the aligner's beads share no more than rotated ones do, however well their lengths fit.
 * <ol>
 *   <li>{@link #LEXICAL}: the share of English content words that a Chinese word of the same
 *       bead glosses, in log-odds, minus the same for the rotated beads (0 without a lexicon);
 *   <li>{@link #ANCHORS}: numbers and Latin words of the Chinese found in the English of the
 *       same bead, minus the rotated count, over the Chinese count plus 2 (so 0 where there are
 *       none, and small where there are few);
 *   <li>{@link #LENGTH_CORRELATION}: Pearson's correlation of the log lengths of the beads'
 *       two sides, minus the rotated one;
 *   <li>{@link #MEAN_SCORE}: the mean bead score;
 *   <li>{@link #ONE_SIDED}: the share of sentences in beads with an empty side;
 *   <li>{@link #ANCHORS_Z}: the anchors found minus the rotated count, over the square root of
 *       the rotated count plus 1 (grows with the evidence, as a z-score does);
 *   <li>{@link #ONE_TO_ONE}: the share of 1-1 beads;
 *   <li>{@link #LENGTH_SPREAD}: the standard deviation of the beads' log length ratios;
 *   <li>{@link #NAMES}: the Chinese names in pinyin ({@link NameEvidence}, found in the sampled
 *       beads) that the English of the same bead names, minus the rotated count, over the
 *       Chinese mentions plus 2: an unrelated pair shares no names, a literary translation
 *       many.
 * </ol>
 * Measured on the development pairs, the lexical feature carries most of the weight; without a
 * lexicon, anchors and the share of 1-1 beads do (an unrelated pair's beads fit their lengths
 * nearly as well as a real pair's: the aligner chose them to, merging sentences freely).
 * At most {@value #MAX_BEADS} beads with two sides are read, evenly spread, so the cost is
 * bounded on long texts. The weights are fitted on development pairs by
 * {@code io.github.duiqi.eval.VerdictFit} (duiqi-cli tests); docs/accuracy.md has the figures.
 *
 * <p>Stateless; thread-safe.
 */
public final class ParallelEvidence {

  public static final int LEXICAL = 0;
  public static final int ANCHORS = 1;
  public static final int LENGTH_CORRELATION = 2;
  public static final int MEAN_SCORE = 3;
  public static final int ONE_SIDED = 4;
  public static final int ANCHORS_Z = 5;
  public static final int ONE_TO_ONE = 6;
  public static final int LENGTH_SPREAD = 7;
  public static final int NAMES = 8;
  public static final int FEATURES = 9;

  /**
   * Beads with two sides read at most: the features of 256 beads spread over a document judge
   * the development documents as well as all their beads do, and bound the cost.
   */
  static final int MAX_BEADS = 256;

  private ParallelEvidence() {}

  /**
   * The features of an aligned pair.
   *
   * @param chinese the Chinese sentences
   * @param english the English sentences
   * @param bounds per bead {@code chineseFrom, chineseTo, englishFrom, englishTo}, in order
   * @param scores per bead its score
   * @param lexicon the lexicon for {@link #LEXICAL}, or null
   * @return the {@value #FEATURES} features, indexed by the constants
   */
  public static double[] features(List<String> chinese, List<String> english, int[] bounds,
      double[] scores, @Nullable Lexicon lexicon) {
    int beads = scores.length;
    double[] f = new double[FEATURES];
    if (beads == 0) {
      return f;
    }
    double scoreSum = 0;
    int oneSided = 0;
    int twoSided = 0;
    int oneToOne = 0;
    for (int b = 0; b < beads; b++) {
      scoreSum += scores[b];
      int zh = bounds[4 * b + 1] - bounds[4 * b];
      int en = bounds[4 * b + 3] - bounds[4 * b + 2];
      oneToOne += zh == 1 && en == 1 ? 1 : 0;
      if (zh == 0 || en == 0) {
        oneSided += zh + en;
      } else {
        twoSided++;
      }
    }
    f[MEAN_SCORE] = scoreSum / beads;
    f[ONE_SIDED] = (double) oneSided / (chinese.size() + english.size());
    f[ONE_TO_ONE] = (double) oneToOne / beads;
    // the sample: beads with two sides, evenly spread
    int n = Math.min(twoSided, MAX_BEADS);
    if (n == 0) {
      return f;
    }
    String[] zhText = new String[n];
    String[] enText = new String[n];
    int taken = 0;
    int seen = 0;
    for (int b = 0; b < beads && taken < n; b++) {
      int z0 = bounds[4 * b];
      int z1 = bounds[4 * b + 1];
      int e0 = bounds[4 * b + 2];
      int e1 = bounds[4 * b + 3];
      if (z0 == z1 || e0 == e1) {
        continue;
      }
      // bead number `seen` of the two-sided ones is taken when it reaches the next n-th share
      if ((long) seen * n / twoSided == taken) {
        zhText[taken] = String.join("", chinese.subList(z0, z1));
        enText[taken] = String.join(" ", english.subList(e0, e1));
        taken++;
      }
      seen++;
    }
    int[] shifts = shifts(n);
    f[LENGTH_CORRELATION] = lengthCorrelation(zhText, enText, shifts);
    f[LENGTH_SPREAD] = lengthSpread(zhText, enText);
    double[] anchors = anchors(zhText, enText, shifts);
    f[ANCHORS] = anchors[0];
    f[ANCHORS_Z] = anchors[1];
    f[NAMES] = names(zhText, enText, shifts);
    if (lexicon != null) {
      f[LEXICAL] = lexical(zhText, enText, shifts, lexicon);
    }
    return f;
  }

  /** The rotations of the baseline: a third and two thirds of the way round. */
  private static int[] shifts(int n) {
    if (n < 2) {
      return new int[0];
    }
    int a = Math.max(1, n / 3);
    int b = Math.max(1, 2 * n / 3);
    return a == b || b >= n ? new int[] {a} : new int[] {a, b};
  }

  private static double lengthCorrelation(String[] zh, String[] en, int[] shifts) {
    int n = zh.length;
    if (n < 3 || shifts.length == 0) {
      return 0;
    }
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = Math.log1p(Profile.length(zh[k]));
      y[k] = Math.log1p(Profile.length(en[k]));
    }
    double rotated = 0;
    for (int s : shifts) {
      rotated += correlation(x, y, s);
    }
    return correlation(x, y, 0) - rotated / shifts.length;
  }

  /** The standard deviation of the beads' log length ratios about the pair's. */
  private static double lengthSpread(String[] zh, String[] en) {
    int n = zh.length;
    double[] d = new double[n];
    double mean = 0;
    for (int k = 0; k < n; k++) {
      d[k] = Math.log((Profile.length(en[k]) + 1) / (Profile.length(zh[k]) + 1));
      mean += d[k];
    }
    mean /= n;
    double ss = 0;
    for (double x : d) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / n);
  }

  /** Pearson's correlation of {@code x[k]} and {@code y[(k + shift) % n]}; 0 if constant. */
  private static double correlation(double[] x, double[] y, int shift) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int k = 0; k < n; k++) {
      mx += x[k];
      my += y[k];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int k = 0; k < n; k++) {
      double dx = x[k] - mx;
      double dy = y[(k + shift) % n] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  }

  /** The {@link #NAMES} feature of the sampled beads. */
  private static double names(String[] zh, String[] en, int[] shifts) {
    NameEvidence x = NameEvidence.of(Arrays.asList(zh), Arrays.asList(en));
    if (x.isEmpty() || x.zhNames.length == 0) {
      return 0;
    }
    double aligned = namesMatched(x, 0);
    double rotated = 0;
    for (int s : shifts) {
      rotated += namesMatched(x, s);
    }
    rotated = shifts.length == 0 ? 0 : rotated / shifts.length;
    return (aligned - rotated) / (x.zhNames.length + 2.0);
  }

  /** Chinese mentions of bead k whose entity the English of bead k + shift mentions. */
  private static int namesMatched(NameEvidence x, int shift) {
    int n = x.zhAt.length - 1;
    int matched = 0;
    for (int k = 0; k < n; k++) {
      int q = (k + shift) % n;
      matched += x.zhAt[k + 1] - x.zhAt[k] - CostModel.unmatchedIn(x.zhNames, x.zhAt[k],
          x.zhAt[k + 1], x.enNames, x.enAt[q], x.enAt[q + 1]);
    }
    return matched;
  }

  private static double[] anchors(String[] zh, String[] en, int[] shifts) {
    int n = zh.length;
    long[][] zhAnchors = new long[n][];
    Tokens tokens = new Tokens();
    int total = 0;
    for (int k = 0; k < n; k++) {
      zhAnchors[k] = anchorsOf(zh[k], tokens, true);
      total += zhAnchors[k].length;
    }
    if (total == 0) {
      return new double[2];
    }
    long[][] enAnchors = new long[n][];
    for (int k = 0; k < n; k++) {
      enAnchors[k] = anchorsOf(en[k], tokens, false);
    }
    double aligned = matches(zhAnchors, enAnchors, 0);
    double rotated = 0;
    for (int s : shifts) {
      rotated += matches(zhAnchors, enAnchors, s);
    }
    rotated = shifts.length == 0 ? 0 : rotated / shifts.length;
    return new double[] {(aligned - rotated) / (total + 2.0),
        (aligned - rotated) / Math.sqrt(rotated + 1)};
  }

  /**
   * The distinct anchors of a text, sorted: numbers as their keys (even), Latin words of two
   * letters or more as odd codes of their ids in {@code tokens}; Chinese text adds its words
   * to {@code tokens}, English text looks up only words as long as one there (most English words
   * are passed over without a substring).
   */
  private static long[] anchorsOf(String s, Tokens tokens, boolean chinese) {
    Profile.LongList out = new Profile.LongList();
    NumberExtractor.extract(s, key -> out.add(2 * key));
    if (chinese || !tokens.ids.isEmpty()) {
      int i = 0;
      int len = s.length();
      while (i < len) {
        if (!isLatin(s.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < len && isLatin(s.charAt(i))) {
          i++;
        }
        int n = i - start;
        if (n >= 2 && (chinese || n < 64 && (tokens.lengths >> n & 1) != 0)) {
          String token = s.substring(start, i).toLowerCase(Locale.ROOT);
          Integer id = tokens.ids.get(token);
          if (id == null && chinese) {
            id = tokens.ids.size();
            tokens.ids.put(token, id);
            tokens.lengths |= n < 64 ? 1L << n : 0;
          }
          if (id != null) {
            out.add(2L * id + 1);
          }
        }
      }
    }
    long[] a = Arrays.copyOf(out.data, out.size);
    Arrays.sort(a);
    int k = 0;
    for (int j = 0; j < a.length; j++) {
      if (j == 0 || a[j] != a[j - 1]) {
        a[k++] = a[j];
      }
    }
    return Arrays.copyOf(a, k);
  }

  /** The Latin words of a pair's Chinese side: their ids, and a bit for each length. */
  private static final class Tokens {
    final Map<String, Integer> ids = new HashMap<>();
    long lengths;
  }

  private static boolean isLatin(char ch) {
    return ch < 0x250 && Character.isLetter(ch);
  }

  /** Anchors of Chinese bead {@code k} in English bead {@code k + shift}, summed. */
  private static int matches(long[][] zh, long[][] en, int shift) {
    int n = zh.length;
    int m = 0;
    for (int k = 0; k < n; k++) {
      long[] e = en[(k + shift) % n];
      for (long a : zh[k]) {
        m += Arrays.binarySearch(e, a) >= 0 ? 1 : 0;
      }
    }
    return m;
  }

  private static double lexical(String[] zh, String[] en, int[] shifts, Lexicon lexicon) {
    int n = zh.length;
    if (shifts.length == 0) {
      return 0;
    }
    int[][] glossed = new int[n][];
    int[][] e = new int[n][];
    for (int k = 0; k < n; k++) {
      glossed[k] = glossUnion(lexicon.segment(zh[k]), lexicon);
      e[k] = lexicon.englishWords(en[k]);
    }
    double aligned = logOdds(glossed(glossed, e, 0));
    double rotated = 0;
    for (int s : shifts) {
      rotated += logOdds(glossed(glossed, e, s));
    }
    return aligned - rotated / shifts.length;
  }

  /** The English stems some word of {@code words} glosses: sorted, distinct. */
  private static int[] glossUnion(int[] words, Lexicon lexicon) {
    int size = 0;
    for (int f : words) {
      size += f == Lexicon.UNKNOWN ? 0 : lexicon.glossSize(f);
    }
    int[] all = new int[size];
    int at = 0;
    for (int f : words) {
      if (f != Lexicon.UNKNOWN) {
        int[] g = lexicon.glossIds(f);
        System.arraycopy(g, 0, all, at, g.length);
        at += g.length;
      }
    }
    Arrays.sort(all);
    int k = 0;
    for (int j = 0; j < all.length; j++) {
      if (j == 0 || all[j] != all[j - 1]) {
        all[k++] = all[j];
      }
    }
    return Arrays.copyOf(all, k);
  }

  /**
   * {glossed, words}: the known English words of bead {@code k + shift} that Chinese bead
   * {@code k} glosses, and all its known English words.
   */
  private static long[] glossed(int[][] glossed, int[][] e, int shift) {
    int n = glossed.length;
    long hit = 0;
    long words = 0;
    for (int k = 0; k < n; k++) {
      int[] g = glossed[k];
      for (int word : e[(k + shift) % n]) {
        if (word != Lexicon.UNKNOWN) {
          words++;
          hit += Arrays.binarySearch(g, word) >= 0 ? 1 : 0;
        }
      }
    }
    return new long[] {hit, words};
  }

  private static double logOdds(long[] hitWords) {
    double p = (hitWords[0] + 0.5) / (hitWords[1] + 1.0);
    return Math.log(p / (1 - p));
  }

  /**
   * The probability that the pair is a translation: {@code 1 / (1 + e^-(w·f + bias))} with the
   * weights for the mode (with or without a lexicon).
   */
  public static double probability(double[] features, boolean withLexicon) {
    double[] w = withLexicon ? WEIGHTS_LEXICON : WEIGHTS_PLAIN;
    double z = w[FEATURES];
    for (int k = 0; k < FEATURES; k++) {
      z += w[k] * features[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Fitted weights per feature, then the bias; {@code VerdictFit} prints them. The lexicon's
   * are fitted on the beads of an aligner that has the lexicon in its cost too, the plain ones
   * on those of the default aligner without a lexicon (its second pass on).
   */
  private static final double[] WEIGHTS_LEXICON =
      {4.8603, 0.5497, 0.2439, 1.2123, -0.0570, 0.3921, 0.5383, -0.3140, 0.8143, -7.4965};
  private static final double[] WEIGHTS_PLAIN =
      {0.0000, 3.3677, 1.8815, 4.6864, -0.1577, 0.4859, 3.4879, -1.2184, 3.6190, -8.9580};
}
