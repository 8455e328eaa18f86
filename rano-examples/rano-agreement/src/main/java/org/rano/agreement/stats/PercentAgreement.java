package org.rano.agreement.stats;

import java.util.Objects;

/**
 * Percent agreement: the share of units on which every reader who rated the unit gave the same
 * rating (or, with a tolerance, ratings no further apart than the tolerance, pair by pair), among
 * the units rated by two readers or more. With two readers it is the observed agreement
 * p<sub>o</sub> of Cohen's kappa. It does not correct for chance; report it beside a kappa or
 * alpha.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PercentAgreement {
  private PercentAgreement() {}

  /**
   * Computes the percent agreement, ratings agreeing when equal.
   *
   * @param ratings the ratings, not null
   * @return the share, 0 to 1, or undefined when no unit has two ratings
   */
  public static Coefficient of(Ratings ratings) {
    return withinTolerance(ratings, 0);
  }

  /**
   * Computes the percent agreement, ratings agreeing when no further apart than a tolerance.
   *
   * @param ratings the ratings, not null
   * @param tolerance the largest difference that still agrees, 0 or more
   * @return the share, 0 to 1, or undefined when no unit has two ratings
   * @throws IllegalArgumentException if the tolerance is negative, NaN or infinite
   */
  public static Coefficient withinTolerance(Ratings ratings, double tolerance) {
    Objects.requireNonNull(ratings, "ratings");
    Agreeing.checkTolerance(tolerance);
    int units = 0;
    int agreeing = 0;
    for (int u = 0; u < ratings.units(); u++) {
      double[] values = ratings.present(u);
      if (values.length < 2) {
        continue;
      }
      units++;
      boolean all = true;
      for (int i = 0; i < values.length && all; i++) {
        for (int j = i + 1; j < values.length && all; j++) {
          all = Agreeing.within(values[i], values[j], tolerance);
        }
      }
      if (all) {
        agreeing++;
      }
    }
    if (units == 0) {
      return Coefficient.undefined("no unit was rated by two readers");
    }
    return Coefficient.of((double) agreeing / units);
  }
}
