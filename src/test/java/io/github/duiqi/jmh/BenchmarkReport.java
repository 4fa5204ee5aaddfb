package io.github.duiqi.jmh;

import io.github.duiqi.testing.MiniJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH JSON results ({@code -rf json -rff FILE}) of {@link AlignerBenchmark} into the
 * Markdown table of {@code docs/benchmarks.md} and a log-log SVG plot of time per operation
 * against sentences per side, one line per benchmark method. Needs nothing but the JDK.
 *
 * <pre>
 * java -cp target/test-classes io.github.duiqi.jmh.BenchmarkReport \
 *     TIME_JSON [HEAP_JSON] docs/benchmark-scaling.svg
 * </pre>
 *
 * <p>TIME_JSON gives the times and, with {@code -prof gc}, the allocation per operation;
 * HEAP_JSON, if given, a run with {@link PeakHeapProfiler}, whose {@code heap.working} fills the
 * heap column. Ratios compare methods on the same pair (the {@code pair} parameter: generated or
 * a file prefix) at the same size in the same file, so in the same run.
 */
public final class BenchmarkReport {

  /** The method every other is compared with. */
  static final String PEER = "maligna";

  private BenchmarkReport() {}

  /** One benchmark method on one pair ({@code generated} or a file prefix) at one size. */
  record Point(String method, String pair, int sentences, double millis, double allocBytes,
      double heapMib) {
    /** The line of the plot this point is on: the method, and the pair unless generated. */
    String series() {
      return pair.equals(AlignerBenchmark.GENERATED) ? label(method) : label(method) + ", " + pair;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: BenchmarkReport TIME_JSON [HEAP_JSON] OUT_SVG");
      System.exit(2);
    }
    Map<String, Double> heap = args.length == 3 ? heapByKey(read(Path.of(args[1]))) : Map.of();
    List<Point> points = points(read(Path.of(args[0])), heap);
    Path svg = Path.of(args[args.length - 1]);
    Files.writeString(svg, svg(points), StandardCharsets.UTF_8);
    System.out.print(markdownTable(points));
  }

  static List<Object> read(Path json) throws IOException {
    Object parsed = MiniJson.parse(Files.readString(json, StandardCharsets.UTF_8));
    if (!(parsed instanceof List<?> list)) {
      throw new IllegalArgumentException(json + ": not a JMH JSON result array");
    }
    return new ArrayList<>(list);
  }

  static List<Point> points(List<Object> results, Map<String, Double> heap) {
    List<Point> points = new ArrayList<>();
    for (Object o : results) {
      Map<?, ?> result = (Map<?, ?>) o;
      String method = method(result);
      String pair = pair(result);
      int sentences = sentences(result);
      Map<?, ?> primary = (Map<?, ?>) result.get("primaryMetric");
      double millis = toMillis(number(primary.get("score")), (String) primary.get("scoreUnit"));
      double alloc = Double.NaN;
      if (result.get("secondaryMetrics") instanceof Map<?, ?> secondary
          && secondary.get("gc.alloc.rate.norm") instanceof Map<?, ?> norm) {
        alloc = number(norm.get("score"));
      }
      double heapMib = heap.getOrDefault(method + "@" + pair + "@" + sentences, Double.NaN);
      points.add(new Point(method, pair, sentences, millis, alloc, heapMib));
    }
    points.sort(Comparator.comparing(Point::pair).thenComparing(Point::method)
        .thenComparingInt(Point::sentences));
    return points;
  }

  static Map<String, Double> heapByKey(List<Object> results) {
    Map<String, Double> heap = new LinkedHashMap<>();
    for (Object o : results) {
      Map<?, ?> result = (Map<?, ?>) o;
      if (result.get("secondaryMetrics") instanceof Map<?, ?> secondary
          && secondary.get("heap.working") instanceof Map<?, ?> working) {
        heap.put(method(result) + "@" + pair(result) + "@" + sentences(result),
            number(working.get("score")));
      }
    }
    return heap;
  }

  private static String method(Map<?, ?> result) {
    String benchmark = (String) result.get("benchmark");
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /** The value of the {@code pair} parameter, {@code generated} for results without one. */
  private static String pair(Map<?, ?> result) {
    if (result.get("params") instanceof Map<?, ?> params && params.get("pair") != null) {
      return String.valueOf(params.get("pair"));
    }
    return AlignerBenchmark.GENERATED;
  }

  /** The value of the benchmark's size parameter: the one whose name ends in "entences". */
  private static int sentences(Map<?, ?> result) {
    if (result.get("params") instanceof Map<?, ?> params) {
      for (Map.Entry<?, ?> param : params.entrySet()) {
        if (String.valueOf(param.getKey()).toLowerCase(Locale.ROOT).endsWith("sentences")) {
          return Integer.parseInt((String) param.getValue());
        }
      }
    }
    throw new IllegalArgumentException(result.get("benchmark") + " has no '...sentences' param");
  }

  private static double number(Object value) {
    return value instanceof Double d ? d : Double.parseDouble(String.valueOf(value));
  }

  static double toMillis(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score / 1e6;
      case "us/op" -> score / 1e3;
      case "ms/op" -> score;
      case "s/op" -> score * 1e3;
      default -> throw new IllegalArgumentException("unsupported unit " + unit + ": use a time/op mode");
    };
  }

  /** The table: per size, each method's time, allocation and heap, and its speed-up on the peer. */
  static String markdownTable(List<Point> points) {
    Map<String, Double> peer = new TreeMap<>();
    for (Point p : points) {
      if (p.method().equals(PEER)) {
        peer.put(p.pair() + "@" + p.sentences(), p.millis());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("| aligner | pair | zh sentences | time | allocated / op | alloc / zh sentence "
        + "| peak live heap | mALIGNa time ÷ this |\n");
    out.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Point p : points) {
      Double peerMillis = peer.get(p.pair() + "@" + p.sentences());
      out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %s | %s |%n",
          label(p.method()), p.pair(),
          p.sentences(), time(p.millis()), bytes(p.allocBytes()),
          bytes(p.allocBytes() / p.sentences()),
          Double.isNaN(p.heapMib()) ? "–" : String.format(Locale.ROOT, "%.1f MiB", p.heapMib()),
          peerMillis == null || p.method().equals(PEER) ? "–"
              : String.format(Locale.ROOT, "%.1f×", peerMillis / p.millis())));
    }
    return out.toString();
  }

  /** The aligner a benchmark method measures: the peer, duiqi, or a variant of duiqi's. */
  static String label(String method) {
    return method.equals(PEER) ? "mALIGNa 3.0.1"
        : method.equals("duiqi") ? "duiqi" : "duiqi (" + method + ")";
  }

  private static String time(double millis) {
    if (millis >= 1000) {
      return String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }
    return millis >= 10 ? String.format(Locale.ROOT, "%.0f ms", millis)
        : String.format(Locale.ROOT, "%.2f ms", millis);
  }

  private static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "–";
    }
    String[] units = {"B", "KiB", "MiB", "GiB"};
    int u = 0;
    while (bytes >= 1024 && u < units.length - 1) {
      bytes /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, bytes >= 100 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
  }

  // ---- the plot ----

  private static final int WIDTH = 720;
  private static final int HEIGHT = 480;
  private static final int LEFT = 80;
  private static final int RIGHT = 170;
  private static final int TOP = 40;
  private static final int BOTTOM = 60;
  private static final String[] COLOURS = {"#c0392b", "#2c7fb8", "#27ae60", "#8e44ad"};

  /** A log-log plot of seconds per alignment against Chinese sentences, with a slope-1 guide. */
  static String svg(List<Point> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("no benchmark results to plot");
    }
    double minX = Double.MAX_VALUE;
    double maxX = 0;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    Map<String, List<Point>> byMethod = new TreeMap<>();
    for (Point p : points) {
      byMethod.computeIfAbsent(p.series(), m -> new ArrayList<>()).add(p);
      minX = Math.min(minX, p.sentences());
      maxX = Math.max(maxX, p.sentences());
      minY = Math.min(minY, p.millis() / 1000);
      maxY = Math.max(maxY, p.millis() / 1000);
    }
    Axis x = new Axis(Math.floor(Math.log10(minX)), Math.ceil(Math.log10(maxX)), LEFT,
        WIDTH - RIGHT);
    Axis y = new Axis(Math.floor(Math.log10(minY)), Math.ceil(Math.log10(maxY)),
        HEIGHT - BOTTOM, TOP);
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    s.append(String.format(Locale.ROOT,
        "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">"
        + "Aligning one document pair: time against size (log-log)</text>%n", LEFT));
    for (double d = x.lowDecade(); d <= x.highDecade(); d++) {
      double px = x.at(Math.pow(10, d));
      s.append(line(px, y.from(), px, y.to(), "#dddddd"));
      s.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", px, HEIGHT - BOTTOM + 18,
          decade(d, "")));
    }
    for (double d = y.lowDecade(); d <= y.highDecade(); d++) {
      double py = y.at(Math.pow(10, d));
      s.append(line(x.from(), py, x.to(), py, "#dddddd"));
      s.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, py + 4,
          decade(d, " s")));
    }
    s.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">Chinese sentences per document"
            + " (English: about 1.11 times as many)</text>%n",
        (x.from() + x.to()) / 2, HEIGHT - 15));
    s.append(String.format(Locale.ROOT,
        "<text transform=\"translate(18 %.1f) rotate(-90)\" text-anchor=\"middle\">"
            + "time per alignment</text>%n", (y.from() + y.to()) / 2));
    // a slope-1 guide through the first point of the first method: linear cost runs parallel
    Point anchor = byMethod.values().iterator().next().get(0);
    double factor = Math.pow(10, x.highDecade()) / anchor.sentences();
    s.append(String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999999\""
            + " stroke-dasharray=\"4 4\"/>%n",
        x.at(anchor.sentences()), y.at(anchor.millis() / 1000),
        x.at(anchor.sentences() * factor), y.clampedAt(anchor.millis() / 1000 * factor)));
    int legendY = TOP + 10;
    int colour = 0;
    for (Map.Entry<String, List<Point>> method : byMethod.entrySet()) {
      String c = COLOURS[colour++ % COLOURS.length];
      StringBuilder path = new StringBuilder();
      for (Point p : method.getValue()) {
        double px = x.at(p.sentences());
        double py = y.at(p.millis() / 1000);
        path.append(path.length() == 0 ? "M" : " L").append(
            String.format(Locale.ROOT, "%.1f %.1f", px, py));
        s.append(String.format(Locale.ROOT,
            "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s, %,d sentences: %s"
                + "</title></circle>%n", px, py, c, method.getKey(), p.sentences(),
            time(p.millis())));
      }
      s.append(String.format(Locale.ROOT,
          "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, c));
      s.append(line(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY, c));
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n",
          WIDTH - RIGHT + 46, legendY + 4,
          method.getKey()));
      legendY += 20;
    }
    s.append(line(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY, "#999999"));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">linear (slope 1)</text>%n",
        WIDTH - RIGHT + 46, legendY + 4));
    s.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"black\"/>%n",
        LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
    return s.append("</svg>\n").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
        x1, y1, x2, y2, colour);
  }

  private static String decade(double exponent, String unit) {
    double value = Math.pow(10, exponent);
    String text = value >= 1 ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%s", Double.toString(value).replaceAll("0+$", ""));
    return text + unit;
  }

  /** A logarithmic axis over whole decades, mapped to pixels {@code from} → {@code to}. */
  record Axis(double lowDecade, double highDecade, double from, double to) {
    Axis {
      if (highDecade <= lowDecade) {
        highDecade = lowDecade + 1;
      }
    }

    double at(double value) {
      return from + (Math.log10(value) - lowDecade) / (highDecade - lowDecade) * (to - from);
    }

    double clampedAt(double value) {
      double v = Math.min(Math.max(value, Math.pow(10, lowDecade)), Math.pow(10, highDecade));
      return at(v);
    }
  }
}
