package io.github.duiqi.moduletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the tests need from outside: the module path they run on, the library's jar, the
 * system properties the build sets, and a way to compile and run a program against the jar
 * as a user would (javac, then a fresh {@code java}).
 */
final class Programs {
  static final String LIBRARY = "io.github.duiqi";

  private Programs() {}

  /** A system property the build sets (see this module's pom). */
  static String property(String name) {
    String value = System.getProperty(name);
    assertNotNull(value, "system property " + name + " (set by the failsafe configuration)");
    return value;
  }

  /** The module path the tests run on: this module's classes, the library and its dependencies. */
  static List<Path> modulePath() {
    List<Path> out = new ArrayList<>();
    for (String entry : property("jdk.module.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        out.add(Path.of(entry));
      }
    }
    return out;
  }

  static String joined(List<Path> paths) {
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      names.add(p.toString());
    }
    return String.join(File.pathSeparator, names);
  }

  /** The reference of the library module in the boot layer: where it was loaded from. */
  static ModuleReference libraryReference() {
    return ModuleLayer.boot().configuration().findModule(LIBRARY).orElseThrow().reference();
  }

  /** The library's jar, as the build packaged it. */
  static Path libraryJar() {
    Path jar = Path.of(libraryReference().location().orElseThrow());
    assertEquals("duiqi-" + property("duiqi.version") + ".jar", jar.getFileName().toString(),
        "the library must come from its packaged jar, not a classes folder");
    return jar;
  }

  /** The result of a compilation: whether it succeeded and what javac said. */
  record Compilation(boolean succeeded, String diagnostics) {}

  /** Compiles the given source files (relative path to text) into {@code out}. */
  static Compilation compile(Path sources, List<String> options, Path out, List<String[]> files)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "a JDK's compiler");
    List<Path> paths = new ArrayList<>();
    for (String[] file : files) {
      Path p = sources.resolve(file[0]);
      Files.createDirectories(p.getParent());
      Files.writeString(p, file[1], StandardCharsets.UTF_8);
      paths.add(p);
    }
    Files.createDirectories(out);
    List<String> all = new ArrayList<>(options);
    all.addAll(List.of("--release", "17", "-encoding", "UTF-8", "-d", out.toString()));
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(paths);
      boolean ok = javac.getTask(diagnostics, fileManager, null, all, null, units).call();
      return new Compilation(ok, diagnostics.toString());
    }
  }

  /** What a finished process printed. */
  record Run(int exitCode, String out, String err) {}

  /** Runs {@code java} with the given arguments in a fresh JVM. */
  static Run java(Path workDir, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Path out = workDir.resolve("stdout");
    Path err = workDir.resolve("stderr");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Runs {@code java} and fails unless it exits 0. */
  static String javaOk(Path workDir, List<String> args) throws IOException, InterruptedException {
    Run run = java(workDir, args);
    assertEquals(0, run.exitCode(), () -> "java " + args + " failed:\n" + run.err());
    return run.out();
  }
}
