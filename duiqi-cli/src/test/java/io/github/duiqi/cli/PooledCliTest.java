package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --pooled}: the second pass's table learned once over a batch or a gold folder. */
class PooledCliTest {

  @TempDir Path dir;

  private static List<String> lines(String resource) {
    try (InputStream in = PooledCliTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes short pairs cut from the market text into {@code folder} as NNN.zh / NNN.en /
   * NNN.align: six consecutive sentences with one of one side left out, its partner a 1-0 or
   * 0-1 gold bead. Each pair alone has a few confident beads to learn from, the folder many.
   */
  private static int writeCases(Path folder) throws IOException {
    List<String> zh = lines("/pooled/market.zh");
    List<String> en = lines("/pooled/market.en");
    Files.createDirectories(folder);
    int n = 0;
    for (int from = 0; from + 6 <= zh.size(); from += 2) {
      for (int drop = 1; drop < 5; drop++) {
        for (boolean dropEnglish : new boolean[] {true, false}) {
          List<String> z = new ArrayList<>(zh.subList(from, from + 6));
          List<String> e = new ArrayList<>(en.subList(from, from + 6));
          (dropEnglish ? e : z).remove(drop);
          StringBuilder gold = new StringBuilder();
          for (int i = 0; i < 6; i++) {
            int other = i < drop ? i : i - 1;
            gold.append(i == drop ? (dropEnglish ? "[" + i + "]:[]" : "[]:[" + i + "]")
                : dropEnglish ? "[" + i + "]:[" + other + "]" : "[" + other + "]:[" + i + "]")
                .append('\n');
          }
          String name = String.format(Locale.ROOT, "%03d", n++);
          Files.writeString(folder.resolve(name + ".zh"), String.join("\n", z) + "\n");
          Files.writeString(folder.resolve(name + ".en"), String.join("\n", e) + "\n");
          Files.writeString(folder.resolve(name + ".align"), gold);
        }
      }
    }
    return n;
  }

  /** Runs a command whose output is text (eval's report). */
  private static Cli.Run text(String... args) {
    return Cli.run(InputStream.nullInputStream(), OutputStream.nullOutputStream(), args);
  }

  private static double exactF1(String report) {
    Matcher m = Pattern.compile("(?m)^exact .* F1 ([0-9.]+)$").matcher(report);
    assertTrue(m.find(), report);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void evalPooledLearnsFromTheWholeFolderAndFindsMoreGoldBeads() throws IOException {
    Path gold = dir.resolve("gold");
    writeCases(gold);
    Cli.Run perPair = text("eval", "--no-dictionary", gold.toString());
    Cli.Run pooled = text("eval", "--no-dictionary", "--pooled", gold.toString());
    assertEquals(0, perPair.exit(), perPair.toString());
    assertEquals(0, pooled.exit(), pooled.toString());
    String a = new String(perPair.stdout(), StandardCharsets.UTF_8);
    String b = new String(pooled.stdout(), StandardCharsets.UTF_8);
    assertTrue(exactF1(b) > exactF1(a), "pooled " + exactF1(b) + ", per pair " + exactF1(a));
    // with calibration the pooled aligner is the one scored
    Cli.Run calibrated = text("eval", "--no-dictionary", "--pooled", "--calibration",
        gold.toString());
    assertEquals(0, calibrated.exit(), calibrated.toString());
    assertTrue(new String(calibrated.stdout(), StandardCharsets.UTF_8).startsWith(b));
  }

  @Test
  void pooledWhereItWouldChangeNothingIsAUsageError() throws IOException {
    Path gold = dir.resolve("gold");
    writeCases(gold);
    Cli.Run withDictionary = Cli.run("eval", "--pooled", gold.toString());
    assertEquals(Main.USAGE, withDictionary.exit());
    assertTrue(withDictionary.err().contains("--no-dictionary"), withDictionary.err());
    Cli.Run without = Cli.run("eval", "--no-dictionary", "--pooled", "--without",
        "LEARNED_LEXICON", gold.toString());
    assertEquals(Main.USAGE, without.exit());
    assertTrue(without.err().contains("LEARNED_LEXICON"), without.err());
    Cli.Run interleaved = Cli.run("eval", "--no-dictionary", "--pooled", "--interleaved",
        gold.toString());
    assertEquals(Main.USAGE, interleaved.exit());
    assertTrue(interleaved.err().contains("--interleaved"), interleaved.err());
    Cli.Run single = Cli.run("align", "--no-dictionary", "--pooled", "--presplit",
        gold.resolve("000.zh").toString(), gold.resolve("000.en").toString());
    assertEquals(Main.USAGE, single.exit());
    assertTrue(single.err().contains("--pooled needs --batch or --manifest"), single.err());
    Cli.Run singleOff = Cli.run("align", "--no-pooled", "--presplit",
        gold.resolve("000.zh").toString(), gold.resolve("000.en").toString());
    assertEquals(Main.USAGE, singleOff.exit());
    assertTrue(singleOff.err().contains("--no-pooled needs --batch or --manifest"),
        singleOff.err());
    Cli.Run batch = Cli.run("align", "--pooled", "--presplit", "--batch", gold.toString(),
        "--out", dir.resolve("out").toString());
    assertEquals(Main.USAGE, batch.exit());
    assertTrue(batch.err().contains("--no-dictionary"), batch.err());
    assertFalse(Files.exists(dir.resolve("out/report.tsv")));
  }

  @Test
  void aPooledBatchIsTheSameWhateverTheThreadsAndAFailedPairFailsAlone() throws IOException {
    Path in = dir.resolve("in");
    int pairs = writeCases(in);
    Files.writeString(in.resolve("lonely.zh"), "只有中文。\n"); // no English side
    List<String> outputs = new ArrayList<>();
    for (String threads : List.of("1", "3")) {
      Path out = dir.resolve("out" + threads);
      Cli.Run r = Cli.run("align", "--no-dictionary", "--pooled", "--presplit", "--batch",
          in.toString(), "--out", out.toString(), "--threads", threads,
          "--merge", "--format", "jsonl");
      assertEquals(Main.SOME_FAILED, r.exit(), r.toString());
      assertTrue(r.err().contains("duiqi: learned one table from the first pass of " + pairs
          + " of " + (pairs + 1) + " pairs ("), r.err());
      assertTrue(r.err().contains("aligned " + pairs + " of " + (pairs + 1)
          + " pairs (1 failed)"), r.err());
      List<String> report = Files.readAllLines(out.resolve("report.tsv"));
      assertEquals(pairs + 2, report.size(), "a header and a row per pair");
      String lonely = report.stream().filter(l -> l.startsWith("lonely\t")).findFirst()
          .orElseThrow();
      assertTrue(lonely.startsWith("lonely\tfailed\t"), lonely);
      assertEquals(pairs, report.stream().filter(l -> l.contains("\tok\t")).count());
      outputs.add(Files.readString(out.resolve("merged.jsonl")));
    }
    assertEquals(outputs.get(0), outputs.get(1));
    // pooling is the default without a dictionary
    Cli.Run byDefault = Cli.run("align", "--no-dictionary", "--presplit", "--batch",
        in.toString(), "--out", dir.resolve("default").toString(), "--merge", "--format",
        "jsonl");
    assertEquals(Main.SOME_FAILED, byDefault.exit(), byDefault.toString());
    assertTrue(byDefault.err().contains("learned one table"), byDefault.err());
    assertEquals(outputs.get(0), Files.readString(dir.resolve("default/merged.jsonl")));
    // the pooled output is not the per-pair one
    Cli.Run perPair = Cli.run("align", "--no-dictionary", "--no-pooled", "--presplit",
        "--batch", in.toString(), "--out", dir.resolve("per").toString(), "--merge",
        "--format", "jsonl");
    assertEquals(Main.SOME_FAILED, perPair.exit(), perPair.toString());
    assertFalse(perPair.err().contains("learned one table"), perPair.err());
    assertFalse(outputs.get(0).equals(Files.readString(dir.resolve("per/merged.jsonl"))));
    // with the dictionary (the command line's default) there is no second pass to pool
    Cli.Run withDictionary = Cli.run("align", "--presplit", "--batch", in.toString(), "--out",
        dir.resolve("cedict").toString(), "--merge", "--format", "jsonl");
    assertEquals(Main.SOME_FAILED, withDictionary.exit(), withDictionary.toString());
    assertFalse(withDictionary.err().contains("learned one table"), withDictionary.err());
  }
}
