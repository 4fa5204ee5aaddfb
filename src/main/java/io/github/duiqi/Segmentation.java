package io.github.duiqi;

import io.github.duiqi.split.Chars;
import io.github.duiqi.split.Paragraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text's sentences and paragraphs: what {@link SentenceSplitter#segment} finds and what
 * {@link Aligner} aligns, so that a text is split and scanned once. Each paragraph is a run of
 * whole sentences, given by sentence indices and by offsets into the text.
 *
 * <pre>{@code
 * Segmentation s = SentenceSplitter.create().segment("你好。再见。\n\nHello. Bye.");
 * s.sentences().size();                  // 4
 * s.paragraphs().get(1).sentenceFrom();  // 2
 * }</pre>
 *
 * <p>Sentences from another tool get paragraphs by the same definition with
 * {@link #of(CharSequence, List)}; a caller who knows the paragraphs too passes them to the
 * constructor.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sentences the sentences, in text order
 * @param paragraphs the paragraphs, in text order, together holding every sentence once
 */
public record Segmentation(List<Sentence> sentences, List<Paragraph> paragraphs) {

  /**
   * One paragraph: sentences {@code sentenceFrom..sentenceTo-1}, spanning {@code start..end} of
   * the text (the first sentence's start to the last one's end).
   *
   * <pre>{@code
   * for (Segmentation.Paragraph p : segmentation.paragraphs()) {
   *   String paragraph = text.substring(p.start(), p.end());
   * }
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param sentenceFrom index of the first sentence
   * @param sentenceTo index just past the last sentence
   * @param start offset of the first sentence
   * @param end offset just past the last sentence
   */
  public record Paragraph(int sentenceFrom, int sentenceTo, int start, int end) {

    /**
     * Validates the ranges.
     *
     * @param sentenceFrom index of the first sentence, not negative
     * @param sentenceTo index just past the last sentence, above {@code sentenceFrom}
     * @param start offset of the first sentence, not negative
     * @param end offset just past the last sentence, not below {@code start}
     * @throws IllegalArgumentException if the paragraph holds no sentence or a range is
     *     negative or reversed
     */
    public Paragraph {
      if (sentenceFrom < 0 || sentenceTo <= sentenceFrom || start < 0 || end < start) {
        throw new IllegalArgumentException("paragraph of sentences [" + sentenceFrom + ", "
            + sentenceTo + ") at [" + start + ", " + end + ") is empty or reversed");
      }
    }
  }

  /**
   * Validates and copies the lists.
   *
   * @param sentences the sentences, in text order, not overlapping (copied)
   * @param paragraphs the paragraphs, in text order, together holding every sentence once,
   *     each with its sentences' offsets (copied)
   * @throws NullPointerException if a list or an element is null
   * @throws IllegalArgumentException if sentences overlap or are out of order, or the
   *     paragraphs do not hold every sentence once, in order, with their offsets
   */
  public Segmentation {
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
    int previousEnd = 0;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s.start() < previousEnd) {
        throw new IllegalArgumentException("sentence " + k + " [" + s.start() + ", " + s.end()
            + ") overlaps the sentence before or is out of order");
      }
      previousEnd = s.end();
    }
    int next = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      if (para.sentenceFrom() != next || para.sentenceTo() > sentences.size()
          || para.start() != sentences.get(para.sentenceFrom()).start()
          || para.end() != sentences.get(para.sentenceTo() - 1).end()) {
        throw new IllegalArgumentException("paragraph " + p + " " + para
            + " does not follow the paragraph before or does not match its sentences");
      }
      next = para.sentenceTo();
    }
    if (next != sentences.size()) {
      throw new IllegalArgumentException(
          "paragraphs hold " + next + " of " + sentences.size() + " sentences");
    }
  }

  /**
   * Returns the sentences with their paragraphs found in {@code text} as the splitter finds
   * them: at blank lines, or at line breaks where the text is written one paragraph a line.
   * For sentences that another tool split, with offsets into {@code text}.
   *
   * <pre>{@code
   * String text = "你好。\n\n再见。";
   * Segmentation s = Segmentation.of(text,
   *     List.of(new Sentence("你好。", 0, 3), new Sentence("再见。", 5, 8)));
   * s.paragraphs().size();  // 2
   * }</pre>
   *
   * @param text the text the sentences were taken from
   * @param sentences its sentences, in order, each matching {@code text} at its offsets
   * @return the sentences (copied) and the paragraphs that the layout of {@code text} gives
   *     them
   * @throws NullPointerException if an argument or a sentence is null
   * @throws IllegalArgumentException if a sentence does not match the text at its offsets, or
   *     the sentences overlap or are out of order
   */
  public static Segmentation of(CharSequence text, List<Sentence> sentences) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    int[] spans = new int[2 * sentences.size()];
    int previousEnd = 0;
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      if (s == null) {
        throw new NullPointerException("sentence " + k + " is null");
      }
      if (s.start() < previousEnd || s.end() > text.length()
          || !s.text().contentEquals(text.subSequence(s.start(), s.end()))) {
        throw new IllegalArgumentException("sentence " + k + " [" + s.start() + ", " + s.end()
            + ") does not match the text there, or overlaps the sentence before");
      }
      previousEnd = s.end();
      spans[2 * k] = s.start();
      spans[2 * k + 1] = s.end();
    }
    return new Segmentation(sentences, paragraphs(sentences, Paragraphs.find(text, spans)));
  }

  /**
   * Returns the segmentation of text written one sentence a line, as hunalign and Moses files
   * are: each non-blank line is a sentence, and a blank line (empty or whitespace only) is a
   * paragraph break, hunalign's {@code <p>}, never a sentence. Sentence {@code k} is the
   * {@code k}-th non-blank line, so indices count only the non-blank lines; offsets are into the
   * lines joined with {@code '\n'}, blank lines included (into the file itself when its lines
   * end with LF). This is how {@link Aligner#alignSentences} and the command line's
   * {@code --presplit} read sentences.
   *
   * <pre>{@code
   * Segmentation s = Segmentation.ofLines(List.of("一。", "二。", "", "三。"));
   * s.sentences().get(2);      // Sentence[text=三。, start=7, end=9]
   * s.paragraphs().size();     // 2
   * }</pre>
   *
   * @param lines the lines, without their line breaks
   * @return the non-blank lines as sentences, in paragraphs separated by the blank lines
   * @throws NullPointerException if {@code lines} or a line is null (the message names its index)
   */
  public static Segmentation ofLines(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    List<Sentence> sentences = new ArrayList<>(lines.size());
    List<Integer> first = new ArrayList<>();
    int offset = 0;
    boolean breakBefore = true;
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      if (line == null) {
        throw new NullPointerException("line " + k + " is null");
      }
      if (isBlank(line)) {
        breakBefore = true;
      } else {
        if (breakBefore) {
          first.add(sentences.size());
          breakBefore = false;
        }
        sentences.add(new Sentence(line, offset, offset + line.length()));
      }
      offset += line.length() + 1;
    }
    int[] starts = new int[first.size() + 1];
    for (int p = 0; p < first.size(); p++) {
      starts[p] = first.get(p);
    }
    starts[first.size()] = sentences.size();
    return new Segmentation(sentences,
        sentences.isEmpty() ? List.of() : paragraphs(sentences, starts));
  }

  /** Whether a line is blank: nothing but whitespace ({@link Chars#isWhitespace}). */
  static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!Chars.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The paragraphs whose first sentences are {@code first[p]}, the sentence count last. */
  static List<Paragraph> paragraphs(List<Sentence> sentences, int[] first) {
    List<Paragraph> out = new ArrayList<>(first.length - 1);
    for (int p = 0; p + 1 < first.length; p++) {
      out.add(new Paragraph(first[p], first[p + 1], sentences.get(first[p]).start(),
          sentences.get(first[p + 1] - 1).end()));
    }
    return out;
  }

  /** The first sentence of each paragraph, then the sentence count (the engine's form). */
  int[] paragraphStarts() {
    int[] first = new int[paragraphs.size() + 1];
    for (int p = 0; p < paragraphs.size(); p++) {
      first[p] = paragraphs.get(p).sentenceFrom();
    }
    first[paragraphs.size()] = sentences.size();
    return first;
  }
}
