package io.github.duiqi.jmh;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.synthetic.SyntheticPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Aligning one document pair of {@code sentences} Chinese sentences, with mALIGNa 3.0.1's
 * Gale–Church as the peer on the very same sentences. The pair is chosen by the {@code pair}
 * parameter: {@code generated} (the default, needs no files) is a synthetic pair
 * ({@link SyntheticPair}: realistic sentence lengths and bead mix, about 1.11 English sentences
 * per Chinese one, fixed seed); anything else is a path prefix {@code P} of real sentences read
 * from {@code P<sentences>.zh} and {@code P<sentences>.en}, one sentence a line, as
 * {@code make_synthetic.py DEV_DIR N P<N>} or {@code docs/tools/make_ratio_pair.py} write them
 * (kept outside the repository: the sentences are copyrighted). Both kinds in one run report
 * side by side, and a ratio is taken only between the two aligners on the same pair:
 *
 * <pre>
 * ./mvnw -B -ntp -Pbenchmark test \
 *   -Dbenchmark="AlignerBenchmark -prof gc -rf json -rff target/aligner-time.json"
 * ./mvnw -B -ntp -Pbenchmark -pl duiqi test -Dbenchmark="AlignerBenchmark \
 *   -p pair=generated,/tmp/real/r -p sentences=10000 -p peerSentences=10000"
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
  /** The default aligner without its learned second pass: one search (issue 12's figures). */
  private static final Aligner ONE_PASS =
      Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false).build();

  /** Sizes duiqi runs at: the four, and the peer's 40,000. */
  @State(Scope.Benchmark)
  public static class DuiqiInput {
    @Param({"1000", "10000", "40000", "100000", "1000000"})
    public int sentences;

    /** {@code generated}, or a path prefix {@code P} of {@code P<sentences>.zh/.en}. */
    @Param({GENERATED})
    public String pair;

    List<String> chinese;
    List<String> english;

    @Setup
    public void load() throws IOException {
      List<List<String>> sides = sides(pair, sentences);
      chinese = sides.get(0);
      english = sides.get(1);
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

    /** {@code generated}, or a path prefix {@code P} of {@code P<peerSentences>.zh/.en}. */
    @Param({GENERATED})
    public String pair;

    List<String> chinese;
    List<String> english;

    @Setup
    public void load() throws IOException {
      List<List<String>> sides = sides(pair, peerSentences);
      chinese = sides.get(0);
      english = sides.get(1);
    }
  }

  /** The {@code pair} value of the generated pairs. */
  static final String GENERATED = "generated";

  /**
   * The Chinese and English sentences of the pair {@code pair} at {@code sentences}: generated,
   * or read from {@code pair + sentences + ".zh"} and {@code ".en"} (UTF-8, one sentence a line).
   */
  static List<List<String>> sides(String pair, int sentences) throws IOException {
    if (pair.equals(GENERATED)) {
      SyntheticPair generated = SyntheticPair.generate(sentences, SEED);
      return List.of(generated.chinese(), generated.english());
    }
    Path zh = Path.of(pair + sentences + ".zh");
    Path en = Path.of(pair + sentences + ".en");
    for (Path side : List.of(zh, en)) {
      if (!Files.isRegularFile(side)) {
        throw new IllegalArgumentException("pair '" + pair + "' at " + sentences
            + " sentences: no file " + side.toAbsolutePath() + "; pair is '" + GENERATED
            + "' or a path prefix P read as P" + sentences + ".zh and P" + sentences
            + ".en, one sentence a line (e.g. make_synthetic.py DEV_DIR " + sentences + " P"
            + sentences + ")");
      }
    }
    List<String> chinese = Files.readAllLines(zh, StandardCharsets.UTF_8);
    List<String> english = Files.readAllLines(en, StandardCharsets.UTF_8);
    if (chinese.isEmpty() || english.isEmpty()) {
      throw new IllegalArgumentException("pair '" + pair + "': " + (chinese.isEmpty() ? zh : en)
          + " holds no sentence");
    }
    return List.of(chinese, english);
  }

  /** duiqi's default aligner on pre-split sentences (two passes: the learned second pass). */
  @Benchmark
  public Alignment duiqi(DuiqiInput input) {
    return ALIGNER.alignSentences(input.chinese, input.english);
  }

  /** The same with one pass: {@code Feature.LEARNED_LEXICON} off. */
  @Benchmark
  public Alignment duiqiOnePass(DuiqiInput input) {
    return ONE_PASS.alignSentences(input.chinese, input.english);
  }

  /** mALIGNa's {@code galechurch} macro: char lengths, normal distribution, adaptive band. */
  @Benchmark
  public Object maligna(MalignaInput input) {
    return MalignaGaleChurch.align(input.chinese, input.english);
  }
}
