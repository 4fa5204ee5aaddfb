package io.github.duiqi.eval;

import io.github.duiqi.format.LadderEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;

/**
 * An interleaved stream built from a gold document, with the span of every gold sentence in it
 * and the paragraph pairs and beads the stream holds.
 *
 * <p>Construction: consecutive gold beads are grouped into pseudo-paragraphs (see
 * {@link #paragraphs}); each paragraph is written as its first-language sentences (Chinese
 * joined with nothing, English joined with one space), a separator, and its rendering; a
 * separator follows each paragraph pair. Paragraphs marked dropped lose their rendering (an
 * untranslated paragraph): their gold beads become one one-sided bead per remaining sentence.
 *
 * <pre>{@code
 * List<InterleavedStream.Paragraph> ps = InterleavedStream.paragraphs(gold, zh.size(),
 *     en.size(), new Random(1));
 * InterleavedStream s = InterleavedStream.build(zh, en, ps, dropped, layout, new Random(2));
 * }</pre>
 *
 * <p>Immutable; thread-safe.
 *
 * @param text the stream
 * @param chinese where each gold Chinese sentence is in the stream, {@link Span#ABSENT} where
 *     it was dropped
 * @param english where each gold English sentence is, {@link Span#ABSENT} where it was dropped
 * @param pairs the paragraph pairs written, as gold sentence ids (a side is empty where dropped;
 *     a pair with no sentence written is left out)
 * @param beads the gold beads of the stream's content
 */
public record InterleavedStream(String text, List<Span> chinese, List<Span> english,
    List<LadderEntry> pairs, List<LadderEntry> beads) {

  /** Smallest and largest number of gold beads a pseudo-paragraph is drawn to hold. */
  static final int MIN_BEADS = 1;
  static final int MAX_BEADS = 8;

  /** Copies the lists. */
  public InterleavedStream {
    Objects.requireNonNull(text, "text");
    chinese = List.copyOf(chinese);
    english = List.copyOf(english);
    pairs = List.copyOf(pairs);
    beads = List.copyOf(beads);
  }

  /**
   * Where a gold sentence is in the stream: {@code [start, end)}, or {@link #ABSENT}.
   *
   * @param start the offset of its first character, -1 if absent
   * @param end the offset after its last character, -1 if absent
   */
  public record Span(int start, int end) {

    /** A sentence that is not in the stream (its paragraph's rendering was dropped). */
    public static final Span ABSENT = new Span(-1, -1);

    /**
     * Validates.
     *
     * @throws IllegalArgumentException unless {@code 0 <= start <= end} or both are -1
     */
    public Span {
      if (!(start == -1 && end == -1) && !(start >= 0 && end >= start)) {
        throw new IllegalArgumentException("span [" + start + ", " + end + ") is not valid");
      }
    }

    /** Whether the sentence is in the stream. */
    public boolean present() {
      return start >= 0;
    }
  }

  /** Which language each paragraph pair opens with. */
  public enum Order {
    CHINESE_FIRST("zh"),
    ENGLISH_FIRST("en");

    final String label;

    Order(String label) {
      this.label = label;
    }
  }

  /** What separates a paragraph from its rendering and a pair from the next. */
  public enum Separator {
    NONE("none", ""),
    SPACE("space", " "),
    LINE("line", "\n"),
    BLANK("blank", "\n\n"),
    /** Each seam draws one of the four others at random (seeded). */
    MIXED("mixed", "");

    final String label;
    final String text;

    Separator(String label, String text) {
      this.label = label;
      this.text = text;
    }

    String draw(Random random) {
      if (this != MIXED) {
        return text;
      }
      Separator[] plain = {NONE, SPACE, LINE, BLANK};
      return plain[random.nextInt(plain.length)].text;
    }
  }

  /**
   * An order and a separator, named like {@code zh-none} or {@code en-blank}.
   *
   * @param order which language opens each pair
   * @param separator the separator at every seam
   */
  public record Layout(Order order, Separator separator) {

    /** Validates. */
    public Layout {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(separator, "separator");
    }

    /** Returns the name, e.g. {@code zh-line}. */
    public String name() {
      return order.label + "-" + separator.label;
    }

    /** All layouts: both orders with each separator. */
    public static List<Layout> all() {
      List<Layout> out = new ArrayList<>();
      for (Order o : Order.values()) {
        for (Separator s : Separator.values()) {
          out.add(new Layout(o, s));
        }
      }
      return out;
    }

    /**
     * Parses a name such as {@code zh-blank}, {@code en-mixed}; {@code zh} or {@code en} alone
     * is not a layout.
     *
     * @throws IllegalArgumentException naming the text if it is not a layout
     */
    public static Layout parse(String name) {
      Objects.requireNonNull(name, "name");
      String n = name.strip().toLowerCase(Locale.ROOT);
      for (Layout l : all()) {
        if (l.name().equals(n)) {
          return l;
        }
      }
      StringBuilder names = new StringBuilder();
      for (Layout l : all()) {
        names.append(names.length() == 0 ? "" : ", ").append(l.name());
      }
      throw new IllegalArgumentException("'" + name + "' is not a layout; use one of " + names);
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /**
   * A pseudo-paragraph: the gold sentences {@code [chineseFrom, chineseTo)} and
   * {@code [englishFrom, englishTo)}, and the gold beads inside.
   */
  public record Paragraph(int chineseFrom, int chineseTo, int englishFrom, int englishTo,
      List<LadderEntry> beads) {

    /** Copies the beads. */
    public Paragraph {
      beads = List.copyOf(beads);
    }
  }

  /**
   * Groups the gold beads into pseudo-paragraphs. Each paragraph is drawn a size of
   * {@value #MIN_BEADS}–{@value #MAX_BEADS} beads, and ends at the first bead, at or after that
   * size, after which the beads so far cover exactly a prefix of each side's sentences (so that
   * crossing or non-contiguous gold beads never straddle two paragraphs) and the paragraph has
   * sentences on both sides. Sentences that no gold bead holds get a one-sided bead of their own.
   *
   * @param gold the gold beads in document order
   * @param chineseCount number of Chinese sentences
   * @param englishCount number of English sentences
   * @param random the source of paragraph sizes
   */
  public static List<Paragraph> paragraphs(List<LadderEntry> gold, int chineseCount,
      int englishCount, Random random) {
    List<LadderEntry> beads = withUncovered(gold, chineseCount, englishCount);
    List<Paragraph> out = new ArrayList<>();
    boolean[] zhSeen = new boolean[chineseCount];
    boolean[] enSeen = new boolean[englishCount];
    int zhPrefix = 0;
    int enPrefix = 0;
    int zhFrom = 0;
    int enFrom = 0;
    List<LadderEntry> current = new ArrayList<>();
    int target = draw(random);
    for (int b = 0; b < beads.size(); b++) {
      LadderEntry r = beads.get(b);
      current.add(r);
      for (int z : r.chineseIndices()) {
        zhSeen[z] = true;
      }
      for (int e : r.englishIndices()) {
        enSeen[e] = true;
      }
      while (zhPrefix < chineseCount && zhSeen[zhPrefix]) {
        zhPrefix++;
      }
      while (enPrefix < englishCount && enSeen[enPrefix]) {
        enPrefix++;
      }
      boolean clean = covers(current, zhFrom, zhPrefix, enFrom, enPrefix);
      boolean last = b == beads.size() - 1;
      if (last || (current.size() >= target && clean && zhPrefix > zhFrom
          && enPrefix > enFrom)) {
        out.add(new Paragraph(zhFrom, last ? chineseCount : zhPrefix, enFrom,
            last ? englishCount : enPrefix, current));
        zhFrom = zhPrefix;
        enFrom = enPrefix;
        current = new ArrayList<>();
        target = draw(random);
      }
    }
    return out;
  }

  private static int draw(Random random) {
    return MIN_BEADS + random.nextInt(MAX_BEADS - MIN_BEADS + 1);
  }

  /** Whether the beads hold exactly the sentences of the two ranges. */
  private static boolean covers(List<LadderEntry> beads, int zhFrom, int zhTo, int enFrom,
      int enTo) {
    int zh = 0;
    int en = 0;
    for (LadderEntry r : beads) {
      for (int z : r.chineseIndices()) {
        if (z < zhFrom || z >= zhTo) {
          return false;
        }
        zh++;
      }
      for (int e : r.englishIndices()) {
        if (e < enFrom || e >= enTo) {
          return false;
        }
        en++;
      }
    }
    return zh == zhTo - zhFrom && en == enTo - enFrom;
  }

  /** The gold beads, with a one-sided bead for each sentence no bead holds, in order. */
  private static List<LadderEntry> withUncovered(List<LadderEntry> gold, int chineseCount,
      int englishCount) {
    boolean[] zh = new boolean[chineseCount];
    boolean[] en = new boolean[englishCount];
    for (LadderEntry r : gold) {
      for (int z : r.chineseIndices()) {
        zh[z] = true;
      }
      for (int e : r.englishIndices()) {
        en[e] = true;
      }
    }
    List<LadderEntry> out = new ArrayList<>(gold.size());
    int nz = 0;
    int ne = 0;
    for (LadderEntry r : gold) {
      int zUpTo = r.chineseIndices().isEmpty() ? nz : r.chineseIndices().get(0);
      int eUpTo = r.englishIndices().isEmpty() ? ne : r.englishIndices().get(0);
      nz = addUncovered(out, zh, nz, zUpTo, true);
      ne = addUncovered(out, en, ne, eUpTo, false);
      out.add(r);
    }
    addUncovered(out, zh, nz, chineseCount, true);
    addUncovered(out, en, ne, englishCount, false);
    return out;
  }

  private static int addUncovered(List<LadderEntry> out, boolean[] covered, int from, int to,
      boolean chinese) {
    for (int k = from; k < to; k++) {
      if (!covered[k]) {
        covered[k] = true;
        out.add(chinese ? new LadderEntry(List.of(k), List.of())
            : new LadderEntry(List.of(), List.of(k)));
      }
    }
    return Math.max(from, to);
  }

  /**
   * Writes the stream.
   *
   * @param chinese the gold Chinese sentences (each is written stripped of outer whitespace)
   * @param english the gold English sentences
   * @param paragraphs the pseudo-paragraphs, covering all sentences in order
   * @param dropped for each paragraph, whether its rendering is left out
   * @param layout order and separator
   * @param random the source of separators for {@link Separator#MIXED}
   */
  public static InterleavedStream build(List<String> chinese, List<String> english,
      List<Paragraph> paragraphs, boolean[] dropped, Layout layout, Random random) {
    if (dropped.length != paragraphs.size()) {
      throw new IllegalArgumentException(dropped.length + " drop flags for "
          + paragraphs.size() + " paragraphs");
    }
    Span[] zh = absent(chinese.size());
    Span[] en = absent(english.size());
    StringBuilder sb = new StringBuilder();
    List<LadderEntry> pairs = new ArrayList<>();
    List<LadderEntry> beads = new ArrayList<>();
    boolean chineseFirst = layout.order() == Order.CHINESE_FIRST;
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      boolean drop = dropped[p];
      if (p > 0) {
        sb.append(layout.separator().draw(random));
      }
      boolean writeChinese = chineseFirst || !drop;
      boolean writeEnglish = !chineseFirst || !drop;
      if (chineseFirst) {
        write(sb, chinese, para.chineseFrom(), para.chineseTo(), "", zh);
        if (writeEnglish) {
          sb.append(layout.separator().draw(random));
          write(sb, english, para.englishFrom(), para.englishTo(), " ", en);
        }
      } else {
        write(sb, english, para.englishFrom(), para.englishTo(), " ", en);
        if (writeChinese) {
          sb.append(layout.separator().draw(random));
          write(sb, chinese, para.chineseFrom(), para.chineseTo(), "", zh);
        }
      }
      List<Integer> zhIds = writeChinese ? range(para.chineseFrom(), para.chineseTo()) : List.of();
      List<Integer> enIds = writeEnglish ? range(para.englishFrom(), para.englishTo()) : List.of();
      if (!zhIds.isEmpty() || !enIds.isEmpty()) {
        // a last paragraph can hold only sentences of the side left out: nothing to find
        pairs.add(new LadderEntry(zhIds, enIds));
      }
      if (!drop) {
        beads.addAll(para.beads());
      } else {
        for (int z : zhIds) {
          beads.add(new LadderEntry(List.of(z), List.of()));
        }
        for (int e : enIds) {
          beads.add(new LadderEntry(List.of(), List.of(e)));
        }
      }
    }
    return new InterleavedStream(sb.toString(), List.of(zh), List.of(en), pairs, beads);
  }

  private static void write(StringBuilder sb, List<String> sentences, int from, int to,
      String joiner, Span[] spans) {
    boolean any = false;
    for (int k = from; k < to; k++) {
      String s = sentences.get(k).strip();
      if (any && !s.isEmpty()) {
        sb.append(joiner);
      }
      int start = sb.length();
      sb.append(s);
      spans[k] = new Span(start, sb.length());
      any |= !s.isEmpty();
    }
  }

  private static Span[] absent(int n) {
    Span[] a = new Span[n];
    Arrays.fill(a, Span.ABSENT);
    return a;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> ids = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      ids.add(k);
    }
    return ids;
  }
}
