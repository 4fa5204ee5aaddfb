package io.github.duiqi.format;

import io.github.duiqi.Aligner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the review page of the user's sample, aligned by the default aligner (its real beads and
 * scores, as {@code align --interleaved --format html} would), to the path given as argument;
 * docs/tools/review-screenshot.sh runs it and screenshots the page.
 */
public final class SeedReviewPage {
  private SeedReviewPage() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SeedReviewPage OUT.html");
      System.exit(2);
    }
    FormatOptions options = FormatOptions.defaults()
        .withTitle("duiqi review: 000_84e3e2ed0b7c912e.txt");
    String text = TestBeads.resource("/seed/000_84e3e2ed0b7c912e.txt");
    try (BeadWriter out = AlignmentFormat.HTML.writer(
        Files.newOutputStream(Path.of(args[0])), options)) {
      out.writeAll(Aligner.create().alignInterleaved(text).beads());
    }
  }
}
