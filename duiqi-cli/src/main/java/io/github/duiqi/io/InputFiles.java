package io.github.duiqi.io;

import io.github.duiqi.format.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads command-line input files as strict UTF-8, with errors that name the file and, for bad
 * bytes, the line.
 *
 * <p>A leading byte order mark (U+FEFF) is removed, so offsets count from the first character
 * after it. Line breaks and all other characters are kept as they are.
 *
 * <pre>{@code
 * String text = InputFiles.read("news.txt", System.in);   // "-" reads standard input
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class InputFiles {

  /** The argument that names standard input. */
  public static final String STDIN = "-";

  /** How errors name standard input. */
  public static final String STDIN_NAME = "<stdin>";

  private InputFiles() {}

  /**
   * Reads {@code file}, or {@code stdin} if {@code file} is {@value #STDIN}.
   *
   * @throws FormatException if the input is not UTF-8 (naming the file, or {@value #STDIN_NAME},
   *     and the line of the first bad byte)
   * @throws FileSystemException if the file is missing, unreadable or a directory; its message
   *     is one line naming the file
   * @throws IOException if standard input cannot be read
   * @throws NullPointerException if an argument is null
   */
  public static String read(String file, InputStream stdin) throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stdin, "stdin");
    if (STDIN.equals(file)) {
      return decode(stdin.readAllBytes(), STDIN_NAME);
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new FileSystemException(file, null, "not a valid file name");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file, null, "no such file");
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(file, null, "permission denied");
    } catch (IOException e) {
      String why = Files.isDirectory(path) ? "is a directory" : String.valueOf(e.getMessage());
      FileSystemException f = new FileSystemException(file, null, "cannot read: " + why);
      f.initCause(e);
      throw f;
    }
    return decode(bytes, file);
  }

  /**
   * Decodes strict UTF-8, dropping a leading byte order mark.
   *
   * @throws FormatException naming {@code name} and the line of the first bad byte
   */
  static String decode(byte[] bytes, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new FormatException(name, line, String.format(Locale.ROOT,
          "invalid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xFF, at));
    }
    decoder.flush(out);
    out.flip();
    int from = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
    return out.subSequence(from, out.length()).toString();
  }
}
