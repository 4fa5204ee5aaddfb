package io.github.duiqi.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Lexicon#englishWords(List)}, which reads runs of ASCII letters without making strings
 * and remembers each surface word's id, gives each sentence the ids
 * {@link Lexicon#englishWords(CharSequence)} gives it, on text made of the characters where the
 * two readings could part: apostrophes (straight, curly, full-width), letters outside ASCII
 * (combining, dotted, long s, Kelvin sign), full-width letters, digits, characters outside the
 * BMP and lone surrogates. The lexicon glosses every word of the batch, so that reading one word
 * as another would show as another id, not as two {@link Lexicon#UNKNOWN}s.
 */
class EnglishWordsProperties {

  @Property(tries = 1000)
  void theBatchReadsEverySentenceAsOneByOne(@ForAll("sentences") List<String> sentences) {
    assertSameAsOneByOne(sentences);
  }

  @Example
  void thousandsOfDistinctWordsGrowTheMemo() {
    Random random = new Random(7);
    List<String> sentences = new ArrayList<>();
    for (int s = 0; s < 400; s++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        for (int c = 2 + random.nextInt(6); c > 0; c--) {
          char ch = (char) ('a' + random.nextInt(26));
          b.append(random.nextInt(5) == 0 ? Character.toUpperCase(ch) : ch);
        }
        b.append(random.nextInt(8) == 0 ? "'s " : " ");
      }
      sentences.add(b.toString());
    }
    int distinct = assertSameAsOneByOne(sentences);
    assertTrue(distinct > 3000, "distinct surface words: " + distinct);
  }

  /** Checks the batch against one call a sentence; returns the distinct surface words. */
  private static int assertSameAsOneByOne(List<String> sentences) {
    Set<String> surfaces = new TreeSet<>();
    for (String s : sentences) {
      surfaces.addAll(EnglishWords.surfaceWords(s));
    }
    Lexicon.Builder builder = Lexicon.builder();
    int k = 0;
    for (String w : surfaces) {
      builder.add(String.valueOf((char) (0x4e00 + k++)), w);
    }
    builder.add("\u9999", "placeholder");
    Lexicon lexicon = builder.build();
    int[][] all = lexicon.englishWords(sentences);
    assertEquals(sentences.size(), all.length);
    for (int q = 0; q < sentences.size(); q++) {
      assertArrayEquals(lexicon.englishWords(sentences.get(q)), all[q], sentences.get(q));
    }
    return surfaces.size();
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("university", "University", "UNIVERSITY", "colleges", "studied",
            "Beijing", "china", "the", "a", "don", "t", "s", "won", "rock", "n", "roll", "na",
            "ve", "caf", "Stra", "e", "peak", "summits", "tradition", "learn", "x", "I", "T"),
        Arbitraries.of(" ", " ", ", ", ". ", "'", "\u2019", "\uff07", "-", "3", "`", "@", "[",
            "{", "\u00ef", "\u00e9", "\u00c9", "\u0301", "\u00df", "\u1e9e", "\u0130", "\u212a",
            "\u017f", "\uff35\uff4e\uff49", "\uff41", "\uff21", "\uff3f", "\uff0c",
            "\u041c\u043e\u0441\u043a\u0432\u0430", "\u03b1", "\u03a3", "\ud83d\ude00",
            "\ud835\udc00", "\ud800", "\udc00", "\u5927\u5b66", "\t", "\u00a0"));
    Arbitrary<String> sentence = piece.list().ofMaxSize(14).map(p -> String.join("", p));
    return sentence.list().ofMaxSize(6);
  }
}
