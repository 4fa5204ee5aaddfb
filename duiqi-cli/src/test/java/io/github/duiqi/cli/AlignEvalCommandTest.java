package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignEvalCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private void twoFiles() throws IOException {
    Files.writeString(dir.resolve("a.zh"), "你好。\n今天天气很好，我们出去走走吧！\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.en"),
        "Hello.\nThe weather is fine today.\nLet's go out for a walk!\n", StandardCharsets.UTF_8);
  }

  @Test
  void alignPresplitPrintsLadder() throws IOException {
    twoFiles();
    int code = run("align", "--presplit", "--format", "ladder", dir.resolve("a.zh").toString(),
        dir.resolve("a.en").toString());
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().split("\\R");
    assertEquals(2, lines.length, out.toString());
    assertTrue(lines[0].matches("\\[0\\]:\\[0\\]:[01]\\.\\d{4}"), lines[0]);
    assertTrue(lines[1].matches("\\[1\\]:\\[1,2\\]:[01]\\.\\d{4}"), lines[1]);
  }

  @Test
  void alignPresplitPrintsTsv() throws IOException {
    twoFiles();
    int code = run("align", "--presplit", "--format", "tsv", dir.resolve("a.zh").toString(),
        dir.resolve("a.en").toString());
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().split("\\R");
    assertTrue(lines[1].startsWith("今天天气很好，我们出去走走吧！\tThe weather is fine today. Let's go "
        + "out for a walk!\t"), lines[1]);
  }

  @Test
  void missingFileIsUsageError() {
    int code = run("align", "--presplit", dir.resolve("none.zh").toString(),
        dir.resolve("none.en").toString());
    assertEquals(2, code);
    assertTrue(err.toString().startsWith("duiqi: "), err.toString());
    assertTrue(err.toString().contains("none.zh"), err.toString());
    // the English is read on a thread of its own: still only the Chinese side's failure
    assertFalse(err.toString().contains("none.en"), err.toString());
  }

  @Test
  void aMissingEnglishFileIsNamedThoughReadOnAThreadOfItsOwn() throws IOException {
    Path zh = dir.resolve("one.zh");
    Files.writeString(zh, "我们对齐句子。\n");
    int code = run("align", "--presplit", zh.toString(), dir.resolve("none.en").toString());
    assertEquals(2, code);
    assertTrue(err.toString().startsWith("duiqi: "), err.toString());
    assertTrue(err.toString().contains("none.en"), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }

  @Test
  void evalPrintsScoresAndWritesAlignments() throws IOException {
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("001.zh"), "你好。\n今天天气很好，我们出去走走吧！\n");
    Files.writeString(gold.resolve("001.en"),
        "Hello.\nThe weather is fine today.\nLet's go out for a walk!\n");
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[1]:[1,2]\n");
    Path outDir = dir.resolve("out");
    int code = run("eval", "--out", outDir.toString(), gold.toString());
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("exact   P 1.0000  R 1.0000  F1 1.0000"), out.toString());
    assertTrue(Files.exists(outDir.resolve("001.align")));
  }

  @Test
  void aMalformedGoldLadderIsOneLineNamingFileAndLineAndExitsTwo() throws IOException {
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("001.zh"), "你好。\n今天天气很好。\n");
    Files.writeString(gold.resolve("001.en"), "Hello.\nFine today.\n");
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[1]:[1] [2]\n");
    assertEquals(2, run("eval", gold.toString()));
    assertEquals("", out.toString());
    String file = gold.resolve("001.align").toString();
    assertTrue(err.toString().startsWith("duiqi: " + file + ":2: expected ':'"), err.toString());
    assertEquals(1, err.toString().split("\\R").length, err.toString());

    err.getBuffer().setLength(0);
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[1]:[5]\n");
    assertEquals(2, run("eval", gold.toString()));
    assertEquals("duiqi: " + file + ":2: English id 5 is outside the 2 sentences",
        err.toString().strip());
  }

  @Test
  void duplicatedOrOverlappingGoldBeadsAreRefusedNamingFileAndLine() throws IOException {
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("001.zh"), "你好。\n今天天气很好。\n我们走吧。\n");
    Files.writeString(gold.resolve("001.en"), "Hello.\nFine today.\nLet us go.\n");
    String file = gold.resolve("001.align").toString();
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[1]:[1]\n[1]:[1]\n[2]:[2]\n");
    assertEquals(2, run("eval", gold.toString()));
    assertEquals("duiqi: " + file + ":3: Chinese id 1 is already in the bead of line 2"
        + " (gold beads must not repeat or overlap)", err.toString().strip());
    err.getBuffer().setLength(0);
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[1]:[1,2]\n[2]:[2]\n");
    assertEquals(2, run("eval", gold.toString()));
    assertEquals("duiqi: " + file + ":3: English id 2 is already in the bead of line 2"
        + " (gold beads must not repeat or overlap)", err.toString().strip());
    // crossing beads that share no sentence stay allowed (a few in MAC-Dev)
    err.getBuffer().setLength(0);
    out.getBuffer().setLength(0);
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[2]:[1]\n[1]:[2]\n");
    assertEquals(0, run("eval", gold.toString()), err.toString());
  }

  @Test
  void evalWithCalibrationPrintsTheReliabilityTable() throws IOException {
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("001.zh"), "你好。\n今天天气很好，我们出去走走吧！\n");
    Files.writeString(gold.resolve("001.en"),
        "Hello.\nThe weather is fine today.\nLet's go out for a walk!\n");
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[1]:[1,2]\n");
    int code = run("eval", "--calibration", gold.toString());
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("| score | beads | mean score | exactly right |"),
        out.toString());
    assertTrue(out.toString().contains("over 2 beads"), out.toString());
    assertEquals(2, run("eval", "--calibration", "--interleaved", gold.toString()));
    assertTrue(err.toString().contains("--calibration"), err.toString());
  }

  @Test
  void malformedGoldExitsWithFileAndLine() throws IOException {
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("001.zh"), "你好。\n");
    Files.writeString(gold.resolve("001.en"), "Hello.\n");
    Files.writeString(gold.resolve("001.align"), "[0]:[0]\n[0:[0]\n");
    int code = run("eval", gold.toString());
    assertEquals(2, code);
    assertTrue(err.toString().contains("001.align:2"), err.toString());
  }

  @Test
  void alignDocumentsSplitsThem() throws IOException {
    Files.writeString(dir.resolve("d.zh"), "你好。今天天气很好，我们出去走走吧！\n\n再见。",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("d.en"),
        "Hello. The weather is fine today. Let's go out for a walk!\n\nGoodbye.",
        StandardCharsets.UTF_8);
    int code = run("align", dir.resolve("d.zh").toString(), dir.resolve("d.en").toString());
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().split("\\R");
    assertEquals(3, lines.length, out.toString());
    assertTrue(lines[1].startsWith("[1]:[1,2]:"), lines[1]);
    assertTrue(lines[2].startsWith("[2]:[3]:"), lines[2]);
  }
}
