package io.github.duiqi.jmh;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.duiqi.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * duiqi's splitter and ICU4J's raw sentence {@link BreakIterator} paired in one measured loop:
 * every invocation splits the same text with both, timing each side with
 * {@link System#nanoTime()}, and swaps which side goes first on every invocation, so that both
 * see the same machine load, the same JIT state and the same cache warmth. The primary score is
 * the time of one pair (both splits); the ratio is what to read. The secondary results
 * {@code duiqiNanos} and {@code icuNanos} are each side's time summed over the measurement
 * iterations (JMH sums event counters), so their quotient is the ratio duiqi ÷ ICU; at the end
 * of the trial a line {@code paired:} prints that ratio with the lowest and highest iteration's.
 * (A per-iteration ratio is not a counter: JMH would sum it over the iterations.)
 *
 * <p>{@code text} is {@code generated} (the default, {@link SplitterBenchmark}'s 4 MB of mixed
 * text, needs no files) or the path of a UTF-8 file read whole as one document, e.g. paragraphs
 * of real sentences written by {@code docs/tools/make_split_text.py} (kept outside the
 * repository: the sentences are copyrighted).
 *
 * <pre>
 * ./mvnw -B -ntp -Pbenchmark -pl duiqi test -Dbenchmark="SplitterPairedBenchmark \
 *   -p text=generated,/tmp/real/split10000.txt -f 1 -wi 2 -i 5 -w 2s -r 2s"
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SplitterPairedBenchmark {

  /** The text and both splitters; one per thread (the benchmark is meant for one thread). */
  @State(Scope.Thread)
  public static class Input {
    /** {@code generated}, or the path of a UTF-8 text file. */
    @Param({"generated"})
    public String text;

    String document;
    SentenceSplitter splitter;
    BreakIterator icu;
    /** Invocations so far: even ones run duiqi first, odd ones ICU first. */
    long invocations;

    @Setup
    public void read() throws IOException {
      if (text.equals("generated")) {
        document = SplitterBenchmark.generate(4_000_000, 20261127L);
      } else {
        Path file = Path.of(text);
        if (!Files.isRegularFile(file)) {
          throw new IllegalArgumentException("text '" + text + "': no file "
              + file.toAbsolutePath() + "; text is 'generated' or the path of a UTF-8 file");
        }
        document = Files.readString(file, StandardCharsets.UTF_8);
      }
      splitter = SentenceSplitter.create();
      icu = BreakIterator.getSentenceInstance(ULocale.ROOT);
    }
  }

  /** Each side's time, summed over an iteration (JMH then sums the measurement iterations). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Times {
    /** Nanoseconds duiqi spent in this iteration. */
    public long duiqiNanos;
    /** Nanoseconds ICU spent in this iteration. */
    public long icuNanos;

    private boolean measuring;
    private final List<long[]> measured = new ArrayList<>();

    @Setup(Level.Iteration)
    public void reset(IterationParams iteration) {
      duiqiNanos = 0;
      icuNanos = 0;
      measuring = iteration.getType() == IterationType.MEASUREMENT;
    }

    @TearDown(Level.Iteration)
    public void keep() {
      if (measuring) {
        measured.add(new long[] {duiqiNanos, icuNanos});
      }
    }

    @TearDown(Level.Trial)
    public void summary() {
      long duiqi = 0;
      long icu = 0;
      double low = Double.POSITIVE_INFINITY;
      double high = 0;
      for (long[] it : measured) {
        duiqi += it[0];
        icu += it[1];
        low = Math.min(low, it[0] / (double) it[1]);
        high = Math.max(high, it[0] / (double) it[1]);
      }
      if (!measured.isEmpty()) {
        System.out.printf(Locale.ROOT, "%npaired: duiqi/ICU time %.3f over %d measurement "
            + "iterations (per iteration %.3f to %.3f); duiqi %.1f s, ICU %.1f s in all%n",
            duiqi / (double) icu, measured.size(), low, high, duiqi / 1e9, icu / 1e9);
      }
    }
  }

  /** One pair of splits of the same text, the side that goes first alternating. */
  @Benchmark
  public long pairedSplit(Input in, Times times) {
    boolean duiqiFirst = (in.invocations++ & 1) == 0;
    long sentences = 0;
    if (duiqiFirst) {
      sentences += timeDuiqi(in, times);
      sentences += timeIcu(in, times);
    } else {
      sentences += timeIcu(in, times);
      sentences += timeDuiqi(in, times);
    }
    return sentences;
  }

  private static int timeDuiqi(Input in, Times times) {
    long start = System.nanoTime();
    int n = in.splitter.split(in.document).size();
    times.duiqiNanos += System.nanoTime() - start;
    return n;
  }

  private static int timeIcu(Input in, Times times) {
    long start = System.nanoTime();
    BreakIterator it = in.icu;
    it.setText(in.document);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    times.icuNanos += System.nanoTime() - start;
    return n;
  }
}
