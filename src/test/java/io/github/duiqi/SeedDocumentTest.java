package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The user's sample written as two documents, its four Chinese paragraphs separated by blank
 * lines and its four English ones, must align to the 17 expected beads.
 */
class SeedDocumentTest {

  static String resource(String name) throws IOException {
    try (InputStream in = SeedDocumentTest.class.getResourceAsStream("/seed/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> lines(String name) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : resource(name).split("\n")) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  static boolean isChinese(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN);
  }

  /** Each document side: paragraphs joined by blank lines. */
  static String[] documents() throws IOException {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String line : lines("expected-paragraphs.tsv")) {
      String[] cols = line.split("\t");
      zh.add(cols[0]);
      en.add(cols[1]);
    }
    return new String[] {String.join("\n\n", zh), String.join("\n\n", en)};
  }

  static List<Sentence> locate(String document, List<String> sentences) {
    List<Sentence> out = new ArrayList<>();
    int from = 0;
    for (String s : sentences) {
      int at = document.indexOf(s, from);
      out.add(new Sentence(s, at, at + s.length()));
      from = at + s.length();
    }
    return out;
  }

  static String ladder(Alignment a) {
    StringBuilder sb = new StringBuilder();
    for (Bead b : a.beads()) {
      sb.append(b.chineseIndices().toString().replace(" ", "")).append(':')
          .append(b.englishIndices().toString().replace(" ", "")).append('\n');
    }
    return sb.toString();
  }

  @Test
  void seedDocumentsGiveTheSeventeenExpectedBeads() throws IOException {
    String[] docs = documents();
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String s : lines("expected-sentences.txt")) {
      (isChinese(s) ? zh : en).add(s);
    }
    Alignment a = Aligner.create().align(docs[0], locate(docs[0], zh), docs[1],
        locate(docs[1], en));
    assertEquals(resource("expected-alignment.ladder"), ladder(a));
    assertEquals(4, a.paragraphs().size());
    List<String> expectedParagraphs = lines("expected-paragraphs.tsv");
    for (int p = 0; p < 4; p++) {
      ParagraphPair pair = a.paragraphs().get(p);
      assertEquals(expectedParagraphs.get(p), pair.chineseText() + "\t" + pair.englishText());
      assertEquals(pair.chineseText(),
          docs[0].substring(pair.chineseStart(), pair.chineseEnd()));
    }
  }

  @Test
  void seedDocumentsSplitByTheAlignerGiveTheSeventeenExpectedBeads() throws IOException {
    String[] docs = documents();
    Alignment a = Aligner.create().align(docs[0], docs[1]);
    assertEquals(resource("expected-alignment.ladder"), ladder(a));
    assertEquals(4, a.paragraphs().size());
    // every bead is right, and the score, a probability of being right, says so: none is more
    // likely wrong than right
    for (Bead b : a.beads()) {
      assertTrue(b.score() > 0.5, b.chineseIndices() + ":" + b.englishIndices() + " " + b.score());
    }
  }

  @Test
  void documentsWrittenOneParagraphALineAreDetected() throws IOException {
    String[] docs = documents();
    Alignment a = Aligner.create().align(docs[0].replace("\n\n", "\n"),
        docs[1].replace("\n\n", "\n"));
    assertEquals(resource("expected-alignment.ladder"), ladder(a));
    assertEquals(4, a.paragraphs().size());
  }

  @Test
  void paragraphsWithoutTranslationDropOut() throws IOException {
    String[] docs = documents();
    String note = "編者按：本文僅供參考，不代表本刊立場，轉載請註明出處。";
    Alignment a = Aligner.create().align(note + "\n\n" + docs[0], docs[1]);
    assertEquals(5, a.paragraphs().size());
    ParagraphPair first = a.paragraphs().get(0);
    assertEquals(note, first.chineseText());
    assertEquals("", first.englishText());
    assertEquals("1-0", a.beads().get(0).type().toString());
  }

  @Test
  void emptyDocumentsGiveNoBeads() {
    Alignment a = Aligner.create().align("", "  \n ");
    assertEquals(List.of(), a.beads());
    assertEquals(List.of(), a.paragraphs());
    Alignment zhOnly = Aligner.create().align("你好。再见。", "");
    assertEquals(2, zhOnly.beads().size());
  }
}
