package io.github.duiqi.format;

import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The review page: one self-contained HTML file (inline CSS and SVG, no script, nothing
 * loaded from elsewhere) with the beads side by side and a plot of the alignment path.
 *
 * <p>The table is streamed bead by bead. The summary and the plot need every bead, so they are
 * written at the end and shown first by CSS ({@code order} in a flex column); the plot keeps
 * only a few ints a bead ({@link IntList}), merging runs of equal steps into one line segment.
 */
final class HtmlReviewWriter extends AbstractBeadWriter {

  private static final int PLOT_LEFT = 64;
  private static final int PLOT_TOP = 16;
  private static final int PLOT_WIDTH = 520;
  private static final int PLOT_HEIGHT = 400;
  private static final int SVG_WIDTH = PLOT_LEFT + PLOT_WIDTH + 24;
  private static final int SVG_HEIGHT = PLOT_TOP + PLOT_HEIGHT + 48;
  private static final int MOVE = 0;
  private static final int LINE = 1;
  private static final int LOW = 1;
  private static final int EMPTY = 2;

  private static final String STYLE = """
      body{font-family:"Noto Sans","Noto Sans CJK TC","Noto Sans CJK SC",system-ui,sans-serif;\
      margin:0;color:#1d1d1f;background:#fff}
      .page{display:flex;flex-direction:column;max-width:1400px;margin:0 auto;padding:12px 20px}
      .title{order:-3}.summary{order:-2}.plot{order:-1}
      h1{font-size:1.35em;margin:4px 0}
      .summary p{margin:4px 0}
      .key{display:inline-block;padding:1px 8px;margin-right:6px;border-radius:3px}
      .plot{margin:8px 0 16px}
      .plot figcaption{font-size:13px;color:#555;max-width:620px}
      table{border-collapse:collapse;width:100%;font-size:14px;line-height:1.45}
      th,td{border-bottom:1px solid #e2e2e2;padding:4px 6px;vertical-align:top;text-align:left}
      thead th{position:sticky;top:0;background:#f3f3f3}
      td.text{white-space:pre-wrap;overflow-wrap:anywhere;width:44%}
      td.num{font-variant-numeric:tabular-nums;white-space:nowrap;color:#555}
      td.none{color:#8a8a8a;font-style:italic}
      tr.low,.key.low{background:#fbd9d7}
      tr.empty,.key.empty{background:#fff0bf}
      tr.low.empty{background:#f9cfa8}
      tr:target{outline:2px solid #1a5fb4}
      .ctl{border:1px solid #b00;color:#b00;font-size:80%;padding:0 2px;border-radius:2px}
      """;

  private final Writer out;
  private final IntList path = new IntList();
  private final IntList markers = new IntList();
  private int x;
  private int y;
  private int lastStepX = -1;
  private int lastStepY = -1;
  private long lowBeads;
  private long emptyBeads;

  HtmlReviewWriter(Writer out, FormatOptions options) throws IOException {
    super(options);
    this.out = out;
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    StringEscapeUtils.ESCAPE_HTML4.translate(options.title(), out);
    out.write("</title>\n<style>\n");
    out.write(STYLE);
    out.write("</style>\n</head>\n<body>\n<div class=\"page\">\n<h1 class=\"title\">");
    StringEscapeUtils.ESCAPE_HTML4.translate(options.title(), out);
    out.write("</h1>\n<table>\n<thead><tr><th>bead</th><th>zh</th><th>Chinese</th>"
        + "<th>English</th><th>en</th><th>score</th></tr></thead>\n<tbody>\n");
    path.add(MOVE);
    path.add(0);
    path.add(0);
  }

  @Override
  void writeBead(Bead bead, long id) throws IOException {
    boolean low = bead.score() < options.lowScoreThreshold();
    boolean empty = bead.chinese().isEmpty() || bead.english().isEmpty();
    lowBeads += low ? 1 : 0;
    emptyBeads += empty ? 1 : 0;
    out.write("<tr id=\"b");
    out.write(Long.toString(id));
    out.write('"');
    if (low || empty) {
      out.write(low && empty ? " class=\"low empty\"" : low ? " class=\"low\"" : " class=\"empty\"");
    }
    out.write("><td class=\"num\">");
    out.write(Long.toString(id));
    out.write("</td><td class=\"num\">");
    appendIndices(out, bead.chineseIndices());
    out.write("</td>");
    String chinese = bead.chineseText();
    if (bead.chinese().isEmpty()) {
      out.write("<td class=\"text none\">no Chinese</td>");
    } else {
      out.write("<td class=\"text\" lang=\"");
      out.write(chineseTag(chinese));
      out.write("\">");
      text(chinese);
      out.write("</td>");
    }
    if (bead.english().isEmpty()) {
      out.write("<td class=\"text none\">no English</td>");
    } else {
      out.write("<td class=\"text\">");
      text(bead.englishText());
      out.write("</td>");
    }
    out.write("<td class=\"num\">");
    appendIndices(out, bead.englishIndices());
    out.write("</td><td class=\"num\">");
    out.write(score(bead.score()));
    out.write("</td></tr>\n");
    plot(bead, id, low, empty);
  }

  private String chineseTag(String chinese) {
    long votes = ChineseScript.votes(chinese);
    if (votes != 0) {
      return (votes > 0 ? ChineseScript.TRADITIONAL : ChineseScript.SIMPLIFIED).languageTag();
    }
    return options.chineseScript().map(ChineseScript::languageTag).orElse("zh");
  }

  /** Writes text escaped, with characters HTML cannot show as such as visible code points. */
  private void text(String s) throws IOException {
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (TextPolicy.isHtmlUnsafe(s, i)) {
        StringEscapeUtils.ESCAPE_HTML4.translate(s.substring(from, i), out);
        String code = String.format(Locale.ROOT, "U+%04X", (int) s.charAt(i));
        out.write("<span class=\"ctl\">" + code + "</span>");
        counts.replaced++;
        from = i + 1;
      }
    }
    StringEscapeUtils.ESCAPE_HTML4.translate(from == 0 ? s : s.substring(from), out);
  }

  private void plot(Bead bead, long id, boolean low, boolean empty) {
    int startX = start(bead.chineseIndices(), x);
    int startY = start(bead.englishIndices(), y);
    int endX = startX + bead.chineseIndices().size();
    int endY = startY + bead.englishIndices().size();
    if (startX != x || startY != y) {
      // beads left out by the options: the path jumps
      path.add(MOVE);
      path.add(startX);
      path.add(startY);
      lastStepX = -1;
      lastStepY = -1;
    }
    int stepX = endX - startX;
    int stepY = endY - startY;
    if (stepX == lastStepX && stepY == lastStepY) {
      path.set(path.size() - 2, endX);
      path.set(path.size() - 1, endY);
    } else {
      path.add(LINE);
      path.add(endX);
      path.add(endY);
    }
    lastStepX = stepX;
    lastStepY = stepY;
    x = endX;
    y = endY;
    if (low || empty) {
      markers.add((int) Math.min(id, Integer.MAX_VALUE));
      markers.add(startX + endX);
      markers.add(startY + endY);
      markers.add((low ? LOW : 0) | (empty ? EMPTY : 0));
    }
  }

  private static int start(List<Integer> indices, int current) {
    return indices.isEmpty() ? current : indices.get(0);
  }

  @Override
  void finish() throws IOException {
    out.write("</tbody>\n</table>\n");
    summarySection();
    svg();
    out.write("</div>\n</body>\n</html>\n");
    out.flush();
  }

  private void summarySection() throws IOException {
    WriteSummary s = summary();
    String threshold = score(options.lowScoreThreshold());
    out.write("<section class=\"summary\">\n<p>" + s.beadsWritten() + " beads linking " + x
        + " Chinese and " + y + " English sentences");
    if (s.beadsOmitted() > 0) {
      out.write("; " + s.beadsOmitted() + " beads left out by the options");
    }
    out.write(".</p>\n<p><span class=\"key low\">" + lowBeads + " low confidence (score below "
        + threshold + ")</span><span class=\"key empty\">" + emptyBeads
        + " with an empty side</span>");
    if (s.replacedCharacters() > 0) {
      out.write("<span class=\"key\"><span class=\"ctl\">U+0000</span> "
          + s.replacedCharacters() + " characters HTML cannot show, written as code points</span>");
    }
    out.write("</p>\n</section>\n");
  }

  private void svg() throws IOException {
    double scaleX = PLOT_WIDTH / (double) Math.max(1, x);
    double scaleY = PLOT_HEIGHT / (double) Math.max(1, y);
    int bottom = PLOT_TOP + PLOT_HEIGHT;
    out.write("<figure class=\"plot\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + SVG_WIDTH + "\" height=\"" + SVG_HEIGHT + "\" viewBox=\"0 0 " + SVG_WIDTH + " "
        + SVG_HEIGHT + "\" font-size=\"12\" role=\"img\" aria-label=\"alignment path\">\n");
    out.write("<rect x=\"" + PLOT_LEFT + "\" y=\"" + PLOT_TOP + "\" width=\"" + PLOT_WIDTH
        + "\" height=\"" + PLOT_HEIGHT + "\" fill=\"#fafafa\" stroke=\"#999\"/>\n");
    int stepX = tickStep(x);
    for (int t = 0; t <= x; t += stepX) {
      String gx = num(PLOT_LEFT + t * scaleX);
      out.write("<line x1=\"" + gx + "\" y1=\"" + PLOT_TOP + "\" x2=\"" + gx + "\" y2=\"" + bottom
          + "\" stroke=\"#e6e6e6\"/><text x=\"" + gx + "\" y=\"" + (bottom + 16)
          + "\" text-anchor=\"middle\">" + t + "</text>\n");
    }
    int stepY = tickStep(y);
    for (int t = 0; t <= y; t += stepY) {
      String gy = num(bottom - t * scaleY);
      out.write("<line x1=\"" + PLOT_LEFT + "\" y1=\"" + gy + "\" x2=\"" + (PLOT_LEFT + PLOT_WIDTH)
          + "\" y2=\"" + gy + "\" stroke=\"#e6e6e6\"/><text x=\"" + (PLOT_LEFT - 6) + "\" y=\""
          + num(bottom - t * scaleY + 4) + "\" text-anchor=\"end\">" + t + "</text>\n");
    }
    out.write("<text x=\"" + (PLOT_LEFT + PLOT_WIDTH / 2) + "\" y=\"" + (bottom + 36)
        + "\" text-anchor=\"middle\">Chinese sentence index</text>\n");
    out.write("<text transform=\"translate(16 " + (PLOT_TOP + PLOT_HEIGHT / 2)
        + ") rotate(-90)\" text-anchor=\"middle\">English sentence index</text>\n");
    out.write("<line x1=\"" + PLOT_LEFT + "\" y1=\"" + bottom + "\" x2=\""
        + (PLOT_LEFT + PLOT_WIDTH) + "\" y2=\"" + PLOT_TOP
        + "\" stroke=\"#888\" stroke-dasharray=\"6 4\"><title>diagonal</title></line>\n");
    out.write("<path fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\" stroke-linejoin=\"round\" d=\"");
    for (int k = 0; k < path.size(); k += 3) {
      out.write(path.get(k) == MOVE ? "M" : "L");
      out.write(num(PLOT_LEFT + path.get(k + 1) * scaleX));
      out.write(' ');
      out.write(num(bottom - path.get(k + 2) * scaleY));
      if (k % 30 == 27) {
        out.write('\n');
      }
    }
    out.write("\"><title>alignment path</title></path>\n");
    // smaller dots when there are many, so that they do not hide the path
    int count = markers.size() / 4;
    String radius = count < 100 ? "4.5" : count < 1000 ? "3" : "2";
    for (int k = 0; k < markers.size(); k += 4) {
      int kind = markers.get(k + 3);
      String cx = num(PLOT_LEFT + markers.get(k + 1) * scaleX / 2);
      String cy = num(bottom - markers.get(k + 2) * scaleY / 2);
      String fill = (kind & EMPTY) != 0 ? "#e69a00" : "#d0312d";
      String stroke = kind == (LOW | EMPTY) ? "#d0312d" : "#fff";
      String what = ((kind & LOW) != 0 ? "low confidence" : "")
          + (kind == (LOW | EMPTY) ? ", " : "") + ((kind & EMPTY) != 0 ? "empty side" : "");
      out.write("<a href=\"#b" + markers.get(k) + "\"><circle cx=\"" + cx + "\" cy=\"" + cy
          + "\" r=\"" + radius + "\" fill=\"" + fill + "\" stroke=\"" + stroke + "\" stroke-width=\"1.5\"><title>bead " + markers.get(k)
          + ": " + what + "</title></circle></a>\n");
    }
    out.write("</svg>\n<figcaption>Alignment path: each bead steps right by its Chinese sentences "
        + "and up by its English ones. The dashed line is the diagonal; red dots mark "
        + "low-confidence beads, orange dots beads with an empty side (red-ringed if also low); "
        + "click a dot to jump to its bead.</figcaption>\n</figure>\n");
  }

  /** Returns a tick spacing of 1, 2 or 5 times a power of ten that gives at most 8 ticks. */
  static int tickStep(int max) {
    for (long power = 1; ; power *= 10) {
      for (int m : new int[] {1, 2, 5}) {
        if (max / (m * power) <= 7) {
          return (int) Math.min(Integer.MAX_VALUE, m * power);
        }
      }
    }
  }

  /** Formats a coordinate with at most one decimal, independent of the locale. */
  private static String num(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10)
        : (tenths < 0 ? "-" : "") + Math.abs(tenths / 10) + "." + Math.abs(tenths % 10);
  }
}
