package io.github.duiqi.jmh;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.DocumentVerdict;
import io.github.duiqi.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
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
 * The cost of the verdict on a pair ({@link DocumentVerdict}) against the alignment it judges,
 * on pairs of real sentences ({@code make_synthetic.py} output: {@code DIR/rN.zh}, {@code rN.en},
 * one sentence a line; {@code -Dverdict.pairs=DIR}, default {@code /tmp/real}). {@code align}
 * (the baseline) is {@code alignSentences}, which judges without a lexicon as part of its work;
 * {@code verdictPlain} and {@code verdictLexicon} judge its finished alignment again, without a
 * lexicon and with CC-CEDICT (read from the duiqi-cedict sources:
 * {@code -Dverdict.lexicon=FILE}, default
 * {@code duiqi-cedict/src/main/resources/io/github/duiqi/cedict/cc-cedict.lex.gz}).
 *
 * <pre>
 * ./mvnw -B -ntp -Pbenchmark -pl duiqi test -Dbenchmark="VerdictBenchmark"
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class VerdictBenchmark {

  private static final Aligner ALIGNER = Aligner.create();

  @State(Scope.Benchmark)
  public static class Input {
    @Param({"1000", "10000"})
    public int sentences;

    List<String> chinese;
    List<String> english;
    Alignment alignment;
    Lexicon lexicon;

    @Setup
    public void read() throws IOException {
      Path dir = Path.of(System.getProperty("verdict.pairs", "/tmp/real"));
      chinese = Files.readAllLines(dir.resolve("r" + sentences + ".zh"));
      english = Files.readAllLines(dir.resolve("r" + sentences + ".en"));
      alignment = ALIGNER.alignSentences(chinese, english);
      Path lex = Path.of(System.getProperty("verdict.lexicon",
          "../duiqi-cedict/src/main/resources/io/github/duiqi/cedict/cc-cedict.lex.gz"));
      try (InputStream in = Files.newInputStream(lex)) {
        lexicon = Lexicon.builder().addCompiled(in, lex.toString()).build();
      }
    }
  }

  /** Aligning the pair (this includes the verdict without a lexicon). */
  @Benchmark
  public Alignment align(Input in) {
    return ALIGNER.alignSentences(in.chinese, in.english);
  }

  /** The verdict without a lexicon, on the finished alignment. */
  @Benchmark
  public DocumentVerdict verdictPlain(Input in) {
    return DocumentVerdict.of(in.alignment, null);
  }

  /** The verdict with CC-CEDICT, on the finished alignment. */
  @Benchmark
  public DocumentVerdict verdictLexicon(Input in) {
    return DocumentVerdict.of(in.alignment, in.lexicon);
  }
}
