package org.rano.report.stats;

/**
 * The beta distribution: its regularized incomplete beta function (the distribution function) and
 * its quantile, for the Clopper-Pearson interval. Written here rather than taken from a library so
 * that the report needs no dependency beyond rano-core.
 *
 * <p>The log-gamma function is Lanczos' approximation (g = 7, nine coefficients, relative error
 * below 1e-15); the incomplete beta is the continued fraction of Press et al., <i>Numerical Recipes
 * in C</i>, 2nd ed. (1992), section 6.4 ({@code betacf}, evaluated by Lentz's method), with the
 * symmetry {@code I_x(a, b) = 1 - I_{1-x}(b, a)} where it converges faster; the quantile is found
 * by bisection, which needs no derivative and always ends.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Beta {
  private static final double[] LANCZOS = {
    0.9999999999998099,
    676.5203681218851,
    -1259.1392167224028,
    771.3234287776531,
    -176.6150291621406,
    12.507343278686905,
    -0.13857109526572012,
    9.984369578019572e-06,
    1.5056327351493116e-07
  };
  private static final double EPSILON = 1e-15;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 10_000;

  private Beta() {}

  /**
   * The natural logarithm of the gamma function.
   *
   * @param x the argument, greater than 0
   * @return ln Γ(x)
   */
  static double logGamma(double x) {
    if (x < 0.5) {
      // reflection: Γ(x) Γ(1 - x) = π / sin(πx)
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * The regularized incomplete beta function I_x(a, b), the distribution function of Beta(a, b).
   *
   * @param x the point, 0 to 1
   * @param a the first shape, greater than 0
   * @param b the second shape, greater than 0
   * @return I_x(a, b), 0 to 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  static double cdf(double x, double a, double b) {
    if (!(a > 0 && b > 0 && Double.isFinite(a) && Double.isFinite(b))) {
      throw new IllegalArgumentException(
          "the shapes of a beta distribution must be finite and greater than 0, not a = "
              + a
              + ", b = "
              + b);
    }
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException("x must be 0 to 1, not " + x);
    }
    if (x == 0 || x == 1) {
      return x;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return clamp(front * continuedFraction(x, a, b) / a);
    }
    return clamp(1 - front * continuedFraction(1 - x, b, a) / b);
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  /** The continued fraction of I_x(a, b) by the modified Lentz method (Numerical Recipes 6.4). */
  private static double continuedFraction(double x, double a, double b) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < TINY) {
      d = TINY;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) {
        d = TINY;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) {
        c = TINY;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        return h;
      }
    }
    throw new IllegalStateException(
        "bug: the incomplete beta did not converge for x = " + x + ", a = " + a + ", b = " + b);
  }

  /**
   * The quantile of Beta(a, b): the x at which {@link #cdf(double, double, double)} reaches p, to
   * within 1e-14, found by bisection.
   *
   * @param p the probability, 0 to 1
   * @param a the first shape, greater than 0
   * @param b the second shape, greater than 0
   * @return the quantile, 0 to 1
   * @throws IllegalArgumentException if an argument is out of range
   */
  static double quantile(double p, double a, double b) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be 0 to 1, not " + p);
    }
    cdf(0.5, a, b); // checks the shapes
    if (p == 0 || p == 1) {
      return p;
    }
    double low = 0;
    double high = 1;
    for (int i = 0; i < 200 && high - low > 1e-14; i++) {
      double mid = (low + high) / 2;
      if (cdf(mid, a, b) < p) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }
}
