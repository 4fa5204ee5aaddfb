package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** One output for several documents ({@link BeadWriter#startDocument}), and TSV for Python. */
class MergedOutputTest {

  private static String write(AlignmentFormat format, List<Bead> beads) throws IOException {
    StringWriter text = new StringWriter();
    try (BeadWriter out = format.writer(text, FormatOptions.defaults())) {
      int half = beads.size() / 2;
      out.startDocument("first <doc> & \"co\"");
      out.writeAll(beads.subList(0, half));
      out.startDocument("second");
      out.writeAll(beads.subList(half, beads.size()));
    }
    return text.toString();
  }

  @Test
  void tmxUnitsNameTheirDocumentAndStayValid() throws IOException {
    List<Bead> beads = TestBeads.seed();
    Document doc = TmxTest.validate(write(AlignmentFormat.TMX, beads)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    NodeList units = doc.getElementsByTagName("tu");
    assertEquals(beads.size(), units.getLength());
    for (int i = 0; i < units.getLength(); i++) {
      Element tu = (Element) units.item(i);
      assertEquals(Integer.toString(i), tu.getAttribute("tuid"), "ids go on counting");
      String document = null;
      NodeList props = tu.getElementsByTagName("prop");
      for (int k = 0; k < props.getLength(); k++) {
        Element prop = (Element) props.item(k);
        if (prop.getAttribute("type").equals(TmxWriter.DOCUMENT_PROP)) {
          document = prop.getTextContent();
        }
      }
      assertEquals(i < beads.size() / 2 ? "first <doc> & \"co\"" : "second", document);
    }
  }

  @Test
  void jsonLinesCarryADocField() throws IOException {
    List<Bead> beads = TestBeads.seed();
    List<String> lines = write(AlignmentFormat.JSONL, beads).lines().toList();
    assertEquals(beads.size(), lines.size());
    assertTrue(lines.get(0).startsWith("{\"id\":0,\"doc\":\"first <doc> & \\\"co\\\"\","
        + "\"translation\":"), lines.get(0));
    assertTrue(lines.get(lines.size() - 1).startsWith("{\"id\":" + (beads.size() - 1)
        + ",\"doc\":\"second\","), lines.get(lines.size() - 1));
  }

  @Test
  void withoutADocumentNothingChangesAndOtherFormatsIgnoreIt() throws IOException {
    List<Bead> beads = TestBeads.seed();
    assertFalse(Outputs.write(AlignmentFormat.JSONL, beads).text().contains("\"doc\""));
    assertFalse(Outputs.write(AlignmentFormat.TMX, beads).text().contains("x-document"));
    assertEquals(Outputs.write(AlignmentFormat.TSV, beads).text(),
        write(AlignmentFormat.TSV, beads));
    BeadWriter closed = AlignmentFormat.TSV.writer(new StringWriter(), FormatOptions.defaults());
    closed.close();
    assertThrows(IllegalStateException.class, () -> closed.startDocument("x"));
    assertThrows(NullPointerException.class, () -> AlignmentFormat.TSV.writer(
        new StringWriter(), FormatOptions.defaults()).startDocument(null));
  }

  /**
   * Python's csv and pandas take a field that starts with a quote for a quoted field, which
   * swallows tabs and lines up to the next quote; TSV writes such a quote as an escape, so that
   * no field starts with one, and reads it back.
   */
  @Test
  void noTsvFieldStartsWithAQuote() throws IOException {
    List<Bead> beads = TestBeads.of(
        List.of(List.of("\"引號\"開頭。"), List.of("中間\"引號。"), List.of("“全角”。")),
        List.of(List.of("\"Quoted,\" he said."), List.of("A \"quote\" inside."), List.of("\"\"\"")),
        List.of(0.9, 0.8, 0.7));
    String tsv = Outputs.write(AlignmentFormat.TSV, beads).text();
    for (String line : tsv.lines().toList()) {
      for (String field : line.split("\t", -1)) {
        assertFalse(field.startsWith("\""), "field starts with a quote: " + field);
      }
    }
    assertTrue(tsv.startsWith("\\u0022引號\"開頭。\t\\u0022Quoted,\" he said.\t"), tsv);
    List<TextPair> read;
    try (TsvReader in = TsvReader.open(new StringReader(tsv), "q.tsv")) {
      read = in.readAll();
    }
    for (int i = 0; i < beads.size(); i++) {
      assertEquals(beads.get(i).chineseText(), read.get(i).chinese());
      assertEquals(beads.get(i).englishText(), read.get(i).english());
    }
  }
}
