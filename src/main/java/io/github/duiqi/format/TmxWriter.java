package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * TMX 1.4, valid against the TMX 1.4 DTD: one {@code tu} per bead with a {@code zh-Hans} or
 * {@code zh-Hant} and an {@code en} {@code tuv}, the score as a {@code prop}.
 *
 * <p>The header's {@code srclang} needs the document's script before the first {@code tu}, so
 * unless the options name the script, beads are held back until one decides it (at most
 * {@link #LOOKAHEAD} beads; undecided text is labelled Simplified).
 */
final class TmxWriter extends AbstractBeadWriter {

  static final String SCORE_PROP = "x-duiqi-score";
  static final String DOCUMENT_PROP = "x-document";
  static final int LOOKAHEAD = 256;
  static final DateTimeFormatter TMX_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Writer stream;
  private final XMLStreamWriter xml;
  private final ArrayDeque<Held> held = new ArrayDeque<>();
  private long heldVotes;
  private @Nullable ChineseScript documentScript;
  private boolean started;

  private record Held(Bead bead, long id, @Nullable String document) {}

  TmxWriter(Writer stream, FormatOptions options) throws IOException {
    super(options);
    this.stream = stream;
    try {
      // the JDK's own writer: no other StAX implementation on the class path can change output
      this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(stream);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
    this.documentScript = options.chineseScript().orElse(null);
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    try {
      if (documentScript != null) {
        writeTu(bead, id, document);
        return;
      }
      held.add(new Held(bead, id, document));
      heldVotes += ChineseScript.votes(options.chineseText(bead));
      if (heldVotes != 0 || held.size() >= LOOKAHEAD) {
        release();
      }
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
  }

  private void release() throws XMLStreamException {
    documentScript = heldVotes > 0 ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED;
    while (!held.isEmpty()) {
      Held h = held.poll();
      writeTu(h.bead(), h.id(), h.document());
    }
  }

  private void start() throws XMLStreamException {
    if (started) {
      return;
    }
    started = true;
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
    xml.writeCharacters("\n");
    xml.writeStartElement("tmx");
    xml.writeAttribute("version", "1.4");
    xml.writeCharacters("\n  ");
    xml.writeEmptyElement("header");
    xml.writeAttribute("creationtool", options.creationTool());
    xml.writeAttribute("creationtoolversion", options.creationToolVersion());
    xml.writeAttribute("segtype", "sentence");
    xml.writeAttribute("o-tmf", options.creationTool());
    xml.writeAttribute("adminlang", "en");
    xml.writeAttribute("srclang", java.util.Objects.requireNonNull(documentScript).languageTag());
    xml.writeAttribute("datatype", "plaintext");
    Instant date = options.creationDate().orElse(null);
    if (date != null) {
      xml.writeAttribute("creationdate", TMX_DATE.format(date));
    }
    xml.writeCharacters("\n  ");
    xml.writeStartElement("body");
  }

  private void writeTu(Bead bead, long id, @Nullable String document)
      throws XMLStreamException {
    start();
    xml.writeCharacters("\n    ");
    xml.writeStartElement("tu");
    xml.writeAttribute("tuid", Long.toString(id));
    xml.writeCharacters("\n      ");
    xml.writeStartElement("prop");
    xml.writeAttribute("type", SCORE_PROP);
    xml.writeCharacters(score(bead.score()));
    xml.writeEndElement();
    if (document != null) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("prop");
      xml.writeAttribute("type", DOCUMENT_PROP);
      xml.writeCharacters(TextPolicy.xmlSafe(document, counts));
      xml.writeEndElement();
    }
    String chinese = options.chineseText(bead);
    long votes = ChineseScript.votes(chinese);
    ChineseScript script = options.chineseScript().orElse(
        votes > 0 ? ChineseScript.TRADITIONAL
            : votes < 0 ? ChineseScript.SIMPLIFIED : java.util.Objects.requireNonNull(documentScript));
    tuv(script.languageTag(), chinese);
    tuv("en", options.englishText(bead));
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private void tuv(String lang, String text) throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang);
    xml.writeStartElement("seg");
    String safe = TextPolicy.xmlSafe(text, counts);
    // a raw CR would reach readers as LF (XML end-of-line handling): write it as a reference
    int from = 0;
    for (int cr = safe.indexOf('\r'); cr >= 0; cr = safe.indexOf('\r', from)) {
      xml.writeCharacters(safe.substring(from, cr));
      xml.writeEntityRef("#13");
      from = cr + 1;
    }
    xml.writeCharacters(safe.substring(from));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  @Override
  void finish() throws IOException {
    try {
      if (documentScript == null) {
        release();
      }
      start();
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      // XMLStreamWriter.close frees the writer and never closes the stream
      xml.close();
      stream.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
  }
}
