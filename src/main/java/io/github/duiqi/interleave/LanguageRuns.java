package io.github.duiqi.interleave;

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
          while (i < n && isCloser(text.charAt(i))) {
            i++;
          }
          lastNonSpace = i;
          break;
        }
      }
      Language language = null;
      int hanWeight = han * HAN_WEIGHT;
      if (hanWeight > 0 || latin > 0) {
        language = hanWeight >= latin ? Language.CHINESE : Language.ENGLISH;
      }
      units.add(new Unit(language, start, lastNonSpace, lineBreak, Math.max(hanWeight, latin)));
      lineBreak = false;
    }
    return units;
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

  static boolean isTerminator(int cp, CharSequence text, int next) {
    switch (cp) {
      case '。': case '!': case '?': case '\uFF01': case '\uFF1F': case '\uFF61': case '\uFF1B':
      case '…':
        return true;
      case '.':
        // not inside a number or an abbreviation written without spaces ("3.5", "U.S.A")
        if (next >= text.length()) {
          return true;
        }
        int after = Character.codePointAt(text, next);
        return !Character.isLetterOrDigit(after) || isHan(after);
      default:
        return false;
    }
  }

  static boolean isCloser(char c) {
    switch (c) {
      case '”': case '’': case '"': case '\'': case ')': case '\uFF09': case '」': case '』':
      case '》': case '】': case ']': case '〕': case '〉':
        return true;
      default:
        return false;
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static boolean isHan(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.BOPOMOFO
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  static boolean isLatinLetter(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
        && !(cp >= 0xFF21 && cp <= 0xFF5A);
  }
}
