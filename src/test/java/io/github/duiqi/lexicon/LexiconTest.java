package io.github.duiqi.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.format.FormatException;
import io.github.duiqi.lexicon.LexiconReport.SkipReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures are written for these tests in CC-CEDICT's format; they are not its data. */
class LexiconTest {

  static final String CEDICT = String.join("\n",
      "# a comment",
      "傳統 传统 [chuan2 tong3] /tradition/traditional/CL:個|个[ge4]/",
      "中國 中国 [Zhong1 guo2] /China/",
      "學習 学习 [xue2 xi2] /to learn/to study/",
      "北京 北京 [Bei3 jing1] /Beijing/",
      "北京大學 北京大学 [Bei3 jing1 Da4 xue2] /Peking University/",
      "大學 大学 [da4 xue2] /university/college/",
      "大 大 [da4] /big/large/",
      "學 学 [xue2] /to learn/school/",
      "峯 峰 [feng1] /variant of 峰[feng1]/",
      "峰 峰 [feng1] /(mountain) peak/summit/",
      "嶺 岭 [ling3] /see 峯[feng1]/",
      "恤 恤 [xu4] /(literary) to pity/",
      "T恤 T恤 [T xu4] /T-shirt/",
      "打印 打印 [da3 yin4] /to print/",
      "3D打印 3D打印 [san1 D da3 yin4] /to print in 3D/",
      "個 个 [ge4] /CL:個|个[ge4]/",
      "110 110 [yao1 yao1 ling2] /police emergency number/",
      "甲 甲 [jia3] /variant of 無無[wu2 wu2]/",
      "了 了 [le5] /(grammar) to be/",
      "");

  static Lexicon cedict() throws IOException {
    return Lexicon.builder().addCedict(new StringReader(CEDICT), "test.u8").build();
  }

  @Test
  void readsCedictWithBothScriptsAndCleanGlosses() throws IOException {
    Lexicon lex = cedict();
    assertEquals(sortedStems("tradition traditional"), lex.glosses("傳統"));
    assertEquals(lex.glosses("傳統"), lex.glosses("传统"));
    assertEquals(List.of("china"), lex.glosses("中国"));
    assertEquals(List.of("learn", "study"), lex.glosses("學習"));
    assertEquals(List.of("pity"), lex.glosses("恤")); // (literary) is a note
    // a classifier only: a headword for segmentation, without glosses
    assertEquals(List.of(), lex.glosses("個"));
    assertEquals(0, lex.glossSize(lex.chineseId("个")));
    assertEquals(Lexicon.UNKNOWN, lex.chineseId("110")); // no Han: left out
  }

  @Test
  void reportCountsEntriesHeadwordsAndSkipsWithTheirReasons() throws IOException {
    LexiconReport r = cedict().report();
    assertEquals(19, r.entries());
    // 110: no Han; 個: a classifier only, 了: stop words only; 甲: variant of a word not in the
    // lexicon, 嶺: see 峯, whose own entry has no glosses of its own (one level only)
    assertEquals(Map.of(SkipReason.NO_HAN_HEADWORD, 1, SkipReason.NO_CONTENT, 2,
        SkipReason.UNRESOLVED_REFERENCE, 2), r.skipped());
    assertEquals(5, r.skippedTotal());
    // all but 110 give headwords; 傳統/传统, 中國/中国, 學習/学习, 大學/大学, 學/学,
    // 北京大學/北京大学, 嶺/岭, 個/个 have two; 峯's simplified form 峰 is an entry of its own
    assertEquals(26, r.headwords());
  }

  @Test
  void referencesResolveOneLevelOnly() throws IOException {
    Lexicon lex = cedict();
    assertEquals(List.of("mountain", "peak", "summit"), lex.glosses("峯"));
    assertEquals(List.of("mountain", "peak", "summit"), lex.glosses("峰"));
    // 嶺 → see 峯, whose own entry is only a reference: one level gives nothing
    assertEquals(List.of(), lex.glosses("嶺"));
    Lexicon chain = Lexicon.builder()
        .add("甲", "variant of 乙")
        .add("乙", "see 丙")
        .add("丙", "fire")
        .build();
    assertEquals(sortedStems("fire"), chain.glosses("乙"));
    assertEquals(List.of(), chain.glosses("甲")); // 乙's own glosses are empty
    assertEquals(Map.of(SkipReason.UNRESOLVED_REFERENCE, 1), chain.report().skipped());
  }

  @Test
  void tabSeparatedGlossesSplitAtSlashesAndSemicolons() throws IOException {
    Lexicon lex = Lexicon.builder().addTsv(new StringReader(String.join("\n",
        "\ufeff# my glossary", "", "對齊\tto align; alignment (of text)/aligner",
        "語料庫\tcorpus;corpora", "傳統\tsee 習慣", "習慣\thabit")), "glossary.tsv").build();
    assertEquals(sortedStems("align alignment aligner text"), lex.glosses("對齊"));
    assertEquals(sortedStems("corpus corpora"), lex.glosses("語料庫"));
    assertEquals(List.of("habit"), lex.glosses("傳統"));
    assertEquals(4, lex.report().entries());
  }

  private static List<String> sortedStems(String words) {
    return Lexicon.englishStems(words).stream().distinct().sorted().toList();
  }

  @Test
  void sourcesMergeAndReferencesResolveAcrossThem() throws IOException {
    Lexicon lex = Lexicon.builder()
        .addCedict(new StringReader(CEDICT), "a.u8")
        .add("傳統", "custom")
        .add("岳", "same as 峰")
        .build();
    // a tab-separated entry has one headword: 傳統 gains "custom", 传统 does not
    assertEquals(sortedStems("custom tradition traditional"), lex.glosses("傳統"));
    assertEquals(sortedStems("tradition traditional"), lex.glosses("传统"));
    assertEquals(List.of("mountain", "peak", "summit"), lex.glosses("岳"));
  }

  @Test
  void malformedCedictLinesNameSourceAndLine() {
    String[][] cases = {
        {"傳統 [chuan2 tong3] /tradition/", "two headwords"},
        {"傳統传统 /tradition/", "expected 'TRADITIONAL SIMPLIFIED"},
        {"傳統 传统 [chuan2 tong3 /tradition/", "not closed by ']'"},
        {"傳統 传统 [chuan2 tong3] tradition/", "expected '/gloss/'"},
        {"傳統 传统 [chuan2 tong3]", "expected '/gloss/'"},
        {"傳統 传统 [chuan2 tong3] /tradition", "not closed by '/'"},
        {"傳統 传统 [chuan2 tong3] // /", "empty gloss"},
        {"a b c [x] /y/", "two headwords"},
    };
    for (String[] c : cases) {
      FormatException e = assertThrows(FormatException.class, () -> Lexicon.builder()
          .addCedict(new StringReader("# header\n中國 中国 [Zhong1 guo2] /China/\n" + c[0]),
              "dict.u8"), c[0]);
      assertEquals("dict.u8", e.source());
      assertEquals(3, e.line(), c[0]);
      assertTrue(e.reason().contains(c[1]), e.getMessage());
      assertTrue(e.getMessage().startsWith("dict.u8:3: "), e.getMessage());
    }
  }

  @Test
  void malformedTabSeparatedLinesNameSourceAndLine() {
    String[][] cases = {
        {"對齊 to align", "no tab"},
        {"對齊\tto align\textra", "more"},
        {"\tto align", "empty headword"},
        {"對 齊\tto align", "space"},
        {"對齊\t / ; ", "empty gloss"},
    };
    for (String[] c : cases) {
      FormatException e = assertThrows(FormatException.class, () -> Lexicon.builder()
          .addTsv(new StringReader("中國\tChina\n\n" + c[0]), "g.tsv"), c[0]);
      assertEquals(3, e.line(), c[0]);
      assertTrue(e.reason().contains(c[1]), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> Lexicon.builder().add("對 齊", "align"));
    assertThrows(IllegalArgumentException.class, () -> Lexicon.builder().add("對齊", " ; "));
    assertThrows(NullPointerException.class, () -> Lexicon.builder().add(null, "x"));
  }

  @Test
  void filesAreReadInTheirDetectedFormatAndMustBeUtf8(@TempDir Path dir) throws IOException {
    Path cedict = dir.resolve("d.u8");
    Files.writeString(cedict, CEDICT);
    Path tsv = dir.resolve("g.tsv");
    Files.writeString(tsv, "# glossary\n對齊\tto align\n");
    Path compiled = dir.resolve("c.lex.gz");
    Lexicon.Builder b = Lexicon.builder().addFile(cedict);
    try (var out = Files.newOutputStream(compiled)) {
      b.writeCompiled(out);
    }
    Lexicon all = Lexicon.builder().addFile(compiled).addFile(tsv).build();
    assertEquals(List.of("align"), all.glosses("對齊"));
    assertEquals(List.of("china"), all.glosses("中國"));
    Path latin1 = dir.resolve("bad.tsv");
    Files.write(latin1, "x\tcaf\u00e9\n\u5bf9\t\u00e9t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    FormatException e = assertThrows(FormatException.class,
        () -> Lexicon.builder().addTsv(latin1));
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void compiledFormGivesTheSameLexiconAsTheText() throws IOException {
    Lexicon.Builder text = Lexicon.builder().addCedict(new StringReader(CEDICT), "t.u8")
        .add("對齊", "to align; alignment");
    Lexicon direct = text.build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    text.writeCompiled(bytes);
    // alone (the fast path) and merged with another source (the general path)
    Lexicon compiled = Lexicon.builder()
        .addCompiled(new ByteArrayInputStream(bytes.toByteArray()), "c").build();
    Lexicon merged = Lexicon.builder().add("丁", "nail")
        .addCompiled(new ByteArrayInputStream(bytes.toByteArray()), "c").build();
    assertSameEntries(direct, compiled);
    assertEquals(direct.chineseWordCount() + 1, merged.chineseWordCount());
    for (int h = 0; h < direct.chineseWordCount(); h++) {
      String word = direct.chineseWord(h);
      assertEquals(direct.glosses(word), merged.glosses(word), word);
    }
  }

  @Test
  void compiledBytesDoNotDependOnTheOrderOfEntries() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    Lexicon.builder().add("甲", "first").add("乙", "second; first").writeCompiled(a);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Lexicon.builder().add("乙", "second; first").add("甲", "first").writeCompiled(b);
    assertArrayEquals(a.toByteArray(), b.toByteArray());
  }

  @Test
  void corruptCompiledFilesAreFormatExceptions() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Lexicon.builder().add("甲", "first").add("乙", "second").writeCompiled(bytes);
    byte[] whole = bytes.toByteArray();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(plain)) {
      gz.write("NOTALEXICON".getBytes(StandardCharsets.US_ASCII));
    }
    for (byte[] bad : new byte[][] {java.util.Arrays.copyOf(whole, whole.length - 12),
        plain.toByteArray(), "plain text".getBytes(StandardCharsets.US_ASCII)}) {
      FormatException e = assertThrows(FormatException.class,
          () -> Lexicon.builder().addCompiled(new ByteArrayInputStream(bad), "x.lex.gz"));
      assertEquals("x.lex.gz", e.source());
    }
  }

  /**
   * A compiled file written by hand (version 1): one word, one set holding it, and the
   * headwords as (characters shared with the previous one, the rest), each in set 0.
   */
  private static byte[] handCompiled(Object... sharedAndRest) throws IOException {
    return handCompiled(sharedAndRest.length / 2, 2, sharedAndRest);
  }

  /** As above, the headwords as (shared, rest, word set) triples. */
  private static byte[] handCompiledWithSets(Object... sharedRestAndSet) throws IOException {
    return handCompiled(sharedRestAndSet.length / 3, 3, sharedRestAndSet);
  }

  /** As above, with {@code headwordCount} for the count written (pairs as above). */
  private static byte[] handCompiled(int headwordCount, int step, Object[] sharedAndRest)
      throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.write("DUIQILEX".getBytes(StandardCharsets.US_ASCII));
    varint(raw, 1); // version
    varint(raw, 1); // one word
    varint(raw, 5);
    raw.write("first".getBytes(StandardCharsets.US_ASCII));
    varint(raw, 1); // one set: one word, id 0
    varint(raw, 1);
    varint(raw, 0);
    varint(raw, headwordCount);
    for (int k = 0; k + step <= sharedAndRest.length; k += step) {
      byte[] rest = ((String) sharedAndRest[k + 1]).getBytes(StandardCharsets.UTF_8);
      varint(raw, (Integer) sharedAndRest[k]);
      varint(raw, rest.length);
      raw.write(rest);
      varint(raw, step == 3 ? (Integer) sharedAndRest[k + 2] : 0);
    }
    raw.write("END".getBytes(StandardCharsets.US_ASCII));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      raw.writeTo(gz);
    }
    return out.toByteArray();
  }

  /** The compiled form's numbers: 7 bits a byte, low first (a negative int takes five). */
  private static void varint(ByteArrayOutputStream out, int v) {
    while ((v & ~0x7f) != 0) {
      out.write((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.write(v);
  }

  @Test
  void compiledHeadwordsAreReadWithTheirSharedPrefixesAndChecked() throws IOException {
    // a supplementary Han character (two chars) shared as a prefix, and a Latin headword part
    String ext = new String(Character.toChars(0x20000));
    Lexicon ok = Lexicon.builder().addCompiled(new ByteArrayInputStream(handCompiled(
        0, "T恤", 0, "对", 1, "齐", 0, ext, 2, "人")), "h").build();
    assertEquals(List.of("T恤", "对", "对齐", ext, ext + "人"),
        java.util.stream.IntStream.range(0, ok.chineseWordCount())
            .mapToObj(ok::chineseWord).toList());
    assertEquals(2, ok.chineseId("对齐"));
    assertEquals(4, ok.chineseId(ext + "人"));
    assertEquals(List.of("first"), ok.glosses(ext + "人"));
    Object[][] bad = {
        {0, "对齐", 0, "对"}, // out of order
        {0, "对", 0, "对"}, // repeated
        {0, "对", 1, ""}, // repeated by its shared prefix
        {0, "对", 2, "齐"}, // shares more than the previous has
        {0, "对", -1, "齐"}, // a negative share
        {0, ext, 1, "\ue000对"}, // shares half of a surrogate pair
        {0, "abc"}, // no Han
        {0, "对", 1, "\uff21"}, // full-width A: not folded
        {0, "\uff21对"}, // not folded at the start
    };
    Object[][] badSets = {
        {0, "对", 1}, // a word set beyond the one there is
        {0, "对", -1}, // a negative word set
    };
    for (Object[] headwords : java.util.stream.Stream.concat(java.util.Arrays.stream(bad),
        java.util.Arrays.stream(badSets)).toList()) {
      byte[] file = headwords.length == 3 ? handCompiledWithSets(headwords)
          : handCompiled(headwords);
      FormatException e = assertThrows(FormatException.class,
          () -> Lexicon.builder().addCompiled(new ByteArrayInputStream(file), "bad.lex.gz"),
          java.util.Arrays.toString(headwords));
      assertEquals("bad.lex.gz", e.source());
      assertTrue(e.getMessage().contains("headword"), e.getMessage());
    }
    // a count no file of this size can hold is refused before anything is sized to it
    byte[] huge = handCompiled(50_000_000, 2, new Object[] {0, "对"});
    FormatException e = assertThrows(FormatException.class,
        () -> Lexicon.builder().addCompiled(new ByteArrayInputStream(huge), "huge.lex.gz"));
    assertTrue(e.getMessage().contains("50000000"), e.getMessage());
  }

  @Test
  void aResultIsWaitedForThroughAnInterruptWhichIsKept() throws Exception {
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.FutureTask<String> task = new java.util.concurrent.FutureTask<>(() -> {
      started.countDown();
      release.await();
      return "stems";
    });
    new Thread(task, "test-task").start();
    started.await();
    Thread releaser = new Thread(() -> {
      try {
        Thread.sleep(100);
      } catch (InterruptedException ignored) {
        // released all the same
      }
      release.countDown();
    }, "test-release");
    releaser.start();
    Thread.currentThread().interrupt();
    try {
      assertEquals("stems", Lexicon.Builder.result(task));
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
    } finally {
      Thread.interrupted();
      releaser.join();
    }
    // a task no thread began runs on the caller; its failure is thrown as it was
    java.util.concurrent.FutureTask<String> failing = new java.util.concurrent.FutureTask<>(
        () -> {
          throw new IllegalArgumentException("bad words");
        });
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> Lexicon.Builder.result(failing));
    assertEquals("bad words", thrown.getMessage());
  }

  static void assertSameEntries(Lexicon expected, Lexicon actual) {
    assertEquals(expected.chineseWordCount(), actual.chineseWordCount());
    assertEquals(expected.englishWordCount(), actual.englishWordCount());
    for (int h = 0; h < expected.chineseWordCount(); h++) {
      assertEquals(expected.chineseWord(h), actual.chineseWord(h));
      assertArrayEquals(expected.glossIds(h), actual.glossIds(h), expected.chineseWord(h));
    }
    for (int e = 0; e < expected.englishWordCount(); e++) {
      assertEquals(expected.englishWord(e), actual.englishWord(e));
    }
  }

  @Test
  void translationProbabilityIsOneOverTheGlossSize() throws IOException {
    Lexicon lex = cedict();
    int daxue = lex.chineseId("大學");
    int university = lex.englishId(EnglishWords.stem("university"));
    int college = lex.englishId(EnglishWords.stem("college"));
    int china = lex.englishId("china");
    assertEquals(2, lex.glossSize(daxue));
    assertEquals(0.5, lex.translationProbability(university, daxue));
    assertEquals(0.5, lex.translationProbability(college, daxue));
    assertEquals(0.0, lex.translationProbability(china, daxue));
    assertTrue(lex.glosses(daxue, college));
    assertFalse(lex.glosses(daxue, china));
    assertFalse(lex.glosses(Lexicon.UNKNOWN, china));
    assertEquals(0.0, lex.translationProbability(Lexicon.UNKNOWN, daxue));
    int[] en = lex.englishWords("He studied at the university in Beijing, China's capital.");
    assertEquals(5, en.length); // studied university beijing china capital
    assertEquals(lex.englishId(EnglishWords.stem("study")), en[0]);
    assertEquals(lex.englishId(EnglishWords.stem("beijing")), en[2]);
    assertEquals(lex.englishId("china"), en[3]);
    assertEquals(Lexicon.UNKNOWN, en[4]); // "capital" is in no gloss
    assertThrows(IndexOutOfBoundsException.class, () -> lex.glossSize(-1));
    // ids are dense and sorted
    for (int h = 1; h < lex.chineseWordCount(); h++) {
      assertTrue(lex.chineseWord(h - 1).compareTo(lex.chineseWord(h)) < 0);
    }
  }

  @Test
  void englishWordsOfManySentencesAreEachSentencesOwn() throws IOException {
    Lexicon lex = cedict();
    List<String> sentences = List.of(
        "He studied at the university in Beijing, China's capital.",
        "", "The universities' students didn't study; they wouldn't.",
        "ＵＮＩＶＥＲＳＩＴＹ of Beijing — Ｃｈｉｎａ", "a I o", "Colleges, college, COLLEGE!",
        "Café naïve Straße Москва university", "studied studied studying");
    int[][] all = lex.englishWords(sentences);
    assertEquals(sentences.size(), all.length);
    for (int q = 0; q < sentences.size(); q++) {
      assertArrayEquals(lex.englishWords(sentences.get(q)), all[q], sentences.get(q));
    }
    assertEquals(0, all[1].length);
    assertEquals(0, all[4].length); // single letters and a stop word
    assertEquals(3, all[7].length);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> lex.englishWords(java.util.Arrays.asList("university", null)));
    assertTrue(e.getMessage().contains("sentences[1]"), e.getMessage());
    assertThrows(NullPointerException.class, () -> lex.englishWords((List<String>) null));
  }
}
