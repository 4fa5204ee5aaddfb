package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.DocumentVerdict;
import io.github.duiqi.DocumentVerdict.Verdict;
import io.github.duiqi.cedict.CcCedict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict on each pair with the bundled CC-CEDICT: translations against unrelated pairs
 * built from the fixtures (a market story written for the tests, the seed news sample), the
 * probability's calibration on windows of them, and the command line's warning, flags and
 * report columns.
 */
class VerdictCliTest {

  @TempDir Path dir;

  private static final Aligner WITH_CEDICT = Aligner.builder().lexicon(CcCedict.lexicon())
      .build();

  private static String resource(String name) throws IOException {
    try (InputStream in = VerdictCliTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {market zh, market en, seed zh, seed en}, one sentence a string. */
  private static List<List<String>> texts() throws IOException {
    Alignment seed = Aligner.create().alignInterleaved(resource("/seed/000_84e3e2ed0b7c912e.txt"));
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    seed.chinese().forEach(s -> zh.add(s.text()));
    seed.english().forEach(s -> en.add(s.text()));
    return List.of(resource("/verdict/market.zh").lines().toList(),
        resource("/verdict/market.en").lines().toList(), zh, en);
  }

  @Test
  void withCcCedictTranslationsAreParallelAndCrossedPairsUnrelated() throws IOException {
    List<List<String>> t = texts();
    assertEquals(Verdict.PARALLEL, verdict(t.get(0), t.get(1)).verdict());
    assertEquals(Verdict.PARALLEL, verdict(t.get(2), t.get(3)).verdict());
    DocumentVerdict crossed = verdict(t.get(0), t.get(3));
    assertEquals(Verdict.UNRELATED, crossed.verdict(), crossed.toString());
    crossed = verdict(t.get(2), t.get(1));
    assertEquals(Verdict.UNRELATED, crossed.verdict(), crossed.toString());
  }

  private static DocumentVerdict verdict(List<String> zh, List<String> en) {
    return WITH_CEDICT.alignSentences(zh, en).parallel();
  }

  /**
   * Calibration on constructed pairs: windows of 8 sentences, each with its own English (a
   * translation) and with the same window of the other text's English (unrelated). The
   * probability is high on the first, low on the second, and its Brier score small.
   */
  @Test
  void theProbabilityIsCalibratedOnWindowsOfTheFixtures() throws IOException {
    List<List<String>> t = texts();
    double brier = 0;
    int n = 0;
    int[][] sides = {{0, 1, 3}, {2, 3, 1}};
    for (int[] s : sides) {
      for (int start = 0; start + 8 <= 16; start += 2) {
        List<String> zh = t.get(s[0]).subList(start, start + 8);
        double real = verdict(zh, t.get(s[1]).subList(start, start + 8)).probability();
        double unrelated = verdict(zh, t.get(s[2]).subList(start, start + 8)).probability();
        assertTrue(real > 0.5 && unrelated < 0.5, start + ": " + real + " against " + unrelated);
        brier += (1 - real) * (1 - real) + unrelated * unrelated;
        n += 2;
      }
    }
    assertTrue(brier / n < 0.1, "Brier score " + brier / n);
  }

  private Path write(String name, List<String> lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void alignWarnsOnStderrWhenThePairLooksUnrelated() throws IOException {
    List<List<String>> t = texts();
    Path zh = write("market.zh", t.get(0));
    Path en = write("market.en", t.get(1));
    Path news = write("news.en", t.get(3));
    Cli.Run real = Cli.run("align", "--presplit", zh.toString(), en.toString());
    assertEquals(0, real.exit(), real.toString());
    assertFalse(real.err().contains("warning"), real.err());
    Cli.Run unrelated = Cli.run("align", "--presplit", zh.toString(), news.toString());
    assertEquals(0, unrelated.exit(), unrelated.toString());
    List<String> lines = unrelated.err().lines().toList();
    assertEquals(1, lines.size(), unrelated.err());
    assertTrue(lines.get(0).startsWith("duiqi: warning: " + zh + " and " + news
        + " do not look like translations of each other (parallel 0."), lines.get(0));
    // the beads are still written: the warning is advice
    assertEquals(Cli.run("align", "--presplit", "--no-dictionary", zh.toString(),
        news.toString()).stdout().length, unrelated.stdout().length);
  }

  @Test
  void dictionaryFlagsAddAFileOrUseNone() throws IOException {
    List<List<String>> t = texts();
    Path zh = write("market.zh", t.get(0));
    Path en = write("market.en", t.get(1));
    Path glossary = Files.writeString(dir.resolve("glossary.tsv"), "王師傅\tMaster Wang\n");
    Cli.Run added = Cli.run("align", "--presplit", "--dictionary", glossary.toString(),
        "--dictionary", glossary.toString(), zh.toString(), en.toString());
    assertEquals(0, added.exit(), added.toString());
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "王師傅\tMaster Wang\nno tab here\n");
    Cli.Run malformed = Cli.run("align", "--presplit", "--dictionary", bad.toString(),
        zh.toString(), en.toString());
    assertEquals(Main.USAGE, malformed.exit(), malformed.toString());
    assertTrue(malformed.err().startsWith("duiqi: " + bad + ":2: "), malformed.err());
    Cli.Run both = Cli.run("align", "--presplit", "--no-dictionary", "--dictionary",
        glossary.toString(), zh.toString(), en.toString());
    assertEquals(Main.USAGE, both.exit(), both.toString());
    assertTrue(both.err().contains("--no-dictionary and --dictionary exclude each other"),
        both.err());
  }

  @Test
  void theBatchReportHasTheVerdictOfEachPair() throws IOException {
    List<List<String>> t = texts();
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("market.zh"), String.join("\n", t.get(0)) + "\n");
    Files.writeString(in.resolve("market.en"), String.join("\n", t.get(1)) + "\n");
    Files.writeString(in.resolve("mixed.zh"), String.join("\n", t.get(0)) + "\n");
    Files.writeString(in.resolve("mixed.en"), String.join("\n", t.get(3)) + "\n");
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("align", "--presplit", "--batch", in.toString(), "--out",
        out.toString());
    assertEquals(0, r.exit(), r.toString());
    List<String> rows = Files.readAllLines(out.resolve("report.tsv"));
    List<String> header = List.of(rows.get(0).split("\t", -1));
    int p = header.indexOf("parallel");
    int v = header.indexOf("verdict");
    assertEquals(List.of(p + 1), List.of(v), header.toString());
    String[] market = rows.get(1).split("\t", -1);
    String[] mixed = rows.get(2).split("\t", -1);
    assertEquals("market", market[0]);
    assertEquals("parallel", market[v]);
    assertEquals("unrelated", mixed[v]);
    double pm = Double.parseDouble(market[p]);
    double px = Double.parseDouble(mixed[p]);
    assertTrue(pm >= DocumentVerdict.PARALLEL_AT && pm <= 1 && px >= 0
        && px < DocumentVerdict.UNRELATED_BELOW, pm + " " + px);
  }
}
