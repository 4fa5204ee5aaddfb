package io.github.duiqi.format;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Lines of a text source with their numbers; invalid UTF-8 becomes a {@link FormatException}. */
final class LineSource implements Closeable {
  private final BufferedReader in;
  private final String source;
  private long line;

  LineSource(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    this.source = Objects.requireNonNull(source, "source");
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
  }

  static LineSource open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    // Files.newBufferedReader decodes strictly: bad bytes throw instead of becoming U+FFFD
    return new LineSource(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Returns the next line without its terminator, or null at the end. */
  @Nullable String next() throws IOException {
    try {
      String text = in.readLine();
      if (text != null) {
        line++;
      }
      return text;
    } catch (CharacterCodingException e) {
      throw error(line + 1, "invalid UTF-8 (" + e.getMessage() + ")", e);
    }
  }

  long line() {
    return line;
  }

  String source() {
    return source;
  }

  FormatException error(String reason) {
    return new FormatException(source, line, reason);
  }

  FormatException error(long at, String reason, Throwable cause) {
    return new FormatException(source, at, reason, cause);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
