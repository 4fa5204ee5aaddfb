package io.github.duiqi.cli;

import java.util.Locale;

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

  /** Counts of letters and of Han characters (code points). */
  record Letters(long letters, long han) {
    static Letters of(String text) {
      long letters = 0;
      long han = 0;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            han++;
          }
        }
      }
      return new Letters(letters, han);
    }

    double hanShare() {
      return letters == 0 ? 0 : (double) han / letters;
    }
  }

  /**
   * Returns a one-line message if a side looks like the wrong language, naming its file, or
   * null if both look right (or are too short to judge).
   */
  static String problem(String chinese, String english, String chineseFile, String englishFile) {
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

  private static String han(Letters l) {
    return String.format(Locale.ROOT, "%d of its %d letters Han", l.han(), l.letters());
  }
}
