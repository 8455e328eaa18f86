package org.rano.agreement.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * Cohen's kappa for two readers, on the units both rated: κ = (p<sub>o</sub> - p<sub>e</sub>) / (1
 * - p<sub>e</sub>), with p<sub>o</sub> the observed and p<sub>e</sub> the chance agreement from the
 * two readers' own marginal distributions (Cohen 1960); the weighted form replaces agreement by a
 * weight w<sub>jk</sub> between categories j and k (Cohen 1968): p<sub>o</sub> = Σ w(a<sub>i</sub>,
 * b<sub>i</sub>) / n, p<sub>e</sub> = Σ<sub>j,k</sub> p<sub>j·</sub> p<sub>·k</sub> w<sub>jk</sub>.
 *
 * <p>Linear weights on a scale ({@link #linearWeighted(Ratings, double, double)}) are
 * w<sub>jk</sub> = 1 - |v<sub>j</sub> - v<sub>k</sub>| / (highest - lowest), from the values of the
 * categories and the ends of the item's scale, whether or not every level was used (the
 * Cicchetti-Allison weights of SAS's {@code PROC FREQ} with scores as the values). {@link
 * #linearWeighted(Ratings)} weighs by the rank of a category among the K categories either reader
 * used instead, w<sub>jk</sub> = 1 - |r<sub>j</sub> - r<sub>k</sub>| / (K - 1) (the "equal" weights
 * of R's {@code irr::kappa2}): the two agree when the readers used every level of an evenly spaced
 * scale, and differ when a level was left unused. Kappa is undefined when no unit was rated by both
 * readers, or when the chance disagreement is 0 (both readers used one and the same category; for
 * weights, every pair of categories used weighs 1).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CohenKappa {
  private CohenKappa() {}

  /** How much two categories agree. */
  private interface Weight {
    double of(double[] categories, int j, int k);
  }

  /**
   * Computes unweighted Cohen's kappa.
   *
   * @param ratings the ratings of exactly two readers, not null
   * @return kappa, -1 to 1, or undefined
   * @throws IllegalArgumentException if the table does not have two readers
   */
  public static Coefficient unweighted(Ratings ratings) {
    return kappa(ratings, (categories, j, k) -> j == k ? 1 : 0);
  }

  /**
   * Computes Cohen's kappa with linear weights, for an ordinal scale.
   *
   * @param ratings the ratings of exactly two readers, numbers in the scale's order, not null
   * @return weighted kappa, or undefined
   * @throws IllegalArgumentException if the table does not have two readers
   */
  public static Coefficient linearWeighted(Ratings ratings) {
    return kappa(
        ratings,
        (categories, j, k) ->
            categories.length < 2 ? 1 : 1 - (double) Math.abs(j - k) / (categories.length - 1));
  }

  /**
   * Computes Cohen's kappa with linear weights on an ordinal scale whose ends are known (a neuro
   * domain's levels 0 to its highest, a target score 0 to 3): weights from the distance of the
   * values over the length of the scale, the same for every pair of readers and every bootstrap
   * sample.
   *
   * @param ratings the ratings of exactly two readers, values from lowest to highest, not null
   * @param lowest the lowest value of the scale
   * @param highest the highest value of the scale, above lowest
   * @return weighted kappa, or undefined
   * @throws IllegalArgumentException if the table does not have two readers, the scale is empty or
   *     not finite, or a rating lies outside it
   */
  public static Coefficient linearWeighted(Ratings ratings, double lowest, double highest) {
    Objects.requireNonNull(ratings, "ratings");
    if (!(Double.isFinite(lowest) && Double.isFinite(highest) && lowest < highest)) {
      throw new IllegalArgumentException(
          "the scale "
              + lowest
              + " to "
              + highest
              + " is not a finite range; allowed: lowest < highest");
    }
    for (int u = 0; u < ratings.units(); u++) {
      for (int r = 0; r < ratings.readers(); r++) {
        double value = ratings.at(u, r);
        if (!Double.isNaN(value) && (value < lowest || value > highest)) {
          throw new IllegalArgumentException(
              "the rating "
                  + value
                  + " of unit "
                  + u
                  + " is outside the scale; allowed: "
                  + lowest
                  + " to "
                  + highest);
        }
      }
    }
    double length = highest - lowest;
    return kappa(
        ratings, (categories, j, k) -> 1 - Math.abs(categories[j] - categories[k]) / length);
  }

  /**
   * Computes Cohen's kappa where two ratings agree when no further apart than a tolerance (weights
   * 1 within the tolerance, 0 beyond); with a tolerance of 0 it is the unweighted kappa.
   *
   * @param ratings the ratings of exactly two readers, not null
   * @param tolerance the largest difference that still agrees, 0 or more
   * @return kappa, or undefined
   * @throws IllegalArgumentException if the table does not have two readers, or the tolerance is
   *     negative, NaN or infinite
   */
  public static Coefficient withinTolerance(Ratings ratings, double tolerance) {
    Agreeing.checkTolerance(tolerance);
    return kappa(
        ratings,
        (categories, j, k) -> Agreeing.within(categories[j], categories[k], tolerance) ? 1 : 0);
  }

  private static Coefficient kappa(Ratings ratings, Weight weight) {
    Objects.requireNonNull(ratings, "ratings");
    if (ratings.readers() != 2 && ratings.units() > 0) {
      throw new IllegalArgumentException(
          "ratings have " + ratings.readers() + " readers; allowed: 2 (see Ratings.pair)");
    }
    int n = 0;
    for (int u = 0; u < ratings.units(); u++) {
      if (!Double.isNaN(ratings.at(u, 0)) && !Double.isNaN(ratings.at(u, 1))) {
        n++;
      }
    }
    if (n == 0) {
      return Coefficient.undefined("no unit was rated by both readers");
    }
    double[] first = new double[n];
    double[] second = new double[n];
    int i = 0;
    for (int u = 0; u < ratings.units(); u++) {
      if (!Double.isNaN(ratings.at(u, 0)) && !Double.isNaN(ratings.at(u, 1))) {
        first[i] = ratings.at(u, 0);
        second[i] = ratings.at(u, 1);
        i++;
      }
    }
    double[] both = concat(first, second);
    double[] categories = Ratings.sortedDistinct(both, both.length);
    int size = categories.length;
    double[][] weights = new double[size][size];
    for (int j = 0; j < size; j++) {
      for (int k = 0; k < size; k++) {
        weights[j][k] = weight.of(categories, j, k);
      }
    }
    long[] rows = new long[size];
    long[] columns = new long[size];
    double observed = 0;
    for (int t = 0; t < n; t++) {
      int j = Arrays.binarySearch(categories, first[t] == 0 ? 0 : first[t]);
      int k = Arrays.binarySearch(categories, second[t] == 0 ? 0 : second[t]);
      rows[j]++;
      columns[k]++;
      observed += weights[j][k];
    }
    // Chance disagreement is 0 exactly when every pair of categories the readers used weighs 1.
    boolean chanceDisagreement = false;
    double expected = 0;
    for (int j = 0; j < size; j++) {
      for (int k = 0; k < size; k++) {
        if (rows[j] > 0 && columns[k] > 0) {
          chanceDisagreement |= weights[j][k] != 1;
          expected += (double) rows[j] * columns[k] * weights[j][k];
        }
      }
    }
    if (!chanceDisagreement) {
      return Coefficient.undefined(
          size == 1
              ? "no variation: both readers gave every unit the same category"
              : "no chance disagreement: every pair of categories used counts as agreeing");
    }
    double po = observed / n;
    double pe = expected / ((double) n * n);
    return Coefficient.of((po - pe) / (1 - pe));
  }

  private static double[] concat(double[] a, double[] b) {
    double[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
