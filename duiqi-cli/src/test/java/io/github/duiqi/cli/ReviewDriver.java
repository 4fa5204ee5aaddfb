package io.github.duiqi.cli;

import io.github.duiqi.eval.GoldDocument;
import io.github.duiqi.eval.Scores;
import io.github.duiqi.format.LadderEntry;
import io.github.duiqi.format.LadderReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Reviews a development document in the page as a person would, knowing the answer: walks the
 * highlighted beads with the page's keys, fixes each with the page's merge and split (cut
 * handles and buttons) or confirms it when it is right, exports the ladder with the page's
 * button, converts it to TMX (validated against the DTD) and scores it with eval's scorer.
 * Not a test: it reads /work/shared, which tests never do, and writes into WORK_DIR.
 *
 * <pre>
 * java -cp ... io.github.duiqi.cli.ReviewDriver GOLD_DIR NAME WORK_DIR [n|u]
 * </pre>
 * {@code n} fixes the low beads (below 0.5, key n), {@code u} every bead still to check (below
 * 0.8, key u).
 */
public final class ReviewDriver {

  private final Browser browser;
  private int merges;
  private int splits;
  private int confirms;
  private int skipped;

  private ReviewDriver(Browser browser) {
    this.browser = browser;
  }

  public static void main(String[] args) throws Exception {
    Path gold = Path.of(args[0]);
    String name = args[1];
    Path work = Files.createDirectories(Path.of(args[2]));
    String key = args.length > 3 ? args[3] : "n";
    GoldDocument doc = GoldDocument.read(gold, name);
    Path zh = gold.resolve(name + ".zh");
    Path en = gold.resolve(name + ".en");
    Path page = work.resolve(name + ".html");
    Path before = work.resolve(name + ".align");
    cli("align", "--presplit", "--format", "html", "-o", page.toString(), zh.toString(),
        en.toString());
    cli("align", "--presplit", "--format", "ladder", "-o", before.toString(), zh.toString(),
        en.toString());
    try (Browser browser = Browser.start()) {
      browser.open(page);
      ReviewDriver d = new ReviewDriver(browser);
      int highlighted = d.count(key);
      List<int[]> visited = d.review(doc.gold(), key);
      browser.driver.findElement(By.id("export-ladder")).click();
      String exported = browser.download(name + ".reviewed.align");
      Path after = Files.writeString(work.resolve(name + ".reviewed.align"), exported);
      String tmx = cli("convert", "--presplit", "--format", "tmx", zh.toString(), en.toString(),
          after.toString());
      Files.writeString(work.resolve(name + ".reviewed.tmx"), tmx);
      TmxValidation.validate(tmx.getBytes(StandardCharsets.UTF_8));
      int tus = tmx.split("<tu ", -1).length - 1;

      List<LadderEntry> goldRungs = doc.gold();
      List<LadderEntry> test0 = readLadder(before);
      List<LadderEntry> test1 = readLadder(after);
      Scores s0 = new Scores();
      s0.add(goldRungs, test0);
      Scores s1 = new Scores();
      s1.add(goldRungs, test1);
      // the beads the review touched: confirmed or edited in the page
      List<LadderEntry> fixed = new ArrayList<>();
      @SuppressWarnings("unchecked")
      List<List<Object>> beads = (List<List<Object>>) browser.js("return duiqiReview.ladder()");
      for (List<Object> b : beads) {
        if (Boolean.TRUE.equals(b.get(3))) {
          fixed.add(new LadderEntry(ids((String) b.get(0)), ids((String) b.get(1))));
        }
      }
      Set<LadderEntry> goldSet = new HashSet<>(goldRungs);
      long fixedRight = fixed.stream().filter(goldSet::contains).count();
      System.out.printf(Locale.ROOT, "%s/%s, key %s: %d beads, %d highlighted; visited %d, fixed"
              + " %d windows by %d merges and %d splits, confirmed %d, skipped %d (gold not"
              + " monotone there)%n", gold.getFileName(), name, key, beads.size(), highlighted,
          visited.size(), d.windows, d.merges, d.splits, d.confirms, d.skipped);
      System.out.printf(Locale.ROOT, "beads confirmed or edited in the page: %d, of which %d are"
          + " gold beads (eval's exact match)%n", fixed.size(), fixedRight);
      System.out.printf(Locale.ROOT, "TMX from convert: %d tu, valid against the TMX 1.4 DTD%n",
          tus);
      System.out.print("before review:\n" + s0.report() + "after review:\n" + s1.report());
    }
  }

  private int windows;

  private static List<Integer> ids(String list) {
    return list.isEmpty() ? List.of()
        : Arrays.stream(list.split(",")).map(Integer::valueOf).toList();
  }

  /** A ladder's beads without their scores, as the gold has none. */
  private static List<LadderEntry> readLadder(Path file) throws IOException {
    try (LadderReader in = LadderReader.open(file)) {
      return in.stream().map(LadderEntry::withoutScore).toList();
    }
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", args) + ": " + err);
    }
    return out.toString();
  }

  /** The number of beads the key's test picks out on the unedited page. */
  private int count(String key) {
    String filter = key.equals("n") ? "low" : "todo";
    return ((Number) browser.js("return document.querySelectorAll('.row." + filter
        + "').length")).intValue();
  }

  /** [zh start, zh count, en start, en count] of each bead now in the page. */
  private List<int[]> beads() {
    @SuppressWarnings("unchecked")
    List<List<Object>> ladder = (List<List<Object>>) browser.js("return duiqiReview.ladder()");
    List<int[]> out = new ArrayList<>();
    int z = 0;
    int e = 0;
    for (List<Object> b : ladder) {
      int zn = ids((String) b.get(0)).size();
      int en = ids((String) b.get(1)).size();
      out.add(new int[] {z, zn, e, en});
      z += zn;
      e += en;
    }
    return out;
  }

  private long selected() {
    return (Long) browser.js("return duiqiReview.selected()");
  }

  private void keys(String keys) {
    browser.driver.findElement(By.tagName("body")).sendKeys(keys);
  }

  private void click(WebElement element) {
    browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  private void select(int bead) {
    click(browser.driver.findElement(By.cssSelector("#b" + bead + " .num")));
  }

  private List<int[]> review(List<LadderEntry> gold, String key) {
    // gold points where both sides are complete so far: where a window of fixes can end
    Set<Long> sync = new HashSet<>();
    sync.add(0L);
    int maxZ = -1;
    int maxE = -1;
    int countZ = 0;
    int countE = 0;
    List<int[]> goldSpans = new ArrayList<>();
    for (LadderEntry r : gold) {
      for (int z : r.chineseIndices()) {
        maxZ = Math.max(maxZ, z);
      }
      for (int e : r.englishIndices()) {
        maxE = Math.max(maxE, e);
      }
      countZ += r.chineseIndices().size();
      countE += r.englishIndices().size();
      if (maxZ + 1 == countZ && maxE + 1 == countE) {
        sync.add(point(countZ, countE));
      }
      goldSpans.add(new int[] {r.chineseIndices().size() == 0 ? -1 : r.chineseIndices().get(0), r.chineseIndices().size(),
          r.englishIndices().size() == 0 ? -1 : r.englishIndices().get(0), r.englishIndices().size()});
    }
    List<int[]> visited = new ArrayList<>();
    if (!isTarget(0, key)) {
      keys(key);
    }
    int previous = -1;
    while (true) {
      int i = (int) selected();
      if (i <= previous || !isTarget(i, key)) {
        break;
      }
      visited.add(new int[] {i});
      fix(i, sync, gold);
      previous = (int) selected();
      keys(key);
    }
    return visited;
  }

  private boolean isTarget(int i, String key) {
    return (Boolean) browser.js("return document.getElementById('b' + arguments[0]).classList"
        + ".contains(arguments[1])", i, key.equals("n") ? "low" : "todo");
  }

  private static long point(int z, int e) {
    return (long) z << 32 | e;
  }

  /** Fixes the smallest window around bead i that starts and ends where the gold does. */
  private void fix(int i, Set<Long> sync, List<LadderEntry> gold) {
    List<int[]> beads = beads();
    int a = i;
    while (a > 0 && !sync.contains(point(beads.get(a)[0], beads.get(a)[2]))) {
      a--;
    }
    int b = i;
    while (b < beads.size() - 1 && !sync.contains(point(beads.get(b)[0] + beads.get(b)[1],
        beads.get(b)[2] + beads.get(b)[3]))) {
      b++;
    }
    int z0 = beads.get(a)[0];
    int e0 = beads.get(a)[2];
    int z1 = beads.get(b)[0] + beads.get(b)[1];
    int e1 = beads.get(b)[2] + beads.get(b)[3];
    // the gold beads of the window, which must run contiguously from (z0, e0) to (z1, e1)
    List<int[]> want = new ArrayList<>();
    int z = z0;
    int e = e0;
    for (LadderEntry r : gold) {
      boolean inside = r.chineseIndices().size() > 0 ? r.chineseIndices().get(0) >= z0 && r.chineseIndices().get(0) < z1
          : r.englishIndices().get(0) >= e0 && r.englishIndices().get(0) < e1;
      if (!inside) {
        continue;
      }
      for (int x : r.chineseIndices()) {
        if (x != z++) {
          skipped++;
          return;
        }
      }
      for (int x : r.englishIndices()) {
        if (x != e++) {
          skipped++;
          return;
        }
      }
      want.add(new int[] {r.chineseIndices().size(), r.englishIndices().size()});
    }
    if (z != z1 || e != e1 || b - a > 20) {
      skipped++;
      return;
    }
    boolean same = want.size() == b - a + 1;
    for (int k = 0; same && k < want.size(); k++) {
      same = want.get(k)[0] == beads.get(a + k)[1] && want.get(k)[1] == beads.get(a + k)[3];
    }
    if (same) {
      // right as it is: confirm what is not yet confirmed
      for (int k = a; k <= b; k++) {
        if (isTarget(k, "n") || isTarget(k, "u")) {
          select(k);
          keys("c");
          confirms++;
        }
      }
      select(b);
      return;
    }
    windows++;
    select(a);
    for (int k = a; k < b; k++) {
      keys("m");
      merges++;
    }
    for (int k = 0; k + 1 < want.size(); k++) {
      select(a + k);
      WebElement row = browser.driver.findElement(By.id("b" + (a + k)));
      click(row.findElement(By.cssSelector(".cut[data-side='z'][data-k='" + want.get(k)[0]
          + "']")));
      row = browser.driver.findElement(By.id("b" + (a + k)));
      click(row.findElement(By.cssSelector(".cut[data-side='e'][data-k='" + want.get(k)[1]
          + "']")));
      row = browser.driver.findElement(By.id("b" + (a + k)));
      click(row.findElement(By.cssSelector("[data-act='s']")));
      splits++;
    }
    select(a + want.size() - 1);
  }
}
