package org.rano.agreement.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The intraclass correlation ICC(2,1) of Shrout and Fleiss (1979): two-way random effects, absolute
 * agreement, a single reader. From the two-way analysis of variance of n units by k readers, with
 * BMS the units' mean square, JMS the readers' and EMS the residual one: ICC(2,1) = (BMS - EMS) /
 * (BMS + (k - 1) EMS + k (JMS - EMS) / n).
 *
 * <p>The analysis needs every reader's rating of every unit: units with a missing rating are left
 * out (listwise). The sums of squares are computed exactly (on the decimal expansions of the
 * doubles), so that "no variation" is decided exactly; the coefficient is then rounded to a double.
 * Undefined with fewer than two complete units or two readers, or when the denominator is 0 (for
 * example when every rating is the same value).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Icc21 {
  private Icc21() {}

  /**
   * Computes ICC(2,1).
   *
   * @param ratings the ratings, interval values, not null
   * @return the coefficient (at most 1), or undefined
   */
  public static Coefficient of(Ratings ratings) {
    Objects.requireNonNull(ratings, "ratings");
    int k = ratings.readers();
    List<BigDecimal[]> rows = new ArrayList<>();
    for (int u = 0; u < ratings.units(); u++) {
      BigDecimal[] row = new BigDecimal[k];
      boolean complete = true;
      for (int r = 0; r < k && complete; r++) {
        double value = ratings.at(u, r);
        complete = !Double.isNaN(value);
        row[r] = complete ? new BigDecimal(value) : BigDecimal.ZERO;
      }
      if (complete) {
        rows.add(row);
      }
    }
    int n = rows.size();
    if (k < 2) {
      return Coefficient.undefined("fewer than two readers");
    }
    if (n < 2) {
      return Coefficient.undefined("fewer than two units rated by every reader");
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    BigDecimal rowSquares = BigDecimal.ZERO;
    BigDecimal[] columns = new BigDecimal[k];
    java.util.Arrays.fill(columns, BigDecimal.ZERO);
    for (BigDecimal[] row : rows) {
      BigDecimal sum = BigDecimal.ZERO;
      for (int r = 0; r < k; r++) {
        sum = sum.add(row[r]);
        squares = squares.add(row[r].multiply(row[r]));
        columns[r] = columns[r].add(row[r]);
      }
      rowSquares = rowSquares.add(sum.multiply(sum));
      total = total.add(sum);
    }
    BigDecimal columnSquares = BigDecimal.ZERO;
    for (BigDecimal column : columns) {
      columnSquares = columnSquares.add(column.multiply(column));
    }
    BigDecimal bigN = BigDecimal.valueOf(n);
    BigDecimal bigK = BigDecimal.valueOf(k);
    BigDecimal t2 = total.multiply(total);
    // Each sum of squares times n*k, exact: units A, readers B, total S, residual E.
    BigDecimal a = bigN.multiply(rowSquares).subtract(t2);
    BigDecimal b = bigK.multiply(columnSquares).subtract(t2);
    BigDecimal s = bigN.multiply(bigK).multiply(squares).subtract(t2);
    BigDecimal e = s.subtract(a).subtract(b);
    // BMS = A/(nk(n-1)), JMS = B/(nk(k-1)), EMS = E/(nk(n-1)(k-1)); numerator and denominator
    // of ICC(2,1) both multiplied by n * nk(n-1)(k-1), which is positive:
    BigDecimal numerator = a.multiply(BigDecimal.valueOf(k - 1L)).subtract(e).multiply(bigN);
    BigDecimal denominator =
        bigN.multiply(BigDecimal.valueOf(k - 1L))
            .multiply(a)
            .add(BigDecimal.valueOf((long) n * k - n - k).multiply(e))
            .add(bigK.multiply(BigDecimal.valueOf(n - 1L)).multiply(b));
    if (denominator.signum() == 0) {
      return Coefficient.undefined(
          s.signum() == 0
              ? "no variation: every rating is the same value"
              : "the denominator is 0: no variance between units or readers beyond the residual");
    }
    return Coefficient.of(numerator.divide(denominator, MathContext.DECIMAL64).doubleValue());
  }
}
