package io.github.duiqi.split;

import java.util.Collection;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration of a sentence splitter: its abbreviations and its line-break rule.
 *
 * <pre>{@code
 * SplitRules rules = SplitRules.DEFAULT.withAbbreviations(List.of("Univ", "Dept"));
 * }</pre>
 *
 * <p>Immutable; thread-safe.
 */
public final class SplitRules {

  /** A word that never ends a sentence with its period: a title before a name, e.g., cf. */
  static final byte NEVER_ENDS = 1;
  /** A word that does not end a sentence before a number (No. 5, p. 55, Fig. 3). */
  static final byte BEFORE_NUMBER = 2;
  /** A word that ends a sentence only when a common sentence opener follows (etc., Inc.). */
  static final byte RARELY_ENDS = 3;

  private static final List<String> NEVER_ENDS_WORDS = List.of(
      "mr", "mrs", "ms", "mx", "messrs", "mme", "mlle", "dr", "prof", "rev", "hon", "fr",
      "gen", "lt", "col", "capt", "cmdr", "sgt", "cpl", "pvt", "maj", "brig", "adm", "gov",
      "sen", "rep", "pres", "supt", "insp", "det", "st", "mt", "vs", "viz", "cf", "e.g", "i.e",
      "eg", "ie", "approx");
  private static final List<String> BEFORE_NUMBER_WORDS = List.of(
      "no", "nos", "nr", "n\u00B0", "n\u00BA", "p", "pp", "fig", "figs", "vol", "vols", "ch",
      "chap", "art", "sec", "para", "eq", "eqs", "op", "tab", "ex", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  private static final List<String> RARELY_ENDS_WORDS = List.of(
      "u.s", "u.s.a", "u.k", "e.u", "u.n", "p.r.c", "r.o.c", "d.c",
      "etc", "co", "corp", "inc", "ltd", "llc", "plc", "bros", "jr", "sr", "esq", "al", "est",
      "dept", "univ", "assn", "ave", "blvd", "rd", "govt", "intl", "natl", "mfg", "ca", "misc",
      "hr", "hrs", "min", "mins", "sq", "ft", "oz", "lb", "lbs", "yr", "yrs", "mo", "wk");

  /**
   * Capitalized words that commonly open an English sentence: after an abbreviation such as
   * "U.S." or "etc." they signal a sentence end, while other capitalized words (names) do not.
   */
  private static final List<String> SENTENCE_OPENERS = List.of(
      "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "We", "They",
      "I", "You", "His", "Her", "Our", "Their", "My", "Your", "There", "Here", "How", "What",
      "When", "Where", "Why", "Who", "Which", "In", "On", "At", "As", "But", "And", "Or", "So",
      "If", "Yet", "For", "After", "Before", "Then", "Now", "However", "Although", "Though",
      "While", "Since", "Because", "Thus", "Also", "Still", "Many", "Most", "Some", "All", "No",
      "Not", "One", "Each", "Every", "Both", "Is", "Are", "Was", "Were", "Do", "Does", "Did",
      "Can", "Could", "Will", "Would", "Should", "May", "Might", "Must", "Let", "Please",
      "Meanwhile", "Moreover", "Furthermore", "Today", "Yesterday", "Tomorrow", "Other",
      "Such", "To", "With", "By", "From", "Under", "During", "Despite", "Even", "Only",
      "Instead", "Indeed", "Finally", "First", "Second", "Last", "Next", "Later", "Earlier");

  /** Verbs of speaking that end an English speech tag after a quotation ("Li asked"). */
  private static final List<String> SPEECH_VERBS = List.of(
      "said", "asked", "replied", "answered", "cried", "shouted", "whispered", "added",
      "muttered", "exclaimed", "explained", "insisted", "protested", "snapped", "says",
      "asks", "replies", "yelled", "murmured");

  /** The default rules: built-in abbreviations; a single line break does not end a sentence. */
  public static final SplitRules DEFAULT = new SplitRules(Set.of(), false);

  private final Set<String> extraAbbreviations;
  private final boolean lineBreakEndsSentence;
  private final WordTable abbreviations;
  private final WordTable openers;
  private final WordTable speechVerbs;

  private SplitRules(Set<String> extraAbbreviations, boolean lineBreakEndsSentence) {
    this.extraAbbreviations = Collections.unmodifiableSet(new TreeSet<>(extraAbbreviations));
    this.lineBreakEndsSentence = lineBreakEndsSentence;
    Map<String, Byte> words = new HashMap<>();
    RARELY_ENDS_WORDS.forEach(w -> words.put(w, RARELY_ENDS));
    extraAbbreviations.forEach(w -> words.put(w, RARELY_ENDS));
    BEFORE_NUMBER_WORDS.forEach(w -> words.put(w, BEFORE_NUMBER));
    NEVER_ENDS_WORDS.forEach(w -> words.put(w, NEVER_ENDS));
    this.abbreviations = new WordTable(words, true);
    Map<String, Byte> opener = new HashMap<>();
    SENTENCE_OPENERS.forEach(w -> opener.put(w, (byte) 1));
    this.openers = new WordTable(opener, false);
    Map<String, Byte> verbs = new HashMap<>();
    SPEECH_VERBS.forEach(w -> verbs.put(w, (byte) 1));
    this.speechVerbs = new WordTable(verbs, false);
  }

  /**
   * Returns rules that also know the given abbreviations: a word in this list followed by a
   * period ends a sentence only when a common sentence opener ("The", "It", ...) or Chinese text
   * follows. Case is ignored; a trailing period is optional ("Dept." and "dept" are the same).
   *
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if a word is empty or has characters other than letters,
   *     digits and inner periods
   */
  public SplitRules withAbbreviations(Collection<String> words) {
    Objects.requireNonNull(words, "words");
    Set<String> all = new TreeSet<>(extraAbbreviations);
    List<String> list = List.copyOf(words); // rejects null elements
    for (int i = 0; i < list.size(); i++) {
      all.add(normalizeAbbreviation(list.get(i), i));
    }
    return new SplitRules(all, lineBreakEndsSentence);
  }

  private static String normalizeAbbreviation(String word, int index) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    if (w.isEmpty() || w.startsWith(".") || w.contains("..")) {
      throw new IllegalArgumentException(
          "abbreviation at index " + index + " ('" + word + "') is empty or has empty parts");
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(SentenceScanner.isWordChar(c) || c == '.')) {
        throw new IllegalArgumentException("abbreviation at index " + index + " ('" + word
            + "') has '" + c + "' at position " + i
            + "; only letters, digits and inner periods are allowed");
      }
    }
    return w.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns rules under which every line break ends a sentence, or, with {@code false}, the
   * default rule: only a blank line, or a line that ends a sentence, does.
   */
  public SplitRules withLineBreakEndingSentence(boolean lineBreakEndsSentence) {
    return lineBreakEndsSentence == this.lineBreakEndsSentence
        ? this
        : new SplitRules(extraAbbreviations, lineBreakEndsSentence);
  }

  /** Whether every line break ends a sentence. */
  public boolean lineBreakEndsSentence() {
    return lineBreakEndsSentence;
  }

  /** The abbreviations added to the built-in ones, lower case, without trailing periods. */
  public Set<String> extraAbbreviations() {
    return extraAbbreviations;
  }

  WordTable abbreviations() {
    return abbreviations;
  }

  WordTable openers() {
    return openers;
  }

  WordTable speechVerbs() {
    return speechVerbs;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SplitRules r
        && r.lineBreakEndsSentence == lineBreakEndsSentence
        && r.extraAbbreviations.equals(extraAbbreviations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extraAbbreviations, lineBreakEndsSentence);
  }

  @Override
  public String toString() {
    return "SplitRules[extraAbbreviations=" + extraAbbreviations + ", lineBreakEndsSentence="
        + lineBreakEndsSentence + "]";
  }
}
