package io.github.duiqi.lexicon;

import java.util.Arrays;

/**
 * A lexicon's headwords, sorted and distinct, as one array of characters: headword {@code h} is
 * {@code chars[start[h] .. start[h + 1])}. No string a headword: a compiled file is read straight
 * into it and the trie is built from it (196,736 strings and their copies showed in a cold load).
 *
 * <p>Immutable once built; thread-safe.
 */
final class Headwords {
  private final char[] chars;
  private final int[] start;

  private Headwords(char[] chars, int[] start) {
    this.chars = chars;
    this.start = start;
  }

  /** The headwords of {@code sorted} (ascending, distinct), in that order. */
  static Headwords of(String[] sorted) {
    int total = 0;
    for (String s : sorted) {
      total += s.length();
    }
    Appender out = new Appender(sorted.length, total);
    for (String s : sorted) {
      s.getChars(0, s.length(), out.chars, out.start[out.count]);
      out.end(s.length());
    }
    return out.headwords();
  }

  int size() {
    return start.length - 1;
  }

  int length(int h) {
    return start[h + 1] - start[h];
  }

  /** Character {@code i} of headword {@code h}. */
  char charAt(int h, int i) {
    return chars[start[h] + i];
  }

  String toString(int h) {
    return new String(chars, start[h], length(h));
  }

  /** Headwords appended one after another, the array growing as needed. */
  static final class Appender {
    char[] chars;
    final int[] start;
    int count;

    /** Room for {@code headwords} headwords of about {@code chars} characters in all. */
    Appender(int headwords, int chars) {
      this.chars = new char[Math.max(16, chars)];
      this.start = new int[headwords + 1];
    }

    /** Makes room for a headword of {@code length} characters at {@code start[count]}. */
    void reserve(int length) {
      int need = start[count] + length;
      if (need > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(need, 2 * chars.length));
      }
    }

    /** Ends the headword of {@code length} characters written at {@code start[count]}. */
    void end(int length) {
      start[count + 1] = start[count] + length;
      count++;
    }

    Headwords headwords() {
      if (count != start.length - 1) {
        throw new IllegalStateException(count + " headwords of " + (start.length - 1));
      }
      return new Headwords(Arrays.copyOf(chars, start[count]), start);
    }
  }
}
