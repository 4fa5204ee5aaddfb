package io.github.duiqi.format;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The part the line-based readers share: one record a line of a {@link LineSource}, blank lines
 * skipped, each record's line kept for {@link RecordReader#line()}. A reader says only how a line
 * becomes a record.
 *
 * <p>Not thread-safe: one thread reads from a reader.
 *
 * @param <T> the record type
 */
abstract sealed class LineRecordReader<T> extends RecordReader<T>
    permits JsonLinesReader, LadderReader, TsvReader {
  final LineSource lines;

  LineRecordReader(LineSource lines) {
    super(lines.source());
    this.lines = lines;
  }

  /**
   * The record of a line that is not blank, or null for a line that holds none (a comment).
   *
   * @throws FormatException if the line is malformed ({@link LineSource#error} names it)
   */
  abstract @Nullable T parse(String line) throws FormatException;

  @Override
  final @Nullable T read() throws IOException {
    for (String line; (line = lines.next()) != null; ) {
      if (!line.isBlank()) {
        T record = parse(line);
        if (record != null) {
          return record;
        }
      }
    }
    return null;
  }

  @Override
  final long recordLine() {
    return lines.line();
  }

  @Override
  final void release() throws IOException {
    lines.close();
  }
}
