package io.github.duiqi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes decoded into a {@link PrintWriter}, for a command line whose standard output is
 * text (tests); the writer's error state becomes an {@link IOException}, as a failing file
 * descriptor's would be.
 *
 * <p>Not thread-safe.
 */
final class WriterOutputStream extends OutputStream {

  private final PrintWriter out;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  /** Bytes of a character split between two writes. */
  private ByteBuffer pending = ByteBuffer.allocate(0);

  WriterOutputStream(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
    in.put(pending).put(b, off, len).flip();
    CharBuffer chars = CharBuffer.allocate(in.remaining());
    decoder.decode(in, chars, false);
    pending = in.slice();
    chars.flip();
    out.append(chars);
    check();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
    check();
  }

  private void check() throws IOException {
    if (out.checkError()) {
      throw new IOException("the writer failed");
    }
  }
}
