package io.github.duiqi.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user's sample aligned through the public API with the library on the module path, in
 * this JVM and in a fresh {@code java --module-path ... -m}, and the version the TMX header
 * names: the project's, from the jar, whether the jar is on the module path or the class path.
 */
class SeedModuleIT {
  private static final String MAIN =
      "io.github.duiqi.moduletest/io.github.duiqi.moduletest.AlignInterleaved";

  private static Path seed(String name) {
    return Path.of(Programs.property("duiqi.seed"), name);
  }

  private static Path sample() {
    return seed("000_84e3e2ed0b7c912e.txt");
  }

  /** The zh and en columns of each TSV line: the expected file has no score column. */
  private static List<String> pairs(String tsv) {
    List<String> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (!line.isBlank()) {
        String[] cells = line.split("\t", -1);
        rows.add(cells[0] + "\t" + cells[1]);
      }
    }
    return rows;
  }

  private static List<String> expectedPairs() throws IOException {
    return pairs(Files.readString(seed("expected-alignment.tsv"), StandardCharsets.UTF_8));
  }

  @Test
  void theSampleAlignsAsExpectedInThisModule() throws IOException {
    StringWriter tsv = new StringWriter();
    try (BeadWriter out = AlignmentFormat.TSV.writer(tsv, FormatOptions.defaults())) {
      out.writeAll(Aligner.create().alignInterleaved(
          Files.readString(sample(), StandardCharsets.UTF_8)));
    }
    List<String> expected = expectedPairs();
    assertEquals(17, expected.size());
    assertEquals(expected, pairs(tsv.toString()));
  }

  @Test
  void theSampleAlignsAsExpectedInAFreshModularJvm(@TempDir Path dir)
      throws IOException, InterruptedException {
    String out = Programs.javaOk(dir, List.of("--module-path",
        Programs.joined(Programs.modulePath()), "-m", MAIN, sample().toString(), "tsv"));
    assertEquals(expectedPairs(), pairs(out));
  }

  private static void assertVersionedHeader(String tmx) {
    String version = Programs.property("duiqi.version");
    assertFalse(version.isBlank());
    assertTrue(tmx.contains(" creationtool=\"duiqi\""), tmx);
    assertTrue(tmx.contains(" creationtoolversion=\"" + version + "\""),
        () -> "version " + version + " in " + tmx.substring(0, Math.min(tmx.length(), 600)));
  }

  @Test
  void tmxWrittenOnTheModulePathNamesTheProjectVersion(@TempDir Path dir)
      throws IOException, InterruptedException {
    assertVersionedHeader(Programs.javaOk(dir, List.of("--module-path",
        Programs.joined(Programs.modulePath()), "-m", MAIN, sample().toString(), "tmx")));
  }

  @Test
  void tmxWrittenOnTheClassPathNamesTheProjectVersion(@TempDir Path dir)
      throws IOException, InterruptedException {
    String classPath = Programs.joined(Programs.modulePath());
    String program = """
        import io.github.duiqi.Aligner;
        import io.github.duiqi.format.AlignmentFormat;
        import io.github.duiqi.format.BeadWriter;
        import io.github.duiqi.format.FormatOptions;
        import java.io.StringWriter;
        import java.util.List;

        public class WriteTmx {
          public static void main(String[] args) throws Exception {
            StringWriter tmx = new StringWriter();
            try (BeadWriter out = AlignmentFormat.TMX.writer(tmx, FormatOptions.defaults())) {
              out.writeAll(Aligner.create().alignSentences(List.of("你好。"), List.of("Hello.")));
            }
            System.out.print(tmx);
            // proves the class path: on it the library is no named module
            System.err.print(Aligner.class.getModule().isNamed());
          }
        }
        """;
    Programs.Compilation c = Programs.compile(dir.resolve("src"), List.of("-cp", classPath),
        dir.resolve("classes"), List.<String[]>of(new String[] {"WriteTmx.java", program}));
    assertTrue(c.succeeded(), c.diagnostics());
    Programs.Run run = Programs.java(dir, List.of("-Dfile.encoding=UTF-8", "-cp",
        dir.resolve("classes") + java.io.File.pathSeparator + classPath, "WriteTmx"));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("false", run.err());
    assertVersionedHeader(run.out());
  }
}
