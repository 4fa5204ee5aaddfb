package io.github.duiqi.cedict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.lexicon.Lexicon;
import io.github.duiqi.lexicon.LexiconReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CcCedictTest {

  @Test
  void loadsOnceAndHoldsTheWholeDictionary() {
    Lexicon lexicon = CcCedict.lexicon();
    assertSame(lexicon, CcCedict.lexicon());
    LexiconReport report = lexicon.report();
    assertTrue(report.headwords() > 190_000, report.toString());
    assertTrue(report.englishWords() > 30_000, report.toString());
    // a compiled file holds Han headwords only; those without glosses (他們: "they; them")
    // stay for segmentation
    assertEquals(java.util.Set.of(LexiconReport.SkipReason.NO_CONTENT), report.skipped().keySet());
    assertTrue(lexicon.chineseId("他們") != Lexicon.UNKNOWN);
  }

  @Test
  void knowsCommonWordsInBothScripts() {
    Lexicon lexicon = CcCedict.lexicon();
    for (String[] pair : new String[][] {{"傳統", "传统"}, {"中國", "中国"}, {"學習", "学习"},
        {"經濟", "经济"}, {"醫生", "医生"}}) {
      assertEquals(lexicon.glosses(pair[0]), lexicon.glosses(pair[1]), pair[0]);
      assertTrue(lexicon.glosses(pair[0]).size() > 0, pair[0]);
    }
    assertTrue(lexicon.glosses("传统").contains("tradition"));
    assertTrue(lexicon.glosses("醫生").contains("doctor"));
    assertTrue(lexicon.glosses("中国").contains("china"));
    assertEquals(List.of("今天", "天氣", "很", "好"), lexicon.segmentText("今天天氣很好。"));
    assertEquals(List.of("他們", "學習", "中國", "傳統", "文化"),
        lexicon.segmentText("他們學習中國傳統文化"));
  }

  @Test
  void classifiersAndPinyinAreNotGlosses() {
    Lexicon lexicon = CcCedict.lexicon();
    // 上午 is "morning" with the classifier CL:個|个[ge4] in CC-CEDICT
    assertEquals(List.of("morning"), lexicon.glosses("上午"));
  }

  @Test
  void theArtifactCarriesTheLicenceAndTheAttribution() throws Exception {
    // this artifact's own META-INF (other jars on the test class path have a NOTICE too)
    Path classes = Path.of(CcCedict.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    String notice = Files.readString(classes.resolve("META-INF/NOTICE"));
    assertTrue(notice.contains("CC-CEDICT") && notice.contains("MDBG")
        && notice.contains("Denisowski") && notice.contains(CcCedict.VERSION), notice);
    assertTrue(Files.readString(classes.resolve("META-INF/LICENSE"))
        .startsWith("Creative Commons Attribution-ShareAlike 4.0 International"));
    assertTrue(CcCedict.ATTRIBUTION.contains("CC BY-SA 4.0"));
  }
}
