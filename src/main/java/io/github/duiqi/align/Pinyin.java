package io.github.duiqi.align;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The toneless pinyin of each Han character of U+3400..U+9FFF, as ICU's {@code Han-Latin;
 * Latin-ASCII; Lower} transliterates the character alone ({@code 王} {@code wang}, {@code 绿}
 * {@code lu}). ICU takes about a second to load that transliterator; this table, compiled from
 * it by {@code PinyinTableTool} (test sources) and checked against it character by character
 * by {@code PinyinTest}, loads in milliseconds. The readings are Unicode's Unihan data, under
 * the Unicode License (see {@code pinyin-NOTICE.txt} next to the table).
 *
 * <p>Stateless; the table is loaded once, on first use, and only read: thread-safe.
 */
final class Pinyin {

  /** First and last code point of the table. */
  static final int FIRST = 0x3400;
  static final int LAST = 0x9FFF;
  static final String RESOURCE = "pinyin.bin.gz";
  /** The format's first int: "PY" and version 1. */
  static final int MAGIC = 0x50590001;

  private Pinyin() {}

  /**
   * The id of the syllable of {@code codePoint} (0 ..), or -1 for a code point with none (not
   * a Han character of the table's range, or one ICU leaves untransliterated).
   */
  static int syllable(int codePoint) {
    if (codePoint < FIRST || codePoint > LAST) {
      return -1;
    }
    return Table.SYLLABLE_OF[codePoint - FIRST] - 1;
  }

  /** The syllable's letters, lower-case ASCII. */
  static String text(int syllable) {
    return Table.SYLLABLES[syllable];
  }

  /** The number of distinct syllables. */
  static int syllables() {
    return Table.SYLLABLES.length;
  }

  /** Loaded on first use: a program that never asks for pinyin never reads it. */
  private static final class Table {
    static final String[] SYLLABLES;
    /** Per code point from {@link #FIRST}: its syllable's id plus 1, 0 for none. */
    static final short[] SYLLABLE_OF;

    static {
      try (InputStream raw = Pinyin.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException("missing resource " + RESOURCE + " of " + Pinyin.class);
        }
        DataInputStream in = new DataInputStream(new GZIPInputStream(raw, 1 << 14));
        if (in.readInt() != MAGIC || in.readInt() != FIRST || in.readInt() != LAST) {
          throw new IllegalStateException("resource " + RESOURCE + " has another format");
        }
        String[] syllables = new String[in.readUnsignedShort()];
        for (int s = 0; s < syllables.length; s++) {
          syllables[s] = in.readUTF();
        }
        short[] of = new short[LAST - FIRST + 1];
        for (int c = 0; c < of.length; c++) {
          of[c] = in.readShort();
        }
        SYLLABLES = syllables;
        SYLLABLE_OF = of;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
      }
    }
  }
}
