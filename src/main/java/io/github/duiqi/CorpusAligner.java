package io.github.duiqi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Aligns many document pairs on all cores with bounded memory: the unit a corpus pipeline feeds.
 *
 * <p>The caller gives an iterator of keys (file names, database ids, anything), a loader that
 * turns a key into a {@link DocumentPair}, and a sink for the results. Keys are taken from the
 * iterator on the calling thread only when there is room: at most {@link #maxInFlight()} pairs
 * are loaded, being aligned or waiting for delivery at any moment, so a corpus of any size is
 * aligned in the memory of that many pairs. Loading and aligning run on {@link #threads()}
 * worker threads, so reading the files is parallel too. Results reach the sink on the calling
 * thread, one at a time, in input order, whatever order the workers finish in: the output of a
 * corpus is deterministic, and the sink needs no synchronisation.
 *
 * <p>A pair whose loader or alignment throws a {@link RuntimeException} gives a failed
 * {@link DocumentResult} with its key and the exception, and the others go on. Exceptions of the
 * key iterator or the sink, and {@link Error}s, stop the whole run: no further key is taken,
 * pending work is cancelled, and the exception propagates from {@code align}.
 *
 * <pre>{@code
 * CorpusAligner corpus = CorpusAligner.create();   // all cores, 2 pairs in flight per core
 * corpus.align(ids.iterator(),
 *     id -> DocumentPair.ofSentences(lines(dir.resolve(id + ".zh")), lines(dir.resolve(id + ".en"))),
 *     result -> {
 *       if (result.succeeded()) {
 *         write(result.key(), result.alignment());
 *       } else {
 *         System.err.println(result.key() + ": " + result.failure().getMessage());
 *       }
 *     });
 * }</pre>
 *
 * <p>Results in input order mean one slow pair holds back the delivery of the pairs after it;
 * the workers go on with the next pairs while in-flight room lasts, so a larger
 * {@link #withMaxInFlight(int) in-flight bound} rides over larger differences in pair size.
 *
 * <p>Immutable and thread-safe: configuration methods return new instances, and one instance may
 * run several corpora at once from different threads, each {@code align} call with its own
 * worker threads, which end before it returns normally.
 */
public final class CorpusAligner {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Aligner aligner;
  private final int threads;
  /** 0: twice the threads. */
  private final int maxInFlight;

  private CorpusAligner(Aligner aligner, int threads, int maxInFlight) {
    this.aligner = aligner;
    this.threads = threads;
    this.maxInFlight = maxInFlight;
  }

  /**
   * Returns a corpus aligner with {@link Aligner#create()}, one worker per available processor
   * and twice as many pairs in flight.
   *
   * @return a new corpus aligner with those settings
   */
  public static CorpusAligner create() {
    return new CorpusAligner(Aligner.create(), Runtime.getRuntime().availableProcessors(), 0);
  }

  /**
   * Returns a copy that aligns with {@code aligner}.
   *
   * @param aligner the aligner applied to every pair, with its settings and splitter
   * @return a copy with that aligner and this instance's threads and in-flight bound
   * @throws NullPointerException if {@code aligner} is null
   */
  public CorpusAligner withAligner(Aligner aligner) {
    return new CorpusAligner(Objects.requireNonNull(aligner, "aligner"), threads, maxInFlight);
  }

  /**
   * Returns a copy with {@code threads} worker threads.
   *
   * @param threads the number of threads that load and align pairs, at least 1; each
   *     {@code align} call starts its own
   * @return a copy with that number of threads; an in-flight bound left unset stays twice the
   *     threads
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public CorpusAligner withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " is less than 1");
    }
    return new CorpusAligner(aligner, threads, maxInFlight);
  }

  /**
   * Returns a copy that holds at most {@code maxInFlight} pairs at once (loaded, being aligned,
   * or aligned and waiting for delivery). Fewer than {@link #threads()} leaves workers idle.
   *
   * @param maxInFlight the most pairs held at once, at least 1; memory grows with it
   * @return a copy with that bound
   * @throws IllegalArgumentException if {@code maxInFlight} is less than 1
   */
  public CorpusAligner withMaxInFlight(int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight " + maxInFlight + " is less than 1");
    }
    return new CorpusAligner(aligner, threads, maxInFlight);
  }

  /**
   * Returns the aligner applied to every pair.
   *
   * @return the aligner given to {@link #withAligner}, or {@link Aligner#create()}
   */
  public Aligner aligner() {
    return aligner;
  }

  /**
   * Returns the number of worker threads.
   *
   * @return the threads each {@code align} call starts, at least 1
   */
  public int threads() {
    return threads;
  }

  /**
   * Returns the most pairs held at once.
   *
   * @return the bound given to {@link #withMaxInFlight}, or twice {@link #threads()}
   */
  public int maxInFlight() {
    return maxInFlight == 0 ? 2 * threads : maxInFlight;
  }

  /**
   * Aligns the pair of every key and gives the results to {@code sink} in the keys' order.
   * Returns when every result is delivered.
   *
   * @param <K> the type of the keys
   * @param keys the keys, taken on the calling thread when there is room; none may be null
   * @param load turns a key into its pair; runs on a worker thread, and what it throws fails that
   *     pair only
   * @param sink receives every result, on the calling thread, in input order
   * @throws NullPointerException if an argument or a key is null
   * @throws CancellationException if the calling thread is interrupted (its interrupt flag is set
   *     again)
   */
  public <K> void align(
      Iterator<? extends K> keys,
      Function<? super K, ? extends DocumentPair> load,
      Consumer<? super DocumentResult<K>> sink) {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(load, "load");
    Objects.requireNonNull(sink, "sink");
    int bound = maxInFlight();
    ExecutorService workers = Executors.newFixedThreadPool(threads, workerThreads());
    ArrayDeque<Future<DocumentResult<K>>> inFlight = new ArrayDeque<>(bound);
    try {
      long index = 0;
      while (true) {
        while (inFlight.size() < bound && keys.hasNext()) {
          K key = keys.next();
          if (key == null) {
            throw new NullPointerException("key " + index + " is null");
          }
          long position = index++;
          inFlight.add(workers.submit(() -> alignOne(key, position, load)));
        }
        Future<DocumentResult<K>> next = inFlight.poll();
        if (next == null) {
          return;
        }
        sink.accept(await(next));
      }
    } finally {
      // normal end: every task is done; otherwise stop what is still queued or running
      workers.shutdownNow();
    }
  }

  /**
   * Aligns every pair of a list, keyed by its index, and returns the results in order. The
   * whole list and every alignment are in memory at once: for corpora, use
   * {@link #align(Iterator, Function, Consumer)}.
   *
   * @param pairs the pairs (copied)
   * @return one result for each pair, in the list's order, keyed by the pair's index; a pair
   *     that failed gives a failed result, not an exception
   * @throws NullPointerException if the list or a pair is null
   */
  public List<DocumentResult<Integer>> alignAll(List<? extends DocumentPair> pairs) {
    List<DocumentPair> copy = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
    List<DocumentResult<Integer>> results = new ArrayList<>(copy.size());
    Iterator<Integer> indices = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < copy.size();
      }

      @Override
      public Integer next() {
        return next++;
      }
    };
    align(indices, copy::get, results::add);
    return results;
  }

  private <K> DocumentResult<K> alignOne(
      K key, long index, Function<? super K, ? extends DocumentPair> load) {
    try {
      DocumentPair pair = load.apply(key);
      if (pair == null) {
        throw new NullPointerException("the loader returned null for key " + key);
      }
      return new DocumentResult<>(key, index, pair.alignWith(aligner), null);
    } catch (RuntimeException e) {
      return new DocumentResult<>(key, index, null, e);
    }
  }

  private static <K> DocumentResult<K> await(Future<DocumentResult<K>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("interrupted");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      // alignOne turns RuntimeExceptions into results: only Errors get here
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("unexpected failure of a worker", cause);
    }
  }

  private static ThreadFactory workerThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "duiqi-corpus-" + pool + "-" + count.incrementAndGet());
      // a run that stopped early must not keep the JVM alive while a worker finishes its pair
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public String toString() {
    return "CorpusAligner[threads=" + threads + ", maxInFlight=" + maxInFlight() + "]";
  }
}
