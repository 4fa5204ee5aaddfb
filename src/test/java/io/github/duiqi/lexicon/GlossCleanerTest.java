package io.github.duiqi.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossCleanerTest {

  private static String clean(String sense, List<String[]> refs) {
    StringBuilder text = new StringBuilder();
    GlossCleaner.clean(sense, text, refs);
    return text.toString();
  }

  private static String clean(String sense) {
    return clean(sense, new ArrayList<>());
  }

  @Test
  void classifierSensesAreDropped() {
    assertEquals("", clean("CL:個|个[ge4],件[jian4]"));
  }

  @Test
  void registerNotesGoButOtherParenthesesKeepTheirWords() {
    assertEquals("to steal", clean("(slang) (Tw) to steal"));
    assertEquals("to go Dutch", clean("(coll.) to go Dutch"));
    assertEquals("of a plant to wither", clean("(of a plant) to wither"));
    assertEquals("a thousand autumns", clean("(literary, fig.) a thousand autumns"));
  }

  @Test
  void pinyinAndHanTextAreCutOut() {
    List<String[]> refs = new ArrayList<>();
    String cleaned = clean("Gen Z (abbr. for 95後|95后[jiu3 wu3 hou4] + 00後)", refs);
    assertEquals(List.of("gen"), EnglishWords.contentStems(cleaned), cleaned);
    assertArrayEquals(new String[] {"95後", "95后"}, refs.get(0));
    cleaned = clean("lettuce (from Taiwanese 萵仔菜, Tai-lo pr. [ue-á-tshài])");
    assertEquals(List.of("lettuc", "taiwanes", "tai", "lo"), EnglishWords.contentStems(cleaned),
        cleaned);
  }

  @Test
  void sameMeaningReferencesAreReportedAndCut() {
    List<String[]> refs = new ArrayList<>();
    assertEquals("", clean("variant of 逼格[bi1 ge2]", refs));
    assertEquals("", clean("old variant of 峰[feng1]", refs));
    assertEquals("", clean("see 傳統|传统[chuan2 tong3]", refs));
    assertEquals("", clean("abbr. for 北京大學|北京大学[Bei3 jing1 Da4 xue2]", refs));
    assertEquals("", clean("variant of 甲[jia3] and 乙[yi3]", refs));
    assertEquals(6, refs.size());
    assertArrayEquals(new String[] {"逼格"}, refs.get(0));
    assertArrayEquals(new String[] {"峰"}, refs.get(1));
    assertArrayEquals(new String[] {"傳統", "传统"}, refs.get(2));
    assertArrayEquals(new String[] {"北京大學", "北京大学"}, refs.get(3));
    assertArrayEquals(new String[] {"乙"}, refs.get(5));
  }

  @Test
  void relatedWordReferencesAreCutButNotResolved() {
    List<String[]> refs = new ArrayList<>();
    assertEquals("", clean("used in 葡萄[pu2 tao5]", refs));
    assertEquals("grape", clean("grape; see also 葡萄[pu2 tao5]", refs).replace(";", "").trim());
    assertEquals(0, refs.size());
  }
}
