package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AlignCommandTest.class.getResourceAsStream("/seed/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path sample() throws IOException {
    Path file = dir.resolve("sample.txt");
    Files.writeString(file, resource("000_84e3e2ed0b7c912e.txt"));
    return file;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void interleavedSampleGivesTheExpectedLadder() throws IOException {
    assertEquals(0, run("align", "--interleaved", sample().toString()), err.toString());
    List<String> ids = new ArrayList<>();
    for (String line : lines(out.toString())) {
      ids.add(line.substring(0, line.lastIndexOf(':')));
    }
    assertEquals(lines(resource("expected-alignment.ladder")), ids);
  }

  @Test
  void interleavedSampleAsTsvGivesTheExpectedPairs() throws IOException {
    assertEquals(0, run("align", "--interleaved", "--format", "tsv", sample().toString()));
    List<String> pairs = new ArrayList<>();
    for (String line : lines(out.toString())) {
      pairs.add(line.substring(0, line.lastIndexOf('\t')));
    }
    assertEquals(lines(resource("expected-alignment.tsv")), pairs);
  }

  @Test
  void tmxHasOneUnitPerBeadAndSkipEmptyLeavesTheIntroductionOut() throws IOException {
    Path file = sample();
    assertEquals(0, run("align", "--interleaved", "--format", "tmx", file.toString()));
    assertEquals(17, count("<tu ", out.toString()));
    assertTrue(out.toString().contains("xml:lang=\"zh-Hant\""), "Traditional text is zh-Hant");
    out.getBuffer().setLength(0);
    assertEquals(0, run("align", "--interleaved", "--format", "tmx", "--skip-empty",
        file.toString()));
    assertEquals(16, count("<tu ", out.toString()));
  }

  @Test
  void minScoreFiltersBeads() throws IOException {
    Path file = sample();
    // the score is a probability of being right: every bead of the sample is right, and with
    // the bundled dictionary every one scores above 0.98, so a stricter threshold is used
    assertEquals(0, run("align", "--interleaved", "--format", "ladder", "--min-score", "0.99",
        file.toString()));
    List<String> kept = lines(out.toString());
    assertTrue(kept.size() < 17 && !kept.isEmpty(), kept.toString());
    for (String line : kept) {
      assertTrue(Double.parseDouble(line.substring(line.lastIndexOf(':') + 1)) >= 0.99, line);
    }
  }

  @Test
  void outputToAFileAndMosesToTwo() throws IOException {
    Path file = sample();
    Path json = dir.resolve("o/sample.jsonl");
    assertEquals(0, run("align", "--interleaved", "--format", "jsonl", "--keep-empty", "-o",
        json.toString(), file.toString()), err.toString());
    assertEquals(17, Files.readAllLines(json).size());
    assertTrue(Files.readString(json).startsWith("{\"id\":0,\"translation\":{\"zh\":\"據媒體"));
    Path base = dir.resolve("m/sample");
    assertEquals(0, run("align", "--interleaved", "--format", "moses", "--keep-empty", "--out",
        base.toString(), file.toString()), err.toString());
    List<String> zh = Files.readAllLines(dir.resolve("m/sample.zh"));
    List<String> en = Files.readAllLines(dir.resolve("m/sample.en"));
    assertEquals(zh.size(), en.size());
    assertEquals(17, zh.size());
  }

  @Test
  void mosesAndJsonLinesLeaveOutEmptySidesByDefaultAndSaySo() throws IOException {
    Path file = sample();
    Path json = dir.resolve("sample.jsonl");
    assertEquals(0, run("align", "--interleaved", "--format", "jsonl", "-o", json.toString(),
        file.toString()), err.toString());
    List<String> lines = Files.readAllLines(json);
    assertEquals(16, lines.size());
    for (String line : lines) {
      assertFalse(line.contains("\"zh\":\"\"") || line.contains("\"en\":\"\""), line);
    }
    // ids count every bead, so the left-out introduction (bead 0) shows as a gap
    assertTrue(lines.get(0).startsWith("{\"id\":1,"), lines.get(0));
    assertTrue(err.toString().contains("1 beads with an empty side left out"), err.toString());
    Path base = dir.resolve("m/sample");
    assertEquals(0, run("align", "--interleaved", "--format", "moses", "--out", base.toString(),
        file.toString()), err.toString());
    List<String> zh = Files.readAllLines(dir.resolve("m/sample.zh"));
    List<String> en = Files.readAllLines(dir.resolve("m/sample.en"));
    assertEquals(16, zh.size());
    assertEquals(16, en.size());
    assertFalse(zh.contains("") || en.contains(""));
    // other formats keep them; tsv with --skip-empty too leaves them out
    out.getBuffer().setLength(0);
    assertEquals(0, run("align", "--interleaved", "--format", "tsv", file.toString()));
    assertEquals(17, out.toString().lines().count());
    assertEquals(2, run("align", "--interleaved", "--skip-empty", "--keep-empty",
        file.toString()));
  }

  @Test
  void htmlReviewPageIsSelfContained() throws IOException {
    assertEquals(0, run("align", "--interleaved", "--format", "html", sample().toString()));
    String html = out.toString();
    assertTrue(html.contains("<svg") && html.contains("</html>"));
    assertFalse(html.contains("src=\"http") || html.contains("href=\"http"));
  }

  @Test
  void badUsageIsExitTwoWithOneLine() throws IOException {
    Path file = sample();
    assertEquals(2, run("align", "--presplit", "--interleaved", file.toString()));
    assertTrue(err.toString().contains("exclude each other"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("align", "--format", "docx", file.toString(), file.toString()));
    assertTrue(err.toString().contains("tmx, tsv, jsonl, ladder, moses, html"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("align", "--format", "moses", file.toString(), file.toString()));
    assertTrue(err.toString().contains("--out"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, run("align", "--min-score", "2", file.toString(), file.toString()));
    err.getBuffer().setLength(0);
    assertEquals(2, run("align", file.toString()));
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, run("align", "--help"));
    assertTrue(out.toString().contains("Exit codes"), out.toString());
    assertTrue(out.toString().contains("--batch"));
    out.getBuffer().setLength(0);
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("duiqi "), out.toString());
  }

  @Test
  void everyCommandHasCleanHelp() {
    // picocli reports a bad format string in a description on System.err itself
    java.io.PrintStream systemErr = System.err;
    java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
    try {
      for (String command : new String[] {"split", "align", "eval"}) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(0, run(command, "--help"), command);
        assertTrue(out.toString().startsWith("Usage: duiqi " + command), out.toString());
        assertEquals("", err.toString(), command + " --help writes nothing to stderr");
      }
    } finally {
      System.setErr(systemErr);
    }
    assertEquals("", picocliWarnings.toString(StandardCharsets.UTF_8));
  }

  @Test
  void batchAlignsGoodPairsAndNamesTheBadOnes() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path outDir = dir.resolve("out");
    Files.writeString(in.resolve("a.zh"), "你好。\n今天天氣很好。\n");
    Files.writeString(in.resolve("a.en"), "Hello.\nThe weather is fine today.\n");
    Files.writeString(in.resolve("b.zh"), "只有中文。\n");
    Files.write(in.resolve("c.zh"), new byte[] {(byte) 0xE4, (byte) 0xBD, (byte) 0xA0, '\n',
        (byte) 0xFF, '\n'});
    Files.writeString(in.resolve("c.en"), "You.\n");
    Files.writeString(in.resolve("d.zh"), "再見。\n");
    Files.writeString(in.resolve("d.en"), "Goodbye.\n");
    int code = run("align", "--presplit", "--batch", in.toString(), "--out", outDir.toString(),
        "--format", "tsv");
    assertEquals(1, code, err.toString());
    assertEquals(List.of("你好。\tHello.", "今天天氣很好。\tThe weather is fine today."),
        stripScores(Files.readAllLines(outDir.resolve("a.tsv"))));
    assertEquals(List.of("再見。\tGoodbye."), stripScores(Files.readAllLines(outDir.resolve(
        "d.tsv"))));
    assertFalse(Files.exists(outDir.resolve("b.tsv")));
    assertFalse(Files.exists(outDir.resolve("c.tsv")));
    String log = err.toString();
    assertTrue(log.contains("duiqi: b: missing b.en"), log);
    Matcher c = Pattern.compile("duiqi: c: .*c\\.zh:2: invalid UTF-8").matcher(log);
    assertTrue(c.find(), log);
    assertTrue(log.contains("aligned 2 of 4 pairs (2 failed)"), log);
  }

  @Test
  void batchNeedsAnOutputFolderAndAnExistingInput() {
    assertEquals(2, run("align", "--batch", dir.resolve("none").toString(), "--out",
        dir.resolve("o").toString()));
    assertEquals(2, run("align", "--batch", dir.toString()));
  }

  private static List<String> stripScores(List<String> rows) {
    List<String> out = new ArrayList<>();
    for (String row : rows) {
      out.add(row.substring(0, row.lastIndexOf('\t')));
    }
    return out;
  }

  private static int count(String needle, String haystack) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
