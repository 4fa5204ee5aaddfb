package io.github.duiqi.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The formats an alignment can be written in, each with a factory for a streaming
 * {@link BeadWriter}. docs/formats.md shows exactly what each writes.
 *
 * <pre>{@code
 * AlignmentFormat format = AlignmentFormat.fromName("tmx");          // e.g. from --format
 * try (BeadWriter out = format.writer(Path.of("out/doc"), FormatOptions.defaults())) {
 *   out.writeAll(alignment);                                           // writes out/doc.tmx
 * }
 * }</pre>
 *
 * <p>All output is UTF-8 without a byte order mark, lines end with {@code \n}, and the same
 * beads and options give the same bytes.
 *
 * <p>Immutable and thread-safe; the writers it makes are not.
 */
public enum AlignmentFormat {
  /** TMX 1.4 translation memory: one {@code tu} per bead. Read back by {@link TmxReader}. */
  TMX("tmx"),
  /** {@code zh<TAB>en<TAB>score} a line, escaped. Read back by {@link TsvReader}. */
  TSV("tsv"),
  /** JSON Lines, {@code {"translation":{"zh":…,"en":…}}} plus ids, offsets and score. */
  JSONL("jsonl"),
  /** {@code [zh ids]:[en ids]:score} a line. Read back by {@link LadderReader}. */
  LADDER("align"),
  /** Two plain-text files, {@code .zh} and {@code .en}, line i of one rendering line i of the other. */
  MOSES("zh", "en"),
  /** A self-contained HTML page to review the alignment. */
  HTML("html");

  private final List<String> extensions;

  AlignmentFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /**
   * Returns the format with this name, ignoring case: {@code tmx}, {@code tsv}, {@code jsonl},
   * {@code ladder}, {@code moses} or {@code html}.
   *
   * @param name the format's name, as {@link #formatName()} gives it; case and surrounding
   *     whitespace are ignored
   * @return the format of that name
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no format has the name; the message lists the names
   */
  public static AlignmentFormat fromName(String name) {
    Objects.requireNonNull(name, "name");
    for (AlignmentFormat f : values()) {
      if (f.formatName().equalsIgnoreCase(name.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "': expected one of "
        + Arrays.stream(values()).map(AlignmentFormat::formatName).collect(Collectors.joining(", ")));
  }

  /**
   * Returns the format's name.
   *
   * @return the lower-case name {@link #fromName} accepts, e.g. {@code "jsonl"}; not always
   *     the file extension ({@code "ladder"} writes {@code .align})
   */
  public String formatName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the file name extensions of the format's output.
   *
   * @return an unmodifiable list of extensions without dots: one, or for {@link #MOSES} two,
   *     {@code zh} then {@code en}
   */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * Returns the files {@link #writer(Path, FormatOptions)} writes for a base path: the base
   * with each extension appended, e.g. {@code out/doc.tmx}, or {@code out/doc.zh} and
   * {@code out/doc.en}.
   *
   * @param base the output path without extension, e.g. {@code out/doc}
   * @return an unmodifiable list of one path per {@linkplain #extensions() extension}, in the
   *     folder of {@code base}
   * @throws NullPointerException if {@code base} is null
   * @throws IllegalArgumentException if {@code base} has no file name (a root)
   */
  public List<Path> outputFiles(Path base) {
    Objects.requireNonNull(base, "base");
    Path name = base.getFileName();
    if (name == null) {
      throw new IllegalArgumentException("base path '" + base + "' has no file name");
    }
    return extensions.stream()
        .map(ext -> base.resolveSibling(name + "." + ext))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a writer of this format to a UTF-8 byte stream. Closing the writer ends the format
   * and flushes the stream but leaves it open: the stream is the caller's to close.
   *
   * @param out the byte stream, written as UTF-8 through a buffer of its own
   * @param options which beads to write and what goes into the header
   * @return a new writer, not thread-safe
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedOperationException for {@link #MOSES}, which writes two streams: use
   *     {@link #mosesWriter} or {@link #writer(Path, FormatOptions)}
   * @throws IOException if the output fails
   */
  public BeadWriter writer(OutputStream out, FormatOptions options) throws IOException {
    Objects.requireNonNull(out, "out");
    return writer(utf8(out), options);
  }

  /**
   * Returns a writer of this format to a character stream, for output that is not bytes (a
   * {@code StringWriter}, a console). Closing the writer ends the format and flushes the stream
   * but leaves it open: the stream is the caller's to close. TMX and HTML declare UTF-8: encode
   * the characters as UTF-8 when they become bytes.
   *
   * @param out the character stream; the writer does not buffer it
   * @param options which beads to write and what goes into the header
   * @return a new writer, not thread-safe
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedOperationException for {@link #MOSES}, which writes two streams
   * @throws IOException if the output fails
   */
  public BeadWriter writer(Writer out, FormatOptions options) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    return switch (this) {
      case TMX -> new TmxWriter(out, options);
      case TSV -> new TsvWriter(out, options);
      case JSONL -> new JsonLinesWriter(out, options);
      case LADDER -> new LadderWriter(out, options);
      case HTML -> new HtmlReviewWriter(out, options);
      case MOSES -> throw new UnsupportedOperationException(
          "moses writes two streams: use AlignmentFormat.mosesWriter or writer(Path, options)");
    };
  }

  /**
   * Returns a writer of this format to the files {@link #outputFiles(Path)} names for
   * {@code base}, created or replaced. The writer opened them, so closing it closes them.
   *
   * @param base the output path without extension, e.g. {@code out/doc}
   * @param options which beads to write and what goes into the header
   * @return a new writer, not thread-safe, that owns the files
   * @throws IllegalArgumentException if {@code base} has no file name (a root)
   * @throws NullPointerException if an argument is null
   * @throws IOException if a file cannot be created
   */
  public BeadWriter writer(Path base, FormatOptions options) throws IOException {
    Objects.requireNonNull(options, "options");
    List<Path> files = outputFiles(base);
    if (this != MOSES) {
      OutputStream out = Files.newOutputStream(files.get(0));
      try {
        return ((AbstractBeadWriter) writer(out, options)).owning(out);
      } catch (IOException | RuntimeException e) {
        out.close();
        throw e;
      }
    }
    OutputStream chinese = Files.newOutputStream(files.get(0));
    try {
      OutputStream english = Files.newOutputStream(files.get(1));
      return ((AbstractBeadWriter) mosesWriter(chinese, english, options)).owning(chinese)
          .owning(english);
    } catch (IOException | RuntimeException e) {
      chinese.close();
      throw e;
    }
  }

  /**
   * Returns a Moses-style writer: the Chinese side of each bead as one line of {@code chinese},
   * the English side as the same line of {@code english}. Closing it flushes both streams but
   * leaves them open: they are the caller's to close.
   *
   * @param chinese the byte stream for the Chinese lines, written as UTF-8
   * @param english the byte stream for the English lines, written as UTF-8
   * @param options which beads to write
   * @return a new writer, not thread-safe
   * @throws NullPointerException if an argument is null
   */
  public static BeadWriter mosesWriter(
      OutputStream chinese, OutputStream english, FormatOptions options) {
    Objects.requireNonNull(chinese, "chinese");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(options, "options");
    return new MosesWriter(utf8(chinese), utf8(english), options);
  }

  private static Writer utf8(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }
}
