package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.lexicon.Lexicon;
import io.github.duiqi.synthetic.SyntheticPair;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The second pass's table learned once over a batch ({@link CorpusAligner#withPooledLearning}). */
class PooledLearningTest {

  /** Six consecutive sentences of the market text with one sentence of one side left out. */
  private record Case(DocumentPair pair, Set<String> gold) {}

  private static final List<Case> CASES = cases();

  private static List<String> lines(String resource) {
    try (InputStream in = PooledLearningTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Short pairs cut from the market text (16 sentences, 1-1): each pair alone has a few
   * confident beads to learn from, the batch many. The gold has the left-out sentence's
   * partner as a 1-0 (or 0-1) bead.
   */
  private static List<Case> cases() {
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    List<Case> out = new ArrayList<>();
    for (int from = 0; from + 6 <= zh.size(); from += 2) {
      for (int drop = 1; drop < 5; drop++) {
        for (boolean dropEnglish : new boolean[] {true, false}) {
          List<String> z = new ArrayList<>(zh.subList(from, from + 6));
          List<String> e = new ArrayList<>(en.subList(from, from + 6));
          (dropEnglish ? e : z).remove(drop);
          Set<String> gold = new HashSet<>();
          for (int i = 0; i < 6; i++) {
            int other = i < drop ? i : i - 1;
            gold.add(i == drop ? (dropEnglish ? "[" + i + "]:[]" : "[]:[" + i + "]")
                : dropEnglish ? "[" + i + "]:[" + other + "]" : "[" + other + "]:[" + i + "]");
          }
          out.add(new Case(DocumentPair.ofSentences(z, e), gold));
        }
      }
    }
    return out;
  }

  private static List<DocumentPair> pairs() {
    List<DocumentPair> pairs = new ArrayList<>();
    for (Case c : CASES) {
      pairs.add(c.pair());
    }
    // and longer synthetic pairs, so that workers finish out of order
    for (int k = 0; k < 4; k++) {
      SyntheticPair s = SyntheticPair.generate(k % 2 == 0 ? 300 : 20, 7 + k);
      pairs.add(k, DocumentPair.ofSentences(s.chinese(), s.english()));
    }
    // and the market text as two documents and as an interleaved stream (blocks of a stream
    // share the table through the stream's own words)
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    pairs.add(DocumentPair.ofDocuments(String.join("\n", zh), String.join("\n", en)));
    StringBuilder stream = new StringBuilder();
    for (int i = 0; i < zh.size(); i++) {
      stream.append(zh.get(i)).append('\n').append(en.get(i)).append('\n');
    }
    pairs.add(DocumentPair.ofInterleaved(stream.toString()));
    return pairs;
  }

  private static int goldBeads(Alignment a, Set<String> gold) {
    int right = 0;
    for (String bead : SeedDocumentTest.ladder(a).split("\n")) {
      right += gold.contains(bead) ? 1 : 0;
    }
    return right;
  }

  private static List<Alignment> alignments(List<DocumentResult<Integer>> results) {
    List<Alignment> out = new ArrayList<>();
    for (DocumentResult<Integer> r : results) {
      out.add(r.alignmentOrThrow());
    }
    return out;
  }

  private static Iterable<Integer> indices(int count) {
    return () -> IntStream.range(0, count).boxed().iterator();
  }

  @Test
  void aTableLearnedFromTheBatchFindsMoreGoldBeadsThanEachPairsOwn() {
    List<DocumentPair> pairs = new ArrayList<>();
    for (Case c : CASES) {
      pairs.add(c.pair());
    }
    CorpusAligner corpus = CorpusAligner.create().withThreads(2);
    List<Alignment> perPair = alignments(corpus.alignAll(pairs));
    List<Alignment> pooled = alignments(corpus.withPooledLearning(true).alignAll(pairs));
    int perPairRight = 0;
    int pooledRight = 0;
    int changed = 0;
    for (int k = 0; k < CASES.size(); k++) {
      perPairRight += goldBeads(perPair.get(k), CASES.get(k).gold());
      pooledRight += goldBeads(pooled.get(k), CASES.get(k).gold());
      changed += perPair.get(k).beads().equals(pooled.get(k).beads()) ? 0 : 1;
    }
    assertTrue(changed > 0, "the pooled table changed no pair");
    assertTrue(pooledRight > perPairRight,
        "gold beads found: pooled " + pooledRight + ", per pair " + perPairRight);

    // the batch's table has learned from every pair's confident beads, one pair's from its own
    LearnedLexicon batch = corpus.learn(pairs.iterator(), p -> p);
    Aligner firstPass = Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false)
        .build();
    LearnedLexicon one = LearnedLexicon.builder().add(pairs.get(0).alignWith(firstPass)).build();
    assertEquals(pairs.size(), batch.documents());
    assertEquals(1, one.documents());
    assertTrue(batch.trainingBeads() > 10 * one.trainingBeads(), batch + " against " + one);
    assertTrue(batch.characterCount() > one.characterCount());
    assertFalse(batch.sampled());
    // 鱼 (fish) is in four sentences of the text, met in many pairs' confident beads
    assertTrue(batch.translations("鱼").getOrDefault("fish", 0.0) > 0.1,
        () -> String.valueOf(batch.translations("鱼")));
  }

  @Test
  void resultsAreTheSameWhateverTheThreadsAndEqualTheTwoSteps() {
    List<DocumentPair> pairs = pairs();
    CorpusAligner pooled = CorpusAligner.create().withPooledLearning(true);
    List<Alignment> one = alignments(pooled.withThreads(1).withMaxInFlight(1).alignAll(pairs));
    List<Alignment> three = alignments(pooled.withThreads(3).alignAll(pairs));
    assertEquals(one, three);
    // the same as learning by hand and aligning each pair with the table
    Aligner firstPass = Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false)
        .build();
    LearnedLexicon.Builder learning = LearnedLexicon.builder();
    for (DocumentPair p : pairs) {
      learning.add(p.alignWith(firstPass));
    }
    Aligner withTable = Aligner.builder().learnedLexicon(learning.build()).build();
    for (int k = 0; k < pairs.size(); k++) {
      assertEquals(pairs.get(k).alignWith(withTable), one.get(k), "pair " + k);
    }
    // and the table the same whatever the order the alignments are added in
    LearnedLexicon.Builder reversed = LearnedLexicon.builder();
    for (int k = pairs.size() - 1; k >= 0; k--) {
      reversed.add(pairs.get(k).alignWith(firstPass));
    }
    Aligner withReversed = Aligner.builder().learnedLexicon(reversed.build()).build();
    assertEquals(one.get(0), pairs.get(0).alignWith(withReversed));
  }

  @Test
  void withoutPoolingAnIterableGivesWhatTheAlignerGivesEachPair() {
    List<DocumentPair> pairs = pairs();
    List<DocumentResult<Integer>> viaIterable = new ArrayList<>();
    CorpusAligner.create().withThreads(3).align(indices(pairs.size()), pairs::get,
        viaIterable::add);
    for (int k = 0; k < pairs.size(); k++) {
      assertEquals(pairs.get(k).alignWith(Aligner.create()), viaIterable.get(k).alignment());
    }
  }

  @Test
  void aPairFailingInBothPhasesFailsAloneAndTeachesNothing() {
    List<DocumentPair> pairs = pairs();
    int bad = 5;
    AtomicInteger loads = new AtomicInteger();
    Function<Integer, DocumentPair> loader = k -> {
      loads.incrementAndGet();
      if (k == bad) {
        throw new UncheckedIOException(new IOException("pair " + k + ": no such file"));
      }
      return pairs.get(k);
    };
    List<DocumentResult<Integer>> results = new ArrayList<>();
    CorpusAligner pooled = CorpusAligner.create().withThreads(3).withPooledLearning(true);
    pooled.align(indices(pairs.size()), loader, results::add);
    assertEquals(2 * pairs.size(), loads.get(), "each key loaded once in each phase");
    assertEquals(pairs.size(), results.size());
    assertFalse(results.get(bad).succeeded());
    assertEquals(bad, results.get(bad).index());
    assertTrue(results.get(bad).failure().getMessage().contains("no such file"));
    // the others are aligned with a table learned from them alone
    List<DocumentPair> others = new ArrayList<>(pairs);
    others.remove(bad);
    List<DocumentResult<Integer>> expected = pooled.alignAll(others);
    for (int k = 0, e = 0; k < pairs.size(); k++) {
      if (k != bad) {
        assertEquals(expected.get(e++).alignment(), results.get(k).alignmentOrThrow(),
            "pair " + k);
      }
    }
  }

  @Test
  void aPairThatCannotBeAlignedFailsAloneInBothPhases() {
    List<DocumentPair> pairs = new ArrayList<>(pairs());
    // a sentence that does not match its document at its offsets
    pairs.add(2, DocumentPair.ofSplitDocuments("你好。", List.of(new Sentence("再见。", 0, 3)),
        "Hello.", List.of(new Sentence("Hello.", 0, 6))));
    List<DocumentResult<Integer>> results = CorpusAligner.create().withThreads(2)
        .withPooledLearning(true).alignAll(pairs);
    for (int k = 0; k < pairs.size(); k++) {
      assertEquals(k != 2, results.get(k).succeeded(), "pair " + k);
    }
    assertTrue(results.get(2).failure() instanceof IllegalArgumentException);
  }

  @Test
  void aPairFailingInOnePhaseOnlyGetsThatPhasesOutcome() {
    List<DocumentPair> pairs = pairs();
    int flaky = 3;
    Map<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();
    // fails on its first load (phase 1) only
    Function<Integer, DocumentPair> firstFails = k -> {
      int call = calls.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
      if (k == flaky && call == 1) {
        throw new IllegalStateException("busy");
      }
      return pairs.get(k);
    };
    CorpusAligner pooled = CorpusAligner.create().withThreads(2).withPooledLearning(true);
    List<DocumentResult<Integer>> results = new ArrayList<>();
    pooled.align(indices(pairs.size()), firstFails, results::add);
    assertTrue(results.get(flaky).succeeded());
    List<DocumentPair> others = new ArrayList<>(pairs);
    others.remove(flaky);
    LearnedLexicon withoutFlaky = pooled.learn(others.iterator(), p -> p);
    assertEquals(pairs.get(flaky).alignWith(Aligner.builder().learnedLexicon(withoutFlaky)
        .build()), results.get(flaky).alignment());

    // fails on its second load (phase 2) only: a failed result, the others as before
    calls.clear();
    Function<Integer, DocumentPair> secondFails = k -> {
      int call = calls.computeIfAbsent(k, x -> new AtomicInteger()).incrementAndGet();
      if (k == flaky && call == 2) {
        throw new IllegalStateException("busy");
      }
      return pairs.get(k);
    };
    List<DocumentResult<Integer>> again = new ArrayList<>();
    pooled.align(indices(pairs.size()), secondFails, again::add);
    List<DocumentResult<Integer>> all = pooled.alignAll(pairs);
    for (int k = 0; k < pairs.size(); k++) {
      if (k == flaky) {
        assertEquals("busy", again.get(k).failure().getMessage());
      } else {
        assertEquals(all.get(k).alignment(), again.get(k).alignmentOrThrow(), "pair " + k);
      }
    }
  }

  @Test
  void keysThatChangeBetweenThePhasesAreAnError() {
    List<DocumentPair> pairs = pairs();
    AtomicInteger iterations = new AtomicInteger();
    Iterable<Integer> shrinking = () -> IntStream.range(0,
        iterations.incrementAndGet() == 1 ? pairs.size() : pairs.size() - 1).boxed().iterator();
    List<DocumentResult<Integer>> results = new ArrayList<>();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CorpusAligner.create().withPooledLearning(true).align(shrinking, pairs::get,
            results::add));
    assertTrue(e.getMessage().contains("same keys"), e.getMessage());
    assertEquals(pairs.size() - 1, results.size());
  }

  @Test
  void poolingAppliesOnlyWhereASecondPassWouldRun() {
    List<DocumentPair> pairs = pairs().subList(0, 6);
    Lexicon lexicon = Lexicon.builder().add("市场", "market").add("鱼", "fish").build();
    for (Aligner aligner : List.of(Aligner.builder().lexicon(lexicon).build(),
        Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false).build())) {
      AtomicInteger loads = new AtomicInteger();
      List<DocumentResult<Integer>> results = new ArrayList<>();
      CorpusAligner corpus = CorpusAligner.create().withAligner(aligner)
          .withPooledLearning(true);
      corpus.align(indices(pairs.size()), k -> {
        loads.incrementAndGet();
        return pairs.get(k);
      }, results::add);
      assertEquals(pairs.size(), loads.get(), "one phase");
      for (int k = 0; k < pairs.size(); k++) {
        assertEquals(pairs.get(k).alignWith(aligner), results.get(k).alignment());
      }
      // and a one-shot iterator is fine there
      corpus.align(IntStream.range(0, 2).boxed().iterator(), pairs::get, r -> { });
    }
    // where it applies, a one-shot iterator cannot be read twice
    Iterator<Integer> once = IntStream.range(0, 2).boxed().iterator();
    assertThrows(IllegalStateException.class, () -> CorpusAligner.create()
        .withPooledLearning(true).align(once, pairs::get, r -> { }));
  }

  @Test
  void anEmptyTableLeavesTheFirstPass() {
    LearnedLexicon empty = LearnedLexicon.builder().build();
    assertEquals(0, empty.characterCount());
    assertEquals(0, empty.entryCount());
    assertEquals(0, empty.trainingBeads());
    assertEquals(Map.of(), empty.translations("鱼"));
    Aligner firstPass = Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false)
        .build();
    Aligner withEmpty = Aligner.builder().learnedLexicon(empty).build();
    for (DocumentPair p : pairs().subList(0, 6)) {
      assertEquals(p.alignWith(firstPass), p.alignWith(withEmpty));
    }
  }

  @Test
  void overTheBoundTheSampleIsTheSameWhateverTheOrderAndIsReported() {
    Aligner firstPass = Aligner.builder().feature(Aligner.Feature.LEARNED_LEXICON, false)
        .build();
    List<Alignment> alignments = new ArrayList<>();
    for (Case c : CASES) {
      alignments.add(c.pair().alignWith(firstPass));
    }
    LearnedLexicon.Builder forward = new LearnedLexicon.Builder(20);
    LearnedLexicon.Builder backward = new LearnedLexicon.Builder(20);
    for (int k = 0; k < alignments.size(); k++) {
      forward.add(alignments.get(k));
      backward.add(alignments.get(alignments.size() - 1 - k));
    }
    LearnedLexicon a = forward.build();
    LearnedLexicon b = backward.build();
    assertTrue(a.sampled());
    assertTrue(a.confidentBeads() > 20);
    assertTrue(a.trainingBeads() <= 20);
    assertEquals(a.toString(), b.toString());
    for (String c : List.of("鱼", "市", "场", "王", "菜")) {
      assertEquals(a.translations(c), b.translations(c), c);
    }
    // the whole batch, unsampled, learns more
    LearnedLexicon.Builder all = LearnedLexicon.builder();
    alignments.forEach(all::add);
    assertFalse(all.build().sampled());
    assertTrue(all.build().trainingBeads() > a.trainingBeads());
  }

  @Test
  void rejectsNullsAndNonsense() {
    CorpusAligner corpus = CorpusAligner.create().withPooledLearning(true);
    assertTrue(corpus.pooledLearning());
    assertFalse(CorpusAligner.create().pooledLearning());
    assertFalse(corpus.withPooledLearning(false).pooledLearning());
    assertThrows(NullPointerException.class, () -> corpus.learn(null, p -> null));
    assertThrows(NullPointerException.class,
        () -> corpus.learn(List.<Integer>of().iterator(), null));
    assertThrows(NullPointerException.class,
        () -> corpus.align((Iterable<Integer>) null, k -> null, r -> { }));
    assertThrows(NullPointerException.class,
        () -> corpus.align(indices(1), null, r -> { }));
    assertThrows(NullPointerException.class,
        () -> corpus.align(indices(1), k -> null, null));
    assertThrows(NullPointerException.class, () -> LearnedLexicon.builder().add(null));
    LearnedLexicon empty = LearnedLexicon.builder().build();
    assertThrows(NullPointerException.class, () -> empty.translations(null));
    assertThrows(IllegalArgumentException.class, () -> empty.translations(""));
    assertThrows(IllegalArgumentException.class, () -> empty.translations("鱼市"));
    assertEquals(Map.of(), empty.translations("𠀀")); // one code point, two chars
    // a null key fails the run in phase 1, as a one-phase run
    assertThrows(NullPointerException.class, () -> corpus.align(
        () -> java.util.Arrays.asList(0, null).iterator(), k -> pairs().get(0), r -> { }));
  }

  @Test
  void theAlignerKeepsItsTableThroughToBuilder() {
    LearnedLexicon table = LearnedLexicon.builder().build();
    Aligner a = Aligner.builder().learnedLexicon(table).build();
    assertSame(table, a.learnedLexicon().orElseThrow());
    assertSame(table, a.toBuilder().build().learnedLexicon().orElseThrow());
    assertTrue(a.toBuilder().learnedLexicon(null).build().learnedLexicon().isEmpty());
    assertTrue(Aligner.create().learnedLexicon().isEmpty());
  }
}
