package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Validates TMX against the TMX 1.4 DTD of the test resources; any error fails. */
final class TmxValidation {
  private TmxValidation() {}

  static Document validate(byte[] tmx) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
      factory.setValidating(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        if (systemId == null || !systemId.endsWith("tmx14.dtd")) {
          throw new SAXException("unexpected external entity " + systemId);
        }
        InputStream dtd = TmxValidation.class.getResourceAsStream("/tmx/tmx14.dtd");
        if (dtd == null) {
          throw new SAXException("the test resources lack tmx/tmx14.dtd");
        }
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
}
