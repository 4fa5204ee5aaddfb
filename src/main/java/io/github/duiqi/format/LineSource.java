package io.github.duiqi.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Lines of a text source with their numbers, for the line-based readers. A line ends at LF, CR
 * or CR LF (as {@link BufferedReader#readLine()}); a leading U+FEFF is dropped once. Bytes are
 * decoded as strict UTF-8 one line at a time, so invalid UTF-8 is a {@link FormatException}
 * with the line it is on.
 */
final class LineSource {
  private final String source;
  private final @Nullable BufferedReader chars;
  private final @Nullable InputStream bytes;
  private final boolean owned;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] lineBytes = new byte[256];
  private CharBuffer decoded = CharBuffer.allocate(256);
  private boolean pendingLf;
  private long line;

  private LineSource(String source, @Nullable Reader chars, @Nullable InputStream bytes,
      boolean owned) {
    this.source = Objects.requireNonNull(source, "source");
    this.chars = chars == null ? null
        : chars instanceof BufferedReader b ? b : new BufferedReader(chars);
    this.bytes = bytes;
    this.owned = owned;
  }

  /** Lines of characters the caller gave; {@link #close()} leaves them open. */
  static LineSource of(Reader in, String source) {
    return new LineSource(source, Objects.requireNonNull(in, "in"), null, false);
  }

  /** Lines of UTF-8 bytes the caller gave; {@link #close()} leaves them open. */
  static LineSource of(InputStream in, String source) {
    return new LineSource(source, null, Objects.requireNonNull(in, "in"), false);
  }

  /** Lines of a UTF-8 file, opened here and closed by {@link #close()}. */
  static LineSource open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return new LineSource(file.toString(), null, Files.newInputStream(file), true);
  }

  /** Returns the next line without its terminator, or null at the end. */
  @Nullable String next() throws IOException {
    String text = chars != null ? chars.readLine() : nextBytes();
    if (text == null) {
      return null;
    }
    line++;
    return line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private @Nullable String nextBytes() throws IOException {
    InputStream in = Objects.requireNonNull(bytes);
    int length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = Math.max(0, in.read(buffer, 0, buffer.length));
        position = 0;
        if (limit == 0) {
          return any || length > 0 ? decode(length) : null;
        }
      }
      byte b = buffer[position++];
      if (pendingLf) {
        pendingLf = false;
        if (b == '\n') {
          continue;
        }
      }
      any = true;
      if (b == '\n' || b == '\r') {
        pendingLf = b == '\r';
        return decode(length);
      }
      if (length == lineBytes.length) {
        lineBytes = Arrays.copyOf(lineBytes, length * 2);
      }
      lineBytes[length++] = b;
    }
  }

  private String decode(int length) throws FormatException {
    ByteBuffer in = ByteBuffer.wrap(lineBytes, 0, length);
    if (decoded.capacity() < length) {
      decoded = CharBuffer.allocate(length);
    }
    decoded.clear();
    decoder.reset();
    CoderResult result = decoder.decode(in, decoded, true);
    if (!result.isError()) {
      result = decoder.flush(decoded);
    }
    if (result.isError()) {
      throw new FormatException(source, line + 1, String.format(java.util.Locale.ROOT,
          "invalid UTF-8 (byte 0x%02X at byte %d of the line)", lineBytes[in.position()] & 0xFF,
          in.position() + 1));
    }
    decoded.flip();
    return decoded.toString();
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

  FormatException error(String reason, Throwable cause) {
    return new FormatException(source, line, reason, cause);
  }

  void close() throws IOException {
    if (owned) {
      Objects.requireNonNull(bytes).close();
    }
  }
}
