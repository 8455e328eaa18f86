package org.rano.agreement.stats;

/**
 * A bootstrap percentile interval: its bounds, and how many of the resamples gave the coefficient a
 * value (a resample can leave it undefined, for example when it happens to draw units without
 * variation; those resamples are left out of the percentiles).
 *
 * @param lower the lower bound, the 2.5th percentile for a 95 % interval
 * @param upper the upper bound, the 97.5th percentile
 * @param defined the resamples with a defined value, 2 or more
 * @param replicates the resamples drawn
 */
public record Interval(double lower, double upper, int defined, int replicates) {

  /**
   * Obtains an interval.
   *
   * @param lower the lower bound, finite
   * @param upper the upper bound, finite, not below the lower
   * @param defined the resamples with a defined value, 2 to {@code replicates}
   * @param replicates the resamples drawn
   * @throws IllegalArgumentException if the bounds are not finite and ordered, or the counts out of
   *     range
   */
  public Interval {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
      throw new IllegalArgumentException(
          "bounds [" + lower + ", " + upper + "]; allowed: finite, lower <= upper");
    }
    if (defined < 2 || defined > replicates) {
      throw new IllegalArgumentException(
          "defined " + defined + " of " + replicates + "; allowed: 2 to " + replicates);
    }
  }
}
