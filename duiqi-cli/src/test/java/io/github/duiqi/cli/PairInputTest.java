package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairInputTest {

  private static boolean englishReaderAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("duiqi-read-english") && t.isAlive());
  }

  @Test
  void aFailedChineseReadStopsTheEnglishOne(@TempDir Path dir) throws Exception {
    // the English is standard input that never ends: only stopping the read ends its thread
    try (PipedOutputStream never = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(never)) {
      PairInput input = new PairInput(Encodings.DETECT, true, true, stdin);
      NoSuchFileException e = assertThrows(NoSuchFileException.class,
          () -> input.read(dir.resolve("none.zh").toString(), "-"));
      assertTrue(e.getMessage().contains("none.zh"), e.getMessage());
      long until = System.nanoTime() + 5_000_000_000L;
      while (englishReaderAlive() && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertFalse(englishReaderAlive(), "the English reader still runs");
    }
  }

  @Test
  void bothSidesFromStandardInputAreRefused() throws IOException {
    PairInput input = new PairInput(Encodings.DETECT, true, true, System.in);
    assertThrows(IllegalArgumentException.class, () -> input.read("-", "-"));
  }
}
