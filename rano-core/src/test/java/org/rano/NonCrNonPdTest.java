package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.CourseFixtures.assess;
import static org.rano.CourseFixtures.at;
import static org.rano.CourseFixtures.day;
import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.NON_CR_NON_PD;
import static org.rano.Response.PD;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * NON-CR/NON-PD in a response sequence (issue 15), as pharmaverse admiralonco derives it: ranked
 * between SD and PD for the best overall response (TIME-4), counted only from {@code sdMinimumDays}
 * after the reference date as SD is (TIME-3, admiralonco's {@code ref_start_window}), never a
 * confirmation of a response and never allowed between a response and its confirmation (TIME-2:
 * admiralonco accepts only CR and NE between a CR and its confirmation, and CR, PR, NE and SD under
 * {@code accept_sd} between a PR and its confirmation). Also admiralonco's worked example of the
 * confirmed best overall response.
 */
class NonCrNonPdTest {

  private static void assertBest(BestResponse best, Response response, LocalDate date) {
    assertThat(best.response()).as("response of %s", best).isEqualTo(response);
    assertThat(best.date()).as("date of %s", best).hasValue(date);
  }

  @Test
  void time3_countsFromSdMinimumDays_bothSidesOfTheBoundary() {
    CaseAssessment onTheDay = assess(at(28, NON_CR_NON_PD));
    assertBest(onTheDay.bestOverallResponse(), NON_CR_NON_PD, day(28));
    assertBest(onTheDay.confirmedBestOverallResponse(), NON_CR_NON_PD, day(28));

    CaseAssessment dayBefore = assess(at(27, NON_CR_NON_PD));
    assertBest(dayBefore.bestOverallResponse(), NE, day(27));
    assertBest(dayBefore.confirmedBestOverallResponse(), NE, day(27));
    assertThat(dayBefore.bestOverallResponse().reasons())
        .anyMatch(
            r ->
                r.kind() == ReasonKind.TIME_BEFORE_MINIMUM_DAYS
                    && r.value(Fact.RESPONSE, Response.class) == NON_CR_NON_PD
                    && r.value(Fact.COUNTED_AS, Response.class) == NE);
    assertThat(dayBefore.timePoints().get(0).overall()).isEqualTo(NON_CR_NON_PD);
  }

  @Test
  void time4_ranksBelowSdAndAbovePd() {
    assertBest(assess(at(28, NON_CR_NON_PD), at(56, SD)).bestOverallResponse(), SD, day(56));
    assertBest(assess(at(28, SD), at(56, NON_CR_NON_PD)).bestOverallResponse(), SD, day(28));
    assertBest(
        assess(at(28, NON_CR_NON_PD), at(56, PD)).bestOverallResponse(), NON_CR_NON_PD, day(28));
    assertBest(
        assess(at(28, NE), at(56, NON_CR_NON_PD)).bestOverallResponse(), NON_CR_NON_PD, day(56));
  }

  @Test
  void time4_tiesGoToTheEarliest() {
    assertBest(
        assess(at(28, NON_CR_NON_PD), at(56, NON_CR_NON_PD)).bestOverallResponse(),
        NON_CR_NON_PD,
        day(28));
  }

  @Test
  void time6_afterTheFirstPdItChangesNothing() {
    CaseAssessment result = assess(at(28, PD), at(56, NON_CR_NON_PD));

    assertBest(result.bestOverallResponse(), PD, day(28));
    assertThat(result.timePoints().get(1).afterProgression()).isTrue();
    assertThat(result.progression().map(Progression::date)).contains(day(28));
  }

  @Test
  void time2_itConfirmsNoResponse() {
    CaseAssessment afterPr = assess(at(28, PR), at(56, NON_CR_NON_PD));
    assertThat(afterPr.timePoints().get(0).confirmed()).isFalse();
    assertBest(afterPr.confirmedBestOverallResponse(), SD, day(28));

    CaseAssessment afterCr = assess(at(28, CR), at(56, NON_CR_NON_PD));
    assertThat(afterCr.timePoints().get(0).confirmed()).isFalse();
    assertThat(afterCr.timePoints().get(1).confirmed()).isFalse();
  }

  @Test
  void time2_betweenAResponseAndItsConfirmation_itBreaksItUnderEveryPolicy() {
    Criteria lenient = Criteria.defaults().withAcceptSdBetween(true).withMaxNeBetween(3);
    for (Criteria criteria : new Criteria[] {Criteria.defaults(), lenient}) {
      CaseAssessment pr = assess(criteria, at(28, PR), at(42, NON_CR_NON_PD), at(70, PR));
      assertThat(pr.timePoints().get(0).confirmed()).as("PR under %s", criteria).isFalse();

      CaseAssessment cr = assess(criteria, at(28, CR), at(42, NON_CR_NON_PD), at(70, CR));
      assertThat(cr.timePoints().get(0).confirmed()).as("CR under %s", criteria).isFalse();
    }
    // the same courses without it are confirmed: it is NON-CR/NON-PD that breaks them
    assertThat(assess(at(28, PR), at(42, NE), at(70, PR)).timePoints().get(0).confirmed()).isTrue();
    assertThat(assess(at(28, CR), at(42, NE), at(70, CR)).timePoints().get(0).confirmed()).isTrue();
  }

  @Test
  void time2_afterTheConfirmationItDoesNotUndoIt() {
    CaseAssessment result = assess(at(28, PR), at(56, PR), at(84, NON_CR_NON_PD));

    assertThat(result.timePoints().get(0).confirmed()).isTrue();
    assertBest(result.confirmedBestOverallResponse(), PR, day(28));
  }

  // --- admiralonco's worked example ------------------------------------------------------------

  private static CaseAssessment subject(String reference, String... datesAndResponses) {
    ResponseSequence.Builder builder = ResponseSequence.from(LocalDate.parse(reference));
    for (int i = 0; i < datesAndResponses.length; i += 2) {
      builder.add(datesAndResponses[i], Response.ofCode(datesAndResponses[i + 1]).orElseThrow());
    }
    return RanoLm.withDefaults().assess(builder.build());
  }

  private static void assertConfirmedBest(CaseAssessment result, Response response, String date) {
    assertBest(result.confirmedBestOverallResponse(), response, LocalDate.parse(date));
  }

  /**
   * pharmaverse admiralonco, {@code tests/testthat/test-derive_param_confirmed_bor.R}, "Test 1:
   * default confirmed BOR" ({@code ref_start_window = 28}, {@code ref_confirm = 28}, {@code
   * max_nr_ne = 1}, {@code accept_sd = FALSE}; the response restricted to the first PD): the nine
   * subjects' {@code TRTSDT} and {@code AVALC} as published and the expected {@code CBOR} with its
   * date, which our defaults (TIME-2, TIME-3, TIME-4, TIME-7) give too. Subject 8 has no
   * assessment: admiralonco's {@code MISSING}, our NE "no follow-up assessment", which {@code rano
   * adrs} writes as {@code MISSING}.
   */
  @Test
  void admiralonco_confirmedBestOverallResponse_test1() {
    assertConfirmedBest(
        subject(
            "2020-01-01",
            "2020-01-01",
            "PR",
            "2020-02-01",
            "CR",
            "2020-02-16",
            "NE",
            "2020-03-01",
            "CR",
            "2020-04-01",
            "SD"),
        CR,
        "2020-02-01");
    assertConfirmedBest(
        subject(
            "2019-12-12",
            "2020-01-01",
            "SD",
            "2020-02-01",
            "PR",
            "2020-03-01",
            "SD",
            "2020-03-13",
            "CR"),
        SD,
        "2020-02-01");
    assertConfirmedBest(
        subject("2019-11-11", "2019-11-12", "CR", "2019-12-02", "CR", "2020-01-01", "SD"),
        SD,
        "2020-01-01");
    assertConfirmedBest(
        subject(
            "2019-12-30",
            "2020-01-01",
            "PR",
            "2020-03-01",
            "SD",
            "2020-04-01",
            "SD",
            "2020-05-01",
            "PR",
            "2020-05-15",
            "NON-CR/NON-PD"),
        SD,
        "2020-03-01");
    assertConfirmedBest(
        subject(
            "2020-01-01",
            "2020-01-01",
            "PR",
            "2020-01-10",
            "SD",
            "2020-01-20",
            "PR",
            "2020-05-15",
            "NON-CR/NON-PD"),
        NON_CR_NON_PD,
        "2020-05-15");
    assertConfirmedBest(
        subject("2020-02-02", "2020-02-06", "PR", "2020-02-16", "CR", "2020-03-30", "PR"),
        SD,
        "2020-03-30");
    assertConfirmedBest(
        subject("2020-02-02", "2020-02-06", "PR", "2020-02-16", "CR", "2020-04-01", "NE"),
        NE,
        "2020-02-06");
    CaseAssessment none = subject("2020-04-01");
    assertThat(none.confirmedBestOverallResponse().response()).isEqualTo(NE);
    assertThat(none.confirmedBestOverallResponse().date()).isEqualTo(Optional.empty());
    assertConfirmedBest(
        subject("2020-02-01", "2020-02-16", "PD", "2020-03-06", "SD"), PD, "2020-02-16");
  }
}
