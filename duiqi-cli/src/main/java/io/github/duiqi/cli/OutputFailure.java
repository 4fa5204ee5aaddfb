package io.github.duiqi.cli;

import java.io.IOException;

/**
 * An output that could not be written, with a message that names the file (or standard
 * output) and the operation, e.g. {@code cannot write out/a.tsv: No space left on device}.
 */
final class OutputFailure extends IOException {
  private static final long serialVersionUID = 1L;
  private final boolean pipeClosed;

  OutputFailure(String message, boolean pipeClosed, Throwable cause) {
    super(message, cause);
    this.pipeClosed = pipeClosed;
  }

  /** Whether the reader of a pipe closed it: the run ends quietly with {@link Main#PIPE_CLOSED}. */
  boolean pipeClosed() {
    return pipeClosed;
  }
}
