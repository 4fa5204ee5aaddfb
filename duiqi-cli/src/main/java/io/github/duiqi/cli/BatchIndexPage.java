package io.github.duiqi.cli;

import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index page of {@code align --batch --format html}: one row a pair with the figures of its
 * review page (sentences, beads, low-score and empty-side beads, mean score), linked to the
 * page, and the pairs that failed with why. Self-contained like the pages; sorted by name, and
 * a click on a column's head sorts by it.
 *
 * <p>Not thread-safe: the batch adds results from one thread.
 */
final class BatchIndexPage {

  /** The index's file name in the output folder. */
  static final String FILE = "index.html";

  private record Figures(int chinese, int english, int beads, int low, int empty, double mean) {}

  private final double lowScoreThreshold;
  private final Map<String, Figures> pairs = new TreeMap<>();
  private final Map<String, String> failures = new TreeMap<>();

  BatchIndexPage(double lowScoreThreshold) {
    this.lowScoreThreshold = lowScoreThreshold;
  }

  void add(String name, Alignment alignment) {
    int low = 0;
    int empty = 0;
    double sum = 0;
    for (Bead b : alignment.beads()) {
      low += b.score() < lowScoreThreshold ? 1 : 0;
      empty += b.chinese().isEmpty() || b.english().isEmpty() ? 1 : 0;
      sum += b.score();
    }
    int n = alignment.beads().size();
    pairs.put(name, new Figures(alignment.chinese().size(), alignment.english().size(), n, low,
        empty, n == 0 ? 0 : sum / n));
  }

  /** The relative link to a pair's page: each segment of a nested name escaped on its own. */
  static String link(String name) {
    StringBuilder b = new StringBuilder();
    for (String segment : name.split("/", -1)) {
      b.append(b.length() == 0 ? "" : "/")
          .append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return b.append(".html").toString();
  }

  void fail(String name, String why) {
    failures.put(name, why);
  }

  /** Writes the page to {@code out}, which the caller closes. */
  void write(Writer out, String title) throws IOException {
    {
      out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
      out.write(html(title));
      out.write("</title>\n<style>\nbody{font-family:system-ui,sans-serif;margin:12px 20px;"
          + "color:#1d1d1f}\ntable{border-collapse:collapse;font-size:14px}\nth,td{border-bottom:"
          + "1px solid #e2e2e2;padding:4px 10px;text-align:right}\nth{background:#f3f3f3;cursor:"
          + "pointer}\nth:first-child,td:first-child{text-align:left}\ntr.bad td{background:#fbe1df}"
          + "\n.fail{color:#b00}\n</style>\n</head>\n<body>\n<h1>");
      out.write(html(title));
      out.write("</h1>\n<p>" + pairs.size() + " pairs aligned" + (failures.isEmpty() ? ""
          : ", " + failures.size() + " failed") + ". Low: score below "
          + String.format(Locale.ROOT, "%.2f", lowScoreThreshold) + ". Click a column's head to"
          + " sort by it.</p>\n<table id=\"pairs\">\n<thead><tr><th>pair</th><th>Chinese</th>"
          + "<th>English</th><th>beads</th><th>low</th><th>low %</th><th>empty side</th>"
          + "<th>mean score</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, Figures> e : pairs.entrySet()) {
        Figures f = e.getValue();
        double share = f.beads() == 0 ? 0 : 100.0 * f.low() / f.beads();
        out.write(String.format(Locale.ROOT, "<tr%s><td><a href=\"%s\">%s</a></td><td>%d</td>"
                + "<td>%d</td><td>%d</td><td>%d</td><td>%.1f</td><td>%d</td><td>%.4f</td></tr>\n",
            share >= 20 ? " class=\"bad\"" : "",
            html(link(e.getKey())), html(e.getKey()), f.chinese(), f.english(), f.beads(), f.low(), share,
            f.empty(), f.mean()));
      }
      out.write("</tbody>\n</table>\n");
      if (!failures.isEmpty()) {
        out.write("<h2>Failed</h2>\n<ul>\n");
        for (Map.Entry<String, String> e : failures.entrySet()) {
          out.write("<li>" + html(e.getKey()) + ": <span class=\"fail\">" + html(e.getValue())
              + "</span></li>\n");
        }
        out.write("</ul>\n");
      }
      out.write("<script>\ndocument.querySelectorAll('#pairs th').forEach(function (th, c) {\n"
          + "  th.addEventListener('click', function () {\n"
          + "    var body = th.closest('table').tBodies[0], rows = Array.from(body.rows);\n"
          + "    var up = th.dataset.up !== '1'; th.dataset.up = up ? '1' : '0';\n"
          + "    rows.sort(function (a, b) {\n"
          + "      var x = a.cells[c].textContent, y = b.cells[c].textContent;\n"
          + "      var d = c === 0 ? x.localeCompare(y) : parseFloat(x) - parseFloat(y);\n"
          + "      return up ? d : -d;\n"
          + "    });\n"
          + "    rows.forEach(function (r) { body.appendChild(r); });\n"
          + "  });\n});\n</script>\n</body>\n</html>\n");
    }
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
