package io.github.duiqi;

import io.github.duiqi.align.SentenceAligner;
import io.github.duiqi.align.Settings;
import io.github.duiqi.interleave.InterleavedLayout;
import io.github.duiqi.interleave.LanguageRuns;
import io.github.duiqi.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Aligns Chinese sentences with their English translation: a Gale–Church length model tuned
 * for Chinese–English, with cheap evidence (numbers, Latin words, punctuation) and a banded
 * search whose time and memory grow linearly with the text.
 *
 * <pre>{@code
 * Alignment a = Aligner.create().alignSentences(
 *     List.of("我没走。", "她叫我留下来。"), List.of("I did not leave.", "She asked me to stay."));
 * for (Bead b : a.beads()) {
 *   System.out.println(b.chineseIndices() + ":" + b.englishIndices() + ":" + b.score());
 * }
 * }</pre>
 *
 * <h2>Score</h2>
 * Each bead's {@link Bead#score() score} is the model's probability that the bead is exactly
 * right: its posterior probability given the two texts. Each alignment has probability
 * proportional to {@code e^-cost}, where a bead's cost is
 * {@code -log P(type) - log P(|δ'| ≥ |δ|) + Σ weight·mismatches} ({@code P(type)} the bead
 * type's prior, {@code δ} the bead's length difference in standard deviations, a mismatch a
 * number, Latin token or punctuation mark on one side of the bead only); the score is the share
 * of that probability held by the alignments that contain the bead, summed over the alignments
 * within two English sentences of the best one. For {@link #align} it is multiplied by the
 * posterior of the bead's paragraph pair. It is in {@code [0, 1]}, rises as the bead fits
 * better and falls as alternatives fit better, so it is monotone in confidence. On the
 * development data it is calibrated: of the beads scoring about {@code s}, a share of about
 * {@code s} is exactly the gold bead (Brier score 0.080 over 3,418 beads; docs/aligner.md has
 * the table per set). A bead below 0.5 is more likely wrong than right. Literary text is
 * somewhat harder than the score says (mac-dev beads scoring 0.7–0.9 are right 70 % of the
 * time), plain prose somewhat easier.
 *
 * <h2>Offsets</h2>
 * {@link #alignSentences} treats the sentences as the lines of a file: each side's sentences
 * joined with {@code '\n'}. Sentence {@code k} starts at the sum of the lengths of sentences
 * {@code 0..k-1} plus {@code k}. {@link #align} gives offsets into the documents.
 *
 * <p>Immutable and thread-safe: one instance may serve all threads.
 */
public final class Aligner {

  /**
   * Evidence beyond length, each a scored term that can be switched off or weighted.
   *
   * <pre>{@code
   * Aligner noPunctuation = Aligner.builder().feature(Aligner.Feature.PUNCTUATION, false).build();
   * }</pre>
   *
   * <p>Immutable and thread-safe, as every enum.
   */
  public enum Feature {
    /** Arabic and Chinese numerals, English number words and month names. */
    NUMBERS(Settings.NUMBERS),
    /** Latin-script words in the Chinese (names, COVID, iPhone) found in the English. */
    LATIN_TOKENS(Settings.LATIN_TOKENS),
    /** Question and exclamation marks, quotes, colons and brackets on both sides. */
    PUNCTUATION(Settings.PUNCTUATION),
    /**
     * The lexicon's translations of the bead's Chinese words found in its English (with a
     * lexicon only, see {@link Builder#lexicon}): a reward for each English word, the larger
     * the rarer the word in the document.
     */
    LEXICON(Settings.LEXICON),
    /**
     * Turns of dialogue and questions: a bead that joins a sentence to one before it that
     * ends in a closing quote or a question mark (Chinese {@code ？”}) pays for it, since a
     * translation seldom joins them.
     */
    QUOTE_BOUNDARIES(Settings.QUOTE_BOUNDARIES),
    /**
     * A second pass where no lexicon is set: the document pair is aligned once, a translation
     * table (IBM Model 1, Chinese characters to English words) is trained on the beads scored
     * 0.9 or more, and the pair is aligned again with that table's term in the cost, as
     * {@link #LEXICON} weighs a lexicon's. Off, the first pass is the answer, in less than half
     * the time (docs/benchmarks.md). When no bead scores 0.9, the first pass is the answer.
     */
    LEARNED_LEXICON(Settings.LEARNED_LEXICON),
    /**
     * Chinese names the English writes in pinyin, found with no dictionary: two to four Han
     * characters whose toneless pinyin spells a capitalised English word or two ({@code 王琦瑶}
     * Wang Qiyao, {@code 琦瑶} Qiyao), recurring on both sides of the document pair; a bead pays
     * for each name mention whose name its other side does not mention.
     */
    NAMES(Settings.NAMES);

    /** The feature's index in the engine's settings, where its default weight is declared. */
    private final int index;

    Feature(int index) {
      this.index = index;
    }

    /**
     * The weight the default aligner gives one mismatch of this feature.
     *
     * @return the cost of one mismatch in nats, positive (2.0 for numbers, 1.0 for Latin
     *     tokens, 1.5 for punctuation, 3.0 for a joined turn, 1.0 for a name; 0.75 times the
     *     lexical term for the lexicon)
     */
    public double defaultWeight() {
      return Settings.defaultFeatureWeight(index);
    }
  }

  private static final Aligner DEFAULT = builder().build();

  /** Everything the engines read; the one place settings live (see {@link Builder}). */
  private final Settings settings;
  private final SentenceSplitter splitter;
  private final SentenceAligner engine;
  /** The lexicon the verdict on each pair reads ({@link DocumentVerdict}); null for none. */
  private final @Nullable Lexicon lexicon;
  /** A table learned over a batch, used in place of the second pass; null for none. */
  private final @Nullable LearnedLexicon learned;

  private Aligner(Builder b) {
    this.settings = b.settings;
    this.splitter = b.splitter;
    this.lexicon = b.lexicon;
    this.learned = b.learned;
    this.engine = new SentenceAligner(settings, lexicon, learned == null ? null
        : learned.table());
  }

  /**
   * Returns the default Chinese–English aligner: every feature on, the bead types 1-1, 1-0,
   * 0-1, 2-1, 1-2, 2-2, 1-3, 3-1 and 1-4, the length ratio estimated per document pair.
   *
   * @return the shared default aligner (the same instance at every call)
   */
  public static Aligner create() {
    return DEFAULT;
  }

  /**
   * Returns a builder holding the default settings, those of {@link #create()}.
   *
   * @return a new builder; changing it changes no aligner already built
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this aligner's settings and splitter, to derive a variant.
   *
   * <pre>{@code
   * Aligner strict = aligner.toBuilder().maxBeadSize(2).build();
   * }</pre>
   *
   * @return a new builder; changing it leaves this aligner unchanged
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.settings = settings;
    b.splitter = splitter;
    b.lexicon = lexicon;
    b.learned = learned;
    return b;
  }

  /**
   * The Chinese–English lexicon this aligner reads, if one was set: for now the
   * {@linkplain Alignment#parallel() verdict} on each pair uses it.
   *
   * @return the lexicon given to {@link Builder#lexicon}, or empty for none
   */
  public Optional<Lexicon> lexicon() {
    return Optional.ofNullable(lexicon);
  }

  /**
   * The translation table learned over a batch that this aligner weighs in place of its own
   * second pass, if one was set ({@link Builder#learnedLexicon}).
   *
   * @return the table given to the builder, or empty for none
   */
  public Optional<LearnedLexicon> learnedLexicon() {
    return Optional.ofNullable(learned);
  }

  /**
   * The allowed bead types and their prior weights, as configured.
   *
   * @return an unmodifiable map from each allowed bead type to its prior weight as given to
   *     the builder (positive, not normalised: the search divides by their sum), in the
   *     aligner's order of types
   */
  public Map<BeadType, Double> beadPriors() {
    Map<BeadType, Double> priors = new LinkedHashMap<>();
    for (int t = 0; t < settings.beadTypes(); t++) {
      priors.put(BeadType.of(settings.chineseCount(t), settings.englishCount(t)),
          settings.priorWeight(t));
    }
    return Collections.unmodifiableMap(priors);
  }

  /**
   * The weight of each feature.
   *
   * @return an unmodifiable map holding every {@link Feature}, each to its cost per mismatch
   *     in nats (non-negative; 0 means switched off)
   */
  public Map<Feature, Double> featureWeights() {
    Map<Feature, Double> weights = new EnumMap<>(Feature.class);
    for (Feature f : Feature.values()) {
      weights.put(f, settings.featureWeight(f.index));
    }
    return Collections.unmodifiableMap(weights);
  }

  /**
   * The splitter that {@link #align(String, String)} and {@link #alignInterleaved} use.
   *
   * @return the splitter given to {@link Builder#splitter}, or {@link SentenceSplitter#create()}
   */
  public SentenceSplitter splitter() {
    return splitter;
  }

  /**
   * Aligns sentences that the caller has split. Offsets are into each side's sentences joined
   * with {@code '\n'} (see the class comment); the one paragraph pair holds all beads.
   *
   * <p>A blank entry (empty or whitespace only) is a paragraph break, as a blank line is in a
   * file of one sentence a line (hunalign's {@code <p>}), never a sentence: sentence indices
   * count only the other entries ({@link Segmentation#ofLines}), and the paragraphs are aligned
   * first, as {@link #align(String, String)} aligns them.
   *
   * @param chinese the Chinese sentences, in order; may be empty; blank entries are paragraph
   *     breaks
   * @param english the English sentences, in order; may be empty; blank entries are paragraph
   *     breaks
   * @return the beads covering every non-blank sentence of both lists once, in order
   * @throws NullPointerException if a list or a sentence is null (the message names the index)
   */
  public Alignment alignSentences(List<String> chinese, List<String> english) {
    List<Sentence> zh = asLines(Objects.requireNonNull(chinese, "chinese"), "chinese");
    List<Sentence> en = asLines(Objects.requireNonNull(english, "english"), "english");
    if (zh.stream().anyMatch(s -> Segmentation.isBlank(s.text()))
        || en.stream().anyMatch(s -> Segmentation.isBlank(s.text()))) {
      return align(String.join("\n", chinese), Segmentation.ofLines(chinese),
          String.join("\n", english), Segmentation.ofLines(english));
    }
    List<Bead> beads = new ArrayList<>();
    SentenceAligner.Result result = engine.align(chinese, english);
    addBeads(zh, en, 0, 0, result, beads);
    List<ParagraphPair> paragraphs = beads.isEmpty() ? List.of()
        : List.of(ParagraphPair.ofSentences(zh, en, beads));
    return new Alignment(zh, en, beads, paragraphs,
        DocumentVerdict.assess(zh, en, beads, lexicon), result.searchConstrained());
  }

  /**
   * Aligns two documents: segments each with the {@linkplain #splitter() splitter} into
   * sentences and paragraphs ({@link SentenceSplitter#segment}: at every line break when the
   * document is written one paragraph a line), aligns the paragraphs by length, then the
   * sentences inside each paragraph pair. Sentence indices are the positions in the
   * segmentation; offsets are into the documents.
   *
   * <pre>{@code
   * Alignment a = Aligner.create().align("你好。\n\n再见。", "Hello.\n\nGoodbye.");
   * }</pre>
   *
   * @param chinese the Chinese document, any length; may be empty
   * @param english its English translation
   * @return the beads covering every sentence of both documents once, in order, grouped into
   *     paragraph pairs
   * @throws NullPointerException if a document is null
   */
  public Alignment align(String chinese, String english) {
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    return align(chinese, splitter.segment(chinese), english, splitter.segment(english));
  }

  /**
   * Aligns one interleaved stream, in which each Chinese paragraph is followed by its English
   * rendering (or each English paragraph by its Chinese one: the order is detected). The runs of
   * each language are found whatever separates them (nothing, a space, line breaks or blank
   * lines), robust to Latin words and numbers inside the Chinese and to Chinese punctuation
   * ending English. A paragraph with no rendering becomes a paragraph pair with an empty side.
   * Each block of runs is segmented with the {@linkplain #splitter() splitter} and aligned as
   * two documents, all blocks in one call so that the second pass
   * ({@link Feature#LEARNED_LEXICON}) learns one table from the whole stream. Offsets of
   * sentences and paragraphs are into {@code text}.
   *
   * <pre>{@code
   * Alignment a = Aligner.create().alignInterleaved("你好。Hello.\n再見。Goodbye.");
   * }</pre>
   *
   * @param text the stream of both languages; may be empty
   * @return the beads covering every sentence of both languages once, in order, with a
   *     paragraph pair for each paragraph and its rendering
   * @throws NullPointerException if {@code text} is null
   */
  public Alignment alignInterleaved(String text) {
    Objects.requireNonNull(text, "text");
    InterleavedLayout layout = InterleavedLayout.of(text, LanguageRuns.find(text),
        splitter.rules());
    // the blocks are aligned together, so that the second pass learns from the whole stream
    List<Segmentation[]> sides = new ArrayList<>();
    List<SentenceAligner.DocumentInput> inputs = new ArrayList<>();
    for (InterleavedLayout.Block block : layout.blocks()) {
      Segmentation zh = splitter.segment(text, block.chineseStart(), block.chineseEnd());
      Segmentation en = splitter.segment(text, block.englishStart(), block.englishEnd());
      sides.add(new Segmentation[] {zh, en});
      inputs.add(input(text, zh, text, en));
    }
    List<List<SentenceAligner.ParagraphResult>> results = engine.alignDocuments(inputs);
    Parts parts = new Parts(lexicon);
    for (int k = 0; k < inputs.size(); k++) {
      InterleavedLayout.Block block = layout.blocks().get(k);
      addInto(text, block.chineseStart(), sides.get(k)[0], text, block.englishStart(),
          sides.get(k)[1], results.get(k), parts);
    }
    return parts.alignment();
  }

  /**
   * Aligns two documents that the caller has split into sentences, with offsets into the
   * documents: finds the paragraphs as the splitter would ({@link Segmentation#of}: blank
   * lines, or one paragraph a line where the document is written so), aligns paragraphs, then
   * the sentences inside each paragraph pair.
   *
   * @param chineseText the Chinese document
   * @param chineseSentences its sentences, in order, each matching {@code chineseText} at its
   *     offsets; the gaps between them are never read as text
   * @param englishText the English document
   * @param englishSentences its sentences, in order, each matching {@code englishText} at its
   *     offsets
   * @return the beads covering every given sentence once, in order, grouped into paragraph
   *     pairs; sentence indices are positions in the given lists
   * @throws NullPointerException if an argument or a sentence is null
   * @throws IllegalArgumentException if a sentence does not match its text at its offsets, or
   *     the sentences overlap or are out of order
   */
  public Alignment align(String chineseText, List<Sentence> chineseSentences,
      String englishText, List<Sentence> englishSentences) {
    Objects.requireNonNull(chineseText, "chineseText");
    Objects.requireNonNull(englishText, "englishText");
    Objects.requireNonNull(chineseSentences, "Chinese sentences");
    Objects.requireNonNull(englishSentences, "English sentences");
    return align(chineseText, sides(chineseText, chineseSentences, "Chinese"), englishText,
        sides(englishText, englishSentences, "English"));
  }

  private static Segmentation sides(String text, List<Sentence> sentences, String side) {
    try {
      return Segmentation.of(text, sentences);
    } catch (IllegalArgumentException | NullPointerException e) {
      // name the side, as the message of a caller's mistake should
      RuntimeException named = e instanceof NullPointerException
          ? new NullPointerException(side + " " + e.getMessage())
          : new IllegalArgumentException(side + " " + e.getMessage());
      named.initCause(e);
      throw named;
    }
  }

  /** Aligns two segmented documents. */
  Alignment align(String chineseText, Segmentation chinese, String englishText,
      Segmentation english) {
    Parts parts = new Parts(lexicon);
    alignInto(chineseText, 0, chinese, englishText, 0, english, parts);
    return parts.alignment();
  }

  /**
   * The parts of an alignment being built, block by block for an interleaved stream: the
   * values are made once, with their final indices and offsets, and checked once.
   */
  private static final class Parts {
    final @Nullable Lexicon lexicon;
    final List<Sentence> chinese = new ArrayList<>();
    final List<Sentence> english = new ArrayList<>();
    final List<Bead> beads = new ArrayList<>();
    final List<ParagraphPair> paragraphs = new ArrayList<>();
    boolean searchConstrained;

    Parts(@Nullable Lexicon lexicon) {
      this.lexicon = lexicon;
    }

    Alignment alignment() {
      return new Alignment(chinese, english, beads, paragraphs,
          DocumentVerdict.assess(chinese, english, beads, lexicon), searchConstrained);
    }
  }

  /**
   * Aligns two segmented documents (or blocks of a stream, from offsets {@code chineseStart}
   * and {@code englishStart}) and adds the result to {@code parts}.
   */
  private void alignInto(String chineseText, int chineseStart, Segmentation chinese,
      String englishText, int englishStart, Segmentation english, Parts parts) {
    SentenceAligner.DocumentInput input = input(chineseText, chinese, englishText, english);
    addInto(chineseText, chineseStart, chinese, englishText, englishStart, english,
        engine.alignDocuments(List.of(input)).get(0), parts);
  }

  private static SentenceAligner.DocumentInput input(String chineseText, Segmentation chinese,
      String englishText, Segmentation english) {
    List<Sentence> zh = chinese.sentences();
    List<Sentence> en = english.sentences();
    return new SentenceAligner.DocumentInput(chineseText, texts(zh), spans(zh),
        chinese.paragraphStarts(), englishText, texts(en), spans(en),
        english.paragraphStarts());
  }

  /** Adds the alignment of two segmented documents (or blocks) to {@code parts}. */
  private static void addInto(String chineseText, int chineseStart, Segmentation chinese,
      String englishText, int englishStart, Segmentation english,
      List<SentenceAligner.ParagraphResult> results, Parts parts) {
    List<Sentence> zh = chinese.sentences();
    List<Sentence> en = english.sentences();
    int zhBase = parts.chinese.size();
    int enBase = parts.english.size();
    parts.chinese.addAll(zh);
    parts.english.addAll(en);
    int[] zhSpans = spans(zh);
    int[] enSpans = spans(en);
    // where an empty side of a paragraph pair sits: after the pair before
    int zhOffset = chineseStart;
    int enOffset = englishStart;
    for (SentenceAligner.ParagraphResult part : results) {
      parts.searchConstrained |= part.searchConstrained();
      int first = parts.beads.size();
      addBeads(zh.subList(part.chineseFrom(), part.chineseTo()),
          en.subList(part.englishFrom(), part.englishTo()), zhBase + part.chineseFrom(),
          enBase + part.englishFrom(), part.beads(), parts.beads);
      if (parts.beads.size() == first) {
        continue;
      }
      int zs = part.chineseFrom() < part.chineseTo() ? zhSpans[2 * part.chineseFrom()] : zhOffset;
      int ze = part.chineseFrom() < part.chineseTo() ? zhSpans[2 * part.chineseTo() - 1]
          : zhOffset;
      int es = part.englishFrom() < part.englishTo() ? enSpans[2 * part.englishFrom()] : enOffset;
      int ee = part.englishFrom() < part.englishTo() ? enSpans[2 * part.englishTo() - 1]
          : enOffset;
      parts.paragraphs.add(new ParagraphPair(chineseText.substring(zs, ze), zs, ze,
          englishText.substring(es, ee), es, ee,
          parts.beads.subList(first, parts.beads.size())));
      zhOffset = ze;
      enOffset = ee;
    }
  }

  private static int[] spans(List<Sentence> sentences) {
    int[] spans = new int[2 * sentences.size()];
    for (int k = 0; k < sentences.size(); k++) {
      spans[2 * k] = sentences.get(k).start();
      spans[2 * k + 1] = sentences.get(k).end();
    }
    return spans;
  }

  private static List<String> texts(List<Sentence> sentences) {
    List<String> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(s.text());
    }
    return out;
  }

  private static List<Sentence> asLines(List<String> texts, String side) {
    List<Sentence> out = new ArrayList<>(texts.size());
    int offset = 0;
    for (int k = 0; k < texts.size(); k++) {
      String text = texts.get(k);
      if (text == null) {
        throw new NullPointerException(side + " sentence " + k + " is null");
      }
      out.add(new Sentence(text, offset, offset + text.length()));
      offset += text.length() + 1;
    }
    return out;
  }

  /**
   * Adds the beads of {@code r} over sentences {@code zh} and {@code en}, whose first sentences
   * have indices {@code zhBase} and {@code enBase}.
   */
  private static void addBeads(List<Sentence> zh, List<Sentence> en, int zhBase, int enBase,
      SentenceAligner.Result r, List<Bead> out) {
    for (int b = 0; b < r.size(); b++) {
      int z0 = r.chineseStart(b);
      int e0 = r.englishStart(b);
      out.add(new Bead(zhBase + z0, enBase + e0, zh.subList(z0, r.chineseEnd(b)),
          en.subList(e0, r.englishEnd(b)), r.score(b)));
    }
  }

  /**
   * Configures an {@link Aligner}. Every setter checks its argument at once and throws
   * {@link IllegalArgumentException} for nonsense. Not thread-safe; the aligner it builds is.
   *
   * <pre>{@code
   * Aligner a = Aligner.builder().feature(Aligner.Feature.PUNCTUATION, false)
   *     .bandHalfWidth(100).build();
   * }</pre>
   */
  public static final class Builder {
    /** The settings so far: defaults are declared in {@link Settings#DEFAULT}. */
    private Settings settings = Settings.DEFAULT;
    private SentenceSplitter splitter = SentenceSplitter.create();
    private @Nullable Lexicon lexicon;
    private @Nullable LearnedLexicon learned;

    private Builder() {}

    /**
     * Sets a translation table learned over a batch of document pairs (default none;
     * {@code null} removes it): where the aligner would run its second pass
     * ({@link Feature#LEARNED_LEXICON} weighted, no {@link #lexicon}), it aligns each pair once
     * with this table's term in the cost instead of aligning it twice to learn a table from
     * the pair alone. {@link CorpusAligner#withPooledLearning} learns one and sets it; a
     * table learned elsewhere (on a sample of a corpus, say) may be set by hand. With a
     * lexicon, or with {@code LEARNED_LEXICON} off, the table is not read.
     *
     * <pre>{@code
     * LearnedLexicon table = CorpusAligner.create().learn(ids.iterator(), loader);
     * Aligner pooled = Aligner.builder().learnedLexicon(table).build();
     * }</pre>
     *
     * @param table the table, or null for none
     * @return this builder
     */
    public Builder learnedLexicon(@Nullable LearnedLexicon table) {
      this.learned = table;
      return this;
    }

    /**
     * Sets the Chinese–English lexicon the aligner reads (default none), e.g.
     * {@code CcCedict.lexicon()} of the {@code duiqi-cedict} artifact; {@code null} removes
     * it. Each bead's cost reads it ({@link Feature#LEXICON}: exact F1 on literary text 0.844
     * without, with the learned second pass and names, and 0.885 with CC-CEDICT), and so does the
     * verdict on each pair ({@link Alignment#parallel()}), which tells translations from
     * unrelated texts far better with it (docs/accuracy.md). With a lexicon there is no
     * second pass ({@link Feature#LEARNED_LEXICON}).
     * A lexicon is immutable and may be shared by any number of aligners.
     *
     * @param lexicon the lexicon, or null for none
     * @return this builder
     */
    public Builder lexicon(@Nullable Lexicon lexicon) {
      this.lexicon = lexicon;
      return this;
    }

    /**
     * Allows the bead type with the given prior weight (weights are normalised over all allowed
     * types), or changes its weight.
     *
     * @param type the bead type, at most {@link BeadType#MAX_SIDE} sentences a side
     * @param priorWeight its prior weight, positive and finite; only the ratios between the
     *     weights of the allowed types matter
     * @return this builder
     * @throws IllegalArgumentException if the weight is not positive and finite, or a side of
     *     {@code type} is larger than {@link BeadType#MAX_SIDE}
     */
    public Builder beadType(BeadType type, double priorWeight) {
      Objects.requireNonNull(type, "type");
      checkPriorWeight(type, priorWeight);
      settings = settings.withBeadType(type.chinese(), type.english(), priorWeight);
      return this;
    }

    /**
     * Replaces the allowed bead types. 1-0 and 0-1 must be among them, so that every input has
     * an alignment.
     *
     * @param priorWeights each allowed bead type and its prior weight (positive and finite; the
     *     weights are normalised over the map); the map's order does not matter
     * @return this builder
     * @throws IllegalArgumentException if 1-0 or 0-1 is missing or a weight is not positive
     */
    public Builder beadTypes(Map<BeadType, Double> priorWeights) {
      Objects.requireNonNull(priorWeights, "priorWeights");
      if (!priorWeights.containsKey(BeadType.of(1, 0))
          || !priorWeights.containsKey(BeadType.of(0, 1))) {
        throw new IllegalArgumentException(
            "bead types must include 1-0 and 0-1 so that every input can be aligned: "
                + priorWeights.keySet());
      }
      List<Map.Entry<BeadType, Double>> sorted = new ArrayList<>(priorWeights.entrySet());
      sorted.sort(Map.Entry.comparingByKey((x, y) -> x.chinese() + x.english()
          != y.chinese() + y.english() ? Integer.compare(x.chinese() + x.english(),
          y.chinese() + y.english()) : Integer.compare(y.chinese(), x.chinese())));
      int n = sorted.size();
      int[] zh = new int[n];
      int[] en = new int[n];
      double[] weights = new double[n];
      for (int t = 0; t < n; t++) {
        BeadType type = Objects.requireNonNull(sorted.get(t).getKey(), "type");
        double w = Objects.requireNonNull(sorted.get(t).getValue(), "priorWeight");
        checkPriorWeight(type, w);
        zh[t] = type.chinese();
        en[t] = type.english();
        weights[t] = w;
      }
      settings = settings.withBeadTypes(zh, en, weights);
      return this;
    }

    private static void checkPriorWeight(BeadType type, double priorWeight) {
      if (!(priorWeight > 0) || Double.isInfinite(priorWeight)) {
        throw new IllegalArgumentException(
            "prior weight of bead type " + type + " must be positive and finite: " + priorWeight);
      }
      if (type.chinese() > BeadType.MAX_SIDE || type.english() > BeadType.MAX_SIDE) {
        throw new IllegalArgumentException("bead type " + type + ": the aligner allows 0 to "
            + BeadType.MAX_SIDE + " sentences a side");
      }
    }

    /**
     * Drops every bead type with a side larger than {@code max}.
     *
     * @param max the largest number of sentences a bead may hold on either side, 1 to
     *     {@link BeadType#MAX_SIDE}
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1 or above
     *     {@link BeadType#MAX_SIDE}
     */
    public Builder maxBeadSize(int max) {
      if (max < 1 || max > BeadType.MAX_SIDE) {
        throw new IllegalArgumentException(
            "maximum bead size " + max + " is not in [1, " + BeadType.MAX_SIDE + "]");
      }
      settings = settings.withMaxBeadSize(max);
      return this;
    }

    /**
     * Fixes the English-per-Chinese length ratio (length units: see docs/aligner.md) instead of
     * estimating it on each document pair.
     *
     * @param englishPerChinese the expected English length of a Chinese length of 1, positive
     *     and finite (docs/aligner.md gives the values measured on real text)
     * @return this builder
     * @throws IllegalArgumentException if the ratio is not positive and finite
     */
    public Builder lengthRatio(double englishPerChinese) {
      if (!(englishPerChinese > 0) || Double.isInfinite(englishPerChinese)) {
        throw new IllegalArgumentException(
            "length ratio must be positive and finite: " + englishPerChinese);
      }
      settings = settings.withRatio(englishPerChinese);
      return this;
    }

    /**
     * Estimates the length ratio on each document pair (the default), as its total English
     * length over its total Chinese length; undoes {@link #lengthRatio}.
     *
     * @return this builder
     */
    public Builder estimatedLengthRatio() {
      settings = settings.withRatio(Double.NaN);
      return this;
    }

    /**
     * Sets the variance of a bead's length difference as {@code linear·m + quadratic·m²}, with
     * {@code m} the bead's mean length in English units. The default is 6 and 0.015.
     *
     * @param linear the variance per unit of length, positive and finite
     * @param quadratic the variance per squared unit of length, non-negative and finite; 0
     *     gives Gale and Church's linear model
     * @return this builder
     * @throws IllegalArgumentException if {@code linear} is not positive or {@code quadratic}
     *     is negative, or either is not finite
     */
    public Builder variance(double linear, double quadratic) {
      if (!(linear > 0) || Double.isInfinite(linear) || !(quadratic >= 0)
          || Double.isInfinite(quadratic)) {
        throw new IllegalArgumentException("variance needs linear > 0 and quadratic >= 0, got "
            + linear + " and " + quadratic);
      }
      settings = settings.withVariance(linear, quadratic);
      return this;
    }

    /**
     * Switches a feature on (at its {@linkplain Feature#defaultWeight() default weight}) or off.
     *
     * @param feature the feature
     * @param on {@code true} to score its mismatches at the default weight, {@code false} to
     *     give them no cost
     * @return this builder
     */
    public Builder feature(Feature feature, boolean on) {
      Objects.requireNonNull(feature, "feature");
      settings = settings.withFeatureWeight(feature.index, on ? feature.defaultWeight() : 0.0);
      return this;
    }

    /**
     * Sets the cost of one mismatch of a feature, in nats; 0 switches it off.
     *
     * @param feature the feature
     * @param weight the cost of one mismatch in nats, non-negative and finite
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative or not finite
     */
    public Builder featureWeight(Feature feature, double weight) {
      Objects.requireNonNull(feature, "feature");
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new IllegalArgumentException(
            "weight of " + feature + " must be non-negative and finite: " + weight);
      }
      settings = settings.withFeatureWeight(feature.index, weight);
      return this;
    }

    /**
     * Sets the half-width of the first search band, in sentences (default 24), where that band
     * follows the length diagonal (texts under 2,000 sentences a side); on longer texts the band
     * follows a coarser search's path with a half-width of {@code min(halfWidth, 8)}. Either
     * way the search widens the band where the best path reaches its edge.
     *
     * @param halfWidth the half-width in sentences, at least 1; a wider band costs more time
     *     and memory
     * @return this builder
     * @throws IllegalArgumentException if {@code halfWidth} is below 1
     */
    public Builder bandHalfWidth(int halfWidth) {
      if (halfWidth < 1) {
        throw new IllegalArgumentException("band half-width must be at least 1: " + halfWidth);
      }
      settings = settings.withBandHalfWidth(halfWidth);
      return this;
    }

    /**
     * Sets how many threads one alignment may use (default 1: the calling thread alone, which
     * is what a caller that already aligns many pairs in parallel, such as
     * {@link CorpusAligner} or a Spark job, wants). With more, a long pair's sentence profiles
     * (from 8,000 sentences, both sides together), names (in parts of at least 4,000 sentences
     * a side) and lexicon evidence (from 5,000 a side) are built on that many threads, each
     * first search pass of 4,000 rows or more
     * searches its two halves at once, and the bead scores (from 4,000 beads) are computed
     * window by window on that many threads; the result is the same, to the bit. The
     * command line's single-pair {@code align} uses every core.
     *
     * @param threads the threads, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is below 1
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
      }
      settings = settings.withParallelism(threads);
      return this;
    }

    /**
     * Builds the aligner. The builder may be changed and used again afterwards.
     *
     * @return an immutable, thread-safe aligner with this builder's settings
     * @throws IllegalArgumentException if 1-0 or 0-1 is no longer allowed
     */
    public Aligner build() {
      if (!hasType(1, 0) || !hasType(0, 1)) {
        StringBuilder types = new StringBuilder("[");
        for (int t = 0; t < settings.beadTypes(); t++) {
          types.append(t == 0 ? "" : ", ").append(settings.chineseCount(t)).append('-')
              .append(settings.englishCount(t));
        }
        throw new IllegalArgumentException(
            "bead types must include 1-0 and 0-1 so that every input can be aligned: "
                + types.append(']'));
      }
      return new Aligner(this);
    }

    private boolean hasType(int chinese, int english) {
      for (int t = 0; t < settings.beadTypes(); t++) {
        if (settings.chineseCount(t) == chinese && settings.englishCount(t) == english) {
          return true;
        }
      }
      return false;
    }

    /**
     * Sets the splitter that {@link Aligner#align(String, String)},
     * {@link Aligner#alignInterleaved} and so {@link DocumentPair#ofDocuments} and
     * {@link CorpusAligner} split documents with (default {@link SentenceSplitter#create()}).
     * Where a document is written one paragraph a line, the aligner uses
     * {@code splitter.splitAtEveryLineBreak()} on it, keeping the splitter's other settings.
     *
     * @param splitter the splitter, for example
     *     {@code SentenceSplitter.create().withAbbreviations("Bldg")}
     * @return this builder
     */
    public Builder splitter(SentenceSplitter splitter) {
      this.splitter = Objects.requireNonNull(splitter, "splitter");
      return this;
    }
  }
}
