package io.github.duiqi.cedict.jmh;

import io.github.duiqi.cedict.CcCedict;
import io.github.duiqi.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jol.info.GraphLayout;

/**
 * Loading CC-CEDICT from this artifact's resource: {@code coldLoad} is the first load in a
 * fresh JVM (what a command-line run pays: one shot a fork, no warm-up), {@code warmLoad} the
 * same work once the JIT has compiled it; the baseline {@code inflateOnly} only reads and
 * inflates the resource, the floor under any loader of the same file. {@code main} prints the
 * lexicon's retained heap (JOL, with {@code -Djol.magicFieldOffset=true}).
 *
 * <pre>
 * ./mvnw -B -ntp -Pbenchmark -pl duiqi-cedict -am test-compile
 * java -cp CLASSPATH org.openjdk.jmh.Main LexiconBenchmark     (see docs/lexicon.md)
 * </pre>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LexiconBenchmark {

  static Lexicon load() throws IOException {
    try (InputStream in = CcCedict.class.getResourceAsStream("cc-cedict.lex.gz")) {
      return Lexicon.builder().addCompiled(in, "cc-cedict.lex.gz").build();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(10)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public Lexicon coldLoad() throws IOException {
    return load();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Lexicon warmLoad() throws IOException {
    return load();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public long inflateOnly() throws IOException {
    try (InputStream in = new java.util.zip.GZIPInputStream(
        CcCedict.class.getResourceAsStream("cc-cedict.lex.gz"), 1 << 16)) {
      return in.readAllBytes().length;
    }
  }

  /** Prints the retained heap of the loaded lexicon. */
  public static void main(String[] args) throws IOException {
    Lexicon lexicon = load();
    GraphLayout layout = GraphLayout.parseInstance(lexicon);
    System.out.printf("%d headwords, %d English stems: %,d bytes retained in %,d objects%n",
        lexicon.chineseWordCount(), lexicon.englishWordCount(), layout.totalSize(),
        layout.totalCount());
    System.out.println(layout.toFootprint());
  }
}
