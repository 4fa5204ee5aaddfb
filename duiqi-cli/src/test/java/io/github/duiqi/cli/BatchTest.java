package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Batch mode for real corpora: manifests, folder trees, merged output, the report. */
class BatchTest {

  @TempDir Path dir;

  private static void pair(Path folder, String name, int sentences) throws IOException {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      zh.append("今天天氣很好，我們出去走走吧！第").append(i + 1).append("次。\n");
      en.append("The weather is fine today, let's go out for a walk! Number ").append(i + 1)
          .append(".\n");
    }
    Files.createDirectories(folder.resolve(name).getParent());
    Files.writeString(folder.resolve(name + ".zh"), zh);
    Files.writeString(folder.resolve(name + ".en"), en);
  }

  private static List<List<String>> report(Path out) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("report.tsv"))) {
      rows.add(List.of(line.split("\t", -1)));
    }
    return rows;
  }

  @Test
  void aFolderTreeIsSearchedAndOutputsMirrorIt() throws IOException {
    Path in = dir.resolve("in");
    pair(in, "a", 2);
    pair(in, "news/2024/b", 3);
    Path out = in.resolve("out");   // inside the input folder: not searched
    pair(out, "stale", 1);
    Cli.Run r = Cli.run("align", "--presplit", "--format", "tsv", "--batch", in.toString(),
        "--out", out.toString(), "--threads", "2");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(2, Files.readAllLines(out.resolve("a.tsv")).size());
    assertEquals(3, Files.readAllLines(out.resolve("news/2024/b.tsv")).size());
    List<List<String>> rows = report(out);
    assertEquals(List.of("name", "status", "zh_sentences", "en_sentences", "beads",
        "mean_score", "low_share", "constrained", "parallel", "verdict", "error"), rows.get(0));
    assertEquals(List.of("a", "news/2024/b"), List.of(rows.get(1).get(0), rows.get(2).get(0)));
    assertEquals(List.of("news/2024/b", "ok", "3", "3", "3"), rows.get(2).subList(0, 5));
    double mean = Double.parseDouble(rows.get(2).get(5));
    assertTrue(mean > 0.5 && mean <= 1, rows.get(2).toString());
    assertEquals("0.0000", rows.get(2).get(6));
    assertEquals(3, rows.size(), "no row for the output folder's stale pair");
    assertTrue(r.err().contains("aligned 2 of 2 pairs (0 failed)"), r.err());
  }

  @Test
  void noPairsFoundIsAnError() throws IOException {
    Path in = Files.createDirectories(dir.resolve("empty/sub"));
    Files.writeString(in.resolve("readme.txt"), "nothing to align");
    Cli.Run r = Cli.run("align", "--batch", dir.resolve("empty").toString(), "--out",
        dir.resolve("o").toString());
    assertEquals(Main.USAGE, r.exit(), r.toString());
    assertTrue(r.err().startsWith("duiqi: no pairs found in "), r.err());
    Path manifest = Files.writeString(dir.resolve("m.tsv"), "# only a comment\n\n");
    Cli.Run m = Cli.run("align", "--manifest", manifest.toString(), "--out",
        dir.resolve("o").toString());
    assertEquals(Main.USAGE, m.exit(), m.toString());
    assertTrue(m.err().startsWith("duiqi: no pairs found in the manifest"), m.err());
  }

  @Test
  void aManifestNamesPairsAnyWayWithPathsRelativeToItsFolder() throws IOException {
    Path corpus = dir.resolve("corpus");
    pair(corpus, "chapter-1", 2);
    pair(corpus, "chapter-2", 3);
    Files.move(corpus.resolve("chapter-2.zh"), corpus.resolve("zh-2.txt"));
    Path manifest = Files.writeString(corpus.resolve("pairs.tsv"),
        "# zh\ten\tname\nchapter-1.zh\tchapter-1.en\tone\r\n\nzh-2.txt\tchapter-2.en\n"
            + "none.zh\tnone.en\tmissing\n");
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("align", "--presplit", "--format", "ladder", "--manifest",
        manifest.toString(), "--out", out.toString());
    assertEquals(Main.SOME_FAILED, r.exit(), r.toString());
    assertEquals(2, Files.readAllLines(out.resolve("one.align")).size());
    assertEquals(3, Files.readAllLines(out.resolve("zh-2.align")).size());
    assertTrue(r.err().contains("duiqi: missing: missing " + corpus.resolve("none.zh")), r.err());
    List<List<String>> rows = report(out);
    assertEquals(List.of("one", "zh-2", "missing"), rows.subList(1, 4).stream()
        .map(row -> row.get(0)).toList());
    assertEquals("failed", rows.get(3).get(1));
    assertTrue(rows.get(3).get(10).contains("missing"), rows.get(3).toString());
  }

  @Test
  void aMalformedManifestLineIsAnErrorWithFileAndLine() throws IOException {
    String[][] cases = {
        {"a.zh\ta.en\n\nonly-one-field\n", "3: expected ZH_PATH<TAB>EN_PATH[<TAB>NAME],"
            + " found 1 field"},
        {"a.zh\ta.en\tx\ty\n", "1: expected"},
        {"a.zh\t\n", "1: field 2 is empty"},
        {"a.zh\ta.en\t../up\n", "1: name '../up' must be a relative path"},
        {"a.zh\ta.en\tsame\nb.zh\tb.en\tsame\n", "2: name 'same' is the name of line 1"},
    };
    for (String[] c : cases) {
      Path manifest = Files.writeString(dir.resolve("bad.tsv"), c[0]);
      Cli.Run r = Cli.run("align", "--manifest", manifest.toString(), "--out",
          dir.resolve("o").toString());
      assertEquals(Main.USAGE, r.exit(), r.toString());
      assertEquals(List.of("duiqi: " + manifest + ":" + c[1]), r.errLines().stream()
          .map(l -> l.length() > ("duiqi: " + manifest + ":" + c[1]).length()
              ? l.substring(0, ("duiqi: " + manifest + ":" + c[1]).length()) : l).toList());
    }
    assertFalse(Files.exists(dir.resolve("o/report.tsv")));
  }

  @Test
  void mergedTmxIsValidAndEachUnitNamesItsDocument() throws Exception {
    Path in = dir.resolve("in");
    pair(in, "a", 2);
    pair(in, "sub/b & c", 3);
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("align", "--presplit", "--format", "tmx", "--batch", in.toString(),
        "--out", out.toString(), "--merge");
    assertEquals(0, r.exit(), r.toString());
    assertFalse(Files.exists(out.resolve("a.tmx")), "no output per pair");
    Document tmx = TmxValidation.validate(Files.readAllBytes(out.resolve("merged.tmx")));
    NodeList units = tmx.getElementsByTagName("tu");
    assertEquals(5, units.getLength());
    List<String> documents = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < units.getLength(); i++) {
      Element tu = (Element) units.item(i);
      ids.add(tu.getAttribute("tuid"));
      NodeList props = tu.getElementsByTagName("prop");
      for (int k = 0; k < props.getLength(); k++) {
        Element prop = (Element) props.item(k);
        if (prop.getAttribute("type").equals("x-document")) {
          documents.add(prop.getTextContent());
        }
      }
    }
    assertEquals(List.of("a", "a", "sub/b & c", "sub/b & c", "sub/b & c"), documents);
    assertEquals(5, ids.stream().distinct().count(), "tuids are unique in the merged file");
    assertEquals(1, tmx.getElementsByTagName("header").getLength());
  }

  @Test
  void mergedJsonLinesAndMosesNameEachUnitsDocument() throws IOException {
    Path in = dir.resolve("in");
    pair(in, "a", 2);
    pair(in, "b", 1);
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("align", "--presplit", "--format", "jsonl", "--batch", in.toString(),
        "--out", out.toString(), "--merge", "all");
    assertEquals(0, r.exit(), r.toString());
    List<String> lines = Files.readAllLines(out.resolve("all.jsonl"));
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("{\"id\":0,\"doc\":\"a\",\"translation\":"), lines.get(0));
    assertTrue(lines.get(2).startsWith("{\"id\":2,\"doc\":\"b\",\"translation\":"), lines.get(2));
    Cli.Run moses = Cli.run("align", "--presplit", "--format", "moses", "--batch",
        in.toString(), "--out", out.toString(), "--merge", "all");
    assertEquals(0, moses.exit(), moses.toString());
    assertEquals(3, Files.readAllLines(out.resolve("all.zh")).size());
    assertEquals(3, Files.readAllLines(out.resolve("all.en")).size());
    assertEquals(List.of("a", "a", "b"), Files.readAllLines(out.resolve("all.ids")));
    Cli.Run tsv = Cli.run("align", "--format", "tsv", "--batch", in.toString(), "--out",
        out.toString(), "--merge");
    assertEquals(Main.USAGE, tsv.exit());
    assertTrue(tsv.err().contains("--merge writes tmx, jsonl or moses"), tsv.err());
  }

  @Test
  void progressLineShowsPercentRateAndTimeLeft() {
    assertEquals("[=========                     ]  30% 30/100 pairs, 10/s, 0:07 left, 2 failed",
        Progress.line(30, 100, 2, 3.0));
    assertEquals("[==============================] 100% 4/4 pairs, 2.0/s, 0:00 left",
        Progress.line(4, 4, 0, 2.0));
    // in tests stderr is no terminal: no bar
    assertFalse(Progress.isTerminal());
  }

  /**
   * The check: 1,000 small pairs in a manifest, five broken, one too large for the
   * heap; the others are aligned into one merged TMX, the report names every failure, exit 1.
   */
  @Test
  void aThousandPairsWithFiveBrokenAndOneOversized() throws Exception {
    Path corpus = dir.resolve("corpus");
    StringBuilder manifest = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      String name = String.format("d%04d", i);
      pair(corpus, name, 1 + i % 3);
      manifest.append(name).append(".zh\t").append(name).append(".en\t").append(name)
          .append('\n');
    }
    // five broken: bad bytes, a missing side, a swapped pair, a bad encoding, a folder
    Files.write(corpus.resolve("d0100.zh"), new byte[] {(byte) 0xE4, (byte) 0xBD, (byte) 0xA0,
        '\n', (byte) 0xFF});
    Files.delete(corpus.resolve("d0200.en"));
    Path en300 = corpus.resolve("d0300.en");
    Path zh300 = corpus.resolve("d0300.zh");
    String english = Files.readString(en300);
    Files.writeString(en300, Files.readString(zh300).repeat(3));
    Files.writeString(zh300, english.repeat(3));
    Files.writeString(corpus.resolve("d0400.en"), "Hello.\n", StandardCharsets.UTF_16LE);
    Files.delete(corpus.resolve("d0500.zh"));
    Files.createDirectories(corpus.resolve("d0500.zh"));
    // one oversized for a 64 MB heap
    try (OutputStream out = Files.newOutputStream(corpus.resolve("d0600.zh"))) {
      byte[] line = "今天天氣很好，我們出去走走吧！\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 48_000_000 / line.length; i++) {
        out.write(line);
      }
    }
    Path list = Files.writeString(corpus.resolve("manifest.tsv"), manifest);
    Path out = dir.resolve("out");
    Cli.Run r = Cli.runProcess(List.of("-Xmx64m"), dir.resolve("stdout"), "align",
        "--presplit", "--format", "tmx", "--manifest", list.toString(), "--out",
        out.toString(), "--merge");
    assertEquals(Main.SOME_FAILED, r.exit(), r.toString());
    assertTrue(r.err().contains("aligned 994 of 1000 pairs (6 failed)"), r.err());
    List<String> failures = r.errLines().stream()
        .filter(l -> !l.startsWith("duiqi: aligned")).toList();
    assertEquals(6, failures.size(), r.err());
    List<String> expected = List.of("d0100: " + corpus.resolve("d0100.zh") + ":2: invalid"
        + " UTF-8", "d0200: missing " + corpus.resolve("d0200.en"), "d0300: the Chinese file "
        + zh300 + " has", "d0400: " + en300.resolveSibling("d0400.en") + ": ",
        "d0500: " + corpus.resolve("d0500.zh") + ": cannot read: is a directory",
        "d0600: out of memory");
    for (int i = 0; i < 6; i++) {
      assertTrue(failures.get(i).startsWith("duiqi: " + expected.get(i)),
          failures.get(i) + " should start with " + expected.get(i));
    }
    assertTrue(failures.get(5).contains("-Xmx"), failures.get(5));
    List<List<String>> rows = report(out);
    assertEquals(1001, rows.size());
    List<String> failed = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (!row.get(1).equals("ok")) {
        failed.add(row.get(0) + " " + row.get(1));
        assertFalse(row.get(10).isEmpty(), row.toString());
      }
    }
    assertEquals(List.of("d0100 failed", "d0200 failed", "d0300 failed", "d0400 failed",
        "d0500 failed", "d0600 out_of_memory"), failed);
    Document tmx = TmxValidation.validate(Files.readAllBytes(out.resolve("merged.tmx")));
    NodeList units = tmx.getElementsByTagName("tu");
    long expectedUnits = 0;
    for (int i = 0; i < 1000; i++) {
      expectedUnits += i % 100 == 0 && i >= 100 && i <= 600 ? 0 : 1 + i % 3;
    }
    assertEquals(expectedUnits, units.getLength());
    Matcher last = Pattern.compile("<prop type=\"x-document\">(d\\d+)</prop>")
        .matcher(Files.readString(out.resolve("merged.tmx")));
    String lastDocument = null;
    while (last.find()) {
      lastDocument = last.group(1);
    }
    assertEquals("d0999", lastDocument);
  }
}
