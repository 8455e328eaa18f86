package org.rano.report.stats;

/**
 * The standard normal quantile, by Acklam's rational approximation (relative error below 1.2e-9)
 * refined by one step of Halley's method on the error function's complement, which brings it to
 * machine precision.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Normal {
  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01,
    1.615858368580409e+02,
    -1.556989798598866e+02,
    6.680131188771972e+01,
    -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };

  private Normal() {}

  /**
   * The quantile of the standard normal distribution.
   *
   * @param p the probability, greater than 0 and less than 1
   * @return the z with Φ(z) = p
   * @throws IllegalArgumentException if p is out of range
   */
  static double quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p must be greater than 0 and less than 1, not " + p);
    }
    double low = 0.02425;
    double x;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      x =
          (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - low) {
      double q = p - 0.5;
      double r = q * q;
      x =
          (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
              * q
              / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x =
          -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
              / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    // one Halley step: e = Φ(x) - p
    double e = 0.5 * erfc(-x / Math.sqrt(2)) - p;
    double u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
    return x - u / (1 + x * u / 2);
  }

  /**
   * The complementary error function, by the continued fraction of the incomplete gamma function:
   * erfc(x) = Q(1/2, x²) for x &ge; 0.
   */
  static double erfc(double x) {
    if (x < 0) {
      return 2 - erfc(-x);
    }
    if (x == 0) {
      return 1;
    }
    double a = 0.5;
    double t = x * x;
    if (t < a + 1) {
      // series for P(a, t), then Q = 1 - P
      double sum = 1 / a;
      double term = sum;
      for (int n = 1; n < 1000; n++) {
        term *= t / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * 1e-17) {
          break;
        }
      }
      return 1 - sum * Math.exp(-t + a * Math.log(t) - Beta.logGamma(a));
    }
    double b = t + 1 - a;
    double c = 1 / 1e-300;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 1000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < 1e-300) {
        d = 1e-300;
      }
      c = b + an / c;
      if (Math.abs(c) < 1e-300) {
        c = 1e-300;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return Math.exp(-t + a * Math.log(t) - Beta.logGamma(a)) * h;
  }
}
