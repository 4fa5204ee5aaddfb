package io.github.duiqi.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A ladder ({@code [zh ids]:[en ids]}) file that cannot be read: says which file, which line
 * (1-based) and what is wrong.
 */
public final class MalformedAlignmentException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;

  /** Creates the exception for {@code file}, 1-based {@code line}, with a reason. */
  public MalformedAlignmentException(Path file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
  }

  /** The file that is malformed. */
  public Path file() {
    return file;
  }

  /** The 1-based line that is malformed. */
  public int line() {
    return line;
  }
}
