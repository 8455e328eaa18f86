package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.CourseFixtures.assess;
import static org.rano.CourseFixtures.at;
import static org.rano.CourseFixtures.confirmedFlags;
import static org.rano.CourseFixtures.day;
import static org.rano.Fixtures.kinds;
import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.PD;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The best overall response, unconfirmed and confirmed: TIME-3, TIME-4 and TIME-6, and the reasons
 * of the rules (TIME-2 to TIME-6) that shaped it, and only those (their kinds and facts are
 * checked, not their wording).
 */
class BestResponseTest {

  private static void assertBest(BestResponse best, Response response, LocalDate date) {
    assertThat(best.response()).as("response of %s", best).isEqualTo(response);
    assertThat(best.date()).as("date of %s", best).hasValue(date);
  }

  // --- TIME-3: the SD window -----------------------------------------------------------------

  @Test
  void time3_sdExactlySdMinimumDaysAfterBaselineCounts() {
    CaseAssessment result = assess(at(28, SD));

    assertBest(result.bestOverallResponse(), SD, day(28));
    assertBest(result.confirmedBestOverallResponse(), SD, day(28));
  }

  @Test
  void time3_sdOneDayShortIsNe() {
    CaseAssessment result = assess(at(27, SD));

    assertBest(result.bestOverallResponse(), NE, day(27));
    assertBest(result.confirmedBestOverallResponse(), NE, day(27));
    assertThat(result.timePoints().get(0).overall()).isEqualTo(SD);
  }

  @Test
  void time3_sdMinimumDaysIsAPolicy() {
    Criteria fortnight = Criteria.defaults().withSdMinimumDays(14);

    assertBest(assess(fortnight, at(14, SD)).bestOverallResponse(), SD, day(14));
    assertBest(assess(fortnight, at(13, SD)).bestOverallResponse(), NE, day(13));
  }

  @Test
  void time3_sdOnTheReferenceDateIsNe() {
    CaseAssessment result = assess(at(0, SD));

    assertBest(result.bestOverallResponse(), NE, day(0));
  }

  @Test
  void time3_sdWindowZeroCountsDayZero() {
    CaseAssessment result = assess(Criteria.defaults().withSdMinimumDays(0), at(0, SD));

    assertBest(result.bestOverallResponse(), SD, day(0));
  }

  @Test
  void time3_unconfirmedPrCountsAsSdInConfirmedBest() {
    CaseAssessment result = assess(at(30, PR));

    assertBest(result.bestOverallResponse(), PR, day(30));
    assertBest(result.confirmedBestOverallResponse(), SD, day(30));
  }

  @Test
  void time3_unconfirmedCrCountsAsSdInConfirmedBest() {
    CaseAssessment result = assess(at(28, CR), at(40, SD));

    assertBest(result.bestOverallResponse(), CR, day(28));
    assertBest(result.confirmedBestOverallResponse(), SD, day(28));
  }

  @Test
  void time3_unconfirmedCrBeforeSdWindowCountsAsNe() {
    CaseAssessment result = assess(at(20, CR));

    assertBest(result.bestOverallResponse(), CR, day(20));
    assertBest(result.confirmedBestOverallResponse(), NE, day(20));
  }

  @Test
  void time3_unconfirmedPrBeforeSdWindowLosesToPd() {
    CaseAssessment result = assess(at(20, PR), at(40, PD));

    assertBest(result.bestOverallResponse(), PR, day(20));
    assertBest(result.confirmedBestOverallResponse(), PD, day(40));
  }

  @Test
  void time3_unconfirmedResponseOneDayShortOfWindow() {
    CaseAssessment shortOfWindow = assess(at(27, PR), at(45, SD));
    CaseAssessment inWindow = assess(at(28, PR), at(45, SD));

    assertBest(shortOfWindow.confirmedBestOverallResponse(), SD, day(45));
    assertBest(inWindow.confirmedBestOverallResponse(), SD, day(28));
  }

  @Test
  void time3_confirmedResponseNeedsNoSdWindow() {
    // a confirmed PR counts as PR even before day sdMinimumDays
    CaseAssessment result = assess(at(10, PR), at(40, PR));

    assertThat(confirmedFlags(result)).containsExactly(true, false);
    assertBest(result.confirmedBestOverallResponse(), PR, day(10));
  }

  // --- TIME-4: ranking and ties --------------------------------------------------------------

  @Test
  void time4_ranksCrAbovePrAboveSdAbovePdAboveNe() {
    assertBest(assess(at(10, NE), at(20, PD)).bestOverallResponse(), PD, day(20));
    assertBest(assess(at(30, PD), at(40, NE)).bestOverallResponse(), PD, day(30));
    assertBest(assess(at(10, NE), at(30, SD), at(40, NE)).bestOverallResponse(), SD, day(30));
    assertBest(assess(at(30, SD), at(40, PR), at(50, SD)).bestOverallResponse(), PR, day(40));
    assertBest(assess(at(30, PR), at(40, CR), at(50, PR)).bestOverallResponse(), CR, day(40));
  }

  @Test
  void time4_pdRanksAboveAnSdBeforeTheWindow() {
    // ex2 of the specification: an SD on day 21 counts as NE, the PD on day 49 wins
    CaseAssessment result = assess(at(21, SD), at(49, PD));

    assertBest(result.bestOverallResponse(), PD, day(49));
    assertBest(result.confirmedBestOverallResponse(), PD, day(49));
  }

  @Test
  void time4_tiesGoToTheEarliestDate() {
    assertBest(assess(at(30, SD), at(60, SD)).bestOverallResponse(), SD, day(30));
    assertBest(assess(at(30, PR), at(40, NE), at(50, PR)).bestOverallResponse(), PR, day(30));
    assertBest(assess(at(30, CR), at(40, CR)).bestOverallResponse(), CR, day(30));
    assertBest(assess(at(10, NE), at(20, NE)).bestOverallResponse(), NE, day(10));
  }

  @Test
  void time4_confirmedTiesGoToTheEarliestTimePointThatCounts() {
    // day 20: PR not confirmed, before the window: NE; day 30 SD; day 40 PR not confirmed: SD
    CaseAssessment result = assess(at(20, PR), at(30, SD), at(40, PR));

    assertBest(result.confirmedBestOverallResponse(), SD, day(30));
    assertBest(result.bestOverallResponse(), PR, day(20));
  }

  @Test
  void time4_confirmedTieBetweenConfirmedResponses() {
    CaseAssessment result = assess(at(28, PR), at(56, PR), at(84, PR));

    assertThat(confirmedFlags(result)).containsExactly(true, true, false);
    assertBest(result.confirmedBestOverallResponse(), PR, day(28));
  }

  @Test
  void time4_allNotEvaluable() {
    CaseAssessment result = assess(at(30, NE), at(60, NE));

    assertBest(result.bestOverallResponse(), NE, day(30));
    assertBest(result.confirmedBestOverallResponse(), NE, day(30));
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void time4_noFollowUpAtAll() {
    CaseAssessment result = assess();

    assertThat(result.timePoints()).isEmpty();
    for (BestResponse best :
        new BestResponse[] {result.bestOverallResponse(), result.confirmedBestOverallResponse()}) {
      assertThat(best.response()).isEqualTo(NE);
      assertThat(best.date()).isEmpty();
      assertThat(kinds(best.reasons())).containsExactly(ReasonKind.TIME_NO_FOLLOW_UP);
      assertThat(best.reason()).isEqualTo("no follow-up assessment");
    }
    assertThat(result.progression()).isEmpty();
    assertThat(result.warnings()).isEmpty();
  }

  // --- TIME-4 and TIME-6: up to and including the first PD -----------------------------------

  @Test
  void time4_firstVisitWithPd() {
    CaseAssessment result = assess(at(14, PD), at(42, CR), at(70, CR), at(98, PR));

    assertBest(result.bestOverallResponse(), PD, day(14));
    assertBest(result.confirmedBestOverallResponse(), PD, day(14));
    assertThat(result.progression())
        .hasValueSatisfying(
            p -> {
              assertThat(p.date()).isEqualTo(day(14));
              assertThat(p.daysFromBaseline()).isEqualTo(14);
              assertThat(p.backdated()).isFalse();
            });
    assertThat(result.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, true, true, true);
  }

  @Test
  void time6_visitsAfterPdDoNotChangeTheBestResponses() {
    CaseAssessment result = assess(at(28, PR), at(42, PD), at(70, CR), at(100, CR));

    assertBest(result.bestOverallResponse(), PR, day(28));
    assertBest(result.confirmedBestOverallResponse(), SD, day(28));
    assertThat(result.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, false, true, true);
    assertThat(result.progression())
        .hasValueSatisfying(p -> assertThat(p.date()).isEqualTo(day(42)));
  }

  @Test
  void time6_confirmationIsStillComputedAfterProgression() {
    CaseAssessment result = assess(at(28, PR), at(42, PD), at(70, CR), at(100, CR));

    assertThat(confirmedFlags(result)).containsExactly(false, false, true, false);
  }

  @Test
  void time6_onlyTheFirstPdCounts() {
    CaseAssessment result = assess(at(28, SD), at(42, PD), at(56, SD), at(70, PD));

    assertBest(result.bestOverallResponse(), SD, day(28));
    assertThat(result.progression())
        .hasValueSatisfying(p -> assertThat(p.date()).isEqualTo(day(42)));
    assertThat(result.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, false, true, true);
  }

  @Test
  void time6_betterResponseAfterPdIsIgnored() {
    CaseAssessment result = assess(at(10, NE), at(20, PD), at(60, SD), at(90, SD));

    assertBest(result.bestOverallResponse(), PD, day(20));
    assertBest(result.confirmedBestOverallResponse(), PD, day(20));
  }

  @Test
  void time5_noPdNoProgression() {
    CaseAssessment result = assess(at(28, PR), at(56, PR), at(84, SD));

    assertThat(result.progression()).isEmpty();
    assertThat(result.timePoints()).extracting(TimePoint::afterProgression).containsOnly(false);
  }

  // --- the reasons: the rules that shaped the best response, and only those ------------------

  @Test
  void time4_sdThatCounts_reasonCitesTime4Only() {
    CaseAssessment result = assess(at(28, SD));

    for (BestResponse best :
        new BestResponse[] {result.bestOverallResponse(), result.confirmedBestOverallResponse()}) {
      assertThat(best.response()).isEqualTo(SD);
      assertThat(best.reasons())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.kind()).isEqualTo(ReasonKind.TIME_BEST_OF_ALL);
                assertThat(reason.rule()).isEqualTo(RuleId.TIME_4);
                assertThat(reason.value(Fact.RESPONSE, Response.class)).isEqualTo(SD);
                assertThat(reason.date(Fact.DATE)).isEqualTo(day(28));
              });
    }
  }

  @Test
  void time3_sdBeforeTheMinimumDays_isNe_reasonGivesBothDays() {
    CaseAssessment result = assess(at(10, SD));

    BestResponse best = result.bestOverallResponse();
    assertThat(best.response()).isEqualTo(NE);
    assertThat(kinds(best.reasons()))
        .containsExactly(ReasonKind.TIME_BEFORE_MINIMUM_DAYS, ReasonKind.TIME_BEST_OF_ALL);
    Reason early = best.reasons().get(0);
    assertThat(early.rule()).isEqualTo(RuleId.TIME_3);
    assertThat(early.value(Fact.RESPONSE, Response.class)).isEqualTo(SD);
    assertThat(early.value(Fact.COUNTED_AS, Response.class)).isEqualTo(NE);
    assertThat(early.integer(Fact.DAYS)).isEqualTo(10);
    assertThat(early.integer(Fact.MINIMUM_DAYS)).isEqualTo(28);
  }

  @Test
  void time2_unconfirmedPr_countsAsSd_reasonCitesTime2NotTime3() {
    CaseAssessment result = assess(at(28, PR), at(56, SD));

    BestResponse confirmed = result.confirmedBestOverallResponse();
    assertThat(confirmed.response()).isEqualTo(SD);
    assertThat(kinds(confirmed.reasons()))
        .containsExactly(ReasonKind.TIME_NOT_CONFIRMED, ReasonKind.TIME_BEST_OF_ALL);
    Reason notConfirmed = confirmed.reasons().get(0);
    assertThat(notConfirmed.value(Fact.RESPONSE, Response.class)).isEqualTo(PR);
    assertThat(notConfirmed.value(Fact.COUNTED_AS, Response.class)).isEqualTo(SD);
    assertThat(notConfirmed.date(Fact.DATE)).isEqualTo(day(28));
    BestResponse unconfirmed = result.bestOverallResponse();
    assertThat(unconfirmed.response()).isEqualTo(PR);
    assertThat(kinds(unconfirmed.reasons())).containsExactly(ReasonKind.TIME_BEST_OF_ALL);
  }

  @Test
  void time2_confirmedPr_reasonCitesTime2OnlyWhereConfirmationIsRequired() {
    CaseAssessment result = assess(at(28, PR), at(56, PR));

    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
    assertThat(kinds(result.confirmedBestOverallResponse().reasons()))
        .containsExactly(ReasonKind.TIME_CONFIRMED, ReasonKind.TIME_BEST_OF_ALL);
    assertThat(result.bestOverallResponse().response()).isEqualTo(PR);
    assertThat(kinds(result.bestOverallResponse().reasons()))
        .containsExactly(ReasonKind.TIME_BEST_OF_ALL);
  }

  @Test
  void time6_pdAtTheFirstTimePoint_reasonCitesTime6() {
    CaseAssessment result = assess(at(28, PD), at(56, PR));

    assertThat(result.bestOverallResponse().response()).isEqualTo(PD);
    assertThat(result.bestOverallResponse().reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.kind()).isEqualTo(ReasonKind.TIME_BEST_UP_TO_FIRST_PD);
              assertThat(reason.date(Fact.PROGRESSION_DATE)).isEqualTo(day(28));
            });
  }

  @Test
  void time6_pdLater_reasonCitesTime6_noPd_doesNot() {
    Reason upToPd = assess(at(28, SD), at(56, PD)).bestOverallResponse().reasons().get(0);
    assertThat(upToPd.kind()).isEqualTo(ReasonKind.TIME_BEST_UP_TO_FIRST_PD);
    assertThat(upToPd.value(Fact.RESPONSE, Response.class)).isEqualTo(SD);
    assertThat(upToPd.date(Fact.DATE)).isEqualTo(day(28));
    assertThat(upToPd.date(Fact.PROGRESSION_DATE)).isEqualTo(day(56));
    assertThat(kinds(assess(at(28, SD), at(56, SD)).bestOverallResponse().reasons()))
        .containsExactly(ReasonKind.TIME_BEST_OF_ALL);
  }

  // --- raw assessments -------------------------------------------------------------------------

  @Test
  void time3_rawCase_sdWindowCountsFromBaseline() {
    LmCase inWindow = LmCase.of(CourseFixtures.baseline(), CourseFixtures.visit(28, SD).build());
    LmCase shortOfWindow =
        LmCase.of(CourseFixtures.baseline(), CourseFixtures.visit(27, SD).build());

    BestResponse counted = CourseFixtures.DEFAULTS.assess(inWindow).bestOverallResponse();
    BestResponse tooEarly = CourseFixtures.DEFAULTS.assess(shortOfWindow).bestOverallResponse();

    assertThat(counted.response()).isEqualTo(SD);
    assertThat(counted.date()).hasValue(CourseFixtures.BASELINE.plusDays(28));
    assertThat(tooEarly.response()).isEqualTo(NE);
    assertThat(tooEarly.date()).hasValue(CourseFixtures.BASELINE.plusDays(27));
  }

  @Test
  void time6_rawCase_visitsAfterPd() {
    LmCase lmCase =
        LmCase.of(
            CourseFixtures.baseline(),
            CourseFixtures.visit(28, PR).build(),
            CourseFixtures.visit(42, PD).build(),
            CourseFixtures.visit(70, CR).build(),
            CourseFixtures.visit(100, CR).build());

    CaseAssessment result = CourseFixtures.DEFAULTS.assess(lmCase);

    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(PR, PD, CR, CR);
    assertThat(result.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, false, true, true);
    assertThat(confirmedFlags(result)).containsExactly(false, false, true, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(SD);
    assertThat(result.progression())
        .hasValueSatisfying(
            p -> {
              assertThat(p.date()).isEqualTo(CourseFixtures.BASELINE.plusDays(42));
              assertThat(p.daysFromBaseline()).isEqualTo(42);
            });
  }
}
