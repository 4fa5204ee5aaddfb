package io.github.duiqi.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Catches files passed the wrong way round or the wrong file: a Chinese side with (almost) no
 * Han characters, or an English side that is mostly Han. Aligning them gives confident-looking
 * scores and mislabelled output, so they are refused unless the user says to go on.
 *
 * <pre>{@code
 * String problem = LanguageCheck.problem(chinese, english, "a.zh", "a.en");  // null: fine
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
final class LanguageCheck {

  /** The option that skips the check. */
  static final String SKIP_OPTION = "--no-language-check";
  /** Fewer letters than this say too little to judge. */
  static final int MIN_LETTERS = 20;
  /** A Chinese side needs at least this share of Han among its letters. */
  static final double MIN_HAN_IN_CHINESE = 0.05;
  /** An English side may have at most this share of Han among its letters. */
  static final double MAX_HAN_IN_ENGLISH = 0.5;

  private LanguageCheck() {}

  /** Texts longer than this many chars are judged from {@link #WINDOWS} evenly spaced windows. */
  static final int SAMPLE_FROM = 1 << 18;
  static final int WINDOWS = 64;

  /**
   * Counts of letters and of Han characters (code points), of the whole text or, for a long
   * one, of a sample: a share needs no more, and counting a 200 MB file took seconds.
   */
  record Letters(long letters, long han, boolean sampled) {
    static Letters of(CharSequence text) {
      int length = text.length();
      if (length <= SAMPLE_FROM) {
        long[] counts = new long[2];
        count(text, 0, length, counts);
        return new Letters(counts[0], counts[1], false);
      }
      long[] counts = new long[2];
      int window = SAMPLE_FROM / WINDOWS;
      for (int w = 0; w < WINDOWS; w++) {
        int from = (int) ((long) (length - window) * w / (WINDOWS - 1));
        count(text, from, from + window, counts);
      }
      return new Letters(counts[0], counts[1], true);
    }

    private static void count(CharSequence text, int from, int to, long[] counts) {
      for (int i = from; i < to; ) {
        int c = Character.codePointAt(text, i);
        i += Character.charCount(c);
        if (c < 0x80) {
          if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            counts[0]++;
          }
        } else if (Character.isLetter(c)) {
          counts[0]++;
          if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            counts[1]++;
          }
        }
      }
    }

    double hanShare() {
      return letters == 0 ? 0 : (double) han / letters;
    }
  }

  /**
   * Returns a one-line message if a side looks like the wrong language, naming its file, or
   * null if both look right (or are too short to judge).
   */
  static String problem(CharSequence chinese, CharSequence english, String chineseFile,
      String englishFile) {
    Letters zh = Letters.of(chinese);
    Letters en = Letters.of(english);
    boolean zhWrong = zh.letters() >= MIN_LETTERS && zh.hanShare() < MIN_HAN_IN_CHINESE;
    boolean enWrong = en.letters() >= MIN_LETTERS && en.hanShare() > MAX_HAN_IN_ENGLISH;
    if (zhWrong && enWrong) {
      return String.format(Locale.ROOT, "the Chinese file %s has %s and the English file %s %s:"
          + " the files look swapped (give ZH_FILE first, or %s to align anyway)", chineseFile,
          han(zh), englishFile, han(en), SKIP_OPTION);
    }
    if (zhWrong) {
      return String.format(Locale.ROOT, "the Chinese file %s does not look Chinese: %s (%s"
          + " aligns anyway)", chineseFile, han(zh), SKIP_OPTION);
    }
    if (enWrong) {
      return String.format(Locale.ROOT, "the English file %s does not look English: %s (%s"
          + " aligns anyway)", englishFile, han(en), SKIP_OPTION);
    }
    return null;
  }

  /**
   * Lines read one a sentence, seen as their text joined by line feeds (so a short file's
   * letters are counted exactly as in its text, and a long one is sampled at the same share of
   * its length), without making that text. Not thread-safe: it remembers the line last read.
   */
  static final class Lines implements CharSequence {
    private final List<String> lines;
    /** Where line k starts in the joined text; the last entry is the text's length. */
    private final int[] start;
    private int last;

    private Lines(List<String> lines, int[] start) {
      this.lines = lines;
      this.start = start;
    }

    static Lines of(List<String> lines) {
      int[] start = new int[lines.size() + 1];
      for (int k = 0; k < lines.size(); k++) {
        start[k + 1] = start[k] + lines.get(k).length() + (k + 1 < lines.size() ? 1 : 0);
      }
      return new Lines(lines, start);
    }

    @Override
    public int length() {
      return start[start.length - 1];
    }

    @Override
    public char charAt(int index) {
      Objects.checkIndex(index, length());
      int k = last;
      if (index < start[k] || index >= start[k + 1]) {
        k = Arrays.binarySearch(start, index);
        k = k >= 0 ? k : -k - 2;
        last = k;
      }
      String line = lines.get(k);
      int at = index - start[k];
      return at < line.length() ? line.charAt(at) : '\n';
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      Objects.checkFromToIndex(from, to, length());
      StringBuilder out = new StringBuilder(to - from);
      for (int i = from; i < to; i++) {
        out.append(charAt(i));
      }
      return out;
    }

    @Override
    public String toString() {
      return subSequence(0, length()).toString();
    }
  }

  private static String han(Letters l) {
    return l.sampled()
        ? String.format(Locale.ROOT, "%d of %d letters sampled Han", l.han(), l.letters())
        : String.format(Locale.ROOT, "%d of its %d letters Han", l.han(), l.letters());
  }
}
