package io.github.duiqi.split;

import java.util.Arrays;

/**
 * The one definition of a paragraph: a run of whole sentences of a document.
 *
 * <p>Blank lines separate paragraphs wherever the document has any. Otherwise, when most of its
 * lines end as sentences end ({@code 。！？.!?…:：}, possibly followed by a closing quote or
 * bracket; a colon ends a heading or the line before a list), the document is written one
 * paragraph a line, and each line break also ends a sentence; when they do not, its lines are
 * hard-wrapped and the whole document is one paragraph. A break that falls inside a sentence is
 * ignored, so a paragraph is always a run of whole sentences.
 *
 * <p>The layout is decided in one pass over the text ({@link #layout}) before it is split, since
 * it decides whether line breaks end sentences; the breaks are then looked for only in the gaps
 * between sentences ({@link #find}).
 *
 * <p>Stateless; thread-safe.
 */
public final class Paragraphs {

  /** Share of line ends that must look like sentence ends for one paragraph a line. */
  static final double LINE_PARAGRAPH_SHARE = 0.6;

  /** Layout: blank lines separate paragraphs. */
  public static final int BLANK_LINES = 0;
  /** Layout: one paragraph a line (and every line break ends a sentence). */
  public static final int LINES = 1;
  /** Layout: one paragraph (hard-wrapped lines, or a single line). */
  public static final int ONE = 2;

  private Paragraphs() {}

  /** The layout of {@code text} without its leading and trailing whitespace. */
  public static int layout(CharSequence text) {
    int from = 0;
    int to = text.length();
    while (from < to && Chars.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return layout(text, from, to);
  }

  /**
   * The layout of {@code text[from, to)}, the text without its leading and trailing whitespace:
   * {@link #BLANK_LINES}, {@link #LINES} or {@link #ONE}. One pass; each line break looks back
   * over the spaces and closers before it only.
   */
  public static int layout(CharSequence text, int from, int to) {
    int lines = 0;
    int sentenceEnds = 0;
    int newlines = 0;
    for (int p = from; p < to; p++) {
      char ch = text.charAt(p);
      if (ch != '\n') {
        if (!Character.isWhitespace(ch) && ch != '\u3000') {
          newlines = 0;
        }
        continue;
      }
      if (++newlines == 2) {
        return BLANK_LINES;
      }
      int q = p - 1;
      while (q >= from && (text.charAt(q) == '\r' || text.charAt(q) == ' '
          || text.charAt(q) == '\t' || text.charAt(q) == '\u3000')) {
        q--;
      }
      if (q < from) {
        continue;
      }
      lines++;
      while (q > from && Chars.isCloserAfterEnd(text.charAt(q))) {
        q--;
      }
      if (Chars.endsLine(text.charAt(q))) {
        sentenceEnds++;
      }
    }
    return lines > 0 && sentenceEnds >= LINE_PARAGRAPH_SHARE * lines ? LINES : ONE;
  }

  /**
   * Returns the index of the first sentence of each paragraph, followed by the sentence count:
   * paragraph {@code p} holds sentences {@code result[p]..result[p+1]-1}. The layout is that of
   * the text the sentences span.
   *
   * @param spans sentence {@code k} spans {@code spans[2k]..spans[2k + 1]} of {@code text}
   */
  public static int[] find(CharSequence text, int[] spans) {
    int n = spans.length / 2;
    return n == 0 ? new int[] {0} : find(text, spans, layout(text, spans[0], spans[2 * n - 1]));
  }

  /** As {@link #find(CharSequence, int[])}, with the layout already known. */
  public static int[] find(CharSequence text, int[] spans, int layout) {
    int n = spans.length / 2;
    if (n == 0) {
      return new int[] {0};
    }
    int[] first = new int[n + 1];
    int count = 0;
    first[count++] = 0;
    for (int k = 1; k < n && layout != ONE; k++) {
      // the gap between sentence k-1 and k holds the break, if any
      int gapStart = spans[2 * k - 1];
      int gapEnd = spans[2 * k];
      if (layout == BLANK_LINES ? hasBlankLine(text, gapStart, gapEnd)
          : hasLineBreak(text, gapStart, gapEnd)) {
        first[count++] = k;
      }
    }
    first[count++] = n;
    return Arrays.copyOf(first, count);
  }

  static boolean hasBlankLine(CharSequence text, int from, int to) {
    int newlines = 0;
    for (int p = from; p < to; p++) {
      char ch = text.charAt(p);
      if (ch == '\n') {
        if (++newlines == 2) {
          return true;
        }
      } else if (!Character.isWhitespace(ch) && ch != '\u3000') {
        newlines = 0;
      }
    }
    return false;
  }

  private static boolean hasLineBreak(CharSequence text, int from, int to) {
    for (int p = from; p < to; p++) {
      char ch = text.charAt(p);
      if (ch == '\n' || ch == '\r') {
        return true;
      }
    }
    return false;
  }
}
