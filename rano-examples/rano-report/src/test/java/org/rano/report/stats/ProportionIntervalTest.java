package org.rano.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/**
 * The exact Clopper-Pearson interval against published values: Newcombe, "Two-sided confidence
 * intervals for the single proportion: comparison of seven methods", Statistics in Medicine 1998;
 * 17: 857-872, Table II, method 5 (the exact "Clopper-Pearson" interval), 95 %, to four decimals
 * (the beta quantiles of SciPy 1.17, {@code scipy.stats.beta.ppf}, agree to four decimals).
 */
class ProportionIntervalTest {

  @Test
  void newcombe_81of263() {
    assertInterval(81, 263, 0.2527, 0.3676);
  }

  @Test
  void newcombe_15of148() {
    assertInterval(15, 148, 0.0578, 0.1617);
  }

  @Test
  void newcombe_0of20() {
    // 0 successes: lower 0, upper 1 - 0.025^(1/20) = 0.1684
    assertInterval(0, 20, 0.0, 0.1684);
  }

  @Test
  void newcombe_1of29() {
    assertInterval(1, 29, 0.0009, 0.1776);
  }

  @Test
  void allSuccesses_lowerIsTheRootOfAlphaHalf() {
    // x = n: lower = 0.025^(1/n); for n = 10 that is 0.6915, upper 1
    assertInterval(10, 10, 0.6915, 1.0);
  }

  private static void assertInterval(int x, int n, double lower, double upper) {
    ProportionInterval interval = ProportionInterval.clopperPearson(x, n, 0.95);
    assertThat(interval.lower()).as("lower").isCloseTo(lower, within(0.00005));
    assertThat(interval.upper()).as("upper").isCloseTo(upper, within(0.00005));
    assertThat(interval.estimate()).isEqualTo((double) x / n);
  }

  @Test
  void badCounts_areRejectedWithTheValue() {
    assertThatThrownBy(() -> ProportionInterval.clopperPearson(0, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trials must be 1 or more, not 0");
    assertThatThrownBy(() -> ProportionInterval.clopperPearson(5, 4, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 5");
    assertThatThrownBy(() -> ProportionInterval.clopperPearson(1, 4, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void property_intervalContainsTheEstimate_andTheTailsAreHalfAlpha() {
    qt().withFixedSeed(1934L)
        .withExamples(300)
        .forAll(integers().between(1, 400), integers().between(0, 1000))
        .checkAssert(
            (n, k) -> {
              int x = k % (n + 1);
              ProportionInterval ci = ProportionInterval.clopperPearson(x, n, 0.95);
              assertThat(ci.lower()).isLessThanOrEqualTo(ci.estimate());
              assertThat(ci.upper()).isGreaterThanOrEqualTo(ci.estimate());
              // the defining tails: P(X >= x | lower) = 0.025, P(X <= x | upper) = 0.025
              if (x > 0) {
                assertThat(binomialAtLeast(x, n, ci.lower())).isCloseTo(0.025, within(1e-7));
              }
              if (x < n) {
                assertThat(1 - binomialAtLeast(x + 1, n, ci.upper()))
                    .isCloseTo(0.025, within(1e-7));
              }
            });
  }

  /** P(X >= x) for X ~ Binomial(n, p), summed directly in log space: an independent oracle. */
  private static double binomialAtLeast(int x, int n, double p) {
    double sum = 0;
    for (int k = x; k <= n; k++) {
      double logTerm =
          Beta.logGamma(n + 1.0)
              - Beta.logGamma(k + 1.0)
              - Beta.logGamma(n - k + 1.0)
              + k * Math.log(p)
              + (n - k) * Math.log1p(-p);
      sum += Math.exp(logTerm);
    }
    return sum;
  }
}
