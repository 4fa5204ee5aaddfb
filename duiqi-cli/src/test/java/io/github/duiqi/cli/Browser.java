package io.github.duiqi.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through Debian's chromedriver, with a fresh profile and a download
 * folder of its own. Missing browser or driver fails the test (CI installs both: .ci/run):
 * these tests are never skipped.
 */
final class Browser implements AutoCloseable {

  /** Where Debian installs them; DUIQI_CHROMIUM and DUIQI_CHROMEDRIVER name others. */
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("DUIQI_CHROMIUM",
      "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("DUIQI_CHROMEDRIVER",
      "/usr/bin/chromedriver"));

  final ChromeDriver driver;
  final Path downloads;
  private final Path profile;

  private Browser(ChromeDriver driver, Path downloads, Path profile) {
    this.driver = driver;
    this.downloads = downloads;
    this.profile = profile;
  }

  static Browser start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("the review page's browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
          + ": apt-get install -y chromium chromium-driver (.ci/run installs them)");
    }
    Path profile = Files.createTempDirectory("duiqi-chromium-profile");
    Path downloads = Files.createTempDirectory("duiqi-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000");
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(),
        "download.prompt_for_download", false));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, downloads, profile);
  }

  /** Opens a file and waits until the review page's script has drawn it. */
  void open(Path page) {
    driver.get(page.toUri().toString());
    waitForPage();
  }

  void waitForPage() {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (js("return typeof window.duiqiReview") .equals("undefined")) {
      if (System.nanoTime() > deadline) {
        fail("the review page's script did not start");
      }
      pause(20);
    }
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits for a download to finish and returns its content, then removes it. */
  String download(String name) throws IOException {
    Path file = downloads.resolve(name);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!Files.exists(file) || Files.exists(downloads.resolve(name + ".crdownload"))) {
      if (System.nanoTime() > deadline) {
        try (Stream<Path> s = Files.list(downloads)) {
          fail("no download " + name + "; the folder holds " + s.toList());
        }
      }
      pause(20);
    }
    String text = Files.readString(file);
    Files.delete(file);
    return text;
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      for (Path dir : new Path[] {profile, downloads}) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }
}
