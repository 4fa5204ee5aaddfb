package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.synthetic.SyntheticPair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusAlignerTest {

  /** Pairs of different sizes, so that workers finish out of input order. */
  private static final List<SyntheticPair> PAIRS = IntStream.range(0, 12)
      .mapToObj(k -> SyntheticPair.generate(k % 3 == 0 ? 400 : 5 + k, 1000 + k))
      .toList();

  private static DocumentPair load(int key) {
    SyntheticPair pair = PAIRS.get(key);
    return DocumentPair.ofSentences(pair.chinese(), pair.english());
  }

  private static Alignment sequential(int key) {
    return Aligner.create().alignSentences(PAIRS.get(key).chinese(), PAIRS.get(key).english());
  }

  private static Iterator<Integer> keys(int count) {
    return IntStream.range(0, count).boxed().iterator();
  }

  /** The keys, running {@code onTake} as each is taken. */
  private static Iterator<Integer> keys(int count, Runnable onTake) {
    Iterator<Integer> base = keys(count);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return base.hasNext();
      }

      @Override
      public Integer next() {
        onTake.run();
        return base.next();
      }
    };
  }

  @Test
  void deliversEveryResultInInputOrderEqualToAligningAlone() {
    List<DocumentResult<Integer>> results = new ArrayList<>();
    CorpusAligner.create().withThreads(3).align(keys(PAIRS.size()), CorpusAlignerTest::load,
        results::add);
    assertEquals(PAIRS.size(), results.size());
    for (int k = 0; k < PAIRS.size(); k++) {
      DocumentResult<Integer> result = results.get(k);
      assertEquals(k, result.key());
      assertEquals(k, result.index());
      assertTrue(result.succeeded(), () -> String.valueOf(result.failure()));
      assertEquals(sequential(k), result.alignment(), "pair " + k);
    }
  }

  @Test
  void aFailingPairIsReportedWithItsKeyAndTheOthersGoOn() {
    Function<String, DocumentPair> loader = key -> switch (key) {
      case "missing" -> throw new java.io.UncheckedIOException(
          new java.io.IOException("missing.zh: no such file"));
      case "null-sentence" -> DocumentPair.ofSentences(
          java.util.Arrays.asList("一。", null), List.of("One."));
      default -> load(Integer.parseInt(key));
    };
    List<String> keys = List.of("0", "missing", "1", "null-sentence", "2");
    List<DocumentResult<String>> results = new ArrayList<>();
    CorpusAligner.create().withThreads(2).align(keys.iterator(), loader, results::add);

    assertEquals(keys, results.stream().map(DocumentResult::key).toList());
    DocumentResult<String> missing = results.get(1);
    assertFalse(missing.succeeded());
    assertNull(missing.alignment());
    assertTrue(missing.failure().getMessage().contains("missing.zh"), missing.failure()::toString);
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        missing::alignmentOrThrow);
    assertTrue(thrown.getMessage().contains("missing"));
    assertTrue(results.get(3).failure() instanceof NullPointerException);
    for (int k : new int[] {0, 2, 4}) {
      assertTrue(results.get(k).succeeded(), results.get(k).key());
      assertEquals(sequential(Integer.parseInt(results.get(k).key())),
          results.get(k).alignmentOrThrow());
    }
  }

  @Test
  void holdsAtMostMaxInFlightPairsAndFillsThem() {
    int bound = 3;
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    AtomicInteger mostHeld = new AtomicInteger();
    Iterator<Integer> counting = keys(PAIRS.size(), () -> {
      int held = taken.incrementAndGet() - delivered.get();
      mostHeld.accumulateAndGet(held, Math::max);
    });
    CorpusAligner.create().withThreads(2).withMaxInFlight(bound).align(counting,
        CorpusAlignerTest::load, result -> delivered.incrementAndGet());
    assertEquals(PAIRS.size(), taken.get());
    assertEquals(PAIRS.size(), delivered.get());
    assertEquals(bound, mostHeld.get());
  }

  @Test
  void loadsOnSeveralWorkersAtOnce() {
    // each of the first two loads waits for the other: only parallel workers get past it
    CountDownLatch bothStarted = new CountDownLatch(2);
    List<DocumentResult<Integer>> results = new ArrayList<>();
    CorpusAligner.create().withThreads(2).align(keys(4), key -> {
      if (key < 2) {
        bothStarted.countDown();
        try {
          if (!bothStarted.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("pair " + key + " loaded alone");
          }
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return load(key);
    }, results::add);
    results.forEach(r -> assertTrue(r.succeeded(), () -> String.valueOf(r.failure())));
  }

  @Test
  void resultsDoNotDependOnThreadsOrBound() {
    List<DocumentPair> pairs = IntStream.range(0, PAIRS.size())
        .mapToObj(CorpusAlignerTest::load).toList();
    List<DocumentResult<Integer>> one = CorpusAligner.create().withThreads(1).withMaxInFlight(1)
        .alignAll(pairs);
    List<DocumentResult<Integer>> many = CorpusAligner.create().withThreads(4).withMaxInFlight(7)
        .alignAll(pairs);
    assertEquals(one, many);
  }

  @Test
  void alignsDocumentsAndInterleavedStreamsAsTheAlignerDoes() {
    String chinese = "我没走。她叫我留下来。\n\n天黑了，我们回家吧。";
    String english = "I did not leave. She asked me to stay.\n\nIt is dark, let us go home.";
    String interleaved = "我没走。她叫我留下来。\nI did not leave. She asked me to stay.";
    List<DocumentResult<Integer>> results = CorpusAligner.create().alignAll(List.of(
        DocumentPair.ofDocuments(chinese, english), DocumentPair.ofInterleaved(interleaved)));
    assertEquals(Aligner.create().align(chinese, english), results.get(0).alignmentOrThrow());
    assertEquals(Aligner.create().alignInterleaved(interleaved),
        results.get(1).alignmentOrThrow());
  }

  @Test
  void theSinkFailingStopsTheRun() {
    AtomicInteger taken = new AtomicInteger();
    Iterator<Integer> counting = keys(PAIRS.size(), taken::incrementAndGet);
    IllegalStateException disk = new IllegalStateException("disk full");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> CorpusAligner.create().withThreads(2).withMaxInFlight(2)
            .align(counting, CorpusAlignerTest::load, result -> {
              throw disk;
            }));
    assertSame(disk, thrown);
    assertEquals(2, taken.get());
  }

  @Test
  void anErrorStopsTheRun() {
    assertThrows(AssertionError.class, () -> CorpusAligner.create().align(keys(5), key -> {
      throw new AssertionError("broken loader");
    }, result -> { }));
  }

  @Test
  void anInterruptedCallerStopsWithItsFlagSet() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        CorpusAligner.create().withThreads(1).align(keys(1), key -> {
          try {
            never.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return load(key);
        }, result -> { });
      } catch (Throwable t) {
        outcome.set(t);
      }
      flag.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    Thread.sleep(200);
    caller.interrupt();
    caller.join(20_000);
    assertFalse(caller.isAlive());
    assertTrue(outcome.get() instanceof CancellationException, String.valueOf(outcome.get()));
    assertTrue(flag.get());
  }

  @Test
  void rejectsNullsAndNonsense() {
    CorpusAligner corpus = CorpusAligner.create();
    assertThrows(NullPointerException.class, () -> corpus.withAligner(null));
    assertThrows(IllegalArgumentException.class, () -> corpus.withThreads(0));
    assertThrows(IllegalArgumentException.class, () -> corpus.withMaxInFlight(0));
    assertThrows(NullPointerException.class,
        () -> corpus.align((Iterator<Integer>) null, CorpusAlignerTest::load, r -> { }));
    assertThrows(NullPointerException.class,
        () -> corpus.align((Iterable<Integer>) null, CorpusAlignerTest::load, r -> { }));
    assertThrows(NullPointerException.class, () -> corpus.align(keys(1), null, r -> { }));
    assertThrows(NullPointerException.class,
        () -> corpus.align(keys(1), CorpusAlignerTest::load, null));
    assertThrows(NullPointerException.class,
        () -> corpus.align(java.util.Arrays.asList(0, null).iterator(),
            CorpusAlignerTest::load, r -> { }));
    assertThrows(NullPointerException.class, () -> corpus.alignAll(null));
    assertThrows(NullPointerException.class, () -> DocumentPair.ofSentences(List.of(), null));
  }

  @Test
  void configurationReturnsNewInstances() {
    CorpusAligner base = CorpusAligner.create();
    assertEquals(Runtime.getRuntime().availableProcessors(), base.threads());
    assertEquals(2 * base.threads(), base.maxInFlight());
    CorpusAligner five = base.withThreads(5);
    assertEquals(5, five.threads());
    assertEquals(10, five.maxInFlight());
    assertEquals(3, five.withMaxInFlight(3).maxInFlight());
    assertEquals(Runtime.getRuntime().availableProcessors(), base.threads());
    assertSame(Aligner.create(), base.aligner());
    Aligner other = Aligner.builder().build();
    assertSame(other, base.withAligner(other).aligner());
  }

  @Test
  void resultHoldsExactlyOneOfAlignmentAndFailure() {
    Alignment empty = Aligner.create().alignSentences(List.of(), List.of());
    assertThrows(IllegalArgumentException.class,
        () -> new DocumentResult<>("k", 0, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new DocumentResult<>("k", 0, empty, new RuntimeException()));
    assertThrows(IllegalArgumentException.class, () -> new DocumentResult<>("k", -1, empty, null));
    assertThrows(NullPointerException.class, () -> new DocumentResult<>(null, 0, empty, null));
    assertNotNull(new DocumentResult<>("k", 0, empty, null).alignmentOrThrow());
  }
}
