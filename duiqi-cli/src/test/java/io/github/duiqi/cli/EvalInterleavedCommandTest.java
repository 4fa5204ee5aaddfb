package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalInterleavedCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private void gold() throws IOException {
    Files.writeString(dir.resolve("001.zh"), "今天下雨了。\n我们留在家里读书。\n晚上雨停了。\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("001.en"), "It rained today.\nWe stayed at home and read.\n"
        + "The rain stopped in the evening.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("001.align"), "[0]:[0]\n[1]:[1]\n[2]:[2]\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void printsOneLinePerLayoutAndTheTotals() throws IOException {
    gold();
    int code = run("eval", "--interleaved", "--layout", "zh-line,en-none", "--seed", "5",
        dir.toString());
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().split("\\R");
    assertEquals(5, lines.length, out.toString());
    assertTrue(lines[0].startsWith("layout"), lines[0]);
    assertTrue(lines[1].startsWith("zh-line "), lines[1]);
    assertTrue(lines[2].startsWith("en-none "), lines[2]);
    assertTrue(lines[3].startsWith("total "), lines[3]);
    assertTrue(lines[4].startsWith("presplit "), lines[4]);
  }

  @Test
  void allTenLayoutsByDefault() throws IOException {
    gold();
    assertEquals(0, run("eval", "--interleaved", dir.toString()), err.toString());
    assertEquals(13, out.toString().split("\\R").length, out.toString());
  }

  @Test
  void unknownLayoutOrLayoutWithoutInterleavedIsUsageError() throws IOException {
    gold();
    assertEquals(2, run("eval", "--interleaved", "--layout", "zh-tab", dir.toString()));
    assertTrue(err.toString().startsWith("duiqi: --layout: 'zh-tab' is not a layout"),
        err.toString());
    assertEquals(2, run("eval", "--layout", "zh-line", dir.toString()));
    assertEquals(2, run("eval", "--interleaved", "--drop-rate", "2", dir.toString()));
    assertTrue(err.toString().contains("--drop-rate: 2.0 is not in [0, 1]"), err.toString());
  }
}
