package io.github.duiqi.split;

import java.util.Objects;

/**
 * The one normalisation of segment text, as translation memories and MT corpora expect it: a
 * hard-wrapped sentence reads as if it had never been wrapped.
 *
 * <ul>
 *   <li>Whitespace at the start and the end is removed.
 *   <li>A line break alone (LF, CR, CR LF, or anything else a line reader may end a line at:
 *       VT, FF, U+001C–U+001E, NEL, U+2028, U+2029), with no other whitespace beside it, is
 *       removed where one of its neighbours is written without spaces
 *       ({@link Chars#isWrittenWithoutSpaces}: Han, kana, Bopomofo, CJK and full-width
 *       punctuation), since Chinese is wrapped anywhere ({@code 父の\n家}, {@code 2020\n年},
 *       {@code ”\n他说}); in text that holds Chinese (a Han, kana or Bopomofo character) also
 *       everywhere else ({@code 70—\n1859}, {@code MeV\n/A}) but between two letters, where it
 *       stands for the space at which English quoted in Chinese was wrapped. Elsewhere it is one
 *       space: English is wrapped at its spaces.
 *   <li>A line break with other whitespace beside it is one space: the space was in the text.
 *   <li>A single space character stays as it is, a no-break or an ideographic space too: it was
 *       chosen. Every other run of whitespace ({@link Chars#isWhitespace}, and NEL) becomes one
 *       space U+0020: a tab, two spaces, a space beside a line break.
 * </ul>
 *
 * <pre>{@code
 * SegmentText.normalize("これは父の\n家です。")            // "これは父の家です。"
 * SegmentText.normalize("a hard-\nwrapped  line\t")      // "a hard- wrapped line"
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class SegmentText {

  private SegmentText() {}

  /**
   * Returns {@code text} normalised as described above; the text itself (no copy) when nothing
   * changes.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (isNormal(text, n)) {
      return text.toString();
    }
    boolean spaceless = holdsChinese(text, n);
    StringBuilder b = new StringBuilder(n);
    int i = 0;
    while (i < n && isSpace(text.charAt(i))) {
      i++;
    }
    while (i < n) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
        i++;
        continue;
      }
      int from = i;
      boolean lineBreak = false;
      boolean otherSpace = false;
      while (i < n && isSpace(text.charAt(i))) {
        if (Chars.breaksLine(text.charAt(i))) {
          lineBreak = true;
        } else {
          otherSpace = true;
        }
        i++;
      }
      if (i == n) {
        break;
      }
      int left = Character.codePointBefore(text, from);
      int right = Character.codePointAt(text, i);
      if (i - from == 1 && Character.getType(text.charAt(from)) == Character.SPACE_SEPARATOR) {
        b.append(text.charAt(from)); // one space, no-break or ideographic ones too, was chosen
      } else if (!lineBreak || !joins(left, right, otherSpace, spaceless)) {
        b.append(' ');
      }
    }
    return b.toString();
  }

  private static boolean joins(int left, int right, boolean otherSpace, boolean spaceless) {
    if (otherSpace) {
      return false; // the space was in the text before it was wrapped
    }
    if (joinsBareBreak(left, right)) {
      return true;
    }
    // Chinese text is wrapped anywhere (70—\n1859, MeV\n/A); only a break between two letters
    // may stand for a space, as English quoted in it is wrapped at its spaces
    return spaceless && joinsInChinese(left, right);
  }

  /** Whether a line break alone between {@code left} and {@code right} is joined in Chinese. */
  static boolean joinsInChinese(int left, int right) {
    return !(Character.isLetter(left) && Character.isLetter(right));
  }

  /**
   * Whether a line break alone between {@code left} and {@code right} is joined with nothing in
   * any text: one of them is written without spaces. The scanner reads wraps by this rule.
   */
  static boolean joinsBareBreak(int left, int right) {
    return Chars.isWrittenWithoutSpaces(left) || Chars.isWrittenWithoutSpaces(right);
  }

  /** Whether the text holds a Chinese-side character (Han, kana, Bopomofo). */
  private static boolean holdsChinese(CharSequence text, int n) {
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x2E80 && Chars.isChineseSideScript(Character.codePointAt(text, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whitespace of segment text: the splitter's, and NEL, a line end for Unicode and Python. */
  private static boolean isSpace(char c) {
    return Chars.isWhitespace(c) || c == '\u0085';
  }

  /** Whether no rule applies: no outer whitespace, and every gap a single space character. */
  private static boolean isNormal(CharSequence text, int n) {
    if (n == 0) {
      return true;
    }
    if (isSpace(text.charAt(0)) || isSpace(text.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (isSpace(c) && (Character.getType(c) != Character.SPACE_SEPARATOR
          || isSpace(text.charAt(i + 1)))) {
        return false;
      }
    }
    return true;
  }
}
