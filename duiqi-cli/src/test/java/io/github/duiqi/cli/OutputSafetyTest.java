package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write errors end the run with a message; outputs never replace inputs or stay half-written. */
class OutputSafetyTest {

  @TempDir Path dir;

  private Path zh;
  private Path en;

  private void pair(int sentences) throws IOException {
    StringBuilder c = new StringBuilder();
    StringBuilder e = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      c.append("今天天氣很好，我們出去走走吧！第").append(i).append("次。\n");
      e.append("The weather is fine today, let's go out for a walk! Time ").append(i)
          .append(".\n");
    }
    zh = Files.writeString(dir.resolve("a.zh"), c);
    en = Files.writeString(dir.resolve("a.en"), e);
  }

  /** Accepts {@code limit} bytes, then fails as a full disk does. */
  private static final class FullAfter extends OutputStream {
    private final int limit;
    private int written;
    private int calls;

    FullAfter(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      calls++;
      if (written + len > limit) {
        throw new IOException("No space left on device");
      }
      written += len;
    }
  }

  @Test
  void aWriteErrorOnStandardOutputEndsTheRunWithAMessage() throws IOException {
    pair(300);
    for (String format : List.of("tsv", "tmx", "jsonl", "ladder", "html")) {
      FullAfter full = new FullAfter(1000);
      Cli.Run r = Cli.run(InputStream.nullInputStream(), full, "align", "--presplit",
          "--format", format, zh.toString(), en.toString());
      assertEquals(Main.WRITE_FAILED, r.exit(), format + ": " + r);
      assertEquals(List.of("duiqi: cannot write standard output: No space left on device"),
          r.errLines(), format);
      // the first failure is final: the writer is not asked again bead after bead
      assertTrue(full.calls <= 3, format + ": " + full.calls + " writes after the disk was full");
    }
    FullAfter full = new FullAfter(100);
    Cli.Run r = Cli.run(InputStream.nullInputStream(), full, "split", zh.toString());
    assertEquals(Main.WRITE_FAILED, r.exit(), r.toString());
    assertEquals(List.of("duiqi: cannot write standard output: No space left on device"),
        r.errLines());
  }

  @Test
  void devFullIsAnErrorInAProcess() throws Exception {
    Path devFull = Path.of("/dev/full");
    assumeTrue(Files.exists(devFull), "Linux /dev/full");
    pair(50);
    for (String command : List.of("align", "split")) {
      Cli.Run r = command.equals("align")
          ? Cli.runProcess(List.of(), devFull, "align", "--format", "tsv", zh.toString(),
              en.toString())
          : Cli.runProcess(List.of(), devFull, "split", zh.toString());
      assertEquals(Main.WRITE_FAILED, r.exit(), r.toString());
      assertEquals(List.of("duiqi: cannot write standard output: No space left on device"),
          r.errLines());
    }
    Cli.Run help = Cli.runProcess(List.of(), devFull, "--help");
    assertEquals(Main.WRITE_FAILED, help.exit(), help.toString());
  }

  @Test
  void aClosedPipeEndsTheRunAtOnceAndQuietly() throws Exception {
    pair(3000);
    Process p = Cli.process(List.of(), "align", "--presplit", "--format", "tsv",
        zh.toString(), en.toString()).start();
    try (InputStream out = p.getInputStream()) {
      // one line, as head -1 reads it, then the reader goes away
      int c;
      while ((c = out.read()) != '\n' && c >= 0) {
        // skip
      }
      assertTrue(c >= 0, "no output");
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run went on after its reader left");
    assertEquals(Main.PIPE_CLOSED, p.exitValue());
    assertEquals("", new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void anOutputThatIsAnInputIsRefused() throws IOException {
    pair(3);
    byte[] zhBytes = Files.readAllBytes(zh);
    byte[] enBytes = Files.readAllBytes(en);
    Path link = Files.createSymbolicLink(dir.resolve("link.tsv"), en);
    Path hard = Files.createLink(dir.resolve("hard.txt"), zh);
    String[][] cases = {
        {"--format", "moses", "-o", dir.resolve("a").toString()},   // writes a.zh and a.en
        {"--format", "tsv", "-o", zh.toString()},
        {"--format", "tsv", "--out", dir.resolve("sub/../a.en").toString()},
        {"--format", "tsv", "-o", link.toString()},
        {"--format", "tsv", "-o", hard.toString()},
    };
    for (String[] options : cases) {
      String[] args = Stream.concat(Stream.of("align", "--presplit"),
          Stream.concat(Stream.of(options), Stream.of(zh.toString(), en.toString())))
          .toArray(String[]::new);
      Cli.Run r = Cli.run(args);
      assertEquals(Main.USAGE, r.exit(), String.join(" ", options) + ": " + r);
      assertEquals(1, r.errLines().size(), r.err());
      assertTrue(r.err().contains("would be overwritten"), r.err());
    }
    assertTrue(java.util.Arrays.equals(zhBytes, Files.readAllBytes(zh)));
    assertTrue(java.util.Arrays.equals(enBytes, Files.readAllBytes(en)));
  }

  @Test
  void aBatchOutputThatIsAnInputIsRefused() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("x.zh"), "你好。\n");
    Files.writeString(in.resolve("x.en"), "Hello.\n");
    Cli.Run r = Cli.run("align", "--presplit", "--format", "moses", "--batch", in.toString(),
        "--out", in.toString());
    assertEquals(Main.USAGE, r.exit(), r.toString());
    assertTrue(r.err().contains("would be overwritten"), r.err());
    assertEquals("你好。\n", Files.readString(in.resolve("x.zh")));
  }

  @Test
  void aFailedRunLeavesNoPartialOutputAndTheOldFileAsItWas() throws IOException {
    pair(3);
    Path target = Files.writeString(dir.resolve("out.tsv"), "old\n");
    Files.write(en, new byte[] {'o', 'k', '\n', (byte) 0xFF});
    Cli.Run r = Cli.run("align", "--presplit", "--format", "tsv", "-o", target.toString(),
        zh.toString(), en.toString());
    assertEquals(Main.USAGE, r.exit(), r.toString());
    assertEquals("old\n", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
          .toList());
    }
  }

  @Test
  void filesAreMovedIntoPlaceOnlyWhenComplete() throws IOException {
    Path target = dir.resolve("sub/out.txt");
    try (Output.FileSet files = Output.files()) {
      OutputStream out = files.create(target);
      out.write("half".getBytes(StandardCharsets.UTF_8));
      assertFalse(Files.exists(target), "written to a temporary file");
      // no commit: as a run that failed
    }
    assertFalse(Files.exists(target));
    try (Stream<Path> left = Files.list(target.getParent())) {
      assertEquals(0, left.count(), "the temporary file is deleted");
    }
    try (Output.FileSet files = Output.files()) {
      files.create(target).write("whole".getBytes(StandardCharsets.UTF_8));
      files.commit();
    }
    assertEquals("whole", Files.readString(target));
  }

  @Test
  void outputErrorsNameTheFileAndTheOperation() throws IOException {
    OutputStream failing = new FullAfter(0);
    NamedOutputStream named = new NamedOutputStream(failing, "out/a.tsv", true);
    OutputFailure e = assertThrows(OutputFailure.class, () -> named.write(new byte[10], 0, 10));
    assertEquals("cannot write out/a.tsv: No space left on device", e.getMessage());
    assertFalse(e.pipeClosed());
    assertThrows(OutputFailure.class, named::flush, "failed once, failed for good");
    Path file = Files.writeString(dir.resolve("file"), "x");
    OutputFailure create = assertThrows(OutputFailure.class,
        () -> Output.files().create(file.resolve("under-a-file.tsv")));
    assertTrue(create.getMessage().startsWith("cannot create the folder " + file + " for "
        + file.resolve("under-a-file.tsv")), create.getMessage());
    pair(2);
    Cli.Run r = Cli.run("align", "--presplit", "-o", file.resolve("x.align").toString(),
        zh.toString(), en.toString());
    assertEquals(Main.WRITE_FAILED, r.exit(), r.toString());
    assertTrue(r.err().startsWith("duiqi: cannot create the folder " + file), r.err());
    NamedOutputStream pipe = new NamedOutputStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    }, "standard output", false);
    assertTrue(assertThrows(OutputFailure.class, () -> pipe.write(1)).pipeClosed());
  }

  @Test
  void outOfMemoryIsOneLineNamingThePairWithAHint() throws Exception {
    Path big = dir.resolve("big.zh");
    try (OutputStream out = Files.newOutputStream(big)) {
      byte[] line = "今天天氣很好，我們出去走走吧！\n".getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 40_000_000 / line.length; i++) {
        out.write(line);
      }
    }
    Path small = Files.writeString(dir.resolve("small.en"), "Hello.\n");
    // without the dictionary, whose load alone would not fit in 32 MB (checked below)
    Cli.Run r = Cli.runProcess(List.of("-Xmx32m"), dir.resolve("stdout"), "align",
        "--presplit", "--no-dictionary", big.toString(), small.toString());
    assertEquals(Main.OUT_OF_MEMORY, r.exit(), r.toString());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("duiqi: " + big + " + " + small + ": out of memory"), r.err());
    assertTrue(r.err().contains("-Xmx"), r.err());
    Cli.Run d = Cli.runProcess(List.of("-Xmx12m"), dir.resolve("stdout"), "align",
        "--presplit", small.toString(), small.toString());
    assertEquals(Main.OUT_OF_MEMORY, d.exit(), d.toString());
    assertEquals(1, d.errLines().size(), d.err());
    assertTrue(d.err().startsWith("duiqi: out of memory loading the dictionary"), d.err());
    assertTrue(d.err().contains("--no-dictionary"), d.err());
  }
}
