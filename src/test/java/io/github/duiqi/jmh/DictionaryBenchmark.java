package io.github.duiqi.jmh;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
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
 * What a lexicon costs (issue 11): the same pair aligned without and with a lexicon in its cost,
 * in one run, and loading the lexicon. The lexicon is a compiled file given at run time (the
 * library's tests carry no dictionary), e.g. the one the {@code duiqi-cedict} build makes:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl duiqi-cedict -am package -DskipTests
 * ./mvnw -B -ntp -Pbenchmark -pl duiqi test -Dbenchmark="DictionaryBenchmark \
 *   -p lexicon=$PWD/duiqi-cedict/target/classes/io/github/duiqi/cedict/cc-cedict.lex.gz \
 *   -p pair=/tmp/real/r -p sentences=10000,40000"
 * </pre>
 *
 * <p>{@code pair} as in {@link AlignerBenchmark}: {@code generated} or a path prefix of real
 * sentences ({@code make_synthetic.py}, outside the repository).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DictionaryBenchmark {

  /** The pair and the lexicon. */
  @State(Scope.Benchmark)
  public static class Input {
    @Param({"10000"})
    public int sentences;

    /** {@code generated}, or a path prefix {@code P} of {@code P<sentences>.zh/.en}. */
    @Param({AlignerBenchmark.GENERATED})
    public String pair;

    /** A compiled lexicon file ({@code Lexicon.Builder.addCompiled}). */
    @Param({""})
    public String lexicon;

    List<String> chinese;
    List<String> english;
    Aligner plain;
    Aligner onePass;
    Aligner withLexicon;

    @Setup
    public void load() throws IOException {
      List<List<String>> sides = AlignerBenchmark.sides(pair, sentences);
      chinese = sides.get(0);
      english = sides.get(1);
      plain = Aligner.create();
      onePass = Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false).build();
      withLexicon = Aligner.builder().lexicon(read(lexicon)).build();
    }
  }

  static Lexicon read(String file) throws IOException {
    Path path = Path.of(file);
    if (file.isEmpty() || !Files.isRegularFile(path)) {
      throw new IllegalArgumentException("-p lexicon=FILE: a compiled lexicon file, e.g."
          + " duiqi-cedict/target/classes/io/github/duiqi/cedict/cc-cedict.lex.gz; got '"
          + file + "'");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return Lexicon.builder().addCompiled(in, file).build();
    }
  }

  /** The library's default aligner: no lexicon, so two passes (the learned second pass). */
  @Benchmark
  public Alignment withoutLexicon(Input input) {
    return input.plain.alignSentences(input.chinese, input.english);
  }

  /** No lexicon and one pass: length and the cheap evidence alone, the lexicon's baseline. */
  @Benchmark
  public Alignment withoutLexiconOnePass(Input input) {
    return input.onePass.alignSentences(input.chinese, input.english);
  }

  /** The same with the lexicon in the cost (and the verdict). */
  @Benchmark
  public Alignment withLexicon(Input input) {
    return input.withLexicon.alignSentences(input.chinese, input.english);
  }

  /** Loading the compiled lexicon (once per call; what {@code CcCedict.lexicon()} does once). */
  @Benchmark
  @Measurement(iterations = 5, time = 2)
  public Lexicon loadLexicon(Input input) throws IOException {
    return read(input.lexicon);
  }
}
