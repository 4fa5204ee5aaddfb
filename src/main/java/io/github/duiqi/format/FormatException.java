package io.github.duiqi.format;

import java.io.IOException;
import java.util.Objects;

/**
 * Thrown when a file read by this package is malformed: it names the source (usually a file
 * name) and the 1-based line where the problem is.
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
public final class FormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String reason;

  /**
   * Creates an exception for a problem at a line of a source.
   *
   * @param source what was read, e.g. a file name; never null
   * @param line 1-based line number, or 0 when unknown
   * @param reason what is wrong, without the source and line
   * @param cause the underlying exception, if any
   */
  public FormatException(String source, long line, String reason, Throwable cause) {
    super(format(source, line, reason), cause);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /**
   * Creates an exception for a problem at a line of a source.
   *
   * @param source what was read, e.g. a file name
   * @param line 1-based line number, or 0 when unknown
   * @param reason what is wrong, without the source and line
   */
  public FormatException(String source, long line, String reason) {
    super(format(source, line, reason));
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  private static String format(String source, long line, String reason) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }

  /** Returns what was read, e.g. a file name. */
  public String source() {
    return source;
  }

  /** Returns the 1-based line number of the problem, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** Returns what is wrong, without the source and line. */
  public String reason() {
    return reason;
  }
}
