package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * Aligns two lists of sentence texts: builds the profiles, estimates the document's length ratio
 * and searches; without a lexicon, and with {@link Settings#LEARNED_LEXICON} weighted, it then
 * learns a translation table from the first pass's confident beads ({@link TranslationModel})
 * and searches again from a band around the first path. Given a table learned over a batch
 * ({@link LearnedTable}), it searches once, with that table's evidence on the pair in place of
 * one learned from the pair's own first pass.
 * The public {@code Aligner} is a thin layer over this class.
 *
 * <p>Immutable; thread-safe.
 */
public final class SentenceAligner {

  private final Settings settings;
  /** The lexicon whose evidence the model weighs, or null for none. */
  private final @Nullable Lexicon lexicon;
  /** A table learned over a batch, used in place of the second pass; null for none. */
  private final @Nullable LearnedTable table;

  /** Creates an aligner with these settings, which the public builder has validated. */
  public SentenceAligner(Settings settings) {
    this(settings, null, null);
  }

  /** Creates an aligner with these settings and a lexicon (null for none). */
  public SentenceAligner(Settings settings, @Nullable Lexicon lexicon) {
    this(settings, lexicon, null);
  }

  /**
   * Creates an aligner with these settings, a lexicon and a table learned over a batch (each
   * null for none); the table is read only where a second pass would run (no lexicon, the
   * learned table's weight above 0).
   */
  public SentenceAligner(Settings settings, @Nullable Lexicon lexicon,
      @Nullable LearnedTable table) {
    this.settings = settings;
    this.lexicon = lexicon;
    this.table = table;
  }

  /** The lexicon's evidence on a document pair, or null when there is none to weigh. */
  private @Nullable LexicalEvidence lexical(List<String> chinese, List<String> english) {
    return lexicon == null || !(settings.lexiconWeight > 0) ? null
        : LexicalEvidence.of(lexicon, chinese, english, settings.parallelism);
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

  /** The names of a document pair, or null when the feature is off. */
  private @Nullable NameEvidence names(List<String> chinese, List<String> english) {
    return settings.nameWeight > 0
        ? NameEvidence.of(chinese, english, settings.parallelism) : null;
  }

  /** Aligns the sentences; texts are only read. */
  public Result align(List<String> chinese, List<String> english) {
    if (pooled()) {
      NameEvidence names = names(chinese, english);
      Profile[] p = Profile.of(chinese, english, settings.parallelism);
      return align(p[0], p[1], settings.ratio, 1, pooledEvidence(chinese, english), 0, 0, null,
          names, 0, 0);
    }
    FutureTask<TranslationModel.Words> words = secondPass() ? words(chinese, english) : null;
    Profile[] p;
    Result first;
    NameEvidence names;
    try {
      names = names(chinese, english);
      p = Profile.of(chinese, english, settings.parallelism);
      first = align(p[0], p[1], settings.ratio, 1, lexical(chinese, english), 0, 0, null,
          names, 0, 0);
    } catch (RuntimeException | Error e) {
      join(words);
      throw e;
    }
    if (words == null) {
      return first;
    }
    LexicalEvidence learned = learn(get(words), List.of(first), new int[] {0}, new int[] {0});
    words = null; // the words are in the table now; let them go before the second search
    if (learned.zhWords.length == 0) {
      return first; // nothing learned (no confident bead): the second pass would change nothing
    }
    return align(p[0], p[1], first.ratio(), 1, learned, 0, 0, first.path, names, 0, 0);
  }

  /** Waits for the words' thread, if any, after a failure: it reads the caller's lists. */
  private static void join(@Nullable FutureTask<TranslationModel.Words> words) {
    if (words != null) {
      try {
        get(words);
      } catch (RuntimeException | Error ignored) {
        // the first failure is the one the caller gets
      }
    }
  }

  /**
   * True if a second pass realigns with a table learned from the first
   * ({@link TranslationModel}).
   */
  private boolean secondPass() {
    return lexicon == null && settings.learnedWeight > 0 && table == null;
  }

  /** True if the one search weighs a table learned over a batch instead of a second pass. */
  private boolean pooled() {
    return lexicon == null && settings.learnedWeight > 0 && table != null;
  }

  /**
   * The batch's table's evidence on a document pair, or null where it holds nothing for the
   * pair (then the search is the first pass alone, as a second pass that learned nothing).
   */
  private @Nullable LexicalEvidence pooledEvidence(List<String> chinese, List<String> english) {
    LexicalEvidence x = table.evidence(TranslationModel.Words.of(chinese, english));
    return x.zhWords.length == 0 ? null : x;
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
    return align(zh, en, settings.ratio, 1, null, 0, 0, null, null, 0, 0);
  }

  /**
   * {@code enclosing}: the probability that the paragraph pair aligned here is right;
   * {@code lexical}: the document's lexical evidence (or null), whose sentences
   * {@code zhFrom..} and {@code enFrom..} these are; {@code names}: the document's names (or
   * null), whose sentences {@code namesZh..} and {@code namesEn..} these are.
   */
  private Result align(Profile zh, Profile en, double fixedRatio, double enclosing,
      @Nullable LexicalEvidence lexical, int zhFrom, int enFrom,
      BeadSearch.@Nullable Path guide, @Nullable NameEvidence names, int namesZh,
      int namesEn) {
    CostModel model = model(zh, en, fixedRatio);
    if (lexical != null) {
      model = model.withLexical(lexical, zhFrom, enFrom);
    }
    if (names != null) {
      model = model.withNames(names, namesZh, namesEn);
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
    return alignDocuments(List.of(new DocumentInput(zhText, zhSentences, zhSpans, zhParas,
        enText, enSentences, enSpans, enParas))).get(0);
  }

  /**
   * One document pair for {@link #alignDocuments(List)}, as {@link #alignDocuments(String,
   * List, int[], int[], String, List, int[], int[])} takes it. The arrays and lists are the
   * caller's and only read: it must not change them while an alignment runs. Immutable as far
   * as this class goes; thread-safe for reading.
   */
  public static final class DocumentInput {
    final String zhText;
    final List<String> zhSentences;
    final int[] zhSpans;
    final int[] zhParas;
    final String enText;
    final List<String> enSentences;
    final int[] enSpans;
    final int[] enParas;

    public DocumentInput(String zhText, List<String> zhSentences, int[] zhSpans,
        int[] zhParas, String enText, List<String> enSentences, int[] enSpans, int[] enParas) {
      this.zhText = java.util.Objects.requireNonNull(zhText, "zhText");
      this.zhSentences = java.util.Objects.requireNonNull(zhSentences, "zhSentences");
      this.zhSpans = java.util.Objects.requireNonNull(zhSpans, "zhSpans");
      this.zhParas = java.util.Objects.requireNonNull(zhParas, "zhParas");
      this.enText = java.util.Objects.requireNonNull(enText, "enText");
      this.enSentences = java.util.Objects.requireNonNull(enSentences, "enSentences");
      this.enSpans = java.util.Objects.requireNonNull(enSpans, "enSpans");
      this.enParas = java.util.Objects.requireNonNull(enParas, "enParas");
    }
  }

  /**
   * Aligns document pairs that are parts of one text (the blocks of an interleaved stream),
   * each as {@link #alignDocuments(String, List, int[], int[], String, List, int[], int[])}
   * does, except that the second pass's table is learned from all of them at once: a block is
   * often one paragraph, too little to learn from alone.
   */
  public List<List<ParagraphResult>> alignDocuments(List<DocumentInput> documents) {
    int count = documents.size();
    int[] zhBase = new int[count];
    int[] enBase = new int[count];
    FutureTask<TranslationModel.Words> words = null;
    List<String> allZh = count == 1 ? documents.get(0).zhSentences : List.of();
    List<String> allEn = count == 1 ? documents.get(0).enSentences : List.of();
    if (count > 1) {
      allZh = new ArrayList<>();
      allEn = new ArrayList<>();
      for (int d = 0; d < count; d++) {
        zhBase[d] = allZh.size();
        enBase[d] = allEn.size();
        allZh.addAll(documents.get(d).zhSentences);
        allEn.addAll(documents.get(d).enSentences);
      }
    }
    if (pooled()) {
      return alignPooled(documents, pooledEvidence(allZh, allEn), names(allZh, allEn), zhBase,
          enBase);
    }
    if (secondPass()) {
      words = words(allZh, allEn);
    }
    List<Plan> plans = new ArrayList<>(count);
    List<Result> firstResults = new ArrayList<>();
    Profile.IntList zhFrom = new Profile.IntList();
    Profile.IntList enFrom = new Profile.IntList();
    try {
      // names recur across a stream's blocks, as the words the table learns from do
      NameEvidence names = names(allZh, allEn);
      for (int d = 0; d < count; d++) {
        Plan plan = plan(documents.get(d));
        plan.names = names;
        plan.namesZh = zhBase[d];
        plan.namesEn = enBase[d];
        plan.results = alignParagraphPairs(plan, plan.lexical, 0, 0, null);
        plans.add(plan);
        for (int b = 0; b < plan.results.size(); b++) {
          firstResults.add(plan.results.get(b));
          zhFrom.add(zhBase[d] + plan.zh0[b]);
          enFrom.add(enBase[d] + plan.en0[b]);
        }
      }
    } catch (RuntimeException | Error e) {
      join(words);
      throw e;
    }
    LexicalEvidence learned = words == null ? null
        : learn(get(words), firstResults, zhFrom.toArray(), enFrom.toArray());
    words = null; // the words are in the table now; let them go before the second search
    if (learned != null && learned.zhWords.length > 0) {
      for (int d = 0; d < count; d++) {
        Plan plan = plans.get(d);
        plan.results = alignParagraphPairs(plan, learned, zhBase[d], enBase[d], plan.results);
      }
    }
    return paragraphResults(plans);
  }

  /** The documents aligned once each, with the batch's table's evidence on all of them. */
  private List<List<ParagraphResult>> alignPooled(List<DocumentInput> documents,
      @Nullable LexicalEvidence evidence, @Nullable NameEvidence names, int[] zhBase,
      int[] enBase) {
    List<Plan> plans = new ArrayList<>(documents.size());
    for (int d = 0; d < documents.size(); d++) {
      Plan plan = plan(documents.get(d));
      plan.names = names;
      plan.namesZh = zhBase[d];
      plan.namesEn = enBase[d];
      plan.results = alignParagraphPairs(plan, evidence, zhBase[d], enBase[d], null);
      plans.add(plan);
    }
    return paragraphResults(plans);
  }

  private static List<List<ParagraphResult>> paragraphResults(List<Plan> plans) {
    List<List<ParagraphResult>> out = new ArrayList<>(plans.size());
    for (Plan plan : plans) {
      List<ParagraphResult> parts = new ArrayList<>(plan.results.size());
      for (int b = 0; b < plan.results.size(); b++) {
        parts.add(new ParagraphResult(plan.zh0[b], plan.zh1[b], plan.en0[b], plan.en1[b],
            plan.results.get(b), plan.constrained));
      }
      out.add(parts);
    }
    return out;
  }

  /** A document pair's paragraph pairs, found before its sentences are aligned. */
  private static final class Plan {
    List<String> zhSentences;
    List<String> enSentences;
    Profile[] whole;
    double docRatio;
    @Nullable LexicalEvidence lexical;
    /** The names of all the documents aligned together, whose sentences from these are this one's. */
    @Nullable NameEvidence names;
    int namesZh;
    int namesEn;
    boolean single;
    int[] zh0;
    int[] zh1;
    int[] en0;
    int[] en1;
    double[] posterior;
    boolean constrained;
    List<Result> results;
  }

  private Plan plan(DocumentInput doc) {
    Plan plan = new Plan();
    List<String> zhSentences = doc.zhSentences;
    List<String> enSentences = doc.enSentences;
    plan.zhSentences = zhSentences;
    plan.enSentences = enSentences;
    plan.whole = Profile.of(zhSentences, enSentences, settings.parallelism);
    double docRatio = model(plan.whole[0], plan.whole[1], settings.ratio).ratio;
    plan.docRatio = docRatio;
    plan.lexical = lexical(zhSentences, enSentences);
    int[] zhParas = doc.zhParas;
    int[] enParas = doc.enParas;
    int zhCount = zhParas.length - 1;
    int enCount = enParas.length - 1;
    plan.single = zhCount <= 1 || enCount <= 1 || zhCount > 2 * enCount
        || enCount > 2 * zhCount;
    if (plan.single) {
      plan.zh0 = new int[] {0};
      plan.zh1 = new int[] {zhSentences.size()};
      plan.en0 = new int[] {0};
      plan.en1 = new int[] {enSentences.size()};
      plan.posterior = new double[] {1};
      return plan;
    }
    List<String> zhTexts = paragraphTexts(doc.zhText, zhParas, doc.zhSpans);
    List<String> enTexts = paragraphTexts(doc.enText, enParas, doc.enSpans);
    Profile[] paras = Profile.of(zhTexts, enTexts);
    CostModel paraModel = new CostModel(paras[0], paras[1], docRatio, settings.forUnits(
        PARAGRAPH_CHINESE, PARAGRAPH_ENGLISH, typeCost(PARAGRAPH_PRIORS), 0, 0, 0));
    BeadSearch.Path path = BeadSearch.search(paraModel, settings.halfWidth,
        BeadSearch.DEFAULT_CELL_BUDGET);
    // a sentence bead is right only if its paragraph pair is: the paragraph posterior scales
    // the sentence posterior before calibration
    plan.posterior = BeadScores.posteriors(paraModel, path, BeadScores.REACH, 1);
    plan.zh0 = new int[path.size];
    plan.zh1 = new int[path.size];
    plan.en0 = new int[path.size];
    plan.en1 = new int[path.size];
    for (int b = 0; b < path.size; b++) {
      plan.zh0[b] = zhParas[path.zhStart(b)];
      plan.zh1[b] = zhParas[path.zhEnd[b]];
      plan.en0[b] = enParas[path.enStart(b)];
      plan.en1[b] = enParas[path.enEnd[b]];
    }
    plan.constrained = path.constrained;
    return plan;
  }

  /**
   * The sentence alignment inside each of the plan's paragraph pairs, with this evidence (or
   * none), whose sentences {@code zhAt..} and {@code enAt..} are the document's, from a band
   * around {@code guides}' paths where given.
   */
  private List<Result> alignParagraphPairs(Plan plan, @Nullable LexicalEvidence lexical,
      int zhAt, int enAt, @Nullable List<Result> guides) {
    List<Result> out = new ArrayList<>(plan.zh0.length);
    if (plan.single) {
      out.add(align(plan.whole[0], plan.whole[1], plan.docRatio, 1, lexical, zhAt, enAt,
          guides == null ? null : guides.get(0).path, plan.names, plan.namesZh, plan.namesEn));
      return out;
    }
    for (int b = 0; b < plan.zh0.length; b++) {
      Profile[] p = Profile.of(plan.zhSentences.subList(plan.zh0[b], plan.zh1[b]),
          plan.enSentences.subList(plan.en0[b], plan.en1[b]));
      out.add(align(p[0], p[1], plan.docRatio, plan.posterior[b], lexical,
          zhAt + plan.zh0[b], enAt + plan.en0[b], guides == null ? null : guides.get(b).path,
          plan.names, plan.namesZh + plan.zh0[b], plan.namesEn + plan.en0[b]));
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
