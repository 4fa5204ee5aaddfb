package io.github.duiqi.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a file or stream one at a time, as an {@link Iterator} or, through
 * {@link #stream()}, a {@link Stream}; memory does not grow with the input. Close it, best with
 * try-with-resources.
 *
 * <pre>{@code
 * try (TsvReader in = TsvReader.open(Path.of("doc.tsv"))) {
 *   while (in.hasNext()) {
 *     TextPair p = in.next();
 *     System.out.println(in.line() + ": " + p.english());
 *   }
 * }
 * try (Stream<LadderEntry> rungs = LadderReader.open(Path.of("doc.align")).stream()) {
 *   long oneToOne = rungs.filter(e -> e.chineseIndices().size() == 1).count();
 * }
 * }</pre>
 *
 * <p><b>Errors.</b> Malformed input is a {@link FormatException} naming the source and line;
 * a failure to read is an {@link UncheckedIOException}. Once a reader has thrown, it throws the
 * same exception again rather than read on. A leading byte order mark (U+FEFF) is skipped.
 *
 * <p><b>Closing.</b> {@link #close()} closes the file when the reader opened it (the
 * {@code open(Path)} factories); a stream or reader the caller gave stays open and is the
 * caller's to close. Closing the {@link #stream()} closes the reader.
 *
 * <p>Not thread-safe: one thread reads from a reader.
 *
 * @param <T> the record type
 */
public abstract sealed class RecordReader<T> implements Iterator<T>, Closeable
    permits LineRecordReader, TmxReader {

  private final String source;
  private @Nullable T next;
  private long nextLine;
  private long line;
  private boolean end;
  private boolean closed;
  private @Nullable RuntimeException failure;

  RecordReader(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Reads the next record, or returns null at the end of the input. */
  abstract @Nullable T read() throws IOException;

  /** Returns the 1-based line at which the record {@link #read()} just returned starts. */
  abstract long recordLine();

  /** Frees what the reader holds; closes the input if the reader opened it. */
  abstract void release() throws IOException;

  /**
   * Returns whether there is another record, reading it if needed.
   *
   * @throws FormatException if the next record is malformed
   * @throws UncheckedIOException if reading fails
   * @throws IllegalStateException if the reader is closed
   */
  @Override
  public final boolean hasNext() {
    if (failure != null) {
      throw failure;
    }
    if (closed) {
      throw new IllegalStateException(source + ": the reader is closed");
    }
    if (next == null && !end) {
      try {
        next = read();
      } catch (IOException e) {
        failure = new UncheckedIOException(source + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        failure = e;
      }
      if (failure != null) {
        throw failure;
      }
      if (next == null) {
        end = true;
      } else {
        nextLine = recordLine();
      }
    }
    return next != null;
  }

  /**
   * Returns the next record.
   *
   * @throws NoSuchElementException at the end of the input
   * @throws FormatException if the record is malformed
   * @throws UncheckedIOException if reading fails
   * @throws IllegalStateException if the reader is closed
   */
  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException(source + ": no more records");
    }
    T record = Objects.requireNonNull(next);
    next = null;
    line = nextLine;
    return record;
  }

  /**
   * Returns the remaining records.
   *
   * @return the records not read yet, in order
   * @throws FormatException if a record is malformed
   * @throws UncheckedIOException if reading fails
   * @throws IllegalStateException if the reader is closed
   */
  public final List<T> readAll() {
    List<T> records = new ArrayList<>();
    forEachRemaining(records::add);
    return records;
  }

  /**
   * Returns the remaining records as a sequential, ordered stream; closing the stream closes
   * this reader. Its operations throw what {@link #next()} throws.
   *
   * @return the records not read yet
   */
  public final Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Returns what is read, as errors name it.
   *
   * @return a file name or the caller's description
   */
  public final String source() {
    return source;
  }

  /**
   * Returns the 1-based line at which the record last returned by {@link #next()} starts, or 0
   * before the first: for the caller's own checks of a record, e.g.
   * {@code new FormatException(in.source(), in.line(), "id out of range")}.
   *
   * @return the line, 1-based, or 0
   */
  public final long line() {
    return line;
  }

  /**
   * Closes the reader, and the file if the reader opened it; a stream the caller gave stays
   * open. Closing twice does nothing.
   *
   * @throws IOException if closing the file fails
   */
  @Override
  public final void close() throws IOException {
    if (!closed) {
      closed = true;
      next = null;
      release();
    }
  }
}
