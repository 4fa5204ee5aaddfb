package io.github.duiqi.cli;

import io.github.duiqi.DocumentPair;
import io.github.duiqi.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
 * <p>Immutable; thread-safe if {@code stdin} is read by one thread only. A pre-split pair's
 * English file is read on a thread of its own; at most one side may be {@code -}.
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
      // line by line (UTF-8 never as a whole text besides its lines); the English on a thread
      // of its own meanwhile (both sides' bytes and lines then share the heap: under 500 MB
      // at a million sentences a side); the Chinese side's failure is still the one reported
      // when both fail, and the English read is then stopped
      if (InputFiles.STDIN.equals(chineseFile) && InputFiles.STDIN.equals(englishFile)) {
        throw new IllegalArgumentException("only one of the two files can be "
            + InputFiles.STDIN + " (standard input)");
      }
      FutureTask<List<String>> englishRead = new FutureTask<>(() -> InputFiles.readLines(
          englishFile, stdin, encodings.english(), "--encoding en="));
      Thread reader = new Thread(englishRead, "duiqi-read-english");
      reader.setDaemon(true);
      reader.start();
      List<String> chinese;
      List<String> english;
      try {
        chinese = InputFiles.readLines(chineseFile, stdin, encodings.chinese(),
            "--encoding zh=");
        english = result(englishRead);
      } finally {
        englishRead.cancel(true); // nothing once it is done
      }
      check(LanguageCheck.Lines.of(chinese), LanguageCheck.Lines.of(english), chineseFile,
          englishFile);
      return DocumentPair.ofSentences(chinese, english);
    }
    String chinese = read(chineseFile, encodings.chinese(), "zh");
    String english = read(englishFile, encodings.english(), "en");
    check(chinese, english, chineseFile, englishFile);
    return DocumentPair.ofDocuments(chinese, english);
  }

  /** The task's result; what it threw, thrown again. */
  private static <T> T result(FutureTask<T> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the English file");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
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
