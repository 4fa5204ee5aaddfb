package io.github.duiqi.align;

import io.github.duiqi.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translation table learned once over many document pairs (a batch) and then applied to
 * each of them: the same IBM Model 1 as {@link TranslationModel}, trained on beads that the
 * caller has gathered from the first passes of all the pairs, kept as Chinese characters and
 * English stems so that it can be projected onto any document pair. The projection
 * ({@link #evidence}) keeps the entries whose stem the document's English holds, with their
 * trained {@code t(e|f)}, and weighs each stem by its frequency {@code p(e)} in that document,
 * as the per-document table does.
 *
 * <p>The public face is {@code io.github.duiqi.LearnedLexicon}. Immutable; thread-safe.
 */
public final class LearnedTable {

  /** Beads scoring below this are not trained on (the per-document pass's threshold). */
  public static final double CONFIDENT = TranslationModel.CONFIDENT;
  /** At most this many beads are trained on (the per-document pass's bound). */
  public static final int MAX_BEADS = TranslationModel.MAX_BEADS;

  /** The characters with entries, ascending; character {@code k}'s entries are at entryAt[k]. */
  private final int[] codePoints;
  private final int[] entryAt;
  /** Each entry's stem, an index into {@link #stems}. */
  private final int[] entryStem;
  private final double[] entryT;
  private final String[] stems;
  private final Map<String, Integer> stemIndex;
  private final int beads;

  private LearnedTable(int[] codePoints, int[] entryAt, int[] entryStem, double[] entryT,
      String[] stems, int beads) {
    this.codePoints = codePoints;
    this.entryAt = entryAt;
    this.entryStem = entryStem;
    this.entryT = entryT;
    this.stems = stems;
    Map<String, Integer> index = new HashMap<>();
    for (int e = 0; e < stems.length; e++) {
      index.put(stems[e], e);
    }
    this.stemIndex = index;
    this.beads = beads;
  }

  /**
   * Trains a table on beads: bead {@code k} is Chinese sentences {@code chinese.get(k)} with
   * English sentences {@code english.get(k)}; beads with a side that holds no Han character or
   * no content word teach nothing. At most {@link #MAX_BEADS} are used (the caller samples).
   * Deterministic: the same beads in the same order give the same table, bit for bit.
   *
   * @throws IllegalArgumentException if the lists' sizes differ or exceed {@link #MAX_BEADS}
   */
  public static LearnedTable train(List<List<String>> chinese, List<List<String>> english) {
    int count = chinese.size();
    if (english.size() != count) {
      throw new IllegalArgumentException(count + " Chinese sides but " + english.size()
          + " English ones");
    }
    if (count > MAX_BEADS) {
      throw new IllegalArgumentException(count + " beads is more than " + MAX_BEADS);
    }
    // global ids in first-seen order, each bead's ids in text order
    Map<Integer, Integer> charId = new HashMap<>();
    Profile.IntList charCodePoint = new Profile.IntList();
    Map<String, Integer> stemId = new HashMap<>();
    List<String> stemList = new ArrayList<>();
    int[][] zhIds = new int[count][];
    int[][] enIds = new int[count][];
    for (int k = 0; k < count; k++) {
      Profile.IntList z = new Profile.IntList();
      for (String s : chinese.get(k)) {
        for (int x = 0; x < s.length(); ) {
          int cp = s.codePointAt(x);
          if (TranslationModel.Words.isHan(cp)) {
            Integer id = charId.get(cp);
            if (id == null) {
              id = charId.size();
              charId.put(cp, id);
              charCodePoint.add(cp);
            }
            z.add(id);
          }
          x += Character.charCount(cp);
        }
      }
      Profile.IntList e = new Profile.IntList();
      for (String s : english.get(k)) {
        for (String stem : Lexicon.englishStems(s)) {
          Integer id = stemId.get(stem);
          if (id == null) {
            id = stemList.size();
            stemId.put(stem, id);
            stemList.add(stem);
          }
          e.add(id);
        }
      }
      zhIds[k] = z.toArray();
      enIds[k] = e.toArray();
    }
    int chars = charId.size();
    int stemCount = stemList.size();
    int usable = 0;
    for (int k = 0; k < count; k++) {
      usable += zhIds[k].length > 0 && enIds[k].length > 0 ? 1 : 0;
    }
    int[][] fs = new int[usable][];
    int[][] fn = new int[usable][];
    int[][] es = new int[usable][];
    int[][] en = new int[usable][];
    int[] mark = new int[Math.max(chars, stemCount)];
    Arrays.fill(mark, -1);
    int[] tally = new int[mark.length];
    for (int k = 0, u = 0; k < count; k++) {
      if (zhIds[k].length == 0 || enIds[k].length == 0) {
        continue;
      }
      int[][] f = TranslationModel.distinct(zhIds[k], 0, zhIds[k].length, mark, tally);
      int[][] e = TranslationModel.distinct(enIds[k], 0, enIds[k].length, mark, tally);
      fs[u] = f[0];
      fn[u] = f[1];
      es[u] = e[0];
      en[u] = e[1];
      u++;
    }
    TranslationModel.Table table = TranslationModel.train(fs, fn, es, en, chars, stemCount);
    // the kept entries, characters in code point order
    Integer[] order = new Integer[chars];
    for (int c = 0; c < chars; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(charCodePoint.data[a], charCodePoint.data[b]));
    Profile.IntList codePoints = new Profile.IntList();
    Profile.IntList entryAt = new Profile.IntList();
    Profile.IntList entryStem = new Profile.IntList();
    LexicalEvidence.DoubleList entryT = new LexicalEvidence.DoubleList();
    entryAt.add(0);
    for (int c : order) {
      int from = entryStem.size;
      for (int p = table.start[c]; p < table.start[c + 1]; p++) {
        if (table.t[p] >= TranslationModel.MIN_PROBABILITY) {
          entryStem.add(table.stemOf[p]);
          entryT.add(table.t[p]);
        }
      }
      if (entryStem.size > from) {
        codePoints.add(charCodePoint.data[c]);
        entryAt.add(entryStem.size);
      }
    }
    return new LearnedTable(codePoints.toArray(), entryAt.toArray(), entryStem.toArray(),
        entryT.toArray(), stemList.toArray(new String[0]), usable);
  }

  /** The beads the table was trained on (those with both sides non-empty). */
  public int beads() {
    return beads;
  }

  /** The Chinese characters with at least one entry. */
  public int characters() {
    return codePoints.length;
  }

  /** The entries, over all characters. */
  public int entries() {
    return entryStem.length;
  }

  /**
   * The entries of one character: each English stem with its {@code t(e|f)}, in the order the
   * training met them; empty for a character without entries.
   */
  public Map<String, Double> translations(int codePoint) {
    int k = Arrays.binarySearch(codePoints, codePoint);
    if (k < 0) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int p = entryAt[k]; p < entryAt[k + 1]; p++) {
      out.put(stems[entryStem[p]], entryT[p]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** The table's evidence on the document pair whose words these are. */
  LexicalEvidence evidence(TranslationModel.Words words) {
    long started = System.nanoTime();
    int docStems = words.stemCount.length;
    Map<Integer, Integer> local = new HashMap<>();
    for (int e = 0; e < docStems; e++) {
      Integer g = stemIndex.get(words.stem(e));
      if (g != null) {
        local.put(g, e);
      }
    }
    Profile.IntList start = new Profile.IntList();
    Profile.IntList stemOf = new Profile.IntList();
    LexicalEvidence.DoubleList t = new LexicalEvidence.DoubleList();
    start.add(0);
    for (int c = 0; c < words.chars; c++) {
      int k = Arrays.binarySearch(codePoints, words.codePoint(c));
      if (k >= 0) {
        for (int p = entryAt[k]; p < entryAt[k + 1]; p++) {
          Integer e = local.get(entryStem[p]);
          if (e != null) {
            stemOf.add(e);
            t.add(entryT[p]);
          }
        }
      }
      start.add(stemOf.size);
    }
    return TranslationModel.evidence(words, start.toArray(), stemOf.toArray(), t.toArray(),
        new int[words.longestChinese()], started, beads);
  }

  @Override
  public String toString() {
    return "LearnedTable[beads=" + beads + ", characters=" + characters() + ", entries="
        + entries() + "]";
  }
}
