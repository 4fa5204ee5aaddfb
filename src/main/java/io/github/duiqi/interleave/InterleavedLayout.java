package io.github.duiqi.interleave;

import io.github.duiqi.split.SentenceScanner;
import io.github.duiqi.split.SplitRules;
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
    return of(text, runs, SplitRules.DEFAULT);
  }

  /**
   * Lays out the runs of a stream, looking at sentences (where an untranslated paragraph may
   * end) as a splitter with these rules finds them.
   *
   * @param text the stream
   * @param runs its runs, as {@link LanguageRuns#find} gives them
   * @param rules the rules of the splitter the aligner uses
   */
  public static InterleavedLayout of(CharSequence text, List<LanguageRun> runs,
      SplitRules rules) {
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
    List<Block> blocks = untranslatedSplit(text, blocks(runs, first), first);
    return new InterleavedLayout(first, untranslatedPrefixSplit(text, blocks, first,
        pairedRatio(text, blocks), rules));
  }

  /** Penalty, in the units of {@link #blockCost}, of reading a block as opening untranslated. */
  static final double UNTRANSLATED_PENALTY = 0.4;

  /**
   * Splits off the untranslated opening of blocks whose first side is one paragraph much longer
   * than its rendering: with nothing but a space between runs, a paragraph left untranslated
   * runs on into the next paragraph of its language, and the block then holds both before one
   * rendering. The split falls at the sentence boundary after which the rest best fits the
   * rendering's length at the stream's ratio, and only where that fit beats the whole block's by
   * more than {@link #UNTRANSLATED_PENALTY}.
   */
  private static List<Block> untranslatedPrefixSplit(CharSequence text, List<Block> blocks,
      Language first, double ratio, SplitRules rules) {
    if (ratio <= 0) {
      return blocks;
    }
    boolean chineseFirst = first == Language.CHINESE;
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      int fs = chineseFirst ? b.chineseStart() : b.englishStart();
      int fe = chineseFirst ? b.chineseEnd() : b.englishEnd();
      int ss = chineseFirst ? b.englishStart() : b.chineseStart();
      int se = chineseFirst ? b.englishEnd() : b.chineseEnd();
      if (fs == fe || ss == se || lineBreakBefore(text, fs)
          || paragraphs(text, fs, fe).size() > 1) {
        // where a line break ends the previous rendering, an untranslated paragraph would end
        // in one too, and the paragraph split has dealt with it
        out.add(b);
        continue;
      }
      // sentence k spans sentences[2k]..sentences[2k + 1] of the first side
      int[] sentences = SentenceScanner.spans(text.subSequence(fs, fe), rules);
      int count = sentences.length / 2;
      if (count < 2) {
        out.add(b);
        continue;
      }
      double second = visibleLength(text, ss, se);
      double firstTotal = visibleLength(text, fs, fe);
      double best = fit(firstTotal, second, chineseFirst, ratio) - UNTRANSLATED_PENALTY;
      int bestCut = -1;
      int bestSentence = -1;
      for (int k = 1; k < count; k++) {
        int cut = fs + sentences[2 * k];
        double cost = fit(visibleLength(text, cut, fe), second, chineseFirst, ratio);
        if (cost < best) {
          best = cost;
          bestCut = cut;
          bestSentence = k;
        }
      }
      if (bestCut < 0) {
        out.add(b);
        continue;
      }
      int prefixEnd = fs + sentences[2 * bestSentence - 1];
      out.add(chineseFirst ? new Block(fs, prefixEnd, prefixEnd, prefixEnd)
          : new Block(prefixEnd, prefixEnd, fs, prefixEnd));
      out.add(chineseFirst ? new Block(bestCut, fe, ss, se) : new Block(ss, se, bestCut, fe));
    }
    return out;
  }

  private static boolean lineBreakBefore(CharSequence text, int at) {
    for (int i = at - 1; i >= 0 && LanguageRuns.isSpace(text.charAt(i)); i--) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  /** The block cost of a first side of {@code first} characters against {@code second}. */
  private static double fit(double first, double second, boolean chineseFirst, double ratio) {
    return chineseFirst ? blockCost(first, second, ratio) : blockCost(second, first, ratio);
  }

  /**
   * English characters per Chinese one: the median over the blocks that have both sides, robust
   * to the few blocks that hold an untranslated paragraph; {@link #DEFAULT_RATIO} where fewer
   * than {@link #MIN_RATIO_BLOCKS} blocks have both sides.
   */
  private static double pairedRatio(CharSequence text, List<Block> blocks) {
    List<Double> ratios = new ArrayList<>();
    for (Block b : blocks) {
      if (b.chineseStart() < b.chineseEnd() && b.englishStart() < b.englishEnd()) {
        ratios.add((double) visibleLength(text, b.englishStart(), b.englishEnd())
            / Math.max(1, visibleLength(text, b.chineseStart(), b.chineseEnd())));
      }
    }
    if (ratios.size() < MIN_RATIO_BLOCKS) {
      return DEFAULT_RATIO;
    }
    ratios.sort(null);
    int n = ratios.size();
    return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
  }

  /** English visible characters per Chinese one in translated prose (2.4–4.3 on the dev sets). */
  static final double DEFAULT_RATIO = 3.0;
  /** Blocks with both sides needed to measure a stream's own ratio. */
  static final int MIN_RATIO_BLOCKS = 3;


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
      boolean paragraphBreak = c == '\n'
          && (i + 1 < to && endsSentence(text, start, lastVisible)
              || blankLineFollows(text, i, to));
      if (paragraphBreak) {
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
