package io.github.duiqi.jmh;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.synthetic.SyntheticPair;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aligning one synthetic document pair ({@link SyntheticPair}: realistic sentence lengths and
 * bead mix) of {@code sentences} Chinese sentences and about 1.11 times as many English ones,
 * with mALIGNa 3.0.1's Gale–Church as the peer on the very same sentences (same seed).
 *
 * <pre>
 * ./mvnw -B -ntp -Pbenchmark test \
 *   -Dbenchmark="AlignerBenchmark -prof gc -rf json -rff target/aligner-time.json"
 * </pre>
 *
 * <p>One fork with a fixed 4 GiB heap, touched at start-up, so that neither aligner is timed
 * against heap resizing or against the first touch of heap pages (which made later iterations
 * slower as the young generation reached untouched pages).
 * For the peak live heap, a second run with a small young generation, so that collections (and
 * so {@link PeakHeapProfiler}'s samples) come every 16 MiB of allocation:
 * {@code -jvmArgsAppend "-Xms4g -Xmx4g -Xmn16m" -prof io.github.duiqi.jmh.PeakHeapProfiler}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class AlignerBenchmark {

  /** Seed of every generated pair: both aligners see the same sentences. */
  static final long SEED = 20_240_211L;

  private static final Aligner ALIGNER = Aligner.create();

  /** Sizes duiqi runs at: the four, and the peer's 40,000. */
  @State(Scope.Benchmark)
  public static class DuiqiInput {
    @Param({"1000", "10000", "40000", "100000", "1000000"})
    public int sentences;

    List<String> chinese;
    List<String> english;

    @Setup
    public void generate() {
      SyntheticPair pair = SyntheticPair.generate(sentences, SEED);
      chinese = pair.chinese();
      english = pair.english();
    }
  }

  /**
   * Sizes the peer runs at: it is the slow side of the comparison. A parameter of its own, so
   * that {@code -p sentences=...} narrows duiqi's sizes without running the peer at them.
   */
  @State(Scope.Benchmark)
  public static class MalignaInput {
    @Param({"1000", "10000", "40000"})
    public int peerSentences;

    List<String> chinese;
    List<String> english;

    @Setup
    public void generate() {
      SyntheticPair pair = SyntheticPair.generate(peerSentences, SEED);
      chinese = pair.chinese();
      english = pair.english();
    }
  }

  /** duiqi's default aligner on pre-split sentences. */
  @Benchmark
  public Alignment duiqi(DuiqiInput input) {
    return ALIGNER.alignSentences(input.chinese, input.english);
  }

  /** mALIGNa's {@code galechurch} macro: char lengths, normal distribution, adaptive band. */
  @Benchmark
  public Object maligna(MalignaInput input) {
    return MalignaGaleChurch.align(input.chinese, input.english);
  }
}
