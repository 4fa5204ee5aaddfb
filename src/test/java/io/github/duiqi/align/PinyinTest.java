package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class PinyinTest {

  @Test
  void everyCodePointReadsAsIcuTransliteratesItAlone() {
    Transliterator icu = PinyinTableTool.transliterator();
    int read = 0;
    for (int c = Pinyin.FIRST; c <= Pinyin.LAST; c++) {
      String expected = PinyinTableTool.reading(icu, c);
      int s = Pinyin.syllable(c);
      int at = c;
      assertEquals(expected, s < 0 ? null : Pinyin.text(s), () -> "U+" + Integer.toHexString(at));
      read += s < 0 ? 0 : 1;
    }
    // most of the range has a reading; a table of nothing would pass the loop
    assertEquals(true, read > 25_000, "characters with a reading: " + read);
  }

  @Test
  void namesAndCodePointsOutsideTheTable() {
    assertEquals("wang", Pinyin.text(Pinyin.syllable('王')));
    assertEquals("lu", Pinyin.text(Pinyin.syllable('绿')));
    assertEquals(-1, Pinyin.syllable('A'));
    assertEquals(-1, Pinyin.syllable('。'));
    assertEquals(-1, Pinyin.syllable(0x20000)); // extension B: outside the table
  }
}
