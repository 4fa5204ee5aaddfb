package io.github.duiqi;

import java.util.List;
import java.util.Objects;

/**
 * A Chinese document and its English translation, the unit of work of a {@link CorpusAligner}:
 * as sentences the caller has split ({@link #ofSentences}, aligned with
 * {@link Aligner#alignSentences}), as two documents ({@link #ofDocuments}, aligned with
 * {@link Aligner#align(String, String)}, split by the aligner's splitter), as two documents with
 * the sentences another tool found in them ({@link #ofSplitDocuments}, aligned with
 * {@link Aligner#align(String, List, String, List)}), or as one interleaved stream
 * ({@link #ofInterleaved}, aligned with {@link Aligner#alignInterleaved}).
 *
 * <pre>{@code
 * DocumentPair lines = DocumentPair.ofSentences(List.of("我没走。"), List.of("I did not leave."));
 * Alignment alignment = lines.alignWith(Aligner.create());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface DocumentPair {

  /**
   * Returns a pair of pre-split sentences; a blank sentence is a paragraph break
   * ({@link Aligner#alignSentences}).
   *
   * @param chinese the Chinese sentences, in order (copied)
   * @param english the English sentences, in order (copied)
   * @return a pair that {@link Aligner#alignSentences} aligns
   * @throws NullPointerException if a list or a sentence is null (the message names its index)
   */
  static DocumentPair ofSentences(List<String> chinese, List<String> english) {
    return new Sentences(chinese, english);
  }

  /**
   * Returns a pair of documents, to be split into paragraphs and sentences.
   *
   * @param chinese the Chinese document
   * @param english its English translation
   * @return a pair that {@link Aligner#align(String, String)} aligns, with the aligner's
   *     splitter
   * @throws NullPointerException if a document is null
   */
  static DocumentPair ofDocuments(String chinese, String english) {
    return new Documents(chinese, english);
  }

  /**
   * Returns a pair of documents with their sentences, split by another tool: offsets into the
   * documents, checked when the pair is aligned; paragraphs are found as the splitter finds
   * them ({@link Segmentation#of}).
   *
   * <pre>{@code
   * DocumentPair pair = DocumentPair.ofSplitDocuments(zhText, mySplitter(zhText),
   *     enText, mySplitter(enText));
   * }</pre>
   *
   * @param chineseText the Chinese document
   * @param chineseSentences its sentences, in order, with offsets into {@code chineseText}
   *     (copied)
   * @param englishText the English document
   * @param englishSentences its sentences, in order, with offsets into {@code englishText}
   *     (copied)
   * @return a pair that {@link Aligner#align(String, List, String, List)} aligns
   * @throws NullPointerException if an argument or a sentence is null
   */
  static DocumentPair ofSplitDocuments(String chineseText, List<Sentence> chineseSentences,
      String englishText, List<Sentence> englishSentences) {
    return new SplitDocuments(chineseText, chineseSentences, englishText, englishSentences);
  }

  /**
   * Returns one interleaved stream holding both languages.
   *
   * @param text the stream, each paragraph followed by its rendering
   * @return a pair that {@link Aligner#alignInterleaved} aligns
   * @throws NullPointerException if {@code text} is null
   */
  static DocumentPair ofInterleaved(String text) {
    return new Interleaved(text);
  }

  /**
   * Aligns this pair with {@code aligner}, by the method of {@code aligner} that fits the
   * pair's form (see the interface's comment).
   *
   * @param aligner the aligner, with its settings and splitter
   * @return the pair's alignment
   * @throws IllegalArgumentException if pre-split sentences do not match their documents
   */
  Alignment alignWith(Aligner aligner);

  /**
   * Copies a list, naming the list, or the index of a null element, in the exception.
   *
   * @throws NullPointerException e.g. {@code chinese[1] is null}
   */
  private static <T> List<T> copy(List<T> list, String name) {
    Objects.requireNonNull(list, name);
    for (int k = 0; k < list.size(); k++) {
      if (list.get(k) == null) {
        throw new NullPointerException(name + "[" + k + "] is null");
      }
    }
    return List.copyOf(list);
  }

  /**
   * Sentences the caller has split, one string each.
   *
   * <pre>{@code
   * DocumentPair pair = new DocumentPair.Sentences(List.of("我没走。"), List.of("I did not leave."));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param chinese the Chinese sentences, in order
   * @param english the English sentences, in order
   */
  record Sentences(List<String> chinese, List<String> english) implements DocumentPair {

    /**
     * Copies the lists.
     *
     * @param chinese the Chinese sentences, in order
     * @param english the English sentences, in order
     * @throws NullPointerException if a list or a sentence is null
     */
    public Sentences {
      chinese = copy(chinese, "chinese");
      english = copy(english, "english");
    }

    @Override
    public Alignment alignWith(Aligner aligner) {
      return aligner.alignSentences(chinese, english);
    }
  }

  /**
   * Two documents, split by the aligner.
   *
   * <pre>{@code
   * DocumentPair pair = new DocumentPair.Documents(Files.readString(zh), Files.readString(en));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param chinese the Chinese document
   * @param english the English document
   */
  record Documents(String chinese, String english) implements DocumentPair {

    /**
     * Checks the documents.
     *
     * @param chinese the Chinese document
     * @param english the English document
     * @throws NullPointerException if a document is null
     */
    public Documents {
      Objects.requireNonNull(chinese, "chinese");
      Objects.requireNonNull(english, "english");
    }

    @Override
    public Alignment alignWith(Aligner aligner) {
      return aligner.align(chinese, english);
    }
  }

  /**
   * Two documents and the sentences another tool found in them.
   *
   * <pre>{@code
   * DocumentPair pair = new DocumentPair.SplitDocuments("你好。", List.of(new Sentence("你好。", 0, 3)),
   *     "Hello.", List.of(new Sentence("Hello.", 0, 6)));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param chineseText the Chinese document
   * @param chineseSentences its sentences, with offsets into it, in order
   * @param englishText the English document
   * @param englishSentences its sentences, with offsets into it, in order
   */
  record SplitDocuments(String chineseText, List<Sentence> chineseSentences, String englishText,
      List<Sentence> englishSentences) implements DocumentPair {

    /**
     * Copies the lists; that the sentences match the texts is checked when the pair is aligned.
     *
     * @param chineseText the Chinese document
     * @param chineseSentences its sentences, with offsets into it, in order
     * @param englishText the English document
     * @param englishSentences its sentences, with offsets into it, in order
     * @throws NullPointerException if an argument or a sentence is null
     */
    public SplitDocuments {
      Objects.requireNonNull(chineseText, "chineseText");
      Objects.requireNonNull(englishText, "englishText");
      chineseSentences = copy(chineseSentences, "chineseSentences");
      englishSentences = copy(englishSentences, "englishSentences");
    }

    @Override
    public Alignment alignWith(Aligner aligner) {
      return aligner.align(chineseText, chineseSentences, englishText, englishSentences);
    }
  }

  /**
   * One stream in which each paragraph is followed by its rendering.
   *
   * <pre>{@code
   * DocumentPair pair = new DocumentPair.Interleaved("你好。Hello.\n再见。Goodbye.");
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param text the stream
   */
  record Interleaved(String text) implements DocumentPair {

    /**
     * Checks the stream.
     *
     * @param text the stream
     * @throws NullPointerException if {@code text} is null
     */
    public Interleaved {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Alignment alignWith(Aligner aligner) {
      return aligner.alignInterleaved(text);
    }
  }
}
