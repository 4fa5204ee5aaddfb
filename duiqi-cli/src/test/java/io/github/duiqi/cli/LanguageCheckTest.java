package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  @Test
  void aShortTextIsCountedWhole() {
    LanguageCheck.Letters l = LanguageCheck.Letters.of("中文 and English, ünd 字");
    assertEquals(16, l.letters());
    assertEquals(3, l.han());
    assertFalse(l.sampled());
  }

  @Test
  void aLongTextIsJudgedFromWindowsSpreadOverItsWholeLength() {
    // Han only in the second half: a sample of the start alone would call it English
    StringBuilder text = new StringBuilder();
    while (text.length() < 3 * LanguageCheck.SAMPLE_FROM) {
      text.append("Plain English words. ");
    }
    int half = text.length();
    while (text.length() < 2 * half) {
      text.append("这是中文句子。");
    }
    LanguageCheck.Letters l = LanguageCheck.Letters.of(text.toString());
    assertTrue(l.sampled());
    assertTrue(l.letters() <= LanguageCheck.SAMPLE_FROM, "a sample: " + l.letters());
    assertEquals(0.5, l.hanShare(), 0.1, "both halves sampled");
    String english = text.substring(0, half);
    assertNull(LanguageCheck.problem(text.toString(), english, "a.zh", "a.en"));
    String problem = LanguageCheck.problem(english, english, "a.zh", "a.en");
    assertTrue(problem.contains("does not look Chinese: 0 of ")
        && problem.contains("letters sampled Han"), problem);
  }
}
