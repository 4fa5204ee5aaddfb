package io.github.duiqi;

import java.util.List;
import java.util.Objects;

/**
 * The result of aligning Chinese sentences with English ones: the sentences of both sides, the
 * beads that link them in document order, and the paragraph pairs the beads were found in.
 *
 * <p>Every sentence of either side lies in exactly one bead, and the beads follow both documents'
 * order: the constructor checks it (once: the aligner builds each alignment once), so an
 * {@code Alignment} never loses or repeats a sentence.
 *
 * <pre>{@code
 * Alignment a = Aligner.create().align(chineseText, englishText);
 * for (Bead b : a.beads()) System.out.println(b.type() + " " + b.score());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param chinese all Chinese sentences, in order
 * @param english all English sentences, in order
 * @param beads the beads, in document order
 * @param paragraphs the paragraph pairs, in document order; their beads together are {@code beads}
 * @param parallel whether the two texts are translations of each other at all
 *     ({@link DocumentVerdict}): the bead scores assume they are
 * @param searchConstrained true if the search's cell budget stopped it somewhere before it
 *     could check its path (docs/aligner.md, "Search band"): the beads are then the best the
 *     budget allowed, possibly not the model's best alignment (it is true today on 1,000,000
 *     real sentences a side; see docs/benchmarks.md)
 */
public record Alignment(
    List<Sentence> chinese,
    List<Sentence> english,
    List<Bead> beads,
    List<ParagraphPair> paragraphs,
    DocumentVerdict parallel,
    boolean searchConstrained) {

  /**
   * Validates and copies the lists, judges them without a lexicon
   * ({@link DocumentVerdict#of(Alignment, io.github.duiqi.lexicon.Lexicon)} judges with one),
   * and records that no search budget constrained them.
   *
   * @param chinese all Chinese sentences, in order
   * @param english all English sentences, in order
   * @param beads the beads, in document order, together holding each sentence once
   * @param paragraphs the paragraph pairs, in document order
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Alignment(List<Sentence> chinese, List<Sentence> english, List<Bead> beads,
      List<ParagraphPair> paragraphs) {
    this(chinese, english, beads, paragraphs, DocumentVerdict.assess(
        Objects.requireNonNull(chinese, "chinese"), Objects.requireNonNull(english, "english"),
        Objects.requireNonNull(beads, "beads"), null), false);
  }

  /**
   * Validates and copies the lists.
   *
   * @param chinese all Chinese sentences, in order
   * @param english all English sentences, in order
   * @param beads the beads, in document order, together holding each sentence once
   * @param paragraphs the paragraph pairs, in document order
   * @param parallel whether the two texts are translations of each other at all
   * @param searchConstrained true if a search budget stopped the search before it could show
   *     its path is the best near it (see {@link #searchConstrained()})
   * @throws NullPointerException if a list, an element or {@code parallel} is null
   * @throws IllegalArgumentException if a sentence is in no bead or in two, beads are out of
   *     order (an empty side too must sit where the side's next sentence is), or a bead's
   *     sentence differs from the sentence at its index
   */
  public Alignment {
    chinese = List.copyOf(Objects.requireNonNull(chinese, "chinese"));
    english = List.copyOf(Objects.requireNonNull(english, "english"));
    beads = List.copyOf(Objects.requireNonNull(beads, "beads"));
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    Objects.requireNonNull(parallel, "parallel");
    int nextChinese = 0;
    int nextEnglish = 0;
    for (int b = 0; b < beads.size(); b++) {
      Bead bead = beads.get(b);
      nextChinese = checkSide("Chinese", b, bead.chineseFrom(), bead.chinese(), chinese,
          nextChinese);
      nextEnglish = checkSide("English", b, bead.englishFrom(), bead.english(), english,
          nextEnglish);
    }
    if (nextChinese != chinese.size() || nextEnglish != english.size()) {
      throw new IllegalArgumentException(
          "beads cover " + nextChinese + " of " + chinese.size() + " Chinese and " + nextEnglish
              + " of " + english.size() + " English sentences");
    }
  }

  private static int checkSide(
      String side, int bead, int from, List<Sentence> sentences, List<Sentence> all, int next) {
    if (from != next) {
      throw new IllegalArgumentException(
          "bead " + bead + " starts at " + side + " sentence " + from + " where sentence " + next
              + " was expected next");
    }
    if (from + sentences.size() > all.size()) {
      throw new IllegalArgumentException("bead " + bead + " holds " + side + " sentences up to "
          + (from + sentences.size() - 1) + " of " + all.size());
    }
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      Sentence expected = all.get(from + k);
      if (s != expected && !s.equals(expected)) {
        throw new IllegalArgumentException("bead " + bead + " holds a " + side
            + " sentence that is not sentence " + (from + k));
      }
    }
    return from + sentences.size();
  }
}
