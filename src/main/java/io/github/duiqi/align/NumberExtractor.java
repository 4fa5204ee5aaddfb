package io.github.duiqi.align;

import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * Finds the numbers a sentence mentions, as comparable keys, so that {@code 2月11日} on the
 * Chinese side and {@code February 11} on the English side both give {@code 2} and {@code 11}.
 *
 * <p>Recognised: Arabic digits (ASCII and full-width, with thousands separators and a decimal
 * part), Chinese numerals ({@code 三百二十}, {@code 一九八四}, {@code 两}), a multiplier after
 * digits ({@code 3万}, {@code 2.5 million}), English number words ({@code twenty-one}) and
 * English month names (as 1 to 12). The value 1 is ignored on both sides: {@code 一} and
 * {@code one} / {@code a} are too common as articles and in idioms to be evidence.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberExtractor {

  private static final Map<String, Long> SMALL_WORDS = Map.ofEntries(
      Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
      Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
      Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
      Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
      Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
      Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L),
      Map.entry("eighty", 80L), Map.entry("ninety", 90L), Map.entry("dozen", 12L));

  private static final long HALF = key(0.5);

  private static final Map<String, Long> MULTIPLIERS = Map.of(
      "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
      "trillion", 1_000_000_000_000L);

  private static final Map<String, Long> MONTHS = Map.ofEntries(
      Map.entry("January", 1L), Map.entry("February", 2L), Map.entry("March", 3L),
      Map.entry("April", 4L), Map.entry("May", 5L), Map.entry("June", 6L),
      Map.entry("July", 7L), Map.entry("August", 8L), Map.entry("September", 9L),
      Map.entry("October", 10L), Map.entry("November", 11L), Map.entry("December", 12L),
      Map.entry("Jan", 1L), Map.entry("Feb", 2L), Map.entry("Mar", 3L), Map.entry("Apr", 4L),
      Map.entry("Jun", 6L), Map.entry("Jul", 7L), Map.entry("Aug", 8L), Map.entry("Sep", 9L),
      Map.entry("Sept", 9L), Map.entry("Oct", 10L), Map.entry("Nov", 11L), Map.entry("Dec", 12L));

  /**
   * The months, number words and "half", lower-cased, in order; {@link #MONTH}, {@link #SMALL}
   * and {@link #MULTIPLIER} give each one's value as a month (capitalised as the map's key),
   * a small number word or a multiplier (0, -1 and 0 where it is none). The words are matched
   * in place by {@link #wordIndex}: no substring, lower-casing or map look-up, whose inlined
   * code made the compiler take a quarter to half a second for each of {@link #arabic} and
   * {@link #numberWord}, each time it compiled them.
   */
  private static final String[] WORDS;
  private static final long[] MONTH;
  private static final long[] SMALL;
  private static final long[] MULTIPLIER;
  /** Index of "may", a month only before a day number. */
  private static final int MAY;
  private static final int HALF_WORD;
  /**
   * {@code CANDIDATES[length][c]}: the indices of the words of this length that start with
   * lower-case letter {@code c}. Most English words match none.
   */
  private static final int[][][] CANDIDATES = new int[16][128][];

  static {
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    for (Map<String, Long> words : List.of(SMALL_WORDS, MULTIPLIERS, MONTHS)) {
      for (String w : words.keySet()) {
        all.add(w.toLowerCase(Locale.ROOT));
      }
    }
    all.add("half");
    WORDS = all.toArray(new String[0]);
    MONTH = new long[WORDS.length];
    SMALL = new long[WORDS.length];
    MULTIPLIER = new long[WORDS.length];
    for (int k = 0; k < WORDS.length; k++) {
      String w = WORDS[k];
      Long month = MONTHS.get(Character.toUpperCase(w.charAt(0)) + w.substring(1));
      MONTH[k] = month == null ? 0 : month;
      SMALL[k] = SMALL_WORDS.getOrDefault(w, -1L);
      MULTIPLIER[k] = MULTIPLIERS.getOrDefault(w, 0L);
      int[] list = CANDIDATES[w.length()][w.charAt(0)];
      list = list == null ? new int[1] : java.util.Arrays.copyOf(list, list.length + 1);
      list[list.length - 1] = k;
      CANDIDATES[w.length()][w.charAt(0)] = list;
    }
    MAY = java.util.Arrays.asList(WORDS).indexOf("may");
    HALF_WORD = java.util.Arrays.asList(WORDS).indexOf("half");
  }

  /** Bits of the lower-case hashes of every candidate word (see {@link #candidate}). */
  private static final long[] CANDIDATE_HASHES = new long[64];

  static {
    for (String w : WORDS) {
      int bit = hashBit(w.hashCode());
      CANDIDATE_HASHES[bit >>> 6] |= 1L << bit;
    }
  }

  private static int hashBit(int hash) {
    return (hash ^ hash >>> 16) & 4095;
  }

  /**
   * True if the ASCII word {@code s[start..end)}, whose lower-case hash is {@code h}, may be a
   * month, number word or "half": the hash is one of theirs (about 1.5 % of other words pass),
   * and then the word equals one of them, ignoring case.
   */
  private static boolean candidate(String s, int start, int end, int h) {
    int bit = hashBit(h);
    return (CANDIDATE_HASHES[bit >>> 6] & 1L << bit) != 0 && wordIndex(s, start, end) >= 0;
  }

  /**
   * The index in {@link #WORDS} of the word {@code s[start..end)} (letters), ignoring case, or
   * -1. A word with a letter outside ASCII is none of them: no such letter lower-cases to the
   * ASCII letters they are made of (the Kelvin sign gives k, which none has; İ gives i and a
   * combining dot), so this is the look-up of the word lower-cased in the maps.
   */
  private static int wordIndex(String s, int start, int end) {
    int length = end - start;
    if (length == 0 || length >= CANDIDATES.length) {
      return -1;
    }
    char first = s.charAt(start);
    if (first >= 128) {
      return -1;
    }
    int[] list = CANDIDATES[length][first | 0x20];
    if (list == null) {
      return -1;
    }
    for (int k : list) {
      if (equalsIgnoringCase(s, start, WORDS[k])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * True if the letters {@code s[start..start + lower.length())} are {@code lower} (ASCII
   * letters and spaces, lower case) in any case: an ASCII letter's lower case is
   * {@code | 0x20}, and a space's is itself.
   */
  static boolean equalsIgnoringCase(String s, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = s.charAt(start + k);
      if (c >= 128 || (c | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#isLetter(char)}, looked up. */
  private static final boolean[] LETTER = new boolean[0x10000];
  /**
   * What each character may start, where {@link #extract} stops to look: one look-up a
   * character instead of the tests in turn (most characters start nothing).
   */
  private static final byte[] START = new byte[0x10000];
  private static final byte NOTHING = 0;
  private static final byte ARABIC = 1;
  private static final byte HALF_SIGN = 2;
  private static final byte NUMERAL = 3;
  private static final byte WORD = 4;

  static {
    for (int c = 0; c < LETTER.length; c++) {
      char ch = (char) c;
      LETTER[c] = Character.isLetter(ch);
      // the order of the tests is extract's: a digit first, then 半, a numeral, a Latin letter
      START[c] = digit(ch) >= 0 ? ARABIC : ch == '\u534a' ? HALF_SIGN
          : chineseDigit(ch) >= 0 || chineseUnit(ch) > 0 ? NUMERAL
          : LETTER[c] && ch < 0x250 ? WORD : NOTHING;
    }
  }

  /** Receives each number found, as a key: the value times 100, rounded. */
  interface Sink {
    void accept(long key);
  }

  private NumberExtractor() {}

  static long key(double value) {
    return Math.round(value * 100.0);
  }

  /**
   * {@code s}'s characters from index 0: in {@code buffer} if it is long enough, else in a
   * larger array, which the caller keeps as its buffer for the next sentence.
   */
  static char[] chars(String s, char[] buffer) {
    char[] out = s.length() <= buffer.length ? buffer
        : new char[Math.max(s.length(), 2 * buffer.length)];
    s.getChars(0, s.length(), out, 0);
    return out;
  }

  /** Reports every number in {@code s}, Chinese numerals and English words included. */
  static void extract(String s, Sink sink) {
    extract(s, s.toCharArray(), sink);
  }

  /**
   * {@link #extract(String, Sink)}, with {@code s}'s characters in {@code chars[0..s.length())}
   * (a buffer the caller reuses): the loop over every character reads the array, so that its
   * compiled code is the same for Latin-1 and UTF-16 strings (a loop over {@code charAt} of
   * both kinds was compiled again each time it met the other); the rare paths read {@code s}.
   */
  static void extract(String s, char[] chars, Sink sink) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int start = START[chars[i]];
      if (start == NOTHING) {
        i++;
      } else if (start == WORD) {
        i = english(s, chars, i, sink);
      } else if (start == ARABIC) {
        i = arabic(s, i, sink);
      } else if (start == HALF_SIGN) {
        emit(0.5, sink); // 半 = half: 半个世纪, 一半, 半小时
        i++;
      } else {
        i = chinese(s, i, sink);
      }
    }
  }

  private static int digit(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= '０' && ch <= '９') {
      return ch - '０';
    }
    return -1;
  }

  private static int arabic(String s, int start, Sink sink) {
    int n = s.length();
    int i = start;
    double value = 0;
    while (i < n) {
      int d = digit(s.charAt(i));
      if (d >= 0) {
        value = value * 10 + d;
        i++;
      } else if (s.charAt(i) == ',' && i + 3 < n + 1 && threeDigits(s, i + 1)) {
        i++; // thousands separator
      } else {
        break;
      }
    }
    if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == '．') && digit(s.charAt(i + 1)) >= 0) {
      i++;
      double scale = 0.1;
      while (i < n && digit(s.charAt(i)) >= 0) {
        value += digit(s.charAt(i)) * scale;
        scale /= 10;
        i++;
      }
    }
    int after = i;
    while (after < n && s.charAt(after) == ' ') {
      after++;
    }
    if (after < n) {
      long unit = chineseUnit(s.charAt(after));
      if (unit >= 10_000) {
        value *= unit;
        i = after + 1;
      } else {
        int wordEnd = after;
        while (wordEnd < n && LETTER[s.charAt(wordEnd)]) {
          wordEnd++;
        }
        int w = wordIndex(s, after, wordEnd);
        if (w >= 0 && MULTIPLIER[w] >= 1_000) {
          value *= MULTIPLIER[w];
          i = wordEnd;
        }
      }
    }
    emit(value, sink);
    return i;
  }

  private static boolean threeDigits(String s, int from) {
    if (from + 3 > s.length()) {
      return false;
    }
    for (int k = from; k < from + 3; k++) {
      if (digit(s.charAt(k)) < 0) {
        return false;
      }
    }
    return from + 3 == s.length() || digit(s.charAt(from + 3)) < 0;
  }

  private static int chineseDigit(char ch) {
    switch (ch) {
      case '零': case '〇': return 0;
      case '一': return 1;
      case '二': case '两': case '兩': return 2;
      case '三': return 3;
      case '四': return 4;
      case '五': return 5;
      case '六': return 6;
      case '七': return 7;
      case '八': return 8;
      case '九': return 9;
      default: return -1;
    }
  }

  private static long chineseUnit(char ch) {
    switch (ch) {
      case '十': return 10;
      case '百': return 100;
      case '千': return 1_000;
      case '万': case '萬': return 10_000;
      case '亿': case '億': return 100_000_000;
      default: return 0;
    }
  }

  private static int chinese(String s, int start, Sink sink) {
    int n = s.length();
    if (s.charAt(start) == '一' && (start + 1 == n || START[s.charAt(start + 1)] != NUMERAL)) {
      return start + 1; // 一 alone, the commonest numeral, is 1: never evidence (see emit)
    }
    int i = start;
    boolean hasUnit = false;
    while (i < n && (chineseDigit(s.charAt(i)) >= 0 || chineseUnit(s.charAt(i)) > 0)) {
      hasUnit |= chineseUnit(s.charAt(i)) > 0;
      i++;
    }
    String run = s.substring(start, i);
    // idioms built from numerals that do not mean a number: 十分 (very), 千万 (by all means),
    // 万一 (in case), 万分 (extremely)
    if (run.equals("十") && i < n && s.charAt(i) == '分'
        || run.equals("千万") || run.startsWith("万一") || run.equals("万") && i < n
            && s.charAt(i) == '分') {
      return i;
    }
    long value;
    if (!hasUnit && run.length() >= 2) {
      value = 0; // digit by digit, as years are written: 一九八四
      for (int k = 0; k < run.length(); k++) {
        value = value * 10 + chineseDigit(run.charAt(k));
      }
    } else {
      long total = 0;
      long section = 0;
      long number = 0;
      for (int k = 0; k < run.length(); k++) {
        char ch = run.charAt(k);
        int d = chineseDigit(ch);
        if (d >= 0) {
          number = d;
          continue;
        }
        long unit = chineseUnit(ch);
        if (unit >= 10_000) {
          section = (section + number) * unit;
          total += section;
          section = 0;
        } else {
          section += (number == 0 ? 1 : number) * unit;
        }
        number = 0;
      }
      value = total + section + number;
    }
    emit(value, sink);
    return i;
  }

  private static int english(String s, char[] chars, int start, Sink sink) {
    int n = s.length();
    int i = start;
    // the word's lower-case hash as it is read: every candidate is ASCII, and for an ASCII
    // letter c | 0x20 is its lower case
    int h = 0;
    int wide = 0;
    while (i < n) {
      char c = chars[i];
      if (!LETTER[c]) {
        break;
      }
      wide |= c & 0xFF80;
      h = 31 * h + (c | 0x20);
      i++;
    }
    return wide == 0 && candidate(s, start, i, h) ? numberWord(s, start, i, sink) : i;
  }

  /**
   * A month, number word or "half" at {@code s[start..end)}, and the number words that follow.
   * Apart from {@link #english}, whose every-word path stays small for the compiler (inlined
   * together, the rare path made the JIT recompile the whole several times as it met months and
   * numbers).
   */
  private static int numberWord(String s, int start, int firstEnd, Sink sink) {
    int n = s.length();
    int i = firstEnd;
    int first = wordIndex(s, start, i);
    if (MONTH[first] > 0 && capitalised(s, start, WORDS[first])) {
      // "May" is mostly the verb: count it only before a day number
      int after = i;
      while (after < n && (s.charAt(after) == ' ' || s.charAt(after) == '.')) {
        after++;
      }
      if (first != MAY || after < n && digit(s.charAt(after)) >= 0) {
        emit(MONTH[first], sink);
      }
      return i;
    }
    if (first == HALF_WORD) {
      sink.accept(HALF);
      return i;
    }
    if (SMALL[first] < 0) {
      return i;
    }
    // a run of number words: "twenty-one", "three hundred and five", "two million"
    long total = 0;
    long current = 0;
    int end = i;
    int pos = start;
    while (true) {
      int wordEnd = pos;
      while (wordEnd < n && LETTER[s.charAt(wordEnd)]) {
        wordEnd++;
      }
      int w = wordIndex(s, pos, wordEnd);
      long small = w >= 0 ? SMALL[w] : -1;
      long mult = w >= 0 ? MULTIPLIER[w] : 0;
      if (small >= 0) {
        current += small;
      } else if (mult > 0) {
        current = (current == 0 ? 1 : current) * mult;
        if (mult >= 1_000) {
          total += current;
          current = 0;
        }
      } else if (wordEnd - pos != 3 || !equalsIgnoringCase(s, pos, "and") || pos == start) {
        break;
      }
      if (small >= 0 || mult > 0) {
        end = wordEnd;
      }
      int next = wordEnd;
      if (next < n && (s.charAt(next) == ' ' || s.charAt(next) == '-')) {
        next++;
      }
      if (next == wordEnd || next >= n || !LETTER[s.charAt(next)]) {
        break;
      }
      pos = next;
    }
    emit(total + current, sink);
    return end;
  }

  /** True if {@code s} at {@code start} is {@code lower} capitalised: the months' own case. */
  private static boolean capitalised(String s, int start, String lower) {
    if (s.charAt(start) != lower.charAt(0) - ('a' - 'A')) {
      return false;
    }
    for (int k = 1; k < lower.length(); k++) {
      if (s.charAt(start + k) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static void emit(double value, Sink sink) {
    if (value != 1.0) {
      sink.accept(key(value));
    }
  }
}
