package io.github.duiqi.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UTF-8 text files of one item a line, strictly: invalid UTF-8 is an error naming the
 * file. A leading byte-order mark is dropped; lines end at {@code \n} or {@code \r\n}; a final
 * line break does not start another line.
 *
 * <p>Stateless; thread-safe.
 */
public final class TextFiles {

  private TextFiles() {}

  /** Reads the whole file as UTF-8. */
  public static String read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8", e);
    }
  }

  /** Reads the file's lines, without their line breaks. */
  public static List<String> lines(Path file) throws IOException {
    return lines(read(file));
  }

  /** Splits text into lines as {@link #lines(Path)} does. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? n : end + 1;
      if (end < 0) {
        end = n;
      }
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      lines.add(text.substring(start, end));
      start = next;
    }
    return lines;
  }
}
