package io.github.duiqi.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: reads document pairs (JSON Lines or Parquet), aligns them with
 * {@link SparkAligner}, and writes {@code OUT/beads} and {@code OUT/failures} (JSON Lines or
 * Parquet). A failed pair is a row of the failures, never a failed job; the job fails (exit
 * status 1) only if it cannot read or write, and then writes one line saying why.
 *
 * <pre>
 * spark-submit --class io.github.duiqi.spark.AlignJob duiqi-spark-0.1.0-SNAPSHOT-all.jar \
 *     --in pairs.jsonl --out aligned
 * java ... io.github.duiqi.spark.AlignJob --master local[2] --in pairs.jsonl --out aligned
 * </pre>
 *
 * <p>Options: {@code --in PATH} (file or folder), {@code --out DIR} (must not exist),
 * {@code --in-format json|parquet} (default: parquet if PATH ends in {@code .parquet}, else
 * json), {@code --out-format json|parquet} (default json), {@code --partitions N} (repartition
 * the input into N partitions first), {@code --without FEATURE,…}, {@code --max-chars N},
 * {@code --master URL} (default: what spark-submit gives).
 */
public final class AlignJob {

  /** Exit status: the job ran (some pairs may have failed: see OUT/failures). */
  static final int OK = 0;
  /** Exit status: the job could not read its input or write its output. */
  static final int FAILED = 1;
  /** Exit status: the arguments are wrong. */
  static final int USAGE = 2;

  private static final String USAGE_LINE = "usage: AlignJob --in PATH --out DIR"
      + " [--in-format json|parquet] [--out-format json|parquet] [--partitions N]"
      + " [--without FEATURE,...] [--max-chars N] [--master URL]";

  private AlignJob() {}

  /**
   * Runs the job and exits with its status: 0 when it ran (some pairs may have failed: see
   * {@code OUT/failures}), 1 when it could not read its input or write its output, 2 for wrong
   * arguments.
   *
   * @param args {@code --in PATH --out DIR} and the options the usage line lists
   */
  public static void main(String[] args) {
    int status = run(args, System.err);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs the job in the active session (or a new one, stopped at the end); returns the status. */
  static int run(String[] args, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("duiqi-spark: " + e.getMessage());
      err.println(USAGE_LINE);
      return USAGE;
    }
    SparkSession active = SparkSession.getActiveSession().getOrElse(() -> null);
    SparkSession spark = active;
    try {
      if (spark == null) {
        SparkSession.Builder builder = SparkSession.builder().appName("duiqi-spark align");
        if (options.master != null) {
          builder.master(options.master);
        }
        spark = builder.getOrCreate();
      }
      return align(spark, options, err);
    } catch (Exception e) {
      // AnalysisException (no such input, output exists; checked, thrown from Scala) and
      // failed writes
      String m = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      err.println("duiqi-spark: " + m.lines().findFirst().orElse(m));
      return FAILED;
    } finally {
      if (active == null && spark != null) {
        spark.stop();
      }
    }
  }

  private static int align(SparkSession spark, Options options, PrintStream err) {
    Dataset<Row> pairs = options.inFormat.equals("parquet") ? spark.read().parquet(options.in)
        : spark.read().json(options.in);
    if (options.partitions > 0) {
      pairs = pairs.repartition(options.partitions);
    }
    SparkAligner aligner = SparkAligner.create()
        .withoutFeatures(options.without.toArray(String[]::new));
    if (options.maxChars > 0) {
      aligner = aligner.withMaxChars(options.maxChars);
    }
    AlignedPairs aligned = aligner.align(pairs).persist();
    try {
      String beads = options.out + "/beads";
      String failures = options.out + "/failures";
      write(aligned.beads(), options.outFormat, beads);
      write(aligned.failures(), options.outFormat, failures);
      long beadCount = aligned.beads().count();
      long failureCount = aligned.failures().count();
      err.printf(Locale.ROOT, "duiqi-spark: %d beads written to %s, %d failed pairs to %s%n",
          beadCount, beads, failureCount, failures);
      return OK;
    } finally {
      aligned.unpersist();
    }
  }

  private static void write(Dataset<Row> rows, String format, String path) {
    if (format.equals("parquet")) {
      rows.write().parquet(path);
    } else {
      rows.write().json(path);
    }
  }

  /** The parsed command line. */
  static final class Options {
    String in;
    String out;
    String inFormat;
    String outFormat = "json";
    String master;
    int partitions;
    long maxChars;
    List<String> without = new ArrayList<>();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int k = 0; k < args.length; k++) {
        String name = args[k];
        if (k + 1 >= args.length) {
          throw new IllegalArgumentException(name.startsWith("--") ? name + " needs a value"
              : "unexpected argument '" + name + "'");
        }
        String value = args[++k];
        switch (name) {
          case "--in" -> o.in = value;
          case "--out" -> o.out = value;
          case "--in-format" -> o.inFormat = format(name, value);
          case "--out-format" -> o.outFormat = format(name, value);
          case "--master" -> o.master = value;
          case "--partitions" -> o.partitions = positive(name, value);
          case "--max-chars" -> o.maxChars = positive(name, value);
          case "--without" -> {
            for (String f : value.split(",", -1)) {
              DuiqiCalls.checkFeature(f.trim().toUpperCase(Locale.ROOT));
              o.without.add(f.trim());
            }
          }
          default -> throw new IllegalArgumentException("unknown option '" + name + "'");
        }
      }
      if (o.in == null || o.out == null) {
        throw new IllegalArgumentException("--in and --out are required");
      }
      if (o.inFormat == null) {
        o.inFormat = o.in.endsWith(".parquet") ? "parquet" : "json";
      }
      if (overlap(o.in, o.out)) {
        throw new IllegalArgumentException(
            "--out " + o.out + " would hold or overwrite --in " + o.in + ": choose another");
      }
      return o;
    }

    private static String format(String name, String value) {
      String v = value.toLowerCase(Locale.ROOT);
      if (v.equals("jsonl")) {
        return "json";
      }
      if (!v.equals("json") && !v.equals("parquet")) {
        throw new IllegalArgumentException(name + " '" + value + "' is not json or parquet");
      }
      return v;
    }

    private static int positive(String name, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(name + " '" + value + "' is not a positive integer");
    }

    /** Whether one path is the other or inside it, for local paths (URIs are left to Spark). */
    private static boolean overlap(String in, String out) {
      if (in.contains("://") && !in.startsWith("file:")) {
        return in.equals(out);
      }
      Path a = Path.of(in.replaceFirst("^file:", "")).toAbsolutePath().normalize();
      Path b = Path.of(out.replaceFirst("^file:", "")).toAbsolutePath().normalize();
      return a.startsWith(b) || b.startsWith(a);
    }
  }
}
