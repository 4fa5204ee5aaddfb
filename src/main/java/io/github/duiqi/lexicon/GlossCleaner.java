package io.github.duiqi.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans one sense of a gloss for lexical evidence, as CC-CEDICT writes them:
 * <ul>
 *   <li>a classifier sense ({@code CL:個|个[ge4],件[jian4]}) is dropped whole;</li>
 *   <li>a reference to another headword ({@code variant of 峯[feng1]}, {@code see 逼格[bi1 ge2]},
 *       {@code same as}, {@code also written}, {@code abbr. for}, {@code erhua form of} ...) is
 *       cut out and reported, so that the caller adds that headword's own glosses (one level);
 *       other references ({@code see also X}, {@code used in X}, {@code cf. X}) are cut out;</li>
 *   <li>pinyin in brackets is cut out, and so is any Han text left;</li>
 *   <li>register and domain notes in parentheses ({@code (coll.)}, {@code (literary)},
 *       {@code (Tw)}, {@code (math.)} ...) are cut out; other parentheses keep their words.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class GlossCleaner {
  private GlossCleaner() {}

  /** A headword: Han, with Latin letters or digits around it (95後, T恤, 卡拉OK). */
  private static final String HEADWORD =
      "[0-9A-Za-z]*[\\p{IsHan}\u3007][0-9A-Za-z\\p{IsHan}\u3007\u00b7\u30fb]*";
  /** A headword reference: traditional, optionally |simplified, optionally [pinyin]. */
  private static final Pattern REFERENCE = Pattern.compile(
      "(" + HEADWORD + ")(?:\\|(" + HEADWORD + "))?(?:\\[[^\\]]*\\])?");
  /** A phrase, just before a reference, that makes the reference's glosses this word's. */
  private static final Pattern RESOLVING = Pattern.compile(
      "(?i)(?:(?:[a-z-]+\\s+)?variant\\s+of|(?<!also\\s)\\bsee|same\\s+as|also\\s+written|"
          + "written\\s+as|abbr\\.?\\s+(?:for|of|to)|erhua\\s+form\\s+of|also\\s+called|"
          + "another\\s+name\\s+for|contraction\\s+of|equivalent\\s+of)\\s*$");
  /** A phrase, just before a reference, that points to a related word only. */
  private static final Pattern POINTING = Pattern.compile(
      "(?i)(?:see\\s+also|used\\s+in|cf\\.?|also\\s+pr\\.|contrasted\\s+with|"
          + "from|also)\\s*$");
  /** Between two references of one list: "variant of X and Y", "see X, Y". */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|and|or|/)?\\s*");
  private static final Pattern PINYIN = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern NOTE_PARTS = Pattern.compile("\\s*(?:,|;|/|\\band\\b)\\s*");

  /** Register and domain labels; a parenthesis made only of these is a note. */
  static final Set<String> NOTE_LABELS = Set.of(
      "idiom", "tw", "literary", "fig.", "fig", "coll.", "colloquial", "loanword", "name",
      "bound form", "old", "dialect", "northern dialect", "math.", "math", "mathematics",
      "slang", "internet slang", "internet", "computing", "computer", "chemistry", "onom.",
      "onomatopoeia", "medicine", "medical", "archaic", "arch.", "tcm", "chinese medicine",
      "used in tcm", "physics", "buddhism", "taoism", "daoism", "christianity", "islam",
      "botany", "sports", "sport", "geology", "law", "legal", "music", "military", "anatomy",
      "finance", "linguistics", "derog.", "derogatory", "pejorative", "cantonese", "zoology",
      "honorific", "biology", "electronics", "proverb", "esp.", "lit.", "astronomy", "prc",
      "hk", "neologism", "formal", "economics", "polite", "meteorology", "statistics",
      "gaming", "geometry", "attributive", "humble", "biochemistry", "agriculture", "saying",
      "vulgar", "classical", "mining", "psychology", "jocular", "photography", "euphemism",
      "euphemistic", "pharmacology", "textiles", "religion", "aviation", "suffix", "prefix",
      "theater", "theatre", "baseball", "basketball", "soccer", "golf", "architecture",
      "accounting", "grammar", "in former times", "bird species of china", "surname",
      "japanese surname", "place name", "used in place names", "japanese surname and place name",
      "philosophy", "history", "historical", "mythology", "genetics", "engineering",
      "electricity", "mechanics", "optics", "printing", "telecommunications", "geography",
      "constellation", "brand", "abbr.", "written", "spoken", "old usage", "poetic",
      "respectful", "deprecated", "dated", "obsolete", "rare", "person", "language");

  /**
   * Appends the cleaned words of {@code sense} to {@code text} and the headwords it resolves
   * to {@code references} (each as its alternatives, traditional then simplified).
   */
  static void clean(String sense, StringBuilder text, List<String[]> references) {
    String s = sense.trim();
    if (s.startsWith("CL:")) {
      return;
    }
    StringBuilder kept = new StringBuilder(s.length());
    Matcher ref = REFERENCE.matcher(s);
    int last = 0;
    boolean previousResolved = false;
    while (ref.find()) {
      String before = s.substring(last, ref.start());
      Matcher resolving = RESOLVING.matcher(before);
      Matcher pointing = POINTING.matcher(before);
      boolean resolves;
      if (resolving.find()) {
        before = before.substring(0, resolving.start());
        resolves = true;
      } else if (pointing.find()) {
        before = before.substring(0, pointing.start());
        resolves = false;
      } else {
        resolves = previousResolved && last > 0 && LIST_SEPARATOR.matcher(before).matches();
        if (resolves) {
          before = "";
        }
      }
      kept.append(before).append(' ');
      if (resolves) {
        references.add(ref.group(2) == null ? new String[] {ref.group(1)}
            : new String[] {ref.group(1), ref.group(2)});
      }
      previousResolved = resolves;
      last = ref.end();
    }
    kept.append(s, last, s.length());
    String cleaned = PINYIN.matcher(kept).replaceAll(" ");
    cleaned = withoutNotes(cleaned);
    if (!cleaned.isBlank()) {
      if (text.length() > 0) {
        text.append(" / ");
      }
      text.append(cleaned.trim().replaceAll("\\s+", " "));
    }
  }

  private static String withoutNotes(String s) {
    Matcher m = PARENTHESES.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    while (m.find()) {
      out.append(s, last, m.start()).append(' ');
      if (!isNote(m.group(1))) {
        out.append(m.group(1)).append(' ');
      }
      last = m.end();
    }
    out.append(s, last, s.length());
    return out.toString().replace('(', ' ').replace(')', ' ');
  }

  private static boolean isNote(String content) {
    String c = content.trim().toLowerCase(Locale.ROOT);
    if (c.isEmpty()) {
      return true;
    }
    for (String part : NOTE_PARTS.split(c)) {
      if (!part.isEmpty() && !NOTE_LABELS.contains(part)) {
        return false;
      }
    }
    return true;
  }
}
