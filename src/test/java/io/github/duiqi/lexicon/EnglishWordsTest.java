package io.github.duiqi.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {

  private static String stem(String w) {
    return EnglishWords.stem(w);
  }

  @Test
  void inflectionsShareTheStemOfTheirBase() {
    String[][] groups = {
        {"make", "makes", "making", "made"},
        {"hope", "hoped", "hoping", "hopes"},
        {"stop", "stopped", "stopping", "stops"},
        {"study", "studies", "studied", "studying"},
        {"go", "goes", "going", "went", "gone"},
        {"child", "children"},
        {"box", "boxes"},
        {"church", "churches"},
        {"agree", "agreed", "agrees"},
        {"tradition", "traditions"},
        {"run", "running", "ran", "runs"},
        {"write", "wrote", "written", "writing"},
        {"die", "dies", "dying", "died"},
    };
    for (String[] group : groups) {
      for (String w : group) {
        assertEquals(stem(group[0]), stem(w), w + " vs " + group[0]);
      }
    }
  }

  @Test
  void rulesLeaveShortAndProtectedWordsAlone() {
    assertEquals("bring", stem("bring")); // no vowel before -ing
    assertEquals("thing", stem("thing"));
    assertEquals("red", stem("red"));
    assertEquals("need", stem("need"));
    assertEquals("news", stem("news"));
    assertEquals("glass", stem("glass"));
    assertEquals("status", stem("status"));
    assertEquals("analysis", stem("analysis"));
    assertEquals("evening", stem("evening"));
    assertEquals("fall", stem("falling")); // ll is not undoubled
  }

  @Test
  void stopWordsSingleLettersAndDictionaryAbbreviationsAreNotContent() {
    assertNull(EnglishWords.contentStem("the"));
    assertNull(EnglishWords.contentStem("was"));
    assertNull(EnglishWords.contentStem("x"));
    assertNull(EnglishWords.contentStem("sth"));
    assertEquals("tea", EnglishWords.contentStem("tea"));
  }

  @Test
  void tokenisesLowerCasedWithCliticsCutAndOtherScriptsSkipped() {
    assertEquals(List.of("he", "was", "in", "beijing", "down", "syndrome", "do", "the",
            "covid", "iphone", "o'clock".replace("'", "")),
        EnglishWords.surfaceWords("He was in 北京 Beijing: Down's syndrome, don't the COVID-19 "
            + "iPhone o'clock"));
    assertEquals(List.of("mak", "tea", "child", "go", "hous", "syndrom", "study"),
        EnglishWords.contentStems(
            "He was making tea, and the children went to the houses; Down’s syndrome isn't "
                + "studied."));
  }

  @Test
  void fullWidthLatinIsFoldedAndDigitsAreNotWords() {
    assertEquals(List.of("tea", "cup"), EnglishWords.contentStems("Ｔｅａ ２０１９ cups 42"));
  }

  @Test
  void lettersBeyondAsciiAreLowerCasedAndJoinTheAsciiLettersOfTheirWord() {
    // ASCII letters take a fast path; accented, Greek and Cyrillic ones the general one, and
    // a word may mix them; Han, digits and symbols end a word
    assertEquals(List.of("écol", "naïv", "café", "αβγ", "москва", "zürich"),
        EnglishWords.surfaceWords("ÉCOLE NAÏVE Café ΑΒΓ Москва ZÜRICH").stream()
            .map(EnglishWords::stem).toList());
    assertEquals(List.of("tea", "cup"), EnglishWords.surfaceWords("TEA茶cup"));
    assertEquals(List.of("oclock"), EnglishWords.surfaceWords("O'CLOCK"));
  }

  @Test
  void everyIrregularFormHasTheStemOfItsBase() {
    EnglishWords.IRREGULAR.forEach((form, base) -> assertEquals(stem(base), stem(form), form));
  }
}
