package io.github.duiqi.spark;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * The function every task applies to its rows: one input row to its bead rows, or to one failure
 * row. Serialised with each task: the settings, the column indices and the aligner function
 * (a reference to a static method): about 1.2 KB serialised, no aligner, model or
 * dictionary.
 */
final class AlignRows implements FlatMapFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final AlignSettings settings;
  private final InputColumns columns;
  private final PairAligner aligner;

  AlignRows(AlignSettings settings, InputColumns columns, PairAligner aligner) {
    this.settings = settings;
    this.columns = columns;
    this.aligner = aligner;
  }

  @Override
  public Iterator<Row> call(Row row) {
    Object id = row.get(columns.id());
    if (id == null) {
      return failure(null, SparkAligner.BAD_INPUT, "id is null");
    }
    PairInput input;
    try {
      input = columns.read(row);
    } catch (IllegalArgumentException e) {
      return failure(id, SparkAligner.BAD_INPUT, e.getMessage());
    }
    long chars = input.chars();
    if (chars > settings.maxChars()) {
      return failure(id, SparkAligner.TOO_LARGE, String.format(Locale.ROOT,
          "the pair holds %,d characters, more than the limit of %,d", chars,
          settings.maxChars()));
    }
    try {
      return aligner.align(id, input, settings).iterator();
    } catch (IllegalArgumentException | NullPointerException e) {
      // the library's word for a bad value
      return failure(id, SparkAligner.BAD_INPUT, describe(e));
    } catch (RuntimeException e) {
      return failure(id, SparkAligner.ERROR, describe(e));
    } catch (OutOfMemoryError | StackOverflowError e) {
      // what the pair allocated is garbage once the stack has unwound: the task goes on
      return failure(id, SparkAligner.TOO_LARGE, String.format(Locale.ROOT,
          "%s while aligning %,d characters: more than this executor's memory allows",
          describe(e), chars));
    }
  }

  private static Iterator<Row> failure(Object id, String failure, String message) {
    return List.of(DuiqiCalls.failureRow(id, failure, message)).iterator();
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
  }
}
