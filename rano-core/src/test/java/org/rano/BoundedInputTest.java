package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;

/**
 * Issue 10, bounded work and memory per case (spec section 9): decimal inputs are bounded before
 * they are expanded, ids are bounded valid Unicode, and messages quote a bad value abbreviated.
 */
@Timeout(value = 30, unit = java.util.concurrent.TimeUnit.SECONDS)
class BoundedInputTest {

  private static final BigDecimal HUGE_SCALE_ZERO = new BigDecimal("0E-999999999");
  private static final BigDecimal HUGE_SCALE_NEGATIVE = new BigDecimal("-1E-99999999");
  private static final BigDecimal HUGE_EXPONENT = new BigDecimal("1E+999999999");
  private static final BigDecimal TEN_MILLION_DIGITS = new BigDecimal("9".repeat(10_000));

  private static InvalidInputException rejected(ThrowingCallable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    assertThat(e.getMessage()).hasSizeLessThan(400);
    return e;
  }

  // Decimals: scale (digits after the decimal point, as given)

  @Test
  void diameters_zeroWithHugeScale_isRejectedWithoutExpanding() {
    InvalidInputException e = rejected(() -> Diameters.of(HUGE_SCALE_ZERO, BigDecimal.ONE));

    assertThat(e.path()).isEqualTo("diametersMm[0]");
    assertThat(e.value()).isEqualTo("0E-999999999");
    assertThat(e.getMessage())
        .isEqualTo(
            "diametersMm[0]: 0E-999999999 mm has 999999999 digits "
                + "after the decimal point; allowed: a number with at most 100 digits after the decimal "
                + "point and at most 1000000 mm");
  }

  @Test
  void diameters_shortWithHugeScale_isRejectedAtItsPath() {
    InvalidInputException e = rejected(() -> Diameters.of(BigDecimal.TEN, HUGE_SCALE_NEGATIVE));

    assertThat(e.path()).isEqualTo("diametersMm[1]");
  }

  @Test
  void ster1_steroidsNegativeWithHugeScale_isRejectedWithoutExpanding() {
    InvalidInputException e =
        rejected(() -> Visit.on(Fixtures.BASELINE_DATE).steroids(HUGE_SCALE_NEGATIVE));

    assertThat(e.path()).isEqualTo("steroidMgPerDay");
    assertThat(e.value()).isEqualTo("-1E-99999999");
    assertThat(e.problem()).contains("99999999 digits after the decimal point").contains("mg/day");
  }

  @Test
  void csf1_volumeNegativeWithHugeScale_isRejectedWithoutExpanding() {
    InvalidInputException e = rejected(() -> CsfSample.of(CsfResult.NEGATIVE, HUGE_SCALE_NEGATIVE));

    assertThat(e.path()).isEqualTo("volumeMl");
    assertThat(e.problem()).contains("mL has 99999999 digits");
  }

  @Test
  void decimals_hundredDigitsAfterThePoint_areAccepted_hundredAndOneRejected() {
    BigDecimal hundred = new BigDecimal("1." + "0".repeat(99) + "1");
    BigDecimal hundredAndOne = new BigDecimal("1." + "0".repeat(100) + "1");

    assertThat(Diameters.of(hundred, BigDecimal.ONE).longMm()).isEqualByComparingTo(hundred);
    assertThat(CsfSample.of(CsfResult.NEGATIVE, hundred).volumeMl()).hasValue(hundred);
    assertThat(Visit.on(Fixtures.BASELINE_DATE).steroids(hundred).build().steroidMgPerDay())
        .hasValue(hundred);
    assertThat(rejected(() -> Diameters.of(hundredAndOne, BigDecimal.ONE)).problem())
        .contains("has 101 digits after the decimal point");
  }

  @Test
  void decimals_tinyDouble_isRejectedForItsDecimals() {
    InvalidInputException e = rejected(() -> Diameters.of(1e-300, 1e-300));

    assertThat(e.path()).isEqualTo("diametersMm[0]");
    assertThat(e.problem()).contains("301 digits after the decimal point");
  }

  // Decimals: magnitude

  @Test
  void decimals_aMillion_isAccepted_justAboveIsRejected() {
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    BigDecimal above = new BigDecimal("1000000.0000000001");

    assertThat(Diameters.of(million, million).product())
        .isEqualByComparingTo(BigDecimal.valueOf(1_000_000_000_000L));
    assertThat(CsfSample.of(CsfResult.NEGATIVE, million).volumeMl().orElseThrow())
        .isEqualByComparingTo(million);
    InvalidInputException e = rejected(() -> Visit.on(Fixtures.BASELINE_DATE).steroids(above));
    assertThat(e.getMessage())
        .isEqualTo(
            "steroidMgPerDay: 1000000.0000000001 mg/day is too "
                + "large; allowed: a number of at most 1000000 mg/day in magnitude");
  }

  @Test
  void img4_hugeDiameters_areRejected_soTheProductNeverThrows() {
    InvalidInputException e = rejected(() -> Diameters.of(HUGE_EXPONENT, HUGE_EXPONENT));

    assertThat(e.path()).isEqualTo("diametersMm[0]");
    assertThat(e.problem())
        .isEqualTo(
            "1E+999999999 mm is too large; allowed: a number of at "
                + "most 1000000 mm in magnitude");
    assertThat(rejected(() -> Diameters.of(1e300, 1e300)).problem()).contains("too large");
  }

  @Test
  void decimals_tenThousandDigitIntegers_areRejectedWithAShortMessage() {
    InvalidInputException e = rejected(() -> CsfSample.of(CsfResult.NEGATIVE, TEN_MILLION_DIGITS));

    assertThat(e.problem())
        .startsWith("9".repeat(100) + "... (10000 characters) mL is " + "too large");
    assertThat(e.value()).hasSize(10_000);
  }

  @Test
  void decimals_negativeMagnitudeIsBoundedToo() {
    InvalidInputException e =
        rejected(() -> Visit.on(Fixtures.BASELINE_DATE).steroids(new BigDecimal("-1E+7")));

    assertThat(e.problem()).contains("too large");
  }

  @Test
  void decimals_inRangeNegatives_keepTheirFormerMessages() {
    InvalidInputException e = rejected(() -> Diameters.of(new BigDecimal("-2.50"), BigDecimal.ONE));

    assertThat(e.getMessage())
        .isEqualTo("diametersMm[0]: -2.50 mm is not positive; allowed: a finite number above 0");
  }

  // Ids: non-blank, at most 256 characters, valid Unicode

  @Test
  void ids_of256Characters_areAccepted_257Rejected() {
    String longest = "x".repeat(256);

    assertThat(
            LmCase.builder()
                .id(longest)
                .baseline(Fixtures.twoLesionBaseline().build())
                .build()
                .id())
        .hasValue(longest);
    assertThat(TargetLesion.of(longest, Site.BRAIN_NODULE, 1).id()).isEqualTo(longest);
    InvalidInputException e =
        rejected(() -> NonTargetLesion.of(longest + "y", NonTargetStatus.PRESENT));
    assertThat(e.path()).isEqualTo("id");
    assertThat(e.problem())
        .isEqualTo("an id of 257 characters is too long; allowed: at most 256 characters");
  }

  @Test
  void ids_tenMegabytes_giveAShortMessage() {
    String huge = "L".repeat(10_000_000);

    InvalidInputException e = rejected(() -> LmCase.builder().id(huge));
    assertThat(e.path()).isEqualTo("id");
    assertThat(e.getMessage())
        .isEqualTo("id: an id of 10000000 characters is too long; allowed: at most 256 characters");
    assertThat(e.value()).hasSize(10_000_000);
  }

  @Test
  void ids_blankCaseId_isRejected() {
    InvalidInputException e = rejected(() -> LmCase.builder().id(" \t"));

    assertThat(e.path()).isEqualTo("id");
    assertThat(e.problem()).contains("must not be blank");
    assertThat(rejected(() -> ResponseSequence.from(Fixtures.BASELINE_DATE).id("")).path())
        .isEqualTo("id");
  }

  @Test
  void ids_loneSurrogate_isRejected_pairsAccepted() {
    String pair = "T\uD83D\uDE00";

    assertThat(TargetLesion.of(pair, 1).id()).isEqualTo(pair);
    InvalidInputException high = rejected(() -> TargetLesion.of("T\uD83D", 1));
    assertThat(high.problem())
        .isEqualTo(
            "an id must be valid Unicode text, found a lone "
                + "surrogate U+D83D at index 1; allowed: a non-blank text of Unicode characters");
    assertThat(rejected(() -> LmCase.builder().id("\uDE00x")).problem())
        .contains("lone surrogate U+DE00 at index 0");
    assertThat(
            rejected(
                    () ->
                        Visit.on(Fixtures.BASELINE_DATE)
                            .nonTarget("N\uDE00\uD83D", Site.SPINE_NODULE, NonTargetStatus.PRESENT))
                .path())
        .isEqualTo("nonTargets[0].id");
  }

  @Test
  void ids_longestNonTargetRepeatedInEveryFollowUp_keepsTheResultBounded() {
    String longest = "n".repeat(256);
    LocalDate base = LocalDate.parse(Fixtures.BASELINE_DATE);
    LmCase.Builder lmCase =
        LmCase.builder()
            .baseline(
                Visit.on(base)
                    .target("T1", Site.BRAIN_NODULE, 2)
                    .nonTarget(longest, Site.SPINE_NODULE, NonTargetStatus.PRESENT)
                    .build());
    for (int i = 1; i <= 50; i++) {
      lmCase.followUp(
          Visit.on(base.plus(28L * i, ChronoUnit.DAYS))
              .target("T1", 2)
              .nonTarget(longest, NonTargetStatus.PRESENT)
              .build());
    }

    CaseAssessment result = RanoLm.of(Criteria.defaults()).assess(lmCase.build());
    assertThat(result.timePoints()).hasSize(50);
  }

  // Messages quote at most 100 characters of a bad value

  @Test
  void messages_quoteALongBadValueAbbreviated_valueKeepsItWhole() {
    String huge = "d".repeat(10_000_000);

    InvalidInputException e = rejected(() -> Visit.on(huge));
    assertThat(e.getMessage())
        .contains("d".repeat(100) + "... (10000000 characters)")
        .doesNotContain("d".repeat(101));
    assertThat(e.value()).isEqualTo(huge);
    assertThat(rejected(() -> Criteria.defaults().with("confirmationDays", huge)).getMessage())
        .hasSizeLessThan(300);
  }

  @Test
  void abbreviate_keepsShortValues_andNeverSplitsASurrogatePair() {
    assertThat(InvalidInputException.abbreviate("a".repeat(100))).isEqualTo("a".repeat(100));
    assertThat(InvalidInputException.abbreviate("a".repeat(99) + "\uD83D\uDE00"))
        .isEqualTo("a".repeat(99) + "... (101 characters)");
    assertThat(InvalidInputException.abbreviate("a".repeat(101)))
        .isEqualTo("a".repeat(100) + "... (101 characters)");
  }

  @Test
  void withPrefix_keepsTheAbbreviatedMessage() {
    InvalidInputException e =
        InvalidInputException.of(
                "date", "z".repeat(200), "\"" + "z".repeat(200) + "\" is not a date")
            .withPrefix("followUps[0]");

    assertThat(e.getMessage())
        .isEqualTo(
            "followUps[0].date: \"" + "z".repeat(100) + "... (200 characters)\" is not a date");
  }
}
