package io.github.duiqi;

import io.github.duiqi.split.Paragraphs;
import io.github.duiqi.split.SentenceScanner;
import io.github.duiqi.split.SplitRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits mixed Chinese and English text into sentences.
 *
 * <p>Chinese sentences end at 。！？!? (and their runs), with closing quotes and brackets kept;
 * ；and ; do not end a sentence. English sentences end at . ! ? followed by something that can
 * start a sentence, with abbreviations (Mr., U.S., etc.), initials, decimals, URLs, e-mail
 * addresses and ellipses handled. A blank line always ends a sentence; a single line break does
 * not, unless {@link #splitAtEveryLineBreak()} is used. See {@code docs/splitting.md}.
 *
 * <pre>{@code
 * List<Sentence> sentences = SentenceSplitter.create().split("他说：“你好。”Mr. Smith left.");
 * // 他说：“你好。”  |  Mr. Smith left.
 * SentenceSplitter custom = SentenceSplitter.create().withAbbreviations("Univ", "Dept.");
 * }</pre>
 *
 * <p>Every sentence's text equals {@code text.subSequence(start, end)}; sentences are in order,
 * do not overlap, have no leading or trailing whitespace, and together hold every
 * non-whitespace character of the text exactly once.
 *
 * <p>{@link #segment} also finds the paragraphs, which is what {@link Aligner} consumes; give
 * an aligner a configured splitter with {@link Aligner.Builder#splitter}. A final class rather
 * than an interface: the aligner relies on the splitter's guarantees (spans, order, whitespace,
 * paragraphs as runs of whole sentences), and sentences from any other tool enter through
 * {@link Segmentation#of}, {@link Aligner#align(String, List, String, List)} or
 * {@link DocumentPair#ofSplitDocuments} with their offsets, which needs no implementation of
 * an interface and cannot break those guarantees unnoticed (the values check them).
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public final class SentenceSplitter {

  private static final SentenceSplitter DEFAULT = new SentenceSplitter(SplitRules.DEFAULT);

  private final SplitRules rules;

  private SentenceSplitter(SplitRules rules) {
    this.rules = rules;
  }

  /**
   * Returns the default splitter for mixed Chinese/English text.
   *
   * @return the shared default splitter (the same instance at every call): built-in
   *     abbreviations only, a single line break does not end a sentence
   */
  public static SentenceSplitter create() {
    return DEFAULT;
  }

  /**
   * Returns a splitter that also knows these abbreviations: such a word followed by a period
   * ends a sentence only when a common sentence opener ("The", "It", ...) or Chinese text
   * follows. Case is ignored and a trailing period is optional.
   *
   * @param abbreviations words such as {@code "Bldg"} or {@code "Dept."}, added to the
   *     built-in ones and to those this splitter already knows
   * @return a new splitter with the added abbreviations and this splitter's other settings
   * @throws NullPointerException if the array or an element is null
   * @throws IllegalArgumentException if a word is empty or holds characters other than letters,
   *     digits and inner periods
   */
  public SentenceSplitter withAbbreviations(String... abbreviations) {
    Objects.requireNonNull(abbreviations, "abbreviations");
    return new SentenceSplitter(rules.withAbbreviations(Arrays.asList(abbreviations)));
  }

  /**
   * Returns a splitter for which every line break ends a sentence: for text with one sentence,
   * heading or list item per line.
   *
   * @return a new splitter with this splitter's abbreviations
   */
  public SentenceSplitter splitAtEveryLineBreak() {
    return new SentenceSplitter(rules.withLineBreakEndingSentence(true));
  }

  /**
   * Splits {@code text} into sentences.
   *
   * @param text the text, any mix of Chinese and English
   * @return the sentences in text order; empty if the text is blank
   * @throws NullPointerException if {@code text} is null
   */
  public List<Sentence> split(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    return sentences(s, SentenceScanner.spans(s, rules), 0);
  }

  /**
   * Splits {@code text} into sentences and paragraphs, in one scan for the layout and one for
   * the sentences. Paragraphs end at blank lines; a text with no blank line whose lines mostly
   * end as sentences end is written one paragraph a line, and there every line break ends a
   * sentence and a paragraph (as with {@link #splitAtEveryLineBreak()}), so that its sentences
   * can differ from {@link #split}'s; otherwise the text is one paragraph of hard-wrapped lines.
   *
   * <pre>{@code
   * Segmentation s = SentenceSplitter.create().segment("标题\n第一段。\n第二段。\n第三段。");
   * s.paragraphs().size();  // 4: written one paragraph a line, the heading is one of them
   * s.sentences().size();   // 4, where split gives 3 (its first sentence is "标题\n第一段。")
   * }</pre>
   *
   * @param text the text, any mix of Chinese and English
   * @return its sentences and paragraphs, offsets into {@code text}; no sentence and no
   *     paragraph if the text is blank
   * @throws NullPointerException if {@code text} is null
   */
  public Segmentation segment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return segment(text.toString(), 0);
  }

  /**
   * Segments {@code text.substring(from, to)} as a text of its own, with offsets into
   * {@code text}: one block of an interleaved stream.
   */
  Segmentation segment(String text, int from, int to) {
    return from == 0 && to == text.length() ? segment(text, 0)
        : segment(text.substring(from, to), from);
  }

  private Segmentation segment(String text, int base) {
    int layout = Paragraphs.layout(text);
    int[] spans = SentenceScanner.spans(text,
        layout == Paragraphs.LINES ? rules.withLineBreakEndingSentence(true) : rules);
    List<Sentence> sentences = sentences(text, spans, base);
    return new Segmentation(sentences,
        Segmentation.paragraphs(sentences, Paragraphs.find(text, spans, layout)));
  }

  /** The sentences of {@code spans} in {@code text}, with offsets shifted by {@code base}. */
  private static List<Sentence> sentences(String text, int[] spans, int base) {
    List<Sentence> out = new ArrayList<>(spans.length / 2);
    for (int k = 0; k < spans.length; k += 2) {
      out.add(new Sentence(text.substring(spans[k], spans[k + 1]), base + spans[k],
          base + spans[k + 1]));
    }
    return Collections.unmodifiableList(out);
  }

  /** The rules, for the interleaved layout's own look at a stream's sentences. */
  SplitRules rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "SentenceSplitter[extraAbbreviations=" + rules.extraAbbreviations()
        + ", splitAtEveryLineBreak=" + rules.lineBreakEndsSentence() + "]";
  }
}
