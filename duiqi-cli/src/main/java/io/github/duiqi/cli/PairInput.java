package io.github.duiqi.cli;

import io.github.duiqi.DocumentPair;
import io.github.duiqi.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How {@code align} reads one pair of input files into a {@link DocumentPair}: their encodings,
 * one sentence a line or whole documents, and the check that each side is in its language.
 *
 * <pre>{@code
 * PairInput input = new PairInput(Encodings.DETECT, true, true, System.in);
 * DocumentPair pair = input.read("a.zh", "a.en");
 * }</pre>
 *
 * <p>Immutable; thread-safe if {@code stdin} is read by one thread only.
 *
 * @param encodings the encodings of the two sides (null: detected)
 * @param presplit whether the files hold one sentence a line
 * @param checkLanguages whether a side in the wrong language is refused
 * @param stdin what {@code -} reads
 */
record PairInput(Encodings encodings, boolean presplit, boolean checkLanguages,
    InputStream stdin) {

  /** An input refused for what it holds; the message names the file. */
  static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * Reads a Chinese and an English file ({@code -}: standard input).
   *
   * @throws IOException if a file cannot be read or decoded
   * @throws Refused if a side is not in its language
   */
  DocumentPair read(String chineseFile, String englishFile) throws IOException {
    if (presplit) {
      // line by line: never the whole text of a side as one string besides its lines
      List<String> chinese = InputFiles.readLines(chineseFile, stdin, encodings.chinese(),
          "--encoding zh=");
      List<String> english = InputFiles.readLines(englishFile, stdin, encodings.english(),
          "--encoding en=");
      check(LanguageCheck.Lines.of(chinese), LanguageCheck.Lines.of(english), chineseFile,
          englishFile);
      return DocumentPair.ofSentences(chinese, english);
    }
    String chinese = read(chineseFile, encodings.chinese(), "zh");
    String english = read(englishFile, encodings.english(), "en");
    check(chinese, english, chineseFile, englishFile);
    return DocumentPair.ofDocuments(chinese, english);
  }

  private void check(CharSequence chinese, CharSequence english, String chineseFile,
      String englishFile) {
    if (checkLanguages) {
      String problem = LanguageCheck.problem(chinese, english, chineseFile, englishFile);
      if (problem != null) {
        throw new Refused(problem);
      }
    }
  }

  /**
   * Reads one interleaved file, in the encoding given for both sides (or detected).
   *
   * @throws IOException if the file cannot be read or decoded
   */
  DocumentPair readInterleaved(String file) throws IOException {
    Charset encoding = encodings.chinese() != null ? encodings.chinese() : encodings.english();
    return DocumentPair.ofInterleaved(InputFiles.read(file, stdin, encoding, "--encoding "));
  }

  private String read(String file, @Nullable Charset encoding, String side)
      throws IOException {
    return InputFiles.read(file, stdin, encoding, "--encoding " + side + "=");
  }
}
