package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs real users have: encodings, old line ends, swapped files, standard input. */
class InputHandlingTest {

  @TempDir Path dir;

  private static final String ZH = "你好。\n今天天氣很好，我們出去走走吧！\n他說：「明天見。」\n";
  private static final String EN = "Hello.\nThe weather is fine today, let's go out for a walk!"
      + "\nHe said: \"See you tomorrow.\"\n";

  private static String sample() throws IOException {
    try (InputStream in = InputHandlingTest.class.getResourceAsStream(
        "/seed/000_84e3e2ed0b7c912e.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text, Charset charset) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(charset));
  }

  private static void assertRefused(Cli.Run r, String... fragments) {
    assertEquals(Main.USAGE, r.exit(), r.toString());
    assertEquals(1, r.errLines().size(), r.err());
    assertEquals("", r.out());
    for (String f : fragments) {
      assertTrue(r.err().contains(f), "'" + f + "' not in " + r.err());
    }
  }

  @Test
  void gb18030AndBig5CopiesAlignToTheSameLadderAsTheUtf8Original() throws IOException {
    String text = sample();
    Path utf8 = write("sample.txt", text, StandardCharsets.UTF_8);
    Cli.Run original = Cli.run("align", "--interleaved", utf8.toString());
    assertEquals(0, original.exit(), original.toString());
    assertTrue(original.out().lines().count() > 10);
    for (String name : List.of("GB18030", "Big5")) {
      Charset charset = Charset.forName(name);
      assertTrue(charset.newEncoder().canEncode(text), name + " holds the sample");
      Path copy = write("sample." + name, text, charset);
      Cli.Run without = Cli.run("align", "--interleaved", copy.toString());
      assertRefused(without, copy + ":1: invalid UTF-8", "it reads as " + name,
          "--encoding " + name);
      Cli.Run with = Cli.run("align", "--interleaved", "--encoding", name, copy.toString());
      assertEquals(0, with.exit(), with.toString());
      assertEquals(original.out(), with.out(), name);
    }
    // two files, an encoding per side
    Path zh = write("a.zh", ZH, Charset.forName("Big5"));
    Path en = write("a.en", EN, StandardCharsets.UTF_8);
    Cli.Run expected = Cli.run("align", "--presplit",
        write("u.zh", ZH, StandardCharsets.UTF_8).toString(), en.toString());
    assertRefused(Cli.run("align", "--presplit", zh.toString(), en.toString()),
        "give --encoding zh=Big5");
    Cli.Run big5 = Cli.run("align", "--presplit", "--encoding", "zh=big5", zh.toString(),
        en.toString());
    assertEquals(expected.out(), big5.out(), big5.toString());
    assertRefused(Cli.run("align", "--encoding", "zh=Klingon", zh.toString(), en.toString()),
        "unknown encoding 'Klingon'");
    assertRefused(Cli.run("align", "--encoding", "fr=UTF-8", zh.toString(), en.toString()),
        "expected NAME, zh=NAME or en=NAME");
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAndWithoutOneIsRefused() throws IOException {
    Path zh = write("a.zh", ZH, StandardCharsets.UTF_8);
    Path en = write("a.en", EN, StandardCharsets.UTF_8);
    String expected = Cli.run("align", "--presplit", zh.toString(), en.toString()).out();
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path bom = write("bom.en", "\uFEFF" + EN, charset);
      Cli.Run r = Cli.run("align", "--presplit", zh.toString(), bom.toString());
      assertEquals(0, r.exit(), r.toString());
      assertEquals(expected, r.out(), charset.name());
      Path bare = write("bare.en", EN, charset);
      assertRefused(Cli.run("align", "--presplit", zh.toString(), bare.toString()),
          "bare.en", "NUL bytes", charset.name() + " without a byte order mark",
          "give --encoding en=" + charset.name());
      Cli.Run given = Cli.run("align", "--presplit", "--encoding", "en=" + charset.name(),
          zh.toString(), bare.toString());
      assertEquals(expected, given.out(), given.toString());
      // Chinese in UTF-16 without a byte order mark is not UTF-8 at all
      Path bareZh = write("bare.zh", ZH, charset);
      assertRefused(Cli.run("align", "--presplit", bareZh.toString(), en.toString()),
          "bare.zh", "give --encoding zh=" + charset.name());
    }
    Path split = write("s.txt", "\uFEFF" + ZH, StandardCharsets.UTF_16LE);
    Cli.Run r = Cli.run("split", split.toString());
    assertEquals("你好。\n今天天氣很好，我們出去走走吧！\n他說：「明天見。」\n", r.out(), r.toString());
  }

  @Test
  void presplitHonoursLoneCrAndCrlfLineEnds() throws IOException {
    Path zh = write("a.zh", ZH, StandardCharsets.UTF_8);
    Path en = write("a.en", EN, StandardCharsets.UTF_8);
    String expected = Cli.run("align", "--presplit", zh.toString(), en.toString()).out();
    assertEquals(3, expected.lines().count(), expected);
    for (String end : List.of("\r", "\r\n")) {
      Path zhMac = write("m.zh", ZH.replace("\n", end), StandardCharsets.UTF_8);
      Path enMac = write("m.en", EN.replace("\n", end), StandardCharsets.UTF_8);
      Cli.Run r = Cli.run("align", "--presplit", zhMac.toString(), enMac.toString());
      assertEquals(expected, r.out(), "line end " + end.replace("\r", "CR").replace("\n", "LF"));
    }
  }

  @Test
  void bothSidesFromStandardInputAreRefused() {
    Cli.Run r = Cli.runWithStdin(ZH.getBytes(StandardCharsets.UTF_8), "align", "-", "-");
    assertRefused(r, "only one of ZH_FILE and EN_FILE can be -");
  }

  @Test
  void oneSideFromStandardInputIsRead() throws IOException {
    Path en = write("a.en", EN, StandardCharsets.UTF_8);
    Cli.Run r = Cli.runWithStdin(ZH.getBytes(StandardCharsets.UTF_8), "align", "--presplit",
        "-", en.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(3, r.out().lines().count());
  }

  @Test
  void swappedOrWrongFilesAreRefusedUnlessTheUserSaysGoOn() throws IOException {
    String longZh = ZH.repeat(3);
    String longEn = EN.repeat(3);
    Path zh = write("a.zh", longZh, StandardCharsets.UTF_8);
    Path en = write("a.en", longEn, StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("align", zh.toString(), en.toString()).exit());
    assertRefused(Cli.run("align", en.toString(), zh.toString()), "look swapped",
        "Chinese file " + en, "English file " + zh, "--no-language-check");
    assertRefused(Cli.run("align", en.toString(), en.toString()),
        "the Chinese file " + en + " does not look Chinese: 0 of its");
    assertRefused(Cli.run("align", zh.toString(), zh.toString()),
        "the English file " + zh + " does not look English");
    Cli.Run forced = Cli.run("align", "--no-language-check", en.toString(), zh.toString());
    assertEquals(0, forced.exit(), forced.toString());
    // Chinese technical text full of Latin words is still Chinese; a short line says too little
    Path mixed = write("m.zh", "我们用 Apache Maven 和 GitHub Actions 构建 duiqi 的 jar 文件。\n",
        StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("align", mixed.toString(), en.toString()).exit());
    Path shortEn = write("s.zh", "OK.\n", StandardCharsets.UTF_8);
    assertEquals(0, Cli.run("align", shortEn.toString(), en.toString()).exit());
  }

  @Test
  void noArgumentsPrintsHelpOnStandardErrorWithExitTwo() {
    Cli.Run r = Cli.run();
    assertEquals(Main.USAGE, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("Usage: duiqi"), r.err());
    assertTrue(r.err().contains("Exit codes"), r.err());
  }

  @Test
  void mistypedOptionsAndCommandsGetASuggestion() throws IOException {
    Cli.Run command = Cli.run("aling", "a.zh", "a.en");
    assertEquals(Main.USAGE, command.exit());
    assertEquals(List.of("duiqi: unknown command 'aling'; did you mean align? (see 'duiqi"
        + " --help')"), command.errLines());
    Cli.Run option = Cli.run("align", "--frmat", "tsv", "a.zh", "a.en");
    assertEquals(Main.USAGE, option.exit());
    assertEquals(1, option.errLines().size(), option.err());
    assertTrue(option.err().contains("'--frmat'; did you mean --format?"), option.err());
    Cli.Run far = Cli.run("align", "--zzzzzz", "a.zh", "a.en");
    assertFalse(far.err().contains("did you mean"), far.err());
    assertEquals(List.of("--skip-empty"), Main.closest("--skip-emtpy", List.of("--skip-empty",
        "--keep-empty")));
  }

  @Test
  void featuresAreCaseInsensitiveLikeFormats() throws IOException {
    Path zh = write("a.zh", ZH, StandardCharsets.UTF_8);
    Path en = write("a.en", EN, StandardCharsets.UTF_8);
    Cli.Run upper = Cli.run("align", "--without", "NUMBERS,PUNCTUATION", "--format", "TSV",
        zh.toString(), en.toString());
    Cli.Run lower = Cli.run("align", "--without", "numbers,Punctuation", "--format", "tsv",
        zh.toString(), en.toString());
    assertEquals(0, lower.exit(), lower.toString());
    assertEquals(upper.out(), lower.out());
  }
}
