package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.response.CourseFixtures.assess;
import static org.rano.response.CourseFixtures.at;
import static org.rano.response.CourseFixtures.day;

import org.junit.jupiter.api.Test;
import org.rano.Response;

/**
 * TIME-2, TIME-3, TIME-4 and TIME-6 in the explanation of the best overall responses: the reason
 * cites the rules that shaped the best response, and only those (the wording is free, so only
 * rule IDs, dates and day counts are checked).
 */
class Time4BestResponseReasonMutationTest {

  @Test
  void time4_sdThatCounts_citesTime4Only() {
    CaseAssessment result = assess(at(28, Response.SD));

    for (BestResponse best : new BestResponse[] {result.bestOverallResponse(),
        result.confirmedBestOverallResponse()}) {
      assertThat(best.response()).isEqualTo(Response.SD);
      assertThat(best.reason()).contains("TIME-4", day(28).toString())
          .doesNotContain("TIME-2", "TIME-3", "TIME-6");
    }
  }

  @Test
  void time3_sdBeforeTheMinimumDays_isNe_andTheReasonGivesBothDays() {
    CaseAssessment result = assess(at(10, Response.SD));

    BestResponse best = result.bestOverallResponse();
    assertThat(best.response()).isEqualTo(Response.NE);
    assertThat(best.reason()).contains("TIME-3", "10", "28", "SD").doesNotContain("TIME-2");
  }

  @Test
  void time2_unconfirmedPr_countsAsSd_citingTime2NotTime3() {
    CaseAssessment result = assess(at(28, Response.PR), at(56, Response.SD));

    BestResponse confirmed = result.confirmedBestOverallResponse();
    assertThat(confirmed.response()).isEqualTo(Response.SD);
    assertThat(confirmed.reason()).contains("TIME-2", "PR").doesNotContain("TIME-3");
    BestResponse unconfirmed = result.bestOverallResponse();
    assertThat(unconfirmed.response()).isEqualTo(Response.PR);
    assertThat(unconfirmed.reason()).doesNotContain("TIME-2", "TIME-3");
  }

  @Test
  void time2_confirmedPr_citesTime2OnlyWhereConfirmationIsRequired() {
    CaseAssessment result = assess(at(28, Response.PR), at(56, Response.PR));

    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.PR);
    assertThat(result.confirmedBestOverallResponse().reason()).contains("TIME-2");
    assertThat(result.bestOverallResponse().response()).isEqualTo(Response.PR);
    assertThat(result.bestOverallResponse().reason()).doesNotContain("TIME-2");
  }

  @Test
  void time6_pdAtTheFirstTimePoint_citesTime6() {
    CaseAssessment result = assess(at(28, Response.PD), at(56, Response.PR));

    assertThat(result.bestOverallResponse().response()).isEqualTo(Response.PD);
    assertThat(result.bestOverallResponse().reason()).contains("TIME-6");
  }

  @Test
  void time6_pdLater_citesTime6_noPd_doesNot() {
    assertThat(assess(at(28, Response.SD), at(56, Response.PD)).bestOverallResponse().reason())
        .contains("TIME-6");
    assertThat(assess(at(28, Response.SD), at(56, Response.SD)).bestOverallResponse().reason())
        .doesNotContain("TIME-6");
  }
}
