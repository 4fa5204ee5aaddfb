package io.github.duiqi.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads ladder files, one bead a line: {@code [zh ids]:[en ids]} with an optional third field
 * (a score, ignored), 0-based ids, {@code []} for an empty side. Parsing is lenient about spaces
 * around ids and fields and skips blank lines; anything else that does not fit is an error
 * naming the file and line.
 *
 * <p>Stateless; thread-safe.
 */
public final class Ladder {

  private Ladder() {}

  /** One bead of a ladder: sorted sentence ids of each side. */
  public record Rung(int[] chinese, int[] english) {

    /** Copies the arrays. */
    public Rung {
      chinese = chinese.clone();
      english = english.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Rung r && Arrays.equals(chinese, r.chinese)
          && Arrays.equals(english, r.english);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(chinese) + Arrays.hashCode(english);
    }

    @Override
    public String toString() {
      return format(chinese) + ":" + format(english);
    }
  }

  /**
   * Reads a ladder file.
   *
   * @param chineseCount number of Chinese sentences; larger ids are an error
   * @param englishCount number of English sentences
   * @throws MalformedAlignmentException if a line does not parse or an id is out of range
   */
  public static List<Rung> read(Path file, int chineseCount, int englishCount)
      throws IOException {
    List<String> lines = TextFiles.lines(file);
    List<Rung> rungs = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k).strip();
      if (line.isEmpty()) {
        continue;
      }
      rungs.add(parse(file, k + 1, line, chineseCount, englishCount));
    }
    return rungs;
  }

  static Rung parse(Path file, int lineNumber, String line, int chineseCount, int englishCount)
      throws MalformedAlignmentException {
    int[] pos = {0};
    int[] zh = list(file, lineNumber, line, pos, "Chinese", chineseCount);
    skipSpaces(line, pos);
    if (pos[0] >= line.length() || line.charAt(pos[0]) != ':') {
      throw new MalformedAlignmentException(file, lineNumber,
          "expected ':' after the Chinese ids in '" + line + "'");
    }
    pos[0]++;
    int[] en = list(file, lineNumber, line, pos, "English", englishCount);
    skipSpaces(line, pos);
    if (pos[0] < line.length()) {
      if (line.charAt(pos[0]) != ':') {
        throw new MalformedAlignmentException(file, lineNumber,
            "unexpected text after the English ids in '" + line + "'");
      }
      String score = line.substring(pos[0] + 1).strip();
      try {
        Double.parseDouble(score);
      } catch (NumberFormatException e) {
        throw new MalformedAlignmentException(file, lineNumber,
            "third field '" + score + "' is not a number");
      }
    }
    if (zh.length == 0 && en.length == 0) {
      throw new MalformedAlignmentException(file, lineNumber, "bead with no sentence: " + line);
    }
    return new Rung(zh, en);
  }

  private static int[] list(Path file, int lineNumber, String line, int[] pos, String side,
      int count) throws MalformedAlignmentException {
    skipSpaces(line, pos);
    if (pos[0] >= line.length() || line.charAt(pos[0]) != '[') {
      throw new MalformedAlignmentException(file, lineNumber,
          "expected '[' to open the " + side + " ids in '" + line + "'");
    }
    int close = line.indexOf(']', pos[0]);
    if (close < 0) {
      throw new MalformedAlignmentException(file, lineNumber,
          "missing ']' after the " + side + " ids in '" + line + "'");
    }
    String body = line.substring(pos[0] + 1, close).strip();
    pos[0] = close + 1;
    if (body.isEmpty()) {
      return new int[0];
    }
    String[] parts = body.split(",", -1);
    int[] ids = new int[parts.length];
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k].strip();
      try {
        ids[k] = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new MalformedAlignmentException(file, lineNumber,
            side + " id '" + p + "' is not a number");
      }
      if (ids[k] < 0 || ids[k] >= count) {
        throw new MalformedAlignmentException(file, lineNumber,
            side + " id " + ids[k] + " is outside the " + count + " sentences");
      }
    }
    Arrays.sort(ids);
    return ids;
  }

  private static void skipSpaces(String line, int[] pos) {
    while (pos[0] < line.length() && Character.isWhitespace(line.charAt(pos[0]))) {
      pos[0]++;
    }
  }

  /** Formats ids as {@code [1,2]}. */
  public static String format(int[] ids) {
    StringBuilder sb = new StringBuilder("[");
    for (int k = 0; k < ids.length; k++) {
      if (k > 0) {
        sb.append(',');
      }
      sb.append(ids[k]);
    }
    return sb.append(']').toString();
  }

  /** Writes rungs as ladder lines with a score each, e.g. {@code [3]:[4,5]:0.93}. */
  public static void write(Path file, List<Rung> rungs, double[] scores) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < rungs.size(); k++) {
      sb.append(rungs.get(k)).append(':').append(Scores.formatScore(scores[k])).append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }
}
