package io.github.duiqi.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

  private InputFiles() {}

  /**
   * An input that cannot be read: missing, unreadable, or not valid UTF-8. The message names
   * the file (and the line, for bad bytes) and is meant to be shown as it is.
   */
  public static final class InputException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    InputException(String file, int line, String message, Throwable cause) {
      super(message, cause);
      this.file = file;
      this.line = line;
    }

    /** The file as the user named it ("-" is shown as "standard input"). */
    public String file() {
      return file;
    }

    /** The 1-based line of the problem, or 0 if it concerns the whole file. */
    public int line() {
      return line;
    }
  }

  /**
   * Reads {@code file}, or {@code stdin} if {@code file} is {@value #STDIN}.
   *
   * @throws InputException if the file is missing, unreadable or not UTF-8
   * @throws NullPointerException if an argument is null
   */
  public static String read(String file, InputStream stdin) throws InputException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(stdin, "stdin");
    String name = STDIN.equals(file) ? "standard input" : file;
    byte[] bytes;
    try {
      bytes = STDIN.equals(file) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new InputException(name, 0, name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new InputException(name, 0, name + ": permission denied", e);
    } catch (IOException e) {
      String why = Files.isDirectory(Path.of(file)) ? "is a directory" : String.valueOf(
          e.getMessage());
      throw new InputException(name, 0, name + ": cannot read: " + why, e);
    } catch (java.nio.file.InvalidPathException e) {
      throw new InputException(name, 0, name + ": not a valid file name", e);
    }
    return decode(bytes, name);
  }

  /**
   * Decodes strict UTF-8, dropping a leading byte order mark.
   *
   * @throws InputException naming {@code name} and the line of the first bad byte
   */
  static String decode(byte[] bytes, String name) throws InputException {
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
      throw new InputException(name, line, String.format(
          "%s: line %d: invalid UTF-8 (byte 0x%02X at offset %d)", name, line,
          bytes[at] & 0xFF, at), null);
    }
    decoder.flush(out);
    out.flip();
    int from = out.length() > 0 && out.charAt(0) == '\uFEFF' ? 1 : 0;
    return out.subSequence(from, out.length()).toString();
  }
}
