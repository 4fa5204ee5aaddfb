package io.github.duiqi.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Lexicon#englishWords(List)}, which reads runs of ASCII letters without making strings,
 * gives each sentence the ids {@link Lexicon#englishWords(CharSequence)} gives it, on text made
 * of the characters where the two readings could part: apostrophes (straight and curly),
 * letters outside ASCII, full-width letters, digits, a character outside the BMP.
 */
class EnglishWordsProperties {
  private static final Lexicon LEXICON = lexicon();

  private static Lexicon lexicon() {
    try {
      return LexiconTest.cedict();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Property(tries = 1000)
  void theBatchReadsEverySentenceAsOneByOne(@ForAll("sentences") List<String> sentences) {
    int[][] all = LEXICON.englishWords(sentences);
    assertEquals(sentences.size(), all.length);
    for (int q = 0; q < sentences.size(); q++) {
      assertArrayEquals(LEXICON.englishWords(sentences.get(q)), all[q], sentences.get(q));
    }
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("university", "University", "UNIVERSITY", "colleges", "studied",
            "Beijing", "china", "the", "a", "don", "t", "s", "won", "rock", "n", "roll", "na",
            "ve", "caf", "Stra", "e", "peak", "summits", "tradition", "learn", "x"),
        Arbitraries.of(" ", " ", ", ", ". ", "'", "\u2019", "-", "3", "\u00ef", "\u00e9",
            "\u00df", "\uff35\uff4e\uff49", "\uff0c", "\u041c\u043e\u0441\u043a\u0432\u0430",
            "\u03b1", "\ud83d\ude00", "\u5927\u5b66", "\t", "\u00a0"));
    Arbitrary<String> sentence = piece.list().ofMaxSize(14).map(p -> String.join("", p));
    return sentence.list().ofMaxSize(6);
  }
}
