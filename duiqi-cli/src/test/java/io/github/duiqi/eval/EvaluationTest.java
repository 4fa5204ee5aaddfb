package io.github.duiqi.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.format.FormatException;
import io.github.duiqi.format.LadderEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  @TempDir Path dir;

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static void goldDocument(Path dir) throws IOException {
    write(dir.resolve("001.zh"), "那天下午我们没有出门，因为外面一直在下雨。\n"
        + "老师承认这次考试出得太难，也承认没有提前讲清楚范围，但是他说大家的复习方法不对，还说下次考试会更加严格。\n"
        + "我问他，既然题目出错了，为什么还要算分？\n");
    write(dir.resolve("001.en"), "We did not go out that afternoon, because it kept raining.\n"
        + "The teacher admitted that the exam had been too hard, and that he had not explained its scope in advance.\n"
        + "But he said our way of revising was wrong, and that the next exam would be even stricter.\n"
        + "I asked him why the questions still counted if they were wrong.\n");
    write(dir.resolve("001.align"), "[0]:[0]\n[ 1 ]:[1, 2]:0.5\n\n[2]:[3]\n");
  }

  @Test
  void perfectAlignmentScoresOne() throws IOException {
    goldDocument(dir);
    Path out = dir.resolve("out");
    Evaluation.Result r = Evaluation.run(Aligner.create(), dir, out);
    assertEquals(1.0, r.total().exactF1());
    assertEquals(1.0, r.total().strictF1());
    assertEquals(1.0, r.total().laxF1());
    List<String> written = TextFiles.lines(out.resolve("001.align"));
    assertEquals(3, written.size());
    assertTrue(written.get(1).startsWith("[1]:[1,2]:"), written.get(1));
  }

  @Test
  void scoresFollowTheDefinitions() {
    LadderEntry a = new LadderEntry(List.of(0), List.of(0));
    LadderEntry b = new LadderEntry(List.of(1), List.of(1, 2));
    LadderEntry c = new LadderEntry(List.of(2), List.of());
    LadderEntry b1 = new LadderEntry(List.of(1), List.of(1));
    LadderEntry b2 = new LadderEntry(List.of(), List.of(2));
    Scores s = new Scores();
    s.add(List.of(a, b, c), List.of(a, b1, b2, c));
    // exact: a and c match; 4 test beads, 3 gold
    assertEquals(2.0 / 4, s.exactPrecision(), 1e-12);
    assertEquals(2.0 / 3, s.exactRecall(), 1e-12);
    // strict precision over all test beads: a, c hit; b1, b2 miss
    assertEquals(2.0 / 4, s.strictPrecision(), 1e-12);
    // lax: b1 links 1 to 1 as the gold does; b2 has no Chinese
    assertEquals(3.0 / 4, s.laxPrecision(), 1e-12);
    // recall drops one-sided beads: gold a, b against test a, b1
    assertEquals(1.0 / 2, s.strictRecall(), 1e-12);
    assertEquals(1.0, s.laxRecall(), 1e-12);
  }

  @Test
  void malformedGoldNamesFileAndLine() throws IOException {
    goldDocument(dir);
    write(dir.resolve("001.align"), "[0]:[0]\n[1]:[1,2]\n[2] [3]\n");
    FormatException e = assertThrows(FormatException.class,
        () -> Evaluation.run(Aligner.create(), dir, null));
    assertEquals(3, e.line());
    assertEquals(dir.resolve("001.align").toString(), e.source());
    assertTrue(e.getMessage().startsWith(dir.resolve("001.align") + ":3: "), e.getMessage());
  }

  @Test
  void idsOutsideTheDocumentAreErrors() throws IOException {
    goldDocument(dir);
    write(dir.resolve("001.align"), "[0]:[0]\n[1]:[1,2]\n[2]:[9]\n");
    FormatException e = assertThrows(FormatException.class,
        () -> Evaluation.run(Aligner.create(), dir, null));
    assertEquals(3, e.line());
    assertEquals("English id 9 is outside the 4 sentences", e.reason());
  }

  @Test
  void goldLaddersAreReadByTheFormatsReaderWithoutScores() throws IOException {
    goldDocument(dir);
    write(dir.resolve("001.align"), "\uFEFF# gold\n [ 0 ] : [0] : 0.93\n\n[1]:[1,2]\n[2]:[3]:1\n");
    GoldDocument d = GoldDocument.read(dir, "001");
    assertEquals(List.of(new LadderEntry(List.of(0), List.of(0)),
        new LadderEntry(List.of(1), List.of(1, 2)), new LadderEntry(List.of(2), List.of(3))),
        d.gold(), "scores dropped, so gold beads compare by ids");
    for (String bad : new String[] {"[]:[]", "[1]:[x]", "[1]:[1]:high", "[1]:[2,1]", "[1]:[1,1]"}) {
      write(dir.resolve("001.align"), "[0]:[0]\n" + bad + "\n");
      FormatException e = assertThrows(FormatException.class, () -> GoldDocument.read(dir, "001"),
          bad);
      assertEquals(2, e.line(), bad);
    }
  }

  @Test
  void emptyDirectoryIsAnError() {
    assertThrows(IOException.class, () -> Evaluation.run(Aligner.create(), dir, null));
  }
}
