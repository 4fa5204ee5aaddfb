package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Bead;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReviewPageTest {

  private static long count(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().count();
  }

  @Test
  void samplePageIsSelfContainedAndHighlightsWhatNeedsReview() {
    List<Bead> beads = TestBeads.seed();
    String page = Outputs.write(AlignmentFormat.HTML, beads).text();
    assertTrue(page.startsWith("<!DOCTYPE html>\n"));
    assertTrue(page.endsWith("</html>\n"));
    assertFalse(page.contains("<script"), "no script needed");
    assertFalse(page.contains("<link"), "no external style sheet");
    assertFalse(page.contains("src="), "no external images or scripts");
    assertEquals(List.of("http://www.w3.org/2000/svg"),
        Pattern.compile("https?://[^\"' )]+").matcher(page).results().map(java.util.regex.MatchResult::group)
            .distinct().toList(), "the only URL is the SVG namespace name, never fetched");
    assertEquals(beads.size(), count(page, "<tr id=\"b\\d+\""));
    long low = beads.stream().filter(b -> b.score() < 0.5).count();
    long empty = beads.stream().filter(b -> b.chinese().isEmpty() || b.english().isEmpty()).count();
    assertEquals(low, count(page, "<tr id=\"b\\d+\" class=\"low[\" ]"));
    assertEquals(empty, count(page, "<tr id=\"b\\d+\" class=\"[a-z ]*empty\""));
    assertTrue(page.contains("<tr id=\"b0\" class=\"low empty\">"), "the 1-0 bead");
    assertTrue(page.contains("<td class=\"text none\">no English</td>"));
    assertTrue(page.contains("lang=\"zh-Hant\""));
    assertTrue(page.contains(low + " low confidence"));
    assertTrue(page.contains(empty + " with an empty side"));
    // one marker a highlighted bead, linked to its row
    assertEquals(beads.stream().filter(b -> b.score() < 0.5 || b.chinese().isEmpty()
        || b.english().isEmpty()).count(), count(page, "<a href=\"#b\\d+\"><circle"));
    assertTrue(page.contains("stroke-dasharray"), "the diagonal");
  }

  @Test
  void pathMergesRunsOfEqualStepsAndEndsInTheCorner() {
    // 1-0, then three 1-1, then 1-2, then two 1-1: five segments after the start
    List<Bead> beads = TestBeads.of(
        List.of(List.of("甲"), List.of("乙"), List.of("丙"), List.of("丁"), List.of("戊"),
            List.of("己"), List.of("庚")),
        List.of(List.of(), List.of("b"), List.of("c"), List.of("d"), List.of("e", "e2"),
            List.of("f"), List.of("g")),
        List.of(0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9));
    String page = Outputs.write(AlignmentFormat.HTML, beads).text();
    Matcher d = Pattern.compile("<path [^>]* d=\"([^\"]*)\"").matcher(page);
    assertTrue(d.find());
    String path = d.group(1).replace("\n", "");
    assertEquals(1, count(path, "M"));
    assertEquals(4, count(path, "L"), path);
    // 7 Chinese and 7 English sentences: the path ends at the plot's top right corner (584, 16)
    assertTrue(path.endsWith("L584 16"), path);
    assertTrue(page.contains("7 beads linking 7 Chinese and 7 English sentences"));
  }

  @Test
  void textIsEscapedAndUnshowableCharactersAreVisibleAndCounted() {
    Outputs.Written w = Outputs.write(AlignmentFormat.HTML, List.of(
        TestBeads.pair("<script>alert(1)</script>&", "bell\u0007 nel\u0085 \uD800", 0.9)));
    String page = w.text();
    assertFalse(page.contains("<script>"));
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;"));
    assertTrue(page.contains("bell<span class=\"ctl\">U+0007</span> nel<span class=\"ctl\">U+0085"
        + "</span> <span class=\"ctl\">U+D800</span>"), page);
    assertEquals(3, w.summary().replacedCharacters());
    assertTrue(page.contains("3 characters HTML cannot show"));
  }

  @Test
  void thresholdAndTitleAreOptions() {
    List<Bead> beads = TestBeads.seed();
    String page = Outputs.write(AlignmentFormat.HTML, beads, FormatOptions.defaults()
        .withLowScoreThreshold(1.0).withTitle("Review <1>")).text();
    assertEquals(beads.size(), count(page, "<tr id=\"b\\d+\" class=\"low"));
    assertTrue(page.contains("<title>Review &lt;1&gt;</title>"));
  }

  @Test
  void tickStepsAreRound() {
    assertEquals(1, HtmlReviewWriter.tickStep(0));
    assertEquals(1, HtmlReviewWriter.tickStep(7));
    assertEquals(5, HtmlReviewWriter.tickStep(17));
    assertEquals(20, HtmlReviewWriter.tickStep(120));
    assertEquals(200_000, HtmlReviewWriter.tickStep(1_000_000));
  }
}
