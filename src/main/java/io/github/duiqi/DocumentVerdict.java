package io.github.duiqi;

import io.github.duiqi.align.ParallelEvidence;
import io.github.duiqi.lexicon.Lexicon;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether two aligned texts are translations of each other at all: the probability that they
 * are, and a verdict from it.
 *
 * <p>The bead scores assume that the texts are translations; on a novel's chapter aligned with
 * a magazine article most beads still score well, because the aligner finds beads whose lengths
 * fit whatever the texts. The verdict looks for what an unrelated pair lacks: English words
 * glossed by a dictionary within the same bead (with a {@link Lexicon}), numbers and Latin words
 * shared within beads, the share of 1-1 beads and the spread of the beads' length ratios, each
 * against the same beads rotated (English bead {@code b} against Chinese bead {@code b + n/3}).
 * A logistic model of these, fitted on real and unrelated pairs made from the development data,
 * gives the probability (docs/accuracy.md, "Is it a translation?", has the figures: with
 * CC-CEDICT every whole development document and 97 % of 8-sentence pieces are judged right,
 * leaving each document out of the fit).
 *
 * <pre>{@code
 * Alignment a = Aligner.builder().lexicon(CcCedict.lexicon()).build().align(zh, en);
 * if (a.parallel().verdict() == DocumentVerdict.Verdict.UNRELATED) {
 *   System.err.println("not a translation? p = " + a.parallel().probability());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param probability the probability that the texts are translations of each other, in
 *     {@code [0, 1]}; 0.5 where there is too little text to tell (see {@link #MIN_BEADS})
 * @param verdict {@link Verdict#PARALLEL} from {@value #PARALLEL_AT},
 *     {@link Verdict#UNRELATED} below {@value #UNRELATED_BELOW}, otherwise
 *     {@link Verdict#UNCERTAIN}
 */
public record DocumentVerdict(double probability, Verdict verdict) {

  /** The probability from which a pair is judged {@link Verdict#PARALLEL}. */
  public static final double PARALLEL_AT = 0.7;
  /** The probability below which a pair is judged {@link Verdict#UNRELATED}. */
  public static final double UNRELATED_BELOW = 0.3;
  /**
   * The beads with two sides a pair needs to be judged at all; with fewer it is
   * {@link Verdict#UNCERTAIN} with probability 0.5. (The model was fitted on pieces of 8
   * Chinese sentences or more.)
   */
  public static final int MIN_BEADS = 3;

  /** What the probability says. */
  public enum Verdict {
    /** The texts are translations of each other (probability at least {@value #PARALLEL_AT}). */
    PARALLEL,
    /** Too close to call, or too little text to tell. */
    UNCERTAIN,
    /** The texts are not translations of each other: their beads are not to be trusted. */
    UNRELATED
  }

  /**
   * Validates the fields.
   *
   * @param probability the probability that the texts are translations of each other, in [0, 1]
   * @param verdict what the probability says; must agree with the thresholds
   * @throws NullPointerException if {@code verdict} is null
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1], or the verdict
   *     contradicts it ({@code PARALLEL} below {@value #PARALLEL_AT} or {@code UNRELATED} from
   *     {@value #UNRELATED_BELOW})
   */
  public DocumentVerdict {
    Objects.requireNonNull(verdict, "verdict");
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability " + probability + " is not in [0, 1]");
    }
    if (verdict == Verdict.PARALLEL && probability < PARALLEL_AT
        || verdict == Verdict.UNRELATED && probability >= UNRELATED_BELOW) {
      throw new IllegalArgumentException(
          "verdict " + verdict + " contradicts probability " + probability);
    }
  }

  /**
   * The verdict the thresholds give a probability.
   *
   * @param probability the probability that the texts are translations of each other, in [0, 1]
   * @return {@code PARALLEL} from {@value #PARALLEL_AT}, {@code UNRELATED} below
   *     {@value #UNRELATED_BELOW}, else {@code UNCERTAIN}, with the probability
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1]
   */
  public static DocumentVerdict of(double probability) {
    Verdict v = probability >= PARALLEL_AT ? Verdict.PARALLEL
        : probability < UNRELATED_BELOW ? Verdict.UNRELATED : Verdict.UNCERTAIN;
    return new DocumentVerdict(probability, v);
  }

  /**
   * Judges an alignment, with a lexicon's evidence or without (an alignment read from a file,
   * or judged again with a dictionary). {@link Aligner} judges every alignment it makes with its
   * own {@linkplain Aligner.Builder#lexicon lexicon}: {@link Alignment#parallel()}.
   *
   * @param alignment the alignment to judge
   * @param lexicon the lexicon, or null for the evidence without one
   * @return the probability that the alignment's two texts are translations of each other, and
   *     its verdict
   * @throws NullPointerException if {@code alignment} is null
   */
  public static DocumentVerdict of(Alignment alignment, @Nullable Lexicon lexicon) {
    Objects.requireNonNull(alignment, "alignment");
    return assess(alignment.chinese(), alignment.english(), alignment.beads(), lexicon);
  }

  /** The verdict on beads over these sentences; the lists are checked by the caller. */
  static DocumentVerdict assess(List<Sentence> chinese, List<Sentence> english, List<Bead> beads,
      @Nullable Lexicon lexicon) {
    int[] bounds = new int[4 * beads.size()];
    double[] scores = new double[beads.size()];
    int twoSided = 0;
    for (int b = 0; b < beads.size(); b++) {
      Bead bead = beads.get(b);
      if (bead == null || bead.chineseTo() > chinese.size()
          || bead.englishTo() > english.size()) {
        // not an alignment of these sentences: Alignment's constructor says what is wrong
        return new DocumentVerdict(0.5, Verdict.UNCERTAIN);
      }
      bounds[4 * b] = bead.chineseFrom();
      bounds[4 * b + 1] = bead.chineseTo();
      bounds[4 * b + 2] = bead.englishFrom();
      bounds[4 * b + 3] = bead.englishTo();
      scores[b] = bead.score();
      twoSided += bead.chinese().isEmpty() || bead.english().isEmpty() ? 0 : 1;
    }
    if (twoSided < MIN_BEADS) {
      return new DocumentVerdict(0.5, Verdict.UNCERTAIN);
    }
    double[] features = ParallelEvidence.features(new Texts(chinese), new Texts(english), bounds,
        scores, lexicon);
    return of(ParallelEvidence.probability(features, lexicon != null));
  }

  /** The texts of sentences, as a view. */
  private static final class Texts extends java.util.AbstractList<String>
      implements java.util.RandomAccess {
    private final List<Sentence> sentences;

    Texts(List<Sentence> sentences) {
      this.sentences = sentences;
    }

    @Override
    public String get(int index) {
      return sentences.get(index).text();
    }

    @Override
    public int size() {
      return sentences.size();
    }
  }
}
