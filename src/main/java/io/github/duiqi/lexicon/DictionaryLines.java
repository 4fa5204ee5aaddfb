package io.github.duiqi.lexicon;

import io.github.duiqi.format.FormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the two text formats of a lexicon, line by line, and hands each entry to a
 * {@link Sink}: CC-CEDICT's {@code TRADITIONAL SIMPLIFIED [pinyin] /gloss/gloss/} and
 * {@code headword<TAB>gloss; gloss / gloss}. Blank lines and lines starting with {@code #} are
 * comments; a byte order mark at the start is ignored.
 */
final class DictionaryLines {
  private DictionaryLines() {}

  /** Receives entries: the headwords (one or two) and the senses of the gloss. */
  interface Sink {
    void entry(String source, long line, String[] headwords, List<String> senses)
        throws FormatException;
  }

  static void readCedict(Reader in, String source, Sink sink) throws IOException {
    read(in, source, sink, true);
  }

  static void readTsv(Reader in, String source, Sink sink) throws IOException {
    read(in, source, sink, false);
  }

  private static void read(Reader in, String source, Sink sink, boolean cedict)
      throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    long number = 0;
    String line;
    while (true) {
      try {
        line = lines.readLine();
      } catch (CharacterCodingException e) {
        throw new FormatException(source, number + 1, "not valid UTF-8", e);
      }
      if (line == null) {
        return;
      }
      number++;
      if (number == 1 && line.startsWith("\ufeff")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (cedict) {
        cedictLine(line, source, number, sink);
      } else {
        tsvLine(line, source, number, sink);
      }
    }
  }

  private static void cedictLine(String line, String source, long number, Sink sink)
      throws FormatException {
    String s = line.strip();
    int space = s.indexOf(' ');
    int open = s.indexOf('[');
    int close = open < 0 ? -1 : s.indexOf(']', open);
    int slash = close < 0 ? -1 : s.indexOf('/', close);
    if (space < 0 || open < 0 || open < space) {
      throw new FormatException(source, number,
          "expected 'TRADITIONAL SIMPLIFIED [pin1 yin1] /gloss/', got: " + abbreviate(s));
    }
    String[] heads = s.substring(0, open).trim().split(" +");
    if (heads.length != 2) {
      throw new FormatException(source, number, "expected two headwords (traditional and "
          + "simplified) before '[', found " + heads.length + ": " + abbreviate(s));
    }
    if (close < 0) {
      throw new FormatException(source, number, "pinyin not closed by ']': " + abbreviate(s));
    }
    if (slash < 0 || !s.substring(close + 1, slash).isBlank()) {
      throw new FormatException(source, number,
          "expected '/gloss/' after the pinyin: " + abbreviate(s));
    }
    if (!s.endsWith("/") || s.length() == slash + 1) {
      throw new FormatException(source, number, "gloss not closed by '/': " + abbreviate(s));
    }
    List<String> senses = senses(s.substring(slash + 1, s.length() - 1), false);
    if (senses.isEmpty()) {
      throw new FormatException(source, number, "empty gloss: " + abbreviate(s));
    }
    String[] headwords = heads[0].equals(heads[1]) ? new String[] {heads[0]} : heads;
    sink.entry(source, number, headwords, senses);
  }

  private static void tsvLine(String line, String source, long number, Sink sink)
      throws FormatException {
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new FormatException(source, number,
          "expected 'headword<TAB>gloss', found no tab: " + abbreviate(line));
    }
    if (line.indexOf('\t', tab + 1) >= 0) {
      throw new FormatException(source, number,
          "expected one tab between headword and gloss, found more: " + abbreviate(line));
    }
    String head = line.substring(0, tab).strip();
    if (head.isEmpty()) {
      throw new FormatException(source, number, "empty headword: " + abbreviate(line));
    }
    if (head.codePoints().anyMatch(Character::isWhitespace)) {
      throw new FormatException(source, number, "headword holds a space: " + abbreviate(line));
    }
    List<String> senses = senses(line.substring(tab + 1), true);
    if (senses.isEmpty()) {
      throw new FormatException(source, number, "empty gloss: " + abbreviate(line));
    }
    sink.entry(source, number, new String[] {head}, senses);
  }

  /** The non-blank senses of a gloss, split at '/' (and at ';' outside brackets for TSV). */
  private static List<String> senses(String gloss, boolean semicolons) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= gloss.length(); i++) {
      char c = i < gloss.length() ? gloss.charAt(i) : '/';
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      }
      if (c == '/' || semicolons && c == ';' && depth == 0) {
        String sense = gloss.substring(start, Math.min(i, gloss.length())).strip();
        if (!sense.isEmpty()) {
          out.add(sense);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
