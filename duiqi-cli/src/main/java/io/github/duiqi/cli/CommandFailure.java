package io.github.duiqi.cli;

/**
 * Ends a command with a one-line message and an exit code of {@link Main}; thrown where the
 * failure is found, shown by {@link Main#failure}.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
