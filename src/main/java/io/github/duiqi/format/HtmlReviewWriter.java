package io.github.duiqi.format;

import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.DocumentVerdict;
import io.github.duiqi.ParagraphPair;
import io.github.duiqi.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.text.StringEscapeUtils;
import org.jspecify.annotations.Nullable;

/**
 * The review page: one self-contained HTML file (inline CSS, script and data, nothing loaded
 * from elsewhere, works from {@code file://}) in which a person reviews and corrects an
 * alignment and exports the result as a ladder, TSV or TMX; docs/review-page.md shows it.
 *
 * <p>The beads are streamed as JSON, bead by bead, into a {@code <script type="application/json">}
 * element; the page's script ({@code review.js} beside this class) renders the table, the plot
 * and the summary from them and re-renders what an edit changes, so the page has one renderer.
 * Each bead's sentences are written as the other writers write them (normalised segment text,
 * or raw with {@link FormatOptions#withRawText}), exactly (lone surrogates, controls and every
 * other character as JSON escapes), so that the page's exports, which join them as
 * {@link io.github.duiqi.Bead#chineseText()} does, can equal what {@link TsvWriter},
 * {@link TmxWriter} and {@link LadderWriter} write for the same beads. Each Chinese sentence
 * carries its {@link ChineseScript} votes, which TMX's language tags need. What needs every bead
 * (beads left out, paragraph starts, options) is written at the end.
 */
final class HtmlReviewWriter extends AbstractBeadWriter {

  /** The page's style sheet and script, inlined into every page. */
  private static final class Assets {
    static final String STYLE = resource("review.css");
    static final String SCRIPT = resource("review.js");

    private static String resource(String name) {
      try (InputStream in = HtmlReviewWriter.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource " + name + " is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  // 64-bit FNV-1a over the beads' JSON: the key under which the page keeps a document's edits
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final Writer out;
  /** One bead's JSON, hashed before it is written. */
  private final StringBuilder bead = new StringBuilder(256);
  private long documentHash = FNV_OFFSET;
  private final IntList chineseParagraphs = new IntList();
  private final IntList englishParagraphs = new IntList();
  private int nextChinese;
  private int nextEnglish;
  private boolean first = true;
  /** The pair's verdict, when a whole alignment was written; the page shows it. */
  private @Nullable DocumentVerdict verdict;

  HtmlReviewWriter(Writer out, FormatOptions options) throws IOException {
    super(options);
    this.out = out;
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    StringEscapeUtils.ESCAPE_HTML4.translate(options.title(), out);
    out.write("</title>\n<style>\n");
    out.write(Assets.STYLE);
    out.write("</style>\n</head>\n<body>\n<div class=\"page\">\n<header class=\"head\">\n"
        + "<h1 class=\"title\">");
    StringEscapeUtils.ESCAPE_HTML4.translate(options.title(), out);
    // the slot for the document's verdict (how well the two sides correspond as a whole)
    out.write("</h1>\n<p class=\"verdict\" id=\"verdict\" hidden></p>\n"
        + "<noscript><p class=\"warn\">This review page is drawn by its script: allow JavaScript"
        + " for this file to see and edit the alignment.</p></noscript>\n</header>\n"
        + "<section class=\"summary\" id=\"summary\"></section>\n"
        + "<div class=\"tools\" id=\"tools\"></div>\n"
        + "<div class=\"overview\"><figure class=\"plot\" id=\"plot\"></figure>"
        + "<section class=\"lowest\" id=\"lowest\"></section></div>\n"
        + "<div class=\"beads\" id=\"beads\" role=\"table\" aria-label=\"beads\"></div>\n"
        + "</div>\n<script type=\"application/json\" id=\"duiqi-beads\">[");
  }

  /** Also notes where paragraphs start, which the page marks. */
  @Override
  public void writeAll(Alignment alignment) throws IOException {
    Objects.requireNonNull(alignment, "alignment");
    int chinese = 0;
    int english = 0;
    for (ParagraphPair paragraph : alignment.paragraphs()) {
      if (chinese > 0 || english > 0) {
        chineseParagraphs.add(chinese);
        englishParagraphs.add(english);
      }
      for (Bead bead : paragraph.beads()) {
        chinese += bead.chinese().size();
        english += bead.english().size();
      }
    }
    verdict = alignment.parallel();
    writeAll(alignment.beads());
  }

  /** Writes {@code [id, zhStart, enStart, [zh], [zh votes], [en], "score"]}. */
  @Override
  void writeBead(Bead b, long id) throws IOException {
    int chineseStart = b.chinese().isEmpty() ? nextChinese : b.chineseIndices().get(0);
    int englishStart = b.english().isEmpty() ? nextEnglish : b.englishIndices().get(0);
    nextChinese = chineseStart + b.chinese().size();
    nextEnglish = englishStart + b.english().size();
    bead.setLength(0);
    bead.append(first ? "\n[" : ",\n[").append(id).append(',').append(chineseStart).append(',')
        .append(englishStart).append(",[");
    first = false;
    sentences(b.chinese());
    bead.append("],[");
    for (int k = 0; k < b.chinese().size(); k++) {
      bead.append(k == 0 ? "" : ",").append(ChineseScript.votes(options.text(b.chinese().get(k))));
    }
    bead.append("],[");
    sentences(b.english());
    bead.append("],\"").append(score(b.score())).append("\"]");
    long h = documentHash;
    for (int i = 0; i < bead.length(); i++) {
      h = (h ^ bead.charAt(i)) * FNV_PRIME;
    }
    documentHash = h;
    out.append(bead);
  }

  private void sentences(List<Sentence> sentences) throws IOException {
    for (int k = 0; k < sentences.size(); k++) {
      if (k > 0) {
        bead.append(',');
      }
      jsonString(bead, options.text(sentences.get(k)), true);
    }
  }

  /**
   * Writes a JSON string that is safe inside a script element and lossless: {@code <}, {@code >}
   * and {@code &} (so no {@code </script>} or {@code <!--}), controls, line separators, lone
   * surrogates and what HTML cannot show are written as {@code \}{@code uXXXX} escapes; the page
   * shows the last kind as visible code points, counted as escaped.
   */
  private void jsonString(Appendable out, String s, boolean counted) throws IOException {
    out.append('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean unsafe = TextPolicy.isHtmlUnsafe(s, i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
          && c != '\u2028' && c != '\u2029' && !unsafe) {
        continue;
      }
      out.append(s, from, i);
      from = i + 1;
      if (unsafe && counted) {
        counts.escaped++;
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          String hex = Integer.toHexString(c);
          out.append("\\u").append("0000", 0, 4 - hex.length()).append(hex);
        }
      }
    }
    out.append(s, from, s.length());
    out.append('"');
  }

  @Override
  void finish() throws IOException {
    out.write("\n]</script>\n<script type=\"application/json\" id=\"duiqi-meta\">{\"title\":");
    jsonString(out, options.title(), false);
    out.write(",\"lowScoreThreshold\":");
    out.write(score(options.lowScoreThreshold()));
    out.write(",\"beadsOmitted\":");
    out.write(Long.toString(summary().beadsOmitted()));
    out.write(",\"chineseScript\":");
    if (options.chineseScript().isPresent()) {
      jsonString(out, options.chineseScript().get().languageTag(), false);
    } else {
      out.write("null");
    }
    out.write(",\"creationTool\":");
    jsonString(out, options.creationTool(), false);
    out.write(",\"creationToolVersion\":");
    jsonString(out, options.creationToolVersion(), false);
    out.write(",\"creationDate\":");
    if (options.creationDate().isPresent()) {
      jsonString(out, TmxWriter.TMX_DATE.format(options.creationDate().get()), false);
    } else {
      out.write("null");
    }
    out.write(",\"parallel\":");
    if (verdict != null) {
      out.write("{\"probability\":\"" + score(verdict.probability()) + "\",\"verdict\":\""
          + verdict.verdict().name().toLowerCase(Locale.ROOT) + "\"}");
    } else {
      out.write("null");
    }
    out.write(",\"tmxLookahead\":" + TmxWriter.LOOKAHEAD);
    out.write(",\"documentKey\":\"" + Long.toHexString(documentHash) + "\"");
    out.write(",\"chineseParagraphs\":");
    ints(chineseParagraphs);
    out.write(",\"englishParagraphs\":");
    ints(englishParagraphs);
    out.write("}</script>\n<script>\n");
    out.write(Assets.SCRIPT);
    out.write("</script>\n</body>\n</html>\n");
    // flushed, not closed: a caller's Writer stays open (AbstractBeadWriter closes what it owns)
    out.flush();
  }

  private void ints(IntList list) throws IOException {
    out.write('[');
    for (int k = 0; k < list.size(); k++) {
      out.write(k == 0 ? "" : ",");
      out.write(Integer.toString(list.get(k)));
    }
    out.write(']');
  }
}
