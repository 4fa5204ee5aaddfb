package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypesTest {

  @Test
  void sentenceSpanMustFitText() {
    assertEquals(3, new Sentence("你好。", 4, 7).length());
    assertThrows(IllegalArgumentException.class, () -> new Sentence("你好。", 4, 8));
    assertThrows(IllegalArgumentException.class, () -> new Sentence("", -1, -1));
    assertThrows(NullPointerException.class, () -> new Sentence(null, 0, 0));
  }

  @Test
  void beadJoinsSidesAsEachLanguageIsWritten() {
    Sentence zh = new Sentence("你好。", 0, 3);
    Sentence en1 = new Sentence("Hello.", 0, 6);
    Sentence en2 = new Sentence("Hi.", 7, 10);
    Bead bead = new Bead(0, 0, List.of(zh), List.of(en1, en2), 0.9);
    assertEquals("你好。", bead.chineseText());
    assertEquals("Hello. Hi.", bead.englishText());
    assertEquals(BeadType.of(1, 2), bead.type());
    assertEquals("1-2", bead.type().toString());
    assertEquals(List.of(0, 1), bead.englishIndices());
    assertEquals(2, bead.englishTo());
    assertThrows(UnsupportedOperationException.class, () -> bead.englishIndices().add(2));
  }

  @Test
  void beadRejectsBadValues() {
    Sentence s = new Sentence("a", 0, 1);
    assertThrows(IllegalArgumentException.class,
        () -> new Bead(0, 0, List.of(), List.of(), 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> new Bead(0, 0, List.of(s), List.of(), 1.5));
    assertThrows(IllegalArgumentException.class,
        () -> new Bead(0, 0, List.of(s), List.of(), Double.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> new Bead(-1, 0, List.of(s), List.of(), 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> Bead.of(List.of(1, 0), 0, List.of(s, s), List.of(), 0, List.of(), 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> Bead.of(List.of(0, 2), 0, List.of(s, s), List.of(), 0, List.of(), 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> Bead.of(List.of(0, 1), 0, List.of(s), List.of(), 0, List.of(), 0.5));
  }

  @Test
  void alignmentRejectsLostOrRepeatedSentences() {
    Sentence a = new Sentence("甲。", 0, 2);
    Sentence b = new Sentence("乙。", 2, 4);
    Sentence x = new Sentence("X.", 0, 2);
    Bead first = new Bead(0, 0, List.of(a), List.of(x), 1.0);
    Bead second = new Bead(1, 1, List.of(b), List.of(), 1.0);
    assertEquals(2, new Alignment(List.of(a, b), List.of(x), List.of(first, second), List.of())
        .beads().size());
    assertThrows(IllegalArgumentException.class,
        () -> new Alignment(List.of(a, b), List.of(x), List.of(first), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Alignment(List.of(a, b), List.of(x), List.of(second, first), List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> new Alignment(List.of(a, b), List.of(x), List.of(first, first, second), List.of()));
    // an empty side sits where its next sentence would be
    Bead misplaced = new Bead(1, 0, List.of(b), List.of(), 1.0);
    assertThrows(IllegalArgumentException.class,
        () -> new Alignment(List.of(a, b), List.of(x), List.of(first, misplaced), List.of()));
  }
}
