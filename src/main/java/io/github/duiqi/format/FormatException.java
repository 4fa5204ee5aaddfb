package io.github.duiqi.format;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input is malformed: it names the source (a file name, {@code "<stdin>"} or a
 * description) and the 1-based line where the problem is. Every reader of this package throws
 * it, and so does the command line for its input files.
 *
 * <p>Unchecked, so that it can come out of {@link java.util.Iterator#next()} and
 * {@link java.util.stream.Stream} operations with its source and line intact (a checked exception
 * would have to be wrapped there). Failures to read at all (a missing file, a disk error) stay
 * {@link java.io.IOException}s, or {@link java.io.UncheckedIOException}s while iterating.
 *
 * <pre>{@code
 * try (LadderReader in = LadderReader.open(Path.of("doc.align"))) {
 *   List<LadderEntry> rungs = in.readAll();
 * } catch (FormatException e) {
 *   System.err.println(e.getMessage()); // "doc.align:7: expected '[' ..."
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FormatException extends RuntimeException {
  /** Serialization version. */
  private static final long serialVersionUID = 2L;

  /** What was read. */
  private final String source;
  /** The 1-based line, or 0. */
  private final long line;
  /** What is wrong. */
  private final String reason;

  /**
   * Creates an exception for a problem at a line of a source.
   *
   * @param source what was read, e.g. a file name or {@code "<stdin>"}
   * @param line 1-based line number, or 0 when the problem concerns no line
   * @param reason what is wrong, without the source and line
   * @param cause the underlying exception, if any
   * @throws NullPointerException if {@code source} or {@code reason} is null
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public FormatException(String source, long line, String reason, @Nullable Throwable cause) {
    super(format(source, line, reason), cause);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * Creates an exception for a problem at a line of a source.
   *
   * @param source what was read, e.g. a file name or {@code "<stdin>"}
   * @param line 1-based line number, or 0 when the problem concerns no line
   * @param reason what is wrong, without the source and line
   * @throws NullPointerException if {@code source} or {@code reason} is null
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public FormatException(String source, long line, String reason) {
    this(source, line, reason, null);
  }

  private static String format(String source, long line, String reason) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " is negative");
    }
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }

  /**
   * Returns what was read.
   *
   * @return the source, e.g. a file name or {@code "<stdin>"}
   */
  public String source() {
    return source;
  }

  /**
   * Returns where the problem is.
   *
   * @return the 1-based line number, or 0 when the problem concerns no line
   */
  public long line() {
    return line;
  }

  /**
   * Returns what is wrong.
   *
   * @return the reason, without the source and line
   */
  public String reason() {
    return reason;
  }
}
