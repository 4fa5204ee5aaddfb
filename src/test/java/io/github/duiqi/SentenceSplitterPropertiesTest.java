package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of splitting over random mixed text: Han (Simplified, Traditional, outside the
 * basic plane), Latin words and abbreviations, digits, punctuation of both widths, quotes,
 * brackets, bullets and whitespace including line breaks, NBSP, U+3000 and CRLF.
 */
class SentenceSplitterPropertiesTest {

  private static final List<String> TOKENS = List.of(
      "中国", "關係", "发展", "我们", "𠮷野", "𩸽", "です", "한국",
      "The", "world", "Mr", "U.S", "etc", "e.g", "a.m", "I", "J", "Smith", "brother", "My",
      "www.example.com", "jane.doe@example.org", "https://a.b/c.html",
      "1", "3.5", "2020", "１", "３．２９", "42",
      "。", "！", "？", "!", "?", ".", "..", "...", "…", "……", "⋯", "．", "｡", "‼",
      ",", "，", ";", "；", ":", "：", "、", "-", "—",
      "\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』", "„",
      "(", ")", "（", "）", "《", "》", "[", "]", "【", "】", "〈", "〉",
      "•", "⁃", "1.", "2.", "a)", "b)",
      " ", " ", " ", "\n", "\r\n", "\r", "\n\n", "\t", "\u00A0", "\u3000", "\u2029", "\u2028",
      "\uD800", "\uDC00");

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> charSoup() {
    return Arbitraries.strings()
        .withChars("中國我a Z.。!！?？…\"“”'’()（）《》[]•1２\n\r\t\u00A0\u3000\u2029,，;")
        .ofMaxLength(80);
  }

  @Property(tries = 3000)
  void sentencesCoverTheTextExactly(@ForAll("mixedText") String text) {
    checkInvariants(text, SentenceSplitter.create().split(text));
  }

  @Property(tries = 2000)
  void sentencesCoverAnyCharacterSoupExactly(@ForAll("charSoup") String text) {
    checkInvariants(text, SentenceSplitter.create().split(text));
  }

  @Property(tries = 1000)
  void splittingAtEveryLineBreakLeavesNoLineBreakInside(@ForAll("mixedText") String text) {
    List<Sentence> sentences = SentenceSplitter.create().splitAtEveryLineBreak().split(text);
    checkInvariants(text, sentences);
    for (Sentence s : sentences) {
      assertTrue(s.text().chars().noneMatch(c -> c == '\n' || c == '\r' || c == '\u2028'
          || c == '\u2029'), s.text());
    }
  }

  @Property(tries = 500)
  void splittingIsDeterministic(@ForAll("mixedText") String text) {
    assertEquals(SentenceSplitter.create().split(text), SentenceSplitter.create().split(text));
  }

  static void checkInvariants(String text, List<Sentence> sentences) {
    int previousEnd = 0;
    for (Sentence s : sentences) {
      assertTrue(s.start() >= previousEnd, "overlap or disorder at " + s);
      assertTrue(s.end() > s.start(), "empty sentence " + s);
      assertEquals(text.substring(s.start(), s.end()), s.text());
      assertFalse(isWhitespace(s.text().charAt(0)), "leading whitespace in " + s);
      assertFalse(isWhitespace(s.text().charAt(s.length() - 1)), "trailing whitespace in " + s);
      for (int i = previousEnd; i < s.start(); i++) {
        assertTrue(isWhitespace(text.charAt(i)), "lost character at " + i + " in " + text);
      }
      previousEnd = s.end();
    }
    for (int i = previousEnd; i < text.length(); i++) {
      assertTrue(isWhitespace(text.charAt(i)), "lost character at " + i + " in " + text);
    }
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
