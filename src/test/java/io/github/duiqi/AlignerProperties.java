package io.github.duiqi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AlignerProperties {

  @Provide
  Arbitrary<List<String>> chinese() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u4e80').withChars('。', '？', '3')
        .ofMinLength(0).ofMaxLength(40).list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<String>> english() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '.', '?', '3')
        .ofMinLength(0).ofMaxLength(120).list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void everySentenceIsInExactlyOneBeadInOrder(@ForAll("chinese") List<String> zh,
      @ForAll("english") List<String> en) {
    Alignment a = Aligner.create().alignSentences(zh, en);
    int nextZh = 0;
    int nextEn = 0;
    for (Bead b : a.beads()) {
      for (int i : b.chineseIndices()) {
        assertEquals(nextZh++, i);
      }
      for (int j : b.englishIndices()) {
        assertEquals(nextEn++, j);
      }
    }
    // blank entries are paragraph breaks, not sentences
    assertEquals(sentences(zh), nextZh);
    assertEquals(sentences(en), nextEn);
    for (Bead b : a.beads()) {
      for (Sentence s : b.chinese()) {
        assertEquals(false, s.text().isBlank(), "a blank sentence in " + b);
      }
      for (Sentence s : b.english()) {
        assertEquals(false, s.text().isBlank(), "a blank sentence in " + b);
      }
    }
  }

  @Property(tries = 100)
  void alignmentIsDeterministic(@ForAll("chinese") List<String> zh,
      @ForAll("english") List<String> en) {
    assertEquals(Aligner.create().alignSentences(zh, en),
        Aligner.builder().build().alignSentences(zh, en));
  }

  @Property(tries = 100)
  void narrowBandStillCoversEverything(@ForAll("chinese") List<String> zh,
      @ForAll("english") List<String> en) {
    Alignment a = Aligner.builder().bandHalfWidth(1).build().alignSentences(zh, en);
    assertEquals(sentences(zh), a.beads().stream().mapToInt(b -> b.chinese().size()).sum());
    assertEquals(sentences(en), a.beads().stream().mapToInt(b -> b.english().size()).sum());
  }

  private static long sentences(List<String> lines) {
    return lines.stream().filter(s -> !Segmentation.isBlank(s)).count();
  }
}
