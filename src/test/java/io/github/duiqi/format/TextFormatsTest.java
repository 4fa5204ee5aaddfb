package io.github.duiqi.format;

import io.github.duiqi.testing.MiniJson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TSV, ladder, JSON Lines and Moses: exact output, round trips, errors. */
class TextFormatsTest {

  static List<TextPair> readTsv(String tsv) throws IOException {
    try (TsvReader in = TsvReader.open(new StringReader(tsv), "test.tsv")) {
      return in.readAll();
    }
  }

  static List<LadderEntry> readLadder(String ladder) throws IOException {
    try (LadderReader in = LadderReader.open(new StringReader(ladder), "test.align")) {
      return in.readAll();
    }
  }

  /** Text exactly as in the input: what the escaping tests need. */
  private static final FormatOptions RAW_TEXT = FormatOptions.defaults().withRawText(true);

  @Test
  void tsvIsZhTabEnTabScoreAndReadsBack() throws IOException {
    List<Bead> beads = TestBeads.seed();
    Outputs.Written w = Outputs.write(AlignmentFormat.TSV, beads);
    String[] lines = w.text().split("\n", -1);
    assertEquals(beads.size() + 1, lines.length, "one line a bead, each ended by \\n");
    assertEquals(beads.get(0).chineseText() + "\t\t0.1200", lines[0]);
    assertEquals(beads.get(9).chineseText() + "\t" + beads.get(9).englishText() + "\t"
        + AbstractBeadWriter.score(beads.get(9).score()), lines[9]);
    // the sample's expected TSV holds the same pairs without scores
    List<TextPair> expected = readTsv(TestBeads.resource("/seed/expected-alignment.tsv"));
    List<TextPair> read = readTsv(w.text());
    assertEquals(expected.size(), read.size());
    for (int i = 0; i < read.size(); i++) {
      assertEquals(expected.get(i).chinese(), read.get(i).chinese());
      assertEquals(expected.get(i).english(), read.get(i).english());
      assertTrue(expected.get(i).score().isEmpty());
      assertEquals(beads.get(i).score(), read.get(i).score().orElseThrow(), 0.00005);
    }
    assertEquals(0, w.summary().changedCharacters());
  }

  @Test
  void tsvEscapesWhatItCannotHoldAndReadsItBack() throws IOException {
    String zh = "甲\t乙\n丙\r丁\\戊\uDC00";
    String en = "C:\\temp\\new\ttab";
    Outputs.Written w = Outputs.write(AlignmentFormat.TSV, List.of(TestBeads.pair(zh, en, 1)),
        RAW_TEXT);
    assertEquals("甲\\t乙\\n丙\\r丁\\\\戊\\uDC00\tC:\\\\temp\\\\new\\ttab\t1.0000\n", w.text());
    assertEquals(8, w.summary().escapedCharacters(), "5 in the Chinese, 3 in the English");
    assertEquals(0, w.summary().replacedCharacters());
    TextPair pair = readTsv(w.text()).get(0);
    assertEquals(zh, pair.chinese());
    assertEquals(en, pair.english());
  }

  @Test
  void tsvReaderIsLenientWithForeignBackslashesAndStrictWithFields() throws IOException {
    TextPair pair = readTsv("a\\b\\u12\\\tx\\z\n").get(0);
    assertEquals("a\\b\\u12\\", pair.chinese());
    assertEquals("x\\z", pair.english());
    assertTrue(pair.score().isEmpty());
    FormatException e = assertThrows(FormatException.class, () -> readTsv("a\tb\t0.5\n\nonly one\n"));
    assertEquals(3, e.line());
    assertEquals("test.tsv", e.source());
    assertEquals(2, assertThrows(FormatException.class, () -> readTsv("a\tb\n\tc\td\te\n")).line());
    assertEquals(1, assertThrows(FormatException.class, () -> readTsv("a\tb\tmuch\n")).line());
    assertEquals(1, assertThrows(FormatException.class, () -> readTsv("a\tb\t1.5\n")).line());
  }

  @Test
  void invalidUtf8IsAFormatErrorWithTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    byte[] good = "a\tb\t0.5\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 4];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = 'x';
    bytes[good.length + 1] = (byte) 0xC3;
    bytes[good.length + 2] = '\t';
    bytes[good.length + 3] = 'y';
    Files.write(file, bytes);
    try (TsvReader in = TsvReader.open(file)) {
      FormatException e = assertThrows(FormatException.class, in::readAll);
      assertEquals(file.toString(), e.source());
      assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }
  }

  @Test
  void ladderWritesIdsAndScoreAndMatchesTheSamplesLadder() throws IOException {
    List<Bead> beads = TestBeads.seed();
    Outputs.Written w = Outputs.write(AlignmentFormat.LADDER, beads);
    String[] lines = w.text().split("\n");
    assertEquals("[0]:[]:0.1200", lines[0]);
    assertTrue(lines[9].startsWith("[9]:[8,9]:0."), lines[9]);
    String expected = TestBeads.resource("/seed/expected-alignment.ladder");
    List<LadderEntry> mine = readLadder(w.text());
    List<LadderEntry> theirs = readLadder(expected);
    assertEquals(theirs.size(), mine.size());
    for (int i = 0; i < mine.size(); i++) {
      assertEquals(theirs.get(i).chineseIndices(), mine.get(i).chineseIndices());
      assertEquals(theirs.get(i).englishIndices(), mine.get(i).englishIndices());
      assertEquals(beads.get(i).score(), mine.get(i).score().orElseThrow(), 0.00005);
    }
  }

  @Test
  void ladderReaderIsLenient() throws IOException {
    List<LadderEntry> entries = readLadder(
        "# comment\n\n [ 1 , 2 ] : [] \n[]:[ 0 ]: 0.25\r\n[3]:[1,2]:\n");
    assertEquals(List.of(
        new LadderEntry(List.of(1, 2), List.of(), OptionalDouble.empty()),
        new LadderEntry(List.of(), List.of(0), OptionalDouble.of(0.25)),
        new LadderEntry(List.of(3), List.of(1, 2), OptionalDouble.empty())), entries);
  }

  @Test
  void malformedLadderLinesNameTheLine() {
    String[] bad = {"[1]:[2]:x", "[1]:[2]x", "1:[2]", "[1:[2]", "[a]:[2]", "[2,1]:[0]", "[]:[]",
        "[1]:[2]:1.5", "[-1]:[0]", "[1,,2]:[3]"};
    for (String line : bad) {
      FormatException e = assertThrows(FormatException.class,
          () -> readLadder("[0]:[0]\n" + line + "\n"), line);
      assertEquals(2, e.line(), line);
      assertTrue(e.getMessage().startsWith("test.align:2: "), e.getMessage());
    }
  }

  @Test
  void ladderEntryMakesBeadsAndRejectsMissingSentences() {
    Sentence a = new Sentence("甲。", 0, 2);
    Sentence b = new Sentence("A.", 0, 2);
    LadderEntry e = new LadderEntry(List.of(0), List.of(0), OptionalDouble.empty());
    assertEquals(List.of(a), e.toBead(List.of(a), List.of(b), 0.5).chinese());
    assertThrows(IllegalArgumentException.class, () -> e.toBead(List.of(), List.of(b), 0.5));
    assertEquals(e.chineseIndices(), LadderEntry.of(e.toBead(List.of(a), List.of(b), 0.5))
        .chineseIndices());
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonLinesFollowTheHuggingFaceTranslationConvention() {
    List<Bead> beads = TestBeads.seed();
    Outputs.Written w = Outputs.write(AlignmentFormat.JSONL, beads);
    String[] lines = w.text().split("\n");
    assertEquals(beads.size(), lines.length);
    assertTrue(lines[1].contains(beads.get(1).chineseText()), "Chinese stays readable, unescaped");
    for (int i = 0; i < lines.length; i++) {
      Map<String, Object> record = (Map<String, Object>) MiniJson.parse(lines[i]);
      Bead bead = beads.get(i);
      assertEquals(List.of("id", "translation", "zh_ids", "en_ids", "zh_offsets", "en_offsets",
          "score"), List.copyOf(record.keySet()));
      assertEquals((double) i, record.get("id"));
      assertEquals(Map.of("zh", bead.chineseText(), "en", bead.englishText()),
          record.get("translation"));
      assertEquals(bead.chineseIndices().stream().map(Integer::doubleValue).toList(),
          record.get("zh_ids"));
      assertEquals(bead.englishIndices().stream().map(Integer::doubleValue).toList(),
          record.get("en_ids"));
      assertEquals(bead.english().stream()
              .map(s -> List.of((double) s.start(), (double) s.end())).toList(),
          record.get("en_offsets"));
      assertEquals(bead.chinese().stream()
              .map(s -> List.of((double) s.start(), (double) s.end())).toList(),
          record.get("zh_offsets"));
      assertEquals(bead.score(), (Double) record.get("score"), 0.00005);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonEscapesControlsQuotesAndLoneSurrogates() {
    String zh = "\"引號\"\\\u0000\u001F\t\n\uD800";
    Outputs.Written w = Outputs.write(AlignmentFormat.JSONL,
        List.of(TestBeads.pair(zh, "\uD83D\uDE00 \u2028", 1)), RAW_TEXT);
    assertTrue(w.text().contains("\"zh\":\"\\\"引號\\\"\\\\\\u0000\\u001F\\t\\n\\uD800\""),
        w.text());
    assertEquals(1, w.summary().escapedCharacters(), "the lone surrogate");
    Map<String, Object> record = (Map<String, Object>) MiniJson.parse(w.text().strip());
    assertEquals(Map.of("zh", zh, "en", "\uD83D\uDE00 \u2028"), record.get("translation"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonLinesEscapesWhatSplitlinesEndsALineAtAndReadsItBack() throws IOException {
    String zh = "甲\u0085乙\u2028丙\u2029丁";
    Outputs.Written w = Outputs.write(AlignmentFormat.JSONL,
        List.of(TestBeads.pair(zh, "a\u0085b", 1)), RAW_TEXT);
    String text = w.text();
    assertEquals(1, text.split("[\n\r\u000B\u000C\u001C-\u001E\u0085\u2028\u2029]").length,
        "one record a line for Python's splitlines(): " + text);
    assertTrue(text.contains("甲\\u0085乙\\u2028丙\\u2029丁"), text);
    Map<String, Object> record = (Map<String, Object>) MiniJson.parse(text.strip());
    assertEquals(Map.of("zh", zh, "en", "a\u0085b"), record.get("translation"));
    try (JsonLinesReader in = JsonLinesReader.open(new java.io.StringReader(text), "t.jsonl")) {
      JsonLinesEntry e = in.next();
      assertEquals(zh, e.chinese());
      assertEquals("a\u0085b", e.english());
    }
  }

  @Test
  void mosesWritesParallelLines(@TempDir Path dir) throws IOException {
    List<Bead> beads = TestBeads.seed();
    Path base = dir.resolve("sample");
    try (BeadWriter out = AlignmentFormat.MOSES.writer(base, FormatOptions.defaults())) {
      out.writeAll(beads);
    }
    List<String> zh = Files.readAllLines(dir.resolve("sample.zh"));
    List<String> en = Files.readAllLines(dir.resolve("sample.en"));
    assertEquals(beads.size(), zh.size());
    assertEquals(beads.size(), en.size());
    for (int i = 0; i < beads.size(); i++) {
      assertEquals(beads.get(i).chineseText(), zh.get(i));
      assertEquals(beads.get(i).englishText(), en.get(i));
    }
    assertEquals("", en.get(0), "an empty side is an empty line, keeping the lines parallel");
  }

  @Test
  void mosesReplacesLineBreaksAndCountsThem() throws IOException {
    java.io.ByteArrayOutputStream zh = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream en = new java.io.ByteArrayOutputStream();
    BeadWriter out = AlignmentFormat.mosesWriter(zh, en, RAW_TEXT);
    try (out) {
      out.write(TestBeads.pair("甲\n乙\r\n丙\u2028丁\uDFFF", "a\u0085b\tc", 0.5));
    }
    assertEquals("甲 乙  丙 丁\uFFFD\n", zh.toString(StandardCharsets.UTF_8));
    assertEquals("a b\tc\n", en.toString(StandardCharsets.UTF_8));
    assertEquals(6, out.summary().replacedCharacters());
  }

  @Test
  void everyFormatIsDeterministicAndHonoursTheFilters() {
    List<Bead> beads = TestBeads.seed();
    FormatOptions strict = FormatOptions.defaults().withMinScore(0.6).withEmptySides(false);
    long expectedWritten = beads.stream()
        .filter(b -> b.score() >= 0.6 && !b.chinese().isEmpty() && !b.english().isEmpty())
        .count();
    assertTrue(expectedWritten > 0 && expectedWritten < beads.size() - 1);
    for (AlignmentFormat f : AlignmentFormat.values()) {
      if (f == AlignmentFormat.MOSES) {
        continue;
      }
      assertArrayEquals(Outputs.write(f, beads).bytes(), Outputs.write(f, beads).bytes(),
          f.formatName());
      WriteSummary s = Outputs.write(f, beads, strict).summary();
      assertEquals(expectedWritten, s.beadsWritten(), f.formatName());
      assertEquals(beads.size() - expectedWritten, s.beadsOmitted(), f.formatName());
    }
    assertEquals(expectedWritten,
        Outputs.write(AlignmentFormat.LADDER, beads, strict).text().lines().count());
  }

  @Test
  void writersRejectNullsAndUseAfterClose() throws IOException {
    BeadWriter out = AlignmentFormat.TSV.writer(new java.io.ByteArrayOutputStream(),
        FormatOptions.defaults());
    assertThrows(NullPointerException.class, () -> out.write(null));
    out.close();
    out.close();
    assertThrows(IllegalStateException.class, () -> out.write(TestBeads.pair("甲", "a", 1)));
    assertFalse(out.summary().beadsWritten() > 0);
  }
}
