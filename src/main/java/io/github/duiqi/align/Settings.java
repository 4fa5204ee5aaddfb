package io.github.duiqi.align;

import java.util.Arrays;

/**
 * Every setting of the aligner, in the one object that the public {@code Aligner.Builder} makes
 * and that every engine reads: the allowed bead types and their priors, the length ratio, the
 * variance of the length difference, the feature weights and the search band. The builder
 * checks arguments and keeps the public vocabulary ({@code BeadType}, {@code Aligner.Feature});
 * this class holds the values in the arrays the search reads, so that a new setting or feature
 * is declared here once and reaches {@link SentenceAligner}, {@link CostModel},
 * {@link RowCosts} and {@link BeadScores} without being copied through constructors.
 *
 * <p>Defaults are declared here: {@link #DEFAULT} is the default aligner's settings.
 *
 * <p>Immutable and thread-safe; {@code with} methods return changed copies and never check
 * their arguments (the builder has).
 */
public final class Settings {

  /** Index of the numbers feature in {@link #featureWeight}. */
  public static final int NUMBERS = 0;
  /** Index of the Latin-tokens feature. */
  public static final int LATIN_TOKENS = 1;
  /** Index of the punctuation feature. */
  public static final int PUNCTUATION = 2;
  /** Index of the lexicon's term (read only when the aligner has a lexicon). */
  public static final int LEXICON = 3;
  /** Index of the quote and question boundary feature. */
  public static final int QUOTE_BOUNDARIES = 4;
  /**
   * Index of the learned translation table's term: a second pass, where no lexicon is given,
   * that realigns with a table trained on the first pass's confident beads.
   */
  public static final int LEARNED_LEXICON = 5;
  /** Default weight of each feature, in nats per mismatch, by index. */
  private static final double[] DEFAULT_WEIGHTS = {2.0, 1.0, 1.5, 0.75,
      3.0, 0.75};

  /** The default settings. */
  public static final Settings DEFAULT = new Settings(
      // fitted on the development data (all sets pooled); 1-0 and 0-1 kept above their rare
      // gold frequency because real input has untranslated headings and notes
      new int[] {1, 1, 0, 2, 1, 2, 1, 3, 1},
      new int[] {1, 0, 1, 1, 2, 2, 3, 1, 4},
      new double[] {0.78, 0.004, 0.004, 0.054, 0.10, 0.008, 0.023, 0.005, 0.0097},
      Double.NaN, 6.0, 0.015, DEFAULT_WEIGHTS.clone(), 24, 1);

  /** Chinese and English sentences of each bead type, in the order types were added. */
  final int[] chineseCounts;
  final int[] englishCounts;
  /** Prior weight of each type as configured (not normalised). */
  private final double[] priorWeights;
  /** {@code -log} of each type's normalised prior. */
  final double[] typeCost;
  /** English length per Chinese length, or NaN to estimate it on each document pair. */
  final double ratio;
  final double varianceLinear;
  final double varianceQuadratic;
  private final double[] weights;
  final double numberWeight;
  final double latinWeight;
  final double punctuationWeight;
  /** Weight of the lexical term (used only when the aligner has a lexicon). */
  final double lexiconWeight;
  /** Weight of a sentence joined to one that ends a turn (see {@code Profile.endsTurn}). */
  final double quoteWeight;
  /** Weight of the learned table's term; 0: no second pass. */
  final double learnedWeight;
  /** Half-width of the first search band. */
  final int halfWidth;
  /**
   * Threads one alignment may use for its independent parts (the bead scores of a long pair,
   * window by window); 1: the caller's thread alone, as a library inside a parallel job wants.
   */
  final int parallelism;

  private Settings(int[] chineseCounts, int[] englishCounts, double[] priorWeights,
      double ratio, double varianceLinear, double varianceQuadratic, double[] weights,
      int halfWidth, int parallelism) {
    this.parallelism = parallelism;
    this.chineseCounts = chineseCounts;
    this.englishCounts = englishCounts;
    this.priorWeights = priorWeights;
    double total = 0;
    for (double v : priorWeights) {
      total += v;
    }
    this.typeCost = new double[priorWeights.length];
    for (int t = 0; t < priorWeights.length; t++) {
      typeCost[t] = -Math.log(priorWeights[t] / total);
    }
    this.ratio = ratio;
    this.varianceLinear = varianceLinear;
    this.varianceQuadratic = varianceQuadratic;
    this.weights = weights;
    this.numberWeight = weights[NUMBERS];
    this.latinWeight = weights[LATIN_TOKENS];
    this.punctuationWeight = weights[PUNCTUATION];
    this.lexiconWeight = weights[LEXICON];
    this.quoteWeight = weights[QUOTE_BOUNDARIES];
    this.learnedWeight = weights[LEARNED_LEXICON];
    this.halfWidth = halfWidth;
  }

  /** Settings of a model over other units (paragraphs, blocks): these types, costs as given. */
  private Settings(Settings base, int[] chineseCounts, int[] englishCounts, double[] typeCost,
      double[] weights) {
    this.chineseCounts = chineseCounts;
    this.englishCounts = englishCounts;
    this.priorWeights = typeCost.clone();
    this.typeCost = typeCost;
    this.ratio = base.ratio;
    this.varianceLinear = base.varianceLinear;
    this.varianceQuadratic = base.varianceQuadratic;
    this.weights = weights;
    this.numberWeight = weights[NUMBERS];
    this.latinWeight = weights[LATIN_TOKENS];
    this.punctuationWeight = weights[PUNCTUATION];
    this.lexiconWeight = weights[LEXICON];
    this.quoteWeight = weights[QUOTE_BOUNDARIES];
    this.learnedWeight = weights[LEARNED_LEXICON];
    this.halfWidth = base.halfWidth;
    this.parallelism = base.parallelism;
  }

  /** The default weight of feature {@code feature}. */
  public static double defaultFeatureWeight(int feature) {
    return DEFAULT_WEIGHTS[feature];
  }

  /** The number of allowed bead types. */
  public int beadTypes() {
    return chineseCounts.length;
  }

  /** Chinese sentences of bead type {@code t}. */
  public int chineseCount(int t) {
    return chineseCounts[t];
  }

  /** English sentences of bead type {@code t}. */
  public int englishCount(int t) {
    return englishCounts[t];
  }

  /** The configured prior weight of bead type {@code t}. */
  public double priorWeight(int t) {
    return priorWeights[t];
  }

  /** English length per Chinese length, or NaN where it is estimated per document pair. */
  public double ratio() {
    return ratio;
  }

  /** The linear coefficient of the length difference's variance. */
  public double varianceLinear() {
    return varianceLinear;
  }

  /** The quadratic coefficient of the length difference's variance. */
  public double varianceQuadratic() {
    return varianceQuadratic;
  }

  /** The weight of feature {@code feature} ({@link #NUMBERS}, ...); 0 when it is off. */
  public double featureWeight(int feature) {
    return weights[feature];
  }

  /** The half-width of the first search band, in sentences. */
  public int bandHalfWidth() {
    return halfWidth;
  }

  /** Allows bead type {@code chinese-english} with this prior weight, or changes its weight. */
  public Settings withBeadType(int chinese, int english, double priorWeight) {
    for (int t = 0; t < chineseCounts.length; t++) {
      if (chineseCounts[t] == chinese && englishCounts[t] == english) {
        double[] w = priorWeights.clone();
        w[t] = priorWeight;
        return new Settings(chineseCounts, englishCounts, w, ratio, varianceLinear,
            varianceQuadratic, weights, halfWidth, parallelism);
      }
    }
    int n = chineseCounts.length;
    int[] zh = Arrays.copyOf(chineseCounts, n + 1);
    int[] en = Arrays.copyOf(englishCounts, n + 1);
    double[] w = Arrays.copyOf(priorWeights, n + 1);
    zh[n] = chinese;
    en[n] = english;
    w[n] = priorWeight;
    return new Settings(zh, en, w, ratio, varianceLinear, varianceQuadratic, weights, halfWidth,
        parallelism);
  }

  /** Allows exactly these bead types, in this order. */
  public Settings withBeadTypes(int[] chinese, int[] english, double[] priorWeights) {
    return new Settings(chinese.clone(), english.clone(), priorWeights.clone(), ratio,
        varianceLinear, varianceQuadratic, weights, halfWidth, parallelism);
  }

  /** Drops every bead type with a side larger than {@code max}. */
  public Settings withMaxBeadSize(int max) {
    int n = 0;
    int[] zh = new int[chineseCounts.length];
    int[] en = new int[chineseCounts.length];
    double[] w = new double[chineseCounts.length];
    for (int t = 0; t < chineseCounts.length; t++) {
      if (chineseCounts[t] <= max && englishCounts[t] <= max) {
        zh[n] = chineseCounts[t];
        en[n] = englishCounts[t];
        w[n++] = priorWeights[t];
      }
    }
    return new Settings(Arrays.copyOf(zh, n), Arrays.copyOf(en, n), Arrays.copyOf(w, n), ratio,
        varianceLinear, varianceQuadratic, weights, halfWidth, parallelism);
  }

  /** Fixes the length ratio; NaN estimates it on each document pair. */
  public Settings withRatio(double englishPerChinese) {
    return new Settings(chineseCounts, englishCounts, priorWeights, englishPerChinese,
        varianceLinear, varianceQuadratic, weights, halfWidth, parallelism);
  }

  /** Sets the variance to {@code linear·m + quadratic·m²}. */
  public Settings withVariance(double linear, double quadratic) {
    return new Settings(chineseCounts, englishCounts, priorWeights, ratio, linear, quadratic,
        weights, halfWidth, parallelism);
  }

  /** Sets the weight of feature {@code feature}; 0 switches it off. */
  public Settings withFeatureWeight(int feature, double weight) {
    double[] w = weights.clone();
    w[feature] = weight;
    return new Settings(chineseCounts, englishCounts, priorWeights, ratio, varianceLinear,
        varianceQuadratic, w, halfWidth, parallelism);
  }

  /** Sets the threads one alignment may use (at least 1). */
  public Settings withParallelism(int parallelism) {
    return new Settings(chineseCounts, englishCounts, priorWeights, ratio, varianceLinear,
        varianceQuadratic, weights, halfWidth, parallelism);
  }

  /** Sets the half-width of the first search band. */
  public Settings withBandHalfWidth(int halfWidth) {
    return new Settings(chineseCounts, englishCounts, priorWeights, ratio, varianceLinear,
        varianceQuadratic, weights, halfWidth, parallelism);
  }

  /**
   * The settings of a search over other units than sentences (paragraphs, blocks of
   * sentences): these bead types with these costs, these feature weights, the rest unchanged.
   */
  Settings forUnits(int[] chinese, int[] english, double[] typeCost, double numberWeight,
      double latinWeight, double punctuationWeight) {
    double[] w = new double[DEFAULT_WEIGHTS.length];
    w[NUMBERS] = numberWeight;
    w[LATIN_TOKENS] = latinWeight;
    w[PUNCTUATION] = punctuationWeight;
    return new Settings(this, chinese, english, typeCost, w);
  }
}
