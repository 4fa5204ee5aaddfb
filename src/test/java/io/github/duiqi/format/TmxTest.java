package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Bead;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

class TmxTest {

  /** Parses with DTD validation against the copied TMX 1.4 DTD; any error fails. */
  static Document validate(byte[] tmx) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setValidating(true);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        if (systemId == null || !systemId.endsWith("tmx14.dtd")) {
          throw new SAXException("unexpected external entity " + systemId);
        }
        InputStream dtd = TmxTest.class.getResourceAsStream("/tmx/tmx14.dtd");
        InputSource source = new InputSource(dtd);
        source.setSystemId(systemId);
        return source;
      });
      List<String> errors = new ArrayList<>();
      builder.setErrorHandler(new ErrorHandler() {
        @Override public void warning(SAXParseException e) {
          errors.add("warning: " + e.getMessage());
        }
        @Override public void error(SAXParseException e) {
          errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
        @Override public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      Document doc = builder.parse(new ByteArrayInputStream(tmx));
      assertEquals(List.of(), errors, "DTD validation");
      return doc;
    } catch (Exception e) {
      throw new AssertionError("not valid TMX: " + e, e);
    }
  }

  static List<TextPair> read(byte[] tmx) throws IOException {
    try (TmxReader in = TmxReader.open(new ByteArrayInputStream(tmx), "test.tmx")) {
      return in.readAll();
    }
  }

  @Test
  void sampleIsValidTmx14WithTheRequiredHeader() {
    List<Bead> beads = TestBeads.seed();
    Document doc = validate(Outputs.write(AlignmentFormat.TMX, beads).bytes());
    Element header = (Element) doc.getElementsByTagName("header").item(0);
    assertEquals("duiqi", header.getAttribute("creationtool"));
    assertFalse(header.getAttribute("creationtoolversion").isBlank());
    assertEquals("sentence", header.getAttribute("segtype"));
    assertEquals("duiqi", header.getAttribute("o-tmf"));
    assertEquals("en", header.getAttribute("adminlang"));
    assertEquals("zh-Hant", header.getAttribute("srclang"), "the sample is Traditional");
    assertEquals("plaintext", header.getAttribute("datatype"));
    assertFalse(header.hasAttribute("creationdate"), "no time stamp unless asked for");
    NodeList tus = doc.getElementsByTagName("tu");
    assertEquals(beads.size(), tus.getLength());
    Element first = (Element) tus.item(1);
    NodeList tuvs = first.getElementsByTagName("tuv");
    assertEquals("zh-Hant", ((Element) tuvs.item(0)).getAttribute("xml:lang"));
    assertEquals("en", ((Element) tuvs.item(1)).getAttribute("xml:lang"));
    Element prop = (Element) first.getElementsByTagName("prop").item(0);
    assertEquals("x-duiqi-score", prop.getAttribute("type"));
    assertEquals(AbstractBeadWriter.score(beads.get(1).score()), prop.getTextContent());
  }

  @Test
  void readingBackGivesTheSamePairsAndScores() throws IOException {
    List<Bead> beads = TestBeads.seed();
    List<TextPair> pairs = read(Outputs.write(AlignmentFormat.TMX, beads).bytes());
    assertEquals(beads.size(), pairs.size());
    for (int i = 0; i < beads.size(); i++) {
      assertEquals(beads.get(i).chineseText(), pairs.get(i).chinese());
      assertEquals(beads.get(i).englishText(), pairs.get(i).english());
      assertEquals(beads.get(i).score(), pairs.get(i).score().orElseThrow(), 0.00005);
    }
    assertEquals("", pairs.get(0).english(), "the 1-0 bead keeps its empty side");
  }

  @Test
  void emptySidesCanBeLeftOut() {
    List<Bead> beads = TestBeads.seed();
    Outputs.Written w = Outputs.write(AlignmentFormat.TMX, beads,
        FormatOptions.defaults().withEmptySides(false));
    Document doc = validate(w.bytes());
    assertEquals(beads.size() - 1, doc.getElementsByTagName("tu").getLength());
    assertEquals(1, w.summary().beadsOmitted());
    assertEquals(beads.size() - 1, w.summary().beadsWritten());
    assertEquals("1", ((Element) doc.getElementsByTagName("tu").item(0)).getAttribute("tuid"),
        "a bead keeps its id when earlier ones are left out");
  }

  @Test
  void creationDateOnlyWhenAsked() {
    byte[] tmx = Outputs.write(AlignmentFormat.TMX, TestBeads.seed(),
        FormatOptions.defaults().withCreationDate(Instant.parse("2026-01-27T13:04:05Z"))).bytes();
    Element header = (Element) validate(tmx).getElementsByTagName("header").item(0);
    assertEquals("20260127T130405Z", header.getAttribute("creationdate"));
  }

  @Test
  void sameBeadsGiveTheSameBytes() {
    assertArrayEquals(Outputs.write(AlignmentFormat.TMX, TestBeads.seed()).bytes(),
        Outputs.write(AlignmentFormat.TMX, TestBeads.seed()).bytes());
  }

  @Test
  void scriptIsDetectedPerDocumentAndPerSegment() {
    List<Bead> beads = TestBeads.of(
        List.of(List.of("中美合作。"), List.of("这是简体中文。"), List.of("這是繁體中文。")),
        List.of(List.of("Cooperation."), List.of("Simplified."), List.of("Traditional.")),
        List.of(0.9, 0.9, 0.9));
    Document doc = validate(Outputs.write(AlignmentFormat.TMX, beads).bytes());
    Element header = (Element) doc.getElementsByTagName("header").item(0);
    assertEquals("zh-Hans", header.getAttribute("srclang"), "the first deciding bead");
    NodeList tuvs = doc.getElementsByTagName("tuv");
    assertEquals("zh-Hans", ((Element) tuvs.item(0)).getAttribute("xml:lang"),
        "undecided text takes the document's script");
    assertEquals("zh-Hans", ((Element) tuvs.item(2)).getAttribute("xml:lang"));
    assertEquals("zh-Hant", ((Element) tuvs.item(4)).getAttribute("xml:lang"));
    Document forced = validate(Outputs.write(AlignmentFormat.TMX, beads,
        FormatOptions.defaults().withChineseScript(ChineseScript.TRADITIONAL)).bytes());
    assertEquals("zh-Hant",
        ((Element) forced.getElementsByTagName("tuv").item(2)).getAttribute("xml:lang"));
  }

  @Test
  void xmlForbiddenCharactersAreReplacedAndCountedAndCarriageReturnsSurvive() throws IOException {
    List<Bead> beads = List.of(TestBeads.pair("甲\u0001乙\r\n丙\uD800", "a\tb\u000Bc <&> \uD83D\uDE00", 0.5));
    Outputs.Written w = Outputs.write(AlignmentFormat.TMX, beads,
        FormatOptions.defaults().withRawText(true));
    validate(w.bytes());
    assertEquals(3, w.summary().replacedCharacters());
    assertEquals(0, w.summary().escapedCharacters());
    TextPair pair = read(w.bytes()).get(0);
    assertEquals("甲\uFFFD乙\r\n丙\uFFFD", pair.chinese());
    assertEquals("a\tb\uFFFDc <&> \uD83D\uDE00", pair.english());
  }

  @Test
  void emptyInputIsAValidEmptyTmx() {
    Document doc = validate(Outputs.write(AlignmentFormat.TMX, List.of()).bytes());
    assertEquals(0, doc.getElementsByTagName("tu").getLength());
  }

  @Test
  void malformedTmxNamesSourceAndLine() {
    byte[] broken = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<body>\n<tu>\n</body>\n"
        .getBytes(StandardCharsets.UTF_8);
    FormatException e = assertThrows(FormatException.class, () -> read(broken));
    assertEquals("test.tmx", e.source());
    assertEquals(5, e.line());
    assertTrue(e.getMessage().startsWith("test.tmx:5: malformed XML"), e.getMessage());

    byte[] notTmx = "<html/>".getBytes(StandardCharsets.UTF_8);
    assertThrows(FormatException.class, () -> read(notTmx));

    byte[] noLanguage = ("<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"fr\"><seg>x</seg></tuv>"
        + "</tu></body></tmx>").getBytes(StandardCharsets.UTF_8);
    FormatException e2 = assertThrows(FormatException.class, () -> read(noLanguage));
    assertEquals(2, e2.line());
  }

  @Test
  void readsOtherToolsTmxWithInlineCodes() throws IOException {
    byte[] tmx = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header/><body>"
        + "<tu><tuv xml:lang=\"en-US\"><seg>Press <bpt i=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">"
        + "&lt;/b&gt;</ept> <hi>now</hi></seg></tuv><tuv lang=\"ZH-CN\"><seg>按<ph>&lt;br/&gt;</ph>确定"
        + "</seg></tuv></tu></body></tmx>").getBytes(StandardCharsets.UTF_8);
    TextPair pair = read(tmx).get(0);
    assertEquals("Press OK now", pair.english());
    assertEquals("按确定", pair.chinese());
    assertTrue(pair.score().isEmpty());
  }
}
