package io.github.duiqi.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.OptionalDouble;

/**
 * Reads TSV as written by {@link AlignmentFormat#TSV}: {@code zh<TAB>en<TAB>score} a line, the
 * score optional, fields unescaped ({@code \t \n \r \\} and {@code \}{@code uXXXX} back to the
 * characters; a backslash that starts no such escape is kept as it is).
 *
 * <p>A line with fewer than two or more than three fields, or a score that is not a number in
 * [0, 1], is a {@link FormatException} naming the source and line. Blank lines are skipped.
 *
 * <pre>{@code
 * try (Stream<TextPair> pairs = TsvReader.open(Path.of("doc.tsv")).stream()) {
 *   pairs.forEach(p -> System.out.println(p.chinese() + " = " + p.english()));
 * }
 * }</pre>
 *
 * <p>An iterator over the pairs ({@link RecordReader}): closing it closes the file it opened,
 * never a stream it was given. Not thread-safe: one thread reads from a reader.
 */
public final class TsvReader extends LineRecordReader<TextPair> {

  private TsvReader(LineSource lines) {
    super(lines);
  }

  /**
   * Opens a UTF-8 TSV file.
   *
   * @param file the file
   * @return a reader of the file, which closes it
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be opened
   */
  public static TsvReader open(Path file) throws IOException {
    return new TsvReader(LineSource.open(file));
  }

  /**
   * Reads TSV from characters; {@code source} names it in error messages. Closing the reader
   * leaves {@code in} open.
   *
   * @param in the characters
   * @param source what error messages name the input
   * @return a reader of {@code in}
   * @throws NullPointerException if an argument is null
   */
  public static TsvReader open(Reader in, String source) {
    return new TsvReader(LineSource.of(in, source));
  }

  /**
   * Reads TSV from UTF-8 bytes; {@code source} names it in error messages. Closing the reader
   * leaves {@code in} open.
   *
   * @param in the bytes
   * @param source what error messages name the input
   * @return a reader of {@code in}
   * @throws NullPointerException if an argument is null
   */
  public static TsvReader open(InputStream in, String source) {
    return new TsvReader(LineSource.of(in, source));
  }

  @Override
  TextPair parse(String line) throws FormatException {
    String[] fields = line.split("\t", -1);
    if (fields.length < 2 || fields.length > 3) {
      throw lines.error("expected 2 or 3 tab-separated fields (zh, en, score) but found "
          + fields.length);
    }
    OptionalDouble score = OptionalDouble.empty();
    if (fields.length == 3 && !fields[2].isBlank()) {
      String text = fields[2].strip();
      try {
        double value = Double.parseDouble(text);
        if (!(value >= 0 && value <= 1)) {
          throw lines.error("score '" + text + "' is not in [0, 1]");
        }
        score = OptionalDouble.of(value);
      } catch (NumberFormatException e) {
        throw lines.error("score '" + text + "' is not a number", e);
      }
    }
    return new TextPair(
        TextPolicy.tsvUnescape(fields[0]), TextPolicy.tsvUnescape(fields[1]), score);
  }
}
