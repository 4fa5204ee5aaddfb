package io.github.duiqi.eval;

import io.github.duiqi.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads UTF-8 text files of one item a line, strictly: invalid UTF-8 is an error naming the
 * file and line. A leading byte-order mark is dropped; lines end at {@code \n}, {@code \r\n} or a lone {@code \r}; a final
 * line break does not start another line.
 *
 * <p>Stateless; thread-safe.
 */
public final class TextFiles {

  private TextFiles() {}

  /**
   * Reads the whole file as strict UTF-8, dropping a leading byte order mark.
   *
   * @throws io.github.duiqi.format.FormatException if the file is not UTF-8 (with the line of
   *     the first bad byte)
   * @throws IOException if the file is missing or unreadable
   */
  public static String read(Path file) throws IOException {
    return InputFiles.read(file.toString(), InputStream.nullInputStream());
  }

  /** Reads the file's lines, without their line breaks. */
  public static List<String> lines(Path file) throws IOException {
    return InputFiles.lines(read(file));
  }
}
