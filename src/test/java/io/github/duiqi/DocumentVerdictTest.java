package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.DocumentVerdict.Verdict;
import io.github.duiqi.align.ParallelEvidence;
import io.github.duiqi.lexicon.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The verdict on a document pair: translations against unrelated texts. */
class DocumentVerdictTest {

  static List<String> lines(String resource) throws IOException {
    try (var in = Objects.requireNonNull(
        DocumentVerdictTest.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** The seed sample's Chinese and English sentences, as the aligner splits the stream. */
  static List<List<String>> seed() throws IOException {
    String text;
    try (var in = DocumentVerdictTest.class.getResourceAsStream(
        "/seed/000_84e3e2ed0b7c912e.txt")) {
      text = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    Alignment a = Aligner.create().alignInterleaved(text);
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    a.chinese().forEach(s -> zh.add(s.text()));
    a.english().forEach(s -> en.add(s.text()));
    return List.of(zh, en);
  }

  @Test
  void translationsAreParallelAndUnrelatedPairsAreNot() throws IOException {
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    List<List<String>> seed = seed();
    Aligner aligner = Aligner.create();
    DocumentVerdict market = aligner.alignSentences(zh, en).parallel();
    DocumentVerdict news = aligner.alignSentences(seed.get(0), seed.get(1)).parallel();
    DocumentVerdict marketNews = aligner.alignSentences(zh, seed.get(1)).parallel();
    DocumentVerdict newsMarket = aligner.alignSentences(seed.get(0), en).parallel();
    assertEquals(Verdict.PARALLEL, market.verdict(), market.toString());
    assertEquals(Verdict.PARALLEL, news.verdict(), news.toString());
    // without a dictionary, 16 sentences are little evidence (docs/accuracy.md): the unrelated
    // pairs are not judged parallel, and score well below the translations
    assertTrue(marketNews.probability() < market.probability() - 0.3, marketNews.toString());
    assertTrue(newsMarket.probability() < news.probability() - 0.3, newsMarket.toString());
    assertTrue(marketNews.verdict() != Verdict.PARALLEL, marketNews.toString());
    assertTrue(newsMarket.verdict() != Verdict.PARALLEL, newsMarket.toString());
  }

  @Test
  void aLexiconSeparatesTheSamePairsFurther() throws IOException {
    List<String> zh = lines("/verdict/market.zh");
    List<String> en = lines("/verdict/market.en");
    List<List<String>> seed = seed();
    // a few glosses of the fixture's words, written for the test
    Lexicon lexicon = Lexicon.builder().add("市场", "market").add("早上", "morning")
        .add("农民", "farmer").add("新鲜", "fresh").add("鱼", "fish").add("眼睛", "eye")
        .add("老人", "old man").add("政府", "government").add("居民", "resident")
        .add("签名", "signature").add("屋顶", "roof").add("中午", "noon")
        .add("邻居", "neighbour").add("牛肉", "beef").add("西红柿", "tomato")
        .add("关系", "relation; relationship").add("合作", "cooperation; cooperate").build();
    Aligner aligner = Aligner.builder().lexicon(lexicon).build();
    assertEquals(lexicon, aligner.lexicon().orElseThrow());
    Alignment market = aligner.alignSentences(zh, en);
    Alignment unrelated = aligner.alignSentences(zh, seed.get(1));
    assertEquals(Verdict.PARALLEL, market.parallel().verdict(), market.parallel().toString());
    assertEquals(Verdict.UNRELATED, unrelated.parallel().verdict(),
        unrelated.parallel().toString());
    // the aligner's verdict is DocumentVerdict.of with its lexicon
    assertEquals(market.parallel(), DocumentVerdict.of(market, lexicon));
    // the same beads, judged with and without the lexicon's evidence, keep their own model
    double[] plain = ParallelEvidence.features(zh, en, bounds(market), scores(market), null);
    assertEquals(ParallelEvidence.probability(plain, false),
        DocumentVerdict.of(market, null).probability());
    double[] f = ParallelEvidence.features(zh, en, bounds(market), scores(market), lexicon);
    assertTrue(f[ParallelEvidence.LEXICAL] > 1, "lexical lift " + f[ParallelEvidence.LEXICAL]);
    assertEquals(ParallelEvidence.probability(f, true), market.parallel().probability());
  }

  @Test
  void tooLittleTextIsUncertain() {
    Alignment a = Aligner.create().alignSentences(List.of("你好。", "再見。"),
        List.of("Hello.", "Goodbye."));
    assertEquals(new DocumentVerdict(0.5, Verdict.UNCERTAIN), a.parallel());
    Alignment empty = Aligner.create().alignSentences(List.of(), List.of());
    assertEquals(Verdict.UNCERTAIN, empty.parallel().verdict());
  }

  @Test
  void theVerdictFollowsTheThresholdsAndIsChecked() {
    assertEquals(Verdict.PARALLEL, DocumentVerdict.of(DocumentVerdict.PARALLEL_AT).verdict());
    assertEquals(Verdict.UNCERTAIN,
        DocumentVerdict.of(Math.nextDown(DocumentVerdict.PARALLEL_AT)).verdict());
    assertEquals(Verdict.UNCERTAIN, DocumentVerdict.of(DocumentVerdict.UNRELATED_BELOW).verdict());
    assertEquals(Verdict.UNRELATED,
        DocumentVerdict.of(Math.nextDown(DocumentVerdict.UNRELATED_BELOW)).verdict());
    assertThrows(IllegalArgumentException.class, () -> DocumentVerdict.of(1.5));
    assertThrows(IllegalArgumentException.class, () -> DocumentVerdict.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> new DocumentVerdict(0.1, Verdict.PARALLEL));
    assertThrows(IllegalArgumentException.class, () -> new DocumentVerdict(0.9, Verdict.UNRELATED));
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> new DocumentVerdict(0.5, null));
    assertTrue(npe.getMessage().contains("verdict"));
    assertThrows(NullPointerException.class, () -> DocumentVerdict.of(null, null));
  }

  /**
   * Windows of 8 sentences of a fixture, each with its own English and with the other
   * fixture's: without a dictionary the translations score higher on average (duiqi-cli's
   * VerdictCalibrationTest checks the probability with CC-CEDICT).
   */
  @Test
  void translatedWindowsScoreAboveUnrelatedOnesWithoutADictionary() throws IOException {
    List<List<String>> seed = seed();
    List<List<String>> market = List.of(lines("/verdict/market.zh"),
        lines("/verdict/market.en"));
    Aligner aligner = Aligner.create();
    double realSum = 0;
    double unrelatedSum = 0;
    int n = 0;
    for (int start = 0; start + 8 <= 16; start += 4) {
      List<String> zh = market.get(0).subList(start, start + 8);
      realSum += aligner.alignSentences(zh, market.get(1).subList(start, start + 8)).parallel()
          .probability();
      unrelatedSum += aligner.alignSentences(zh, seed.get(1).subList(start, start + 8))
          .parallel().probability();
      n++;
    }
    assertTrue(realSum / n > 0.7, "mean on real windows " + realSum / n);
    assertTrue(unrelatedSum / n < realSum / n - 0.25, "mean on unrelated windows "
        + unrelatedSum / n + ", on real ones " + realSum / n);
  }

  static int[] bounds(Alignment a) {
    int[] b = new int[4 * a.beads().size()];
    for (int k = 0; k < a.beads().size(); k++) {
      Bead bead = a.beads().get(k);
      b[4 * k] = bead.chineseFrom();
      b[4 * k + 1] = bead.chineseTo();
      b[4 * k + 2] = bead.englishFrom();
      b[4 * k + 3] = bead.englishTo();
    }
    return b;
  }

  static double[] scores(Alignment a) {
    return a.beads().stream().mapToDouble(Bead::score).toArray();
  }
}
