package dev.interviewkit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsTest {

  @ParameterizedTest
  @CsvSource({"1, 12.7062", "2, 4.3027", "3, 3.1824", "5, 2.5706", "9, 2.2622", "30, 2.0423",
      "100, 1.9840", "1000, 1.9623"})
  void tQuantileMatchesTheTables(int df, double expected) {
    assertEquals(expected, Stats.t975(df), 5e-4);
  }

  @Test
  void meanIntervalUsesStudentsT() {
    Stats.Mean m = Stats.mean(new double[] {1, 2, 3, 4, 5}, 5);
    double half = 2.7764 * Math.sqrt(2.5 / 5);
    assertEquals(3, m.mean(), 1e-12);
    assertEquals(3 - half, m.low(), 1e-3);
    assertEquals(3 + half, m.high(), 1e-3);
    assertTrue(m.excludesZero());
    assertFalse(Stats.mean(new double[] {-1, 1}, 2).excludesZero());
    assertTrue(Double.isNaN(Stats.mean(new double[] {1}, 1).low()));
  }

  @Test
  void aucIsOneWhenEveryHireOutscoresEveryNoHireAndHalfForTies() {
    assertEquals(1.0, Stats.auc(new long[] {0, 0, 0, 2, 3}, new long[] {0, 4, 1, 0, 0}), 1e-12);
    assertEquals(0.5, Stats.auc(new long[] {0, 0, 5}, new long[] {0, 0, 7}), 1e-12);
    assertEquals(0.0, Stats.auc(new long[] {0, 1}, new long[] {0, 0, 1}), 1e-12);
    // hires {2, 3}, no-hires {2}: one win, one tie -> (1 + 0.5) / 2
    assertEquals(0.75, Stats.auc(new long[] {0, 0, 1, 1}, new long[] {0, 0, 1}), 1e-12);
    assertTrue(Double.isNaN(Stats.auc(new long[] {0, 1}, new long[] {0, 0})));
  }

  @Test
  void percentileInterpolatesBetweenRanks() {
    double[] sorted = {1, 2, 3, 4, 5};
    assertEquals(1, Stats.percentile(sorted, 0), 1e-12);
    assertEquals(3, Stats.percentile(sorted, 0.5), 1e-12);
    assertEquals(4.5, Stats.percentile(sorted, 0.875), 1e-12);
  }
}
