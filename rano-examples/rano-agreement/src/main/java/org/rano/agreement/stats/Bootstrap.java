package org.rano.agreement.stats;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The nonparametric bootstrap over units with percentile intervals (Efron and Tibshirani 1993,
 * chapter 13): each replicate draws as many units as the table has, uniformly with replacement
 * (each unit keeps all its readers' ratings), and recomputes the coefficient; the interval's bounds
 * are the empirical quantiles of the defined replicates, interpolated linearly between order
 * statistics (R's default quantile, type 7).
 *
 * <p>The draws come from a {@link SplittableRandom} made from the seed afresh for every
 * coefficient, so the same seed gives the same interval, whatever else was computed before, and
 * every coefficient of one table is resampled with the same units (common random numbers).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bootstrap {

  /** The most replicates allowed: 1,000,000. */
  public static final int MAX_REPLICATES = 1_000_000;

  private final int replicates;
  private final long seed;

  private Bootstrap(int replicates, long seed) {
    this.replicates = replicates;
    this.seed = seed;
  }

  /**
   * Obtains a bootstrap.
   *
   * @param replicates the resamples per interval, 0 (no intervals) to {@value #MAX_REPLICATES}
   * @param seed the seed: the same seed gives the same intervals
   * @return the bootstrap, not null
   * @throws IllegalArgumentException if {@code replicates} is out of range
   */
  public static Bootstrap of(int replicates, long seed) {
    if (replicates < 0 || replicates > MAX_REPLICATES) {
      throw new IllegalArgumentException(
          "replicates " + replicates + "; allowed: 0 to " + MAX_REPLICATES);
    }
    return new Bootstrap(replicates, seed);
  }

  /**
   * The number of resamples per interval.
   *
   * @return 0 or more
   */
  public int replicates() {
    return replicates;
  }

  /**
   * Computes the 95 % percentile interval of a coefficient.
   *
   * @param ratings the ratings, not null
   * @param coefficient the coefficient of a table, not null
   * @return the interval, or empty when there are no replicates, no units, or fewer than two
   *     replicates with a defined value
   */
  public Optional<Interval> interval95(
      Ratings ratings, Function<Ratings, Coefficient> coefficient) {
    return interval(ratings, coefficient, 0.95);
  }

  /**
   * Computes a percentile interval of a coefficient.
   *
   * @param ratings the ratings, not null
   * @param coefficient the coefficient of a table, not null
   * @param level the coverage, between 0 and 1 exclusive, e.g. 0.95
   * @return the interval, or empty when there are no replicates, no units, or fewer than two
   *     replicates with a defined value
   * @throws IllegalArgumentException if the level is not between 0 and 1
   */
  public Optional<Interval> interval(
      Ratings ratings, Function<Ratings, Coefficient> coefficient, double level) {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(coefficient, "coefficient");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level " + level + "; allowed: between 0 and 1");
    }
    int n = ratings.units();
    if (replicates == 0 || n == 0) {
      return Optional.empty();
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[replicates];
    int defined = 0;
    int[] units = new int[n];
    for (int b = 0; b < replicates; b++) {
      for (int i = 0; i < n; i++) {
        units[i] = random.nextInt(n);
      }
      Coefficient value = coefficient.apply(ratings.ofUnits(units));
      if (value.isDefined()) {
        values[defined++] = value.value().getAsDouble();
      }
    }
    if (defined < 2) {
      return Optional.empty();
    }
    double[] sorted = Arrays.copyOf(values, defined);
    Arrays.sort(sorted);
    double tail = (1 - level) / 2;
    return Optional.of(
        new Interval(quantile(sorted, tail), quantile(sorted, 1 - tail), defined, replicates));
  }

  /**
   * The type-7 quantile of sorted values: h = (m - 1) p, interpolated between floor and ceiling.
   */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int low = (int) Math.floor(h);
    int high = Math.min(low + 1, sorted.length - 1);
    double value = sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    return Math.min(Math.max(value, sorted[low]), sorted[high]);
  }
}
