package io.github.duiqi.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads Chinese–English pairs from TMX (1.4, and the 1.1–1.3 {@code lang} attribute) with the
 * JDK's StAX parser, one {@code tu} at a time.
 *
 * <p>A {@code tuv} whose language starts with {@code zh} is the Chinese side, {@code en} the
 * English side; other languages are ignored, and a {@code tu} with neither is an error. The
 * text of a {@code seg} is its character data and that of {@code hi}; the native codes in
 * {@code bpt}, {@code ept}, {@code it}, {@code ph} and {@code ut} are left out. The score is
 * the {@code x-duiqi-score} prop, if there is one. The DTD is neither fetched nor read. A
 * leading byte order mark is skipped (by the JDK's XML parser).
 *
 * <pre>{@code
 * try (TmxReader in = TmxReader.open(Path.of("doc.tmx"))) {
 *   for (TextPair p : in.readAll()) System.out.println(p.chinese() + " = " + p.english());
 * }
 * }</pre>
 *
 * <p>An iterator over the pairs ({@link RecordReader}): closing it closes the file it opened,
 * never a stream it was given. Not thread-safe: one thread reads from a reader.
 */
public final class TmxReader extends RecordReader<TextPair> {
  private static final Set<String> NATIVE_CODES = Set.of("bpt", "ept", "it", "ph", "ut");

  private final InputStream stream;
  private final boolean owned;
  private final XMLStreamReader xml;
  private final String source;
  private boolean rootSeen;
  private long tuLine;

  private TmxReader(InputStream stream, String source, boolean owned) {
    super(source);
    this.stream = stream;
    this.source = source;
    this.owned = owned;
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    // no DTD processing: nothing is fetched (no network, no XXE); TMX needs no entities
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      this.xml = factory.createXMLStreamReader(stream);
    } catch (XMLStreamException e) {
      throw error(e);
    }
  }

  /**
   * Opens a TMX file.
   *
   * @param file the file
   * @return a reader of the file, which closes it
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be opened
   * @throws FormatException if it does not start as XML
   */
  public static TmxReader open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    InputStream in = Files.newInputStream(file);
    try {
      return new TmxReader(in, file.toString(), true);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads TMX from bytes (encoding from the XML declaration, UTF-8 by default); {@code source}
   * names it in error messages. Closing the reader leaves {@code in} open.
   *
   * @param in the bytes
   * @param source what error messages name the input
   * @return a reader of {@code in}
   * @throws NullPointerException if an argument is null
   * @throws FormatException if the input does not start as XML
   */
  public static TmxReader open(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    // the JDK's parser closes its input at the end of the document: shield the caller's stream
    InputStream shielded = new FilterInputStream(in) {
      @Override
      public void close() {
        // the caller's to close
      }
    };
    return new TmxReader(shielded, Objects.requireNonNull(source, "source"), false);
  }

  @Override
  @Nullable TextPair read() throws IOException {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        if (!rootSeen) {
          rootSeen = true;
          if (!name.equals("tmx")) {
            throw error("not TMX: the root element is <" + name + ">, not <tmx>");
          }
        } else if (name.equals("tu")) {
          return tu();
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw error(e);
    }
  }

  @Override
  long recordLine() {
    return tuLine;
  }

  private TextPair tu() throws XMLStreamException, FormatException {
    long line = xml.getLocation().getLineNumber();
    tuLine = line;
    @Nullable String chinese = null;
    @Nullable String english = null;
    OptionalDouble score = OptionalDouble.empty();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("prop") && TmxWriter.SCORE_PROP.equals(xml.getAttributeValue(null, "type"))) {
          score = OptionalDouble.of(score(xml.getElementText()));
        } else if (name.equals("tuv")) {
          String lang = lang();
          String text = tuvText();
          String code = lang.toLowerCase(Locale.ROOT);
          if (code.equals("zh") || code.startsWith("zh-") || code.startsWith("zh_")) {
            chinese = checkOnce(chinese, text, lang);
          } else if (code.equals("en") || code.startsWith("en-") || code.startsWith("en_")) {
            english = checkOnce(english, text, lang);
          }
        } else {
          depth++;
        }
      }
    }
    if (chinese == null && english == null) {
      throw new FormatException(source, line, "the tu has no Chinese (zh…) and no English (en…) tuv");
    }
    return new TextPair(chinese == null ? "" : chinese, english == null ? "" : english, score);
  }

  private String checkOnce(@Nullable String previous, String text, String lang)
      throws FormatException {
    if (previous != null) {
      throw error("the tu has two tuvs in the language " + lang);
    }
    return text;
  }

  private String lang() throws FormatException {
    String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    if (lang == null) {
      lang = xml.getAttributeValue(null, "lang");
    }
    if (lang == null) {
      throw error("a tuv has no xml:lang attribute");
    }
    return lang;
  }

  private double score(String text) throws FormatException {
    try {
      double value = Double.parseDouble(text.strip());
      if (value >= 0 && value <= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the line
    }
    throw error("score '" + text + "' is not a number in [0, 1]");
  }

  /** Reads a tuv up to its end and returns its seg's text. */
  private String tuvText() throws XMLStreamException, FormatException {
    StringBuilder text = new StringBuilder();
    boolean segSeen = false;
    int depth = 1;
    int inSeg = 0;
    int inNative = 0;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          String name = xml.getLocalName();
          if (inSeg > 0) {
            inSeg++;
            inNative += inNative > 0 || NATIVE_CODES.contains(name) ? 1 : 0;
          } else if (name.equals("seg")) {
            segSeen = true;
            inSeg = 1;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (inSeg > 0) {
            inSeg--;
            inNative -= inNative > 0 ? 1 : 0;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE -> {
          if (inSeg > 0 && inNative == 0) {
            text.append(xml.getText());
          }
        }
        default -> {
          // comments and processing instructions carry no text
        }
      }
    }
    if (!segSeen) {
      throw error("a tuv has no seg");
    }
    return text.toString();
  }

  private FormatException error(String reason) {
    return new FormatException(source, xml.getLocation().getLineNumber(), reason);
  }

  private FormatException error(XMLStreamException e) {
    Location at = e.getLocation();
    long line = at == null ? 0 : Math.max(0, at.getLineNumber());
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    // the JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message only
    int cut = message.indexOf("Message: ");
    return new FormatException(source, line,
        "malformed XML: " + (cut >= 0 ? message.substring(cut + 9) : message).strip(), e);
  }

  @Override
  void release() throws IOException {
    try {
      // XMLStreamReader.close frees the parser and never closes the stream
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(source + ": " + e.getMessage(), e);
    } finally {
      if (owned) {
        stream.close();
      }
    }
  }
}
