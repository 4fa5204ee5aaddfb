package io.github.duiqi.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * An output stream whose failures become {@link OutputFailure}s naming the output and the
 * operation, and which stays failed: after one failure every later call fails at once, so a
 * closed pipe or a full disk ends the run instead of being retried bead after bead.
 *
 * <p>Not thread-safe.
 */
final class NamedOutputStream extends FilterOutputStream {

  private final String name;
  private final boolean closesDelegate;
  private OutputFailure failure;

  /**
   * @param name what the messages call the output, e.g. {@code standard output} or a path
   * @param closesDelegate whether {@link #close()} closes {@code out} (not for standard output)
   */
  NamedOutputStream(OutputStream out, String name, boolean closesDelegate) {
    super(out);
    this.name = name;
    this.closesDelegate = closesDelegate;
  }

  @Override
  public void write(int b) throws IOException {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw fail("write", e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw fail("write", e);
    }
  }

  @Override
  public void flush() throws IOException {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw fail("write", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (failure != null) {
      if (closesDelegate) {
        try {
          out.close();
        } catch (IOException ignored) {
          // the first failure is the one to report
        }
      }
      throw failure;
    }
    flush();
    if (closesDelegate) {
      try {
        out.close();
      } catch (IOException e) {
        throw fail("close", e);
      }
    }
  }

  private void check() throws OutputFailure {
    if (failure != null) {
      throw failure;
    }
  }

  private OutputFailure fail(String operation, IOException e) {
    if (e instanceof OutputFailure named) {
      failure = named;
      return named;
    }
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    boolean pipeClosed = reason.toLowerCase(Locale.ROOT).contains("broken pipe");
    failure = new OutputFailure("cannot " + operation + " " + name + ": " + reason, pipeClosed, e);
    return failure;
  }
}
