package io.github.duiqi.cli;

import io.github.duiqi.Alignment;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatOptions;
import io.github.duiqi.format.WriteSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The outputs of a command: standard output, whose failures end the run, and files that are
 * written to a temporary file in their folder and moved into place when complete, so that a
 * failed run leaves no partial file and an existing file is replaced only by a complete one.
 *
 * <pre>{@code
 * try (Output.FileSet files = Output.files()) {
 *   write(files.create(Path.of("out/a.tsv")));
 *   files.commit();          // moves every file into place; without it, close() deletes them
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class Output {

  private Output() {}

  /** Standard output as bytes that fail with {@link OutputFailure}; closing it only flushes. */
  static OutputStream stdout(CommandSpec spec) {
    return new NamedOutputStream(Main.stdout(spec), "standard output", false);
  }

  /** A UTF-8 writer of {@code out}, buffered. */
  static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Starts a set of files written together. */
  /**
   * Writes {@code alignment} in {@code format} to {@code targets} (one file, or BASE.zh and
   * BASE.en for moses) through temporary files moved into place when complete.
   *
   * @throws OutputFailure naming the file that could not be written
   */
  static WriteSummary write(AlignmentFormat format, Alignment alignment, List<Path> targets,
      FormatOptions options) throws IOException {
    try (FileSet files = files()) {
      BeadWriter writer = format == AlignmentFormat.MOSES
          ? AlignmentFormat.mosesWriter(files.create(targets.get(0)), files.create(targets.get(1)),
              options)
          : format.writer(files.create(targets.get(0)), options);
      try (writer) {
        writer.writeAll(alignment);
      }
      files.commit();
      return writer.summary();
    }
  }

  static FileSet files() {
    return new FileSet();
  }

  /** Files written to temporary names and moved into place together by {@link #commit()}. */
  static final class FileSet implements AutoCloseable {
    private final List<Path> targets = new ArrayList<>();
    private final List<Path> temporaries = new ArrayList<>();
    private final List<OutputStream> streams = new ArrayList<>();
    private boolean committed;

    /**
     * Opens a temporary file next to {@code target}, creating the folders on the way.
     *
     * @throws OutputFailure naming {@code target} if the folder or the file cannot be created
     */
    OutputStream create(Path target) throws OutputFailure {
      Path absolute = target.toAbsolutePath();
      Path folder = absolute.getParent();
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new OutputFailure("cannot create the folder " + folder + " for " + target + ": "
            + reason(e), false, e);
      }
      for (int attempt = 0; ; attempt++) {
        Path temporary = folder.resolve("." + absolute.getFileName() + "."
            + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16) + ".tmp");
        try {
          OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          targets.add(target);
          temporaries.add(temporary);
          OutputStream named = new NamedOutputStream(out, target.toString(), true);
          streams.add(named);
          return named;
        } catch (FileAlreadyExistsException e) {
          if (attempt > 8) {
            throw new OutputFailure("cannot create " + target + ": " + reason(e), false, e);
          }
        } catch (IOException e) {
          throw new OutputFailure("cannot create " + target + ": " + reason(e), false, e);
        }
      }
    }

    /**
     * Closes every stream still open and moves every file into place.
     *
     * @throws OutputFailure naming the file that could not be completed or moved
     */
    void commit() throws OutputFailure {
      for (OutputStream s : streams) {
        try {
          s.close();
        } catch (OutputFailure e) {
          throw e;
        } catch (IOException e) {
          throw new OutputFailure("cannot close " + targets.get(streams.indexOf(s)) + ": "
              + reason(e), false, e);
        }
      }
      for (int i = 0; i < targets.size(); i++) {
        Path target = targets.get(i);
        try {
          try {
            Files.move(temporaries.get(i), target, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporaries.get(i), target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new OutputFailure("cannot move the finished output into place as " + target
              + ": " + reason(e), false, e);
        }
      }
      committed = true;
    }

    /** Deletes the temporary files of an uncommitted set. */
    @Override
    public void close() {
      if (committed) {
        return;
      }
      for (OutputStream s : streams) {
        try {
          s.close();
        } catch (IOException ignored) {
          // the failure that stopped the run is the one reported
        }
      }
      for (Path temporary : temporaries) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // nothing more can be done about a temporary file that cannot be deleted
        }
      }
    }
  }

  /**
   * Refuses to write {@code output} if it is one of {@code inputs}: the same file, also
   * through a link.
   *
   * @throws CommandFailure with {@link Main#USAGE} naming both
   */
  static void checkNotInput(Path output, Collection<Path> inputs) {
    InputSet.of(inputs).check(output);
  }

  /** Input files, to refuse outputs that would overwrite them; for batches of any size. */
  static final class InputSet {
    private final Map<Path, Path> byPath = new HashMap<>();
    private final Map<Object, Path> byFile = new HashMap<>();

    private InputSet() {}

    static InputSet of(Collection<Path> inputs) {
      InputSet set = new InputSet();
      for (Path input : inputs) {
        set.byPath.put(input.toAbsolutePath().normalize(), input);
        Object key = fileKey(input);
        if (key != null) {
          set.byFile.put(key, input);
        }
      }
      return set;
    }

    /** @throws CommandFailure with {@link Main#USAGE} if {@code output} is an input */
    void check(Path output) {
      Path input = byPath.get(output.toAbsolutePath().normalize());
      if (input == null) {
        Object key = fileKey(output);
        input = key == null ? null : byFile.get(key);
      }
      if (input != null) {
        throw new CommandFailure(Main.USAGE, "the output " + output + " is the input " + input
            + ": it would be overwritten; choose another --out");
      }
    }

    /** The file's identity (device and inode where there are such), through links; or null. */
    private static Object fileKey(Path p) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
        Object key = attributes.fileKey();
        return key != null ? key : p.toRealPath();
      } catch (IOException | SecurityException e) {
        return null;   // a file that does not exist is nobody's input
      }
    }
  }

  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
