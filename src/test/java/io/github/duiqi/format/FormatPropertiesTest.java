package io.github.duiqi.format;

import io.github.duiqi.testing.MiniJson;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Bead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random Unicode, with tabs, line breaks, backslashes, control characters and surrogates
 * (paired and lone) over-represented: every format reads back exactly or changes exactly the
 * characters docs/formats.md says, and counts them. Expectations are computed here, not by the
 * library's own TextPolicy.
 */
class FormatPropertiesTest {

  @Provide
  Arbitrary<List<Bead>> beads() {
    Arbitrary<String> anyChar = Arbitraries.strings().withCharRange('\u0000', '\uFFFF')
        .ofMinLength(0).ofMaxLength(12);
    Arbitrary<String> tricky = Arbitraries.strings()
        .withChars('\t', '\n', '\r', '\\', '\u0000', '\u0001', '\u000B', '\u001E', '\u007F',
            '\u0085', '\u2028', '\uD800', '\uDFFF', '\uFFFE', '"', '<', '&', 'u', '中', '國', 'a')
        .ofMaxLength(8);
    Arbitrary<String> pairs = Arbitraries.of("", "\uD83D\uDE00", "\uD840\uDC00", "\uDBFF\uDFFF");
    Arbitrary<String> sentence = Combinators.combine(anyChar, tricky, pairs, tricky)
        .as((a, b, c, d) -> a + b + c + d);
    Arbitrary<List<String>> side = sentence.list().ofMaxSize(2);
    return Combinators.combine(side.list().ofMinSize(1).ofMaxSize(4),
            side.list().ofMinSize(4).ofMaxSize(4),
            Arbitraries.doubles().between(0, 1).list().ofSize(4))
        .as((zh, en, scores) -> {
          List<List<String>> chinese = new ArrayList<>();
          List<List<String>> english = new ArrayList<>();
          for (int i = 0; i < zh.size(); i++) {
            chinese.add(zh.get(i).isEmpty() && en.get(i).isEmpty() ? List.of("x") : zh.get(i));
            english.add(en.get(i));
          }
          return TestBeads.of(chinese, english, scores.subList(0, zh.size()));
        });
  }

  private static boolean paired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
  private static boolean xmlAllowed(String s, int i) {
    char c = s.charAt(i);
    if (Character.isSurrogate(c)) {
      return paired(s, i);
    }
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }

  private static String xmlExpected(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      out.append(xmlAllowed(s, i) ? s.charAt(i) : '\uFFFD');
    }
    return out.toString();
  }

  private static long xmlForbidden(List<Bead> beads) {
    long n = 0;
    for (Bead b : beads) {
      for (String s : List.of(b.chineseText(), b.englishText())) {
        for (int i = 0; i < s.length(); i++) {
          n += xmlAllowed(s, i) ? 0 : 1;
        }
      }
    }
    return n;
  }

  @Property(tries = 200)
  void tsvReadsBackExactly(@ForAll("beads") List<Bead> beads) throws IOException {
    Outputs.Written w = Outputs.write(AlignmentFormat.TSV, beads);
    List<TextPair> read;
    try (TsvReader in = TsvReader.open(new StringReader(w.text()), "p.tsv")) {
      read = in.readAll();
    }
    assertEquals(beads.size(), read.size());
    long escapes = 0;
    for (int i = 0; i < beads.size(); i++) {
      assertEquals(beads.get(i).chineseText(), read.get(i).chinese());
      assertEquals(beads.get(i).englishText(), read.get(i).english());
      for (String s : List.of(beads.get(i).chineseText(), beads.get(i).englishText())) {
        for (int k = 0; k < s.length(); k++) {
          char c = s.charAt(k);
          boolean lone = Character.isSurrogate(c) && !paired(s, k);
          boolean leadingQuote = k == 0 && (c == '"' || c == '\uFEFF');
          escapes += c == '\t' || c == '\n' || c == '\r' || c == '\\' || lone || leadingQuote
              ? 1 : 0;
        }
      }
    }
    assertEquals(escapes, w.summary().escapedCharacters());
    assertEquals(0, w.summary().replacedCharacters());
    assertEquals(beads.size(), w.text().chars().filter(c -> c == '\n').count(),
        "one physical line a bead");
  }

  @Property(tries = 200)
  @SuppressWarnings("unchecked")
  void jsonLinesReadBackExactly(@ForAll("beads") List<Bead> beads) {
    Outputs.Written w = Outputs.write(AlignmentFormat.JSONL, beads);
    String[] lines = w.text().split("\n", -1);
    assertEquals(beads.size() + 1, lines.length);
    for (int i = 0; i < beads.size(); i++) {
      Map<String, Object> record = (Map<String, Object>) MiniJson.parse(lines[i]);
      assertEquals(Map.of("zh", beads.get(i).chineseText(), "en", beads.get(i).englishText()),
          record.get("translation"));
    }
    assertEquals(0, w.summary().replacedCharacters());
    // and this package's own reader gives back every field
    List<JsonLinesEntry> read = JsonLinesReader.open(new StringReader(w.text()), "p.jsonl")
        .readAll();
    assertEquals(beads.size(), read.size());
    for (int i = 0; i < beads.size(); i++) {
      Bead b = beads.get(i);
      JsonLinesEntry e = read.get(i);
      assertEquals(List.of(b.chineseText(), b.englishText()), List.of(e.chinese(), e.english()));
      assertEquals(List.of(b.chineseIndices(), b.englishIndices()),
          List.of(e.chineseIndices(), e.englishIndices()));
      assertEquals(List.of(ReadersTest.offsets(b.chinese()), ReadersTest.offsets(b.english())),
          List.of(e.chineseOffsets(), e.englishOffsets()));
      assertEquals(i, e.id());
    }
  }

  @Property(tries = 100)
  void tmxIsValidAndReadsBackWithOnlyForbiddenCharactersReplaced(
      @ForAll("beads") List<Bead> beads) throws IOException {
    Outputs.Written w = Outputs.write(AlignmentFormat.TMX, beads);
    TmxTest.validate(w.bytes());
    List<TextPair> read = TmxTest.read(w.bytes());
    assertEquals(beads.size(), read.size());
    for (int i = 0; i < beads.size(); i++) {
      assertEquals(xmlExpected(beads.get(i).chineseText()), read.get(i).chinese());
      assertEquals(xmlExpected(beads.get(i).englishText()), read.get(i).english());
    }
    assertEquals(xmlForbidden(beads), w.summary().replacedCharacters());
  }

  @Property(tries = 200)
  void mosesKeepsLinesParallel(@ForAll("beads") List<Bead> beads) throws IOException {
    ByteArrayOutputStream zh = new ByteArrayOutputStream();
    ByteArrayOutputStream en = new ByteArrayOutputStream();
    BeadWriter out = AlignmentFormat.mosesWriter(zh, en, FormatOptions.defaults());
    try (out) {
      out.writeAll(beads);
    }
    // Python's str.splitlines() boundaries: no line of either file may contain one
    String breaks = "\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029";
    long changed = 0;
    List<String> zhLines = List.of(zh.toString(StandardCharsets.UTF_8).split("\n", -1));
    List<String> enLines = List.of(en.toString(StandardCharsets.UTF_8).split("\n", -1));
    assertEquals(beads.size() + 1, zhLines.size());
    assertEquals(beads.size() + 1, enLines.size());
    for (int i = 0; i < beads.size(); i++) {
      for (String line : List.of(zhLines.get(i), enLines.get(i))) {
        assertTrue(line.chars().noneMatch(c -> breaks.indexOf(c) >= 0), line);
      }
      for (String s : List.of(beads.get(i).chineseText(), beads.get(i).englishText())) {
        for (int k = 0; k < s.length(); k++) {
          changed += breaks.indexOf(s.charAt(k)) >= 0
              || (Character.isSurrogate(s.charAt(k)) && !paired(s, k)) ? 1 : 0;
        }
      }
    }
    assertEquals(changed, out.summary().replacedCharacters());
  }

  @Property(tries = 100)
  void everyFormatIsDeterministic(@ForAll("beads") List<Bead> beads) {
    for (AlignmentFormat f : AlignmentFormat.values()) {
      if (f != AlignmentFormat.MOSES) {
        assertArrayEquals(Outputs.write(f, beads).bytes(), Outputs.write(f, beads).bytes());
      }
    }
  }

  @Property(tries = 100)
  void ladderReadsBackTheIndices(@ForAll("beads") List<Bead> beads) throws IOException {
    List<LadderEntry> read;
    try (LadderReader in = LadderReader.open(
        new StringReader(Outputs.write(AlignmentFormat.LADDER, beads).text()), "p.align")) {
      read = in.readAll();
    }
    assertEquals(beads.stream().map(b -> List.of(b.chineseIndices(), b.englishIndices())).toList(),
        read.stream().map(e -> List.of(e.chineseIndices(), e.englishIndices())).toList());
  }

  /** Every score of four decimals is written as itself: q / 10,000 as q's digits. */
  @Property
  void scoresOfFourDecimalsAreWrittenAsThemselves(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10_000) int q) {
    assertEquals(String.format(java.util.Locale.ROOT, "%d.%04d", q / 10_000, q % 10_000),
        AbstractBeadWriter.score(q / 10_000.0));
  }

  /** Any score is written with exactly four decimals, the nearest (half up) to it. */
  @Property
  void scoresHaveFourDecimalsAndTheNearestValue(@ForAll
      @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) @net.jqwik.api.constraints.Scale(9)
      double score) {
    String s = AbstractBeadWriter.score(score);
    assertTrue(s.matches("[01]\\.\\d{4}"), s);
    double written = Double.parseDouble(s);
    assertTrue(Math.abs(written - score) <= 0.00005 + 1e-12, score + " as " + s);
    assertEquals(Math.round(score * 10_000), Math.round(written * 10_000), s);
  }

  @Example
  void scoresAndLadderLinesAtTheirEdges() {
    String[][] cases = {{"0", "0.0000"}, {"1", "1.0000"}, {"0.05", "0.0500"},
        {"0.00049", "0.0005"}, {"0.00004", "0.0000"}, {"0.0123", "0.0123"},
        {"0.99996", "1.0000"}, {"0.9999", "0.9999"}, {"0.5", "0.5000"}};
    for (String[] c : cases) {
      assertEquals(c[1],
          AbstractBeadWriter.score(Double.parseDouble(c[0])), c[0]);
    }
    assertEquals("[9]:[8,9]:0.8000",
        new LadderEntry(List.of(9), List.of(8, 9), java.util.OptionalDouble.of(0.8))
            .ladderLine());
    assertEquals("[]:[0]",
        new LadderEntry(List.of(), List.of(0), java.util.OptionalDouble.empty()).ladderLine());
  }
}
