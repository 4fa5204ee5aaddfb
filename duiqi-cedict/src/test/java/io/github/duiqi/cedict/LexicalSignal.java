package io.github.duiqi.cedict;

import io.github.duiqi.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * An offline check of the lexical signal, no alignment involved: on hand-aligned gold folders
 * ({@code NNN.zh}, {@code NNN.en}, {@code NNN.align}, as in the development data), the share of
 * the gold beads' English content words that some Chinese word of the same bead glosses,
 * against a shuffled baseline where each bead's English is paired with the Chinese of another
 * bead of the same document (a fixed seed).
 *
 * <pre>
 * java -cp duiqi/target/classes:duiqi-cedict/target/classes:duiqi-cedict/target/test-classes \
 *   io.github.duiqi.cedict.LexicalSignal /work/shared/data/align-dev/mac-dev ...
 * </pre>
 */
public final class LexicalSignal {
  private LexicalSignal() {}

  public static void main(String[] args) throws IOException {
    Lexicon lexicon = CcCedict.lexicon();
    System.out.println("set\tdocs\tbeads\tEnglish content words\tmatched (gold beads)"
        + "\tmatched (shuffled)\tratio");
    for (String dir : args) {
      Path folder = Path.of(dir);
      List<String> names = new ArrayList<>();
      try (Stream<Path> files = Files.list(folder)) {
        files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".zh"))
            .map(f -> f.substring(0, f.length() - 3)).sorted().forEach(names::add);
      }
      long matched = 0;
      long shuffled = 0;
      long words = 0;
      int beads = 0;
      for (String name : names) {
        List<String> zh = Files.readAllLines(folder.resolve(name + ".zh"));
        List<String> en = Files.readAllLines(folder.resolve(name + ".en"));
        List<int[][]> gold = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve(name + ".align"))) {
          if (!line.isBlank()) {
            String[] sides = line.split(":");
            int[] z = ids(sides[0]);
            int[] e = ids(sides[1]);
            if (z.length > 0 && e.length > 0) {
              gold.add(new int[][] {z, e});
            }
          }
        }
        List<int[]> chinese = new ArrayList<>();
        List<int[]> english = new ArrayList<>();
        for (int[][] bead : gold) {
          chinese.add(lexicon.segment(join(zh, bead[0])));
          english.add(lexicon.englishWords(join(en, bead[1])));
        }
        int[] partner = derangement(gold.size(), new Random(42 + name.hashCode()));
        for (int b = 0; b < gold.size(); b++) {
          int[] e = english.get(b);
          words += e.length;
          matched += countMatched(lexicon, chinese.get(b), e);
          shuffled += countMatched(lexicon, chinese.get(partner[b]), e);
        }
        beads += gold.size();
      }
      System.out.printf("%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.1f%n", folder.getFileName(), names.size(),
          beads, words, (double) matched / words, (double) shuffled / words,
          (double) matched / shuffled);
    }
  }

  static long countMatched(Lexicon lexicon, int[] chinese, int[] english) {
    long n = 0;
    for (int e : english) {
      for (int f : chinese) {
        if (lexicon.glosses(f, e)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static int[] derangement(int n, Random random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i); // Sattolo: one cycle, so no bead keeps its own Chinese
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  private static String join(List<String> lines, int[] ids) {
    StringBuilder s = new StringBuilder();
    for (int i : ids) {
      s.append(lines.get(i)).append(' ');
    }
    return s.toString();
  }

  private static int[] ids(String side) {
    String inner = side.trim().replace("[", "").replace("]", "").trim();
    if (inner.isEmpty()) {
      return new int[0];
    }
    String[] parts = inner.split("\\s*,\\s*");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Integer.parseInt(parts[i].trim());
    }
    return out;
  }
}
