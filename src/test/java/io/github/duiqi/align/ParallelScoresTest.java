package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.duiqi.synthetic.SyntheticPair;
import org.junit.jupiter.api.Test;

class ParallelScoresTest {

  @Test
  void scoresOnSeveralThreadsAreTheSameToTheBit() {
    SyntheticPair pair = SyntheticPair.generate(BeadScores.PARALLEL_FROM + 3_000, 5);
    Profile[] p = Profile.of(pair.chinese(), pair.english());
    CostModel one = new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN);
    BeadSearch.Path path = BeadSearch.search(one);
    assertTrue(path.size >= BeadScores.PARALLEL_FROM, "long enough to be split: " + path.size);
    double[] alone = BeadScores.scores(one, path, 1);
    for (int threads : new int[] {2, 3, 7}) {
      CostModel many = new SentenceAligner(Settings.DEFAULT.withParallelism(threads))
          .model(p[0], p[1], Double.NaN);
      assertArrayEquals(alone, BeadScores.scores(many, path, 1), 0.0, threads + " threads");
    }
  }

  @Test
  void aSearchSplitOverTwoThreadsFindsTheSamePathToTheBit() {
    // the second half searched meanwhile from a ring of zeros, its back-pointers taken once
    // the rings differ by a constant: the same beads and bead costs as one thread's search
    for (long seed : new long[] {3, 8}) {
      SyntheticPair pair = SyntheticPair.generate(BeadSearch.SPLIT_FROM + 4_000, seed);
      Profile[] p = Profile.of(pair.chinese(), pair.english());
      CostModel one = new SentenceAligner(Settings.DEFAULT).model(p[0], p[1], Double.NaN);
      BeadSearch.Path alone = BeadSearch.search(one);
      for (int b = 0; b < alone.size; b++) {
        // each bead's cost is the model's (filled in once the search has its path)
        double reference = one.cost(alone.type[b], alone.zhEnd[b], alone.enEnd[b]);
        assertEquals(reference, alone.cost[b], 1e-9 * Math.max(1, reference), "bead " + b);
      }
      for (int threads : new int[] {2, 4}) {
        CostModel many = new SentenceAligner(Settings.DEFAULT.withParallelism(threads))
            .model(p[0], p[1], Double.NaN);
        BeadSearch.Path split = BeadSearch.search(many);
        assertTrue(SearchProbe.samePath(alone, split), "seed " + seed + ", " + threads);
        assertArrayEquals(java.util.Arrays.copyOf(alone.cost, alone.size),
            java.util.Arrays.copyOf(split.cost, split.size), 0.0);
        assertTrue(split.cellsComputed > alone.cellsComputed, "the other half computed too");
        assertTrue(split.size >= BeadSearch.PARALLEL_COSTS_FROM, "costs on two threads");
      }
    }
  }
}
