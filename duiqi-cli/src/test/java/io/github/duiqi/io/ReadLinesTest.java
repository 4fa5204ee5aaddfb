package io.github.duiqi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.duiqi.format.FormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link InputFiles#readLines} gives what reading the whole text and cutting it into
 * {@link InputFiles#lines} gives, or the same error, for any bytes and encoding setting.
 */
class ReadLinesTest {

  private static void assertSameAsWholeText(byte[] bytes, Charset encoding) throws IOException {
    List<String> expected;
    try {
      expected = InputFiles.lines(InputFiles.read(InputFiles.STDIN, new ByteArrayInputStream(
          bytes), encoding, "--encoding zh="));
    } catch (FormatException e) {
      FormatException lines = assertThrows(FormatException.class,
          () -> InputFiles.readLines(InputFiles.STDIN, new ByteArrayInputStream(bytes),
              encoding, "--encoding zh="));
      assertEquals(e.getMessage(), lines.getMessage());
      return;
    }
    assertEquals(expected, InputFiles.readLines(InputFiles.STDIN,
        new ByteArrayInputStream(bytes), encoding, "--encoding zh="));
  }

  @Example
  void lineBreaksByteOrderMarksAndOtherEncodings() throws IOException {
    String[] texts = {"", "\n", "\r\n", "\r", "a", "a\n", "a\n\n", "a\r\rb", "a\r\n\r\nb\n",
        "\uFEFF第一行\r\n第二行", "\uFEFF", "替换符\uFFFD是文本\nsecond", "\uD83D\uDE00\n中文",
        "\u2028 and \u0085 are not line breaks here\n"};
    for (String text : texts) {
      for (Charset c : new Charset[] {null, StandardCharsets.UTF_8}) {
        assertSameAsWholeText(text.getBytes(StandardCharsets.UTF_8), c);
      }
      assertSameAsWholeText(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), null);
      assertSameAsWholeText(text.getBytes(StandardCharsets.UTF_16BE), null); // NULs: refused
      assertSameAsWholeText(text.getBytes(Charset.forName("GB18030")),
          Charset.forName("GB18030"));
    }
    assertEquals(List.of("第一行", "第二行", ""), InputFiles.readLines(InputFiles.STDIN,
        new ByteArrayInputStream("\uFEFF第一行\r\n第二行\n\n".getBytes(StandardCharsets.UTF_8)),
        null, "--encoding zh="));
    // a malformed byte on line 2: the same message, naming the line
    byte[] bad = {'a', '\n', 'b', (byte) 0xE4, (byte) 0xB8, '\n'};
    FormatException e = assertThrows(FormatException.class, () -> InputFiles.readLines(
        InputFiles.STDIN, new ByteArrayInputStream(bad), null, "--encoding zh="));
    assertEquals(2, e.line());
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    // UTF-8 pieces with line breaks of every kind, a byte order mark, U+FFFD, some raw bytes
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u4e00', '\u4e40').withChars('a', '\n', '\r',
            '\uFFFD', '\uFEFF', '\u0000').ofMaxLength(6)
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of("\r\n", "\n\n", "\r").map(s -> s.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(3));
    return piece.list().ofMaxSize(12).map(list -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      list.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }

  @Property(tries = 1000)
  void anyBytesGiveTheLinesOfTheirText(@ForAll("bytes") byte[] bytes) throws IOException {
    assertSameAsWholeText(bytes, null);
    assertSameAsWholeText(bytes, StandardCharsets.UTF_8);
  }
}
