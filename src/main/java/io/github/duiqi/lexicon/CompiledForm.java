package io.github.duiqi.lexicon;

import io.github.duiqi.format.FormatException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The compiled form of a lexicon: gzip of
 * <pre>
 *   "DUIQILEX" version
 *   V  V words (UTF-8), the most frequent first
 *   S  S word sets: size, then the ids ascending as gaps
 *   H  H headwords, sorted: characters shared with the previous one, the rest (UTF-8),
 *      the index of its word set
 *   "END"
 * </pre>
 * with every number a variable-length unsigned int (7 bits a byte). Words are English words
 * after gloss cleaning and before stop words and stemming, so that the stemmer may change
 * without a new compiled file. Identical word sets (a traditional headword and its simplified
 * form) are written once.
 */
final class CompiledForm {
  private CompiledForm() {}

  static final int VERSION = 1;
  private static final byte[] MAGIC = "DUIQILEX".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "END".getBytes(StandardCharsets.US_ASCII);

  /**
   * What a compiled file holds: headword {@code h} ({@code headwords} sorted, distinct, folded,
   * each holding Han) has the words {@code words[i]} for {@code i} in {@code sets[setOf[h]]}.
   */
  static final class Data {
    final String[] words;
    final int[][] sets;
    final Headwords headwords;
    final int[] setOf;

    Data(String[] words, int[][] sets, Headwords headwords, int[] setOf) {
      this.words = words;
      this.sets = sets;
      this.headwords = headwords;
      this.setOf = setOf;
    }
  }

  static void write(OutputStream out, String[] headwords, int[][] words, List<String> vocabulary)
      throws IOException {
    // renumber the words used, most frequent first (small numbers, fewer bytes)
    int[] frequency = new int[vocabulary.size()];
    for (int[] set : words) {
      for (int w : set) {
        frequency[w]++;
      }
    }
    List<Integer> used = new ArrayList<>();
    for (int w = 0; w < frequency.length; w++) {
      if (frequency[w] > 0) {
        used.add(w);
      }
    }
    used.sort((a, b) -> frequency[a] != frequency[b] ? Integer.compare(frequency[b], frequency[a])
        : vocabulary.get(a).compareTo(vocabulary.get(b)));
    int[] local = new int[vocabulary.size()];
    for (int i = 0; i < used.size(); i++) {
      local[used.get(i)] = i;
    }
    Map<List<Integer>, Integer> setIndex = new HashMap<>();
    List<int[]> sets = new ArrayList<>();
    int[] setOf = new int[headwords.length];
    for (int h = 0; h < headwords.length; h++) {
      int[] ids = new int[words[h].length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = local[words[h][i]];
      }
      Arrays.sort(ids);
      List<Integer> key = Arrays.stream(ids).boxed().toList();
      Integer s = setIndex.get(key);
      if (s == null) {
        s = sets.size();
        setIndex.put(key, s);
        sets.add(ids);
      }
      setOf[h] = s;
    }
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
    buf.write(MAGIC);
    writeInt(buf, VERSION);
    writeInt(buf, used.size());
    for (int w : used) {
      writeString(buf, vocabulary.get(w));
    }
    writeInt(buf, sets.size());
    for (int[] set : sets) {
      writeInt(buf, set.length);
      int previous = 0;
      for (int id : set) {
        writeInt(buf, id - previous);
        previous = id;
      }
    }
    writeInt(buf, headwords.length);
    String previous = "";
    for (int h = 0; h < headwords.length; h++) {
      String head = headwords[h];
      int shared = 0;
      while (shared < head.length() && shared < previous.length()
          && head.charAt(shared) == previous.charAt(shared)) {
        shared++;
      }
      if (shared > 0 && Character.isHighSurrogate(head.charAt(shared - 1))) {
        shared--;
      }
      writeInt(buf, shared);
      writeString(buf, head.substring(shared));
      writeInt(buf, setOf[h]);
      previous = head;
    }
    buf.write(END);
    buf.writeTo(gz);
    gz.finish();
    gz.flush();
  }

  static Data read(InputStream raw, String source) throws IOException {
    return read(raw, source, words -> { });
  }

  /**
   * Reads a compiled lexicon, handing its words to {@code wordsRead} as soon as they are read,
   * before its word sets and headwords: a caller may start work on them meanwhile.
   */
  static Data read(InputStream raw, String source, Consumer<String[]> wordsRead)
      throws IOException {
    try {
      Cursor in = new Cursor(new GZIPInputStream(raw, 1 << 16).readAllBytes());
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new FormatException(source, 0, "not a compiled duiqi lexicon");
      }
      int version = readInt(in);
      if (version != VERSION) {
        throw new FormatException(source, 0, "compiled lexicon of version " + version
            + "; this library reads version " + VERSION);
      }
      String[] vocabulary = new String[readCount(in, source)];
      for (int i = 0; i < vocabulary.length; i++) {
        vocabulary[i] = readString(in);
      }
      wordsRead.accept(vocabulary);
      int[][] sets = new int[readCount(in, source)][];
      for (int s = 0; s < sets.length; s++) {
        int[] set = new int[readCount(in, source)];
        int id = 0;
        for (int i = 0; i < set.length; i++) {
          id += readInt(in);
          if (id < 0 || id >= vocabulary.length) {
            throw new FormatException(source, 0, "word " + id + " of set " + s
                + " beyond the vocabulary of " + vocabulary.length);
          }
          set[i] = id;
        }
        sets[s] = set;
      }
      int headwordCount = readCount(in, source);
      if (headwordCount > in.remaining() / 3) {
        // each takes three numbers of a byte at least: no array sized to a corrupt count
        throw new FormatException(source, 0, headwordCount + " headwords in the "
            + in.remaining() + " bytes left");
      }
      int[] setOf = new int[headwordCount];
      // straight into one array: the shared prefix copied from the previous headword, order,
      // folding and Han checked on the new characters (a cold JVM reads 196,736 of them)
      Headwords.Appender heads = new Headwords.Appender(headwordCount, 3 * headwordCount);
      for (int h = 0; h < headwordCount; h++) {
        int previous = h == 0 ? 0 : heads.start[h - 1];
        int previousLength = heads.start[h] - previous;
        int shared = readInt(in);
        if (shared < 0 || shared > previousLength
            || shared > 0 && Character.isHighSurrogate(heads.chars[previous + shared - 1])) {
          throw new FormatException(source, 0, "headword " + h + " shares " + shared
              + " characters with a previous one of " + previousLength
              + " (not a count of whole characters)");
        }
        String suffix = readString(in);
        int length = shared + suffix.length();
        heads.reserve(length);
        char[] c = heads.chars;
        int at = heads.start[h];
        System.arraycopy(c, previous, c, at, shared);
        suffix.getChars(0, suffix.length(), c, at + shared);
        int set = readInt(in);
        if (set < 0 || set >= sets.length) {
          throw new FormatException(source, 0, "headword " + new String(c, at, length)
              + ": word set " + set + " beyond the " + sets.length + " sets");
        }
        if (h > 0 && !follows(c, at, length, previous, previousLength, shared)
            || !Lexicon.isHeadword(c, at + shared, at, length)) {
          throw new FormatException(source, 0, "headword " + h + " (" + new String(c, at, length)
              + ") out of order, repeated, without Han or not folded");
        }
        heads.end(length);
        setOf[h] = set;
      }
      if (!Arrays.equals(in.readNBytes(END.length), END)) {
        throw new FormatException(source, 0, "no end mark after " + headwordCount
            + " headwords");
      }
      return new Data(vocabulary, sets, heads.headwords(), setOf);
    } catch (EOFException e) {
      throw new FormatException(source, 0, "truncated compiled lexicon", e);
    } catch (ZipException e) {
      throw new FormatException(source, 0, "not gzip or corrupt: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the headword of {@code length} characters at {@code c[at]} comes strictly after the
   * one at {@code c[previous]} in {@link String#compareTo} order, the two sharing their first
   * {@code shared} characters.
   */
  private static boolean follows(char[] c, int at, int length, int previous, int previousLength,
      int shared) {
    for (int k = shared; k < length && k < previousLength; k++) {
      if (c[at + k] != c[previous + k]) {
        return c[at + k] > c[previous + k];
      }
    }
    return length > previousLength;
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    while ((v & ~0x7f) != 0) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  private static void writeString(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeInt(out, bytes.length);
    out.write(bytes, 0, bytes.length);
  }

  /** Reads the decompressed bytes; past the end it throws {@link EOFException}. */
  private static final class Cursor {
    private final byte[] data;
    private int at;

    Cursor(byte[] data) {
      this.data = data;
    }

    int read() {
      return at < data.length ? data[at++] & 0xff : -1;
    }

    int remaining() {
      return data.length - at;
    }

    byte[] readNBytes(int n) {
      int m = Math.min(n, data.length - at);
      byte[] out = Arrays.copyOfRange(data, at, at + m);
      at += m;
      return out;
    }

    String readUtf8(int n) throws EOFException {
      if (n > data.length - at) {
        throw new EOFException();
      }
      String s = new String(data, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }
  }

  private static int readInt(Cursor in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 32; shift += 7) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException();
      }
      v |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("variable-length int longer than 5 bytes");
  }

  private static int readCount(Cursor in, String source) throws IOException {
    int n = readInt(in);
    // whatever is counted takes a byte at least: no array sized to a corrupt count
    if (n < 0 || n > in.remaining()) {
      throw new FormatException(source, 0, "implausible count " + n + " with " + in.remaining()
          + " bytes left");
    }
    return n;
  }

  private static String readString(Cursor in) throws IOException {
    int n = readInt(in);
    if (n < 0 || n > 1 << 20) {
      throw new IOException("implausible string length " + n);
    }
    return in.readUtf8(n);
  }
}
