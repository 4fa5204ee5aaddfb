package io.github.duiqi.spark;

import static io.github.duiqi.spark.Fixtures.assertSameBeads;
import static io.github.duiqi.spark.Fixtures.beadRows;
import static io.github.duiqi.spark.Fixtures.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.DocumentPair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignJobTest {

  /** The example that run-local.sh aligns. */
  private static final Path EXAMPLE = Path.of("examples/pairs.jsonl");

  private final SparkSession spark = LocalSpark.session();

  @TempDir
  Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  /** The example's pairs, read as the job reads them. */
  private Map<String, DocumentPair> examplePairs() {
    Map<String, DocumentPair> pairs = new LinkedHashMap<>();
    for (Row r : spark.read().json(EXAMPLE.toString()).collectAsList()) {
      String id = r.getAs("id");
      if (r.getAs("text") != null) {
        pairs.put(id, DocumentPair.ofInterleaved(r.getAs("text")));
      } else if (r.getAs("zh_sentences") != null) {
        pairs.put(id, DocumentPair.ofSentences(r.getList(r.fieldIndex("zh_sentences")),
            r.getList(r.fieldIndex("en_sentences"))));
      } else if (r.getAs("en") != null) {
        pairs.put(id, DocumentPair.ofDocuments(r.getAs("zh"), r.getAs("en")));
      }
    }
    return pairs;
  }

  @Test
  void theExampleJsonLinesBecomeBeadJsonLinesAndOneFailure() throws IOException {
    Path out = dir.resolve("aligned");
    int status = AlignJob.run(new String[] {"--in", EXAMPLE.toString(), "--out", out.toString(),
        "--partitions", "3"}, err);
    assertEquals(AlignJob.OK, status, err());
    Map<String, DocumentPair> pairs = examplePairs();
    assertEquals(4, pairs.size());
    List<Fixtures.BeadRow> expected = expected(pairs);
    assertTrue(err().startsWith("duiqi-spark: " + expected.size() + " beads written to "), err());
    assertTrue(err().contains(", 1 failed pairs to "), err());

    // one JSON object a line, in part files: what the issue shows a user
    List<String> lines = lines(out.resolve("beads"));
    assertEquals(expected.size(), lines.size());
    assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"id\":\"") && l.contains("\"bead\":")
        && l.contains("\"zh\":") && l.contains("\"en\":") && l.contains("\"score\":")), lines.get(0));
    assertSameBeads(expected,
        beadRows(spark.read().schema(SparkAligner.create().align(spark.read()
            .json(EXAMPLE.toString())).beads().schema()).json(out.resolve("beads").toString())
            .collectAsList()));
    assertEquals(List.of("{\"id\":\"half\",\"failure\":\"bad_input\","
        + "\"message\":\"en is null but zh is given\"}"), lines(out.resolve("failures")));
  }

  @Test
  void parquetInParquetOut() {
    Path in = dir.resolve("pairs.parquet");
    spark.read().json(EXAMPLE.toString()).write().parquet(in.toString());
    Path out = dir.resolve("aligned");
    assertEquals(AlignJob.OK, AlignJob.run(new String[] {"--in", in.toString(), "--out",
        out.toString(), "--out-format", "parquet"}, err), err());
    assertSameBeads(expected(examplePairs()),
        beadRows(spark.read().parquet(out.resolve("beads").toString()).collectAsList()));
    assertEquals(1, spark.read().parquet(out.resolve("failures").toString()).count());
  }

  @Test
  void anExistingOutputIsNotOverwritten() throws IOException {
    Path out = dir.resolve("aligned");
    Files.createDirectories(out.resolve("beads"));
    Files.writeString(out.resolve("beads/keep.txt"), "mine");
    assertEquals(AlignJob.FAILED, AlignJob.run(new String[] {"--in", EXAMPLE.toString(), "--out",
        out.toString()}, err));
    assertEquals("mine", Files.readString(out.resolve("beads/keep.txt")));
    assertTrue(err().startsWith("duiqi-spark: ") && err().contains("already exists")
        && err().lines().count() == 1, err());
  }

  @Test
  void aMissingInputFailsWithOneLine() {
    assertEquals(AlignJob.FAILED, AlignJob.run(new String[] {"--in",
        dir.resolve("none.jsonl").toString(), "--out", dir.resolve("out").toString()}, err));
    assertTrue(err().startsWith("duiqi-spark: ") && err().contains("none.jsonl")
        && err().lines().count() == 1, err());
  }

  @Test
  void badArgumentsExitWithUsage() {
    assertUsage("duiqi-spark: --in and --out are required", "--in", "x.jsonl");
    assertUsage("duiqi-spark: --out needs a value", "--in", "x.jsonl", "--out");
    assertUsage("duiqi-spark: unknown option '--fast'", "--fast", "yes");
    assertUsage("duiqi-spark: --partitions '0' is not a positive integer", "--in", "a", "--out",
        "b", "--partitions", "0");
    assertUsage("duiqi-spark: --out-format 'xml' is not json or parquet", "--out-format", "xml");
    assertUsage("duiqi-spark: unknown feature 'COLOUR'; the features are [numbers, latin_tokens,"
        + " punctuation, lexicon, quote_boundaries, learned_lexicon, names]", "--without", "numbers,colour");
    String in = dir.resolve("corpus").toString();
    assertUsage("duiqi-spark: --out " + in + " would hold or overwrite --in " + in
        + "/pairs.jsonl: choose another", "--in", in + "/pairs.jsonl", "--out", in);
  }

  private void assertUsage(String message, String... args) {
    errBytes.reset();
    assertEquals(AlignJob.USAGE, AlignJob.run(args, err));
    assertEquals(message, err().lines().findFirst().orElseThrow());
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        lines.addAll(Files.readAllLines(part));
      }
    }
    return lines;
  }
}
