package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SplitCommandTest {

  @TempDir Path dir;

  /** The outcome of one in-process run. */
  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private static Run run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
    SplitCommand split = cl.getSubcommands().get("split").getCommand();
    split.stdin = new ByteArrayInputStream(stdin);
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(new byte[0], args);
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void assertUsageError(Run r, String... fragments) {
    assertEquals(Main.USAGE, r.exit());
    assertEquals("", r.out());
    String first = r.errLines().get(0);
    assertTrue(first.startsWith("duiqi: "), r.err());
    for (String f : fragments) {
      assertTrue(first.contains(f), "'" + f + "' not in: " + first);
    }
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  @Test
  void printsOneSentenceALine() throws IOException {
    Path in = file("in.txt", utf8("第一句。Second\nline of it. 第三\n句！\n\nLast"));
    Run r = run("split", in.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("第一句。\nSecond line of it.\n第三句！\nLast\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void splitsTheBundledSampleIntoTheExpectedSentences() throws Exception {
    Path sample = resource("/seed/000_84e3e2ed0b7c912e.txt");
    List<String> expected = Files.readAllLines(resource("/seed/expected-sentences.txt"));
    Run r = run("split", "--format", "lines", sample.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(expected, r.out().lines().toList());
  }

  @Test
  void jsonLinesGiveExactTextAndOffsetsAfterTheByteOrderMark() throws IOException {
    Path in = file("bom.txt", utf8("\uFEFF他说：\"好。\"\r\nA \\ b.\t𠮷。"));
    Run r = run("split", "--format", "jsonl", in.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("{\"text\":\"他说：\\\"好。\\\"\",\"start\":0,\"end\":7}\n"
        + "{\"text\":\"A \\\\ b.\",\"start\":9,\"end\":15}\n"
        + "{\"text\":\"𠮷。\",\"start\":16,\"end\":19}\n", r.out());
  }

  @Test
  void readsStandardInputByDefaultAndForDash() {
    byte[] text = utf8("One. Two.");
    assertEquals("One.\nTwo.\n", run(text, "split").out());
    assertEquals("One.\nTwo.\n", run(text, "split", "-").out());
  }

  @Test
  void emptyInputPrintsNothing() {
    Run r = run(new byte[0], "split");
    assertEquals(0, r.exit());
    assertEquals("", r.out());
  }

  @Test
  void aMissingFileIsAUsageError() {
    String missing = dir.resolve("nope.txt").toString();
    assertUsageError(run("split", missing), missing, "no such file");
  }

  @Test
  void aDirectoryIsAUsageError() {
    assertUsageError(run("split", dir.toString()), dir.toString(), "directory");
  }

  @Test
  void invalidUtf8NamesTheFileAndTheLine() throws IOException {
    byte[] bytes = utf8("好。\nfine\nbad \u00FF here\n");
    byte[] latin1 = "bad \u00FF here".getBytes(StandardCharsets.ISO_8859_1);
    byte[] content = new byte[utf8("好。\nfine\n").length + latin1.length];
    System.arraycopy(bytes, 0, content, 0, utf8("好。\nfine\n").length);
    System.arraycopy(latin1, 0, content, utf8("好。\nfine\n").length, latin1.length);
    Path in = file("latin1.txt", content);
    Run r = run("split", in.toString());
    assertUsageError(r, in + ":3: invalid UTF-8");
    assertEquals(1, r.errLines().size(), r.err());
  }

  @Test
  void invalidUtf8OnStandardInputSaysSo() {
    Run r = run(new byte[] {'a', '\n', (byte) 0xC3, '('}, "split");
    assertUsageError(r, "<stdin>:2: invalid UTF-8");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertUsageError(run("split", "--bogus", "x.txt"), "--bogus");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertUsageError(run("split", "--format", "xml", "x.txt"), "xml");
  }

  @Test
  void helpAndVersionWork() {
    Run help = run("split", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--format=lines|jsonl"), help.out());
    Run version = run("split", "--version");
    assertEquals(0, version.exit());
    assertTrue(version.out().startsWith("duiqi "), version.out());
  }

  @Test
  void outputIsDeterministic() throws IOException {
    Path in = file("d.txt", utf8("你好。Hello there. 再见！"));
    assertEquals(run("split", "--format", "jsonl", in.toString()).out(),
        run("split", "--format", "jsonl", in.toString()).out());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(SplitCommandTest.class.getResource(name), name).toURI());
  }
}
