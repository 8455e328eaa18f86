package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.CourseFixtures.assess;
import static org.rano.CourseFixtures.at;
import static org.rano.CourseFixtures.confirmedFlags;
import static org.rano.CourseFixtures.day;
import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.PD;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import org.junit.jupiter.api.Test;

/** Confirmation of CR and PR over time (TIME-2) and a PR after a CR (TIME-7), worked sequences. */
class ConfirmationTest {

  private static final Criteria PR_AFTER_CR_REPORTED_ONLY =
      Criteria.defaults().withPrAfterCrBreaksConfirmation(false);

  // --- TIME-2: NE between a response and its confirmation ------------------------------------

  @Test
  void time2_crConfirmedAcrossOneNe() {
    CaseAssessment result = assess(at(28, CR), at(42, NE), at(56, CR));

    assertThat(confirmedFlags(result)).containsExactly(true, false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(CR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(28));
  }

  @Test
  void time2_prConfirmedAcrossOneNe() {
    CaseAssessment result = assess(at(28, PR), at(42, NE), at(56, PR));

    assertThat(confirmedFlags(result)).containsExactly(true, false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
  }

  @Test
  void time2_crConfirmationBrokenByTwoNe() {
    CaseAssessment result = assess(at(28, CR), at(35, NE), at(42, NE), at(56, CR));

    assertThat(confirmedFlags(result)).containsExactly(false, false, false, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(CR);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(SD);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(28));
  }

  @Test
  void time2_prConfirmationBrokenByTwoNe() {
    CaseAssessment result = assess(at(28, PR), at(35, NE), at(42, NE), at(56, PR));

    assertThat(confirmedFlags(result)).containsExactly(false, false, false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(SD);
  }

  @Test
  void time2_twoNeAllowedWithMaxNeBetweenTwo() {
    Criteria criteria = Criteria.defaults().withMaxNeBetween(2);

    CaseAssessment cr = assess(criteria, at(28, CR), at(35, NE), at(42, NE), at(56, CR));
    CaseAssessment pr = assess(criteria, at(28, PR), at(35, NE), at(42, NE), at(56, PR));

    assertThat(confirmedFlags(cr)).containsExactly(true, false, false, false);
    assertThat(cr.confirmedBestOverallResponse().response()).isEqualTo(CR);
    assertThat(confirmedFlags(pr)).containsExactly(true, false, false, false);
    assertThat(pr.confirmedBestOverallResponse().response()).isEqualTo(PR);
  }

  @Test
  void time2_noNeAllowedWithMaxNeBetweenZero() {
    Criteria criteria = Criteria.defaults().withMaxNeBetween(0);

    CaseAssessment result = assess(criteria, at(28, CR), at(42, NE), at(56, CR));

    assertThat(confirmedFlags(result)).containsExactly(false, false, false);
  }

  @Test
  void time2_neAfterTheConfirmingVisitDoesNotCount() {
    CaseAssessment result = assess(at(28, PR), at(56, PR), at(63, NE), at(70, NE));

    assertThat(confirmedFlags(result)).containsExactly(true, false, false, false);
  }

  // --- TIME-2: SD between ---------------------------------------------------------------------

  @Test
  void time2_prConfirmationBrokenByInterveningSd() {
    CaseAssessment result = assess(at(28, PR), at(42, SD), at(56, PR));

    assertThat(confirmedFlags(result)).containsExactly(false, false, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(SD);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(28));
  }

  @Test
  void time2_prAcceptedAcrossSdWhenAcceptSdBetween() {
    Criteria criteria = Criteria.defaults().withAcceptSdBetween(true);

    CaseAssessment result = assess(criteria, at(28, PR), at(42, SD), at(56, PR));

    assertThat(confirmedFlags(result)).containsExactly(true, false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
  }

  @Test
  void time2_acceptSdBetweenAllowsAnyNumberOfSd() {
    Criteria criteria = Criteria.defaults().withAcceptSdBetween(true);

    CaseAssessment result =
        assess(criteria, at(28, PR), at(35, SD), at(42, SD), at(49, SD), at(70, CR));

    assertThat(result.timePoints().get(0).confirmed()).isTrue();
  }

  @Test
  void time2_acceptSdBetweenStillCountsNe() {
    Criteria criteria = Criteria.defaults().withAcceptSdBetween(true);

    CaseAssessment result =
        assess(criteria, at(28, PR), at(35, NE), at(42, SD), at(49, NE), at(70, PR));

    assertThat(result.timePoints().get(0).confirmed()).isFalse();
  }

  @Test
  void time2_crConfirmationNeverAcceptsSd() {
    CaseAssessment byDefault = assess(at(28, CR), at(42, SD), at(56, CR));
    CaseAssessment accepting =
        assess(Criteria.defaults().withAcceptSdBetween(true), at(28, CR), at(42, SD), at(56, CR));

    assertThat(confirmedFlags(byDefault)).containsExactly(false, false, false);
    assertThat(confirmedFlags(accepting)).containsExactly(false, false, false);
    assertThat(accepting.confirmedBestOverallResponse().response()).isEqualTo(SD);
  }

  @Test
  void time2_crIsNotConfirmedByALaterPr() {
    CaseAssessment result = assess(at(28, CR), at(56, PR), at(84, PR));

    assertThat(result.timePoints().get(0).confirmed()).isFalse();
    assertThat(result.timePoints().get(1).confirmed()).isTrue();
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(56));
  }

  @Test
  void time2_crConfirmationBrokenByPrBetween() {
    CaseAssessment result = assess(at(28, CR), at(42, PR), at(56, CR));

    assertThat(result.timePoints().get(0).confirmed()).isFalse();
  }

  @Test
  void time2_prConfirmedByALaterCr() {
    CaseAssessment result = assess(at(28, PR), at(56, CR));

    assertThat(confirmedFlags(result)).containsExactly(true, false);
    assertThat(result.warnings()).noneMatch(w -> w.rule() == RuleId.TIME_7);
  }

  @Test
  void time2_prConfirmedAcrossAnEarlyPr() {
    CaseAssessment result = assess(at(28, PR), at(42, PR), at(56, PR));

    assertThat(confirmedFlags(result)).containsExactly(true, false, false);
  }

  @Test
  void time2_confirmationBrokenByPd() {
    CaseAssessment result = assess(at(28, PR), at(42, PD), at(56, PR));

    assertThat(confirmedFlags(result)).containsExactly(false, false, false);
  }

  @Test
  void time2_responseWithoutLaterVisitIsNotConfirmed() {
    CaseAssessment result = assess(at(28, SD), at(56, CR));

    assertThat(confirmedFlags(result)).containsExactly(false, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(CR);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(SD);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(28));
  }

  @Test
  void time2_onlyResponsesAreConfirmed() {
    CaseAssessment result = assess(at(28, SD), at(56, SD), at(84, NE), at(112, PD), at(140, PD));

    assertThat(confirmedFlags(result)).containsOnly(false);
  }

  // --- TIME-2: the confirmation interval -------------------------------------------------------

  @Test
  void time2_crConfirmedExactlyConfirmationDaysLater() {
    assertThat(confirmedFlags(assess(at(30, CR), at(58, CR)))).containsExactly(true, false);
  }

  @Test
  void time2_crOneDayShortIsNotConfirmed() {
    CaseAssessment result = assess(at(30, CR), at(57, CR));

    assertThat(confirmedFlags(result)).containsExactly(false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(SD);
  }

  @Test
  void time2_prConfirmedExactlyConfirmationDaysLater() {
    assertThat(confirmedFlags(assess(at(30, PR), at(58, PR)))).containsExactly(true, false);
  }

  @Test
  void time2_prOneDayShortIsNotConfirmed() {
    assertThat(confirmedFlags(assess(at(30, PR), at(57, PR)))).containsExactly(false, false);
  }

  @Test
  void time2_confirmationDaysIsAPolicy() {
    Criteria fortnight = Criteria.defaults().withConfirmationDays(14);

    assertThat(confirmedFlags(assess(fortnight, at(30, PR), at(44, PR))))
        .containsExactly(true, false);
    assertThat(confirmedFlags(assess(fortnight, at(30, CR), at(43, CR))))
        .containsExactly(false, false);
    assertThat(confirmedFlags(assess(at(30, PR), at(44, PR)))).containsExactly(false, false);
  }

  @Test
  void time2_prConfirmedAcrossOneNeAtAnyDistance() {
    // ex3 of the specification: PR confirmed 42 days later across one NE
    CaseAssessment result = assess(at(28, PR), at(56, NE), at(70, PR), at(112, PD));

    assertThat(confirmedFlags(result)).containsExactly(true, false, false, false);
  }

  // --- TIME-7: a PR after a CR ---------------------------------------------------------------

  @Test
  void time7_prAfterCrBetweenBreaksConfirmationByDefault() {
    CaseAssessment result = assess(at(28, PR), at(42, CR), at(70, PR));

    assertThat(confirmedFlags(result)).containsExactly(false, false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(SD);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(28));
  }

  @Test
  void time7_prAfterCrDoesNotBreakConfirmationWhenPolicyOff() {
    CaseAssessment result = assess(PR_AFTER_CR_REPORTED_ONLY, at(28, PR), at(42, CR), at(70, PR));

    assertThat(confirmedFlags(result)).containsExactly(true, false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(28));
  }

  @Test
  void time7_prAfterCrIsWarnedUnderBothSettings() {
    CaseAssessment byDefault = assess(at(28, PR), at(42, CR), at(70, PR));
    CaseAssessment reported = assess(PR_AFTER_CR_REPORTED_ONLY, at(28, PR), at(42, CR), at(70, PR));

    for (CaseAssessment result : new CaseAssessment[] {byDefault, reported}) {
      assertThat(result.warnings())
          .singleElement()
          .satisfies(
              w -> {
                assertThat(w.rule()).isEqualTo(RuleId.TIME_7);
                assertThat(w.date(Fact.CR_DATE)).isEqualTo(day(42));
                assertThat(w.date(Fact.DATE)).isEqualTo(day(70));
              });
    }
    assertThat(byDefault.warnings().get(0).kind())
        .isEqualTo(ReasonKind.TIME_PR_AFTER_CR_BREAKS_CONFIRMATION);
    assertThat(reported.warnings().get(0).kind()).isEqualTo(ReasonKind.TIME_PR_AFTER_CR_REPORTED);
  }

  @Test
  void time7_crBetweenWithLaterPrBreaksConfirmationByALaterCr() {
    // the CR at day 35 and the PR at day 49 both lie between the PR and its confirming CR
    CaseAssessment byDefault = assess(at(28, PR), at(35, CR), at(49, PR), at(63, CR));
    CaseAssessment reported =
        assess(PR_AFTER_CR_REPORTED_ONLY, at(28, PR), at(35, CR), at(49, PR), at(63, CR));

    assertThat(byDefault.timePoints().get(0).confirmed()).isFalse();
    assertThat(reported.timePoints().get(0).confirmed()).isTrue();
  }

  @Test
  void time7_crBeforeThePrBeingConfirmedDoesNotBreakIt() {
    CaseAssessment result = assess(at(28, CR), at(42, PR), at(70, PR));

    assertThat(confirmedFlags(result)).containsExactly(false, true, false);
    assertThat(result.warnings()).anyMatch(w -> w.rule() == RuleId.TIME_7);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(day(42));
  }

  @Test
  void time7_crAsTheConfirmingVisitDoesNotBreakIt() {
    CaseAssessment result = assess(at(28, PR), at(35, PR), at(63, CR));

    assertThat(confirmedFlags(result)).containsExactly(true, true, false);
    assertThat(result.warnings()).noneMatch(w -> w.rule() == RuleId.TIME_7);
  }

  @Test
  void time7_prAfterCrOutsideTheConfirmationWindowDoesNotBreakIt() {
    // the PR at day 28 is confirmed by the CR at day 56; the PR after it comes later
    CaseAssessment result = assess(at(28, PR), at(56, CR), at(84, PR));

    assertThat(result.timePoints().get(0).confirmed()).isTrue();
    assertThat(result.warnings()).anyMatch(w -> w.rule() == RuleId.TIME_7);
  }

  @Test
  void time7_noWarningWithoutAPrAfterACr() {
    for (Response response : Response.values()) {
      if (response == PR) {
        continue;
      }
      CaseAssessment result = assess(at(28, CR), at(56, response), at(84, CR));
      assertThat(result.warnings())
          .as("CR, %s, CR", response)
          .noneMatch(w -> w.rule() == RuleId.TIME_7);
    }
    assertThat(assess(at(28, PR), at(56, PR), at(84, SD)).warnings())
        .noneMatch(w -> w.rule() == RuleId.TIME_7);
  }

  @Test
  void time7_everyPrAfterACrIsWarned() {
    CaseAssessment result = assess(at(28, SD), at(42, CR), at(56, PR), at(70, SD), at(84, PR));

    assertThat(result.warnings())
        .allMatch(w -> w.rule() == RuleId.TIME_7)
        .extracting(w -> w.date(Fact.DATE))
        .containsExactly(day(56), day(84));
  }

  @Test
  void time7_prBeforeTheFirstCr_isNotWarned_laterOnesAreInOrder() {
    CaseAssessment result = assess(at(28, PR), at(56, CR), at(84, PR), at(112, SD), at(140, PR));

    assertThat(result.warnings()).hasSize(2);
    assertThat(result.warnings().get(0).date(Fact.DATE)).isEqualTo(day(84));
    assertThat(result.warnings().get(1).date(Fact.DATE)).isEqualTo(day(140));
  }

  // --- confirmation on raw assessments ---------------------------------------------------------

  @Test
  void time2_rawCase_crConfirmedAcrossOneNe() {
    LmCase lmCase =
        LmCase.of(
            CourseFixtures.baseline(),
            CourseFixtures.visit(28, CR).build(),
            CourseFixtures.visit(42, NE).build(),
            CourseFixtures.visit(56, CR).build());

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(lmCase);

    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(CR, NE, CR);
    assertThat(confirmedFlags(result)).containsExactly(true, false, false);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(CR);
    assertThat(result.confirmedBestOverallResponse().date())
        .hasValue(CourseFixtures.BASELINE.plusDays(28));
  }

  @Test
  void time2_rawCase_prBrokenBySdUnlessAccepted() {
    LmCase lmCase =
        LmCase.of(
            CourseFixtures.baseline(),
            CourseFixtures.visit(28, PR).build(),
            CourseFixtures.visit(42, SD).build(),
            CourseFixtures.visit(56, PR).build());

    CaseAssessment byDefault = CourseFixtures.DEFAULTS.assess(lmCase);
    CaseAssessment accepting =
        RanoLm.of(Criteria.defaults().withAcceptSdBetween(true)).assess(lmCase);

    assertThat(byDefault.timePoints()).extracting(TimePoint::overall).containsExactly(PR, SD, PR);
    assertThat(confirmedFlags(byDefault)).containsExactly(false, false, false);
    assertThat(byDefault.confirmedBestOverallResponse().response()).isEqualTo(SD);
    assertThat(confirmedFlags(accepting)).containsExactly(true, false, false);
    assertThat(accepting.confirmedBestOverallResponse().response()).isEqualTo(PR);
  }

  @Test
  void time7_rawCase_prAfterCr() {
    // the PR after the CR keeps a radiological CR (IMG-15 would make disease seen again PD),
    // but its cytology is positive again, so the CR conditions fail (OVR-4)
    LmCase lmCase =
        LmCase.of(
            CourseFixtures.baseline(),
            CourseFixtures.visit(28, PR).build(),
            CourseFixtures.visit(42, CR).build(),
            CourseFixtures.visit(70, CR).csf(org.rano.csf.CsfSample.positive()).build());

    CaseAssessment byDefault = CourseFixtures.DEFAULTS.assess(lmCase);
    CaseAssessment reported = RanoLm.of(PR_AFTER_CR_REPORTED_ONLY).assess(lmCase);

    assertThat(byDefault.timePoints()).extracting(TimePoint::overall).containsExactly(PR, CR, PR);
    assertThat(confirmedFlags(byDefault)).containsExactly(false, false, false);
    assertThat(confirmedFlags(reported)).containsExactly(true, false, false);
    assertThat(byDefault.warnings()).anyMatch(w -> w.rule() == RuleId.TIME_7);
    assertThat(reported.warnings()).anyMatch(w -> w.rule() == RuleId.TIME_7);
  }
}
