package io.github.duiqi.split;

import java.util.Objects;

/**
 * Puts a sentence on one line for display: each run of whitespace that holds a line break
 * becomes one space, or nothing where it joins CJK text to CJK text or punctuation (Chinese and
 * Japanese put no space between words, so a hard wrap there is not a word gap).
 *
 * <pre>{@code
 * OneLine.of("a hard-\nwrapped line")  // "a hard- wrapped line"
 * OneLine.of("これは父の\n家です。")      // "これは父の家です。"
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class OneLine {

  private OneLine() {}

  /**
   * Returns {@code text} with its line breaks replaced as described above; other whitespace is
   * kept as it is.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    StringBuilder b = null;
    int copied = 0;
    for (int i = 0; i < n; i++) {
      if (!Chars.isLineBreak(text.charAt(i))) {
        continue;
      }
      int from = i;
      while (from > 0 && Chars.isWhitespace(text.charAt(from - 1))) {
        from--;
      }
      int to = i;
      while (to < n && Chars.isWhitespace(text.charAt(to))) {
        to++;
      }
      if (b == null) {
        b = new StringBuilder(n);
      }
      b.append(text, copied, from);
      boolean joinsCjk = from > 0 && to < n
          && joinsWithoutSpace(text.charAt(from - 1), text.charAt(to));
      if (!joinsCjk && from > 0 && to < n) {
        b.append(' ');
      }
      copied = to;
      i = to - 1;
    }
    if (b == null) {
      return text.toString();
    }
    return b.append(text, copied, n).toString();
  }

  private static boolean joinsWithoutSpace(char left, char right) {
    boolean leftCjk = isCjkText(left);
    boolean rightCjk = isCjkText(right);
    return (leftCjk && (rightCjk || !Character.isLetterOrDigit(right)))
        || (rightCjk && !Character.isLetterOrDigit(left));
  }

  private static boolean isCjkText(char c) {
    return Chars.isCjk(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
  }
}
