package io.github.duiqi;

import io.github.duiqi.split.SentenceScanner;
import io.github.duiqi.split.SplitRules;
import java.util.Arrays;
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
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public final class SentenceSplitter {

  private static final SentenceSplitter DEFAULT = new SentenceSplitter(SplitRules.DEFAULT);

  private final SplitRules rules;

  private SentenceSplitter(SplitRules rules) {
    this.rules = rules;
  }

  /** Returns the default splitter for mixed Chinese/English text. */
  public static SentenceSplitter create() {
    return DEFAULT;
  }

  /**
   * Returns a splitter that also knows these abbreviations: such a word followed by a period
   * ends a sentence only when a common sentence opener ("The", "It", ...) or Chinese text
   * follows. Case is ignored and a trailing period is optional.
   *
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
   */
  public SentenceSplitter splitAtEveryLineBreak() {
    return new SentenceSplitter(rules.withLineBreakEndingSentence(true));
  }

  /**
   * Splits {@code text} into sentences.
   *
   * @return the sentences in text order; empty if the text is blank
   * @throws NullPointerException if {@code text} is null
   */
  public List<Sentence> split(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return SentenceScanner.split(text, rules);
  }

  @Override
  public String toString() {
    return "SentenceSplitter[extraAbbreviations=" + rules.extraAbbreviations()
        + ", splitAtEveryLineBreak=" + rules.lineBreakEndsSentence() + "]";
  }
}
