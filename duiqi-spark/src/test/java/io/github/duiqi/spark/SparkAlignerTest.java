package io.github.duiqi.spark;

import static io.github.duiqi.spark.Fixtures.assertSameBeads;
import static io.github.duiqi.spark.Fixtures.beadRows;
import static io.github.duiqi.spark.Fixtures.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.DocumentPair;
import io.github.duiqi.spark.Fixtures.BeadRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class SparkAlignerTest {

  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> dataset(List<Row> rows, int partitions) {
    return spark.createDataFrame(rows, Fixtures.SCHEMA).repartition(partitions);
  }

  private List<BeadRow> sparkBeads(Map<String, DocumentPair> pairs) {
    AlignedPairs aligned = SparkAligner.create().align(dataset(Fixtures.rows(pairs), 3));
    assertEquals(List.of(), aligned.failures().collectAsList());
    return beadRows(aligned.beads().collectAsList());
  }

  @Test
  void documentsGiveCorpusAlignersBeads() {
    Map<String, DocumentPair> pairs = Fixtures.documents();
    List<BeadRow> expected = expected(pairs);
    assertTrue(expected.size() > 80, "the fixture has " + expected.size() + " beads");
    assertSameBeads(expected, sparkBeads(pairs));
  }

  @Test
  void presplitSentencesGiveCorpusAlignersBeads() {
    Map<String, DocumentPair> pairs = Fixtures.sentences();
    assertSameBeads(expected(pairs), sparkBeads(pairs));
  }

  @Test
  void interleavedTextGivesCorpusAlignersBeads() {
    Map<String, DocumentPair> pairs = Fixtures.interleaved();
    assertSameBeads(expected(pairs), sparkBeads(pairs));
  }

  @Test
  void anUntranslatedSentenceIsABeadWithAnEmptySideAndAnEmptyPairHasNoRow() {
    Map<String, DocumentPair> pairs = new LinkedHashMap<>();
    pairs.put("untranslated", DocumentPair.ofDocuments("这一句没有译文。", ""));
    pairs.put("empty", DocumentPair.ofDocuments("", ""));
    List<BeadRow> beads = sparkBeads(pairs);
    assertEquals(List.of(new BeadRow("untranslated", 0, "这一句没有译文。", "", beads.get(0).score(),
        List.of(0), List.of(), List.of(List.of(0, 8)), List.of())), beads);
  }

  @Test
  void oneTwoAndSevenPartitionsGiveTheSameRows() {
    List<Row> rows = new ArrayList<>(Fixtures.rows(Fixtures.all()));
    rows.add(RowFactory.create("half", "只有中文。", null, null, null, null));
    List<List<String>> results = new ArrayList<>();
    for (int partitions : new int[] {1, 2, 7}) {
      Dataset<Row> input = dataset(rows, partitions);
      assertEquals(partitions, input.rdd().getNumPartitions());
      List<String> lines = new ArrayList<>(
          SparkAligner.create().align(input).results().toJSON().collectAsList());
      lines.sort(Comparator.naturalOrder());
      results.add(lines);
    }
    assertTrue(results.get(0).size() > 200, results.get(0).size() + " rows");
    assertEquals(results.get(0), results.get(1), "1 and 2 partitions");
    assertEquals(results.get(0), results.get(2), "1 and 7 partitions");
  }

  @Test
  void badPairsAreFailureRowsAndTheOthersAreAligned() {
    Map<String, DocumentPair> good = Fixtures.documents();
    List<Row> rows = new ArrayList<>(Fixtures.rows(good));
    rows.add(RowFactory.create(null, "没有编号。", "No id.", null, null, null));
    rows.add(RowFactory.create("no-en", "只有中文。", null, null, null, null));
    rows.add(RowFactory.create("two-forms", "中文。", "English.", null, null, "中文。English."));
    rows.add(RowFactory.create("no-form", null, null, null, null, null));
    rows.add(RowFactory.create("null-sentence", null, null,
        new String[] {"一。", null}, new String[] {"One."}, null));
    rows.add(RowFactory.create("no-en-sentences", null, null, new String[] {"一。"}, null, null));
    rows.add(RowFactory.create("huge", "大".repeat(15_000), "big ".repeat(2_500), null, null, null));
    rows.add(RowFactory.create("oom", "内存。", "Memory.", null, null, null));
    rows.add(RowFactory.create("crash", "出错。", "Error.", null, null, null));
    PairAligner failing = (id, input, settings) -> {
      if ("oom".equals(id)) {
        throw new OutOfMemoryError("Java heap space");
      }
      if ("crash".equals(id)) {
        throw new IllegalStateException("the aligner broke");
      }
      return DuiqiCalls.align(id, input, settings);
    };
    AlignedPairs aligned = SparkAligner.create().withMaxChars(20_000)
        .align(dataset(rows, 4), failing).persist();
    try {
      Map<String, String> failures = new TreeMap<>();
      for (Row f : aligned.failures().collectAsList()) {
        assertEquals(List.of("id", "failure", "message"), List.of(f.schema().fieldNames()));
        failures.put(f.getString(0) + " " + f.getString(1), f.getString(2));
      }
      Map<String, String> reasons = new TreeMap<>();
      failures.forEach((k, v) -> reasons.put(k, k.substring(k.indexOf(' ') + 1)));
      assertEquals(List.of("crash error", "huge too_large", "no-en bad_input",
          "no-en-sentences bad_input", "no-form bad_input", "null bad_input",
          "null-sentence bad_input", "oom too_large", "two-forms bad_input"),
          List.copyOf(failures.keySet()));
      assertEquals("en is null but zh is given", failures.get("no-en bad_input"));
      assertEquals("zh_sentences[1] is null", failures.get("null-sentence bad_input"));
      assertEquals("id is null", failures.get("null bad_input"));
      assertTrue(failures.get("huge too_large").contains("25,000 characters, more than the limit of 20,000"),
          failures.get("huge too_large"));
      assertTrue(failures.get("oom too_large").startsWith("OutOfMemoryError: Java heap space"),
          failures.get("oom too_large"));
      assertEquals("IllegalStateException: the aligner broke", failures.get("crash error"));
      // the good pairs, in the same partitions as the bad ones, are aligned as if alone
      assertSameBeads(expected(good), beadRows(aligned.beads().collectAsList()));
    } finally {
      aligned.unpersist();
    }
  }

  @Test
  void theIdKeepsItsTypeAndTheDocumentsComeFromAnyFormColumnsPresent() {
    StructType schema = new StructType(new StructField[] {
        new StructField("id", DataTypes.LongType, false, Metadata.empty()),
        new StructField("text", DataTypes.StringType, false, Metadata.empty()),
    });
    Dataset<Row> input = spark.createDataFrame(
        List.of(RowFactory.create(42L, "你好。\nHello.")), schema);
    Dataset<Row> beads = SparkAligner.create().align(input).beads();
    assertEquals(DataTypes.LongType, beads.schema().apply("id").dataType());
    assertEquals(List.of("id", "bead", "zh", "en", "score", "zh_ids", "en_ids", "zh_offsets",
        "en_offsets", "parallel", "verdict"), List.of(beads.columns()));
    Row row = beads.first();
    // one bead is too little text to tell a translation: the pair's verdict, on its row
    assertEquals(0.5, row.<Double>getAs("parallel"));
    assertEquals("uncertain", row.<String>getAs("verdict"));
    assertEquals(42L, row.getLong(0));
    assertEquals("你好。", row.getString(2));
    assertEquals("Hello.", row.getString(3));
  }

  @Test
  void oneAlignerPerExecutorAndSettingsNotOnePerRow() {
    SparkAligner aligner = SparkAligner.create().withoutFeatures("numbers", "Punctuation");
    assertEquals(List.of("NUMBERS", "PUNCTUATION"), aligner.disabledFeatures());
    Map<String, DocumentPair> pairs = Fixtures.documents();
    int before = DuiqiCalls.alignersBuilt();
    List<BeadRow> beads = beadRows(aligner.align(dataset(Fixtures.rows(pairs), 7)).beads()
        .collectAsList());
    assertEquals(1, DuiqiCalls.alignersBuilt() - before, "aligners built for 7 tasks");
    aligner.align(dataset(Fixtures.rows(pairs), 5)).beads().count();
    assertEquals(1, DuiqiCalls.alignersBuilt() - before, "after a second job");
    // and the features are really off: the same beads as that aligner gives
    Aligner without = Aligner.builder().feature(Aligner.Feature.NUMBERS, false)
        .feature(Aligner.Feature.PUNCTUATION, false).build();
    List<BeadRow> expected = new ArrayList<>();
    pairs.forEach((id, pair) -> {
      var a = pair.alignWith(without);
      for (int b = 0; b < a.beads().size(); b++) {
        expected.add(BeadRow.expected(id, b, a.beads().get(b)));
      }
    });
    expected.sort(BeadRow.ORDER);
    assertSameBeads(expected, beads);
    assertFalse(expected.equals(expected(pairs)), "switching features off changes some bead");
  }

  @Test
  void aTaskCarriesAboutAKilobyte() throws IOException {
    AlignRows function = new AlignRows(new AlignSettings(List.of("NUMBERS"), 5_000),
        InputColumns.of(Fixtures.SCHEMA), DuiqiCalls::align);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(function);
    }
    assertTrue(bytes.size() < 2048, bytes.size() + " bytes");
  }

  @Test
  void theSchemaIsCheckedOnTheDriver() {
    StructField id = new StructField("id", DataTypes.StringType, true, Metadata.empty());
    StructField zh = new StructField("zh", DataTypes.StringType, true, Metadata.empty());
    StructField en = new StructField("en", DataTypes.StringType, true, Metadata.empty());
    StructField intText = new StructField("text", DataTypes.IntegerType, true, Metadata.empty());
    assertEquals("the pairs have no column 'id': struct<zh:string,en:string>",
        message(new StructType(new StructField[] {zh, en})));
    assertEquals("the pairs have a column 'zh' but no column 'en'",
        message(new StructType(new StructField[] {id, zh})));
    assertEquals("column 'text' is int, not string",
        message(new StructType(new StructField[] {id, intText})));
    assertTrue(message(new StructType(new StructField[] {id})).startsWith(
        "the pairs have none of the columns"));
  }

  private String message(StructType schema) {
    Dataset<Row> empty = spark.createDataFrame(List.of(), schema);
    return assertThrows(IllegalArgumentException.class,
        () -> SparkAligner.create().align(empty)).getMessage();
  }

  @Test
  void badArguments() {
    assertEquals("pairs", assertThrows(NullPointerException.class,
        () -> SparkAligner.create().align(null)).getMessage());
    assertEquals("names[1]", assertThrows(NullPointerException.class,
        () -> SparkAligner.create().withoutFeatures("numbers", null)).getMessage());
    assertEquals("unknown feature 'COLOUR'; the features are [numbers, latin_tokens,"
        + " punctuation, lexicon, quote_boundaries, learned_lexicon, names]",
        assertThrows(IllegalArgumentException.class,
            () -> SparkAligner.create().withoutFeatures("colour")).getMessage());
    assertEquals("maxChars 0 is less than 1", assertThrows(IllegalArgumentException.class,
        () -> SparkAligner.create().withMaxChars(0)).getMessage());
  }
}
