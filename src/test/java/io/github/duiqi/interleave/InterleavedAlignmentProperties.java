package io.github.duiqi.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InterleavedAlignmentProperties {

  @Provide
  Arbitrary<String> stream() {
    Arbitrary<String> zh = Arbitraries.strings().withChars("中美關係的发展在這裡年月日")
        .ofMinLength(1).ofMaxLength(30)
        .map(s -> s + Arbitraries.of("\u3002", "\uFF01", "\uFF1F", "", "\u201D").sample());
    Arbitrary<String> en = Arbitraries.strings().withChars("abcde XYZ,")
        .ofMinLength(1).ofMaxLength(60)
        .map(s -> "W" + s + Arbitraries.of(".", "!", "?", "\u3002", "").sample());
    Arbitrary<String> sep = Arbitraries.of("", " ", "\n", "\n\n", "\r\n", "\u3000");
    Arbitrary<String> misc = Arbitraries.of("COVID-19", "2\u670811\u65E5", "3.5", "U.S.",
        "\u300A\u66F8\u300B", "(", ")", "\uD83D\uDE00", "...", "\u2026\u2026");
    return Arbitraries.oneOf(zh, zh, en, en, sep, misc).list().ofMaxSize(25)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void everyVisibleCharacterIsInOneSentenceOfOneBead(@ForAll("stream") String text) {
    Alignment a = Aligner.create().alignInterleaved(text);
    // the Alignment constructor checks every sentence is in exactly one bead, in order
    InterleavedAlignmentTest.assertOffsetsInto(text, a);
    InterleavedAlignmentTest.assertNothingLost(text, a);
  }

  @Property(tries = 100)
  void sameStreamSameAlignment(@ForAll("stream") String text) {
    assertEquals(Aligner.create().alignInterleaved(text),
        Aligner.create().alignInterleaved(new String(text.toCharArray())));
  }
}
