package io.github.duiqi.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The alignment of a dataset of pairs ({@link SparkAligner#align}): its beads and its failures,
 * two views of one lazy dataset of {@link #results() results}. Each action on a view aligns the
 * pairs again unless the results are {@linkplain #persist() persisted}: persist before using
 * both.
 *
 * <pre>{@code
 * AlignedPairs aligned = SparkAligner.create().align(pairs).persist();
 * aligned.beads().write().parquet("beads");
 * aligned.failures().write().json("failures");
 * aligned.unpersist();
 * }</pre>
 *
 * <p>Thread-safe as Spark's datasets are.
 */
public final class AlignedPairs {

  private final Dataset<Row> results;

  AlignedPairs(Dataset<Row> results) {
    this.results = results;
  }

  /**
   * Returns every row the pairs gave: bead rows (with null {@code failure} and {@code message})
   * and failure rows (with null bead columns).
   *
   * @return the lazy dataset behind both views, with the schema of
   *     {@link SparkAligner#align}'s output plus {@code failure} and {@code message}
   */
  public Dataset<Row> results() {
    return results;
  }

  /**
   * Returns the bead rows, without the failure columns.
   *
   * @return a lazy dataset of one row per bead (the columns listed in {@link SparkAligner})
   */
  public Dataset<Row> beads() {
    Column[] columns = Arrays.stream(results.columns())
        .filter(c -> !c.equals(SparkAligner.FAILURE) && !c.equals(SparkAligner.MESSAGE))
        .map(c -> col(c)).toArray(Column[]::new);
    return results.where(col(SparkAligner.FAILURE).isNull()).select(columns);
  }

  /**
   * Returns the pairs that could not be aligned.
   *
   * @return a lazy dataset of one row per failed pair: {@code id}, {@code failure} (one of
   *     {@link SparkAligner#BAD_INPUT}, {@link SparkAligner#TOO_LARGE}, {@link SparkAligner#ERROR})
   *     and {@code message}
   */
  public Dataset<Row> failures() {
    return results.where(col(SparkAligner.FAILURE).isNotNull())
        .select(col(InputColumns.ID), col(SparkAligner.FAILURE), col(SparkAligner.MESSAGE));
  }

  /**
   * Keeps the results in memory and on disk once computed ({@code MEMORY_AND_DISK}), so the
   * views align only once.
   *
   * @return this, to chain a view
   */
  public AlignedPairs persist() {
    results.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /**
   * Drops the persisted results from the executors' memory and disk.
   *
   * @return this; a later action aligns the pairs again
   */
  public AlignedPairs unpersist() {
    results.unpersist();
    return this;
  }
}
