package io.github.duiqi.align;

import org.jspecify.annotations.Nullable;

/**
 * The cost of a bead: {@code -log P(type) - log P(|δ| or more | type)} plus the feature
 * penalties, where δ is the length difference normalised by its standard deviation.
 *
 * <p>With {@code lz} the Chinese length times the document's ratio (the English length the
 * Chinese predicts), {@code le} the English length and {@code m = (lz + le) / 2}:
 * {@code δ = (le - lz) / sqrt(a·m + b·m²)}. The linear term is Gale and Church's; the quadratic
 * term lets the spread grow in proportion to long sentences, as translators' freedom does.
 * {@code P(|δ| or more)} is the two-sided tail of the standard normal, {@code erfc(|δ|/√2)}.
 *
 * <p>A one-sided bead (1-0, 0-1) at the very start or end of the pair pays no length term: an
 * untranslated heading, dateline or note is common there, and its length is no evidence.
 *
 * <p>Feature penalties (each weight times a count, so the cost of a whole alignment only depends
 * on how the evidence is grouped, not on how many beads there are): numbers found on one side of
 * the bead and not on the other; Latin tokens of the Chinese side not found in the English; and
 * the difference in count of each shared punctuation class. Every term is non-negative: a
 * negative log-probability (or a penalty in nats), so {@code e^-cost} weighs an alignment in
 * {@link BeadScores}' posteriors.
 *
 * <p>Immutable; thread-safe.
 */
final class CostModel {

  final Profile zh;
  final Profile en;
  /** English length per Chinese length of this document pair (estimated or fixed). */
  final double ratio;
  /** Bead types, variance and feature weights: everything but the profiles and the ratio. */
  final Settings settings;
  /** The settings' bead type arrays (not copies), read in the search's loops. */
  final int[] chineseCounts;
  final int[] englishCounts;
  final double[] typeCost;
  /**
   * For a model of blocks (a coarse search), the finer units at which its blocks end, each side
   * (see {@link Profile#blocks}); null for a model of sentences.
   */
  final int @Nullable [] zhEnds;
  final int @Nullable [] enEnds;
  /**
   * What a lexicon says about the document pair, or null (no lexicon, its weight 0, a model
   * of blocks or paragraphs); this model's sentences {@code 0..} are the evidence's sentences
   * {@code lexicalChinese..} and {@code lexicalEnglish..}.
   */
  final @Nullable LexicalEvidence lexical;
  final int lexicalChinese;
  final int lexicalEnglish;
  /**
   * The weight of {@link #lexical}'s term: the lexicon's, or the learned table's for a table
   * learned from the document pair; 0 when {@link #lexical} is null.
   */
  final double lexiconWeight;
  /**
   * The names of the document pair ({@link NameEvidence}), or null (none found, the feature
   * off, a model of blocks or paragraphs); this model's sentences {@code 0..} are its sentences
   * {@code namesChinese..} and {@code namesEnglish..}.
   */
  final @Nullable NameEvidence names;
  final int namesChinese;
  final int namesEnglish;
  /**
   * The weight of {@link #names}' term: the settings', times {@link #NAME_SHARE_WITH_LEXICON}
   * beside a lexicon's term; 0 when {@link #names} is null.
   */
  final double nameWeight;
  /**
   * The share of the names' weight beside a lexicon, whose term already rewards many of the
   * beads that names do: measured, not derived (exact F1 on MAC-Dev with CC-CEDICT: 0.8834
   * without names, 0.8822 at the full weight, 0.8849 at a quarter; docs/accuracy.md).
   */
  static final double NAME_SHARE_WITH_LEXICON = 0.25;

  CostModel(Profile zh, Profile en, double ratio, Settings settings) {
    this(zh, en, ratio, settings, null, null, null, 0, 0, null, 0, 0);
  }

  private CostModel(Profile zh, Profile en, double ratio, Settings settings,
      int @Nullable [] zhEnds, int @Nullable [] enEnds, @Nullable LexicalEvidence lexical,
      int lexicalChinese, int lexicalEnglish, @Nullable NameEvidence names, int namesChinese,
      int namesEnglish) {

    this.namesChinese = namesChinese;
    this.namesEnglish = namesEnglish;
    double weight = lexical == null ? 0
        : lexical.learned ? settings.learnedWeight : settings.lexiconWeight;
    this.lexical = weight > 0 ? lexical : null;
    this.lexiconWeight = weight > 0 ? weight : 0;
    boolean named = names != null && !names.isEmpty() && settings.nameWeight > 0;
    this.names = named ? names : null;
    boolean dictionary = this.lexical != null && !this.lexical.learned;
    this.nameWeight = !named ? 0
        : dictionary ? NAME_SHARE_WITH_LEXICON * settings.nameWeight : settings.nameWeight;
    this.lexicalChinese = lexicalChinese;
    this.lexicalEnglish = lexicalEnglish;
    this.zhEnds = zhEnds;
    this.enEnds = enEnds;
    this.zh = zh;
    this.en = en;
    this.ratio = ratio;
    this.settings = settings;
    this.chineseCounts = settings.chineseCounts;
    this.englishCounts = settings.englishCounts;
    this.typeCost = settings.typeCost;
  }

  /** Bead types of the coarse search: blocks of sentences, matched by length alone. */
  private static final int[] COARSE_CHINESE = {1, 1, 0, 2, 1, 2};
  private static final int[] COARSE_ENGLISH = {1, 0, 1, 1, 2, 2};
  private static final double[] COARSE_TYPE_COST = {
      -Math.log(0.9), -Math.log(0.01), -Math.log(0.01), -Math.log(0.035), -Math.log(0.035),
      -Math.log(0.01)};

  /**
   * The model of the same documents cut into blocks of about {@code block} units on the side
   * with fewer, and as many blocks of equal length on the other side (so that the block path
   * runs near the diagonal whatever the sentence-count ratio: 1.4 Chinese sentences an English
   * one make blocks of 2 against blocks of 2.8), with the same ratio and punctuation evidence
   * (numbers and Latin tokens are left out: they are not prefix sums). A block bead's length is
   * a sum of sentence beads, whose variance is the sum of theirs (see
   * {@link #lengthCost(int, int, int, int)}). Its path is the coarse path that the finer search
   * follows.
   */
  CostModel coarse(int block) {
    int blocks = Math.max(1, (Math.min(zh.size, en.size) + block - 1) / block);
    int[] zEnds = zh.equalLengthEnds(blocks);
    int[] eEnds = en.equalLengthEnds(blocks);
    return new CostModel(zh.blocks(zEnds), en.blocks(eEnds), ratio, settings.forUnits(
        COARSE_CHINESE, COARSE_ENGLISH, COARSE_TYPE_COST, 0, 0, settings.punctuationWeight),
        zEnds, eEnds, null, 0, 0, null, 0, 0);
  }

  /**
   * This model with the lexicon's evidence: its sentences are those of {@code evidence} from
   * Chinese {@code chineseFrom} and English {@code englishFrom} on.
   */
  CostModel withLexical(LexicalEvidence evidence, int chineseFrom, int englishFrom) {
    return new CostModel(zh, en, ratio, settings, zhEnds, enEnds, evidence, chineseFrom,
        englishFrom, names, namesChinese, namesEnglish);
  }

  /**
   * This model with the names of the document pair: its sentences are those of {@code names}
   * from Chinese {@code chineseFrom} and English {@code englishFrom} on.
   */
  CostModel withNames(NameEvidence names, int chineseFrom, int englishFrom) {
    return new CostModel(zh, en, ratio, settings, zhEnds, enEnds, lexical, lexicalChinese,
        lexicalEnglish, names, chineseFrom, englishFrom);
  }

  /** True for a model of blocks, whose length variance is that of a sum of beads. */
  boolean sumsOfBeads() {
    return zhEnds != null;
  }

  int types() {
    return typeCost.length;
  }

  /** Cost of bead type {@code t} ending at Chinese {@code i} and English {@code j}. */
  double cost(int t, int i, int j) {
    return cost(t, i, j, Double.POSITIVE_INFINITY);
  }

  /**
   * The cost of bead type {@code t} ending at Chinese {@code i} and English {@code j}, or any
   * value of at least {@code bound} when the cost is at least {@code bound}: every term is
   * non-negative, so the search stops adding terms once their sum passes what it already has.
   */
  double cost(int t, int i, int j, double bound) {
    int i0 = i - chineseCounts[t];
    int j0 = j - englishCounts[t];
    double cost = typeCost[t];
    if (cost >= bound) {
      return cost;
    }
    // a sentence left untranslated at the start or end of a text (a heading, a dateline, a
    // note) is a common event whose length says nothing: it pays only its prior there
    boolean oneSided = i0 == i || j0 == j;
    boolean atEdge = i0 == 0 && j0 == 0 || i == zh.size && j == en.size;
    if (!(oneSided && atEdge)) {
      cost += lengthCost(i0, i, j0, j);
      if (cost >= bound) {
        return cost;
      }
    }
    return cost + evidenceCost(i0, i, j0, j);
  }

  double lengthCost(int i0, int i1, int j0, int j1) {
    return lengthCost(zh.length(i0, i1) * ratio, en.length(j0, j1), settings.varianceLinear,
        sumsOfBeads() ? quadraticOfSum(settings.varianceQuadratic,
            zh.sentencesBefore(i1) - zh.sentencesBefore(i0),
            en.sentencesBefore(j1) - en.sentencesBefore(j0)) : settings.varianceQuadratic);
  }

  /**
   * The quadratic variance term of a bead of blocks holding {@code zhSentences} and
   * {@code enSentences}: a sum of k sentence beads of mean length {@code M/k} has variance
   * {@code a·M + b·M²/k}, so the term is {@code b/k}, with k the fewer of the two counts (each
   * sentence bead holds at least one sentence of each side, bar the rare 1-0 and 0-1), at least 1.
   * One definition, which {@link RowCosts}' coarse loop calls too.
   */
  static double quadraticOfSum(double quadratic, int zhSentences, int enSentences) {
    return quadratic / Math.max(1, Math.min(zhSentences, enSentences));
  }

  /**
   * The length term of a bead whose Chinese side predicts {@code lz} English units (its length
   * times the ratio) and whose English side has {@code le}: the one definition, which
   * {@link RowCosts}' loops call too.
   */
  static double lengthCost(double lz, double le, double varianceLinear,
      double varianceQuadratic) {
    return lengthCostOfSquare(squaredDeviation(lz, le, varianceLinear, varianceQuadratic));
  }

  /**
   * δ² of a bead whose Chinese side predicts {@code lz} English units and whose English side
   * has {@code le}, or -1 when both are empty (no length, no term): the length term is
   * {@link #lengthCostOfSquare} of it.
   */
  static double squaredDeviation(double lz, double le, double varianceLinear,
      double varianceQuadratic) {
    double m = 0.5 * (lz + le);
    if (m <= 0) {
      return -1;
    }
    double d = le - lz;
    return d * d / (m * (varianceLinear + varianceQuadratic * m));
  }

  /** The length term of a bead of squared deviation {@code x} ({@link #squaredDeviation}). */
  static double lengthCostOfSquare(double x) {
    // NaN (no variance and no difference) costs 0, as the tail's own formula gives it
    return x >= 0 ? minusLogTailOfSquare(x) : 0;
  }

  /** Steps of {@link #TAIL} per unit of δ; a cell's cost is interpolated between steps. */
  private static final int TAIL_STEPS = 64;
  /** Beyond this δ the cost is computed directly (a cell far from every good path). */
  private static final int TAIL_LIMIT = 16;
  /** {@code TAIL[k]} = {@link #minusLogTail}(k / TAIL_STEPS): 8 KiB, at home in L1. */
  private static final double[] TAIL = new double[TAIL_LIMIT * TAIL_STEPS + 2];

  static {
    for (int k = 0; k < TAIL.length; k++) {
      TAIL[k] = minusLogTail((double) k / TAIL_STEPS);
    }
  }

  /**
   * {@code minusLogTail(√x)}, interpolated in a table on the hot path of the search instead of
   * the direct formula's logarithm (error below 1e-4 nats, far below what separates two beads).
   */
  static double minusLogTailOfSquare(double x) {
    double delta = Math.sqrt(x);
    if (!(delta < TAIL_LIMIT)) {
      return minusLogTail(delta);
    }
    double pos = delta * TAIL_STEPS;
    int k = (int) pos;
    double f = pos - k;
    return TAIL[k] + f * (TAIL[k + 1] - TAIL[k]);
  }

  double evidenceCost(int i0, int i1, int j0, int j1) {
    double cost = evidenceCostWithoutLexicon(i0, i1, j0, j1);
    if (lexiconWeight > 0) {
      cost += lexiconWeight * lexicalCost(i0, i1, j0, j1);
    }
    return cost;
  }

  /**
   * The cost of type {@code t} ending at ({@code i}, {@code j}) before its evidence terms: its
   * prior and, unless it is a one-sided bead at the text's edge, its length term.
   */
  double costBeforeEvidence(int t, int i, int j) {
    int i0 = i - chineseCounts[t];
    int j0 = j - englishCounts[t];
    double cost = typeCost[t];
    boolean oneSided = i0 == i || j0 == j;
    boolean atEdge = i0 == 0 && j0 == 0 || i == zh.size && j == en.size;
    return oneSided && atEdge ? cost : cost + lengthCost(i0, i, j0, j);
  }

  /** The evidence terms but the lexicon's: punctuation, numbers, Latin tokens, turns, names. */
  double evidenceCostWithoutLexicon(int i0, int i1, int j0, int j1) {
    double punctuationWeight = settings.punctuationWeight;
    double numberWeight = settings.numberWeight;
    double latinWeight = settings.latinWeight;
    double cost = 0;
    if (punctuationWeight > 0) {
      int[] zp = zh.punct;
      int[] ep = en.punct;
      int z1 = i1 * Profile.PUNCT_CLASSES;
      int z0 = i0 * Profile.PUNCT_CLASSES;
      int e1 = j1 * Profile.PUNCT_CLASSES;
      int e0 = j0 * Profile.PUNCT_CLASSES;
      int diff = 0;
      for (int c = 0; c < Profile.PUNCT_CLASSES; c++) {
        diff += Math.abs(zp[z1 + c] - zp[z0 + c] - ep[e1 + c] + ep[e0 + c]);
      }
      cost += punctuationWeight * diff;
    }
    if (numberWeight > 0) {
      cost += numberWeight * unmatchedNumbers(i0, i1, j0, j1);
    }
    if (latinWeight > 0) {
      cost += latinWeight * unmatchedTokens(i0, i1, j0, j1);
    }
    double quoteWeight = settings.quoteWeight;
    if (quoteWeight > 0) {
      cost += quoteWeight * (turnsJoined(zh, i0, i1) + turnsJoined(en, j0, j1));
    }
    if (nameWeight > 0) {
      cost += nameWeight * unmatchedNames(i0, i1, j0, j1);
    }
    return cost;
  }

  /**
   * The bead's name mentions ({@link NameEvidence}) whose entity the other side of the bead
   * does not mention, both sides counted.
   */
  int unmatchedNames(int i0, int i1, int j0, int j1) {
    NameEvidence x = java.util.Objects.requireNonNull(names);
    int zFrom = x.zhAt[namesChinese + i0];
    int zTo = x.zhAt[namesChinese + i1];
    int eFrom = x.enAt[namesEnglish + j0];
    int eTo = x.enAt[namesEnglish + j1];
    return unmatchedIn(x.zhNames, zFrom, zTo, x.enNames, eFrom, eTo)
        + unmatchedIn(x.enNames, eFrom, eTo, x.zhNames, zFrom, zTo);
  }

  /** Entries of {@code a[aFrom..aTo)} not among {@code b[bFrom..bTo)}. */
  static int unmatchedIn(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
    int unmatched = 0;
    for (int p = aFrom; p < aTo; p++) {
      boolean found = false;
      for (int q = bFrom; q < bTo && !found; q++) {
        found = a[p] == b[q];
      }
      unmatched += found ? 0 : 1;
    }
    return unmatched;
  }

  /**
   * Sentences of {@code from..to-1} joined to one before them that ends a turn or a question:
   * the boundaries inside the bead's side after such a sentence.
   */
  static int turnsJoined(Profile p, int from, int to) {
    return to - from >= 2 ? p.quoteEnds[to - 1] - p.quoteEnds[from] : 0;
  }

  /**
   * The lexical term of a bead ({@link LexicalEvidence}) before its weight: the English
   * sentences' terms against the bead's Chinese side, summed in order.
   */
  double lexicalCost(int i0, int i1, int j0, int j1) {
    LexicalEvidence x = java.util.Objects.requireNonNull(lexical);
    double sum = 0;
    for (int q = j0; q < j1; q++) {
      sum += x.sentenceTerm(lexicalChinese + i0, lexicalChinese + i1, lexicalEnglish + q);
    }
    return sum;
  }

  private int unmatchedNumbers(int i0, int i1, int j0, int j1) {
    return unmatchedNumbersIn(zh.numberAt[i0], zh.numberAt[i1], en.numberAt[j0],
        en.numberAt[j1]);
  }

  /** Numbers {@code zFrom..zTo-1} of the Chinese and {@code eFrom..eTo-1} of the English. */
  int unmatchedNumbersIn(int zFrom, int zTo, int eFrom, int eTo) {
    int nz = zTo - zFrom;
    int ne = eTo - eFrom;
    if (nz == 0 || ne == 0) {
      return nz + ne;
    }
    long used = 0; // bit k: English number eFrom + k already matched
    int matched = 0;
    int limit = Math.min(ne, 64);
    for (int a = zFrom; a < zTo; a++) {
      long v = zh.numbers[a];
      for (int k = 0; k < limit; k++) {
        if ((used & (1L << k)) == 0 && en.numbers[eFrom + k] == v) {
          used |= 1L << k;
          matched++;
          break;
        }
      }
    }
    return nz + ne - 2 * matched;
  }

  private int unmatchedTokens(int i0, int i1, int j0, int j1) {
    int zFrom = zh.tokenAt[i0];
    int zTo = zh.tokenAt[i1];
    if (zFrom == zTo) {
      return 0;
    }
    return unmatchedTokensIn(zFrom, zTo, en.tokenAt[j0], en.tokenAt[j1]);
  }

  /** Tokens {@code zFrom..zTo-1} of the Chinese and {@code eFrom..eTo-1} of the English. */
  int unmatchedTokensIn(int zFrom, int zTo, int eFrom, int eTo) {
    int unmatched = 0;
    for (int a = zFrom; a < zTo; a++) {
      int id = zh.tokens[a];
      boolean found = false;
      for (int b = eFrom; b < eTo && !found; b++) {
        found = en.tokens[b] == id;
      }
      if (!found) {
        unmatched++;
      }
    }
    return unmatched;
  }

  /**
   * {@code -log erfc(x / √2)}, the cost of a normal deviate at least {@code x} away from 0 on
   * either side; Numerical Recipes' Chebyshev fit of erfc (relative error below 1.2e-7), taken
   * in the log domain so that it never underflows.
   */
  static double minusLogTail(double x) {
    double z = x * 0.7071067811865476;
    double t = 1.0 / (1.0 + 0.5 * z);
    double poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277))))))));
    double value = z * z - poly - Math.log(t);
    return value > 0 ? value : 0;
  }
}
