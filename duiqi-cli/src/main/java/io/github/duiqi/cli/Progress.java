package io.github.duiqi.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * The progress bar of a batch on stderr: {@code [=====     ] 45% 450/1000 pairs, 120/s, 0:05
 * left}. It is drawn only on a terminal (never into a pipe or a file), at most ten times a
 * second, and cleared before any other message.
 *
 * <p>Not thread-safe: the batch's calling thread draws it.
 */
final class Progress {

  private static final int WIDTH = 30;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean shown;
  private final long start = System.nanoTime();
  private long lastDrawn;
  private int done;
  private boolean drawn;

  private Progress(PrintWriter err, int total, boolean shown) {
    this.err = err;
    this.total = total;
    this.shown = shown;
  }

  /** A progress bar shown if {@code wanted} and this process runs on a terminal. */
  static Progress start(PrintWriter err, int total, boolean wanted) {
    return new Progress(err, total, wanted && isTerminal());
  }

  /**
   * Whether the process is attached to a terminal: {@link System#console()} exists only then
   * up to Java 21; from Java 22 on it may exist anyway and {@code Console.isTerminal()} says.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** Counts one pair done and redraws the bar if it is due. */
  void step(int failed) {
    done++;
    long now = System.nanoTime();
    if (!shown || (now - lastDrawn < INTERVAL_NANOS && done < total)) {
      return;
    }
    lastDrawn = now;
    err.print("\r" + line(done, total, failed, (now - start) / 1e9));
    err.flush();
    drawn = true;
  }

  /** Removes the bar, before a message or at the end. */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  /** The bar's text after {@code seconds}. */
  static String line(int done, int total, int failed, double seconds) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    double rate = seconds > 0 ? done / seconds : 0;
    String left = rate > 0 ? duration((total - done) / rate) : "?";
    return String.format(Locale.ROOT, "[%s%s] %3d%% %d/%d pairs, %s/s, %s left%s",
        "=".repeat(filled), " ".repeat(WIDTH - filled),
        total == 0 ? 100 : (int) (100L * done / total), done, total,
        rate >= 10 ? String.format(Locale.ROOT, "%.0f", rate)
            : String.format(Locale.ROOT, "%.1f", rate),
        left, failed > 0 ? ", " + failed + " failed" : "");
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
