package io.github.duiqi.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.CorpusAligner;
import io.github.duiqi.DocumentPair;
import io.github.duiqi.DocumentResult;
import io.github.duiqi.Sentence;
import io.github.duiqi.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Pairs of real sentences for the tests (the library's public-news sample, cut into documents of
 * one to four paragraphs, and a few of our own), the expected beads from {@link CorpusAligner},
 * and the comparison of bead rows field by field.
 */
final class Fixtures {

  /** Input schema holding all three forms. */
  static final StructType SCHEMA = new StructType(new StructField[] {
      new StructField("id", DataTypes.StringType, true, Metadata.empty()),
      new StructField("zh", DataTypes.StringType, true, Metadata.empty()),
      new StructField("en", DataTypes.StringType, true, Metadata.empty()),
      new StructField("zh_sentences", DataTypes.createArrayType(DataTypes.StringType), true,
          Metadata.empty()),
      new StructField("en_sentences", DataTypes.createArrayType(DataTypes.StringType), true,
          Metadata.empty()),
      new StructField("text", DataTypes.StringType, true, Metadata.empty()),
  });

  private Fixtures() {}

  /** A bead as the tests compare it: every column of a bead row. */
  record BeadRow(String id, int bead, String zh, String en, double score, List<Integer> zhIds,
      List<Integer> enIds, List<List<Integer>> zhOffsets, List<List<Integer>> enOffsets) {

    static final Comparator<BeadRow> ORDER =
        Comparator.comparing(BeadRow::id).thenComparingInt(BeadRow::bead);

    /** Reads a row of {@link AlignedPairs#beads()}. */
    static BeadRow of(Row row) {
      return new BeadRow(String.valueOf(row.<Object>getAs("id")), row.<Integer>getAs("bead"),
          row.getAs("zh"), row.getAs("en"), row.<Double>getAs("score"),
          List.copyOf(row.getList(row.fieldIndex("zh_ids"))),
          List.copyOf(row.getList(row.fieldIndex("en_ids"))),
          rowSpans(row.getList(row.fieldIndex("zh_offsets"))),
          rowSpans(row.getList(row.fieldIndex("en_offsets"))));
    }

    private static List<List<Integer>> rowSpans(List<Object> seqs) {
      List<List<Integer>> spans = new ArrayList<>();
      for (Object seq : seqs) {
        @SuppressWarnings("unchecked")
        scala.collection.Seq<Integer> s = (scala.collection.Seq<Integer>) seq;
        spans.add(List.copyOf(JavaConverters.seqAsJavaList(s)));
      }
      return spans;
    }

    /** The row the library's bead should become. */
    static BeadRow expected(String id, int index, Bead bead) {
      return new BeadRow(id, index, bead.chineseText(), bead.englishText(), bead.score(),
          bead.chineseIndices(), bead.englishIndices(), spans(bead.chinese()),
          spans(bead.english()));
    }

    private static List<List<Integer>> spans(List<Sentence> sentences) {
      return sentences.stream().map(s -> List.of(s.start(), s.end())).toList();
    }
  }

  /** The sample's paragraphs, each a Chinese and an English string. */
  static List<String[]> paragraphs() {
    List<String[]> paragraphs = new ArrayList<>();
    for (String line : resource("seed/expected-paragraphs.tsv").split("\n")) {
      if (!line.isBlank()) {
        paragraphs.add(line.split("\t", 2));
      }
    }
    return paragraphs;
  }

  /** The sample as one interleaved stream. */
  static String interleavedSample() {
    return resource("seed/000_84e3e2ed0b7c912e.txt");
  }

  /** Documents: every run of one or more consecutive paragraphs of the sample, and ours. */
  static Map<String, DocumentPair> documents() {
    Map<String, DocumentPair> pairs = new LinkedHashMap<>();
    List<String[]> p = paragraphs();
    for (int from = 0; from < p.size(); from++) {
      for (int to = from + 1; to <= p.size(); to++) {
        pairs.put("doc-" + from + "-" + to, DocumentPair.ofDocuments(join(p, from, to, 0),
            join(p, from, to, 1)));
      }
    }
    pairs.put("own", DocumentPair.ofDocuments("我没走。她叫我留下来。\n\n第二天早上，雨停了。",
        "I did not leave. She asked me to stay.\n\nThe next morning the rain stopped."));
    pairs.put("untranslated", DocumentPair.ofDocuments("这一句没有译文。", ""));
    pairs.put("empty", DocumentPair.ofDocuments("", ""));
    return pairs;
  }

  /** Pre-split pairs: the documents' sentences as the splitter finds them. */
  static Map<String, DocumentPair> sentences() {
    Map<String, DocumentPair> pairs = new LinkedHashMap<>();
    SentenceSplitter splitter = SentenceSplitter.create();
    documents().forEach((id, pair) -> {
      DocumentPair.Documents d = (DocumentPair.Documents) pair;
      pairs.put("split-" + id, DocumentPair.ofSentences(texts(splitter.split(d.chinese())),
          texts(splitter.split(d.english()))));
    });
    return pairs;
  }

  /** Interleaved pairs: the whole sample, and runs of paragraphs one line each. */
  static Map<String, DocumentPair> interleaved() {
    Map<String, DocumentPair> pairs = new LinkedHashMap<>();
    pairs.put("sample", DocumentPair.ofInterleaved(interleavedSample()));
    List<String[]> p = paragraphs();
    for (int from = 0; from < p.size(); from++) {
      StringBuilder text = new StringBuilder();
      for (int k = from; k < p.size(); k++) {
        text.append(p.get(k)[0]).append('\n').append(p.get(k)[1]).append("\n\n");
      }
      pairs.put("lines-" + from, DocumentPair.ofInterleaved(text.toString()));
    }
    return pairs;
  }

  /** All pairs of the three forms. */
  static Map<String, DocumentPair> all() {
    Map<String, DocumentPair> pairs = new LinkedHashMap<>(documents());
    pairs.putAll(sentences());
    pairs.putAll(interleaved());
    return pairs;
  }

  /** The input row of a pair in {@link #SCHEMA}. */
  static Row row(String id, DocumentPair pair) {
    if (pair instanceof DocumentPair.Documents d) {
      return RowFactory.create(id, d.chinese(), d.english(), null, null, null);
    }
    if (pair instanceof DocumentPair.Sentences s) {
      return RowFactory.create(id, null, null, s.chinese().toArray(String[]::new),
          s.english().toArray(String[]::new), null);
    }
    return RowFactory.create(id, null, null, null, null,
        ((DocumentPair.Interleaved) pair).text());
  }

  static List<Row> rows(Map<String, DocumentPair> pairs) {
    List<Row> rows = new ArrayList<>();
    pairs.forEach((id, pair) -> rows.add(row(id, pair)));
    return rows;
  }

  /** What {@link CorpusAligner} (as {@code align --batch} runs it) makes of the pairs. */
  static List<BeadRow> expected(Map<String, DocumentPair> pairs) {
    List<String> ids = List.copyOf(pairs.keySet());
    List<BeadRow> rows = new ArrayList<>();
    CorpusAligner.create().withThreads(2).align(ids.iterator(), pairs::get,
        (DocumentResult<String> result) -> {
          Alignment a = result.alignmentOrThrow();
          for (int b = 0; b < a.beads().size(); b++) {
            rows.add(BeadRow.expected(result.key(), b, a.beads().get(b)));
          }
        });
    rows.sort(BeadRow.ORDER);
    return rows;
  }

  static List<BeadRow> beadRows(List<Row> rows) {
    List<BeadRow> beads = new ArrayList<>(rows.stream().map(BeadRow::of).toList());
    beads.sort(BeadRow.ORDER);
    return beads;
  }

  /** Asserts the same beads, naming the first that differs. */
  static void assertSameBeads(List<BeadRow> expected, List<BeadRow> actual) {
    for (int k = 0; k < Math.min(expected.size(), actual.size()); k++) {
      assertEquals(expected.get(k), actual.get(k), "bead row " + k);
    }
    assertEquals(expected.size(), actual.size(), "bead rows");
  }

  static String resource(String name) {
    try (var in = Objects.requireNonNull(Fixtures.class.getClassLoader().getResourceAsStream(name),
        name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String join(List<String[]> paragraphs, int from, int to, int side) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k < to; k++) {
      s.append(k == from ? "" : "\n\n").append(paragraphs.get(k)[side]);
    }
    return s.toString();
  }

  private static List<String> texts(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).toList();
  }
}
