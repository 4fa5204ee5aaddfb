package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hard-wrapped input and --raw-text; blank lines in --presplit input. */
class TextOptionsCommandTest {

  @TempDir Path dir;

  private static final String CHINESE = "我们到了北京，天气很\n冷。第二天我们去了\n长城。";
  private static final String ENGLISH = "We arrived in Beijing, and the\nweather was cold. The"
      + " next day we\nwent to the Great Wall.";

  /** The help text, on one line. */
  private static String help(String command) {
    Cli.Run r = Cli.run(java.io.InputStream.nullInputStream(), null, command, "--help");
    return r.out().replaceAll("\\s+", " ");
  }

  @Test
  void hardWrapsAreJoinedUnlessRawTextIsAsked() throws IOException {
    Path zh = Files.writeString(dir.resolve("w.zh"), CHINESE, StandardCharsets.UTF_8);
    Path en = Files.writeString(dir.resolve("w.en"), ENGLISH, StandardCharsets.UTF_8);
    Cli.Run r = Cli.run("align", "--format", "tsv", zh.toString(), en.toString());
    assertEquals(0, r.exit(), r.toString());
    List<String> rows = r.out().lines().toList();
    assertEquals(2, rows.size(), r.out());
    assertTrue(rows.get(0).startsWith("我们到了北京，天气很冷。\tWe arrived in Beijing, and the weather"
        + " was cold.\t"), rows.get(0));
    assertFalse(r.out().contains("\\n"), r.out());
    for (String format : List.of("tsv", "jsonl")) {
      Cli.Run raw = Cli.run("align", "--raw-text", "--format", format, zh.toString(),
          en.toString());
      assertEquals(0, raw.exit(), raw.toString());
      assertTrue(raw.out().contains("天气很\\n冷。"), raw.out());
    }
    assertTrue(help("align").contains("--raw-text"));
    assertTrue(help("convert").contains("--raw-text"));
  }

  @Test
  void blankPresplitLinesAreParagraphBreaksAndConvertCountsIdsTheSameWay() throws IOException {
    Path zh = Files.writeString(dir.resolve("p.zh"), "我们到了北京。\n天气很冷。\n\n第二天我们去了长城。\n",
        StandardCharsets.UTF_8);
    Path en = Files.writeString(dir.resolve("p.en"),
        "We arrived in Beijing.\nThe weather was cold.\n\nThe next day we went to the Great Wall.\n",
        StandardCharsets.UTF_8);
    Cli.Run ladder = Cli.run("align", "--presplit", "--format", "ladder", zh.toString(),
        en.toString());
    assertEquals(0, ladder.exit(), ladder.toString());
    List<String> rungs = ladder.out().lines().map(l -> l.substring(0, l.lastIndexOf(':')))
        .toList();
    assertEquals(List.of("[0]:[0]", "[1]:[1]", "[2]:[2]"), rungs,
        "no blank bead; ids count the non-blank lines");
    Path align = Files.writeString(dir.resolve("p.align"), ladder.out());
    Cli.Run tsv = Cli.run("convert", "--presplit", "--format", "tsv", zh.toString(),
        en.toString(), align.toString());
    assertEquals(0, tsv.exit(), tsv.toString());
    Cli.Run direct = Cli.run("align", "--presplit", "--format", "tsv", zh.toString(),
        en.toString());
    assertEquals(direct.out(), tsv.out(), "convert reads the ids as align writes them");
    assertTrue(help("convert").contains("non-blank lines"));
    assertTrue(help("align").contains("non-blank lines"));
  }
}
