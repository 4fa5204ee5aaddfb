package io.github.duiqi.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in-process on given streams, or as a separate Java process. */
final class Cli {

  private Cli() {}

  /** The outcome of a run. */
  record Run(int exit, byte[] stdout, String err) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    @Override
    public String toString() {
      return "exit " + exit + ", stderr: " + err;
    }
  }

  static Run run(InputStream stdin, OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    StringWriter text = new StringWriter();
    int exit = Main.commandLine(stdin, stdout, new PrintWriter(text, true),
        new PrintWriter(err, true)).execute(args);
    byte[] bytes = stdout instanceof ByteArrayOutputStream b ? b.toByteArray()
        : text.toString().getBytes(StandardCharsets.UTF_8);
    return new Run(exit, bytes, err.toString());
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), new ByteArrayOutputStream(), args);
  }

  static Run runWithStdin(byte[] stdin, String... args) {
    return run(new java.io.ByteArrayInputStream(stdin), new ByteArrayOutputStream(), args);
  }

  /** A process running {@link Main} on this test's class path with the given JVM options. */
  static ProcessBuilder process(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Runs a process to its end, its stdout to {@code stdout} (a file or /dev/full). */
  static Run runProcess(List<String> jvmOptions, Path stdout, String... args)
      throws IOException, InterruptedException {
    Process p = process(jvmOptions, args)
        .redirectOutput(stdout.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
    byte[] err = p.getErrorStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the process did not end");
    }
    return new Run(p.exitValue(), new byte[0], new String(err, StandardCharsets.UTF_8));
  }
}
