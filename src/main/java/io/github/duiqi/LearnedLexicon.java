package io.github.duiqi;

import io.github.duiqi.align.LearnedTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A translation table (IBM Model 1, Chinese characters to English word stems) learned from
 * the confident beads of many alignments at once: the second pass of
 * {@link Aligner.Feature#LEARNED_LEXICON} pooled over a batch instead of learned from each
 * document pair alone. A batch teaches more than one pair, most of all where the pairs are
 * short; an aligner given the table ({@link Aligner.Builder#learnedLexicon}) aligns each pair
 * once with it. {@link CorpusAligner#withPooledLearning} does both steps over a corpus.
 *
 * <pre>{@code
 * Aligner firstPass = Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false).build();
 * LearnedLexicon.Builder learning = LearnedLexicon.builder();
 * for (DocumentPair pair : pairs) {
 *   learning.add(pair.alignWith(firstPass));
 * }
 * Aligner pooled = Aligner.builder().learnedLexicon(learning.build()).build();
 * for (DocumentPair pair : pairs) {
 *   write(pair.alignWith(pooled));
 * }
 * }</pre>
 *
 * <p>The beads trained on are those scoring at least 0.9 with both sides non-empty, at most
 * 20,000 of them, as for one pair. Over a larger batch a sample is kept: the 20,000 beads of
 * smallest hash of their texts, so that the sample, and so the table, depends on which beads
 * were added and not on their order (alignments may be added as the threads finish them).
 * {@link #sampled()} says when the bound cut the training.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class LearnedLexicon {

  private final LearnedTable table;
  private final long documents;
  private final long confidentBeads;
  private final boolean sampled;

  private LearnedLexicon(LearnedTable table, long documents, long confidentBeads,
      boolean sampled) {
    this.table = table;
    this.documents = documents;
    this.confidentBeads = confidentBeads;
    this.sampled = sampled;
  }

  /**
   * Returns a builder with no alignment added.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(LearnedTable.MAX_BEADS);
  }

  /**
   * Returns how many alignments were added.
   *
   * @return the alignments given to {@link Builder#add}
   */
  public long documents() {
    return documents;
  }

  /**
   * Returns how many confident beads the alignments held.
   *
   * @return the beads scoring at least 0.9 with both sides non-empty, sampled or not
   */
  public long confidentBeads() {
    return confidentBeads;
  }

  /**
   * Returns how many beads the table was trained on.
   *
   * @return the beads of the sample that hold both a Han character and an English content
   *     word; at most 20,000
   */
  public int trainingBeads() {
    return table.beads();
  }

  /**
   * Returns whether there were more confident beads than the training takes, so that a sample
   * of them was trained on.
   *
   * @return {@code true} if some confident beads were left out of the training
   */
  public boolean sampled() {
    return sampled;
  }

  /**
   * Returns how many Chinese characters have at least one entry.
   *
   * @return the characters with entries; 0 for a table learned from no confident bead
   */
  public int characterCount() {
    return table.characters();
  }

  /**
   * Returns how many entries the table holds.
   *
   * @return the character–stem pairs kept, those with {@code t(e|f) ≥ 0.02}
   */
  public int entryCount() {
    return table.entries();
  }

  /**
   * Returns the entries of one Chinese character.
   *
   * <pre>{@code
   * Map<String, Double> cat = table.translations("猫");   // e.g. {cat=0.71, ...}
   * }</pre>
   *
   * @param character one Chinese character (one code point)
   * @return each English stem ({@code Lexicon.englishStems}) the character translates to, with
   *     its probability {@code t(e|f)}, in training order; empty for a character without entries
   * @throws NullPointerException if {@code character} is null
   * @throws IllegalArgumentException if {@code character} is not exactly one code point
   */
  public Map<String, Double> translations(String character) {
    Objects.requireNonNull(character, "character");
    if (character.isEmpty() || character.codePointCount(0, character.length()) != 1) {
      throw new IllegalArgumentException("\"" + character + "\" is not one character");
    }
    return table.translations(character.codePointAt(0));
  }

  /** The engine's table. */
  LearnedTable table() {
    return table;
  }

  @Override
  public String toString() {
    return "LearnedLexicon[documents=" + documents + ", confidentBeads=" + confidentBeads
        + ", trainingBeads=" + trainingBeads() + ", characters=" + characterCount()
        + ", entries=" + entryCount() + "]";
  }

  /**
   * Gathers the confident beads of alignments and trains a {@link LearnedLexicon} on them.
   * Holds at most 20,000 beads' texts, however many alignments are added.
   *
   * <pre>{@code
   * LearnedLexicon.Builder learning = LearnedLexicon.builder();
   * learning.add(firstPass.alignSentences(zh, en));
   * LearnedLexicon table = learning.build();
   * }</pre>
   *
   * <p>Not thread-safe: add from one thread, or synchronise.
   */
  public static final class Builder {

    /** Sample order: hash, then the texts, so that equal keys are equal beads. */
    private static final Comparator<Sample> ORDER = Comparator.comparingLong(Sample::hash)
        .thenComparing(Sample::chinese, Builder::compareTexts)
        .thenComparing(Sample::english, Builder::compareTexts);

    private final int maxBeads;
    /** The sample, its largest at the head. */
    private final PriorityQueue<Sample> sample;
    private long documents;
    private long confidentBeads;

    Builder(int maxBeads) {
      this.maxBeads = maxBeads;
      this.sample = new PriorityQueue<>(ORDER.reversed());
    }

    /**
     * Adds the confident beads of one alignment: those scoring at least 0.9 with both sides
     * non-empty. An alignment of the first pass alone ({@code LEARNED_LEXICON} off) is what
     * the per-pair second pass learns from; any alignment may be added.
     *
     * @param alignment an alignment of one document pair
     * @return this builder
     * @throws NullPointerException if {@code alignment} is null
     */
    public Builder add(Alignment alignment) {
      Objects.requireNonNull(alignment, "alignment");
      documents++;
      for (Bead bead : alignment.beads()) {
        if (bead.score() >= LearnedTable.CONFIDENT && !bead.chinese().isEmpty()
            && !bead.english().isEmpty()) {
          confidentBeads++;
          offer(new Sample(texts(bead.chinese()), texts(bead.english())));
        }
      }
      return this;
    }

    /** Keeps the bead if it is among the {@code maxBeads} smallest so far. */
    private void offer(Sample s) {
      if (sample.size() < maxBeads) {
        sample.add(s);
      } else if (ORDER.compare(s, sample.peek()) < 0) {
        sample.poll();
        sample.add(s);
      }
    }

    /**
     * Trains the table on the beads gathered. The builder may be added to and built again.
     *
     * @return the table; one without entries if no confident bead was added
     */
    public LearnedLexicon build() {
      List<Sample> sorted = new ArrayList<>(sample);
      sorted.sort(ORDER);
      List<List<String>> zh = new ArrayList<>(sorted.size());
      List<List<String>> en = new ArrayList<>(sorted.size());
      for (Sample s : sorted) {
        zh.add(s.chinese());
        en.add(s.english());
      }
      return new LearnedLexicon(LearnedTable.train(zh, en), documents, confidentBeads,
          confidentBeads > sorted.size());
    }

    private static List<String> texts(List<Sentence> sentences) {
      List<String> out = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        out.add(s.text());
      }
      return List.copyOf(out);
    }

    private static int compareTexts(List<String> a, List<String> b) {
      for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
        int c = a.get(k).compareTo(b.get(k));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    }

    /** A bead's texts and a hash of them (FNV-1a over the characters, then mixed). */
    private record Sample(List<String> chinese, List<String> english, long hash) {

      Sample(List<String> chinese, List<String> english) {
        this(chinese, english, hashOf(chinese, english));
      }

      private static long hashOf(List<String> chinese, List<String> english) {
        long h = 0xcbf29ce484222325L;
        for (List<String> side : List.of(chinese, english)) {
          for (String s : side) {
            for (int i = 0; i < s.length(); i++) {
              h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ 0x10000) * 0x100000001b3L; // end of a sentence: not a char value
          }
          h = (h ^ 0x10001) * 0x100000001b3L; // end of a side
        }
        // SplitMix64's finaliser: FNV's low bits are weak
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
      }
    }
  }
}
