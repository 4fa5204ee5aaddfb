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
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private String ok(String... args) {
    assertEquals(0, run(args), err.toString());
    return out.toString();
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String seed(String name) throws IOException {
    try (InputStream in = ConvertCommandTest.class.getResourceAsStream("/seed/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Two documents, split by align: convert of align's ladder writes what align writes. */
  @Test
  void alignsOwnLadderConvertsToWhatAlignWrites() throws IOException {
    // the sample's Chinese and English paragraphs, as two documents of two paragraphs each
    String[] paragraphs = seed("expected-paragraphs.tsv").split("\n");
    Path zh = file("s.zh", paragraphs[0].split("\t")[0] + "\n\n" + paragraphs[1].split("\t")[0]
        + "\n");
    Path en = file("s.en", paragraphs[0].split("\t")[1] + "\n\n" + paragraphs[1].split("\t")[1]
        + "\n");
    Path ladder = file("s.align", ok("align", zh.toString(), en.toString()));
    for (String format : List.of("ladder", "tsv", "jsonl", "tmx")) {
      String aligned = ok("align", "--format", format, zh.toString(), en.toString());
      assertEquals(aligned, ok("convert", "--format", format, zh.toString(), en.toString(),
          ladder.toString()), format);
    }
    String aligned = ok("align", "--presplit", "--format", "jsonl", zh.toString(), en.toString());
    Path presplitLadder = file("p.align",
        ok("align", "--presplit", zh.toString(), en.toString()));
    assertEquals(aligned, ok("convert", "--presplit", "--format", "jsonl", zh.toString(),
        en.toString(), presplitLadder.toString()), "offsets of --presplit lines too");
  }

  @Test
  void aLineWithoutScoreIsHandMadeAndCommentsAreSkipped() throws IOException {
    Path zh = file("a.zh", "甲。\n乙。\n");
    Path en = file("a.en", "A.\nB.\nC.\n");
    Path ladder = file("a.align", "# gold\n[0]:[0]\n\n[1]:[1, 2]:0.25\n");
    assertEquals("甲。\tA.\t1.0000\n乙。\tB. C.\t0.2500\n", ok("convert", "--presplit",
        "--format", "tsv", zh.toString(), en.toString(), ladder.toString()));
    Path moses = dir.resolve("m/out");
    ok("convert", "--presplit", "--format", "moses", "-o", moses.toString(), zh.toString(),
        en.toString(), ladder.toString());
    assertEquals("甲。\n乙。\n", Files.readString(dir.resolve("m/out.zh")));
    assertEquals("A.\nB. C.\n", Files.readString(dir.resolve("m/out.en")));
  }

  /** A ladder that does not fit the texts: exit 2, one line naming the ladder's file and line. */
  @Test
  void aLadderThatDoesNotFitIsAnErrorAtItsLine() throws IOException {
    Path zh = file("b.zh", "甲。\n乙。\n丙。\n");
    Path en = file("b.en", "A.\nB.\nC.\n");
    String[][] cases = {
        {"[0]:[0]\n[1]:[1]\n[2]:[5]\n", ":3: English sentence 5 does not exist: " + en
            + " has 3 sentences"},
        {"[0]:[0]\n\n[2]:[1]\n[1]:[2]\n", ":3: Chinese sentence 1 is in no bead (a gap before"
            + " sentence 2)"},
        {"[0]:[0,1]\n[1]:[1]\n[2]:[2]\n", ":2: English sentence 1 is already in an earlier bead"},
        {"[0]:[0]\n[1,2]:[1]\n", ":2: after the last bead, English sentence 2 is in no bead ("
            + en + " has 3)"},
        {"# nothing\n", ": no bead: Chinese sentences 0-2 are in no bead (" + zh + " has 3)"},
        {"[0,2]:[0]\n[1]:[1,2]\n", ":1: Chinese sentence 1 is in no bead (a gap before sentence 2)"},
        {"[0]:[0]\n[1]-[1]\n", ":2: expected ':'"},
    };
    for (String[] c : cases) {
      Path ladder = file("bad.align", c[0]);
      assertEquals(2, run("convert", "--presplit", "--format", "tsv", zh.toString(),
          en.toString(), ladder.toString()), c[0]);
      String message = err.toString();
      assertTrue(message.startsWith("duiqi: " + ladder + c[1]), c[0] + " -> " + message);
      assertEquals(1, message.lines().count(), message);
      assertEquals("", out.toString(), "nothing written");
    }
  }

  @Test
  void badUsageAndOutputsThatWouldOverwriteAnInput() throws IOException {
    Path zh = file("c.zh", "甲。\n");
    Path en = file("c.en", "A.\n");
    Path ladder = file("c.align", "[0]:[0]\n");
    assertEquals(2, run("convert", zh.toString(), en.toString(), ladder.toString()));
    assertTrue(err.toString().contains("--format"), err.toString());
    assertEquals(2, run("convert", "--format", "moses", zh.toString(), en.toString(),
        ladder.toString()));
    assertTrue(err.toString().contains("--out"), err.toString());
    assertEquals(2, run("convert", "--presplit", "--format", "ladder", "-o", ladder.toString(),
        zh.toString(), en.toString(), ladder.toString()));
    assertTrue(err.toString().contains("is the input"), err.toString());
    assertEquals("[0]:[0]\n", Files.readString(ladder), "the input is untouched");
    assertEquals(2, run("convert", "--format", "tsv", zh.toString(), en.toString(),
        dir.resolve("none.align").toString()));
    assertTrue(err.toString().contains("none.align"), err.toString());
    assertEquals(2, run("convert", "--format", "tsv", dir.resolve("none.zh").toString(),
        en.toString(), ladder.toString()));
    assertTrue(err.toString().contains("none.zh: no such file"), err.toString());
  }

  @Test
  void batchHtmlWritesAnIndexOfThePairs() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.zh"), "你好。\n今天天氣很好。\n");
    Files.writeString(in.resolve("a.en"), "Hello.\nThe weather is fine today.\n");
    Files.writeString(in.resolve("b <&>.zh"), "再見。\n");
    Files.writeString(in.resolve("b <&>.en"), "Goodbye.\n");
    Files.writeString(in.resolve("c.zh"), "只有中文。\n");
    Path outDir = dir.resolve("out");
    assertEquals(1, run("align", "--presplit", "--batch", in.toString(), "--out",
        outDir.toString(), "--format", "html"));
    String index = Files.readString(outDir.resolve("index.html"));
    assertTrue(index.contains("<a href=\"a.html\">a</a></td><td>2</td><td>2</td><td>2</td>"),
        index);
    assertTrue(index.contains("<a href=\"b%20%3C%26%3E.html\">b &lt;&amp;&gt;</a>"), index);
    assertTrue(Files.exists(outDir.resolve("b <&>.html")));
    assertTrue(index.contains("<li>c: <span class=\"fail\">missing c.en</span></li>"), index);
    assertTrue(index.contains("2 pairs aligned, 1 failed"), index);
    String page = Files.readString(outDir.resolve("a.html"));
    assertTrue(page.contains("<h1 class=\"title\">" + in.resolve("a.zh") + " + "
        + in.resolve("a.en") + "</h1>"), "a page is titled by its inputs");
    assertEquals(3, Pattern.compile("<tr").matcher(index).results().count(),
        "a head and a row for each aligned pair");
    Files.writeString(in.resolve("index.zh"), "一。\n");
    Files.writeString(in.resolve("index.en"), "One.\n");
    assertEquals(2, run("align", "--presplit", "--batch", in.toString(), "--out",
        outDir.toString(), "--format", "html"));
    assertTrue(err.toString().contains("pair index and the index page would both write"),
        err.toString());
    assertFalse(err.toString().contains("\n") && err.toString().indexOf('\n')
        < err.toString().length() - 1, "one line");
  }
}
