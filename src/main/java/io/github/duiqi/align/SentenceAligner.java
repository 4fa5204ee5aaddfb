package io.github.duiqi.align;

import java.util.List;

/**
 * Aligns two lists of sentence texts: builds the profiles, estimates the document's length ratio
 * and searches.
 * The public {@code io.github.duiqi.Aligner} is a thin layer over this class.
 *
 * <p>Immutable; thread-safe.
 */
public final class SentenceAligner {

  private final int[] chineseCounts;
  private final int[] englishCounts;
  private final double[] priors;
  private final double ratio;
  private final double varianceLinear;
  private final double varianceQuadratic;
  private final double numberWeight;
  private final double latinWeight;
  private final double punctuationWeight;
  private final int halfWidth;

  /**
   * Creates an aligner; the caller (the public {@code Aligner}) has validated every value.
   *
   * @param chineseCounts Chinese sentences of each bead type
   * @param englishCounts English sentences of each bead type
   * @param priors prior probability of each bead type, summing to 1
   * @param ratio English length per Chinese length, or NaN to estimate it per document
   */
  public SentenceAligner(int[] chineseCounts, int[] englishCounts, double[] priors, double ratio,
      double varianceLinear, double varianceQuadratic, double numberWeight, double latinWeight,
      double punctuationWeight, int halfWidth) {
    this.chineseCounts = chineseCounts.clone();
    this.englishCounts = englishCounts.clone();
    this.priors = priors.clone();
    this.ratio = ratio;
    this.varianceLinear = varianceLinear;
    this.varianceQuadratic = varianceQuadratic;
    this.numberWeight = numberWeight;
    this.latinWeight = latinWeight;
    this.punctuationWeight = punctuationWeight;
    this.halfWidth = halfWidth;
  }

  /** The result: bead boundaries and costs, in order. */
  public static final class Result {
    private final BeadSearch.Path path;
    private final CostModel model;

    Result(BeadSearch.Path path, CostModel model) {
      this.path = path;
      this.model = model;
    }

    public int size() {
      return path.size;
    }

    public int chineseStart(int bead) {
      return path.zhStart(bead);
    }

    public int chineseEnd(int bead) {
      return path.zhEnd[bead];
    }

    public int englishStart(int bead) {
      return path.enStart(bead);
    }

    public int englishEnd(int bead) {
      return path.enEnd[bead];
    }

    /** The bead's cost; non-negative. */
    public double cost(int bead) {
      return path.cost[bead];
    }

    /** The English-per-Chinese length ratio used. */
    public double ratio() {
      return model.ratio;
    }
  }

  /** Aligns the sentences; texts are only read. */
  public Result align(List<String> chinese, List<String> english) {
    Profile[] p = Profile.of(chinese, english);
    return align(p[0], p[1]);
  }

  Result align(Profile zh, Profile en) {
    CostModel model = model(zh, en);
    BeadSearch.Path path = BeadSearch.search(model, halfWidth, BeadSearch.DEFAULT_CELL_BUDGET);
    return new Result(path, model);
  }

  CostModel model(Profile zh, Profile en) {
    double r = ratio;
    if (Double.isNaN(r)) {
      double lz = zh.length[zh.size];
      double le = en.length[en.size];
      r = lz > 0 && le > 0 ? le / lz : 1.0;
    }
    return new CostModel(zh, en, r, varianceLinear, varianceQuadratic, chineseCounts,
        englishCounts, typeCost(priors), numberWeight, latinWeight, punctuationWeight);
  }

  private static double[] typeCost(double[] p) {
    double[] cost = new double[p.length];
    for (int t = 0; t < p.length; t++) {
      cost[t] = -Math.log(p[t]);
    }
    return cost;
  }
}
