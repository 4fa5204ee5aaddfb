package io.github.duiqi.eval;

import io.github.duiqi.format.LadderEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

  @TempDir Path dir;

  private static final LadderEntry A = new LadderEntry(List.of(0), List.of(0));
  private static final LadderEntry B = new LadderEntry(List.of(1), List.of(1));
  private static final LadderEntry B_WRONG = new LadderEntry(List.of(1), List.of(1, 2));

  @Test
  void brierIsTheMeanSquaredGapBetweenScoreAndExactMatch() {
    Calibration c = new Calibration();
    // A is right (score 0.9: gap 0.1), B_WRONG is wrong (score 0.25: gap 0.25)
    c.add(List.of(A, B), List.of(A, B_WRONG), new double[] {0.9, 0.25});
    assertEquals((0.01 + 0.0625) / 2, c.brier(), 1e-12);
    String report = c.report();
    assertTrue(report.contains("| 0.9–1.0 | 1 | 0.900 | 1.000 |"), report);
    assertTrue(report.contains("| 0.2–0.3 | 1 | 0.250 | 0.000 |"), report);
    assertTrue(report.contains("| 0.5–0.6 | 0 | – | – |"), report);
    assertTrue(report.contains("Brier 0.0363 over 2 beads"), report);
  }

  @Test
  void aScoreOfOneFallsInTheTopTenth() {
    Calibration c = new Calibration();
    c.add(List.of(A), List.of(A), new double[] {1.0});
    assertEquals(0, c.brier());
    assertTrue(c.report().contains("| 0.9–1.0 | 1 | 1.000 | 1.000 |"), c.report());
  }

  @Test
  void rejectsMismatchedOrOutOfRangeScores() {
    Calibration c = new Calibration();
    assertThrows(IllegalArgumentException.class,
        () -> c.add(List.of(A), List.of(A), new double[] {0.5, 0.5}));
    assertThrows(IllegalArgumentException.class,
        () -> c.add(List.of(A), List.of(A), new double[] {1.5}));
    assertThrows(IllegalArgumentException.class,
        () -> c.add(List.of(A), List.of(A), new double[] {Double.NaN}));
  }

  @Test
  void runAlignsTheGoldDocuments() throws IOException {
    EvaluationTest.goldDocument(dir);
    Calibration c = Calibration.run(Aligner.create(), dir);
    // three right beads; their scores are probabilities, so the Brier score is below 1/4
    assertTrue(c.report().contains("over 3 beads"), c.report());
    assertTrue(c.brier() < 0.25, c.report());
  }
}
