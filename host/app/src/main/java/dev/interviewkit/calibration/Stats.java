package dev.interviewkit.calibration;

/** Small statistics the report needs: means with a t interval, percentiles, t quantiles. */
public final class Stats {

  /** The two-sided 95 % normal quantile, z(0.975). */
  private static final double Z975 = 1.959963984540054;

  private Stats() {}

  /** A mean of {@code n} values with its 95 % t interval (NaN bounds when n < 2). */
  public record Mean(int n, double mean, double low, double high) {

    /** Whether the interval lies wholly on one side of zero. */
    public boolean excludesZero() {
      return !Double.isNaN(low) && (low > 0 || high < 0);
    }
  }

  /** The mean of {@code values[0..n)} with a 95 % interval from Student's t with n-1 df. */
  public static Mean mean(double[] values, int n) {
    if (n == 0) {
      return new Mean(0, Double.NaN, Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += values[i];
    }
    double mean = sum / n;
    if (n < 2) {
      return new Mean(n, mean, Double.NaN, Double.NaN);
    }
    double squares = 0;
    for (int i = 0; i < n; i++) {
      double d = values[i] - mean;
      squares += d * d;
    }
    double half = t975(n - 1) * Math.sqrt(squares / (n - 1) / n);
    return new Mean(n, mean, mean - half, mean + half);
  }

  /**
   * The 0.975 quantile of Student's t with {@code df} degrees of freedom (Hill 1970, algorithm
   * 396), exact for 1 and 2 df and within 1e-5 beyond.
   */
  public static double t975(int df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
    }
    double p = 0.05;
    if (df == 1) {
      double angle = p * Math.PI / 2;
      return Math.cos(angle) / Math.sin(angle);
    }
    if (df == 2) {
      return Math.sqrt(2 / (p * (2 - p)) - 2);
    }
    double n = df;
    double a = 1 / (n - 0.5);
    double b = 48 / (a * a);
    double c = ((20700 * a / b - 98) * a - 16) * a + 96.36;
    double d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt(a * Math.PI / 2) * n;
    double x = d * p;
    double y = Math.pow(x, 2 / n);
    if (y > 0.05 + a) {
      x = -Z975;
      y = x * x;
      if (n < 5) {
        c += 0.3 * (n - 4.5) * (x + 0.6);
      }
      c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
      y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
      y = a * y * y;
      y = y > 0.002 ? Math.exp(y) - 1 : 0.5 * y * y + y;
    } else {
      y = ((1 / (((n + 6) / (n * y) - 0.089 * d - 0.822) * (n + 2) * 3) + 0.5 / (n + 4)) * y - 1)
          * (n + 1) / (n + 2) + 1 / y;
    }
    return Math.sqrt(n * y);
  }

  /** The {@code q} quantile of sorted values, interpolated linearly between ranks. */
  public static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double rank = q * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
  }

  /**
   * How well scores separate two groups: the probability that a score from {@code positive}
   * exceeds one from {@code negative}, ties counting half (the area under the ROC curve, the
   * Mann-Whitney U over n1·n2). Histograms are indexed by score.
   */
  public static double auc(long[] positive, long[] negative) {
    long n1 = 0;
    long n2 = 0;
    for (long c : positive) {
      n1 += c;
    }
    for (long c : negative) {
      n2 += c;
    }
    if (n1 == 0 || n2 == 0) {
      return Double.NaN;
    }
    double wins = 0;
    long below = 0;
    for (int s = 0; s < Math.max(positive.length, negative.length); s++) {
      long p = s < positive.length ? positive[s] : 0;
      long q = s < negative.length ? negative[s] : 0;
      wins += p * (below + q / 2.0);
      below += q;
    }
    return wins / ((double) n1 * n2);
  }
}
