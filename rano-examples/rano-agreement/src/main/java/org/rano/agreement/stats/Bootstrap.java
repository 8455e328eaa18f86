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
 * <p>When units are nested in clusters (the follow-ups of one patient), {@link #interval95(Ratings,
 * int[], Function)} resamples whole clusters instead (the cluster bootstrap, Davison and Hinkley
 * 1997, section 3.8): units of one patient are not independent, and resampling them one by one
 * would make the interval too narrow. With one unit per cluster it is the unit bootstrap, draw for
 * draw.
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
   * Computes the 95 % percentile interval of a coefficient, resampling clusters of units.
   *
   * @param ratings the ratings, not null
   * @param clusters the cluster of each unit (any numbers; units with the same number are drawn
   *     together), as many as the table has units, not null
   * @param coefficient the coefficient of a table, not null
   * @return the interval, or empty when there are no replicates, no units, or fewer than two
   *     replicates with a defined value
   * @throws IllegalArgumentException if {@code clusters} does not have one entry per unit
   */
  public Optional<Interval> interval95(
      Ratings ratings, int[] clusters, Function<Ratings, Coefficient> coefficient) {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(clusters, "clusters");
    if (clusters.length != ratings.units()) {
      throw new IllegalArgumentException(
          clusters.length + " clusters for " + ratings.units() + " units; allowed: one per unit");
    }
    return resample(ratings, groups(clusters), coefficient, 0.95);
  }

  /** The units of each cluster, clusters in order of first appearance. */
  private static int[][] groups(int[] clusters) {
    java.util.Map<Integer, java.util.List<Integer>> byCluster = new java.util.LinkedHashMap<>();
    for (int u = 0; u < clusters.length; u++) {
      byCluster.computeIfAbsent(clusters[u], key -> new java.util.ArrayList<>()).add(u);
    }
    return byCluster.values().stream()
        .map(units -> units.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
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
    int[][] singles = new int[ratings.units()][];
    for (int u = 0; u < singles.length; u++) {
      singles[u] = new int[] {u};
    }
    return resample(ratings, singles, coefficient, level);
  }

  private Optional<Interval> resample(
      Ratings ratings, int[][] groups, Function<Ratings, Coefficient> coefficient, double level) {
    int n = groups.length;
    if (replicates == 0 || n == 0) {
      return Optional.empty();
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[replicates];
    int defined = 0;
    int[] units = new int[Math.max(1, ratings.units() * 2)];
    for (int b = 0; b < replicates; b++) {
      int size = 0;
      for (int i = 0; i < n; i++) {
        int[] group = groups[random.nextInt(n)];
        if (size + group.length > units.length) {
          units = Arrays.copyOf(units, Math.max(units.length * 2, size + group.length));
        }
        System.arraycopy(group, 0, units, size, group.length);
        size += group.length;
      }
      Coefficient value = coefficient.apply(ratings.ofUnits(Arrays.copyOf(units, size)));
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
