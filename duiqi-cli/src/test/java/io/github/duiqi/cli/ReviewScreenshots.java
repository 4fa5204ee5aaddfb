package io.github.duiqi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * The screenshots of docs/review-page.md, made with the browser the tests drive: aligns the
 * bundled sample into a review page and photographs the steps of a review.
 * docs/tools/review-screenshot.sh runs it.
 *
 * <pre>
 * java -cp ... io.github.duiqi.cli.ReviewScreenshots SAMPLE.txt WORK_DIR DOCS_DIR
 * </pre>
 */
public final class ReviewScreenshots {
  private ReviewScreenshots() {}

  public static void main(String[] args) throws Exception {
    Path sample = Path.of(args[0]);
    Path work = Files.createDirectories(Path.of(args[1]));
    Path docs = Path.of(args[2]);
    Path page = work.resolve("sample.html");
    int code = Main.commandLine(new java.io.PrintWriter(System.out, true),
        new java.io.PrintWriter(System.err, true)).execute("align", "--interleaved", "--format",
        "html", "-o", page.toString(), sample.toString());
    if (code != 0) {
      throw new IllegalStateException("align failed");
    }
    try (Browser browser = Browser.start()) {
      browser.driver.manage().window().setSize(new Dimension(1280, 1000));
      browser.open(page);
      browser.js("localStorage.clear()");
      browser.open(page);
      shot(browser, docs.resolve("review-page.png"));
      // the next low bead, selected: its actions and the cut handles between its sentences
      browser.driver.findElement(By.tagName("body")).sendKeys("nnn");
      browser.js("document.getElementById('b' + duiqiReview.selected())"
          + ".scrollIntoView({block: 'center'})");
      shot(browser, docs.resolve("review-selected.png"));
      // a 1-2 bead with its split point picked before its second English sentence
      int bead = ((Number) browser.js("return duiqiReview.ladder().findIndex(function (b) {"
          + " return b[1].indexOf(',') > 0; })")).intValue();
      browser.js("document.querySelector('#b' + arguments[0] + ' .num').click()", bead);
      browser.js("document.querySelector(\"#b\" + arguments[0] + \" .cut[data-side='e']"
          + "[data-k='1']\").click()", bead);
      browser.js("document.getElementById('b' + arguments[0]).scrollIntoView({block: 'center'})",
          bead);
      shot(browser, docs.resolve("review-split.png"));
      // the low beads confirmed one by one (key c, then u to the next to check), then filtered
      browser.js("document.querySelector('#b0 .num').click()");
      for (int k = 0; k < 5; k++) {
        browser.driver.findElement(By.tagName("body")).sendKeys("uc");
      }
      browser.driver.findElement(By.cssSelector("[data-filter='done']")).click();
      browser.js("window.scrollTo(0, 0)");
      shot(browser, docs.resolve("review-confirmed.png"));
      browser.js("localStorage.clear()");
    }
  }

  private static void shot(Browser browser, Path png) throws Exception {
    Browser.pause(300);
    Path taken = browser.driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(taken, png, StandardCopyOption.REPLACE_EXISTING);
    System.out.println("review-screenshots: " + png);
  }
}
