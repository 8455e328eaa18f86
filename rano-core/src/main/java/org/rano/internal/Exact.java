package org.rano.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact threshold arithmetic on composite scores (IMG-6, IMG-8): every decision is made on
 * integers, so no case can fall on the wrong side of 25 % or 50 % through rounding.
 */
public final class Exact {
  private Exact() {}

  /**
   * Tells whether {@code (value - reference) / reference >= +25 %}, i.e. {@code 4 (value -
   * reference) >= reference}; a reference of 0 makes any value above 0 an increase.
   *
   * @param value the follow-up composite, 0 or more
   * @param reference the reference composite, 0 or more
   * @return true at or above +25 %
   */
  public static boolean risesByQuarter(int value, int reference) {
    if (reference == 0) {
      return value > 0;
    }
    return 4L * (value - reference) >= reference;
  }

  /**
   * Tells whether {@code (value - reference) / reference <= -50 %}, i.e. {@code 2 value <=
   * reference}, for a reference above 0.
   *
   * @param value the follow-up composite, 0 or more
   * @param reference the reference composite, above 0
   * @return true at or below -50 %
   */
  public static boolean fallsByHalf(int value, int reference) {
    assert reference > 0 : "bug: a fall is only defined from a reference above 0";
    return 2L * value <= reference;
  }

  /**
   * Computes the change in percent for display, rounded half-even to one decimal; the decisions
   * never use it.
   *
   * @param value the follow-up composite
   * @param reference the reference composite, above 0
   * @return the change, e.g. -50.0 or 33.3
   */
  public static BigDecimal changePercent(int value, int reference) {
    assert reference > 0 : "bug: a change is only defined from a reference above 0";
    return BigDecimal.valueOf(100L * (value - reference))
        .divide(BigDecimal.valueOf(reference), 1, RoundingMode.HALF_EVEN);
  }
}
