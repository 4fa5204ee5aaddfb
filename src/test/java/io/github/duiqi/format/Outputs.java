package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes beads to memory for tests. */
final class Outputs {
  private Outputs() {}

  /** The bytes and the summary of one write. */
  record Written(byte[] bytes, WriteSummary summary) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  static Written write(AlignmentFormat format, List<Bead> beads, FormatOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      BeadWriter writer = format.writer(bytes, options);
      try (writer) {
        writer.writeAll(beads);
      }
      return new Written(bytes.toByteArray(), writer.summary());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Written write(AlignmentFormat format, List<Bead> beads) {
    return write(format, beads, FormatOptions.defaults());
  }
}
