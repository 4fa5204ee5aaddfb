package io.github.duiqi.cli;

import io.github.duiqi.format.FormatException;
import io.github.duiqi.io.InputFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The pairs of a batch: found in a folder and its subfolders ({@code NAME.zh} with
 * {@code NAME.en}, or {@code NAME.txt} interleaved), or listed in a manifest.
 *
 * <pre>{@code
 * List<BatchPairs.Pair> pairs = BatchPairs.fromFolder(Path.of("corpus"), false, Path.of("out"));
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
final class BatchPairs {

  private BatchPairs() {}

  /**
   * One pair of a batch.
   *
   * @param name the pair's name: its path under the folder without the extension, with
   *     {@code /} between folders, or the manifest's name; outputs are named after it
   * @param chinese the Chinese file, or the interleaved file
   * @param english the English file; null for an interleaved file
   */
  record Pair(String name, Path chinese, @Nullable Path english) {
    /** The pair's input files. */
    List<Path> inputs() {
      return english == null ? List.of(chinese) : List.of(chinese, english);
    }
  }

  /**
   * Finds the pairs under {@code folder}, in the order of their names; a name with one side
   * only is a pair whose missing side fails it. {@code skip} (the output folder) is not
   * searched.
   *
   * @throws IOException if a folder cannot be listed
   */
  static List<Pair> fromFolder(Path folder, boolean interleaved, Path skip) throws IOException {
    TreeMap<String, Path[]> sides = new TreeMap<>();
    Path skipped = skip.toAbsolutePath().normalize();
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        boolean isOutput = dir.toAbsolutePath().normalize().equals(skipped)
            && !dir.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize());
        return isOutput ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isDirectory()) {
          return FileVisitResult.CONTINUE;
        }
        String relative = folder.relativize(file).toString().replace(file.getFileSystem()
            .getSeparator(), "/");
        String[] extensions = interleaved ? new String[] {".txt"} : new String[] {".zh", ".en"};
        for (int side = 0; side < extensions.length; side++) {
          String ext = extensions[side];
          if (relative.endsWith(ext) && file.getFileName().toString().length() > ext.length()) {
            sides.computeIfAbsent(relative.substring(0, relative.length() - ext.length()),
                k -> new Path[2])[side] = file;
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    List<Pair> pairs = new ArrayList<>(sides.size());
    for (Map.Entry<String, Path[]> e : sides.entrySet()) {
      String name = e.getKey();
      Path[] files = e.getValue();
      if (interleaved) {
        pairs.add(new Pair(name, files[0], null));
      } else {
        // a missing side keeps its expected path, so that loading it names the file
        Path zh = files[0] != null ? files[0] : files[1].resolveSibling(baseName(name) + ".zh");
        Path en = files[1] != null ? files[1] : files[0].resolveSibling(baseName(name) + ".en");
        pairs.add(new Pair(name, zh, en));
      }
    }
    return pairs;
  }

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /**
   * Reads a manifest: a pair a line, {@code ZH_PATH<TAB>EN_PATH[<TAB>NAME]} (or
   * {@code FILE[<TAB>NAME]} when interleaved), paths relative to the manifest's folder; blank
   * lines and lines starting with {@code #} are skipped. A pair without a name is named after
   * its (first) path without the extension.
   *
   * @throws FormatException naming the manifest and the line of a malformed line, a
   *     name that is not a relative path, or a name given twice
   */
  static List<Pair> fromManifest(Path manifest, boolean interleaved)
      throws IOException {
    String text = InputFiles.read(manifest.toString(), java.io.InputStream.nullInputStream());
    Path base = manifest.toAbsolutePath().getParent();
    List<Pair> pairs = new ArrayList<>();
    Map<String, Integer> lineOfName = new HashMap<>();
    List<String> lines = InputFiles.lines(text);
    int paths = interleaved ? 1 : 2;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < paths || fields.length > paths + 1) {
        throw malformed(manifest, number, "expected " + (interleaved ? "FILE[<TAB>NAME]"
            : "ZH_PATH<TAB>EN_PATH[<TAB>NAME]") + ", found " + fields.length + " field"
            + (fields.length == 1 ? "" : "s"));
      }
      for (int f = 0; f < fields.length; f++) {
        if (fields[f].isBlank()) {
          throw malformed(manifest, number, "field " + (f + 1) + " is empty");
        }
      }
      Path chinese;
      Path english;
      try {
        chinese = base.resolve(fields[0].strip());
        english = interleaved ? null : base.resolve(fields[1].strip());
      } catch (java.nio.file.InvalidPathException e) {
        throw malformed(manifest, number, "not a valid path: " + e.getInput());
      }
      String name = fields.length > paths ? fields[paths].strip()
          : withoutExtension(fields[0].strip().replace('\\', '/'));
      String problem = nameProblem(name);
      if (problem != null) {
        throw malformed(manifest, number, "name '" + name + "' " + problem);
      }
      Integer earlier = lineOfName.putIfAbsent(name, number);
      if (earlier != null) {
        throw malformed(manifest, number, "name '" + name + "' is the name of line " + earlier
            + " too");
      }
      pairs.add(new Pair(name, chinese, english));
    }
    return pairs;
  }

  /** Why a name cannot name outputs under the output folder, or null. */
  private static @Nullable String nameProblem(String name) {
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      return "is not a relative path";
    }
    for (String part : name.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return "must be a relative path without empty, . or .. parts";
      }
    }
    return null;
  }

  private static String withoutExtension(String path) {
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  private static FormatException malformed(Path manifest, int line, String why) {
    return InputFiles.malformed(manifest.toString(), line, why);
  }
}
