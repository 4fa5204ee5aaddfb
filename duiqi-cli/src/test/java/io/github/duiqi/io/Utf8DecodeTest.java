package io.github.duiqi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.duiqi.format.FormatException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Utf8DecodeTest {

  /** The fast UTF-8 path gives the strict decoder's text, or its error, for any bytes. */
  private static void assertSameAsStrict(byte[] bytes) {
    String strict;
    try {
      strict = InputFiles.decodeStrictly(bytes, "f.txt", StandardCharsets.UTF_8);
    } catch (FormatException e) {
      FormatException fast = assertThrows(FormatException.class,
          () -> InputFiles.decode(bytes, "f.txt", StandardCharsets.UTF_8));
      assertEquals(e.getMessage(), fast.getMessage());
      return;
    }
    assertEquals(strict, InputFiles.decode(bytes, "f.txt", StandardCharsets.UTF_8));
  }

  @Test
  void wellFormedAndMalformedBytesDecodeAsTheStrictDecoderDecodesThem() {
    String[] texts = {"", "plain", "\uFEFF开头的字节顺序标记", "替换符\uFFFD是文本", "\uFEFF",
        "emoji \uD83D\uDE00 and 中文", "line\r\nbreaks\n"};
    for (String text : texts) {
      assertSameAsStrict(text.getBytes(StandardCharsets.UTF_8));
    }
    // a lone continuation byte, a truncated sequence, an encoded surrogate, an overlong form,
    // a code point past U+10FFFF, after good text
    byte[][] bad = {{'a', (byte) 0x80}, {'a', (byte) 0xE4, (byte) 0xB8},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    for (byte[] b : bad) {
      assertSameAsStrict(b);
      FormatException e = assertThrows(FormatException.class,
          () -> InputFiles.decode(b, "f.txt", StandardCharsets.UTF_8));
      assertEquals(1, e.line());
    }
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    // mostly UTF-8 pieces, some bytes of any value
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u4e00', '\u4e40').withChars('a', '\n', '\uFFFD',
            '\uFEFF').ofMaxLength(6).map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3));
    return piece.list().ofMaxSize(12).map(list -> {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      list.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Property(tries = 1000)
  void anyBytesDecodeAsTheStrictDecoderDecodesThem(@ForAll("bytes") byte[] bytes) {
    assertSameAsStrict(bytes);
  }
}
