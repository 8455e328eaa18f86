package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.CourseFixtures.BASELINE;
import static org.rano.CourseFixtures.DEFAULTS;
import static org.rano.CourseFixtures.equivocalAt;
import static org.rano.CourseFixtures.unequivocalAt;
import static org.rano.CourseFixtures.visit;
import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.PD;
import static org.rano.Response.SD;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfSample;
import org.rano.imaging.Site;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * The progression date (TIME-5), its back-dating to equivocal new lesions (IMG-5), and IMG-5's
 * warnings: about each equivocal lesion the next follow-up did not show again, and about one at the
 * last follow-up, which awaits confirmation; a confirmed one gives no warning.
 */
class ProgressionTest {

  private static final Site S = Site.SPINE_NODULE;
  private static final Site OTHER = Site.BRAIN_NODULE;

  private static LocalDate day(int days) {
    return BASELINE.plusDays(days);
  }

  private static CaseAssessment assess(Visit... followUps) {
    return DEFAULTS.assess(LmCase.of(CourseFixtures.baseline(), followUps));
  }

  /** IMG-5 as before 2026-11-30: only the progression date moves back. */
  private static final RanoLm DATE_ONLY =
      RanoLm.of(org.rano.Criteria.defaults().withBackdatedProgressionRewritesVisit(false));

  private static CaseAssessment assessDateOnly(Visit... followUps) {
    return DATE_ONLY.assess(LmCase.of(CourseFixtures.baseline(), followUps));
  }

  private static void assertProgression(CaseAssessment result, int days, boolean backdated) {
    assertThat(result.progression())
        .hasValueSatisfying(
            p -> {
              assertThat(p.date()).isEqualTo(day(days));
              assertThat(p.daysFromBaseline()).isEqualTo(days);
              assertThat(p.backdated()).as("backdated").isEqualTo(backdated);
            });
  }

  // --- TIME-5 --------------------------------------------------------------------------------

  @Test
  void time5_progressionIsTheFirstPd() {
    CaseAssessment result =
        assess(visit(28, SD).build(), visit(56, PD).build(), visit(84, PD).build());

    assertProgression(result, 56, false);
  }

  @Test
  void time5_noPdNoProgression() {
    CaseAssessment result = assess(visit(28, SD).build(), visit(56, NE).build());

    assertThat(result.progression()).isEmpty();
  }

  @Test
  void time5_unequivocalNewLesionWithoutEquivocalSightingIsNotBackdated() {
    CaseAssessment result = assess(visit(28, SD).build(), unequivocalAt(56, S));

    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(SD, PD);
    assertProgression(result, 56, false);
  }

  // --- IMG-5 back-dating -----------------------------------------------------------------------

  @Test
  void img5_equivocalTwiceThenUnequivocal_progressionBackdatedToFirstSighting() {
    Visit[] course = {
      equivocalAt(28, S), equivocalAt(56, S), unequivocalAt(84, S), visit(112, SD).build()
    };
    CaseAssessment result = assess(course);
    CaseAssessment dateOnly = assessDateOnly(course);

    // by default the first sighting becomes PD, so TIME-4 and TIME-6 agree with TIME-5
    assertProgression(result, 28, true);
    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(PD, SD, PD, SD);
    assertThat(result.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, true, true, true);
    assertThat(result.bestOverallResponse().response()).isEqualTo(PD);
    assertThat(result.bestOverallResponse().date()).hasValue(day(28));
    // with the rewrite off each visit keeps its own response; TIME-4 and TIME-6 count from the
    // first PD visit
    assertProgression(dateOnly, 28, true);
    assertThat(dateOnly.timePoints())
        .extracting(TimePoint::overall)
        .containsExactly(SD, SD, PD, SD);
    assertThat(dateOnly.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, false, false, true);
    assertThat(dateOnly.bestOverallResponse().response()).isEqualTo(SD);
    assertThat(dateOnly.bestOverallResponse().date()).hasValue(day(28));
  }

  @Test
  void img5_equivocalOnceThenUnequivocal_backdatedOneVisit() {
    CaseAssessment result = assess(visit(28, SD).build(), equivocalAt(56, S), unequivocalAt(84, S));

    assertProgression(result, 56, true);
  }

  @Test
  void img5_followUpWithoutImagingBreaksTheRun() {
    CaseAssessment result = assess(equivocalAt(28, S), visit(42, NE).build(), unequivocalAt(56, S));

    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(SD, NE, PD);
    assertProgression(result, 56, false);
  }

  @Test
  void img5_runRestartsAfterAFollowUpWithoutImaging() {
    CaseAssessment result =
        assess(equivocalAt(28, S), visit(42, NE).build(), equivocalAt(56, S), unequivocalAt(84, S));

    assertProgression(result, 56, true);
  }

  @Test
  void img5_followUpWithoutImagingCannotConfirm() {
    CaseAssessment result =
        assess(
            equivocalAt(28, S), equivocalAt(56, S), visit(84, NE).build(), visit(112, SD).build());

    assertThat(result.progression()).isEmpty();
  }

  @Test
  void img5_imagingWithoutTheLesionBreaksTheRun() {
    CaseAssessment result = assess(equivocalAt(28, S), visit(42, SD).build(), unequivocalAt(56, S));

    assertProgression(result, 56, false);
  }

  @Test
  void img5_equivocalAtAnotherSiteDoesNotBackdate() {
    CaseAssessment result =
        assess(equivocalAt(28, OTHER), equivocalAt(56, OTHER), unequivocalAt(84, S));

    assertProgression(result, 84, false);
  }

  @Test
  void img5_onlyTheSiteOfTheUnequivocalLesionBackdates() {
    Visit both = visit(56, SD).equivocalNewLesion(OTHER).equivocalNewLesion(S).build();
    CaseAssessment result = assess(equivocalAt(28, OTHER), both, unequivocalAt(84, S));

    assertProgression(result, 56, true);
  }

  @Test
  void img5_equivocalNeverConfirmedIsNotProgression() {
    CaseAssessment result = assess(equivocalAt(28, S), equivocalAt(56, S), visit(84, SD).build());

    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(SD, SD, SD);
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void img5_equivocalBlocksCr() {
    CaseAssessment result = assess(visit(28, CR).equivocalNewLesion(S).build());

    assertThat(result.timePoints().get(0).overall()).isNotEqualTo(CR);
  }

  @Test
  void img5_backdatingMovesBeforeAnEarlierPdOfAnotherCause() {
    // the first PD (day 56, neurological) is itself within a run of equivocal sightings at S
    // that day 84 confirms: progression goes back to day 28 (TIME-5: the first visit with a
    // later-confirmed equivocal new lesion), while TIME-4/TIME-6 still count from day 56
    Visit neuroPd =
        visit(56, SD).neuro(NeuroExam.normal().with(Lano.GAIT, 3)).equivocalNewLesion(S).build();
    CaseAssessment dateOnly = assessDateOnly(equivocalAt(28, S), neuroPd, unequivocalAt(84, S));
    CaseAssessment result = assess(equivocalAt(28, S), neuroPd, unequivocalAt(84, S));

    assertThat(dateOnly.timePoints()).extracting(TimePoint::overall).containsExactly(SD, PD, PD);
    assertThat(dateOnly.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, false, true);
    assertProgression(dateOnly, 28, true);
    // by default day 28 itself becomes the first PD
    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(PD, PD, PD);
    assertThat(result.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, true, true);
    assertProgression(result, 28, true);
  }

  @Test
  void img5_laterRunDoesNotMoveAnEarlierPd() {
    CaseAssessment result = assess(visit(28, PD).build(), equivocalAt(56, S), unequivocalAt(84, S));

    assertProgression(result, 28, false);
  }

  @Test
  void img5_baselineWithoutImagingIgnoresNewLesions() {
    Visit baseline = Visit.on(BASELINE).neuro(NeuroExam.normal()).csf(CsfSample.positive()).build();
    Visit first =
        CourseFixtures.followUp(28).csf(CsfSample.positive()).equivocalNewLesion(S).build();
    Visit second = CourseFixtures.followUp(56).csf(CsfSample.positive()).newLesion(S).build();

    CaseAssessment result = DEFAULTS.assess(LmCase.of(baseline, first, second));

    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(NE, NE);
    assertThat(result.progression()).isEmpty();
  }

  // --- IMG-5 warnings --------------------------------------------------------------------------

  @Test
  void img5_warnsOfAnEquivocalLesionAwaitingConfirmation() {
    CaseAssessment result = assess(visit(28, SD).build(), equivocalAt(56, S));

    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(ReasonKind.IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION);
              assertThat(w.rule()).isEqualTo(RuleId.IMG_5);
              assertThat(w.value(Fact.SITE, Site.class)).isEqualTo(S);
              assertThat(w.date(Fact.DATE)).isEqualTo(day(56));
            });
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void img5_onlyTheLastSightingAwaitsConfirmation() {
    CaseAssessment result = assess(equivocalAt(28, S), equivocalAt(56, S));

    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(ReasonKind.IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION);
              assertThat(w.date(Fact.DATE)).isEqualTo(day(56));
            });
  }

  @Test
  void img5_equivocalThenUnequivocal_backdatedWithoutWarning() {
    CaseAssessment result = assess(equivocalAt(28, S), unequivocalAt(56, S));

    assertThat(result.warnings()).isEmpty();
    assertProgression(result, 28, true);
  }

  @Test
  void img5_nextFollowUpShowsAnotherSite_bothLesionsWarnedInOrder() {
    CaseAssessment result = assess(equivocalAt(28, OTHER), equivocalAt(56, S));

    assertThat(result.warnings()).hasSize(2);
    assertThat(result.warnings().get(0).kind())
        .isEqualTo(ReasonKind.IMAGING_EQUIVOCAL_NOT_CONFIRMED);
    assertThat(result.warnings().get(0).value(Fact.SITE, Site.class)).isEqualTo(OTHER);
    assertThat(result.warnings().get(0).date(Fact.DATE)).isEqualTo(day(28));
    assertThat(result.warnings().get(1).kind())
        .isEqualTo(ReasonKind.IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION);
    assertThat(result.warnings().get(1).value(Fact.SITE, Site.class)).isEqualTo(S);
    assertThat(result.warnings().get(1).date(Fact.DATE)).isEqualTo(day(56));
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void img5_nextFollowUpWithoutImaging_warnsOfTheUnconfirmedLesion() {
    CaseAssessment result = assess(equivocalAt(28, S), visit(56, NE).build());

    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.kind()).isEqualTo(ReasonKind.IMAGING_EQUIVOCAL_NOT_CONFIRMED);
              assertThat(w.value(Fact.SITE, Site.class)).isEqualTo(S);
              assertThat(w.date(Fact.DATE)).isEqualTo(day(28));
            });
  }

  @Test
  void img5_notShownAgain_andAwaitingConfirmation_areDifferentWarnings() {
    Reason notShownAgain = assess(equivocalAt(28, S), visit(56, SD).build()).warnings().get(0);
    Reason awaiting = assess(visit(28, SD).build(), equivocalAt(56, S)).warnings().get(0);

    assertThat(notShownAgain.kind()).isEqualTo(ReasonKind.IMAGING_EQUIVOCAL_NOT_CONFIRMED);
    assertThat(awaiting.kind()).isEqualTo(ReasonKind.IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION);
  }

  @Test
  void img5_nothingAwaitsConfirmationOnceConfirmed() {
    CaseAssessment result = assess(equivocalAt(28, S), equivocalAt(56, S), unequivocalAt(84, S));

    assertThat(result.warnings())
        .noneMatch(w -> w.kind() == ReasonKind.IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION);
  }

  @Test
  void img5_noWarningWithoutEquivocalLesion() {
    CaseAssessment result = assess(visit(28, SD).build(), unequivocalAt(56, S));

    assertThat(result.warnings()).noneMatch(w -> w.rule() == RuleId.IMG_5);
  }

  // --- the response-sequence entry has no imaging ----------------------------------------------

  @Test
  void time5_sequenceProgressionIsNeverBackdated() {
    CaseAssessment raw =
        assessDateOnly(equivocalAt(28, S), equivocalAt(56, S), unequivocalAt(84, S));
    CaseAssessment sequence = DEFAULTS.assess(CourseFixtures.asSequence(BASELINE, raw));

    assertThat(sequence.progression())
        .hasValueSatisfying(
            p -> {
              assertThat(p.date()).isEqualTo(day(84));
              assertThat(p.daysFromBaseline()).isEqualTo(84);
              assertThat(p.backdated()).isFalse();
            });
  }
}
