package io.github.duiqi.interleave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavedLayoutTest {

  private static List<String> blocks(String text) {
    InterleavedLayout layout = InterleavedLayout.of(text, LanguageRuns.find(text));
    List<String> out = new ArrayList<>();
    for (InterleavedLayout.Block b : layout.blocks()) {
      out.add(text.substring(b.chineseStart(), b.chineseEnd()) + "|"
          + text.substring(b.englishStart(), b.englishEnd()));
    }
    return out;
  }

  @Test
  void sampleIsFourChineseFirstBlocks() throws IOException {
    String text = LanguageRunsTest.resource("000_84e3e2ed0b7c912e.txt");
    InterleavedLayout layout = InterleavedLayout.of(text, LanguageRuns.find(text));
    assertEquals(Language.CHINESE, layout.first());
    assertEquals(4, layout.blocks().size());
  }

  @Test
  void englishFirstStreamIsDetected() {
    String text = "The first paragraph is here. 第一段在這裡。\n"
        + "The second paragraph says a little more than that. 第二段說得比那多一點。";
    InterleavedLayout layout = InterleavedLayout.of(text, LanguageRuns.find(text));
    assertEquals(Language.ENGLISH, layout.first());
    assertEquals(List.of("第一段在這裡。|The first paragraph is here.",
        "第二段說得比那多一點。|The second paragraph says a little more than that."),
        blocks(text));
  }

  @Test
  void untranslatedTitleDoesNotFlipTheOrder() {
    // an English title with no rendering, then Chinese paragraphs each followed by English
    String text = "Notes\n"
        + "我們今天討論三個問題,每個都很重要。\n"
        + "We discuss three questions today, and each of them matters a great deal.\n"
        + "第一個問題是時間,我們的時間不多了。\n"
        + "The first question is time, and we do not have much of it left.";
    InterleavedLayout layout = InterleavedLayout.of(text, LanguageRuns.find(text));
    assertEquals(Language.CHINESE, layout.first());
    assertEquals(3, layout.blocks().size());
    assertEquals("|Notes", blocks(text).get(0));
  }

  @Test
  void paragraphFollowedByNoRenderingIsABlockOfItsOwn() {
    String text = "第一段。\nFirst.\n第二段沒有翻譯。\n第三段。\nThird.";
    assertEquals(List.of("第一段。|First.", "第二段沒有翻譯。|", "第三段。|Third."), blocks(text));
  }

  @Test
  void hardWrappedParagraphIsNotSplit() {
    String text = "第一段很長,\n在這裡換了行。\nThe first paragraph is long\nand wraps here.";
    assertEquals(List.of("第一段很長,\n在這裡換了行。|The first paragraph is long\nand wraps here."),
        blocks(text));
  }

  @Test
  void severalParagraphsOnBothSidesStayTogetherForTheAligner() {
    String text = "第一段。\n\n第二段。\n\nFirst.\n\nSecond.";
    assertEquals(List.of("第一段。\n\n第二段。|First.\n\nSecond."), blocks(text));
  }

  @Test
  void singleLanguageIsOneBlock() {
    assertEquals(List.of("只有中文。|"), blocks("只有中文。"));
    assertEquals(List.of("|Only English."), blocks("Only English."));
    assertEquals(List.of(), blocks(""));
  }

  private static final String ZH_A = "今天早上我们去河边散步。河水很清，鱼在水里游。";
  private static final String EN_A = "This morning we walked by the river. The water was clear "
      + "and fish swam in it.";
  private static final String ZH_NOTE = "这一段没有翻译。它只是一个注释，说明了写作的背景和时间。"
      + "读者可以跳过它，不影响理解。";
  private static final String EN_NOTE = "This paragraph has no translation. It is only a note on "
      + "when and why the text was written, and readers may skip it.";
  private static final String ZH_C = "下午我们回家做饭。晚饭很好吃。";
  private static final String EN_C = "In the afternoon we went home to cook. Dinner was good.";

  @Test
  void untranslatedParagraphRunningOnIntoTheNextIsSplitOff() {
    for (String sep : List.of("", " ")) {
      String text = ZH_A + sep + EN_A + sep + ZH_NOTE + sep + ZH_C + sep + EN_C;
      assertEquals(List.of(ZH_A + "|" + EN_A, ZH_NOTE + "|", ZH_C + "|" + EN_C), blocks(text),
          "separator '" + sep + "'");
    }
  }

  @Test
  void untranslatedEnglishParagraphInAnEnglishFirstStreamIsSplitOff() {
    String text = EN_A + " " + ZH_A + " " + EN_NOTE + " " + EN_C + " " + ZH_C;
    assertEquals(List.of(ZH_A + "|" + EN_A, "|" + EN_NOTE, ZH_C + "|" + EN_C), blocks(text));
  }

  @Test
  void translatedParagraphsAreNotSplit() {
    String text = ZH_A + EN_A + ZH_NOTE + EN_NOTE + ZH_C + EN_C;
    assertEquals(List.of(ZH_A + "|" + EN_A, ZH_NOTE + "|" + EN_NOTE, ZH_C + "|" + EN_C),
        blocks(text));
  }
}
