package org.rano.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Exact} at the edges its callers do not reach with every input: a reference of 0 (IMG-12
 * NADIR after a CR) and the exact +25 % and -50 % boundaries (IMG-6, IMG-8).
 */
class ExactTest {

  @Test
  void img6_fromAReferenceOfZero_onlyAValueAboveZeroIsAnIncrease() {
    assertThat(Exact.risesByQuarter(0, 0)).isFalse();
    assertThat(Exact.risesByQuarter(1, 0)).isTrue();
    assertThat(Exact.risesByQuarter(3, 0)).isTrue();
  }

  @Test
  void img6_exactlyPlus25Percent_isAnIncrease_justBelowIsNot() {
    assertThat(Exact.risesByQuarter(5, 4)).isTrue();
    assertThat(Exact.risesByQuarter(4, 4)).isFalse();
    assertThat(Exact.risesByQuarter(6, 5)).isFalse();
    assertThat(Exact.risesByQuarter(10, 8)).isTrue();
    assertThat(Exact.risesByQuarter(9, 8)).isFalse();
  }

  @Test
  void img8_exactlyMinus50Percent_isAFall_justAboveIsNot() {
    assertThat(Exact.fallsByHalf(2, 4)).isTrue();
    assertThat(Exact.fallsByHalf(3, 4)).isFalse();
    assertThat(Exact.fallsByHalf(2, 5)).isTrue();
    assertThat(Exact.fallsByHalf(3, 5)).isFalse();
    assertThat(Exact.fallsByHalf(0, 1)).isTrue();
  }

  @Test
  void changePercent_isRoundedHalfEvenToOneDecimal() {
    assertThat(Exact.changePercent(2, 4)).hasToString("-50.0");
    assertThat(Exact.changePercent(4, 3)).hasToString("33.3");
    assertThat(Exact.changePercent(5, 3)).hasToString("66.7");
    assertThat(Exact.changePercent(3, 3)).hasToString("0.0");
  }
}
