package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.response.CourseFixtures.assess;
import static org.rano.response.CourseFixtures.at;
import static org.rano.response.CourseFixtures.day;

import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.Response;

/**
 * TIME-7: a PR after a CR is always reported, and the warning says which policy is in force
 * ({@code prAfterCrBreaksConfirmation}).
 */
class Time7PrAfterCrWarningMutationTest {

  @Test
  void time7_prAfterCr_warnedUnderBothPolicies_differently() {
    CaseAssessment breaking = assess(Criteria.defaults().withPrAfterCrBreaksConfirmation(true),
        at(28, Response.CR), at(56, Response.PR));
    CaseAssessment reporting = assess(Criteria.defaults().withPrAfterCrBreaksConfirmation(false),
        at(28, Response.CR), at(56, Response.PR));

    assertThat(breaking.warnings()).hasSize(1);
    assertThat(reporting.warnings()).hasSize(1);
    for (String warning : new String[] {breaking.warnings().get(0),
        reporting.warnings().get(0)}) {
      assertThat(warning).contains("TIME-7", day(28).toString(), day(56).toString());
    }
    assertThat(breaking.warnings().get(0)).isNotEqualTo(reporting.warnings().get(0));
    assertThat(reporting.warnings().get(0)).contains("prAfterCrBreaksConfirmation");
  }

  @Test
  void time7_everyPrAfterTheFirstCr_isWarned_noneBefore() {
    CaseAssessment result = assess(at(28, Response.PR), at(56, Response.CR), at(84, Response.PR),
        at(112, Response.SD), at(140, Response.PR));

    assertThat(result.warnings()).hasSize(2);
    assertThat(result.warnings().get(0)).contains(day(84).toString());
    assertThat(result.warnings().get(1)).contains(day(140).toString());
  }
}
