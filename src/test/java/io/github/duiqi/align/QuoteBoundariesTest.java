package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteBoundariesTest {

  @Test
  void aTurnEndsInAClosingQuoteOrAQuestion() {
    assertTrue(Profile.endsTurn("\"Are you going?\"", false));
    assertTrue(Profile.endsTurn("Are you going?  ", false));
    assertTrue(Profile.endsTurn("He said: ‘No.’", false));
    assertFalse(Profile.endsTurn("He went home.", false));
    assertFalse(Profile.endsTurn("", false));
    assertTrue(Profile.endsTurn("他问：“你去吗？”", true));
    assertTrue(Profile.endsTurn("「你去嗎？」", true));
    // a Chinese quote closed after a full stop, or a question without a quote, is not one
    assertFalse(Profile.endsTurn("她说：“去。”", true));
    assertFalse(Profile.endsTurn("你去吗？", true));
  }

  @Test
  void joiningASentenceToATurnCostsTheWeightOnce() {
    List<String> zh = List.of("他问她去不去，她说去。", "天黑了。");
    List<String> en = List.of("\"Are you going?\" he asked.", "\"Yes?\"", "She nodded.",
        "It was dark.");
    Profile[] p = Profile.of(zh, en);
    Settings on = Settings.DEFAULT;
    Settings off = on.withFeatureWeight(Settings.QUOTE_BOUNDARIES, 0);
    CostModel withTurns = new CostModel(p[0], p[1], 3.0, on);
    CostModel without = new CostModel(p[0], p[1], 3.0, off);
    // the English of a 1-3 bead holds two sentences after a turn ("Yes?" after "...asked."
    // is not one: that sentence ends in a full stop): en 0..2 joins en 2 to the turn en 1
    assertEquals(1, CostModel.turnsJoined(p[1], 0, 3));
    assertEquals(0, CostModel.turnsJoined(p[1], 0, 1));
    assertEquals(0, CostModel.turnsJoined(p[1], 2, 4));
    double weight = on.quoteWeight;
    assertTrue(weight > 0);
    assertEquals(without.evidenceCost(0, 1, 0, 3) + weight, withTurns.evidenceCost(0, 1, 0, 3),
        1e-12);
    assertEquals(without.evidenceCost(1, 2, 2, 4), withTurns.evidenceCost(1, 2, 2, 4), 0.0);
  }
}
