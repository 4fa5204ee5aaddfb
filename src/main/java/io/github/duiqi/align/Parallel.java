package io.github.duiqi.align;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs independent tasks {@code 0..tasks-1} on the calling thread and up to
 * {@code threads - 1} helper threads (daemons, started for the call and joined before it
 * returns), each thread taking the next task not yet taken. The tasks must write disjoint
 * data; what they wrote is visible to the caller when {@link #run} returns.
 *
 * <pre>{@code
 * Parallel.run(2, runs.length, r -> runs[r].scan());
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
final class Parallel {

  private Parallel() {}

  /**
   * Runs every task once; the first failure of a task (a {@link RuntimeException} or
   * {@link Error}) is rethrown once all threads are done, the other tasks still run.
   */
  static void run(int threads, int tasks, IntConsumer task) {
    int helpers = Math.min(threads, tasks) - 1;
    if (helpers <= 0) {
      for (int k = 0; k < tasks; k++) {
        task.accept(k);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Throwable[] failure = new Throwable[1];
    Runnable worker = () -> {
      for (int k = next.getAndIncrement(); k < tasks; k = next.getAndIncrement()) {
        try {
          task.accept(k);
        } catch (RuntimeException | Error e) {
          synchronized (failure) {
            if (failure[0] == null) {
              failure[0] = e;
            }
          }
        }
      }
    };
    Thread[] started = new Thread[helpers];
    for (int h = 0; h < helpers; h++) {
      started[h] = new Thread(worker, "duiqi-worker-" + (h + 1));
      started[h].setDaemon(true);
      started[h].start();
    }
    worker.run();
    for (Thread t : started) {
      join(t);
    }
    synchronized (failure) {
      rethrow(failure[0]);
    }
  }

  /** Waits for {@code thread} to end, keeping an interrupt for the caller to see afterwards. */
  static void join(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Rethrows a task's failure (a {@link RuntimeException} or {@link Error}); nothing for null. */
  static void rethrow(@Nullable Throwable failure) {
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
  }
}
