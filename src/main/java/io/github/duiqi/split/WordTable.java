package io.github.duiqi.split;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A small immutable map from words to a byte, looked up by a region of a string without making a
 * string, so that checking the word before each period allocates nothing.
 *
 * <p>Open addressing over a power-of-two array; keys are compared ignoring ASCII case when the
 * table was built that way.
 *
 * <p>Immutable; thread-safe.
 */
final class WordTable {

  /** Returned by {@link #get} for a word that is not in the table. */
  static final byte ABSENT = 0;

  private final char[][] keys;
  private final byte[] values;
  private final int mask;
  private final boolean ignoreCase;

  /**
   * Builds a table.
   *
   * @param entries words and their non-zero values
   * @param ignoreCase whether lookups ignore ASCII case
   */
  WordTable(Map<String, Byte> entries, boolean ignoreCase) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    this.keys = new char[capacity][];
    this.values = new byte[capacity];
    this.mask = capacity - 1;
    this.ignoreCase = ignoreCase;
    for (Map.Entry<String, Byte> e : entries.entrySet()) {
      String word = ignoreCase ? e.getKey().toLowerCase(Locale.ROOT) : e.getKey();
      byte value = Objects.requireNonNull(e.getValue(), "value");
      if (value == ABSENT) {
        throw new IllegalArgumentException("value of '" + word + "' must not be 0");
      }
      char[] key = word.toCharArray();
      int slot = hash(key, 0, key.length) & mask;
      while (keys[slot] != null && !Arrays.equals(keys[slot], key)) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    }
  }

  /** Returns the value of {@code text[from, to)}, or {@link #ABSENT}. */
  byte get(CharSequence text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    int slot = mix(h) & mask;
    int length = to - from;
    for (char[] key = keys[slot]; key != null; key = keys[slot = (slot + 1) & mask]) {
      if (key.length == length && sameChars(key, text, from)) {
        return values[slot];
      }
    }
    return ABSENT;
  }

  private boolean sameChars(char[] key, CharSequence text, int from) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != fold(text.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  private char fold(char c) {
    return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int hash(char[] key, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + key[i];
    }
    return mix(h);
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
