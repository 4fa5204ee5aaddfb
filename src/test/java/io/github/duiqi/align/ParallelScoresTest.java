package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
}
