package io.github.duiqi.format;

/**
 * What each format does with characters it cannot hold (docs/formats.md describes the same
 * rules for users). Every method returns its input itself when nothing needs to change, so the
 * common case allocates nothing.
 */
final class TextPolicy {

  /** Stands for a character the format cannot hold. */
  static final char REPLACEMENT = '\uFFFD';

  private TextPolicy() {}

  /** Counts of characters written differently from the input. */
  static final class Counts {
    long escaped;
    long replaced;
  }

  /** Returns whether {@code s[i]} is a surrogate that is not half of a well-formed pair. */
  static boolean isLoneSurrogate(CharSequence s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  /**
   * TSV: backslash, tab, line feed and carriage return become {@code \\ \t \n \r}, lone
   * surrogates {@code \}{@code uXXXX}; {@link #tsvUnescape} undoes it exactly.
   */
  static String tsvEscape(String s, Counts counts) {
    int i = 0;
    while (i < s.length() && !tsvNeedsEscape(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!tsvNeedsEscape(s, i)) {
        out.append(c);
        continue;
      }
      counts.escaped++;
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> appendUnicodeEscape(out, c);
      }
    }
    return out.toString();
  }

  private static boolean tsvNeedsEscape(String s, int i) {
    char c = s.charAt(i);
    // a quote that starts a field would start a quoted field for Python's csv and pandas; a
    // U+FEFF that starts the file's first field would read as a byte order mark and be dropped
    return c == '\\' || c == '\t' || c == '\n' || c == '\r' || isLoneSurrogate(s, i)
        || (c == '"' || c == '\uFEFF') && i == 0;
  }

  private static void appendUnicodeEscape(StringBuilder out, char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
    out.append("0".repeat(4 - hex.length())).append(hex);
  }

  /**
   * Undoes {@link #tsvEscape}. A backslash that starts no known escape is kept as it is, so
   * TSV from other tools with plain backslashes (e.g. Windows paths) reads as written.
   */
  static String tsvUnescape(String s) {
    int i = s.indexOf('\\');
    if (i < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = s.charAt(i + 1);
      switch (next) {
        case '\\' -> out.append('\\');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'u' -> {
          int code = i + 6 <= s.length() ? parseHex(s, i + 2, i + 6) : -1;
          if (code < 0) {
            out.append(c);
            i++;
            continue;
          }
          out.append((char) code);
          i += 6;
          continue;
        }
        default -> {
          out.append(c);
          i++;
          continue;
        }
      }
      i += 2;
    }
    return out.toString();
  }

  private static int parseHex(String s, int from, int to) {
    int value = 0;
    for (int k = from; k < to; k++) {
      int digit = Character.digit(s.charAt(k), 16);
      if (digit < 0 || s.charAt(k) > 'f') {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }

  /** Returns whether XML 1.0's {@code Char} production allows {@code s[i]}. */
  static boolean isXmlChar(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    if (Character.isSurrogate(c)) {
      return !isLoneSurrogate(s, i);
    }
    return c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * XML (TMX): characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone
   * surrogates) become U+FFFD, counted as replaced. Carriage returns stay: the TMX writer
   * writes them as character references so that parsers do not turn them into line feeds.
   */
  static String xmlSafe(String s, Counts counts) {
    int i = 0;
    while (i < s.length() && isXmlChar(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      if (isXmlChar(s, i)) {
        out.append(s.charAt(i));
      } else {
        out.append(REPLACEMENT);
        counts.replaced++;
      }
    }
    return out.toString();
  }

  /** Returns whether a line-oriented reader (Java, Python's splitlines) may end a line at c. */
  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C'
        || (c >= '\u001C' && c <= '\u001E') || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * One line of text (Moses): anything a line reader may break a line at becomes a space,
   * lone surrogates become U+FFFD (UTF-8 cannot encode them); both counted as replaced.
   */
  static String lineSafe(String s, Counts counts) {
    int i = 0;
    while (i < s.length() && !isLineBreak(s.charAt(i)) && !isLoneSurrogate(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isLineBreak(c)) {
        out.append(' ');
        counts.replaced++;
      } else if (isLoneSurrogate(s, i)) {
        out.append(REPLACEMENT);
        counts.replaced++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns the number of lone surrogates in {@code s}. */
  static int loneSurrogates(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i)) && isLoneSurrogate(s, i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns whether an HTML page should show {@code s[i]} as a visible code instead: what XML
   * forbids, plus DEL, C1 controls and noncharacters, which HTML parsers report as errors or
   * (C1 as character references) turn into other characters.
   */
  static boolean isHtmlUnsafe(CharSequence s, int i) {
    char c = s.charAt(i);
    if (!isXmlChar(s, i)) {
      return true;
    }
    return (c >= '\u007F' && c <= '\u009F') || (c >= '\uFDD0' && c <= '\uFDEF');
  }
}
