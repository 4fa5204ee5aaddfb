package io.github.duiqi.interleave;

import java.util.ArrayList;
import java.util.List;

/**
 * How an interleaved stream is laid out: which language comes first, and the blocks in which
 * the runs of the first language are followed by their rendering in the second.
 *
 * <p>With one paragraph of each language in turn, each block holds one Chinese and one English
 * paragraph. Where several paragraphs of one language follow each other (a heading with no
 * rendering, a translation missing, or several paragraphs and then all their renderings), they
 * share a block, and the aligner's paragraph step decides which of them pair up.
 *
 * <p>Inside a block, a paragraph of the first language that is followed by another paragraph of
 * the first language, not by a rendering, has no rendering: where the second language has a
 * single paragraph in the block, the paragraphs before the last one become blocks of their own
 * with an empty side. Where both sides have several paragraphs, the aligner's paragraph step
 * pairs them by length. A paragraph ends at a blank line, or at a line break after a sentence
 * end; a line break inside a sentence is hard wrapping.
 *
 * <p>Which language comes first is decided by cost, not by the first run alone, since a stream
 * may open with an untranslated title: both readings are laid out and the one whose blocks have
 * the steadier length ratio wins; on a tie, the language of the first run.
 *
 * @param first the language whose paragraphs come first in each block
 * @param blocks the blocks in stream order
 */
public record InterleavedLayout(Language first, List<Block> blocks) {

  /** Smoothing, in characters, so that an empty side costs in proportion to the other side. */
  private static final double SMOOTHING = 10.0;

  /** Validates and copies. */
  public InterleavedLayout {
    blocks = List.copyOf(blocks);
  }

  /**
   * A block: Chinese text and English text, each a span of the stream; an empty side has
   * {@code start == end}.
   *
   * @param chineseStart start of the Chinese span
   * @param chineseEnd end of the Chinese span
   * @param englishStart start of the English span
   * @param englishEnd end of the English span
   */
  public record Block(int chineseStart, int chineseEnd, int englishStart, int englishEnd) {}

  /**
   * Lays out the runs of a stream.
   *
   * @param text the stream
   * @param runs its runs, as {@link LanguageRuns#find} gives them
   */
  public static InterleavedLayout of(CharSequence text, List<LanguageRun> runs) {
    if (runs.isEmpty()) {
      return new InterleavedLayout(Language.CHINESE, List.of());
    }
    double chinese = 0;
    double english = 0;
    double[] weights = new double[runs.size()];
    for (int r = 0; r < runs.size(); r++) {
      LanguageRun run = runs.get(r);
      weights[r] = visibleLength(text, run.start(), run.end());
      if (run.language() == Language.CHINESE) {
        chinese += weights[r];
      } else {
        english += weights[r];
      }
    }
    Language opening = runs.get(0).language();
    if (chinese == 0 || english == 0) {
      return new InterleavedLayout(opening, blocks(runs, opening));
    }
    double ratio = english / chinese;
    double openingCost = cost(runs, weights, opening, ratio);
    double otherCost = cost(runs, weights, opening.other(), ratio);
    Language first = otherCost < openingCost ? opening.other() : opening;
    return new InterleavedLayout(first, untranslatedSplit(text, blocks(runs, first), first));
  }

  /** Splits off the first-language paragraphs that are followed by no rendering. */
  private static List<Block> untranslatedSplit(CharSequence text, List<Block> blocks,
      Language first) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      boolean chineseFirst = first == Language.CHINESE;
      int fs = chineseFirst ? b.chineseStart() : b.englishStart();
      int fe = chineseFirst ? b.chineseEnd() : b.englishEnd();
      int ss = chineseFirst ? b.englishStart() : b.chineseStart();
      int se = chineseFirst ? b.englishEnd() : b.chineseEnd();
      List<int[]> paragraphs = paragraphs(text, fs, fe);
      if (paragraphs.size() < 2 || ss == se || paragraphs(text, ss, se).size() > 1) {
        out.add(b);
        continue;
      }
      for (int p = 0; p < paragraphs.size(); p++) {
        int[] para = paragraphs.get(p);
        boolean last = p == paragraphs.size() - 1;
        int os = last ? ss : para[1];
        int oe = last ? se : para[1];
        out.add(chineseFirst ? new Block(para[0], para[1], os, oe)
            : new Block(os, oe, para[0], para[1]));
      }
    }
    return out;
  }

  /** The paragraphs of {@code [from, to)}: split at blank lines and at sentence-ending lines. */
  static List<int[]> paragraphs(CharSequence text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int start = from;
    int lastVisible = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < to && endsSentence(text, start, lastVisible)) {
        int next = i + 1;
        while (next < to && LanguageRuns.isSpace(text.charAt(next))) {
          next++;
        }
        if (next < to) {
          out.add(new int[] {start, lastVisible});
          start = next;
          i = next - 1;
        }
      } else if (c == '\n' && blankLineFollows(text, i, to)) {
        int next = i + 1;
        while (next < to && LanguageRuns.isSpace(text.charAt(next))) {
          next++;
        }
        if (next < to) {
          out.add(new int[] {start, lastVisible});
          start = next;
          i = next - 1;
        }
      } else if (!LanguageRuns.isSpace(c)) {
        lastVisible = i + 1;
      }
    }
    out.add(new int[] {start, lastVisible});
    return out;
  }

  private static boolean blankLineFollows(CharSequence text, int newline, int to) {
    for (int i = newline + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (!LanguageRuns.isSpace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean endsSentence(CharSequence text, int start, int end) {
    int i = end;
    while (i > start && isCloserOrSpace(text.charAt(i - 1))) {
      i--;
    }
    if (i == start) {
      return false;
    }
    int cp = Character.codePointBefore(text, i);
    return LanguageRuns.isTerminator(cp, text, end);
  }

  private static boolean isCloserOrSpace(char c) {
    return LanguageRuns.isCloser(c) || LanguageRuns.isSpace(c);
  }

  private static double cost(List<LanguageRun> runs, double[] weights, Language first,
      double ratio) {
    double total = 0;
    double chinese = 0;
    double english = 0;
    Language previous = null;
    for (int r = 0; r < runs.size(); r++) {
      Language language = runs.get(r).language();
      if (language == first && previous == first.other()) {
        total += blockCost(chinese, english, ratio);
        chinese = 0;
        english = 0;
      }
      if (language == Language.CHINESE) {
        chinese += weights[r];
      } else {
        english += weights[r];
      }
      previous = language;
    }
    return total + blockCost(chinese, english, ratio);
  }

  private static double blockCost(double chinese, double english, double ratio) {
    return Math.abs(Math.log((english + SMOOTHING) / (chinese * ratio + SMOOTHING)));
  }

  private static List<Block> blocks(List<LanguageRun> runs, Language first) {
    List<Block> blocks = new ArrayList<>();
    int[] span = {-1, -1, -1, -1}; // chinese start/end, english start/end
    Language previous = null;
    for (LanguageRun run : runs) {
      if (run.language() == first && previous == first.other()) {
        blocks.add(close(span, first));
        span = new int[] {-1, -1, -1, -1};
      }
      int side = run.language() == Language.CHINESE ? 0 : 2;
      if (span[side] < 0) {
        span[side] = run.start();
      }
      span[side + 1] = run.end();
      previous = run.language();
    }
    blocks.add(close(span, first));
    return blocks;
  }

  /** An empty side sits where its text would have been: after the first side, or before it. */
  private static Block close(int[] span, Language first) {
    if (span[0] < 0) {
      int at = first == Language.CHINESE ? span[2] : span[3];
      return new Block(at, at, span[2], span[3]);
    }
    if (span[2] < 0) {
      int at = first == Language.ENGLISH ? span[0] : span[1];
      return new Block(span[0], span[1], at, at);
    }
    return new Block(span[0], span[1], span[2], span[3]);
  }

  private static int visibleLength(CharSequence text, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (!LanguageRuns.isSpace(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}
