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

  @Test
  void linesAreJudgedAsTheirText() {
    String[] texts = {"", "a", "中文\n", "中文\r\nEnglish words here\n\n第三行",
        "English only, with a line\nand another one, long enough to judge\n"};
    for (String text : texts) {
      java.util.List<String> lines = text.lines().toList();
      LanguageCheck.Lines view = LanguageCheck.Lines.of(lines);
      assertEquals(String.join("\n", lines), view.toString());
      assertEquals(LanguageCheck.Letters.of(text), LanguageCheck.Letters.of(view), text);
    }
    // a long text, sampled: the view reads the characters of the joined lines, in any order
    java.util.List<String> many = new java.util.ArrayList<>();
    for (int k = 0; k < 40_000; k++) {
      many.add(k % 3 == 0 ? "" : k % 2 == 0 ? "第" + k + "行中文" : "line " + k + " in English");
    }
    String joined = String.join("\n", many);
    LanguageCheck.Lines view = LanguageCheck.Lines.of(many);
    assertEquals(joined.length(), view.length());
    java.util.Random random = new java.util.Random(7);
    for (int t = 0; t < 20_000; t++) {
      int i = random.nextInt(joined.length());
      assertEquals(joined.charAt(i), view.charAt(i), "at " + i);
    }
    assertEquals(LanguageCheck.Letters.of(joined), LanguageCheck.Letters.of(view));
  }
}
