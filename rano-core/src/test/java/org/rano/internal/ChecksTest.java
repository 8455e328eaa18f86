package org.rano.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rano.InvalidInputException;

/**
 * {@link Checks}, the single place where input fails (spec section 9): each check returns its input
 * unchanged when it passes, and otherwise fails at the given path, naming the bad value and what is
 * allowed.
 */
class ChecksTest {

  @Test
  void present_value_isReturned_nullFailsAtThePath() {
    assertThat(Checks.present("baseline", "x")).isEqualTo("x");

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Checks.present("baseline", null));

    assertThat(e.path()).isEqualTo("baseline");
    assertThat(e.value()).isNull();
    assertThat(e.problem()).contains("missing");
  }

  @Test
  void inRange_bothEnds_areReturned_justOutsideFailsNamingTheRange() {
    assertThat(Checks.inRange("score", 0, 0, 3, "score")).isZero();
    assertThat(Checks.inRange("score", 3, 0, 3, "score")).isEqualTo(3);
    assertThat(Checks.inRange("score", 2, 1, 3, "score")).isEqualTo(2);

    InvalidInputException above =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Checks.inRange("targets[1].score", 4, 0, 3, "score"));
    InvalidInputException below =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Checks.inRange("targets[1].score", 0, 1, 3, "score"));

    assertThat(above.path()).isEqualTo("targets[1].score");
    assertThat(above.value()).isEqualTo("4");
    assertThat(above.problem()).contains("4", "0..3");
    assertThat(below.value()).isEqualTo("0");
    assertThat(below.problem()).contains("1..3");
  }

  @Test
  void notNegative_zero_isReturned_belowFailsNamingTheUnit() {
    assertThat(Checks.notNegative("volumeMl", BigDecimal.ZERO, "mL")).isEqualByComparingTo("0");
    assertThat(Checks.notNegative("volumeMl", new BigDecimal("0.5"), "mL"))
        .isEqualByComparingTo("0.5");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Checks.notNegative("volumeMl", new BigDecimal("-0.1"), "mL"));

    assertThat(e.path()).isEqualTo("volumeMl");
    assertThat(e.value()).isEqualTo("-0.1");
    assertThat(e.problem()).contains("-0.1 mL", "0 or more");
  }

  @Test
  void positive_smallestAboveZero_isReturned_zeroFails() {
    assertThat(Checks.positive("diametersMm[0]", new BigDecimal("0.01"), "mm"))
        .isEqualByComparingTo("0.01");

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Checks.positive("diametersMm[0]", BigDecimal.ZERO, "mm"));

    assertThat(e.path()).isEqualTo("diametersMm[0]");
    assertThat(e.problem()).contains("0 mm", "above 0");
  }

  @Test
  void finite_isConvertedExactly_nanAndInfinitiesFail() {
    assertThat(Checks.finite("steroidMgPerDay", 0.1)).isEqualByComparingTo("0.1");
    for (double bad :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> Checks.finite("steroidMgPerDay", bad));
      assertThat(e.path()).isEqualTo("steroidMgPerDay");
      assertThat(e.value()).isEqualTo(String.valueOf(bad));
      assertThat(e.problem()).contains(String.valueOf(bad), "a finite number");
    }
  }

  @Test
  void id_nonBlank_isReturned_blankFailsAtThePath() {
    assertThat(Checks.id("id", "T1")).isEqualTo("T1");

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Checks.id("targets[0].id", " "));

    assertThat(e.path()).isEqualTo("targets[0].id");
    assertThat(e.problem()).contains("blank");
  }

  @Test
  void at_appendsTheIndexInBrackets() {
    assertThat(Checks.at("followUps", 2)).isEqualTo("followUps[2]");
  }
}
