package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code split --format lines} gives one sentence a line for every line reader. */
class SplitLinesTest {

  @TempDir Path dir;

  /** What Python's str.splitlines() splits at, besides LF and CR. */
  private static final String PYTHON_LINE_ENDS =
      "\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029";

  @Test
  void characters_that_end_lines_elsewhere_become_spaces() throws Exception {
    // U+2029 PARAGRAPH SEPARATOR is a paragraph break for the splitter: it ends the sentence
    for (char c : PYTHON_LINE_ENDS.replace("\u2029", "").toCharArray()) {
      Path in = Files.writeString(dir.resolve("in.txt"),
          "First half" + c + "second half. Next one.\n", StandardCharsets.UTF_8);
      Cli.Run r = Cli.run("split", in.toString());
      assertEquals(0, r.exit(), r.toString());
      assertEquals(List.of("First half second half.", "Next one."), r.out().lines().toList(),
          String.format("U+%04X", (int) c));
      // the offsets of jsonl still point at the raw text
      Cli.Run json = Cli.run("split", "--format", "jsonl", in.toString());
      assertTrue(json.out().startsWith(String.format("{\"text\":\"First half\\u%04x"
          + "second half.\",\"start\":0,\"end\":23}", (int) c)), json.out());
    }
  }

  @Test
  void everySentenceIsOneLineForASplitlinesReader() throws Exception {
    StringBuilder text = new StringBuilder();
    for (char c : (PYTHON_LINE_ENDS + "\n\r").toCharArray()) {
      text.append("这是第").append((int) c).append(c).append("句。Sentence").append(c)
          .append("number ").append((int) c).append(". ");
    }
    Path in = Files.writeString(dir.resolve("in.txt"), text);
    Cli.Run r = Cli.run("split", in.toString());
    List<String> byJava = r.out().lines().toList();
    // splitting at every character Python's splitlines() knows gives the same lines
    List<String> byPython = List.of(r.out().split("[\\n\\r" + PYTHON_LINE_ENDS + "]"));
    assertEquals(byJava, byPython);
    assertTrue(byJava.size() >= 20, r.out());
    // a line end next to Chinese is joined with nothing, as every hard wrap there (VT here)
    assertTrue(byJava.contains("这是第11句。"), byJava.toString());
    assertTrue(byJava.contains("Sentence number 133."), byJava.toString());
  }
}
