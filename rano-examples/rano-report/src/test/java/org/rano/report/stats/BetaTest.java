package org.rano.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The beta distribution and the normal quantile against closed forms and tabulated values. */
class BetaTest {

  @Test
  void logGamma_ofIntegersIsTheLogOfAFactorial() {
    assertThat(Beta.logGamma(1)).isCloseTo(0, within(1e-14));
    assertThat(Beta.logGamma(5)).isCloseTo(Math.log(24), within(1e-13));
    assertThat(Beta.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
  }

  @Test
  void cdf_closedForms() {
    // Beta(1, 1) is uniform; Beta(a, 1) has CDF x^a; Beta(1, b) has CDF 1 - (1 - x)^b
    assertThat(Beta.cdf(0.3, 1, 1)).isCloseTo(0.3, within(1e-14));
    assertThat(Beta.cdf(0.7, 3, 1)).isCloseTo(0.343, within(1e-14));
    assertThat(Beta.cdf(0.2, 1, 4)).isCloseTo(1 - Math.pow(0.8, 4), within(1e-14));
    assertThat(Beta.cdf(0.5, 7.5, 7.5)).isCloseTo(0.5, within(1e-14));
  }

  @Test
  void quantile_invertsTheCdf() {
    double q = Beta.quantile(0.975, 82, 182);
    assertThat(Beta.cdf(q, 82, 182)).isCloseTo(0.975, within(1e-12));
    assertThat(Beta.quantile(0.025, 1, 29)).isCloseTo(1 - Math.pow(0.975, 1.0 / 29), within(1e-13));
  }

  @Test
  void normalQuantile_tabulatedValues() {
    // 1.959963985 and 2.575829304 (two-sided 95 % and 99 %), 1.644853627 (one-sided 95 %)
    assertThat(Normal.quantile(0.975)).isCloseTo(1.959963985, within(1e-9));
    assertThat(Normal.quantile(0.995)).isCloseTo(2.575829304, within(1e-9));
    assertThat(Normal.quantile(0.05)).isCloseTo(-1.644853627, within(1e-9));
  }

  @Test
  void badShapes_areRejected() {
    assertThatThrownBy(() -> Beta.cdf(0.5, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a = 0.0");
    assertThatThrownBy(() -> Beta.quantile(1.5, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
