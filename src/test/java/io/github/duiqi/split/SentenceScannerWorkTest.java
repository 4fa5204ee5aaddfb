package io.github.duiqi.split;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan is linear on every input: the characters its rules read beyond the main loop's one
 * read each ({@link SentenceScanner#lookAroundWork}) stay below a constant times the length, on
 * long runs of each kind of special character (where a rule that looks back to the sentence
 * start or ahead to a partner would read the run once per character) and on random mixes.
 * Counting reads, not time, makes the test exact on a loaded machine.
 */
class SentenceScannerWorkTest {

  /** Reads allowed per character; a quadratic rule reads thousands per character here. */
  private static final long PER_CHAR = 12;
  private static final int LENGTH = 60_000;

  private static final String[] UNITS = {
    "《", "(", "（", "[", "「", "『", "“", "\"", "'", "‘", "【", "〈",
    "》", ")", "）", "]", "」", "』", "”", "’", "】",
    ".", "。", "!", "?", "！", "？", "…", "．", ":", "：", ";", "；", "•", "·", "-", "—",
    " ", "\n", "\r\n", "\n\n", "\u3000", "\u2029",
    "a", "1", "中", "a.", "1.", "A. ", "1. ", "a) ", "• 1. ", "Mr. ", "U.S. ", "e.g. ", "...",
    ". . . ", "http://a.b/", "a@b.c ", "3.14", "３．２", "。」", "？”", "!\" ", ".) ", "(a. ",
    "「a。", "《a", "(a", "“a", "\"a", "a\" ", "他说：“", "」他说", ".\u201D ", "1)", "(1) "
  };

  @Test
  void longRunsOfOneUnitAreReadAConstantNumberOfTimes() {
    List<String> failures = new ArrayList<>();
    for (String unit : UNITS) {
      for (String prefix : new String[] {"", "a", "中", "(", "“"}) {
        StringBuilder sb = new StringBuilder(prefix);
        while (sb.length() < LENGTH) {
          sb.append(unit);
        }
        check(prefix + "(" + unit + ")*", sb.toString(), failures);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void randomMixesOfSpecialCharactersAreReadAConstantNumberOfTimes() {
    List<String> failures = new ArrayList<>();
    for (long seed = 1; seed <= 40; seed++) {
      Random random = new Random(seed);
      // a few units per text, so that long runs of one kind form as well as mixtures
      String[] pick = new String[1 + random.nextInt(4)];
      for (int k = 0; k < pick.length; k++) {
        pick[k] = UNITS[random.nextInt(UNITS.length)];
      }
      StringBuilder sb = new StringBuilder();
      while (sb.length() < LENGTH) {
        sb.append(pick[random.nextInt(pick.length)]);
      }
      check("seed " + seed, sb.toString(), failures);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theCountSeesAQuadraticRule() {
    // the count is not blind: the bracket look-ahead of a text of distant partners reads
    // hundreds of characters per bracket, bounded only by the scan's budget of twice the length
    StringBuilder sb = new StringBuilder();
    while (sb.length() < LENGTH) {
      sb.append("(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    }
    long work = SentenceScanner.lookAroundWork(sb.toString(), SplitRules.DEFAULT);
    assertTrue(work >= sb.length(), "look-ahead reads counted: " + work);
  }

  private static void check(String name, String text, List<String> failures) {
    long work = SentenceScanner.lookAroundWork(text, SplitRules.DEFAULT);
    if (work > PER_CHAR * text.length()) {
      failures.add(name + ": " + work + " reads for " + text.length() + " characters");
    }
  }
}
