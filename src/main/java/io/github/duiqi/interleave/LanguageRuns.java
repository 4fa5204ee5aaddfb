package io.github.duiqi.interleave;

import io.github.duiqi.split.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Chinese and English runs of an interleaved stream.
 *
 * <p>The stream is cut into small units: after a sentence terminator (with the closing quotes and
 * brackets that follow it) and at every line break. Each unit takes the language that dominates
 * it, a Han character weighing as much as {@link #HAN_WEIGHT} Latin letters since an English
 * rendering runs to about three letters a Han character; units with neither (numbers, symbols)
 * join a neighbour. Consecutive units of one language form a run. Over-cutting is harmless here
 * (abbreviations such as "U.S." only cut an English run into English units), so the cut rule can
 * be simpler than the sentence splitter's; what must never happen is a Chinese and an English
 * sentence in one unit, and every terminator, of either width, ends a unit.
 *
 * <p>A short run with the other language on both sides and no line break at either seam is an
 * island (an English title quoted in a Chinese sentence, a Chinese name in an English one) and
 * joins its neighbours.
 */
public final class LanguageRuns {

  /** Latin letters one Han character weighs when deciding a unit's language. */
  static final int HAN_WEIGHT = 3;

  /** An island shorter than this, in Latin-letter weight, joins the runs around it. */
  static final int ISLAND_WEIGHT = 40;

  private LanguageRuns() {}

  /**
   * Returns the runs of {@code text} in order; empty only when the text is blank. Every
   * non-whitespace character lies in exactly one run. Text with no Han character at all is one
   * English run; text with no letter of either script (numbers, symbols) is one Chinese run.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static List<LanguageRun> find(CharSequence text) {
    List<Unit> units = units(text);
    List<Unit> runs = merge(units);
    runs = absorbIslands(runs);
    List<LanguageRun> result = new ArrayList<>(runs.size());
    for (Unit run : runs) {
      result.add(new LanguageRun(run.language, run.start, run.end, run.breakBefore));
    }
    return result;
  }

  /** A unit or run under construction: {@code language} is null while undecided. */
  private static final class Unit {
    Language language;
    final int start;
    int end;
    final boolean breakBefore;
    int weight;

    Unit(Language language, int start, int end, boolean breakBefore, int weight) {
      this.language = language;
      this.start = start;
      this.end = end;
      this.breakBefore = breakBefore;
      this.weight = weight;
    }
  }

  private static List<Unit> units(CharSequence text) {
    List<Unit> units = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean lineBreak = false;
    while (i < n) {
      // skip whitespace between units, remembering line breaks
      while (i < n && isSpace(text.charAt(i))) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          lineBreak = true;
        }
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int han = 0;
      int latin = 0;
      int lastNonSpace = i;
      while (i < n) {
        int cp = Character.codePointAt(text, i);
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
          break;
        }
        int width = Character.charCount(cp);
        if (isHan(cp)) {
          han++;
        } else if (isLatinLetter(cp)) {
          latin++;
        }
        if (!isSpace(c)) {
          lastNonSpace = i + width;
        }
        i += width;
        if (isTerminator(cp, text, i)) {
          while (i < n && isCloser(text.charAt(i)) && !opensWhatFollows(text, i)) {
            i++;
          }
          lastNonSpace = i;
          break;
        }
      }
      if (han > 0 && latin > 0) {
        addCutAtSeams(units, text, start, lastNonSpace, lineBreak);
      } else {
        units.add(unit(text, start, lastNonSpace, lineBreak));
      }
      lineBreak = false;
    }
    return units;
  }

  /** A unit of {@code [start, end)}, its language the one that dominates it. */
  private static Unit unit(CharSequence text, int start, int end, boolean breakBefore) {
    int han = 0;
    int latin = 0;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      if (isHan(cp)) {
        han++;
      } else if (isLatinLetter(cp)) {
        latin++;
      }
      i += Character.charCount(cp);
    }
    Language language = null;
    int hanWeight = han * HAN_WEIGHT;
    if (hanWeight > 0 || latin > 0) {
      language = hanWeight >= latin ? Language.CHINESE : Language.ENGLISH;
    }
    if (language == Language.ENGLISH && han >= MIN_HAN_OVER_LATIN
        && !hasFunctionWord(text, start, end)) {
      // Latin-heavy Chinese: names, products and web addresses in a Chinese sentence
      // ("收购了Bookstore.com，Toys.com和Tools.com。") outweigh its Han, but English prose of
      // that length always has a function word
      language = Language.CHINESE;
    }
    return new Unit(language, start, end, breakBefore, Math.max(hanWeight, latin));
  }

  /** Han characters that make a unit with no English function word Chinese. */
  static final int MIN_HAN_OVER_LATIN = 2;

  private static boolean hasFunctionWord(CharSequence text, int start, int end) {
    return latinWords(text, start, end)[1] > 0;
  }

  /** Returns {words, function words} among the Latin words of {@code [start, end)}. */
  private static int[] latinWords(CharSequence text, int start, int end) {
    int words = 0;
    int function = 0;
    int i = start;
    while (i < end) {
      if (!isLatinLetter(Character.codePointAt(text, i))) {
        i++;
        continue;
      }
      int w = i;
      // "Toys.com" and "don't" are one word
      while (i < end && (isLatinLetter(Character.codePointAt(text, i))
          || (i + 1 < end && isWordJoiner(text.charAt(i))
              && isLatinLetter(Character.codePointAt(text, i + 1))))) {
        i++;
      }
      words++;
      if (FUNCTION_WORDS.contains(text.subSequence(w, i).toString()
          .toLowerCase(java.util.Locale.ROOT))) {
        function++;
      }
    }
    return new int[] {words, function};
  }

  /**
   * Adds the unit {@code [start, end)}, which holds both scripts, cut where a stretch of Han
   * meets a stretch of English prose with no terminator between them: an untranslated heading
   * and the sentence after it ("名称Which is not..."), or an English heading before a Chinese
   * sentence. A Latin stretch is prose when it has {@value #PROSE_WORDS} words or more and an
   * English function word ("of", "the", "is"...); a Han stretch counts when it has
   * {@value #SEAM_HAN} Han characters or more. Names, terms and lists inside Chinese (COVID-19,
   * GIS Data Model, Toys.com) are not prose, and a stretch wholly inside brackets or quotes (a
   * title) is never cut out.
   */
  private static void addCutAtSeams(List<Unit> units, CharSequence text, int start, int end,
      boolean breakBefore) {
    List<int[]> segments = scriptSegments(text, start, end);
    int from = start;
    boolean breakFlag = breakBefore;
    for (int k = 0; k + 1 < segments.size(); k++) {
      int[] a = segments.get(k);
      int[] b = segments.get(k + 1);
      if (significant(text, a) && significant(text, b) && !joined(text, a, b)) {
        units.add(unit(text, from, a[1], breakFlag));
        from = b[0];
        breakFlag = false;
      }
    }
    units.add(unit(text, from, end, breakFlag));
  }

  /** Han characters a stretch needs to be cut from English prose next to it. */
  static final int SEAM_HAN = 3;
  /** Words a Latin stretch with a function word needs to count as prose. */
  static final int PROSE_WORDS = 3;

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a",
      "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is",
      "are", "was", "were", "be", "been", "it", "its", "this", "that", "not", "but", "he",
      "she", "we", "they", "you", "his", "her", "their", "has", "have", "had", "will", "can");

  /**
   * Cuts {@code [start, end)} into stretches of one script: {start, end, script} with script 0
   * for Han and 1 for Latin. Neutral characters after a stretch's last letter stay with it
   * (closing quotes, commas), except from the first space or opening quote or bracket on, which
   * go with the next stretch. Every stretch starts and ends on a visible character.
   */
  private static List<int[]> scriptSegments(CharSequence text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int segStart = start;
    int script = -1;
    int lastLetterEnd = start;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      int width = Character.charCount(cp);
      int s = isHan(cp) ? 0 : isLatinLetter(cp) ? 1 : -1;
      if (s >= 0 && script >= 0 && s != script) {
        int cut = lastLetterEnd;
        while (cut < i && !isSpace(text.charAt(cut)) && !isOpener(text.charAt(cut))
            && !Character.isLetterOrDigit(text.charAt(cut))) {
          cut++;
        }
        int segEnd = cut;
        while (segEnd > segStart && isSpace(text.charAt(segEnd - 1))) {
          segEnd--;
        }
        while (cut < i && isSpace(text.charAt(cut))) {
          cut++;
        }
        out.add(new int[] {segStart, segEnd, script});
        segStart = cut;
      }
      if (s >= 0) {
        script = s;
        lastLetterEnd = i + width;
      }
      i += width;
    }
    out.add(new int[] {segStart, end, Math.max(script, 0)});
    return out;
  }

  private static boolean significant(CharSequence text, int[] segment) {
    if (segment[2] == 0) {
      int han = 0;
      for (int i = segment[0]; i < segment[1]; ) {
        int cp = Character.codePointAt(text, i);
        han += isHan(cp) ? 1 : 0;
        i += Character.charCount(cp);
      }
      return han >= SEAM_HAN;
    }
    int[] words = latinWords(text, segment[0], segment[1]);
    return words[0] >= PROSE_WORDS && words[1] > 0;
  }

  private static boolean isWordJoiner(char c) {
    return c == '.' || c == '\'' || c == '’' || c == '-';
  }

  /**
   * Whether no cut may fall between stretches {@code a} and {@code b}: where {@code b} opens
   * with a bracket ("如（Smith and Jones，2001）", a citation or gloss inside Chinese), where
   * {@code a} closes with one, or where either is wholly inside quotes or brackets (a title:
   * "《The Old Man and the Sea》").
   */
  private static boolean joined(CharSequence text, int[] a, int[] b) {
    return isBracketOpener(text.charAt(b[0])) || isBracketCloser(lastBeforePunctuation(text, a))
        || enclosed(text, a) || enclosed(text, b);
  }

  private static boolean enclosed(CharSequence text, int[] segment) {
    return segment[1] - segment[0] >= 2 && isOpener(text.charAt(segment[0]))
        && isCloser(lastBeforePunctuation(text, segment));
  }

  /** The stretch's last character before trailing terminators, commas and the like. */
  private static char lastBeforePunctuation(CharSequence text, int[] segment) {
    int i = segment[1] - 1;
    while (i > segment[0] && "。.!?！？；;，,、：:…".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return text.charAt(i);
  }

  private static boolean isBracketOpener(char c) {
    return "(（《「『〈〔".indexOf(c) >= 0;
  }

  private static boolean isBracketCloser(char c) {
    return ")）》」』〉〕".indexOf(c) >= 0;
  }

  private static boolean isOpener(char c) {
    switch (c) {
      case '“': case '‘': case '"': case '\'': case '(': case '\uFF08': case '「': case '『':
      case '《': case '【': case '[': case '〔': case '〈':
        return true;
      default:
        return false;
    }
  }

  /** Joins consecutive units of one language, and units of no language to a neighbour. */
  private static List<Unit> merge(List<Unit> units) {
    List<Unit> runs = new ArrayList<>();
    Unit pendingNeutral = null;
    for (Unit unit : units) {
      if (unit.language == null) {
        if (pendingNeutral != null) {
          pendingNeutral.end = unit.end;
        } else if (!runs.isEmpty() && !unit.breakBefore) {
          runs.get(runs.size() - 1).end = unit.end;
        } else {
          pendingNeutral = unit;
        }
        continue;
      }
      Unit last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (pendingNeutral != null) {
        // a number or symbol line on its own goes with what follows it (a list number, say)
        boolean sameAsLast = last != null && last.language == unit.language;
        if (sameAsLast) {
          last.end = unit.end;
          last.weight += unit.weight;
        } else {
          runs.add(new Unit(unit.language, pendingNeutral.start, unit.end,
              pendingNeutral.breakBefore, unit.weight));
        }
        pendingNeutral = null;
        continue;
      }
      if (last != null && last.language == unit.language) {
        last.end = unit.end;
        last.weight += unit.weight;
      } else {
        runs.add(new Unit(unit.language, unit.start, unit.end, unit.breakBefore, unit.weight));
      }
    }
    if (pendingNeutral != null) {
      if (runs.isEmpty()) {
        // no letters at all (numbers, symbols): still text, kept as one Chinese run
        pendingNeutral.language = Language.CHINESE;
        runs.add(pendingNeutral);
      } else {
        runs.get(runs.size() - 1).end = pendingNeutral.end;
      }
    }
    return runs;
  }

  private static List<Unit> absorbIslands(List<Unit> runs) {
    if (runs.size() < 3) {
      return runs;
    }
    List<Unit> out = new ArrayList<>();
    out.add(runs.get(0));
    for (int r = 1; r < runs.size(); r++) {
      Unit run = runs.get(r);
      Unit last = out.get(out.size() - 1);
      boolean island = r + 1 < runs.size()
          && run.weight < ISLAND_WEIGHT
          && !run.breakBefore
          && !runs.get(r + 1).breakBefore
          && last.language == runs.get(r + 1).language
          && run.weight * 4 < Math.min(last.weight, runs.get(r + 1).weight);
      if (island) {
        Unit next = runs.get(++r);
        last.end = next.end;
        last.weight += next.weight;
      } else if (last.language == run.language) {
        last.end = run.end;
        last.weight += run.weight;
      } else {
        out.add(run);
      }
    }
    return out;
  }

  /**
   * Whether {@code cp}, before {@code next}, ends a unit ({@link Chars#RUN_ENDS}); a period only
   * where no letter or digit follows at once (not inside "3.5" or "U.S.A").
   */
  static boolean isTerminator(int cp, CharSequence text, int next) {
    if (cp == '.') {
      if (next >= text.length()) {
        return true;
      }
      int after = Character.codePointAt(text, next);
      return !Character.isLetterOrDigit(after) || isHan(after);
    }
    return Chars.endsRun(cp);
  }

  /**
   * Whether the straight quote at {@code i} opens the text after it rather than closing the
   * sentence before it: a quote followed at once by a Latin letter or digit, as where an English
   * line of dialogue ({@code 'What's your name?'}) follows a Chinese sentence with nothing
   * between them. A closing quote is followed by a space, punctuation, Han or the end.
   */
  private static boolean opensWhatFollows(CharSequence text, int i) {
    char c = text.charAt(i);
    if ((c != '\'' && c != '"') || i + 1 >= text.length()) {
      return false;
    }
    int next = Character.codePointAt(text, i + 1);
    return isLatinLetter(next) || Character.isDigit(next);
  }

  static boolean isCloser(char c) {
    return Chars.isCloserAfterEnd(c);
  }

  static boolean isSpace(char c) {
    return Chars.isSpaceOrByteOrderMark(c);
  }

  /** Han, or the kana and Bopomofo that count with it ({@link Chars#CHINESE_SIDE_SCRIPT}). */
  static boolean isHan(int cp) {
    return Chars.isChineseSideScript(cp);
  }

  static boolean isLatinLetter(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
        && !(cp >= 0xFF21 && cp <= 0xFF5A);
  }
}
