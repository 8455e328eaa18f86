package org.rano.agreement.stats;

import java.math.BigDecimal;

/**
 * When two ratings count as the same: equal, or within a tolerance, compared exactly (on the
 * decimal expansions of the doubles, so that a tolerance of 7 days never fails on rounding).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Agreeing {
  private Agreeing() {}

  /** Tells whether two ratings agree: equal, or no further apart than the tolerance. */
  static boolean within(double a, double b, double tolerance) {
    if (a == b) {
      return true;
    }
    if (tolerance == 0) {
      return false;
    }
    return new BigDecimal(a).subtract(new BigDecimal(b)).abs().compareTo(new BigDecimal(tolerance))
        <= 0;
  }

  /** Checks a tolerance: 0 or more, finite. */
  static double checkTolerance(double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException(
          "tolerance " + tolerance + " is not allowed; allowed: a finite number, 0 or more");
    }
    return tolerance;
  }
}
