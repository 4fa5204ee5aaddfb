package io.github.duiqi.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's quick start is a complete program: copied out of the README as it stands,
 * compiled against the library jar on the class path with every lint warning an error, and run
 * in a fresh JVM, it prints the beads of its two documents.
 */
class ReadmeQuickStartIT {

  /** The first {@code ```java} block after the "## Quick start" heading. */
  static String quickStart(String readme) {
    int section = readme.indexOf("\n## Quick start\n");
    assertTrue(section >= 0, "README.md has a \"## Quick start\" section");
    int next = readme.indexOf("\n## ", section + 1);
    int open = readme.indexOf("\n```java\n", section);
    assertTrue(open >= 0 && (next < 0 || open < next), "a ```java block in the quick start");
    int start = open + "\n```java\n".length();
    int end = readme.indexOf("\n```\n", start);
    assertTrue(end > start, "the block is closed");
    return readme.substring(start, end + 1);
  }

  @Test
  void theQuickStartCompilesAndPrintsBeads(@TempDir Path dir)
      throws IOException, InterruptedException {
    String program = quickStart(Files.readString(Path.of(Programs.property("duiqi.readme")),
        StandardCharsets.UTF_8));
    Matcher name = Pattern.compile("(?m)^public (?:final )?class (\\w+)").matcher(program);
    assertTrue(name.find(), "a public class:\n" + program);
    assertTrue(program.contains("public static void main(String[] args)"), program);
    String classPath = Programs.joined(Programs.modulePath());

    Programs.Compilation c = Programs.compile(dir.resolve("src"),
        List.of("-cp", classPath, "-Xlint:all", "-Werror"), dir.resolve("classes"),
        List.<String[]>of(new String[] {name.group(1) + ".java", program}));
    assertTrue(c.succeeded(), c.diagnostics());
    Programs.Run run = Programs.java(dir, List.of("-Dfile.encoding=UTF-8", "-cp",
        dir.resolve("classes") + File.pathSeparator + classPath, name.group(1)));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());

    // one line a bead: Chinese, English, score in [0, 1]; a translated pair among them
    int beads = 0;
    boolean pair = false;
    for (String line : run.out().split("\n")) {
      String[] cells = line.split("\t", -1);
      if (cells.length == 3) {
        double score = Double.parseDouble(cells[2]);
        assertTrue(score >= 0 && score <= 1, line);
        beads++;
        pair |= cells[0].codePoints().anyMatch(ReadmeQuickStartIT::isHan)
            && cells[1].codePoints().anyMatch(Character::isLetter)
            && cells[1].codePoints().noneMatch(ReadmeQuickStartIT::isHan);
      }
    }
    assertTrue(beads >= 2, run.out());
    assertTrue(pair, run.out());
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
