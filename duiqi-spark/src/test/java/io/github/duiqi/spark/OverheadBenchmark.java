package io.github.duiqi.spark;

import io.github.duiqi.CorpusAligner;
import io.github.duiqi.DocumentPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The overhead of Spark local mode against {@link CorpusAligner} on the same cores, in one JVM,
 * rounds alternating (CorpusAligner, Spark, CorpusAligner, …) so that the load of a shared
 * machine falls on both alike. Input: the output of {@code make_synthetic.py} (PREFIX.zh,
 * PREFIX.en, PREFIX.align), cut at gold bead boundaries into pre-split pairs of at least SIZE
 * Chinese sentences. Both sides start from pairs in memory (the Spark input is cached first)
 * and consume every bead: CorpusAligner's sink reads each bead's fields, Spark writes every
 * column of every bead row to the {@code noop} sink.
 *
 * <p>Run through Maven (docs/spark.md): {@code ./mvnw -B -ntp -Pbenchmark -pl duiqi-spark -am
 * test -Dbenchmark=-l -Dspark.bench="PREFIX SIZE ROUNDS [CORES [PARTITIONS]]"}.
 */
final class OverheadBenchmark {

  private OverheadBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path prefix = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    int cores = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 4 * cores;
    List<DocumentPair.Sentences> pairs = cut(prefix, size);
    long sentences = 0;
    for (DocumentPair.Sentences p : pairs) {
      sentences += p.chinese().size() + p.english().size();
    }
    System.out.printf(Locale.ROOT, "%d pairs of >= %d Chinese sentences, %d sentences in all;"
        + " %d cores, %d partitions, %d rounds%n", pairs.size(), size, sentences, cores,
        partitions, rounds);

    SparkSession spark = SparkSession.builder().master("local[" + cores + "]")
        .appName("duiqi-spark overhead").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    StructType schema = new StructType(new StructField[] {
        new StructField("id", DataTypes.IntegerType, false, Metadata.empty()),
        new StructField("zh_sentences", DataTypes.createArrayType(DataTypes.StringType), false,
            Metadata.empty()),
        new StructField("en_sentences", DataTypes.createArrayType(DataTypes.StringType), false,
            Metadata.empty()),
    });
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      rows.add(RowFactory.create(k, pairs.get(k).chinese().toArray(String[]::new),
          pairs.get(k).english().toArray(String[]::new)));
    }
    Dataset<Row> input = spark.createDataFrame(rows, schema).repartition(partitions).cache();
    input.count();
    CorpusAligner corpus = CorpusAligner.create().withThreads(cores);
    SparkAligner aligner = SparkAligner.create();

    long corpusBeads = corpusRun(corpus, pairs);
    long sparkBeads = aligner.align(input).beads().count();
    if (corpusBeads != sparkBeads) {
      throw new IllegalStateException(corpusBeads + " beads by CorpusAligner, " + sparkBeads
          + " by Spark");
    }
    System.out.printf(Locale.ROOT, "%d beads each; warm-up done%n", corpusBeads);
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory
        .getThreadMXBean();
    org.apache.spark.util.LongAccumulator inTasks = spark.sparkContext().longAccumulator();
    // CPU time of the aligning itself inside the Spark tasks, to tell Spark's own cost apart
    PairAligner timed = (id, in, settings) -> {
      var bean = java.lang.management.ManagementFactory.getThreadMXBean();
      long t = bean.getCurrentThreadCpuTime();
      try {
        return DuiqiCalls.align(id, in, settings);
      } finally {
        inTasks.add(bean.getCurrentThreadCpuTime() - t);
      }
    };
    if (threads.getCurrentThreadCpuTime() < 0) {
      throw new IllegalStateException("no thread CPU time");
    }
    double[] corpusCpu = new double[rounds];
    double[] sparkCpu = new double[rounds];
    double[] alignCpu = new double[rounds];
    double[] corpusSeconds = new double[rounds];
    double[] sparkSeconds = new double[rounds];
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      corpusRun(corpus, pairs);
      long t1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      inTasks.reset();
      aligner.align(input, timed).beads().write().format("noop").mode("overwrite").save();
      long t2 = System.nanoTime();
      long c2 = os.getProcessCpuTime();
      corpusCpu[r] = (c1 - c0) / 1e9;
      sparkCpu[r] = (c2 - c1) / 1e9;
      alignCpu[r] = inTasks.value() / 1e9;
      corpusSeconds[r] = (t1 - t0) / 1e9;
      sparkSeconds[r] = (t2 - t1) / 1e9;
      ratios[r] = sparkSeconds[r] / corpusSeconds[r];
      System.out.printf(Locale.ROOT, "round %d: CorpusAligner %.2f s (CPU %.2f s), Spark %.2f s"
          + " (CPU %.2f s, of which aligning %.2f s), ratio %.3f%n", r + 1, corpusSeconds[r],
          corpusCpu[r], sparkSeconds[r], sparkCpu[r], alignCpu[r], ratios[r]);
    }
    double c = median(corpusSeconds);
    double s = median(sparkSeconds);
    System.out.printf(Locale.ROOT, "CorpusAligner: median %.2f s, %.1f pairs/s, %.0f sentences/s"
        + "%n", c, pairs.size() / c, sentences / c);
    System.out.printf(Locale.ROOT, "Spark local[%d]: median %.2f s, %.1f pairs/s, %.0f"
        + " sentences/s%n", cores, s, pairs.size() / s, sentences / s);
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "overhead ratio Spark/CorpusAligner: median %.3f, min %.3f,"
        + " max %.3f over %d rounds%n", median(ratios), sorted[0], sorted[rounds - 1], rounds);
    System.out.printf(Locale.ROOT, "process CPU time Spark/CorpusAligner: median %.3f%n",
        median(sparkCpu) / median(corpusCpu));
    input.unpersist();
    spark.stop();
  }

  private static long corpusRun(CorpusAligner corpus, List<DocumentPair.Sentences> pairs) {
    AtomicLong beads = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    corpus.align(pairs.iterator(), p -> p, result -> {
      for (var bead : result.alignmentOrThrow().beads()) {
        beads.incrementAndGet();
        chars.addAndGet(bead.chineseText().length() + bead.englishText().length());
      }
    });
    if (chars.get() < 0) {
      throw new AssertionError();
    }
    return beads.get();
  }

  /** Cuts the gold ladder into pairs of at least {@code size} Chinese sentences. */
  private static List<DocumentPair.Sentences> cut(Path prefix, int size) throws IOException {
    List<String> zh = Files.readAllLines(Path.of(prefix + ".zh"));
    List<String> en = Files.readAllLines(Path.of(prefix + ".en"));
    List<DocumentPair.Sentences> pairs = new ArrayList<>();
    int zhFrom = 0;
    int enFrom = 0;
    int zhTo = 0;
    int enTo = 0;
    for (String line : Files.readAllLines(Path.of(prefix + ".align"))) {
      String[] sides = line.split(":");
      zhTo += count(sides[0]);
      enTo += count(sides[1]);
      if (zhTo - zhFrom >= size) {
        pairs.add(new DocumentPair.Sentences(zh.subList(zhFrom, zhTo), en.subList(enFrom, enTo)));
        zhFrom = zhTo;
        enFrom = enTo;
      }
    }
    return pairs;
  }

  private static int count(String ids) {
    String inner = ids.trim().replace("[", "").replace("]", "").trim();
    return inner.isEmpty() ? 0 : inner.split(",").length;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
