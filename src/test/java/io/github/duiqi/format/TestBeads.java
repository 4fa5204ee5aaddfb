package io.github.duiqi.format;

import io.github.duiqi.Bead;
import io.github.duiqi.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Beads for tests: the user's sample aligned as src/test/resources/seed/expected-alignment.ladder
 * says, with offsets found in the sample text and made-up but plausible scores (the aligner is
 * not used here: these tests are about the formats).
 */
final class TestBeads {
  private TestBeads() {}

  static String resource(String name) {
    try (InputStream in = TestBeads.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample's 17 beads with scores in [0, 1]. */
  static List<Bead> seed() {
    String text = resource("/seed/000_84e3e2ed0b7c912e.txt");
    List<Sentence> chinese = new ArrayList<>();
    List<Sentence> english = new ArrayList<>();
    int from = 0;
    for (String line : resource("/seed/expected-sentences.txt").split("\n")) {
      int start = text.indexOf(line, from);
      if (start < 0) {
        throw new IllegalStateException("sentence not in the sample: " + line);
      }
      Sentence s = new Sentence(line, start, start + line.length());
      (line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.HAN) ? chinese : english).add(s);
      from = s.end();
    }
    double ratio = chars(english) / chars(chinese);
    List<Bead> beads = new ArrayList<>();
    try (LadderReader ladder = LadderReader.open(
        new StringReader(resource("/seed/expected-alignment.ladder")), "expected-alignment.ladder")) {
      for (LadderEntry e : ladder.readAll()) {
        Bead unscored = e.toBead(chinese, english, 0);
        beads.add(e.toBead(chinese, english, plausibleScore(unscored, ratio)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return beads;
  }

  private static double chars(List<Sentence> sentences) {
    return sentences.stream().mapToInt(Sentence::length).sum();
  }

  /**
   * High when the bead's length ratio is the document's, lower the further it is from it, low
   * for an empty side: roughly what a length-based aligner reports.
   */
  static double plausibleScore(Bead bead, double documentRatio) {
    if (bead.chinese().isEmpty() || bead.english().isEmpty()) {
      return 0.12;
    }
    double ratio = bead.englishText().length() / (documentRatio * bead.chineseText().length());
    return Math.exp(-2 * Math.abs(Math.log(ratio)));
  }

  /** Beads whose sentences are the given texts, with consecutive indices from 0. */
  static List<Bead> of(List<List<String>> chineseSides, List<List<String>> englishSides,
      List<Double> scores) {
    List<Bead> beads = new ArrayList<>();
    int zh = 0;
    int en = 0;
    int zhOffset = 0;
    int enOffset = 0;
    for (int b = 0; b < chineseSides.size(); b++) {
      List<Integer> zhIds = new ArrayList<>();
      List<Sentence> zhSentences = new ArrayList<>();
      for (String s : chineseSides.get(b)) {
        zhIds.add(zh++);
        zhSentences.add(new Sentence(s, zhOffset, zhOffset + s.length()));
        zhOffset += s.length() + 1;
      }
      List<Integer> enIds = new ArrayList<>();
      List<Sentence> enSentences = new ArrayList<>();
      for (String s : englishSides.get(b)) {
        enIds.add(en++);
        enSentences.add(new Sentence(s, enOffset, enOffset + s.length()));
        enOffset += s.length() + 1;
      }
      beads.add(Bead.of(zhIds, zh, zhSentences, enIds, en, enSentences, scores.get(b)));
    }
    return beads;
  }

  /** One 1-1 bead. */
  static Bead pair(String chinese, String english, double score) {
    return of(List.of(List.of(chinese)), List.of(List.of(english)), List.of(score)).get(0);
  }
}
