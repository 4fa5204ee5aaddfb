package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import io.github.duiqi.SentenceSplitter;
import io.github.duiqi.testing.HardWrap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed sample hard-wrapped (Chinese every 30 characters, English at 72 columns, mid-sentence)
 * gives the same beads as unwrapped and, in every format, the same segment text; offsets still
 * point into the wrapped input, and the raw option keeps the line breaks.
 */
class HardWrappedOutputTest {

  private static final String[] DOCUMENTS = documents();
  private static final String CHINESE = DOCUMENTS[0];
  private static final String ENGLISH = DOCUMENTS[1];
  private static final String WRAPPED_CHINESE = HardWrap.chinese(CHINESE, 30);
  private static final String WRAPPED_ENGLISH = HardWrap.english(ENGLISH, 72);

  private static String[] documents() {
    try (InputStream in = HardWrappedOutputTest.class.getResourceAsStream(
        "/seed/expected-paragraphs.tsv")) {
      List<String> zh = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] cols = line.strip().split("\t");
          zh.add(cols[0]);
          en.add(cols[1]);
        }
      }
      return new String[] {String.join("\n\n", zh), String.join("\n\n", en)};
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String ladder(Alignment a) {
    StringBuilder b = new StringBuilder();
    for (Bead bead : a.beads()) {
      b.append(bead.chineseIndices()).append(bead.englishIndices()).append('\n');
    }
    return b.toString();
  }

  @Test
  void theWrapsAreRealAndMidSentence() {
    long zhBreaks = WRAPPED_CHINESE.chars().filter(c -> c == '\n').count()
        - CHINESE.chars().filter(c -> c == '\n').count();
    long enBreaks = WRAPPED_ENGLISH.chars().filter(c -> c == '\n').count()
        - ENGLISH.chars().filter(c -> c == '\n').count();
    assertTrue(zhBreaks >= 20 && enBreaks >= 20, zhBreaks + " and " + enBreaks + " wraps");
    Alignment wrapped = Aligner.create().align(WRAPPED_CHINESE, WRAPPED_ENGLISH);
    long sentencesWithWraps = wrapped.beads().stream()
        .flatMap(b -> java.util.stream.Stream.concat(b.chinese().stream(), b.english().stream()))
        .filter(s -> s.text().contains("\n")).count();
    assertTrue(sentencesWithWraps >= 20, sentencesWithWraps + " sentences hold a wrap");
  }

  @Test
  void wrappedDocumentsGiveTheSameSentencesBeadsAndParagraphs() {
    SentenceSplitter splitter = SentenceSplitter.create();
    for (String[] pair : List.of(new String[] {CHINESE, WRAPPED_CHINESE},
        new String[] {ENGLISH, WRAPPED_ENGLISH})) {
      List<String> plain = splitter.split(pair[0]).stream().map(Sentence::text).toList();
      List<String> wrapped =
          splitter.split(pair[1]).stream().map(Sentence::normalizedText).toList();
      assertEquals(plain, wrapped);
      assertEquals(splitter.segment(pair[0]).paragraphs().size(),
          splitter.segment(pair[1]).paragraphs().size());
    }
    Alignment plain = Aligner.create().align(CHINESE, ENGLISH);
    Alignment wrapped = Aligner.create().align(WRAPPED_CHINESE, WRAPPED_ENGLISH);
    assertEquals(ladder(plain), ladder(wrapped));
    assertEquals(plain.paragraphs().size(), wrapped.paragraphs().size());
    for (int i = 0; i < plain.beads().size(); i++) {
      Bead p = plain.beads().get(i);
      Bead w = wrapped.beads().get(i);
      assertEquals(p.chineseText(), w.chineseText());
      assertEquals(p.englishText(), w.englishText());
      assertEquals(p.score(), w.score(), 1e-9, "the length measure ignores the wraps");
      for (Sentence s : w.chinese()) {
        assertEquals(s.text(), WRAPPED_CHINESE.substring(s.start(), s.end()),
            "offsets point into the raw text");
      }
    }
  }

  @Test
  void aWrappedDocumentWithoutBlankLinesIsNotOneParagraphALine() {
    String zh = HardWrap.chinese(CHINESE.replace("\n\n", ""), 30);
    String en = HardWrap.english(ENGLISH.replace("\n\n", " "), 72);
    SentenceSplitter splitter = SentenceSplitter.create();
    assertEquals(1, splitter.segment(zh).paragraphs().size(), "hard-wrapped: one paragraph");
    assertEquals(1, splitter.segment(en).paragraphs().size());
    assertEquals(splitter.split(CHINESE.replace("\n\n", "")).stream().map(Sentence::text).toList(),
        splitter.split(zh).stream().map(Sentence::normalizedText).toList());
    assertEquals(splitter.split(ENGLISH.replace("\n\n", " ")).stream().map(Sentence::text).toList(),
        splitter.split(en).stream().map(Sentence::normalizedText).toList());
  }

  private static byte[] write(AlignmentFormat format, Alignment a, FormatOptions options)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (format == AlignmentFormat.MOSES) {
      ByteArrayOutputStream en = new ByteArrayOutputStream();
      try (BeadWriter out = AlignmentFormat.mosesWriter(bytes, en, options)) {
        out.writeAll(a);
      }
      bytes.write(0);
      bytes.write(en.toByteArray());
    } else {
      try (BeadWriter out = format.writer(bytes, options)) {
        out.writeAll(a);
      }
    }
    return bytes.toByteArray();
  }

  /** JSON Lines without the offsets, which point into each input. */
  private static String withoutOffsets(byte[] jsonl) {
    return new String(jsonl, StandardCharsets.UTF_8)
        .replaceAll(",\"zh_offsets\":\\[[^a-z]*\\],\"en_offsets\":\\[[^a-z]*\\],", ",");
  }

  @Test
  void everyFormatWritesTheSameSegmentTextAsForTheUnwrappedDocuments() throws IOException {
    Alignment plain = Aligner.create().align(CHINESE, ENGLISH);
    Alignment wrapped = Aligner.create().align(WRAPPED_CHINESE, WRAPPED_ENGLISH);
    FormatOptions options = FormatOptions.defaults();
    for (AlignmentFormat format : AlignmentFormat.values()) {
      byte[] a = write(format, plain, options);
      byte[] b = write(format, wrapped, options);
      if (format == AlignmentFormat.JSONL) {
        assertEquals(withoutOffsets(a), withoutOffsets(b));
        assertNotEquals(new String(a, StandardCharsets.UTF_8),
            new String(b, StandardCharsets.UTF_8), "offsets into each input");
      } else {
        // TSV, TMX (seg), ladder, Moses and the review page (its data, so its exports too)
        assertEquals(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8),
            format.toString());
      }
    }
  }

  private static String pageData(byte[] page) {
    String text = new String(page, StandardCharsets.UTF_8);
    int from = text.indexOf("id=\"duiqi-beads\">");
    return text.substring(from, text.indexOf("</script>", from));
  }

  @Test
  void theRawOptionKeepsTheLineBreaksInEveryFormatThatHoldsText() throws IOException {
    Alignment wrapped = Aligner.create().align(WRAPPED_CHINESE, WRAPPED_ENGLISH);
    FormatOptions raw = FormatOptions.defaults().withRawText(true);
    assertTrue(raw.rawText());
    assertFalse(FormatOptions.defaults().rawText());
    assertTrue(new String(write(AlignmentFormat.TSV, wrapped, raw), StandardCharsets.UTF_8)
        .contains("\\n"));
    assertTrue(new String(write(AlignmentFormat.JSONL, wrapped, raw), StandardCharsets.UTF_8)
        .contains("\\n"));
    assertTrue(new String(write(AlignmentFormat.TMX, wrapped, raw), StandardCharsets.UTF_8)
        .matches("(?s).*<seg>[^<]*\n[^<]*</seg>.*"));
    assertTrue(pageData(write(AlignmentFormat.HTML, wrapped, raw)).contains("\\n"));
    assertFalse(pageData(write(AlignmentFormat.HTML, wrapped, FormatOptions.defaults()))
        .contains("\\n"), "the page's data normalised by default");
    for (AlignmentFormat format : List.of(AlignmentFormat.TSV, AlignmentFormat.JSONL)) {
      assertFalse(new String(write(format, wrapped, FormatOptions.defaults()),
          StandardCharsets.UTF_8).contains("\\n"), format + " normalised by default");
    }
    Bead first = wrapped.beads().stream().filter(b -> b.chineseRawText().contains("\n"))
        .findFirst().orElseThrow();
    assertEquals(first.chineseText(), first.chineseRawText().replace("\n", ""));
  }
}
