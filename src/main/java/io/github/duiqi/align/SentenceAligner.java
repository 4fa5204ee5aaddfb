package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
    FutureTask<TranslationModel.Words> words = secondPass() ? words(chinese, english) : null;
    Profile[] p = Profile.of(chinese, english);
    Result first = align(p[0], p[1], settings.ratio, 1, lexical(chinese, english), 0, 0, null);
    if (words == null) {
      return first;
    }
    LexicalEvidence learned = learn(get(words), List.of(first), new int[] {0}, new int[] {0});
    return align(p[0], p[1], first.ratio(), 1, learned, 0, 0, first.path);
  }

  /** True if a second pass realigns with a table learned from the first ({@link TranslationModel}). */
  private boolean secondPass() {
    return lexicon == null && settings.learnedWeight > 0;
  }

  /**
   * The document's words for the second pass's table, found on a thread of their own while
   * the first pass runs where the settings allow more than one, else when first asked for.
   */
  private FutureTask<TranslationModel.Words> words(List<String> chinese, List<String> english) {
    FutureTask<TranslationModel.Words> task =
        new FutureTask<>(() -> TranslationModel.Words.of(chinese, english));
    if (settings.parallelism > 1) {
      Thread thread = new Thread(task, "duiqi-words");
      thread.setDaemon(true);
      thread.start();
    }
    return task;
  }

  private static TranslationModel.Words get(FutureTask<TranslationModel.Words> task) {
    task.run(); // does nothing if the thread has run it or runs it now
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while finding the document's words", e);
    }
  }

  /**
   * The table learned from the confident beads of these results, whose sentences start at
   * Chinese {@code zhFrom[r]} and English {@code enFrom[r]} of the document.
   */
  private static LexicalEvidence learn(TranslationModel.Words words, List<Result> results,
      int[] zhFrom, int[] enFrom) {
    Profile.IntList z0 = new Profile.IntList();
    Profile.IntList z1 = new Profile.IntList();
    Profile.IntList e0 = new Profile.IntList();
    Profile.IntList e1 = new Profile.IntList();
    for (int r = 0; r < results.size(); r++) {
      Result result = results.get(r);
      for (int b = 0; b < result.size(); b++) {
        if (result.score(b) >= TranslationModel.CONFIDENT) {
          z0.add(zhFrom[r] + result.chineseStart(b));
          z1.add(zhFrom[r] + result.chineseEnd(b));
          e0.add(enFrom[r] + result.englishStart(b));
          e1.add(enFrom[r] + result.englishEnd(b));
        }
      }
    }
    return TranslationModel.learn(words, z0.toArray(), z1.toArray(), e0.toArray(),
        e1.toArray());
  }

  Result align(Profile zh, Profile en) {
    return align(zh, en, settings.ratio, 1, null, 0, 0, null);
  }

  /**
   * {@code enclosing}: the probability that the paragraph pair aligned here is right;
   * {@code lexical}: the document's lexical evidence (or null), whose sentences
   * {@code zhFrom..} and {@code enFrom..} these are.
   */
  private Result align(Profile zh, Profile en, double fixedRatio, double enclosing,
      @Nullable LexicalEvidence lexical, int zhFrom, int enFrom,
      BeadSearch.@Nullable Path guide) {
    CostModel model = model(zh, en, fixedRatio);
    if (lexical != null) {
      model = model.withLexical(lexical, zhFrom, enFrom);
    }
    BeadSearch.Path path = guide == null
        ? BeadSearch.search(model, settings.halfWidth, BeadSearch.DEFAULT_CELL_BUDGET)
        : BeadSearch.searchNear(model, guide, settings.halfWidth,
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
    FutureTask<TranslationModel.Words> words = secondPass() ? words(zhSentences, enSentences)
        : null;
    Profile[] whole = Profile.of(zhSentences, enSentences);
    double docRatio = model(whole[0], whole[1], settings.ratio).ratio;
    LexicalEvidence lexical = lexical(zhSentences, enSentences);
    int zhCount = zhParas.length - 1;
    int enCount = enParas.length - 1;
    int[] zh0;
    int[] zh1;
    int[] en0;
    int[] en1;
    double[] posterior;
    boolean constrained;
    boolean single = zhCount <= 1 || enCount <= 1 || zhCount > 2 * enCount
        || enCount > 2 * zhCount;
    if (single) {
      zh0 = new int[] {0};
      zh1 = new int[] {zhSentences.size()};
      en0 = new int[] {0};
      en1 = new int[] {enSentences.size()};
      posterior = new double[] {1};
      constrained = false;
    } else {
      List<String> zhTexts = paragraphTexts(zhText, zhParas, zhSpans);
      List<String> enTexts = paragraphTexts(enText, enParas, enSpans);
      Profile[] paras = Profile.of(zhTexts, enTexts);
      CostModel paraModel = new CostModel(paras[0], paras[1], docRatio, settings.forUnits(
          PARAGRAPH_CHINESE, PARAGRAPH_ENGLISH, typeCost(PARAGRAPH_PRIORS), 0, 0, 0));
      BeadSearch.Path path = BeadSearch.search(paraModel, settings.halfWidth,
          BeadSearch.DEFAULT_CELL_BUDGET);
      // a sentence bead is right only if its paragraph pair is: the paragraph posterior scales
      // the sentence posterior before calibration
      posterior = BeadScores.posteriors(paraModel, path, BeadScores.REACH, 1);
      zh0 = new int[path.size];
      zh1 = new int[path.size];
      en0 = new int[path.size];
      en1 = new int[path.size];
      for (int b = 0; b < path.size; b++) {
        zh0[b] = zhParas[path.zhStart(b)];
        zh1[b] = zhParas[path.zhEnd[b]];
        en0[b] = enParas[path.enStart(b)];
        en1[b] = enParas[path.enEnd[b]];
      }
      constrained = path.constrained;
    }
    List<Result> results = alignParagraphPairs(zhSentences, enSentences, whole, single, docRatio,
        lexical, zh0, zh1, en0, en1, posterior, null);
    if (words != null) {
      LexicalEvidence learned = learn(get(words), results, zh0, en0);
      results = alignParagraphPairs(zhSentences, enSentences, whole, single, docRatio, learned,
          zh0, zh1, en0, en1, posterior, results);
    }
    List<ParagraphResult> out = new ArrayList<>(results.size());
    for (int b = 0; b < results.size(); b++) {
      out.add(new ParagraphResult(zh0[b], zh1[b], en0[b], en1[b], results.get(b),
          constrained));
    }
    return out;
  }

  /** The sentence alignment inside each paragraph pair {@code zh0[b]..zh1[b]} × {@code en0[b]..en1[b]}. */
  private List<Result> alignParagraphPairs(List<String> zhSentences, List<String> enSentences,
      Profile[] whole, boolean single, double docRatio, @Nullable LexicalEvidence lexical,
      int[] zh0, int[] zh1, int[] en0, int[] en1, double[] posterior,
      @Nullable List<Result> guides) {
    List<Result> out = new ArrayList<>(zh0.length);
    if (single) {
      out.add(align(whole[0], whole[1], docRatio, 1, lexical, 0, 0,
          guides == null ? null : guides.get(0).path));
      return out;
    }
    for (int b = 0; b < zh0.length; b++) {
      Profile[] p = Profile.of(zhSentences.subList(zh0[b], zh1[b]),
          enSentences.subList(en0[b], en1[b]));
      out.add(align(p[0], p[1], docRatio, posterior[b], lexical, zh0[b], en0[b],
          guides == null ? null : guides.get(b).path));
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
