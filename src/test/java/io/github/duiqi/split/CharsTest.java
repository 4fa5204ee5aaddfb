package io.github.duiqi.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void theWhitespaceSetIsTheFastPredicate() {
    for (int c = 0; c < 0x10000; c++) {
      int cp = c;
      assertEquals(Chars.WHITESPACE.contains(cp), Chars.isWhitespace((char) cp),
          () -> Integer.toHexString(cp) + " differs");
    }
    assertTrue(Chars.isWhitespace('\u00A0'));
    assertTrue(Chars.isWhitespace('\u3000'));
    assertFalse(Chars.isWhitespace('\uFEFF'));
    assertTrue(Chars.isSpaceOrByteOrderMark('\uFEFF'));
  }

  @Test
  void closersAfterAnEndAddTheStraightQuotes() {
    for (char c : "\u201D\u300D\u300F\u300B\u3011\uFF09)]".toCharArray()) {
      assertTrue(Chars.isCloser(c), String.valueOf(c));
      assertTrue(Chars.isCloserAfterEnd(c), String.valueOf(c));
    }
    assertFalse(Chars.isCloser('"'));
    assertTrue(Chars.isCloserAfterEnd('"'));
    assertTrue(Chars.isCloserAfterEnd('\''));
    assertFalse(Chars.isCloserAfterEnd('\u201C'));
  }

  @Test
  void lineEndsAreSentenceEndsWithEllipsisAndColon() {
    assertTrue(Chars.LINE_ENDS.containsAll(Chars.SENTENCE_ENDS));
    assertTrue(Chars.endsLine('\uFF1A'));
    assertTrue(Chars.endsLine(':'));
    assertTrue(Chars.endsLine('\u2026'));
    assertFalse(Chars.endsLine('\uFF1B'));
    assertFalse(Chars.SENTENCE_ENDS.contains(':'));
    // the Chinese semicolon may end a language run, not a sentence
    assertTrue(Chars.endsRun('\uFF1B'));
    assertFalse(Chars.SENTENCE_ENDS.contains('\uFF1B'));
  }

  @Test
  void theChineseSideHasHanKanaAndBopomofo() {
    for (int cp : new int[] {'\u4E2D', '\u3042', '\u30A2', '\u3105', 0x20000}) {
      assertTrue(Chars.isChineseSideScript(cp), Integer.toHexString(cp));
    }
    for (int cp : new int[] {'A', '\uAC00', '\u3002', '1'}) {
      assertFalse(Chars.isChineseSideScript(cp), Integer.toHexString(cp));
    }
  }
}
