package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.duiqi.Bead;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer closes what it opened and only flushes what it was given. */
class WriterClosingTest {

  static final class TrackedStream extends FilterOutputStream {
    final ByteArrayOutputStream bytes;
    int closes;

    TrackedStream() {
      this(new ByteArrayOutputStream());
    }

    private TrackedStream(ByteArrayOutputStream bytes) {
      super(bytes);
      this.bytes = bytes;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      closes++;
      super.close();
    }
  }

  static final class TrackedWriter extends FilterWriter {
    int closes;

    TrackedWriter(StringWriter out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      closes++;
      super.close();
    }
  }

  private static final byte[] TAIL = "after the writer\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void writersFlushButNeverCloseTheCallersStream() throws IOException {
    List<Bead> beads = TestBeads.seed();
    for (AlignmentFormat f : AlignmentFormat.values()) {
      if (f == AlignmentFormat.MOSES) {
        continue;
      }
      TrackedStream stream = new TrackedStream();
      try (BeadWriter out = f.writer(stream, FormatOptions.defaults())) {
        out.writeAll(beads);
      }
      assertEquals(0, stream.closes, f + " closed the caller's stream");
      stream.write(TAIL);
      byte[] expected = Outputs.write(f, beads).bytes();
      byte[] got = stream.bytes.toByteArray();
      assertArrayEquals(expected, java.util.Arrays.copyOf(got, expected.length),
          f + ": everything was flushed before the stream went on");
      assertEquals(expected.length + TAIL.length, got.length, f.toString());

      StringWriter text = new StringWriter();
      TrackedWriter chars = new TrackedWriter(text);
      try (BeadWriter out = f.writer(chars, FormatOptions.defaults())) {
        out.writeAll(beads);
      }
      assertEquals(0, chars.closes, f + " closed the caller's Writer");
      assertEquals(new String(expected, StandardCharsets.UTF_8), text.toString(), f.toString());
    }
  }

  @Test
  void mosesFlushesButNeverClosesTheCallersStreams() throws IOException {
    TrackedStream zh = new TrackedStream();
    TrackedStream en = new TrackedStream();
    try (BeadWriter out = AlignmentFormat.mosesWriter(zh, en, FormatOptions.defaults())) {
      out.writeAll(TestBeads.seed());
    }
    assertEquals(0, zh.closes);
    assertEquals(0, en.closes);
    assertEquals(17, zh.bytes.toString(StandardCharsets.UTF_8).split("\n", -1).length - 1);
    assertEquals(17, en.bytes.toString(StandardCharsets.UTF_8).split("\n", -1).length - 1);
  }

  @Test
  void writersCloseTheFilesTheyOpened(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc (Linux)");
    for (AlignmentFormat f : AlignmentFormat.values()) {
      Path base = dir.resolve("doc");
      List<Path> files = f.outputFiles(base);
      try (BeadWriter out = f.writer(base, FormatOptions.defaults())) {
        out.writeAll(TestBeads.seed());
        for (Path file : files) {
          assertEquals(1, ReadersTest.openDescriptors(file), file + " open while written");
        }
      }
      for (Path file : files) {
        assertEquals(0, ReadersTest.openDescriptors(file), file + " closed by close()");
      }
      if (f != AlignmentFormat.MOSES) {
        assertArrayEquals(Outputs.write(f, TestBeads.seed()).bytes(), Files.readAllBytes(files.get(0)),
            f.toString());
      }
    }
  }

  /** Fails every write; counts closes. */
  static final class FailingStream extends OutputStream {
    int closes;

    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk full");
    }

    @Override
    public void close() {
      closes++;
    }
  }

  @Test
  void aFailingOwnedFileIsStillClosedAndTheFailureReported() throws IOException {
    FailingStream failing = new FailingStream();
    AbstractBeadWriter writer = ((AbstractBeadWriter) AlignmentFormat.TSV.writer(failing,
        FormatOptions.defaults())).owning(failing);
    writer.write(TestBeads.pair("甲", "A", 1));
    IOException e = assertThrows(IOException.class, writer::close);
    assertEquals("disk full", e.getMessage());
    assertEquals(1, failing.closes, "closed although the flush failed");
  }
}
