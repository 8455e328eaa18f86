package org.rano.agreement.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * Krippendorff's alpha, α = 1 - D<sub>o</sub> / D<sub>e</sub>, computed from the coincidence matrix
 * as Krippendorff defines it ("Computing Krippendorff's Alpha-Reliability", 2011): each unit with
 * m<sub>u</sub> ≥ 2 ratings adds 1 / (m<sub>u</sub> - 1) to o<sub>ck</sub> for every ordered pair
 * of its ratings (c, k) from different readers; units with fewer than two ratings are not pairable
 * and are left out, so missing ratings need no imputation. With n<sub>c</sub> = Σ<sub>k</sub>
 * o<sub>ck</sub> and n = Σ n<sub>c</sub>, D<sub>o</sub> = Σ<sub>c,k</sub> o<sub>ck</sub>
 * δ²<sub>ck</sub> / n and D<sub>e</sub> = Σ<sub>c,k</sub> n<sub>c</sub> n<sub>k</sub>
 * δ²<sub>ck</sub> / (n(n - 1)). The metric δ² is the item's level of measurement: nominal (0 if
 * equal, else 1), ordinal ((Σ<sub>g=c..k</sub> n<sub>g</sub> - (n<sub>c</sub> + n<sub>k</sub>)/2)²,
 * from the ranks of the values), interval ((c - k)²), or agreement within a tolerance (0 within it,
 * else 1). Undefined when no unit is pairable or D<sub>e</sub> = 0 (no variation among the pairable
 * values).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class KrippendorffAlpha {
  private KrippendorffAlpha() {}

  private enum Level {
    NOMINAL,
    ORDINAL,
    INTERVAL,
    TOLERANCE
  }

  /**
   * Computes alpha for nominal data.
   *
   * @param ratings the ratings, categories as codes, not null
   * @return alpha, or undefined
   */
  public static Coefficient nominal(Ratings ratings) {
    return alpha(ratings, Level.NOMINAL, 0);
  }

  /**
   * Computes alpha for ordinal data.
   *
   * @param ratings the ratings, numbers in the scale's order, not null
   * @return alpha, or undefined
   */
  public static Coefficient ordinal(Ratings ratings) {
    return alpha(ratings, Level.ORDINAL, 0);
  }

  /**
   * Computes alpha for interval data.
   *
   * @param ratings the ratings, not null
   * @return alpha, or undefined
   */
  public static Coefficient interval(Ratings ratings) {
    return alpha(ratings, Level.INTERVAL, 0);
  }

  /**
   * Computes alpha where two values agree when no further apart than a tolerance (δ² = 0 within it,
   * 1 beyond); with a tolerance of 0 it is the nominal alpha.
   *
   * @param ratings the ratings, not null
   * @param tolerance the largest difference that still agrees, 0 or more
   * @return alpha, or undefined
   * @throws IllegalArgumentException if the tolerance is negative, NaN or infinite
   */
  public static Coefficient withinTolerance(Ratings ratings, double tolerance) {
    return alpha(ratings, Level.TOLERANCE, Agreeing.checkTolerance(tolerance));
  }

  private static Coefficient alpha(Ratings ratings, Level level, double tolerance) {
    Objects.requireNonNull(ratings, "ratings");
    double[] values = pairableValues(ratings);
    int size = values.length;
    double[][] coincidences = new double[size][size];
    for (int u = 0; u < ratings.units(); u++) {
      double[] unit = ratings.present(u);
      int m = unit.length;
      if (m < 2) {
        continue;
      }
      int[] index = new int[m];
      for (int i = 0; i < m; i++) {
        index[i] = Arrays.binarySearch(values, unit[i] == 0 ? 0 : unit[i]);
      }
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          if (i != j) {
            coincidences[index[i]][index[j]] += 1.0 / (m - 1);
          }
        }
      }
    }
    if (size == 0) {
      return Coefficient.undefined("no unit was rated by two readers");
    }
    double[] marginals = new double[size];
    double n = 0;
    for (int c = 0; c < size; c++) {
      for (int k = 0; k < size; k++) {
        marginals[c] += coincidences[c][k];
      }
      n += marginals[c];
    }
    double[][] delta = new double[size][size];
    boolean anyDifference = false;
    for (int c = 0; c < size; c++) {
      for (int k = 0; k < size; k++) {
        delta[c][k] = distance(level, values, marginals, c, k, tolerance);
        anyDifference |= delta[c][k] != 0;
      }
    }
    if (!anyDifference) {
      return Coefficient.undefined(
          size == 1
              ? "no variation: every pairable rating is the same value"
              : "no expected disagreement: every pair of values counts as agreeing");
    }
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < size; c++) {
      for (int k = 0; k < size; k++) {
        observed += coincidences[c][k] * delta[c][k];
        expected += marginals[c] * marginals[k] * delta[c][k];
      }
    }
    observed /= n;
    expected /= n * (n - 1);
    return Coefficient.of(1 - observed / expected);
  }

  /** The distinct values of the units that have two ratings or more, sorted. */
  private static double[] pairableValues(Ratings ratings) {
    double[] values = new double[ratings.units() * ratings.readers()];
    int n = 0;
    for (int u = 0; u < ratings.units(); u++) {
      double[] unit = ratings.present(u);
      if (unit.length >= 2) {
        System.arraycopy(unit, 0, values, n, unit.length);
        n += unit.length;
      }
    }
    return Ratings.sortedDistinct(values, n);
  }

  private static double distance(
      Level level, double[] values, double[] marginals, int c, int k, double tolerance) {
    return switch (level) {
      case NOMINAL -> c == k ? 0 : 1;
      case TOLERANCE -> Agreeing.within(values[c], values[k], tolerance) ? 0 : 1;
      case INTERVAL -> {
        // over the range of the values: alpha is the same at any scale, and the square of a
        // difference of large finite values (1e200) no longer overflows
        double range = values[values.length - 1] - values[0];
        double scale = Double.isFinite(range) && range > 0 ? range : 1;
        double d = values[c] / scale - values[k] / scale;
        yield d * d;
      }
      case ORDINAL -> {
        if (c == k) {
          yield 0;
        }
        int low = Math.min(c, k);
        int high = Math.max(c, k);
        double sum = 0;
        for (int g = low; g <= high; g++) {
          sum += marginals[g];
        }
        double d = sum - (marginals[c] + marginals[k]) / 2;
        yield d * d;
      }
    };
  }
}
