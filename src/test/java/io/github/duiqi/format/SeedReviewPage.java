package io.github.duiqi.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the review page of the user's sample (expected alignment, plausible scores) to the
 * path given as argument; docs/tools/review-screenshot.sh runs it and screenshots the page.
 */
public final class SeedReviewPage {
  private SeedReviewPage() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SeedReviewPage OUT.html");
      System.exit(2);
    }
    FormatOptions options = FormatOptions.defaults()
        .withTitle("duiqi review: 000_84e3e2ed0b7c912e.txt")
        .withLowScoreThreshold(0.5);
    try (BeadWriter out = AlignmentFormat.HTML.writer(
        Files.newOutputStream(Path.of(args[0])), options)) {
      out.writeAll(TestBeads.seed());
    }
  }
}
