package io.github.duiqi.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.ParagraphPair;
import io.github.duiqi.Sentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavedAlignmentTest {

  private static final Aligner ALIGNER = Aligner.create();

  private static List<String> rows(String tsv) {
    List<String> rows = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (!line.isBlank()) {
        rows.add(line);
      }
    }
    return rows;
  }

  private static List<String> beadRows(Alignment a) {
    List<String> rows = new ArrayList<>();
    for (Bead b : a.beads()) {
      rows.add(b.chineseText() + "\t" + b.englishText());
    }
    return rows;
  }

  static void assertOffsetsInto(String text, Alignment a) {
    for (Sentence s : a.chinese()) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    for (Sentence s : a.english()) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    for (ParagraphPair p : a.paragraphs()) {
      assertEquals(p.chineseText(), text.substring(p.chineseStart(), p.chineseEnd()));
      assertEquals(p.englishText(), text.substring(p.englishStart(), p.englishEnd()));
    }
  }

  /** Every visible character of the stream lies in exactly one sentence. */
  static void assertNothingLost(String text, Alignment a) {
    int[] owner = new int[text.length()];
    List<Sentence> all = new ArrayList<>(a.chinese());
    all.addAll(a.english());
    for (Sentence s : all) {
      for (int i = s.start(); i < s.end(); i++) {
        owner[i]++;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (LanguageRuns.isSpace(text.charAt(i))) {
        assertTrue(owner[i] <= 1, "character " + i + " in two sentences");
      } else {
        assertEquals(1, owner[i], "character " + i + " '" + text.charAt(i) + "' in "
            + owner[i] + " sentences");
      }
    }
  }

  @Test
  void sampleGivesItsFourParagraphPairsAndSeventeenBeads() throws IOException {
    String text = LanguageRunsTest.resource("000_84e3e2ed0b7c912e.txt");
    Alignment a = ALIGNER.alignInterleaved(text);
    List<String> paragraphs = new ArrayList<>();
    for (ParagraphPair p : a.paragraphs()) {
      paragraphs.add(p.chineseText() + "\t" + p.englishText());
    }
    assertEquals(rows(LanguageRunsTest.resource("expected-paragraphs.tsv")), paragraphs);
    assertEquals(rows(LanguageRunsTest.resource("expected-alignment.tsv")), beadRows(a));
    assertEquals("1-0", a.beads().get(0).type().toString());
    assertEquals(1, a.beads().stream().filter(b -> b.type().toString().equals("1-2")).count());
    assertOffsetsInto(text, a);
    assertNothingLost(text, a);
  }

  @Test
  void sampleWithLineBreaksOrBlankLinesBetweenRunsAlignsTheSame() throws IOException {
    String text = LanguageRunsTest.resource("000_84e3e2ed0b7c912e.txt");
    List<String> expected = rows(LanguageRunsTest.resource("expected-alignment.tsv"));
    for (String separator : List.of(" ", "\n", "\n\n", "\r\n\r\n")) {
      StringBuilder stream = new StringBuilder();
      for (String row : rows(LanguageRunsTest.resource("expected-paragraphs.tsv"))) {
        String[] cells = row.split("\t");
        stream.append(cells[0]).append(separator).append(cells[1]).append(separator);
      }
      Alignment a = ALIGNER.alignInterleaved(stream.toString());
      assertEquals(expected, beadRows(a), "separator " + separator.replace("\n", "\\n"));
      assertEquals(4, a.paragraphs().size());
      assertOffsetsInto(stream.toString(), a);
    }
    assertEquals(17, ALIGNER.alignInterleaved(text).beads().size());
  }

  @Test
  void englishFirstStream() {
    String text = "We met in Beijing on February 11. 我們2月11日在北京見面。"
        + "The talks lasted three hours. 會談持續了三個小時。";
    Alignment a = ALIGNER.alignInterleaved(text);
    assertEquals(List.of("我們2月11日在北京見面。\tWe met in Beijing on February 11.",
        "會談持續了三個小時。\tThe talks lasted three hours."), beadRows(a));
    assertOffsetsInto(text, a);
  }

  @Test
  void alternatingSubtitles() {
    String text = "你在哪裡?\nWhere are you?\n我在家。\nI'm at home.\n等我一下!\nWait for me!\n";
    Alignment a = ALIGNER.alignInterleaved(text);
    assertEquals(List.of("你在哪裡?\tWhere are you?", "我在家。\tI'm at home.",
        "等我一下!\tWait for me!"), beadRows(a));
    assertEquals(3, a.paragraphs().size());
    assertNothingLost(text, a);
  }

  @Test
  void paragraphWithoutTranslationIsAPairWithAnEmptySide() {
    String text = "我們今天討論三個問題,每個問題都很重要。\n"
        + "We discuss three questions today, and each of them matters.\n"
        + "(編者按:本段無英文翻譯,僅供參考。)\n"
        + "第一個問題是時間,我們的時間已經不多了。\n"
        + "The first question is time, and we do not have much of it left.";
    Alignment a = ALIGNER.alignInterleaved(text);
    assertEquals(3, a.paragraphs().size());
    ParagraphPair untranslated = a.paragraphs().get(1);
    assertTrue(untranslated.chineseText().startsWith("(編者按"), untranslated.toString());
    assertEquals("", untranslated.englishText());
    assertTrue(untranslated.beads().stream().allMatch(b -> b.english().isEmpty()));
    assertOffsetsInto(text, a);
    assertNothingLost(text, a);
  }

  @Test
  void singleLanguageStreams() {
    Alignment zh = ALIGNER.alignInterleaved("只有中文。沒有英文。");
    assertEquals(2, zh.chinese().size());
    assertTrue(zh.english().isEmpty());
    assertTrue(zh.beads().stream().allMatch(b -> b.type().toString().equals("1-0")));
    Alignment en = ALIGNER.alignInterleaved("Only English. No Chinese at all.");
    assertEquals(2, en.english().size());
    assertTrue(en.beads().stream().allMatch(b -> b.type().toString().equals("0-1")));
    Alignment empty = ALIGNER.alignInterleaved("  \n ");
    assertTrue(empty.beads().isEmpty() && empty.paragraphs().isEmpty());
  }

  @Test
  void hundredsOfParagraphs() {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < 300; p++) {
      text.append("第").append(p).append("段有").append("很多".repeat(1 + p % 7)).append("內容。")
          .append("Paragraph ").append(p).append(" has ")
          .append("a great deal of ".repeat(1 + p % 7)).append("content.");
    }
    Alignment a = ALIGNER.alignInterleaved(text.toString());
    assertEquals(300, a.paragraphs().size());
    assertEquals(300, a.beads().size());
    assertTrue(a.beads().stream().allMatch(b -> b.type().toString().equals("1-1")));
    assertNothingLost(text.toString(), a);
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> ALIGNER.alignInterleaved(null));
  }
}
