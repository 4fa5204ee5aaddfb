package io.github.duiqi.align;

import java.util.Arrays;

/**
 * Finds a document's paragraphs, as groups of its sentences.
 *
 * <p>Blank lines separate paragraphs wherever the document has any. Otherwise, when most of its
 * lines end as sentences end ({@code 。！？.!?}, possibly followed by a closing quote or
 * bracket), the document is written one paragraph a line; when they do not, its lines are
 * hard-wrapped and the whole document is one paragraph. A break that falls inside a sentence is
 * ignored, so a paragraph is always a run of whole sentences.
 *
 * <p>Stateless; thread-safe.
 */
final class Paragraphs {

  /** Share of line ends that must look like sentence ends for one paragraph a line. */
  static final double LINE_PARAGRAPH_SHARE = 0.6;

  private Paragraphs() {}

  /**
   * Returns the index of the first sentence of each paragraph, followed by the sentence count:
   * paragraph {@code p} holds sentences {@code result[p]..result[p+1]-1}.
   *
   * @param starts each sentence's start offset in {@code text}, increasing
   * @param ends each sentence's end offset
   */
  static int[] find(String text, int[] starts, int[] ends) {
    int n = starts.length;
    if (n == 0) {
      return new int[] {0};
    }
    boolean blankLines = hasBlankLine(text, starts[0], ends[n - 1]);
    boolean perLine = !blankLines && lineParagraphs(text, starts[0], ends[n - 1]);
    int[] first = new int[n + 1];
    int count = 0;
    first[count++] = 0;
    for (int k = 1; k < n; k++) {
      // the gap between sentence k-1 and k holds the break, if any
      if (blankLines ? hasBlankLine(text, ends[k - 1], starts[k])
          : perLine && hasLineBreak(text, ends[k - 1], starts[k])) {
        first[count++] = k;
      }
    }
    first[count++] = n;
    return Arrays.copyOf(first, count);
  }

  static boolean hasBlankLine(String text, int from, int to) {
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

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int p = from; p < to; p++) {
      char ch = text.charAt(p);
      if (ch == '\n' || ch == '\r') {
        return true;
      }
    }
    return false;
  }

  /** True if most line ends inside {@code [from, to)} follow a sentence end. */
  static boolean lineParagraphs(String text, int from, int to) {
    int lines = 0;
    int sentenceEnds = 0;
    for (int p = from; p < to; p++) {
      if (text.charAt(p) != '\n') {
        continue;
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
      while (q > from && isCloser(text.charAt(q))) {
        q--;
      }
      if (isTerminal(text.charAt(q))) {
        sentenceEnds++;
      }
    }
    return lines > 0 && sentenceEnds >= LINE_PARAGRAPH_SHARE * lines;
  }

  private static boolean isCloser(char ch) {
    return ch == '"' || ch == '\'' || ch == '”' || ch == '’' || ch == '」' || ch == '』'
        || ch == ')' || ch == '）' || ch == '》';
  }

  private static boolean isTerminal(char ch) {
    return ch == '。' || ch == '！' || ch == '？' || ch == '.' || ch == '!' || ch == '?'
        || ch == '…' || ch == ':' || ch == '：';
  }
}
