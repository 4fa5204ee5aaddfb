package io.github.duiqi.spark;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.DocumentPair;
import io.github.duiqi.DocumentVerdict;
import io.github.duiqi.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Everything this module knows of duiqi's API, in one place: building the aligner of some
 * settings, aligning one pair the way {@code CorpusAligner} does ({@link DocumentPair#alignWith}),
 * and turning its beads into rows of {@link #resultSchema}. When the library's API changes, this
 * is the class to change; a new document-level column ({@code constrained}, then
 * {@code parallel} and {@code verdict}) is one field in {@link #resultSchema} and one value in
 * {@link #beadRow}.
 *
 * <p>Thread-safe: the aligner cache is a concurrent map and aligners are immutable.
 */
final class DuiqiCalls {

  /**
   * One aligner per settings per JVM: built by the first task of an executor that needs it and
   * shared by all its tasks and threads after, so no task builds or ships one.
   */
  private static final ConcurrentHashMap<AlignSettings, Aligner> ALIGNERS =
      new ConcurrentHashMap<>();

  private static final AtomicInteger BUILT = new AtomicInteger();

  private DuiqiCalls() {}

  /**
   * Checks that {@code name} is a feature of the aligner, in upper case.
   *
   * @throws IllegalArgumentException naming the known features if it is not
   */
  static void checkFeature(String name) {
    for (Aligner.Feature f : Aligner.Feature.values()) {
      if (f.name().equals(name)) {
        return;
      }
    }
    throw new IllegalArgumentException("unknown feature '" + name + "'; the features are "
        + Arrays.toString(Aligner.Feature.values()).toLowerCase(Locale.ROOT));
  }

  /** Returns the aligner of {@code settings}, building it on first use in this JVM. */
  static Aligner aligner(AlignSettings settings) {
    return ALIGNERS.computeIfAbsent(settings, DuiqiCalls::build);
  }

  /** Returns how many aligners this JVM has built: the tests check it is one per settings. */
  static int alignersBuilt() {
    return BUILT.get();
  }

  private static Aligner build(AlignSettings settings) {
    Aligner.Builder builder = Aligner.builder();
    for (String name : settings.disabledFeatures()) {
      builder.feature(Aligner.Feature.valueOf(name), false);
    }
    BUILT.incrementAndGet();
    return builder.build();
  }

  /**
   * The columns of the rows {@link SparkAligner} makes: a bead's (failure columns null) or a
   * failure's (bead columns null). The offsets are the library's JSON Lines ones: UTF-16
   * {@code [start, end)} into the document, or into the sentences joined with {@code '\n'} for
   * pre-split input.
   */
  static StructType resultSchema(DataType idType) {
    DataType ints = DataTypes.createArrayType(DataTypes.IntegerType, false);
    DataType spans = DataTypes.createArrayType(ints, false);
    return new StructType(new StructField[] {
        new StructField("id", idType, true, Metadata.empty()),
        new StructField("bead", DataTypes.IntegerType, true, Metadata.empty()),
        new StructField("zh", DataTypes.StringType, true, Metadata.empty()),
        new StructField("en", DataTypes.StringType, true, Metadata.empty()),
        new StructField("score", DataTypes.DoubleType, true, Metadata.empty()),
        new StructField("zh_ids", ints, true, Metadata.empty()),
        new StructField("en_ids", ints, true, Metadata.empty()),
        new StructField("zh_offsets", spans, true, Metadata.empty()),
        new StructField("en_offsets", spans, true, Metadata.empty()),
        new StructField("parallel", DataTypes.DoubleType, true, Metadata.empty()),
        new StructField("verdict", DataTypes.StringType, true, Metadata.empty()),
        new StructField(SparkAligner.FAILURE, DataTypes.StringType, true, Metadata.empty()),
        new StructField(SparkAligner.MESSAGE, DataTypes.StringType, true, Metadata.empty()),
    });
  }

  /** Returns the failure row of a pair: bead columns null. */
  static Row failureRow(Object id, String failure, String message) {
    return RowFactory.create(id, null, null, null, null, null, null, null, null, null, null,
        failure, message);
  }

  /**
   * Aligns one pair with the aligner of {@code settings} and returns its bead rows in order.
   *
   * @throws RuntimeException whatever the library throws for the pair
   */
  static List<Row> align(Object id, PairInput input, AlignSettings settings) {
    DocumentPair pair;
    if (input instanceof PairInput.Documents d) {
      pair = DocumentPair.ofDocuments(d.chinese(), d.english());
    } else if (input instanceof PairInput.Sentences s) {
      pair = DocumentPair.ofSentences(s.chinese(), s.english());
    } else {
      pair = DocumentPair.ofInterleaved(((PairInput.Interleaved) input).text());
    }
    Alignment alignment = pair.alignWith(aligner(settings));
    List<Bead> beads = alignment.beads();
    List<Row> rows = new ArrayList<>(beads.size());
    for (int b = 0; b < beads.size(); b++) {
      rows.add(beadRow(id, b, beads.get(b), alignment.parallel()));
    }
    return rows;
  }

  /** A bead's row; {@code parallel} and {@code verdict} are the pair's, on each of its rows. */
  private static Row beadRow(Object id, int index, Bead bead, DocumentVerdict pair) {
    return RowFactory.create(id, index, bead.chineseText(), bead.englishText(), bead.score(),
        ints(bead.chineseIndices()), ints(bead.englishIndices()), spans(bead.chinese()),
        spans(bead.english()), pair.probability(),
        pair.verdict().name().toLowerCase(Locale.ROOT), null, null);
  }

  // Spark's row encoder takes arrays (or Scala sequences) for array columns, not Java lists

  private static int[] ints(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int k = 0; k < a.length; k++) {
      a[k] = list.get(k);
    }
    return a;
  }

  private static int[][] spans(List<Sentence> sentences) {
    int[][] spans = new int[sentences.size()][];
    for (int k = 0; k < spans.length; k++) {
      Sentence s = sentences.get(k);
      spans[k] = new int[] {s.start(), s.end()};
    }
    return spans;
  }
}
