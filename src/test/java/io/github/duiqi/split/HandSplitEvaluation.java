package io.github.duiqi.split;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.duiqi.Sentence;
import io.github.duiqi.SentenceSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the splitter on hand-split text: for each {@code NNN.zh} / {@code NNN.en} file of
 * the given directories (one sentence a line), joins the lines (Chinese with nothing, English
 * with a space), splits the result and compares the sentence ends with the line ends.
 *
 * <p>Not a test: the data are not in this repository and are read from the paths given at run
 * time. Prints boundary precision, recall and F1 and the share of sentences found exactly;
 * {@code --icu} measures ICU4J's sentence iterator instead, {@code --show N} prints up to N
 * wrong boundaries per file set.
 *
 * <pre>{@code
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.github.duiqi.split.HandSplitEvaluation ALIGN_DEV/mac-dev   (the hand-split data, outside the repository)
 * }</pre>
 *
 * <p>Single-threaded command-line tool.
 */
public final class HandSplitEvaluation {

  private HandSplitEvaluation() {}

  public static void main(String[] args) throws IOException {
    boolean icu = false;
    int show = 0;
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--icu" -> icu = true;
        case "--show" -> show = Integer.parseInt(args[++i]);
        default -> dirs.add(Path.of(args[i]));
      }
    }
    if (dirs.isEmpty()) {
      System.err.println("usage: HandSplitEvaluation [--icu] [--show N] DIR...");
      System.exit(2);
    }
    for (Path dir : dirs) {
      for (String lang : new String[] {"zh", "en"}) {
        evaluate(dir, lang, icu, show);
      }
    }
  }

  private static void evaluate(Path dir, String lang, boolean icu, int show) throws IOException {
    long truePositives = 0;
    long falsePositives = 0;
    long falseNegatives = 0;
    long exact = 0;
    long gold = 0;
    int shown = 0;
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith("." + lang)).sorted().toList();
    }
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> !l.isEmpty()).toList();
      StringBuilder joined = new StringBuilder();
      Set<Integer> goldEnds = new HashSet<>();
      Set<Long> goldSpans = new HashSet<>();
      for (String line : lines) {
        if (joined.length() > 0 && lang.equals("en")) {
          joined.append(' ');
        }
        int start = joined.length();
        joined.append(line);
        goldEnds.add(joined.length());
        goldSpans.add(((long) start << 32) | joined.length());
      }
      String text = joined.toString();
      List<Sentence> found = icu ? icuSplit(text) : SentenceSplitter.create().split(text);
      Set<Integer> foundEnds = new HashSet<>();
      for (Sentence s : found) {
        foundEnds.add(s.end());
        if (goldSpans.contains(((long) s.start() << 32) | s.end())) {
          exact++;
        }
      }
      goldEnds.remove(text.length());
      foundEnds.remove(text.length());
      gold += lines.size();
      for (int end : foundEnds) {
        if (goldEnds.contains(end)) {
          truePositives++;
        } else {
          falsePositives++;
          if (shown++ < show) {
            System.out.println("  extra   " + file.getFileName() + ": " + around(text, end));
          }
        }
      }
      for (int end : goldEnds) {
        if (!foundEnds.contains(end)) {
          falseNegatives++;
          if (shown++ < show) {
            System.out.println("  missing " + file.getFileName() + ": " + around(text, end));
          }
        }
      }
    }
    double p = truePositives / (double) (truePositives + falsePositives);
    double r = truePositives / (double) (truePositives + falseNegatives);
    System.out.printf("%-8s %s boundaries P %.3f R %.3f F1 %.3f (%d found, %d extra, %d missing);"
            + " sentences exact %d/%d = %.3f%n", dir.getFileName(), lang, p, r,
        2 * p * r / (p + r), truePositives, falsePositives, falseNegatives, exact, gold,
        exact / (double) gold);
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 40), at) + " || "
        + text.substring(at, Math.min(text.length(), at + 30));
  }

  private static List<Sentence> icuSplit(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.ROOT);
    it.setText(text);
    List<Sentence> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int a = start;
      int b = end;
      while (a < b && Chars.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Chars.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        out.add(new Sentence(text.substring(a, b), a, b));
      }
    }
    return out;
  }
}
