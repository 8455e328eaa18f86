package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * The defaults of {@link Criteria} are the specification's, read from the declaring methods
 * themselves (the generated singleton reads them once, while the class initialises, where a
 * mutation test cannot see them), and the messages of {@link Criteria#with(String, String)} list
 * the allowed words exactly.
 */
class CriteriaDefaultsMutationTest {

  /** Criteria whose policies come from the declared defaults, not from the generated class. */
  private static final Criteria DECLARED = new Criteria() {
    @Override public Criteria withImaging(ImagingProfile profile) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withConfirmationDays(int days) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withMaxNeBetween(int count) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withAcceptSdBetween(boolean accept) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withSdMinimumDays(int days) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withNeuroImprovement(NeuroImprovement policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withNeuroMissingDomains(NeuroMissingDomains policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withNeuroReference(NeuroReference policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withImagingProgressionReference(
        ImagingProgressionReference policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withMeasurableNodule(MeasurableNodule policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withResponseRequiresCsfClearance(boolean required) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCrRequiresNoSteroids(boolean required) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCsfConversionIsProgression(boolean progression) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCsfClearanceConfirmationDays(int days) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withPrAfterCrBreaksConfirmation(boolean breaks) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCsfRelapseAfterClearance(CsfRelapseAfterClearance policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withBackdatedProgressionRewritesVisit(boolean rewrites) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCsfMissingBlocks(CsfMissingBlocks policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCsfEquivocalThenPositive(CsfEquivocalThenPositive policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCsfInadequateBaselineNegative(
        CsfInadequateBaselineNegative policy) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCsfMinimumVolumeMl(java.math.BigDecimal volumeMl) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withCompositeMinIncrease(int points) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withAttributedWorseningBlocksCr(boolean blocks) {
      throw new UnsupportedOperationException();
    }
    @Override public Criteria withClinicalDeteriorationIsProgression(boolean progression) {
      throw new UnsupportedOperationException();
    }
  };

  @Test
  void declaredDefaults_areTheSpecifications() {
    assertThat(DECLARED.imaging()).isEqualTo(ImagingProfile.RANO_LM_2017);
    assertThat(DECLARED.confirmationDays()).isEqualTo(28);
    assertThat(DECLARED.maxNeBetween()).isEqualTo(1);
    assertThat(DECLARED.acceptSdBetween()).isFalse();
    assertThat(DECLARED.sdMinimumDays()).isEqualTo(28);
    assertThat(DECLARED.neuroImprovement()).isEqualTo(NeuroImprovement.SYMMETRIC);
    assertThat(DECLARED.neuroMissingDomains()).isEqualTo(NeuroMissingDomains.STRICT);
    assertThat(DECLARED.neuroReference()).isEqualTo(NeuroReference.BASELINE);
    assertThat(DECLARED.imagingProgressionReference())
        .isEqualTo(ImagingProgressionReference.BASELINE);
    assertThat(DECLARED.measurableNodule()).isEqualTo(MeasurableNodule.GT_10X5);
    assertThat(DECLARED.responseRequiresCsfClearance()).isFalse();
    assertThat(DECLARED.crRequiresNoSteroids()).isTrue();
    assertThat(DECLARED.csfConversionIsProgression()).isTrue();
    assertThat(DECLARED.csfClearanceConfirmationDays()).isEqualTo(7);
    assertThat(DECLARED.prAfterCrBreaksConfirmation()).isTrue();
    assertThat(DECLARED.csfRelapseAfterClearance()).isEqualTo(CsfRelapseAfterClearance.CONVERTED);
    assertThat(DECLARED.backdatedProgressionRewritesVisit()).isTrue();
    assertThat(DECLARED.csfMissingBlocks()).isEqualTo(CsfMissingBlocks.ALL);
    assertThat(DECLARED.csfEquivocalThenPositive()).isEqualTo(CsfEquivocalThenPositive.CONVERTED);
    assertThat(DECLARED.csfInadequateBaselineNegative())
        .isEqualTo(CsfInadequateBaselineNegative.NEGATIVE);
    assertThat(DECLARED.csfMinimumVolumeMl()).isEqualByComparingTo("5");
    assertThat(DECLARED.compositeMinIncrease()).isEqualTo(1);
    assertThat(DECLARED.attributedWorseningBlocksCr()).isFalse();
    assertThat(DECLARED.clinicalDeteriorationIsProgression()).isTrue();
  }

  @Test
  void declaredDefaults_areWhatDefaultsReports() {
    assertThat(DECLARED.policies()).isEqualTo(Criteria.defaults().policies());
  }

  @Test
  void unknownEnumWord_listsTheAllowedWordsFromTheFirst() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Criteria.defaults().with("imaging", "LANO"));

    assertThat(e.path()).isEqualTo("imaging");
    assertThat(e.problem()).contains("\"LANO\"").endsWith("allowed: RANO_LM_2017, LANO_2019");
  }

  @Test
  void negativeDays_failNamingThePolicy() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> Criteria.defaults().with("confirmationDays", "-1"));

    assertThat(e.path()).isEqualTo("confirmationDays");
    assertThat(e.value()).isEqualTo("-1");
    assertThat(e.problem()).contains("0 or more");
  }
}
