package io.github.duiqi.eval;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.ParagraphPair;
import io.github.duiqi.Sentence;
import io.github.duiqi.format.FormatException;
import io.github.duiqi.format.LadderEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates {@link Aligner#alignInterleaved} on streams built from a gold directory (the layout
 * of {@code align-dev}: {@code NNN.zh}, {@code NNN.en}, {@code NNN.align}): each document becomes
 * one {@link InterleavedStream} per layout, and the stream's alignment is scored on its
 * paragraph pairs and its sentence beads.
 *
 * <p>Scoring maps every predicted sentence (and paragraph side) to the gold sentences whose
 * spans in the stream it overlaps, so that predicted beads become sets of gold ids. A predicted
 * bead is an exact match when those sets equal a gold bead of the stream, none of its Chinese
 * spans overlaps a gold English sentence (nor the reverse), and no other predicted bead touches
 * any of its gold sentences (a gold sentence cut in two and put into two beads matches neither).
 * Paragraph pairs are scored the same way against the pairs the stream was built from.
 * P = matches / predicted, R = matches / gold, F1 = 2PR/(P+R), counts summed over documents.
 *
 * <pre>{@code
 * InterleavedEvaluation.Result r = InterleavedEvaluation.run(Aligner.create(),
 *     Path.of("align-dev/mac-dev"), InterleavedStream.Layout.all(), 1, 0.1, null);
 * System.out.print(InterleavedEvaluation.report(r));
 * }</pre>
 *
 * <p>Stateless; thread-safe.
 */
public final class InterleavedEvaluation {

  /** Default share of paragraphs whose rendering is left out. */
  public static final double DROP_RATE = 0.1;

  private InterleavedEvaluation() {}

  /** Counts of one group of streams; mutable accumulator, not thread-safe. */
  public static final class Tally {
    long streams;
    long goldPairs;
    long testPairs;
    long pairMatches;
    long goldBeads;
    long testBeads;
    long beadMatches;
    long goldSentences;
    long exactSentences;

    void add(Tally t) {
      streams += t.streams;
      goldPairs += t.goldPairs;
      testPairs += t.testPairs;
      pairMatches += t.pairMatches;
      goldBeads += t.goldBeads;
      testBeads += t.testBeads;
      beadMatches += t.beadMatches;
      goldSentences += t.goldSentences;
      exactSentences += t.exactSentences;
    }

    public double pairPrecision() {
      return pairs().precision();
    }

    public double pairRecall() {
      return pairs().recall();
    }

    public double pairF1() {
      return pairs().f1();
    }

    public double beadPrecision() {
      return beads().precision();
    }

    public double beadRecall() {
      return beads().recall();
    }

    public double beadF1() {
      return beads().f1();
    }

    /** Share of the stream's gold sentences that some predicted sentence spans exactly. */
    public double sentenceRecall() {
      return PrecisionRecall.ratio(exactSentences, goldSentences);
    }

    private PrecisionRecall pairs() {
      return PrecisionRecall.of(pairMatches, testPairs, goldPairs);
    }

    private PrecisionRecall beads() {
      return PrecisionRecall.of(beadMatches, testBeads, goldBeads);
    }

    public long goldBeads() {
      return goldBeads;
    }

    public long testBeads() {
      return testBeads;
    }

    public long goldPairs() {
      return goldPairs;
    }

    public long testPairs() {
      return testPairs;
    }
  }

  /**
   * Tallies per layout (in the order asked) and over all.
   *
   * @param layouts the tally of each layout
   * @param total all streams together
   * @param presplit the beads the aligner finds from the gold sentences when the paragraphs are
   *     known (each built paragraph pair aligned with {@link Aligner#alignSentences}, a dropped
   *     paragraph's sentences one-sided), once for each order among the layouts: the ceiling
   *     that run detection, layout and re-splitting can only lower
   */
  public record Result(Map<InterleavedStream.Layout, Tally> layouts, Tally total,
      Tally presplit) {}

  /**
   * Builds, aligns and scores the streams of every document of {@code goldDir}. The paragraphs
   * and the dropped renderings of a document depend only on {@code seed} and the document's
   * name, so every layout shows the same paragraphs. When {@code outDir} is not null, writes
   * {@code NNN.LAYOUT.txt} (the stream), {@code NNN.LAYOUT.gold} (its gold beads, ladder) and
   * {@code NNN.LAYOUT.tsv} (each predicted bead: gold ids, score, verdict, texts).
   *
   * @throws FormatException if a gold file is malformed
   * @throws IOException if a file cannot be read or written, or the directory has no document
   * @param dropRate the chance that a paragraph's rendering is left out, in {@code [0, 1]}
   * @throws IllegalArgumentException if {@code layouts} is empty or {@code dropRate} is not in
   *     {@code [0, 1]}
   */
  public static Result run(Aligner aligner, Path goldDir, List<InterleavedStream.Layout> layouts,
      long seed, double dropRate, Path outDir) throws IOException {
    Objects.requireNonNull(aligner, "aligner");
    Objects.requireNonNull(goldDir, "goldDir");
    Objects.requireNonNull(layouts, "layouts");
    if (layouts.isEmpty()) {
      throw new IllegalArgumentException("no layout to evaluate");
    }
    if (!(dropRate >= 0 && dropRate <= 1)) {
      throw new IllegalArgumentException("drop rate " + dropRate + " is not in [0, 1]");
    }
    List<String> names = GoldDocument.names(goldDir);
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    Map<InterleavedStream.Layout, Tally> byLayout = new LinkedHashMap<>();
    for (InterleavedStream.Layout l : layouts) {
      byLayout.put(l, new Tally());
    }
    Tally total = new Tally();
    Tally presplit = new Tally();
    Set<InterleavedStream.Order> orders = new TreeSet<>();
    for (InterleavedStream.Layout l : layouts) {
      orders.add(l.order());
    }
    for (String name : names) {
      GoldDocument document = GoldDocument.read(goldDir, name);
      List<String> zh = document.chinese();
      List<String> en = document.english();
      List<LadderEntry> gold = document.gold();
      Random random = new Random(seed * 1_000_003L + name.hashCode());
      List<InterleavedStream.Paragraph> paragraphs = InterleavedStream.paragraphs(gold,
          zh.size(), en.size(), random);
      boolean[] dropped = new boolean[paragraphs.size()];
      for (int p = 0; p < dropped.length; p++) {
        dropped[p] = random.nextDouble() < dropRate;
      }
      for (InterleavedStream.Order order : orders) {
        presplit.add(presplit(aligner, zh, en, paragraphs, dropped, order));
      }
      for (InterleavedStream.Layout layout : byLayout.keySet()) {
        Random separators = new Random(seed * 1_000_003L + (name + layout.name()).hashCode());
        InterleavedStream stream = InterleavedStream.build(zh, en, paragraphs, dropped, layout,
            separators);
        Alignment alignment = aligner.alignInterleaved(stream.text());
        Tally t = score(stream, alignment);
        byLayout.get(layout).add(t);
        total.add(t);
        if (outDir != null) {
          write(outDir, name + "." + layout.name(), stream, alignment);
        }
      }
    }
    return new Result(byLayout, total, presplit);
  }

  /** Aligns each built paragraph pair's gold sentences and scores the beads (no pairs). */
  static Tally presplit(Aligner aligner, List<String> zh, List<String> en,
      List<InterleavedStream.Paragraph> paragraphs, boolean[] dropped,
      InterleavedStream.Order order) {
    Tally t = new Tally();
    List<LadderEntry> gold = new ArrayList<>();
    List<LadderEntry> test = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      InterleavedStream.Paragraph para = paragraphs.get(p);
      if (dropped[p]) {
        // the rendering is gone: the first language's sentences stand alone, found trivially
        if (order == InterleavedStream.Order.CHINESE_FIRST) {
          for (int z = para.chineseFrom(); z < para.chineseTo(); z++) {
            gold.add(new LadderEntry(List.of(z), List.of()));
          }
        } else {
          for (int e = para.englishFrom(); e < para.englishTo(); e++) {
            gold.add(new LadderEntry(List.of(), List.of(e)));
          }
        }
        continue;
      }
      gold.addAll(para.beads());
      Alignment a = aligner.alignSentences(zh.subList(para.chineseFrom(), para.chineseTo()),
          en.subList(para.englishFrom(), para.englishTo()));
      for (Bead b : a.beads()) {
        test.add(new LadderEntry(
            b.chineseIndices().stream().map(i -> i + para.chineseFrom()).toList(),
            b.englishIndices().stream().map(i -> i + para.englishFrom()).toList()));
      }
    }
    int trivial = gold.size() - countNonDropped(paragraphs, dropped);
    Set<LadderEntry> goldSet = new HashSet<>(gold);
    t.streams = 1;
    t.goldBeads = gold.size();
    t.testBeads = test.size() + trivial;
    t.beadMatches = trivial;
    for (LadderEntry r : test) {
      if (goldSet.contains(r)) {
        t.beadMatches++;
      }
    }
    return t;
  }

  private static int countNonDropped(List<InterleavedStream.Paragraph> paragraphs,
      boolean[] dropped) {
    int n = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      if (!dropped[p]) {
        n += paragraphs.get(p).beads().size();
      }
    }
    return n;
  }

  /** Scores one stream's alignment. */
  public static Tally score(InterleavedStream stream, Alignment alignment) {
    Spans spans = new Spans(stream);
    Tally t = new Tally();
    t.streams = 1;
    List<Group> beadGroups = new ArrayList<>(alignment.beads().size());
    for (Bead b : alignment.beads()) {
      beadGroups.add(spans.group(spansOf(b.chinese()), spansOf(b.english())));
    }
    t.goldBeads = stream.beads().size();
    t.testBeads = beadGroups.size();
    t.beadMatches = matches(beadGroups, stream.beads(), stream);
    List<Group> pairGroups = new ArrayList<>(alignment.paragraphs().size());
    for (ParagraphPair p : alignment.paragraphs()) {
      pairGroups.add(spans.group(span(p.chineseStart(), p.chineseEnd()),
          span(p.englishStart(), p.englishEnd())));
    }
    t.goldPairs = stream.pairs().size();
    t.testPairs = pairGroups.size();
    t.pairMatches = matches(pairGroups, stream.pairs(), stream);
    Set<Long> predictedChinese = new HashSet<>();
    for (Sentence s : alignment.chinese()) {
      predictedChinese.add(key(s.start(), s.end()));
    }
    Set<Long> predictedEnglish = new HashSet<>();
    for (Sentence s : alignment.english()) {
      predictedEnglish.add(key(s.start(), s.end()));
    }
    for (InterleavedStream.Span s : stream.chinese()) {
      if (s.present()) {
        t.goldSentences++;
        if (predictedChinese.contains(key(s.start(), s.end()))) {
          t.exactSentences++;
        }
      }
    }
    for (InterleavedStream.Span s : stream.english()) {
      if (s.present()) {
        t.goldSentences++;
        if (predictedEnglish.contains(key(s.start(), s.end()))) {
          t.exactSentences++;
        }
      }
    }
    return t;
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static List<int[]> spansOf(List<Sentence> sentences) {
    List<int[]> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(new int[] {s.start(), s.end()});
    }
    return out;
  }

  private static List<int[]> span(int start, int end) {
    return start < end ? List.of(new int[] {start, end}) : List.of();
  }

  /**
   * A predicted bead or pair as gold ids, null when it overlaps no gold sentence (it then
   * matches nothing); {@code mixed} when a side overlaps the other side.
   */
  private record Group(@Nullable LadderEntry rung, boolean mixed) {}

  private static long matches(List<Group> groups, List<LadderEntry> gold,
      InterleavedStream stream) {
    int[] zhTouches = new int[stream.chinese().size()];
    int[] enTouches = new int[stream.english().size()];
    for (Group g : groups) {
      if (g.rung() == null) {
        continue;
      }
      for (int z : g.rung().chineseIndices()) {
        zhTouches[z]++;
      }
      for (int e : g.rung().englishIndices()) {
        enTouches[e]++;
      }
    }
    Set<LadderEntry> goldSet = new HashSet<>(gold);
    long matches = 0;
    for (Group g : groups) {
      LadderEntry rung = g.rung();
      if (g.mixed() || rung == null || !goldSet.contains(rung)) {
        continue;
      }
      boolean alone = true;
      for (int z : rung.chineseIndices()) {
        alone &= zhTouches[z] == 1;
      }
      for (int e : rung.englishIndices()) {
        alone &= enTouches[e] == 1;
      }
      if (alone) {
        matches++;
      }
    }
    return matches;
  }

  /** The gold sentences' spans in stream order, for overlap look-ups. */
  private static final class Spans {
    final int[] starts;
    final int[] ends;
    final boolean[] chinese;
    final int[] ids;

    Spans(InterleavedStream s) {
      List<int[]> all = new ArrayList<>();
      for (int k = 0; k < s.chinese().size(); k++) {
        InterleavedStream.Span span = s.chinese().get(k);
        if (span.present() && span.end() > span.start()) {
          all.add(new int[] {span.start(), span.end(), 1, k});
        }
      }
      for (int k = 0; k < s.english().size(); k++) {
        InterleavedStream.Span span = s.english().get(k);
        if (span.present() && span.end() > span.start()) {
          all.add(new int[] {span.start(), span.end(), 0, k});
        }
      }
      all.sort((a, b) -> Integer.compare(a[0], b[0]));
      int n = all.size();
      starts = new int[n];
      ends = new int[n];
      chinese = new boolean[n];
      ids = new int[n];
      for (int k = 0; k < n; k++) {
        starts[k] = all.get(k)[0];
        ends[k] = all.get(k)[1];
        chinese[k] = all.get(k)[2] == 1;
        ids[k] = all.get(k)[3];
      }
    }

    Group group(List<int[]> chineseSpans, List<int[]> englishSpans) {
      Set<Integer> zh = new TreeSet<>();
      Set<Integer> en = new TreeSet<>();
      boolean mixed = collect(chineseSpans, true, zh, en);
      mixed |= collect(englishSpans, false, zh, en);
      return new Group(zh.isEmpty() && en.isEmpty() ? null
          : new LadderEntry(List.copyOf(zh), List.copyOf(en)), mixed);
    }

    /** Adds the ids each span overlaps; returns whether a span overlaps the other language. */
    private boolean collect(List<int[]> spans, boolean side, Set<Integer> zh, Set<Integer> en) {
      boolean mixed = false;
      for (int[] span : spans) {
        for (int k = firstEndingAfter(span[0]); k < starts.length && starts[k] < span[1]; k++) {
          (chinese[k] ? zh : en).add(ids[k]);
          mixed |= chinese[k] != side;
        }
      }
      return mixed;
    }

    private int firstEndingAfter(int offset) {
      int lo = 0;
      int hi = ends.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

  }

  private static void write(Path outDir, String base, InterleavedStream stream,
      Alignment alignment) throws IOException {
    Files.writeString(outDir.resolve(base + ".txt"), stream.text(), StandardCharsets.UTF_8);
    StringBuilder gold = new StringBuilder();
    for (LadderEntry r : stream.beads()) {
      gold.append(r.ladderLine()).append('\n');
    }
    Files.writeString(outDir.resolve(base + ".gold"), gold, StandardCharsets.UTF_8);
    Spans spans = new Spans(stream);
    Set<LadderEntry> goldSet = new HashSet<>(stream.beads());
    StringBuilder tsv = new StringBuilder();
    for (Bead b : alignment.beads()) {
      Group g = spans.group(spansOf(b.chinese()), spansOf(b.english()));
      LadderEntry rung = g.rung();
      String verdict = g.mixed() ? "mixed"
          : rung != null && goldSet.contains(rung) ? "gold" : "miss";
      tsv.append(rung == null ? "[]:[]" : rung.ladderLine()).append('\t').append(Scores.formatScore(b.score())).append('\t')
          .append(verdict).append('\t').append(oneLine(b.chineseText())).append('\t')
          .append(oneLine(b.englishText())).append('\n');
    }
    Files.writeString(outDir.resolve(base + ".tsv"), tsv, StandardCharsets.UTF_8);
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  /** Formats one line per layout and one for the total. */
  public static String report(Result result) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-9s %7s %7s %6s %6s %6s  %7s %7s %6s %6s %6s  %6s%n",
        "layout", "pairs", "test", "P", "R", "F1", "beads", "test", "P", "R", "F1", "sents"));
    for (Map.Entry<InterleavedStream.Layout, Tally> e : result.layouts().entrySet()) {
      line(sb, e.getKey().name(), e.getValue());
    }
    line(sb, "total", result.total());
    Tally p = result.presplit();
    sb.append(String.format(Locale.ROOT,
        "presplit  %7s %7s %6s %6s %6s  %7d %7d %6.4f %6.4f %6.4f  %6s%n", "-", "-", "-", "-",
        "-", p.goldBeads, p.testBeads, p.beadPrecision(), p.beadRecall(), p.beadF1(), "-"));
    return sb.toString();
  }

  private static void line(StringBuilder sb, String label, Tally t) {
    sb.append(String.format(Locale.ROOT,
        "%-9s %7d %7d %6.4f %6.4f %6.4f  %7d %7d %6.4f %6.4f %6.4f  %6.4f%n", label,
        t.goldPairs, t.testPairs, t.pairPrecision(), t.pairRecall(), t.pairF1(), t.goldBeads,
        t.testBeads, t.beadPrecision(), t.beadRecall(), t.beadF1(), t.sentenceRecall()));
  }
}
