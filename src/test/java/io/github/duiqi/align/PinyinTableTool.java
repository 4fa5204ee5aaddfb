package io.github.duiqi.align;

import com.ibm.icu.text.Transliterator;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Compiles {@link Pinyin}'s table from ICU. Run after an ICU upgrade when {@code PinyinTest}
 * fails:
 *
 * <pre>
 * ./mvnw -q -pl duiqi test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp duiqi/target/test-classes:duiqi/target/classes:$(cat cp.txt) \
 *     io.github.duiqi.align.PinyinTableTool src/main/resources/io/github/duiqi/align/pinyin.bin.gz
 * </pre>
 *
 * The output is the same bytes for the same ICU version (a fixed gzip header, syllables sorted).
 */
public final class PinyinTableTool {

  private PinyinTableTool() {}

  /** The transliteration {@link Pinyin} tabulates. */
  static Transliterator transliterator() {
    return Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
  }

  /** The syllable ICU gives {@code codePoint} alone, or null where it gives none. */
  static String reading(Transliterator t, int codePoint) {
    String c = new String(Character.toChars(codePoint));
    String r = t.transliterate(c);
    return r.equals(c) || !r.matches("[a-z]+") ? null : r;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PinyinTableTool OUTPUT.bin.gz");
      System.exit(2);
    }
    Transliterator t = transliterator();
    String[] of = new String[Pinyin.LAST - Pinyin.FIRST + 1];
    TreeSet<String> all = new TreeSet<>();
    for (int c = Pinyin.FIRST; c <= Pinyin.LAST; c++) {
      of[c - Pinyin.FIRST] = reading(t, c);
      if (of[c - Pinyin.FIRST] != null) {
        all.add(of[c - Pinyin.FIRST]);
      }
    }
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (String s : all) {
      ids.put(s, ids.size());
    }
    try (OutputStream file = Files.newOutputStream(Path.of(args[0]));
        GZIPOutputStream gz = new GZIPOutputStream(file);
        DataOutputStream out = new DataOutputStream(gz)) {
      out.writeInt(Pinyin.MAGIC);
      out.writeInt(Pinyin.FIRST);
      out.writeInt(Pinyin.LAST);
      out.writeShort(ids.size());
      for (String s : ids.keySet()) {
        out.writeUTF(s);
      }
      for (String r : of) {
        out.writeShort(r == null ? 0 : ids.get(r) + 1);
      }
    }
    System.err.println(ids.size() + " syllables written to " + args[0]);
  }
}
