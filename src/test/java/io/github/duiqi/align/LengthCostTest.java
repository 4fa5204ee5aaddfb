package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LengthCostTest {

  /** The table's value against the direct formula, within the error its comment states. */
  private static void assertNearTheDirectFormula(double x) {
    double table = CostModel.lengthCostOfSquare(x);
    double direct = CostModel.minusLogTail(Math.sqrt(x));
    assertEquals(direct, table, 1e-4, "x " + x);
  }

  @Test
  void theTableIsWithinATenThousandthOfANatOfTheDirectFormula() {
    // every table step and the points between (δ = sqrt(x) below 16 is interpolated; beyond,
    // the direct formula itself)
    for (int k = 0; k < 16 * 64 * 8; k++) {
      double delta = k / (64.0 * 8);
      assertNearTheDirectFormula(delta * delta);
      assertNearTheDirectFormula(Math.nextUp(delta * delta));
    }
    // no jump where the table ends
    assertEquals(CostModel.lengthCostOfSquare(256), CostModel.lengthCostOfSquare(Math.nextDown(256)),
        1e-4);
    // no length (both sides empty) costs 0, and no cost is NaN
    assertEquals(-1, CostModel.squaredDeviation(0, 0, 6, 0.015));
    assertEquals(0, CostModel.lengthCostOfSquare(-1));
    assertEquals(0, CostModel.lengthCostOfSquare(Double.NaN));
    assertEquals(Double.POSITIVE_INFINITY, CostModel.lengthCostOfSquare(Double.POSITIVE_INFINITY));
  }

  @Test
  void theLengthTermGrowsWithTheDeviation() {
    double last = CostModel.lengthCostOfSquare(0);
    assertEquals(0, last, 1e-4);
    for (double x = 0.01; x < 1e4; x *= 1.05) {
      double cost = CostModel.lengthCostOfSquare(x);
      assertTrue(cost >= last, "x " + x + ": " + cost + " below " + last);
      last = cost;
    }
  }

  @Test
  void theLengthTermIsTheOneOfItsSquaredDeviation() {
    for (double lz = 0; lz < 400; lz += 3.7) {
      for (double le = 0; le < 400; le += 5.3) {
        double x = CostModel.squaredDeviation(lz, le, 6, 0.015);
        double m = 0.5 * (lz + le);
        double d = le - lz;
        double direct = m <= 0 ? 0 : CostModel.minusLogTailOfSquare(d * d / (m * (6 + 0.015 * m)));
        assertEquals(direct, CostModel.lengthCost(lz, le, 6, 0.015), 0.0);
        assertEquals(direct, CostModel.lengthCostOfSquare(x), 0.0);
      }
    }
  }

  @Property(tries = 2000)
  void theTableHoldsForAnySquaredDeviation(@ForAll @DoubleRange(min = 0, max = 1e6) double x) {
    assertNearTheDirectFormula(x);
  }
}
