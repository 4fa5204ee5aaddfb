package io.github.duiqi.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SegmentationTest {

  private final Lexicon lex;

  SegmentationTest() throws IOException {
    lex = LexiconTest.cedict();
  }

  @Test
  void longestMatchOverTraditionalAndSimplifiedHeadwords() {
    assertEquals(List.of("北京大學", "學習", "傳統"), lex.segmentText("北京大學學習傳統"));
    assertEquals(List.of("北京大学", "学习", "传统"), lex.segmentText("北京大学学习传统"));
    assertEquals(List.of("大學", "大"), lex.segmentText("大學大"));
  }

  @Test
  void unknownHanCharactersAreWordsOfTheirOwnAndOtherCharactersNothing() {
    assertEquals(List.of("我", "在", "北京", "學習"), lex.segmentText("我在北京，學習。"));
    int[] ids = lex.segment("我在北京");
    assertEquals(Lexicon.UNKNOWN, ids[0]);
    assertEquals(Lexicon.UNKNOWN, ids[1]);
    assertEquals(lex.chineseId("北京"), ids[2]);
    // a character outside the Basic Multilingual Plane is one unknown word
    assertEquals(List.of("𠀋", "中國"), lex.segmentText("𠀋中國"));
  }

  @Test
  void headwordsWithoutGlossesStillSegment() {
    // 了 is "(grammar) to be" here: only stop words, yet one word
    assertEquals(List.of("大學", "了"), lex.segmentText("大學了"));
    assertTrue(lex.segment("了")[0] != Lexicon.UNKNOWN);
  }

  @Test
  void mixedLatinAndHanWithFullWidthDigits() {
    assertEquals(List.of("買", "了", "T恤", "中國"), lex.segmentText("買了T恤，中國"));
    assertEquals(List.of("3D打印"), lex.segmentText("3D打印"));
    assertEquals(List.of("３Ｄ打印"), lex.segmentText("３Ｄ打印"));
    assertEquals(lex.chineseId("3D打印"), lex.segment("３Ｄ打印")[0]);
    // a headword starting with Latin does not start inside a Latin word or number
    assertEquals(List.of("恤"), lex.segmentText("AT恤"));
    assertEquals(List.of("打印"), lex.segmentText("13D打印"));
    assertEquals(List.of("年", "打印"), lex.segmentText("２０１９年iPhone打印"));
  }

  @Test
  void idsAndTextAgree() {
    String text = "北京大學T恤３Ｄ打印峯";
    int[] ids = lex.segment(text);
    List<String> words = lex.segmentText(text);
    assertEquals(ids.length, words.size());
    for (int k = 0; k < ids.length; k++) {
      assertEquals(lex.chineseWord(ids[k]), Lexicon.fold(words.get(k)));
    }
  }

  private static final Lexicon SMALL = Lexicon.builder().add("一", "unity").add("一丁", "a bit")
      .add("丁七", "nail seven").add("一丁七", "x ray").add("七", "seven").build();

  /** Han-only headwords: the words cover every Han character of the text once, in order. */
  @Property(tries = 300)
  void wordsCoverTheHanCharactersInOrder(
      @ForAll @StringLength(max = 30) @CharRange(from = '一', to = '丙') @CharRange(from = 'a',
          to = 'c') @CharRange(from = '，', to = '，') String text) {
    StringBuilder han = new StringBuilder();
    text.codePoints().filter(Lexicon::isHan).forEach(han::appendCodePoint);
    assertEquals(han.toString(), String.join("", SMALL.segmentText(text)));
  }

  /** In Han text, no headword that starts where a word starts is longer than that word. */
  @Property(tries = 300)
  void matchesAreLongest(
      @ForAll @StringLength(max = 30) @CharRange(from = '一', to = '丙') String text) {
    int at = 0;
    for (String w : SMALL.segmentText(text)) {
      for (int end = at + w.length() + 1; end <= text.length(); end++) {
        assertEquals(Lexicon.UNKNOWN, SMALL.chineseId(text.substring(at, end)),
            "longer match at " + at + " in " + text);
      }
      at += w.length();
    }
    assertEquals(text.length(), at);
  }
}
