package io.github.duiqi.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LengthCostFloorTest {

  private static void assertFloorHolds(double x) {
    double floor = CostModel.lengthCostFloor(x);
    double cost = CostModel.lengthCostOfSquare(x);
    assertTrue(floor <= cost, "x " + x + ": floor " + floor + " above the cost " + cost);
  }

  @Test
  void theFloorIsNeverAboveTheLengthTerm() {
    // every table step and the points between (δ = sqrt(x) below 16 is interpolated), then
    // the direct formula up to far beyond any bead
    for (int k = 0; k <= 16 * 64 * 8 + 8; k++) {
      double delta = k / (64.0 * 8);
      assertFloorHolds(delta * delta);
      assertFloorHolds(Math.nextDown(delta * delta));
      assertFloorHolds(Math.nextUp(delta * delta));
    }
    for (double x = 1; x < 1e300; x *= 1.001) {
      assertFloorHolds(x);
    }
    assertFloorHolds(Double.POSITIVE_INFINITY);
    assertFloorHolds(Double.MIN_VALUE);
    // no length (both sides empty) costs 0, and the floor is below it
    assertEquals(-1, CostModel.squaredDeviation(0, 0, 6, 0.015));
    assertEquals(0, CostModel.lengthCostOfSquare(-1));
    assertFloorHolds(-1);
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
  void theFloorHoldsForAnySquaredDeviation(
      @ForAll @DoubleRange(min = 0, max = 1e6) double x) {
    assertFloorHolds(x);
  }
}
