package io.github.duiqi.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Aligner;
import io.github.duiqi.Alignment;
import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import io.github.duiqi.testing.MiniJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What the review page's Java side writes: a self-contained page whose data hold every bead
 * exactly. What its script does with them is tested in a browser (duiqi-cli's ReviewPageBrowserTest).
 */
class HtmlReviewPageTest {

  private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>",
      Pattern.DOTALL);

  private static String element(String page, String id) {
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"" + id
        + "\">(.*?)</script>", Pattern.DOTALL).matcher(page);
    assertTrue(m.find(), id);
    return m.group(1);
  }

  @SuppressWarnings("unchecked")
  private static List<List<Object>> beads(String page) {
    return (List<List<Object>>) MiniJson.parse(element(page, "duiqi-beads"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> meta(String page) {
    return (Map<String, Object>) MiniJson.parse(element(page, "duiqi-meta"));
  }

  private static List<String> texts(List<Sentence> sentences) {
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void samplePageIsSelfContained() {
    String page = Outputs.write(AlignmentFormat.HTML, TestBeads.seed()).text();
    assertTrue(page.startsWith("<!DOCTYPE html>\n"));
    assertTrue(page.endsWith("</html>\n"));
    assertFalse(page.contains("<link"), "no external style sheet");
    assertFalse(page.contains(" src="), "no external images or scripts");
    assertEquals(List.of("http://www.w3.org/2000/svg"),
        Pattern.compile("https?://[^\"' )]+").matcher(page).results().map(MatchResult::group)
            .distinct().toList(), "the only URL is the SVG namespace name, never fetched");
    List<String> attributes = SCRIPT.matcher(page).results().map(r -> r.group(1)).toList();
    assertEquals(List.of(" type=\"application/json\" id=\"duiqi-beads\"",
        " type=\"application/json\" id=\"duiqi-meta\"", ""), attributes,
        "two data blocks and the page's own script, inline");
    assertTrue(page.contains("<p class=\"verdict\" id=\"verdict\" hidden></p>"),
        "the slot for the document's verdict");
    assertTrue(page.contains(",\"parallel\":null,"), "beads alone carry no verdict");
  }

  @Test
  void aWholeAlignmentGivesThePageItsVerdict() throws java.io.IOException {
    io.github.duiqi.Alignment a = io.github.duiqi.Aligner.create().alignSentences(
        List.of("你好。", "再見。"), List.of("Hello.", "Goodbye."));
    java.io.StringWriter w = new java.io.StringWriter();
    try (BeadWriter writer = AlignmentFormat.HTML.writer(w, FormatOptions.defaults())) {
      writer.writeAll(a);
    }
    assertTrue(w.toString().contains(
        ",\"parallel\":{\"probability\":\"0.5000\",\"verdict\":\"uncertain\"},"), w.toString());
  }

  @Test
  void everyBeadIsWrittenWithItsSentencesVotesAndScore() {
    List<Bead> seed = TestBeads.seed();
    String page = Outputs.write(AlignmentFormat.HTML, seed).text();
    List<List<Object>> data = beads(page);
    assertEquals(seed.size(), data.size());
    int chinese = 0;
    int english = 0;
    for (int k = 0; k < seed.size(); k++) {
      Bead bead = seed.get(k);
      List<Object> row = data.get(k);
      assertEquals(List.of((double) k, (double) chinese, (double) english), row.subList(0, 3));
      assertEquals(texts(bead.chinese()), row.get(3));
      assertEquals(bead.chinese().stream().map(s -> (double) ChineseScript.votes(s.text()))
          .toList(), row.get(4));
      assertEquals(texts(bead.english()), row.get(5));
      assertEquals(AbstractBeadWriter.score(bead.score()), row.get(6));
      chinese += bead.chinese().size();
      english += bead.english().size();
    }
    Map<String, Object> meta = meta(page);
    assertEquals(0.0, meta.get("beadsOmitted"));
    assertEquals(0.5, meta.get("lowScoreThreshold"));
    assertEquals("duiqi alignment", meta.get("title"));
  }

  @Test
  void optionsReachThePage() {
    List<Bead> seed = TestBeads.seed();
    FormatOptions options = FormatOptions.defaults().withLowScoreThreshold(0.8)
        .withTitle("a.zh + a.en <1>").withMinScore(0.6).withCreationTool("tool \"x\"", "9")
        .withCreationDate(Instant.parse("2026-01-27T13:00:00Z"))
        .withChineseScript(ChineseScript.SIMPLIFIED);
    Outputs.Written w = Outputs.write(AlignmentFormat.HTML, seed, options);
    String page = w.text();
    assertTrue(page.contains("<title>a.zh + a.en &lt;1&gt;</title>"));
    assertTrue(page.contains("<h1 class=\"title\">a.zh + a.en &lt;1&gt;</h1>"));
    Map<String, Object> meta = meta(page);
    assertEquals(0.8, meta.get("lowScoreThreshold"));
    assertEquals("a.zh + a.en <1>", meta.get("title"));
    assertEquals("zh-Hans", meta.get("chineseScript"));
    assertEquals("tool \"x\"", meta.get("creationTool"));
    assertEquals("9", meta.get("creationToolVersion"));
    assertEquals("20260127T130000Z", meta.get("creationDate"));
    long omitted = seed.stream().filter(b -> b.score() < 0.6).count();
    assertTrue(omitted > 0);
    assertEquals((double) omitted, meta.get("beadsOmitted"));
    assertEquals(omitted, w.summary().beadsOmitted());
    assertEquals(seed.size() - omitted, beads(page).size());
    // a left-out bead keeps its id, and the next bead says where its sentences start
    List<Object> firstWritten = beads(page).get(0);
    int firstId = (int) (double) firstWritten.get(0);
    assertEquals(seed.stream().filter(b -> b.score() >= 0.6).findFirst().orElseThrow(),
        seed.get(firstId));
  }

  @Test
  void paragraphStartsComeFromTheAlignment() throws IOException {
    Alignment a = Aligner.create().align("第一句。第二句。\n\n第三句。第四句。\n\n第五句。",
        "One. Two.\n\nThree. Four.\n\nFive.");
    assertEquals(3, a.paragraphs().size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BeadWriter w = AlignmentFormat.HTML.writer(bytes, FormatOptions.defaults())) {
      w.writeAll(a);
    }
    Map<String, Object> meta = meta(bytes.toString(StandardCharsets.UTF_8));
    List<Double> chinese = new ArrayList<>();
    List<Double> english = new ArrayList<>();
    int z = 0;
    int e = 0;
    for (int p = 0; p < a.paragraphs().size(); p++) {
      if (p > 0) {
        chinese.add((double) z);
        english.add((double) e);
      }
      for (Bead b : a.paragraphs().get(p).beads()) {
        z += b.chinese().size();
        e += b.english().size();
      }
    }
    assertEquals(List.of(2.0, 4.0), chinese);
    assertEquals(chinese, meta.get("chineseParagraphs"));
    assertEquals(english, meta.get("englishParagraphs"));
  }

  @Test
  void unshowableCharactersAreEscapedAndCounted() {
    Outputs.Written w = Outputs.write(AlignmentFormat.HTML, List.of(
        TestBeads.pair("<script>alert(1)</script>&", "bell\u0007 nel\u0085 \uD800", 0.9)),
        FormatOptions.defaults().withRawText(true));
    String page = w.text();
    assertFalse(page.contains("<script>alert"));
    assertTrue(page.contains("\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026\""), page);
    assertTrue(page.contains("\"bell\\u0007 nel\\u0085 \\ud800\""), page);
    assertEquals(3, w.summary().escapedCharacters());
    assertEquals(0, w.summary().replacedCharacters());
  }

  @Provide
  Arbitrary<String> anyText() {
    // every UTF-16 unit, lone surrogates and controls included, with the risky ASCII often
    return Arbitraries.oneOf(Arbitraries.chars().all(), Arbitraries.of('<', '/', '!', '-', '"',
        '\\', '&', '\n', '\r', '\u2028', '\uD83D', '\uDE00')).list().ofMaxSize(40)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  /** Whatever the text, the data block parses back to it exactly and cannot end its element. */
  @Property(tries = 300)
  void dataHoldTextExactly(@ForAll("anyText") String chinese, @ForAll("anyText") String english) {
    Bead bead = new Bead(0, 0, List.of(new Sentence(chinese, 0, chinese.length())),
        List.of(new Sentence(english, 0, english.length())), 0.5);
    String page = Outputs.write(AlignmentFormat.HTML, List.of(bead),
        FormatOptions.defaults().withRawText(true)).text();
    String data = element(page, "duiqi-beads");
    assertFalse(data.contains("<"), "no tag, comment or end of the script element");
    List<Object> row = beads(page).get(0);
    assertEquals(List.of(chinese), row.get(3));
    assertEquals(List.of(english), row.get(5));
    // by default the page holds the segment text the other writers write
    List<Object> normalised = beads(Outputs.write(AlignmentFormat.HTML, List.of(bead)).text())
        .get(0);
    assertEquals(List.of(bead.chineseText()), normalised.get(3));
    assertEquals(List.of(bead.englishText()), normalised.get(5));
  }
}
