package dev.interviewkit.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Krippendorff's alpha for integer values, computed from the coincidence matrix (Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability", 2011). A unit is the list of the values its
 * raters gave; a missing value is simply absent, and a unit with fewer than two values is not
 * pairable and counts for nothing.
 */
public final class Krippendorff {

  /** The level of measurement, which decides how far apart two values are. */
  public enum Metric {
    NOMINAL,
    ORDINAL,
    INTERVAL
  }

  /** An alpha with its bootstrap interval (both NaN where alpha is undefined). */
  public record Estimate(double alpha, double low, double high, int units, int values) {}

  private final int[] domain;
  /** Each distinct unit pattern's coincidences, V×V flattened. */
  private final double[][] patterns;
  /** For each pairable unit, the index of its pattern. */
  private final int[] unitPattern;
  private final int values;

  private Krippendorff(List<int[]> units) {
    TreeSet<Integer> seen = new TreeSet<>();
    for (int[] unit : units) {
      if (unit.length >= 2) {
        Arrays.stream(unit).forEach(seen::add);
      }
    }
    domain = seen.stream().mapToInt(Integer::intValue).toArray();
    int v = domain.length;
    Map<String, Integer> index = new HashMap<>();
    List<double[]> found = new ArrayList<>();
    List<Integer> of = new ArrayList<>();
    int counted = 0;
    for (int[] unit : units) {
      if (unit.length < 2) {
        continue;
      }
      counted += unit.length;
      int[] counts = new int[v];
      for (int value : unit) {
        counts[Arrays.binarySearch(domain, value)]++;
      }
      String key = Arrays.toString(counts);
      Integer at = index.get(key);
      if (at == null) {
        at = found.size();
        index.put(key, at);
        found.add(coincidences(counts, unit.length));
      }
      of.add(at);
    }
    patterns = found.toArray(double[][]::new);
    unitPattern = of.stream().mapToInt(Integer::intValue).toArray();
    values = counted;
  }

  /** Alpha of {@code units} under {@code metric}; NaN when there is no variation to judge. */
  public static double alpha(List<int[]> units, Metric metric) {
    Krippendorff k = new Krippendorff(units);
    double[] weights = new double[k.patterns.length];
    for (int p : k.unitPattern) {
      weights[p]++;
    }
    return k.alpha(weights, metric);
  }

  /**
   * Alpha with a percentile interval from {@code resamples} bootstrap samples of the units,
   * drawn with replacement from a generator seeded with {@code seed}: the same data and seed give
   * the same interval.
   */
  public static Estimate estimate(List<int[]> units, Metric metric, int resamples, long seed) {
    Krippendorff k = new Krippendorff(units);
    int n = k.unitPattern.length;
    double[] weights = new double[k.patterns.length];
    for (int p : k.unitPattern) {
      weights[p]++;
    }
    double alpha = k.alpha(weights, metric);
    if (Double.isNaN(alpha) || resamples < 1) {
      return new Estimate(alpha, Double.NaN, Double.NaN, n, k.values);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] samples = new double[resamples];
    int kept = 0;
    for (int r = 0; r < resamples; r++) {
      Arrays.fill(weights, 0);
      for (int i = 0; i < n; i++) {
        weights[k.unitPattern[random.nextInt(n)]]++;
      }
      double a = k.alpha(weights, metric);
      if (!Double.isNaN(a)) {
        samples[kept++] = a;
      }
    }
    if (kept == 0) {
      return new Estimate(alpha, Double.NaN, Double.NaN, n, k.values);
    }
    double[] sorted = Arrays.copyOf(samples, kept);
    Arrays.sort(sorted);
    return new Estimate(alpha, Stats.percentile(sorted, 0.025), Stats.percentile(sorted, 0.975),
        n, k.values);
  }

  /** A unit's coincidences: each ordered pair of its values, weighted 1/(m-1). */
  private static double[] coincidences(int[] counts, int m) {
    int v = counts.length;
    double[] o = new double[v * v];
    for (int c = 0; c < v; c++) {
      for (int k = 0; k < v; k++) {
        double pairs = c == k ? counts[c] * (counts[c] - 1.0) : (double) counts[c] * counts[k];
        o[c * v + k] = pairs / (m - 1);
      }
    }
    return o;
  }

  private double alpha(double[] weights, Metric metric) {
    int v = domain.length;
    double[] o = new double[v * v];
    for (int p = 0; p < patterns.length; p++) {
      if (weights[p] != 0) {
        double w = weights[p];
        double[] pattern = patterns[p];
        for (int i = 0; i < o.length; i++) {
          o[i] += w * pattern[i];
        }
      }
    }
    double[] marginal = new double[v];
    double n = 0;
    for (int c = 0; c < v; c++) {
      for (int k = 0; k < v; k++) {
        marginal[c] += o[c * v + k];
      }
      n += marginal[c];
    }
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < v; c++) {
      for (int k = c + 1; k < v; k++) {
        double delta = delta(metric, c, k, marginal);
        observed += o[c * v + k] * delta;
        expected += marginal[c] * marginal[k] * delta;
      }
    }
    if (expected == 0) {
      return Double.NaN;
    }
    return 1 - (n - 1) * observed / expected;
  }

  /** The squared difference between the values at domain indexes {@code c < k}. */
  private double delta(Metric metric, int c, int k, double[] marginal) {
    return switch (metric) {
      case NOMINAL -> 1;
      case INTERVAL -> {
        double d = domain[k] - domain[c];
        yield d * d;
      }
      case ORDINAL -> {
        double sum = 0;
        for (int g = c; g <= k; g++) {
          sum += marginal[g];
        }
        double d = sum - (marginal[c] + marginal[k]) / 2;
        yield d * d;
      }
    };
  }
}
