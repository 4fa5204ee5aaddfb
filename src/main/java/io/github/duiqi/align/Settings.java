package io.github.duiqi.align;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
  /** Index of the names feature: names in pinyin on the English side ({@code NameEvidence}). */
  public static final int NAMES = 6;
  /** Default weight of each feature, in nats per mismatch, by index. */
  private static final double[] DEFAULT_WEIGHTS = {2.0, 1.0, 1.5, 0.75,
      3.0, 0.75, 1.0};

  /** The default settings. */
  public static final Settings DEFAULT = new Settings(defaults());

  private static Draft defaults() {
    Draft d = new Draft();
    // fitted on the development data (all sets pooled); 1-0 and 0-1 kept above their rare
    // gold frequency because real input has untranslated headings and notes
    d.chineseCounts = new int[] {1, 1, 0, 2, 1, 2, 1, 3, 1};
    d.englishCounts = new int[] {1, 0, 1, 1, 2, 2, 3, 1, 4};
    d.priorWeights = new double[] {0.78, 0.004, 0.004, 0.054, 0.10, 0.008, 0.023, 0.005, 0.0097};
    d.ratio = Double.NaN;
    d.varianceLinear = 6.0;
    d.varianceQuadratic = 0.015;
    d.weights = DEFAULT_WEIGHTS.clone();
    d.halfWidth = 24;
    d.parallelism = 1;
    return d;
  }

  /**
   * The values of a {@code Settings} being made: each {@code with} method copies the current
   * ones, changes its own and makes new settings, so that a new setting is a field here, a
   * field of {@code Settings} and one line of the constructor, and no call passes a chain of
   * positional arguments. Arrays are owned by the settings made from it. The type costs are
   * recomputed from the prior weights unless {@code typeCost} is set (only {@link #forUnits}
   * sets it; the settings it makes are never changed further).
   */
  private static final class Draft {
    int[] chineseCounts;
    int[] englishCounts;
    double[] priorWeights;
    /** {@code -log} of each type's normalised prior; null: computed from the prior weights. */
    double @Nullable [] typeCost;
    double ratio;
    double varianceLinear;
    double varianceQuadratic;
    double[] weights;
    int halfWidth;
    int parallelism;
  }

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
  /** Weight of a name mentioned on one side of a bead only. */
  final double nameWeight;
  /** Half-width of the first search band. */
  final int halfWidth;
  /**
   * Threads one alignment may use for its independent parts (the bead scores of a long pair,
   * window by window; the document's words for the second pass); 1: the caller's thread alone,
   * as a library inside a parallel job wants.
   */
  final int parallelism;

  private Settings(Draft d) {
    this.chineseCounts = d.chineseCounts;
    this.englishCounts = d.englishCounts;
    this.priorWeights = d.priorWeights;
    if (d.typeCost != null) {
      this.typeCost = d.typeCost;
    } else {
      double total = 0;
      for (double v : d.priorWeights) {
        total += v;
      }
      this.typeCost = new double[d.priorWeights.length];
      for (int t = 0; t < d.priorWeights.length; t++) {
        typeCost[t] = -Math.log(d.priorWeights[t] / total);
      }
    }
    this.ratio = d.ratio;
    this.varianceLinear = d.varianceLinear;
    this.varianceQuadratic = d.varianceQuadratic;
    this.weights = d.weights;
    this.numberWeight = d.weights[NUMBERS];
    this.latinWeight = d.weights[LATIN_TOKENS];
    this.punctuationWeight = d.weights[PUNCTUATION];
    this.lexiconWeight = d.weights[LEXICON];
    this.quoteWeight = d.weights[QUOTE_BOUNDARIES];
    this.learnedWeight = d.weights[LEARNED_LEXICON];
    this.nameWeight = d.weights[NAMES];
    this.halfWidth = d.halfWidth;
    this.parallelism = d.parallelism;
  }

  /**
   * A draft holding these settings' values; arrays are shared, so a {@code with} method
   * replaces an array, never writes into it.
   */
  private Draft draft() {
    Draft d = new Draft();
    d.chineseCounts = chineseCounts;
    d.englishCounts = englishCounts;
    d.priorWeights = priorWeights;
    d.ratio = ratio;
    d.varianceLinear = varianceLinear;
    d.varianceQuadratic = varianceQuadratic;
    d.weights = weights;
    d.halfWidth = halfWidth;
    d.parallelism = parallelism;
    return d;
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
    Draft d = draft();
    for (int t = 0; t < chineseCounts.length; t++) {
      if (chineseCounts[t] == chinese && englishCounts[t] == english) {
        d.priorWeights = priorWeights.clone();
        d.priorWeights[t] = priorWeight;
        return new Settings(d);
      }
    }
    int n = chineseCounts.length;
    d.chineseCounts = Arrays.copyOf(chineseCounts, n + 1);
    d.englishCounts = Arrays.copyOf(englishCounts, n + 1);
    d.priorWeights = Arrays.copyOf(priorWeights, n + 1);
    d.chineseCounts[n] = chinese;
    d.englishCounts[n] = english;
    d.priorWeights[n] = priorWeight;
    return new Settings(d);
  }

  /** Allows exactly these bead types, in this order. */
  public Settings withBeadTypes(int[] chinese, int[] english, double[] priorWeights) {
    Draft d = draft();
    d.chineseCounts = chinese.clone();
    d.englishCounts = english.clone();
    d.priorWeights = priorWeights.clone();
    return new Settings(d);
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
    Draft d = draft();
    d.chineseCounts = Arrays.copyOf(zh, n);
    d.englishCounts = Arrays.copyOf(en, n);
    d.priorWeights = Arrays.copyOf(w, n);
    return new Settings(d);
  }

  /** Fixes the length ratio; NaN estimates it on each document pair. */
  public Settings withRatio(double englishPerChinese) {
    Draft d = draft();
    d.ratio = englishPerChinese;
    return new Settings(d);
  }

  /** Sets the variance to {@code linear·m + quadratic·m²}. */
  public Settings withVariance(double linear, double quadratic) {
    Draft d = draft();
    d.varianceLinear = linear;
    d.varianceQuadratic = quadratic;
    return new Settings(d);
  }

  /** Sets the weight of feature {@code feature}; 0 switches it off. */
  public Settings withFeatureWeight(int feature, double weight) {
    Draft d = draft();
    d.weights = weights.clone();
    d.weights[feature] = weight;
    return new Settings(d);
  }

  /** Sets the threads one alignment may use (at least 1). */
  public Settings withParallelism(int parallelism) {
    Draft d = draft();
    d.parallelism = parallelism;
    return new Settings(d);
  }

  /** Sets the half-width of the first search band. */
  public Settings withBandHalfWidth(int halfWidth) {
    Draft d = draft();
    d.halfWidth = halfWidth;
    return new Settings(d);
  }

  /**
   * The settings of a search over other units than sentences (paragraphs, blocks of
   * sentences): these bead types with these costs, these feature weights, the rest unchanged.
   */
  Settings forUnits(int[] chinese, int[] english, double[] typeCost, double numberWeight,
      double latinWeight, double punctuationWeight) {
    Draft d = draft();
    d.chineseCounts = chinese;
    d.englishCounts = english;
    d.priorWeights = typeCost.clone();
    d.typeCost = typeCost;
    d.weights = new double[DEFAULT_WEIGHTS.length];
    d.weights[NUMBERS] = numberWeight;
    d.weights[LATIN_TOKENS] = latinWeight;
    d.weights[PUNCTUATION] = punctuationWeight;
    return new Settings(d);
  }
}
