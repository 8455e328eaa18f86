package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.response.CourseFixtures.BASELINE;
import static org.rano.response.CourseFixtures.baseline;
import static org.rano.response.CourseFixtures.equivocalAt;
import static org.rano.response.CourseFixtures.unequivocalAt;
import static org.rano.response.CourseFixtures.visit;

import org.junit.jupiter.api.Test;
import org.rano.Response;
import org.rano.imaging.Site;

/**
 * IMG-5 over time: an equivocal new lesion is confirmed by the next follow-up that shows a new
 * lesion (equivocal or not) at the same site. The course warns about each equivocal lesion the
 * next follow-up did not show again, and about one at the last follow-up, which awaits
 * confirmation; a confirmed one gives no warning.
 */
class Img5EquivocalNewLesionMutationTest {

  private static final String DAY_28 = BASELINE.plusDays(28).toString();
  private static final String DAY_56 = BASELINE.plusDays(56).toString();

  @Test
  void img5_equivocalSeenAgainEquivocal_onlyTheLastAwaitsConfirmation() {
    CaseAssessment result = RanoLm.withDefaults().assess(LmCase.of(baseline(),
        equivocalAt(28, Site.BRAIN_NODULE), equivocalAt(56, Site.BRAIN_NODULE)));

    assertThat(result.warnings()).hasSize(1);
    assertThat(result.warnings().get(0)).contains("BRAIN_NODULE", DAY_56, "IMG-5")
        .doesNotContain(DAY_28);
  }

  @Test
  void img5_equivocalConfirmedUnequivocal_noWarning_progressionBackdated() {
    CaseAssessment result = RanoLm.withDefaults().assess(LmCase.of(baseline(),
        equivocalAt(28, Site.BRAIN_NODULE), unequivocalAt(56, Site.BRAIN_NODULE)));

    assertThat(result.warnings()).isEmpty();
    assertThat(result.progression()).hasValueSatisfying(p -> {
      assertThat(p.date()).isEqualTo(BASELINE.plusDays(28));
      assertThat(p.backdated()).isTrue();
    });
  }

  @Test
  void img5_nextFollowUpShowsAnotherSite_bothLesionsWarned() {
    CaseAssessment result = RanoLm.withDefaults().assess(LmCase.of(baseline(),
        equivocalAt(28, Site.BRAIN_NODULE), equivocalAt(56, Site.SPINE_NODULE)));

    assertThat(result.warnings()).hasSize(2);
    assertThat(result.warnings().get(0)).contains("BRAIN_NODULE", DAY_28);
    assertThat(result.warnings().get(1)).contains("SPINE_NODULE", DAY_56);
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void img5_nextFollowUpWithoutImaging_doesNotConfirm() {
    CaseAssessment result = RanoLm.withDefaults().assess(LmCase.of(baseline(),
        equivocalAt(28, Site.BRAIN_NODULE), visit(56, Response.NE).build()));

    assertThat(result.warnings()).hasSize(1);
    assertThat(result.warnings().get(0)).contains("BRAIN_NODULE", DAY_28);
  }

  @Test
  void img5_notShownAgain_andAwaitingConfirmation_areDifferentWarnings() {
    String notShownAgain = RanoLm.withDefaults().assess(LmCase.of(baseline(),
        equivocalAt(28, Site.BRAIN_NODULE), visit(56, Response.SD).build())).warnings().get(0);
    String awaiting = RanoLm.withDefaults().assess(LmCase.of(baseline(),
        visit(28, Response.SD).build(), equivocalAt(56, Site.BRAIN_NODULE))).warnings().get(0);

    assertThat(notShownAgain.replace(DAY_28, "D")).isNotEqualTo(awaiting.replace(DAY_56, "D"));
  }
}
