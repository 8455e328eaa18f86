package org.rano.agreement.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * Fleiss' kappa for any number of readers (Fleiss 1971): κ = (P̄ - P̄<sub>e</sub>) / (1 -
 * P̄<sub>e</sub>), with P<sub>i</sub> = Σ<sub>j</sub> n<sub>ij</sub>(n<sub>ij</sub> - 1) /
 * (n<sub>i</sub>(n<sub>i</sub> - 1)) the agreement on unit i among its n<sub>i</sub> ratings, P̄
 * their mean, p<sub>j</sub> = Σ<sub>i</sub> n<sub>ij</sub> / Σ<sub>i</sub> n<sub>i</sub> and
 * P̄<sub>e</sub> = Σ p<sub>j</sub><sup>2</sup>. Fleiss defined it for the same number of ratings
 * per unit; a unit with a missing rating enters with the ratings it has (the usual generalisation,
 * identical to Fleiss' formula when no rating is missing), and a unit with fewer than two ratings
 * is left out. Undefined when no unit has two ratings, or when every rating is one category.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FleissKappa {
  private FleissKappa() {}

  /**
   * Computes Fleiss' kappa.
   *
   * @param ratings the ratings, categories as codes, not null
   * @return kappa, or undefined
   */
  public static Coefficient of(Ratings ratings) {
    Objects.requireNonNull(ratings, "ratings");
    double[] categories = ratings.categories();
    long[] totals = new long[categories.length];
    long ratingsCount = 0;
    double sumAgreement = 0;
    int units = 0;
    for (int u = 0; u < ratings.units(); u++) {
      double[] values = ratings.present(u);
      if (values.length < 2) {
        continue;
      }
      units++;
      long[] counts = new long[categories.length];
      for (double value : values) {
        counts[Arrays.binarySearch(categories, value == 0 ? 0 : value)]++;
      }
      long pairs = 0;
      for (int j = 0; j < counts.length; j++) {
        pairs += counts[j] * (counts[j] - 1);
        totals[j] += counts[j];
      }
      ratingsCount += values.length;
      sumAgreement += (double) pairs / ((long) values.length * (values.length - 1));
    }
    if (units == 0) {
      return Coefficient.undefined("no unit was rated by two readers");
    }
    int used = 0;
    double expected = 0;
    for (long total : totals) {
      if (total > 0) {
        used++;
        double share = (double) total / ratingsCount;
        expected += share * share;
      }
    }
    if (used < 2) {
      return Coefficient.undefined("no variation: every rating is the same category");
    }
    double observed = sumAgreement / units;
    return Coefficient.of((observed - expected) / (1 - expected));
  }
}
