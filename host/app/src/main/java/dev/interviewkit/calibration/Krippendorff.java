package dev.interviewkit.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /**
   * An alpha with its 95 % bootstrap interval (NaN where undefined), the pairable units it rests
   * on and the values in them.
   */
  public record Estimate(double alpha, double low, double high, int units, int values) {}

  private final int[] domain;
  /** Each distinct unit pattern's coincidences, V×V flattened. */
  private final double[][] patterns;
  /** For each pairable unit, the index of its pattern. */
  private final int[] unitPattern;
  private final int values;

  private Krippendorff(List<int[]> units, int[] domain) {
    this.domain = domain;
    int v = domain.length;
    Map<String, Integer> index = new HashMap<>();
    List<double[]> found = new ArrayList<>();
    int[] of = new int[units.size()];
    int pairable = 0;
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
      of[pairable++] = at;
    }
    patterns = found.toArray(double[][]::new);
    unitPattern = Arrays.copyOf(of, pairable);
    values = counted;
  }

  private static int[] domain(Iterable<List<int[]>> groups) {
    TreeSet<Integer> seen = new TreeSet<>();
    for (List<int[]> units : groups) {
      for (int[] unit : units) {
        if (unit.length >= 2) {
          Arrays.stream(unit).forEach(seen::add);
        }
      }
    }
    return seen.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Alpha of {@code units} under {@code metric}; NaN when there is no variation to judge. */
  public static double alpha(List<int[]> units, Metric metric) {
    return estimate(units, metric, 0, 0).alpha();
  }

  /**
   * Alpha with a percentile interval from {@code resamples} bootstrap samples of the units,
   * drawn with replacement from a generator seeded with {@code seed}: the same data and seed give
   * the same interval.
   */
  public static Estimate estimate(List<int[]> units, Metric metric, int resamples, long seed) {
    return estimates(Map.of("", units), metric, resamples, seed, "").get("");
  }

  /**
   * An estimate for each group of units (e.g. one per competency) and, under {@code pooled}
   * when there are two or more groups, one for all units together. Each group is resampled on
   * its own, from a generator seeded with {@code seed} and the group's name; a pooled resample
   * is the union of the groups' resamples (a bootstrap stratified by group).
   */
  public static Map<String, Estimate> estimates(Map<String, List<int[]>> groups, Metric metric,
      int resamples, long seed, String pooled) {
    int[] domain = domain(groups.values());
    int v = domain.length;
    double[][] pooledSamples = new double[Math.max(0, resamples)][v * v];
    double[] pooledFull = new double[v * v];
    int pooledUnits = 0;
    int pooledValues = 0;
    Map<String, Estimate> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<int[]>> group : groups.entrySet()) {
      Krippendorff k = new Krippendorff(group.getValue(), domain);
      double[] weights = new double[k.patterns.length];
      for (int p : k.unitPattern) {
        weights[p]++;
      }
      double[] full = k.coincidences(weights);
      add(pooledFull, full);
      pooledUnits += k.unitPattern.length;
      pooledValues += k.values;
      double alpha = alpha(full, domain, metric);
      double[] samples = new double[Math.max(0, resamples)];
      int n = k.unitPattern.length;
      SplittableRandom random = new SplittableRandom(seed ^ group.getKey().hashCode());
      for (int r = 0; r < resamples && n > 0; r++) {
        Arrays.fill(weights, 0);
        for (int i = 0; i < n; i++) {
          weights[k.unitPattern[below(random, n)]]++;
        }
        double[] o = k.coincidences(weights);
        add(pooledSamples[r], o);
        samples[r] = alpha(o, domain, metric);
      }
      out.put(group.getKey(), estimate(alpha, n == 0 ? new double[0] : samples, n, k.values));
    }
    if (groups.size() > 1) {
      double[] samples = new double[Math.max(0, resamples)];
      for (int r = 0; r < samples.length; r++) {
        samples[r] = alpha(pooledSamples[r], domain, metric);
      }
      out.put(pooled, estimate(alpha(pooledFull, domain, metric), samples, pooledUnits,
          pooledValues));
    }
    return out;
  }

  /** A uniform whole number in [0, n): the top bits of a 64-bit draw scaled (bias under 2^-32). */
  private static int below(SplittableRandom random, int n) {
    return (int) (((random.nextLong() >>> 32) * n) >>> 32);
  }

  private static Estimate estimate(double alpha, double[] samples, int units, int values) {
    if (Double.isNaN(alpha)) {
      return new Estimate(alpha, Double.NaN, Double.NaN, units, values);
    }
    double[] kept = Arrays.stream(samples).filter(s -> !Double.isNaN(s)).sorted().toArray();
    return new Estimate(alpha, Stats.percentile(kept, 0.025), Stats.percentile(kept, 0.975),
        units, values);
  }

  private static void add(double[] into, double[] o) {
    for (int i = 0; i < o.length; i++) {
      into[i] += o[i];
    }
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

  /** The coincidence matrix of the units, each pattern counted {@code weights[p]} times. */
  private double[] coincidences(double[] weights) {
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
    return o;
  }

  /** Alpha from a coincidence matrix over {@code domain}; NaN when nothing varies. */
  private static double alpha(double[] o, int[] domain, Metric metric) {
    int v = domain.length;
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
        double delta = delta(metric, domain, c, k, marginal);
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
  private static double delta(Metric metric, int[] domain, int c, int k, double[] marginal) {
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
