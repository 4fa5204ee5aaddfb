package io.github.duiqi.eval;

import io.github.duiqi.Aligner;
import io.github.duiqi.cedict.CcCedict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact F1 of a folder of hand-aligned documents for several weights of one feature, and the
 * held-out figure: for each document in turn, the weight that scores best on the others, scored
 * on it (micro-averaged over the held-out documents). With CC-CEDICT unless
 * {@code --no-dictionary}.
 *
 * <pre>
 * java -cp ... io.github.duiqi.eval.WeightSweep /work/shared/data/align-dev/mac-dev \
 *     QUOTE_BOUNDARIES 1,2,3,4 [--no-dictionary]
 * </pre>
 *
 * <p>A tool, not a test: the development data may not be read by tests.
 */
public final class WeightSweep {

  private WeightSweep() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Aligner.Feature feature = Aligner.Feature.valueOf(args[1].toUpperCase(Locale.ROOT));
    double[] weights = Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble)
        .toArray();
    boolean dictionary = !Arrays.asList(args).contains("--no-dictionary");
    // per document, per weight: exact matches, test beads, gold beads
    Map<String, double[][]> counts = new TreeMap<>();
    for (int k = 0; k < weights.length; k++) {
      Aligner.Builder b = Aligner.builder().featureWeight(feature, weights[k]);
      if (dictionary) {
        b.lexicon(CcCedict.lexicon());
      }
      Evaluation.Result r = Evaluation.run(b.build(), dir, null);
      for (Evaluation.Document d : r.documents()) {
        long gold;
        try (var lines = Files.lines(dir.resolve(d.name() + ".align"))) {
          gold = lines.filter(s -> !s.isBlank()).count();
        }
        double matches = d.scores().exactRecall() * gold;
        double test = matches / d.scores().exactPrecision();
        counts.computeIfAbsent(d.name(), x -> new double[weights.length][])[k] =
            new double[] {matches, test, gold};
      }
      System.out.printf(Locale.ROOT, "%s = %.2f: exact F1 %.4f%n", feature, weights[k],
          r.total().exactF1());
    }
    double[] heldOut = new double[3];
    List<String> chosen = new ArrayList<>();
    for (String held : counts.keySet()) {
      int best = 0;
      double bestF1 = -1;
      for (int k = 0; k < weights.length; k++) {
        double[] sum = new double[3];
        for (Map.Entry<String, double[][]> e : counts.entrySet()) {
          if (!e.getKey().equals(held)) {
            for (int q = 0; q < 3; q++) {
              sum[q] += e.getValue()[k][q];
            }
          }
        }
        double f1 = 2 * sum[0] / (sum[1] + sum[2]);
        if (f1 > bestF1) {
          bestF1 = f1;
          best = k;
        }
      }
      double[] c = counts.get(held)[best];
      for (int q = 0; q < 3; q++) {
        heldOut[q] += c[q];
      }
      chosen.add(String.format(Locale.ROOT, "%s: %.2f (F1 %.4f)", held, weights[best],
          2 * c[0] / (c[1] + c[2])));
    }
    System.out.println("held out, weight chosen on the others: " + String.join(", ", chosen));
    System.out.printf(Locale.ROOT, "held-out exact F1 %.4f%n",
        2 * heldOut[0] / (heldOut[1] + heldOut[2]));
  }
}
