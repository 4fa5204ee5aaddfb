package io.github.duiqi.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LanguageRunsProperties {

  @Provide
  Arbitrary<String> mixedText() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withChars("中美關係的发展").ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withChars("abcXYZ").ofMinLength(1).ofMaxLength(9),
        Arbitraries.of("the river and the sea", "Toys.com", "'Why not,' he said", "of it"),
        Arbitraries.of(" ", "\n", "\n\n", "\r\n", "\u00A0", "\u3000", "\t"),
        Arbitraries.of("\u3002", ".", "!", "?", "\uFF01", "\uFF1F", "\uFF1B", "\u2026", ",",
            "\uFF0C", "\u201C", "\u201D", "\u300C", "\u300D", "(", ")", "\uFF09", "3.5", "19",
            "U.S.", "\uD83D\uDE00", "-", "'", "\"", "\u300A", "\u300B", "\uFF08"));
    return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  @Property(tries = 500)
  void runsCoverEveryVisibleCharacterOnceInOrder(@ForAll("mixedText") String text) {
    List<LanguageRun> runs = LanguageRuns.find(text);
    int previousEnd = 0;
    int covered = 0;
    for (LanguageRun run : runs) {
      assertTrue(run.start() >= previousEnd, "runs overlap or go backwards");
      for (int i = previousEnd; i < run.start(); i++) {
        assertTrue(LanguageRuns.isSpace(text.charAt(i)), "character outside every run at " + i);
      }
      assertFalse(LanguageRuns.isSpace(text.charAt(run.start())));
      assertFalse(LanguageRuns.isSpace(text.charAt(run.end() - 1)));
      previousEnd = run.end();
      covered++;
    }
    for (int i = previousEnd; i < text.length(); i++) {
      assertTrue(LanguageRuns.isSpace(text.charAt(i)), "character after the last run at " + i);
    }
    boolean allSpace = text.chars().allMatch(c -> LanguageRuns.isSpace((char) c));
    assertEquals(allSpace, covered == 0, "runs exist exactly when the text has a visible character");
    for (int r = 1; r < runs.size(); r++) {
      assertTrue(runs.get(r).language() != runs.get(r - 1).language(), "adjacent runs share a language");
    }
  }

  @Property(tries = 300)
  void layoutBlocksHoldEveryVisibleCharacterOnce(@ForAll("mixedText") String text) {
    InterleavedLayout layout = InterleavedLayout.of(text, LanguageRuns.find(text));
    int[] owners = new int[text.length()];
    for (InterleavedLayout.Block b : layout.blocks()) {
      assertTrue(b.chineseStart() <= b.chineseEnd() && b.englishStart() <= b.englishEnd());
      for (int i = b.chineseStart(); i < b.chineseEnd(); i++) {
        owners[i]++;
      }
      for (int i = b.englishStart(); i < b.englishEnd(); i++) {
        owners[i]++;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (!LanguageRuns.isSpace(text.charAt(i))) {
        assertEquals(1, owners[i], "visible character " + i + " in " + owners[i] + " blocks");
      }
    }
  }
}
