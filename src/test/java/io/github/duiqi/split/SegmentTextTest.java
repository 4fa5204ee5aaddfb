package io.github.duiqi.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SegmentTextTest {

  @Test
  void theGoldenRuleJoinsJapaneseAcrossALineBreak() {
    assertEquals("これは父の家です。", SegmentText.normalize("これは父の\n家です。"));
  }

  @Test
  void aLineBreakNextToChineseIsJoinedWithNothing() {
    assertEquals("国际关系中一个最重要的事件", SegmentText.normalize("国际关系中一\n个最重要的事件"));
    assertEquals("2020年春", SegmentText.normalize("2020\n年春"));
    assertEquals("用COBE观察", SegmentText.normalize("用COBE\n观察"));
    assertEquals("“跟我走！”他说。", SegmentText.normalize("“跟我走！”\n他说。"));
    assertEquals("合作，是", SegmentText.normalize("合作\r\n，是"));
    assertEquals("1000—2000MeV/A的", SegmentText.normalize("1000—\n2000MeV\n/A的"),
        "in Chinese text only a break between two letters is a word gap");
    assertEquals("称为（User Need Analysis）", SegmentText.normalize("称为（User\nNeed Analysis）"));
  }

  @Test
  void aLineBreakBetweenLatinWordsIsOneSpace() {
    assertEquals("relations has been the most important",
        SegmentText.normalize("relations has been the most\nimportant"));
    assertEquals("a hard- wrapped line", SegmentText.normalize("a hard-\nwrapped line"));
    assertEquals("end. Next", SegmentText.normalize("end.\r\nNext"));
    assertEquals("MeV /A", SegmentText.normalize("MeV\n/A"), "English is wrapped at spaces");
  }

  @Test
  void aSpaceBesideALineBreakWasInTheText() {
    assertEquals("第一章 学术自由", SegmentText.normalize("第一章 \n学术自由"));
    assertEquals("第一章 学术自由", SegmentText.normalize("第一章\n  学术自由"));
  }

  @Test
  void runsOfWhitespaceBecomeOneSpaceAndTheEndsAreStripped() {
    assertEquals("a b c d", SegmentText.normalize("  a \t b\tc\u2028\u2029 d\u0085"));
    assertEquals("x y", SegmentText.normalize("x\u000B\u000Cy"));
    assertEquals("", SegmentText.normalize(" \n\t"));
  }

  @Test
  void aSingleSpaceCharacterStaysAsItIs() {
    assertEquals("J.\u00A0M. Barrie", SegmentText.normalize("J.\u00A0M. Barrie"));
    assertEquals("第一章\u3000总则", SegmentText.normalize("第一章\u3000总则"));
    String plain = "Hello world. 你好。";
    assertSame(plain, SegmentText.normalize(plain), "unchanged text is not copied");
  }

  @Test
  void hangulIsWrittenWithSpaces() {
    assertEquals("한국어 문장", SegmentText.normalize("한국어\n문장"));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> SegmentText.normalize(null));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.chars().all(), Arbitraries.of(' ', '\n', '\r', '\t',
        '\u3000', '\u00A0', '\u0085', '\u2028', '中', 'a', '1', '。', '.')).list().ofMaxSize(30)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  /** Normalised text holds no line end of any reader, no run of whitespace, nothing at the ends. */
  @Property(tries = 2000)
  void normalisedTextIsOneLineWithSingleSpaces(@ForAll("texts") String text) {
    String s = SegmentText.normalize(text);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      assertFalse(Chars.breaksLine(c), "a line end in " + s);
      boolean space = Chars.isWhitespace(c) || c == '\u0085';
      if (space) {
        assertFalse(i == 0 || i == s.length() - 1, "whitespace at an end of " + s);
        char next = s.charAt(i + 1);
        assertFalse(Chars.isWhitespace(next), "a run of whitespace in " + s);
      }
    }
    assertEquals(s, SegmentText.normalize(s), "normalising twice changes nothing");
  }
}
