package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What all readers share: iteration, streams, lines, closing, the byte order mark, UTF-8. */
class ReadersTest {

  private static final String BOM = "\uFEFF";

  /** Counts how often it was closed. */
  static final class Tracked extends FilterInputStream {
    int closes;

    Tracked(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public void close() throws IOException {
      closes++;
      super.close();
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void iteratesWithLinesAndEndsWithNoSuchElement() throws IOException {
    try (LadderReader in = LadderReader.open(new StringReader("# c\n[0]:[0]\n\n[1]:[1,2]:0.5\n"),
        "x.align")) {
      assertEquals(0, in.line());
      assertTrue(in.hasNext());
      assertTrue(in.hasNext(), "hasNext twice reads one record");
      assertEquals(new LadderEntry(List.of(0), List.of(0)), in.next());
      assertEquals(2, in.line());
      assertTrue(in.hasNext());
      assertEquals(2, in.line(), "hasNext does not move line()");
      assertEquals(new LadderEntry(List.of(1), List.of(1, 2), OptionalDouble.of(0.5)), in.next());
      assertEquals(4, in.line());
      assertFalse(in.hasNext());
      assertThrows(NoSuchElementException.class, in::next);
      assertEquals("x.align", in.source());
    }
  }

  @Test
  void closingTheStreamClosesTheReader() throws IOException {
    TsvReader in = TsvReader.open(new StringReader("a\tb\nc\td\te\n"), "x.tsv");
    try (Stream<TextPair> pairs = in.stream()) {
      assertEquals(List.of("a"), pairs.limit(1).map(TextPair::chinese).toList());
    }
    assertThrows(IllegalStateException.class, in::hasNext);
    in.close();
  }

  @Test
  void streamOperationsThrowTheFormatException() {
    FormatException e = assertThrows(FormatException.class, () -> {
      try (Stream<TextPair> pairs = TsvReader.open(new StringReader("a\tb\n\nonly\n"), "x.tsv")
          .stream()) {
        pairs.count();
      }
    });
    assertEquals("x.tsv", e.source());
    assertEquals(3, e.line());
  }

  @Test
  void aFailedReaderKeepsFailing() throws IOException {
    try (TsvReader in = TsvReader.open(new StringReader("only\na\tb\n"), "x.tsv")) {
      FormatException first = assertThrows(FormatException.class, in::hasNext);
      assertSame(first, assertThrows(FormatException.class, in::next),
          "never skips the bad line and reads on");
    }
  }

  @Test
  void readErrorsAreUnchecked() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    try (TsvReader in = TsvReader.open(broken, "x.tsv")) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, in::hasNext);
      assertTrue(e.getMessage().contains("x.tsv") && e.getMessage().contains("disk gone"),
          e.getMessage());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readersLeaveGivenStreamsOpen() throws IOException {
    Tracked tsv = new Tracked(utf8("a\tb\n"));
    Tracked ladder = new Tracked(utf8("[0]:[0]\n"));
    Tracked jsonl = new Tracked(utf8(""));
    Tracked tmx = new Tracked(Outputs.write(AlignmentFormat.TMX, TestBeads.seed()).bytes());
    try (TsvReader a = TsvReader.open(tsv, "a");
        LadderReader b = LadderReader.open(ladder, "b");
        JsonLinesReader c = JsonLinesReader.open(jsonl, "c");
        TmxReader d = TmxReader.open(tmx, "d")) {
      assertEquals(1, a.readAll().size());
      assertEquals(1, b.readAll().size());
      assertEquals(0, c.readAll().size());
      assertEquals(17, d.readAll().size());
    }
    for (Tracked t : List.of(tsv, ladder, jsonl, tmx)) {
      assertEquals(0, t.closes);
    }
  }

  /** Open file descriptors of this process that point at {@code file} (Linux). */
  static long openDescriptors(Path file) throws IOException {
    Path fds = Path.of("/proc/self/fd");
    long n = 0;
    try (Stream<Path> list = Files.list(fds)) {
      for (Path fd : (Iterable<Path>) list::iterator) {
        try {
          n += Files.readSymbolicLink(fd).equals(file.toRealPath()) ? 1 : 0;
        } catch (IOException e) {
          // the descriptor of the listing itself, already gone
        }
      }
    }
    return n;
  }

  @Test
  void readersCloseTheFilesTheyOpened(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc (Linux)");
    List<Bead> beads = TestBeads.seed();
    Path base = dir.resolve("doc");
    for (AlignmentFormat f : List.of(AlignmentFormat.TSV, AlignmentFormat.LADDER,
        AlignmentFormat.JSONL, AlignmentFormat.TMX)) {
      try (BeadWriter out = f.writer(base, FormatOptions.defaults())) {
        out.writeAll(beads);
      }
    }
    Path tsv = dir.resolve("doc.tsv");
    Path ladder = dir.resolve("doc.align");
    Path jsonl = dir.resolve("doc.jsonl");
    Path tmx = dir.resolve("doc.tmx");
    try (TsvReader a = TsvReader.open(tsv);
        LadderReader b = LadderReader.open(ladder);
        JsonLinesReader c = JsonLinesReader.open(jsonl);
        TmxReader d = TmxReader.open(tmx)) {
      for (Path p : List.of(tsv, ladder, jsonl, tmx)) {
        assertEquals(1, openDescriptors(p), p + " is open while read");
      }
      for (RecordReader<?> r : List.<RecordReader<?>>of(a, b, c, d)) {
        assertEquals(beads.size(), r.readAll().size(), r.source());
      }
    }
    for (Path p : List.of(tsv, ladder, jsonl, tmx)) {
      assertEquals(0, openDescriptors(p), p + " is closed after close()");
    }
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedOnceInEveryReader(@TempDir Path dir) throws IOException {
    Bead bead = TestBeads.pair("甲。", "A.", 0.5);
    for (AlignmentFormat f : List.of(AlignmentFormat.TSV, AlignmentFormat.LADDER,
        AlignmentFormat.JSONL, AlignmentFormat.TMX)) {
      String text = Outputs.write(f, List.of(bead)).text();
      Path file = dir.resolve("bom." + f.formatName());
      Files.write(file, utf8(BOM + text));
      assertEquals(List.of(bead.chineseText()), chineseOf(f, file), f + " from a file");
      assertEquals(List.of(bead.chineseText()), chineseOf(f, new StringReader(BOM + text)),
          f + " from characters");
    }
    // a second U+FEFF is text (a zero-width no-break space), kept as it is
    assertEquals(BOM + "甲", TsvReader.open(new StringReader(BOM + BOM + "甲\tA\n"), "x")
        .next().chinese());
    assertEquals(BOM + "甲", JsonLinesReader.open(new StringReader(BOM
        + Outputs.write(AlignmentFormat.JSONL, List.of(TestBeads.pair(BOM + "甲", "A", 1)))
            .text()), "x").next().chinese());
    FormatException e = assertThrows(FormatException.class,
        () -> LadderReader.open(new StringReader(BOM + BOM + "[0]:[0]\n"), "x").next());
    assertEquals(1, e.line());
    assertThrows(FormatException.class, () -> TsvReader.open(new StringReader("a\tb\n" + BOM
        + "\n"), "x").readAll().size(), "only at the start: later it is a one-field line");
  }

  private static List<String> chineseOf(AlignmentFormat f, Path file) throws IOException {
    return switch (f) {
      case TSV -> TsvReader.open(file).stream().map(TextPair::chinese).toList();
      case TMX -> TmxReader.open(file).stream().map(TextPair::chinese).toList();
      case JSONL -> JsonLinesReader.open(file).stream().map(JsonLinesEntry::chinese).toList();
      case LADDER -> LadderReader.open(file).stream()
          .map(e -> e.chineseIndices().isEmpty() ? "" : "甲。").toList();
      default -> throw new AssertionError(f);
    };
  }

  private static List<String> chineseOf(AlignmentFormat f, StringReader in) {
    return switch (f) {
      case TSV -> TsvReader.open(in, "x").stream().map(TextPair::chinese).toList();
      case TMX -> TmxReader.open(new ByteArrayInputStream(utf8(readAll(in))), "x").stream()
          .map(TextPair::chinese).toList();
      case JSONL -> JsonLinesReader.open(in, "x").stream().map(JsonLinesEntry::chinese).toList();
      case LADDER -> LadderReader.open(in, "x").stream()
          .map(e -> e.chineseIndices().isEmpty() ? "" : "甲。").toList();
      default -> throw new AssertionError(f);
    };
  }

  private static String readAll(StringReader in) {
    try {
      StringBuilder sb = new StringBuilder();
      for (int c; (c = in.read()) >= 0; ) {
        sb.append((char) c);
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void invalidUtf8NamesItsOwnLineFarIntoAFile(@TempDir Path dir) throws IOException {
    StringBuilder good = new StringBuilder();
    for (int k = 0; k < 5000; k++) {
      good.append("[").append(k).append("]:[").append(k).append("]\n");
    }
    byte[] head = utf8(good.toString());
    byte[] bytes = new byte[head.length + 8];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(utf8("[1]:[\u00E9"), 0, bytes, head.length, 7);
    bytes[head.length + 5] = (byte) 0xC3;
    bytes[head.length + 6] = '1';
    bytes[head.length + 7] = ']';
    Path file = dir.resolve("bad.align");
    Files.write(file, bytes);
    try (LadderReader in = LadderReader.open(file)) {
      FormatException e = assertThrows(FormatException.class, in::readAll);
      assertEquals(5001, e.line());
      assertEquals(file.toString(), e.source());
      assertEquals("invalid UTF-8 (byte 0xC3 at byte 6 of the line)", e.reason());
    }
  }

  @Test
  void linesEndAtLfCrOrCrLfFromBytesAsFromCharacters() throws IOException {
    String text = "a\tb\r\nc\td\re\tf\n\ng\th";
    try (TsvReader bytes = TsvReader.open(new ByteArrayInputStream(utf8(text)), "b");
        TsvReader chars = TsvReader.open(new StringReader(text), "c")) {
      List<String> fromBytes = bytes.stream().map(TextPair::english).toList();
      assertEquals(List.of("b", "d", "f", "h"), fromBytes);
      assertEquals(fromBytes, chars.stream().map(TextPair::english).toList());
    }
  }

  @Test
  void jsonLinesReadBackEveryField() throws IOException {
    List<Bead> beads = TestBeads.seed();
    List<JsonLinesEntry> read;
    try (JsonLinesReader in = JsonLinesReader.open(
        new ByteArrayInputStream(Outputs.write(AlignmentFormat.JSONL, beads).bytes()), "s.jsonl")) {
      read = in.readAll();
    }
    assertEquals(beads.size(), read.size());
    for (int i = 0; i < beads.size(); i++) {
      Bead b = beads.get(i);
      JsonLinesEntry e = read.get(i);
      assertEquals(i, e.id());
      assertEquals(b.chineseText(), e.chinese());
      assertEquals(b.englishText(), e.english());
      assertEquals(b.chineseIndices(), e.chineseIndices());
      assertEquals(b.englishIndices(), e.englishIndices());
      assertEquals(offsets(b.chinese()), e.chineseOffsets());
      assertEquals(offsets(b.english()), e.englishOffsets());
      assertEquals(b.score(), e.score(), 0.00005);
      assertEquals(LadderEntry.of(b).chineseIndices(), e.ladderEntry().chineseIndices());
      assertEquals(b.englishText(), e.textPair().english());
    }
  }

  static List<JsonLinesEntry.Offsets> offsets(List<Sentence> sentences) {
    return sentences.stream().map(s -> new JsonLinesEntry.Offsets(s.start(), s.end())).toList();
  }

  @Test
  void jsonLinesReaderTakesAnyOrderAndSpacesAndIgnoresOtherMembers() {
    String line = " { \"score\" : 1e-1 , \"extra\": [true, null, {\"a\": -0.5}],"
        + " \"en_offsets\": [], \"zh_offsets\": [[3, 5]], \"en_ids\": [], \"zh_ids\": [7],"
        + " \"translation\": {\"en\": \"\", \"zh\": \"\\u7532\\/\\uD800\"}, \"id\": 12 } ";
    JsonLinesEntry e = JsonLinesReader.open(new StringReader(line + "\n\n"), "x").readAll().get(0);
    assertEquals(new JsonLinesEntry(12, "甲/\uD800", "", List.of(7), List.of(),
        List.of(new JsonLinesEntry.Offsets(3, 5)), List.of(), 0.1), e);
  }

  @Test
  void malformedJsonLinesNameTheLineAndWhat() {
    String good = Outputs.write(AlignmentFormat.JSONL,
        List.of(TestBeads.pair("甲", "A", 0.5))).text();
    String[][] bad = {
        {"{\"id\":0,", "not JSON: expected a key in quotes but found the end of the line"},
        {"[1]", "the line: expected an object but found an array"},
        {good.replace("\"id\":0,", ""), "missing \"id\""},
        {good.replace("\"score\":0.5000", "\"score\":\"high\""),
            "score: expected a number but found a string"},
        {good.replace("\"score\":0.5000", "\"score\":1.5"), "score 1.5 is not in [0, 1]"},
        {good.replace("\"zh_ids\":[0]", "\"zh_ids\":[0.5]"), "zh_ids element: 0.5 is not an integer"},
        {good.replace("\"zh_offsets\":[[0,1]]", "\"zh_offsets\":[]"),
            "0 Chinese offsets for 1 indices"},
        {good.replace("\"id\":0", "\"id\":0,\"id\":1"), "not JSON: duplicate key \"id\" at column 9"},
        {good.replace("\"en\":\"A\"", "\"en\":null"), "translation.en: expected a string but found null"},
        {good.strip() + "x", "not JSON: unexpected 'x' after the value at column " + (good.strip().length() + 1)},
        {"{\"a\":\"tab\there\"}", "not JSON: control character U+0009 in a string must be escaped at column 10"},
    };
    for (String[] c : bad) {
      FormatException e = assertThrows(FormatException.class,
          () -> JsonLinesReader.open(new StringReader(good + c[0] + "\n"), "x.jsonl").readAll(),
          c[0]);
      assertEquals(2, e.line(), c[0]);
      assertTrue(e.reason().startsWith(c[1]), e.reason() + " for " + c[0]);
      assertTrue(e.getMessage().startsWith("x.jsonl:2: "), e.getMessage());
    }
  }
}
