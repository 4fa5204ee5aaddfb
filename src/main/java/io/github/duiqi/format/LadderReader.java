package io.github.duiqi.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ladder file: one bead a line, {@code [zh ids]:[en ids]:score}, as written by
 * {@link AlignmentFormat#LADDER}.
 *
 * <p>Lenient in what it accepts: spaces around brackets, colons and ids ({@code [ 1, 2 ] : []});
 * the score is optional ({@code [9]:[8,9]}); {@code []} is an empty side; blank lines and lines
 * starting with {@code #} are skipped. Anything else is a {@link FormatException} naming the
 * source and line. Ids are checked against nothing but each other: compare them with the
 * documents' sentence counts yourself (with {@link #line()} for the error) or let
 * {@link LadderEntry#toBead} do it.
 *
 * <pre>{@code
 * try (LadderReader in = LadderReader.open(Path.of("expected.align"))) {
 *   while (in.hasNext()) System.out.println(in.next().chineseIndices());
 * }
 * }</pre>
 *
 * <p>An iterator over the entries ({@link RecordReader}): closing it closes the file it opened,
 * never a stream it was given. Not thread-safe: one thread reads from a reader.
 */
public final class LadderReader extends LineRecordReader<LadderEntry> {

  private LadderReader(LineSource lines) {
    super(lines);
  }

  /**
   * Opens a UTF-8 ladder file.
   *
   * @param file the file
   * @return a reader of the file, which closes it
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be opened
   */
  public static LadderReader open(Path file) throws IOException {
    return new LadderReader(LineSource.open(file));
  }

  /**
   * Reads a ladder from characters; {@code source} names it in error messages. Closing the
   * reader leaves {@code in} open.
   *
   * @param in the characters
   * @param source what error messages name the input
   * @return a reader of {@code in}
   * @throws NullPointerException if an argument is null
   */
  public static LadderReader open(Reader in, String source) {
    return new LadderReader(LineSource.of(in, source));
  }

  /**
   * Reads a ladder from UTF-8 bytes; {@code source} names it in error messages. Closing the
   * reader leaves {@code in} open.
   *
   * @param in the bytes
   * @param source what error messages name the input
   * @return a reader of {@code in}
   * @throws NullPointerException if an argument is null
   */
  public static LadderReader open(InputStream in, String source) {
    return new LadderReader(LineSource.of(in, source));
  }

  @Override
  @Nullable LadderEntry parse(String line) throws FormatException {
    String trimmed = line.strip();
    return trimmed.startsWith("#") ? null : entry(trimmed);
  }

  private LadderEntry entry(String line) throws FormatException {
    int[] pos = {0};
    List<Integer> chinese = ids(line, pos, "Chinese");
    expect(line, pos, ':');
    List<Integer> english = ids(line, pos, "English");
    skipSpaces(line, pos);
    OptionalDouble score = OptionalDouble.empty();
    if (pos[0] < line.length()) {
      expect(line, pos, ':');
      String text = line.substring(pos[0]).strip();
      if (!text.isEmpty()) {
        score = OptionalDouble.of(parseScore(text));
      }
    }
    try {
      return new LadderEntry(chinese, english, score);
    } catch (IllegalArgumentException e) {
      throw lines.error(String.valueOf(e.getMessage()), e);
    }
  }

  private double parseScore(String text) throws FormatException {
    try {
      double score = Double.parseDouble(text);
      if (score >= 0 && score <= 1) {
        return score;
      }
    } catch (NumberFormatException e) {
      // reported below with the line
    }
    throw lines.error("score '" + text + "' is not a number in [0, 1]");
  }

  private List<Integer> ids(String line, int[] pos, String side) throws FormatException {
    expect(line, pos, '[');
    int close = line.indexOf(']', pos[0]);
    if (close < 0) {
      throw lines.error("missing ']' after the " + side + " ids");
    }
    String inside = line.substring(pos[0], close).strip();
    pos[0] = close + 1;
    List<Integer> ids = new ArrayList<>();
    if (inside.isEmpty()) {
      return ids;
    }
    for (String part : inside.split(",", -1)) {
      String id = part.strip();
      if (id.isEmpty() || id.length() > 9 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw lines.error(side + " id '" + id + "' is not a non-negative integer");
      }
      ids.add(Integer.parseInt(id));
    }
    return ids;
  }

  private void expect(String line, int[] pos, char c) throws FormatException {
    skipSpaces(line, pos);
    if (pos[0] >= line.length() || line.charAt(pos[0]) != c) {
      String found = pos[0] >= line.length() ? "the end of the line"
          : "'" + line.charAt(pos[0]) + "'";
      throw lines.error("expected '" + c + "' at column " + (pos[0] + 1) + " but found " + found
          + " (a ladder line is [zh ids]:[en ids]:score)");
    }
    pos[0]++;
  }

  private static void skipSpaces(String line, int[] pos) {
    while (pos[0] < line.length() && Character.isWhitespace(line.charAt(pos[0]))) {
      pos[0]++;
    }
  }
}
