package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Aligns two lists of sentence texts: builds the profiles, estimates the document's length ratio
 * and searches.
 * The public {@code Aligner} is a thin layer over this class.
 *
 * <p>Immutable; thread-safe.
 */
public final class SentenceAligner {

  private final Settings settings;
  /** The lexicon whose evidence the model weighs, or null for none. */
  private final @Nullable Lexicon lexicon;

  /** Creates an aligner with these settings, which the public builder has validated. */
  public SentenceAligner(Settings settings) {
    this(settings, null);
  }

  /** Creates an aligner with these settings and a lexicon (null for none). */
  public SentenceAligner(Settings settings, @Nullable Lexicon lexicon) {
    this.settings = settings;
    this.lexicon = lexicon;
  }

  /** The lexicon's evidence on a document pair, or null when there is none to weigh. */
  private @Nullable LexicalEvidence lexical(List<String> chinese, List<String> english) {
    return lexicon == null || !(settings.lexiconWeight > 0) ? null
        : LexicalEvidence.of(lexicon, chinese, english);
  }

  /** The result: bead boundaries and costs, in order. */
  public static final class Result {
    private final BeadSearch.Path path;
    private final CostModel model;
    private final double[] scores;

    Result(BeadSearch.Path path, CostModel model, double enclosing) {
      this.path = path;
      this.model = model;
      this.scores = BeadScores.scores(model, path, enclosing);
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

    /**
     * The bead's score: the calibrated probability that the bead is exactly right
     * ({@link BeadScores}); in [0, 1].
     */
    public double score(int bead) {
      return scores[bead];
    }

    /**
     * True if the search's cell budget stopped it before its band held every cell within
     * {@link BeadSearch#VERIFIED_REACH} of the path: the path is then the best of a band that
     * may have cut off a cheaper one.
     */
    public boolean searchConstrained() {
      return path.constrained;
    }

    /** The English-per-Chinese length ratio used. */
    public double ratio() {
      return model.ratio;
    }
  }

  /** Aligns the sentences; texts are only read. */
  public Result align(List<String> chinese, List<String> english) {
    Profile[] p = Profile.of(chinese, english, settings.parallelism);
    return align(p[0], p[1], settings.ratio, 1, lexical(chinese, english), 0, 0);
  }

  Result align(Profile zh, Profile en) {
    return align(zh, en, settings.ratio, 1, null, 0, 0);
  }

  /**
   * {@code enclosing}: the probability that the paragraph pair aligned here is right;
   * {@code lexical}: the document's lexical evidence (or null), whose sentences
   * {@code zhFrom..} and {@code enFrom..} these are.
   */
  private Result align(Profile zh, Profile en, double fixedRatio, double enclosing,
      @Nullable LexicalEvidence lexical, int zhFrom, int enFrom) {
    CostModel model = model(zh, en, fixedRatio);
    if (lexical != null) {
      model = model.withLexical(lexical, zhFrom, enFrom);
    }
    BeadSearch.Path path = BeadSearch.search(model, settings.halfWidth,
        BeadSearch.DEFAULT_CELL_BUDGET);
    return new Result(path, model, enclosing);
  }

  CostModel model(Profile zh, Profile en, double fixedRatio) {
    double r = fixedRatio;
    if (Double.isNaN(r)) {
      double lz = zh.length[zh.size];
      double le = en.length[en.size];
      r = lz > 0 && le > 0 ? le / lz : 1.0;
    }
    return new CostModel(zh, en, r, settings);
  }

  /** One paragraph pair of a document and the sentence beads inside it. */
  public static final class ParagraphResult {
    private final int chineseFrom;
    private final int chineseTo;
    private final int englishFrom;
    private final int englishTo;
    private final Result beads;
    private final boolean paragraphSearchConstrained;

    ParagraphResult(int chineseFrom, int chineseTo, int englishFrom, int englishTo,
        Result beads, boolean paragraphSearchConstrained) {
      this.paragraphSearchConstrained = paragraphSearchConstrained;
      this.chineseFrom = chineseFrom;
      this.chineseTo = chineseTo;
      this.englishFrom = englishFrom;
      this.englishTo = englishTo;
      this.beads = beads;
    }

    /** First Chinese sentence of the pair; bead indices are relative to it. */
    public int chineseFrom() {
      return chineseFrom;
    }

    public int chineseTo() {
      return chineseTo;
    }

    /** First English sentence of the pair; bead indices are relative to it. */
    public int englishFrom() {
      return englishFrom;
    }

    public int englishTo() {
      return englishTo;
    }

    public Result beads() {
      return beads;
    }

    /** True if a cell budget constrained the paragraph search or this pair's sentence search. */
    public boolean searchConstrained() {
      return paragraphSearchConstrained || beads.searchConstrained();
    }
  }

  /**
   * Aligns two documents given their sentences and paragraphs, aligns the paragraphs by length alone (paragraph bead types 1-1,
   * 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3), then the sentences inside each paragraph pair with the
   * full model, all with the ratio estimated on the whole document pair. The features stay off
   * for paragraphs: a paragraph collects several number and punctuation mismatches from the
   * translator's choices whatever the alignment, and merging paragraphs cancels them by chance. Where one side has a single paragraph, or
   * the counts differ more than twofold (the two sides mark paragraphs differently), the
   * documents are aligned as one paragraph pair.
   *
   * @param zhSpans Chinese sentence {@code k} spans {@code zhSpans[2k]..zhSpans[2k + 1]} of
   *     {@code zhText}
   * @param zhParas the first Chinese sentence of each paragraph, then the sentence count
   */
  public List<ParagraphResult> alignDocuments(String zhText, List<String> zhSentences,
      int[] zhSpans, int[] zhParas, String enText, List<String> enSentences, int[] enSpans,
      int[] enParas) {
    Profile[] whole = Profile.of(zhSentences, enSentences, settings.parallelism);
    double docRatio = model(whole[0], whole[1], settings.ratio).ratio;
    LexicalEvidence lexical = lexical(zhSentences, enSentences);
    int zhCount = zhParas.length - 1;
    int enCount = enParas.length - 1;
    List<ParagraphResult> out = new ArrayList<>();
    if (zhCount <= 1 || enCount <= 1 || zhCount > 2 * enCount || enCount > 2 * zhCount) {
      out.add(new ParagraphResult(0, zhSentences.size(), 0, enSentences.size(),
          align(whole[0], whole[1], docRatio, 1, lexical, 0, 0), false));
      return out;
    }
    List<String> zhTexts = paragraphTexts(zhText, zhParas, zhSpans);
    List<String> enTexts = paragraphTexts(enText, enParas, enSpans);
    Profile[] paras = Profile.of(zhTexts, enTexts);
    CostModel paraModel = new CostModel(paras[0], paras[1], docRatio, settings.forUnits(
        PARAGRAPH_CHINESE, PARAGRAPH_ENGLISH, typeCost(PARAGRAPH_PRIORS), 0, 0, 0));
    BeadSearch.Path path = BeadSearch.search(paraModel, settings.halfWidth,
        BeadSearch.DEFAULT_CELL_BUDGET);
    // a sentence bead is right only if its paragraph pair is: the paragraph posterior scales
    // the sentence posterior before calibration
    double[] paragraphPosterior = BeadScores.posteriors(paraModel, path, BeadScores.REACH, 1);
    for (int b = 0; b < path.size; b++) {
      int z0 = zhParas[path.zhStart(b)];
      int z1 = zhParas[path.zhEnd[b]];
      int e0 = enParas[path.enStart(b)];
      int e1 = enParas[path.enEnd[b]];
      Profile[] p = Profile.of(zhSentences.subList(z0, z1), enSentences.subList(e0, e1));
      out.add(new ParagraphResult(z0, z1, e0, e1,
          align(p[0], p[1], docRatio, paragraphPosterior[b], lexical, z0, e0),
          path.constrained));
    }
    return out;
  }

  private static final int[] PARAGRAPH_CHINESE = {1, 1, 0, 2, 1, 2, 3, 1};
  private static final int[] PARAGRAPH_ENGLISH = {1, 0, 1, 1, 2, 2, 1, 3};
  private static final double[] PARAGRAPH_PRIORS =
      {0.89, 0.02, 0.02, 0.025, 0.025, 0.01, 0.005, 0.005};

  private static List<String> paragraphTexts(String text, int[] first, int[] spans) {
    List<String> out = new ArrayList<>(first.length - 1);
    for (int p = 0; p + 1 < first.length; p++) {
      out.add(text.substring(spans[2 * first[p]], spans[2 * first[p + 1] - 1]));
    }
    return out;
  }

  private static double[] typeCost(double[] p) {
    double[] cost = new double[p.length];
    for (int t = 0; t < p.length; t++) {
      cost[t] = -Math.log(p[t]);
    }
    return cost;
  }
}
