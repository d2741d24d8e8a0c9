package dev.interviewkit.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interviewkit.calibration.Krippendorff.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class KrippendorffTest {

  /**
   * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four observers
   * (rows A to D) and twelve units (columns), with missing values; published alphas: nominal
   * 0.743, ordinal 0.815, interval 0.849.
   */
  private static final Integer[][] EXAMPLE = {
    {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
    {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
    {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
    {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
  };

  private static List<int[]> units(Integer[][] byObserver) {
    List<int[]> units = new ArrayList<>();
    for (int u = 0; u < byObserver[0].length; u++) {
      int column = u;
      units.add(Arrays.stream(byObserver).map(row -> row[column]).filter(Objects::nonNull)
          .mapToInt(Integer::intValue).toArray());
    }
    return units;
  }

  @Test
  void publishedExampleGivesThePublishedNominalAlpha() {
    assertEquals(0.743, Krippendorff.alpha(units(EXAMPLE), Metric.NOMINAL), 0.0005);
  }

  @Test
  void publishedExampleGivesThePublishedOrdinalAlpha() {
    assertEquals(0.815, Krippendorff.alpha(units(EXAMPLE), Metric.ORDINAL), 0.0005);
  }

  @Test
  void publishedExampleGivesThePublishedIntervalAlpha() {
    assertEquals(0.849, Krippendorff.alpha(units(EXAMPLE), Metric.INTERVAL), 0.0005);
  }

  @Test
  void unitsWithOneValueCountForNothing() {
    List<int[]> more = new ArrayList<>(units(EXAMPLE));
    more.add(new int[] {4});
    more.add(new int[] {});
    assertEquals(Krippendorff.alpha(units(EXAMPLE), Metric.ORDINAL),
        Krippendorff.alpha(more, Metric.ORDINAL), 1e-12);
  }

  @Test
  void perfectAgreementIsOneAndNoVariationIsUndefined() {
    assertEquals(1.0, Krippendorff.alpha(List.of(new int[] {1, 1}, new int[] {3, 3, 3}),
        Metric.ORDINAL), 1e-12);
    assertTrue(Double.isNaN(Krippendorff.alpha(List.of(new int[] {2, 2}, new int[] {2, 2}),
        Metric.ORDINAL)));
  }

  @Test
  void bootstrapIntervalHoldsTheEstimateAndRepeatsWithTheSameSeed() {
    List<int[]> units = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int u = 0; u < 400; u++) {
      int truth = 1 + random.nextInt(4);
      int[] values = new int[3];
      for (int r = 0; r < 3; r++) {
        values[r] = Math.max(1, Math.min(4, truth + (random.nextInt(5) == 0 ? 1 : 0)
            - (random.nextInt(5) == 0 ? 1 : 0)));
      }
      units.add(values);
    }
    Krippendorff.Estimate first = Krippendorff.estimate(units, Metric.ORDINAL, 1000, 42);
    Krippendorff.Estimate again = Krippendorff.estimate(units, Metric.ORDINAL, 1000, 42);
    assertEquals(first, again);
    assertEquals(Krippendorff.alpha(units, Metric.ORDINAL), first.alpha(), 1e-12);
    assertTrue(first.low() < first.alpha() && first.alpha() < first.high(), first.toString());
    assertTrue(first.high() - first.low() < 0.1, first.toString());
    assertEquals(400, first.units());
    assertEquals(1200, first.values());
  }
}
