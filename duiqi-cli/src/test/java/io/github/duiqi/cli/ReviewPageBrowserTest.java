package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import io.github.duiqi.format.AlignmentFormat;
import io.github.duiqi.format.BeadWriter;
import io.github.duiqi.format.FormatOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The review page in a real browser (headless Chromium): edits with clicks and keys, exports
 * compared byte for byte with what the command line writes, storage across reloads, triage,
 * and the time a page of 5,000 beads takes to open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageBrowserTest {

  /** Ten Chinese and eleven English sentences with what escaping rules must get right. */
  static final List<String> CHINESE = List.of(
      "第一句<b>&amp;</b>。", "國家的第二句，有\\反斜線。", "第三句\t有制表符。", "第四句。",
      "第五句「引號」。", "第六句。", "只有中文的第七句。", "第八句😀。", "第九句\"雙引號\"。",
      "第十句。");
  static final List<String> ENGLISH = List.of(
      "One <b>&amp;</b>.", "Two, with a \\ backslash.", "And its second half.", "Three\tof them.",
      "Four and five.", "\"Six\" & 'seven'.", "Eight 😀.", "Eight again.", "Nine.", "Ten.",
      "Ten, later.");
  static final String LADDER = """
      [0]:[0]:0.9900
      [1]:[1,2]:0.4000
      [2]:[3]:0.3000
      [3,4]:[4]:0.9500
      [5]:[5]:0.1000
      [6]:[]:0.2000
      [7]:[6,7]:0.8500
      [8]:[8]:0.6000
      [9]:[9,10]:0.9700
      """;

  @TempDir Path dir;
  private Browser browser;
  private Path chinese;
  private Path english;
  private Path page;

  @BeforeAll
  void startBrowser() throws IOException {
    browser = Browser.start();
  }

  @AfterAll
  void stopBrowser() throws IOException {
    browser.close();
  }

  @BeforeEach
  void fixture() throws IOException {
    chinese = Files.writeString(dir.resolve("doc.zh"), String.join("\n", CHINESE) + "\n");
    english = Files.writeString(dir.resolve("doc.en"), String.join("\n", ENGLISH) + "\n");
    Path ladder = Files.writeString(dir.resolve("doc.align"), LADDER);
    page = dir.resolve("doc.html");
    run("convert", "--presplit", "--format", "html", "-o", page.toString(), chinese.toString(),
        english.toString(), ladder.toString());
    // each test starts from the aligner's beads: no edits kept from another test
    browser.driver.get("about:blank");
    browser.open(page);
    browser.js("localStorage.clear()");
    browser.open(page);
  }

  private String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    assertEquals(0, code, err.toString());
    return out.toString();
  }

  private String convert(String format, String ladderText) throws IOException {
    Path ladder = Files.writeString(dir.resolve("exported.align"), ladderText);
    return run("convert", "--presplit", "--format", format, chinese.toString(),
        english.toString(), ladder.toString());
  }

  private void keys(String keys) {
    browser.driver.findElement(By.tagName("body")).sendKeys(keys);
  }

  /** Clicks as a person would, after scrolling the element to the middle of the window. */
  private void click(WebElement element) {
    browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private void click(By by) {
    click(browser.driver.findElement(by));
  }

  private WebElement row(int bead) {
    return browser.driver.findElement(By.id("b" + bead));
  }

  private void select(int bead) {
    click(row(bead).findElement(By.cssSelector(".num")));
    assertEquals(bead, selected());
  }

  private long selected() {
    return (Long) browser.js("return duiqiReview.selected()");
  }

  private String exported(String format) {
    return (String) browser.js("return duiqiReview.exportText(arguments[0])", format);
  }

  private String ladder() {
    return exported("ladder");
  }

  @Test
  void editsWithClicksAndKeysExportWhatConvertWrites() throws IOException {
    assertEquals(LADDER, ladder(), "unedited, the page exports the ladder it was made of");
    // merge beads 1 and 2 with the key, then split the merged bead with the cut handles
    select(1);
    keys("m");
    assertTrue(ladder().contains("[1,2]:[1,2,3]:1.0000\n[3,4]:[4]:0.9500\n"), ladder());
    select(1);
    click(row(1).findElement(By.cssSelector(".cut[data-side='z'][data-k='1']")));
    click(row(1).findElement(By.cssSelector(".cut[data-side='e'][data-k='2']")));
    click(row(1).findElement(By.cssSelector("[data-act='s']")));
    assertTrue(ladder().contains("[1]:[1,2]:1.0000\n[2]:[3]:1.0000\n"), ladder());
    // the 1-0 bead gives its sentence to the bead before it and disappears
    select(5);
    keys("[");
    assertTrue(ladder().contains("[5,6]:[5]:1.0000\n[7]:[6,7]:0.8500\n"), ladder());
    // the last English sentence of [7]:[6,7] goes to the next bead, by the button
    select(5);
    click(row(5).findElement(By.cssSelector("[data-act='en']")));
    select(7);
    keys("c");
    select(3);
    keys("c");
    assertTrue(ladder().contains("[3,4]:[4]:1.0000\n"), "confirmed");
    keys("z");
    String expected = """
        [0]:[0]:0.9900
        [1]:[1,2]:1.0000
        [2]:[3]:1.0000
        [3,4]:[4]:0.9500
        [5,6]:[5]:1.0000
        [7]:[6]:1.0000
        [8]:[7,8]:1.0000
        [9]:[9,10]:1.0000
        """;
    assertEquals(expected, ladder(), "after undoing the last confirmation");

    click(By.id("export-ladder"));
    String ladder = browser.download("doc.reviewed.align");
    assertEquals(expected, ladder);
    click(By.id("export-tsv"));
    String tsv = browser.download("doc.reviewed.tsv");
    assertEquals(convert("tsv", ladder), tsv);
    click(By.id("export-tmx"));
    String tmx = browser.download("doc.reviewed.tmx");
    assertEquals(convert("tmx", ladder), tmx);
    TmxValidation.validate(tmx.getBytes(StandardCharsets.UTF_8));
    assertEquals(convert("ladder", ladder), ladder);
    assertTrue(tsv.contains("國家的第二句，有\\\\反斜線。\tTwo, with a \\\\ backslash. And its second"
        + " half.\t1.0000\n"), tsv);
  }

  @Test
  void editsSurviveAReloadAndCanBeUndoneOrCleared() {
    select(4);
    keys("m");
    select(0);
    keys("c");
    String edited = ladder();
    browser.open(page);
    assertEquals(edited, ladder(), "restored from local storage");
    assertEquals(2L, browser.js("return duiqiReview.edits()"));
    keys("z");
    assertTrue(ladder().startsWith("[0]:[0]:0.9900\n"), "restored edits can be undone");
    browser.open(page);
    assertTrue(ladder().startsWith("[0]:[0]:0.9900\n[1]:[1,2]:0.4000"), ladder());
    assertTrue(ladder().contains("[5,6]:[5]:1.0000"), "the merge is still there");
    click(By.id("clear"));
    browser.driver.switchTo().alert().accept();
    assertEquals(LADDER, ladder());
    browser.open(page);
    assertEquals(LADDER, ladder(), "cleared for good");
    assertEquals(0L, browser.js("return duiqiReview.edits()"));
  }

  @Test
  void triageColoursNavigatesListsAndFilters() {
    // scores 0.99 0.40 0.30 0.95 0.10 0.20 0.85 0.60 0.97: graded by band
    assertEquals("row band0 low check empty todo", row(5).getAttribute("class"));
    assertEquals("row band0 low check todo", row(4).getAttribute("class"));
    assertEquals("row band1 low check todo", row(1).getAttribute("class"));
    assertEquals("row band2 check todo", row(7).getAttribute("class"));
    assertEquals("row", row(6).getAttribute("class"));
    assertEquals(0, selected());
    keys("n");
    assertEquals(1, selected());
    keys("nn");
    assertEquals(4, selected());
    keys("nn");
    assertEquals(5, selected(), "no low bead after 5");
    keys("pp");
    assertEquals(2, selected());
    keys("u");
    assertEquals(4, selected(), "the next bead to check");
    keys("c");
    keys("uu");
    assertEquals(7, selected());
    keys("u");
    assertEquals(8, selected(), "nothing left to check: the next unconfirmed bead");
    keys("kk");
    assertEquals(6, selected());
    // the list of the lowest beads leads to their rows, the lowest first
    List<WebElement> lowest = browser.driver.findElements(By.cssSelector("#lowest a"));
    assertEquals(List.of("bead 5", "bead 2", "bead 1", "bead 7"),
        lowest.stream().map(WebElement::getText).toList(), "bead 4 is confirmed");
    click(lowest.get(1));
    assertEquals(2, selected());
    // the summary's figures filter the table
    WebElement low = browser.driver.findElement(By.cssSelector("[data-filter='low']"));
    assertEquals("3 low (below 0.50)", low.getText());
    click(low);
    assertEquals(3, browser.driver.findElements(By.cssSelector(".row:not(.hd)")).stream()
        .filter(WebElement::isDisplayed).count());
    click(By.cssSelector("[data-filter='']"));
    assertEquals(9, browser.driver.findElements(By.cssSelector(".row:not(.hd)")).stream()
        .filter(WebElement::isDisplayed).count());
    // the plot follows the edits
    String path = browser.driver.findElement(By.cssSelector("#plot path")).getAttribute("d");
    select(1);
    keys("m");
    String merged = browser.driver.findElement(By.cssSelector("#plot path")).getAttribute("d");
    assertTrue(!merged.equals(path) && merged.split("L").length < path.split("L").length,
        path + " -> " + merged);
    assertTrue(browser.driver.findElement(By.id("summary")).getText()
        .startsWith("8 beads linking 10 Chinese and 11 English sentences."));
    assertEquals(chinese + " + " + english,
        browser.driver.findElement(By.cssSelector("h1")).getText(), "the inputs' names");
  }

  @Test
  void paragraphStartsAreMarked() throws IOException {
    Path zh = Files.writeString(dir.resolve("p.zh"), "第一句。第二句。\n\n第三句。第四句。\n");
    Path en = Files.writeString(dir.resolve("p.en"), "One. Two.\n\nThree. Four.\n");
    Path html = dir.resolve("p.html");
    run("align", "--format", "html", "-o", html.toString(), zh.toString(), en.toString());
    browser.open(html);
    assertEquals(List.of("2"), browser.driver.findElements(By.cssSelector(".row.para")).stream()
        .map(r -> r.findElement(By.cssSelector(".num:nth-child(2)")).getText()).toList());
  }

  /** Beads of every awkward character: the page's exports equal the Java writers' output. */
  @Test
  void exportsEqualTheWritersOnAwkwardText() throws IOException {
    List<String> texts = List.of("中美合作", "lone \uD800 high", "lone \uDC00 low", "nul \u0000 bel \u0007",
        "cr \r lf \n tab \t", "\uFFFE\uFFFF nonchar \uFDD0", "c1 \u0085 \u009F del \u007F",
        "<tag attr=\"v\">&amp; ]]> '", "back\\slash \\t \\u0041", "😀 \uD83D\uDE00 pair",
        "\u2028 line sep \u2029", "國家", "国家", "硬\n換行 hard\r\nwrapped  at\n72 columns\t");
    List<Bead> beads = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      String t = texts.get(k);
      Sentence z = new Sentence("中" + t, 0, t.length() + 1);
      Sentence e = new Sentence("en " + t, 0, t.length() + 3);
      beads.add(new Bead(k, k - (k > 3 ? 1 : 0), List.of(z), k == 3 ? List.of() : List.of(e),
          (k * 0.0777) % 1.0));
    }
    // normalised segment text (the default) and the raw text: the page holds what the writers
    // write, so its exports equal theirs either way
    for (FormatOptions options : List.of(FormatOptions.defaults(),
        FormatOptions.defaults().withRawText(true), FormatOptions.defaults()
        .withCreationTool("t<&>\"", "v 1").withCreationDate(Instant.parse("2026-01-27T13:00:00Z"))
        .withChineseScript(io.github.duiqi.format.ChineseScript.TRADITIONAL))) {
      Path awkward = dir.resolve("awkward.html");
      Files.write(awkward, write(AlignmentFormat.HTML, beads, options));
      browser.open(awkward);
      for (AlignmentFormat f : List.of(AlignmentFormat.LADDER, AlignmentFormat.TSV,
          AlignmentFormat.TMX)) {
        assertEquals(new String(write(f, beads, options), StandardCharsets.UTF_8),
            exported(f.formatName()), f + " " + options);
      }
    }
  }

  /** Until a bead decides it, TMX labels the document Simplified; the page does the same. */
  @Test
  void tmxScriptDetectionMatchesTheWriter() throws IOException {
    List<Bead> beads = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      String t = k == 280 ? "國" : "中";
      beads.add(new Bead(k, k, List.of(new Sentence(t, 0, 1)),
          List.of(new Sentence("x", 0, 1)), 0.5));
    }
    Path scripts = dir.resolve("scripts.html");
    for (List<Bead> b : List.of(beads, beads.subList(270, 300))) {
      Files.write(scripts, write(AlignmentFormat.HTML, b, FormatOptions.defaults()));
      browser.open(scripts);
      String tmx = exported("tmx");
      assertEquals(new String(write(AlignmentFormat.TMX, renumber(b), FormatOptions.defaults()),
          StandardCharsets.UTF_8), tmx);
      assertTrue(tmx.contains(b.size() == 300 ? "srclang=\"zh-Hans\"" : "srclang=\"zh-Hant\""));
    }
  }

  private static List<Bead> renumber(List<Bead> beads) {
    List<Bead> out = new ArrayList<>();
    for (int k = 0; k < beads.size(); k++) {
      Bead b = beads.get(k);
      out.add(new Bead(k, k, b.chinese(), b.english(), b.score()));
    }
    return out;
  }

  private static byte[] write(AlignmentFormat format, List<Bead> beads, FormatOptions options)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (BeadWriter w = format.writer(bytes, options)) {
      w.writeAll(beads);
    }
    return bytes.toByteArray();
  }

  /** A page of 5,000 beads opens, script and layout included, in under a second. */
  @Test
  void aPageOfFiveThousandBeadsOpensInUnderASecond() throws IOException {
    Random random = new Random(15);
    List<Bead> beads = new ArrayList<>();
    int z = 0;
    int e = 0;
    for (int k = 0; k < 5000; k++) {
      int zn = random.nextInt(10) == 0 ? 2 : 1;
      int en = random.nextInt(4) == 0 ? 2 : 1;
      List<Integer> zi = new ArrayList<>();
      List<Integer> ei = new ArrayList<>();
      List<Sentence> zs = new ArrayList<>();
      List<Sentence> es = new ArrayList<>();
      for (int i = 0; i < zn; i++) {
        zi.add(z++);
        zs.add(sentence(random, true));
      }
      for (int i = 0; i < en; i++) {
        ei.add(e++);
        es.add(sentence(random, false));
      }
      beads.add(new Bead(zi.get(0), ei.get(0), zs, es, random.nextDouble()));
    }
    Path big = dir.resolve("big.html");
    Files.write(big, write(AlignmentFormat.HTML, beads, FormatOptions.defaults()));
    browser.open(big);   // a first load warms the browser's caches, as a person's browser is
    browser.open(big);
    double ready = time("ready");
    double drawn = time("drawn");
    System.out.printf(Locale.ROOT, "review page of 5000 beads (%d KiB): first frame %.0f ms,"
        + " every row drawn %.0f ms after the navigation started%n", Files.size(big) / 1024, ready,
        drawn);
    assertTrue(ready < 1000, "first frame after " + ready + " ms");
    assertEquals(5000, browser.driver.findElements(By.cssSelector(".row:not(.hd)")).size());
  }

  /** Waits for one of the page's times (ms from the navigation's start) and returns it. */
  private double time(String which) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    Object t;
    while ((t = browser.js("return duiqiReview." + which)) == null) {
      assertTrue(System.nanoTime() < deadline, "the page never set " + which);
      Browser.pause(20);
    }
    return ((Number) t).doubleValue();
  }

  private static Sentence sentence(Random random, boolean chinese) {
    StringBuilder s = new StringBuilder();
    int n = chinese ? 15 + random.nextInt(40) : 5 + random.nextInt(30);
    for (int i = 0; i < n; i++) {
      if (chinese) {
        s.append((char) ('\u4E00' + random.nextInt(3000)));
      } else {
        s.append(i == 0 ? "" : " ").append("word".substring(0, 1 + random.nextInt(4)));
      }
    }
    s.append(chinese ? "。" : ".");
    return new Sentence(s.toString(), 0, s.length());
  }
}
