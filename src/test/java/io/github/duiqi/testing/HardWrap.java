package io.github.duiqi.testing;

/**
 * Hard-wraps text as e-texts and PDF extractions are wrapped, for tests: Chinese every
 * {@code width} characters (a break never falls between two Latin letters or digits, where a
 * reader takes it for a word gap, nor next to whitespace), English at {@code width} columns at
 * its spaces. Blank lines (paragraph breaks) stay as they are.
 */
public final class HardWrap {

  private HardWrap() {}

  /** Inserts a line break after every {@code width} characters of each line. */
  public static String chinese(String text, int width) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
    int column = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        column = 0;
      } else if (column >= width && i > 0 && breakable(text.charAt(i - 1), c)) {
        out.append('\n');
        column = 0;
      }
      out.append(c);
      if (c != '\n') {
        column++;
      }
    }
    return out.toString();
  }

  private static boolean breakable(char left, char right) {
    boolean wordLeft = Character.isLetterOrDigit(left) && left < 0x3000;
    boolean wordRight = Character.isLetterOrDigit(right) && right < 0x3000;
    return !(wordLeft && wordRight) && !Character.isWhitespace(left)
        && !Character.isWhitespace(right) && !Character.isLowSurrogate(right);
  }

  /** Replaces spaces by line breaks so that no line is longer than {@code width} columns. */
  public static String english(String text, int width) {
    StringBuilder out = new StringBuilder(text);
    int lineStart = 0;
    int lastSpace = -1;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
        lastSpace = -1;
      } else if (c == ' ') {
        lastSpace = i;
      }
      if (i - lineStart >= width && lastSpace > lineStart) {
        out.setCharAt(lastSpace, '\n');
        lineStart = lastSpace + 1;
        lastSpace = -1;
      }
    }
    return out.toString();
  }
}
