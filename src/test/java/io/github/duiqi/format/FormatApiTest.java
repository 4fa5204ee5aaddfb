package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatApiTest {

  @Test
  void formatsAreFoundByName() {
    for (AlignmentFormat f : AlignmentFormat.values()) {
      assertEquals(f, AlignmentFormat.fromName(f.formatName().toUpperCase(java.util.Locale.ROOT)));
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AlignmentFormat.fromName("xliff"));
    assertEquals("unknown format 'xliff': expected one of tmx, tsv, jsonl, ladder, moses, html",
        e.getMessage());
    assertThrows(NullPointerException.class, () -> AlignmentFormat.fromName(null));
  }

  @Test
  void outputFilesAppendTheExtensions(@TempDir Path dir) throws IOException {
    assertEquals(List.of(dir.resolve("doc.tmx")), AlignmentFormat.TMX.outputFiles(dir.resolve("doc")));
    assertEquals(List.of(dir.resolve("doc.align")),
        AlignmentFormat.LADDER.outputFiles(dir.resolve("doc")));
    assertEquals(List.of(dir.resolve("doc.zh"), dir.resolve("doc.en")),
        AlignmentFormat.MOSES.outputFiles(dir.resolve("doc")));
    for (AlignmentFormat f : AlignmentFormat.values()) {
      try (BeadWriter out = f.writer(dir.resolve("all"), FormatOptions.defaults())) {
        out.writeAll(TestBeads.seed());
      }
      for (Path file : f.outputFiles(dir.resolve("all"))) {
        assertTrue(Files.size(file) > 0, file.toString());
      }
    }
    assertThrows(UnsupportedOperationException.class,
        () -> AlignmentFormat.MOSES.writer(new ByteArrayOutputStream(), FormatOptions.defaults()));
  }

  @Test
  void optionsValidateAndCopy() {
    FormatOptions d = FormatOptions.defaults();
    assertThrows(IllegalArgumentException.class, () -> d.withMinScore(-0.1));
    assertThrows(IllegalArgumentException.class, () -> d.withMinScore(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> d.withLowScoreThreshold(1.1));
    assertThrows(IllegalArgumentException.class, () -> d.withCreationTool(" ", "1"));
    assertThrows(NullPointerException.class, () -> d.withCreationTool("x", null));
    assertThrows(NullPointerException.class, () -> d.withTitle(null));
    FormatOptions changed = d.withMinScore(0.3).withEmptySides(false);
    assertEquals(0.0, d.minScore());
    assertTrue(d.emptySides());
    assertEquals(0.3, changed.minScore());
    assertEquals(Optional.empty(), d.creationDate());
    assertEquals(Optional.empty(), d.chineseScript());
  }

  @Test
  void chineseScriptIsDetectedFromScriptSpecificCharacters() {
    assertEquals(Optional.of(ChineseScript.TRADITIONAL), ChineseScript.detect("國家主席習近平同美國總統通電話"));
    assertEquals(Optional.of(ChineseScript.SIMPLIFIED), ChineseScript.detect("国家主席习近平同美国总统通电话"));
    assertEquals(Optional.empty(), ChineseScript.detect("中美合作"), "no script-specific character");
    assertEquals(Optional.empty(), ChineseScript.detect("Hello"));
    assertEquals(Optional.empty(), ChineseScript.detect("国國"), "a tie");
    assertEquals(Optional.of(ChineseScript.TRADITIONAL), ChineseScript.detect("国國發"));
    assertEquals("zh-Hans", ChineseScript.SIMPLIFIED.languageTag());
    assertEquals("zh-Hant", ChineseScript.TRADITIONAL.languageTag());
    assertThrows(NullPointerException.class, () -> ChineseScript.detect(null));
  }

  @Test
  void summariesAndExceptionsCarryTheirParts() {
    WriteSummary s = new WriteSummary(3, 1, 2, 5);
    assertEquals(7, s.changedCharacters());
    assertThrows(IllegalArgumentException.class, () -> new WriteSummary(-1, 0, 0, 0));
    FormatException e = new FormatException("a.tsv", 4, "bad");
    assertEquals("a.tsv:4: bad", e.getMessage());
    assertEquals("a.tsv: bad", new FormatException("a.tsv", 0, "bad").getMessage());
  }
}
