package io.github.duiqi.spark;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Aligns a {@code Dataset<Row>} of Chinese–English document pairs on Spark into a dataset of
 * beads, the distributed counterpart of {@code io.github.duiqi.CorpusAligner}: each pair is
 * aligned exactly as {@code CorpusAligner} aligns it, so the beads are the same.
 *
 * <p>Input: a column {@code id} (any type, copied to every output row) and, in each row, one of
 * <ul>
 *   <li>{@code zh} and {@code en}: two documents (strings), split into paragraphs and sentences;
 *   <li>{@code zh_sentences} and {@code en_sentences}: sentences split already (arrays of
 *       strings);
 *   <li>{@code text}: one interleaved stream, each paragraph followed by its translation.
 * </ul>
 *
 * <p>Output ({@link AlignedPairs#beads()}): one row per bead, in document order within a pair:
 * {@code id}, {@code bead} (its index in the pair, from 0), {@code zh}, {@code en}
 * (the bead's text on each side), {@code score} (in [0, 1]), {@code zh_ids}, {@code en_ids}
 * (sentence indices), {@code zh_offsets}, {@code en_offsets} (UTF-16 {@code [start, end]} of each
 * sentence), {@code parallel} and {@code verdict} (the pair's {@code DocumentVerdict}, the same on
 * each of its rows: the probability that the two texts are translations of each other, and
 * {@code parallel}, {@code uncertain} or {@code unrelated}; judged without a dictionary). A pair
 * that cannot be aligned is one row of {@link AlignedPairs#failures()}:
 * {@code id}, {@code failure} ({@link #BAD_INPUT}, {@link #TOO_LARGE} or {@link #ERROR}) and
 * {@code message}; it never fails the job. A pair with no sentence on either side has no row.
 *
 * <pre>{@code
 * Dataset<Row> pairs = spark.read().json("pairs.jsonl");       // {"id":…, "zh":…, "en":…}
 * AlignedPairs aligned = SparkAligner.create().align(pairs).persist();
 * aligned.beads().write().json("beads");
 * aligned.failures().write().json("failures");
 * aligned.unpersist();
 * }</pre>
 *
 * <p>Each executor JVM builds one aligner per distinct settings, on first use, shared by all its
 * tasks; what a task carries is the settings (switched-off feature names and the size limit),
 * six column indices and a reference to a static method.
 *
 * <p>Immutable and thread-safe: configuration methods return new instances.
 */
public final class SparkAligner {

  /** Column of a failure row: why the pair failed. */
  public static final String FAILURE = "failure";
  /** Column of a failure row: what exactly went wrong, for a person. */
  public static final String MESSAGE = "message";
  /** Failure: the row is not a pair (null id or side, no or two forms, a null sentence). */
  public static final String BAD_INPUT = "bad_input";
  /** Failure: over the size limit, or out of the executor's memory while aligning. */
  public static final String TOO_LARGE = "too_large";
  /** Failure: anything else the aligner threw. */
  public static final String ERROR = "error";

  private static final SparkAligner DEFAULT = new SparkAligner(AlignSettings.DEFAULT);

  private final AlignSettings settings;

  private SparkAligner(AlignSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns an aligner with the library's defaults and a limit of 10,000,000 UTF-16 units.
   *
   * @return the shared default Spark aligner (the same instance at every call)
   */
  public static SparkAligner create() {
    return DEFAULT;
  }

  /**
   * Returns a copy with the aligner's features of these names switched off ({@code numbers},
   * {@code latin_tokens}, {@code punctuation}; any case), as the command line's
   * {@code --without}.
   *
   * @param names feature names, added to those already switched off
   * @return a copy with those features off and this instance's size limit
   * @throws NullPointerException if the array or a name is null
   * @throws IllegalArgumentException if a name is no feature
   */
  public SparkAligner withoutFeatures(String... names) {
    Objects.requireNonNull(names, "names");
    TreeSet<String> all = new TreeSet<>(settings.disabledFeatures());
    for (int k = 0; k < names.length; k++) {
      String name = Objects.requireNonNull(names[k], "names[" + k + "]").toUpperCase(Locale.ROOT);
      DuiqiCalls.checkFeature(name);
      all.add(name);
    }
    return new SparkAligner(new AlignSettings(List.copyOf(all), settings.maxChars()));
  }

  /**
   * Returns a copy that fails, as {@link #TOO_LARGE}, every pair holding more than
   * {@code maxChars} UTF-16 units on both sides together, without trying to align it.
   *
   * @param maxChars the largest pair aligned, in UTF-16 units of both sides together, at
   *     least 1
   * @return a copy with that limit and this instance's features
   * @throws IllegalArgumentException if {@code maxChars} is less than 1
   */
  public SparkAligner withMaxChars(long maxChars) {
    return new SparkAligner(new AlignSettings(settings.disabledFeatures(), maxChars));
  }

  /**
   * Returns the features switched off.
   *
   * @return their names, upper case ({@code NUMBERS}, ...), sorted, without repeats; empty by
   *     default
   */
  public List<String> disabledFeatures() {
    return settings.disabledFeatures();
  }

  /**
   * Returns the size limit of a pair.
   *
   * @return the most UTF-16 units of both sides together that a pair may hold to be aligned
   */
  public long maxChars() {
    return settings.maxChars();
  }

  /**
   * Returns the lazy alignment of {@code pairs}; nothing runs until an action on its datasets.
   *
   * @param pairs the pairs, with the columns described above
   * @return the beads and failures of the pairs, as lazy datasets
   * @throws NullPointerException if {@code pairs} is null
   * @throws IllegalArgumentException if the schema has no {@code id}, no form of pair, half of a
   *     form, or a column of the wrong type (these are checked here, on the driver)
   */
  public AlignedPairs align(Dataset<Row> pairs) {
    return align(pairs, DuiqiCalls::align);
  }

  AlignedPairs align(Dataset<Row> pairs, PairAligner aligner) {
    Objects.requireNonNull(pairs, "pairs");
    StructType schema = pairs.schema();
    InputColumns columns = InputColumns.of(schema);
    StructType out = DuiqiCalls.resultSchema(schema.fields()[columns.id()].dataType());
    return new AlignedPairs(
        pairs.flatMap(new AlignRows(settings, columns, aligner), Encoders.row(out)));
  }

  @Override
  public String toString() {
    return "SparkAligner[without=" + settings.disabledFeatures() + ", maxChars="
        + settings.maxChars() + "]";
  }
}
