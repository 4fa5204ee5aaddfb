package io.github.duiqi.format;

import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.JavaUnicodeEscaper;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * One JSON object a line in the Hugging Face datasets convention for translation pairs:
 * {@code {"id":0,"translation":{"zh":"…","en":"…"},"zh_ids":[…],"en_ids":[…],
 * "zh_offsets":[[start,end],…],"en_offsets":[…],"score":0.9}}.
 */
final class JsonLinesWriter extends AbstractBeadWriter {

  /**
   * Commons Text's {@code ESCAPE_JSON} also escapes every non-ASCII character, which would make
   * Chinese unreadable; this one escapes only what JSON requires, plus lone surrogates (which
   * UTF-8 cannot encode) as {@code \}{@code uXXXX} escapes that JSON parsers turn back into them,
   * and NEL, U+2028 and U+2029, at which Python's {@code splitlines()} ends a line, so that every
   * line reader finds one record a line (with raw text; normalised text holds none of them).
   */
  private static final CharSequenceTranslator ESCAPE = new AggregateTranslator(
      new LookupTranslator(Map.<CharSequence, CharSequence>of("\"", "\\\"", "\\", "\\\\")),
      new LookupTranslator(EntityArrays.JAVA_CTRL_CHARS_ESCAPE),
      JavaUnicodeEscaper.below(0x20),
      JavaUnicodeEscaper.between(Character.MIN_SURROGATE, Character.MAX_SURROGATE),
      JavaUnicodeEscaper.between(0x0085, 0x0085),
      JavaUnicodeEscaper.between(0x2028, 0x2029));

  private final Writer out;
  private final StringBuilder indices = new StringBuilder(64);

  JsonLinesWriter(Writer out, FormatOptions options) {
    super(options);
    this.out = out;
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    out.write("{\"id\":");
    out.write(Long.toString(id));
    if (document != null) {
      out.write(",\"doc\":");
      string(document);
    }
    out.write(",\"translation\":{\"zh\":");
    string(options.chineseText(bead));
    out.write(",\"en\":");
    string(options.englishText(bead));
    StringBuilder ids = indices;
    ids.setLength(0);
    ids.append("},\"zh_ids\":[");
    appendIndices(ids, bead.chineseIndices());
    ids.append("],\"en_ids\":[");
    appendIndices(ids, bead.englishIndices());
    ids.append("],\"zh_offsets\":");
    out.append(ids);
    offsets(bead.chinese());
    out.write(",\"en_offsets\":");
    offsets(bead.english());
    out.write(",\"score\":");
    out.write(score(bead.score()));
    out.write("}\n");
  }

  private void string(String s) throws IOException {
    counts.escaped += TextPolicy.loneSurrogates(s);
    out.write('"');
    ESCAPE.translate(s, out);
    out.write('"');
  }

  private void offsets(List<Sentence> sentences) throws IOException {
    out.write('[');
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      out.write(k == 0 ? "[" : ",[");
      out.write(Integer.toString(s.start()));
      out.write(',');
      out.write(Integer.toString(s.end()));
      out.write(']');
    }
    out.write(']');
  }

  @Override
  void finish() throws IOException {
    out.flush();
  }
}
