package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.CourseFixtures.BASELINE;
import static org.rano.CourseFixtures.csfAt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;
import org.rano.imaging.Site;
import org.rano.neuro.NeuroExam;

/** Confirmed CSF clearance (CSF-6): notes in the case assessment that change no response. */
class CaseAssessmentCsfNotesTest {

  private static final CsfSample ADEQUATE = CsfSample.negative(10);

  private static LocalDate day(int days) {
    return BASELINE.plusDays(days);
  }

  private static CaseAssessment assess(Criteria criteria, Visit... followUps) {
    return RanoLm.of(criteria).assess(LmCase.of(CourseFixtures.baseline(), followUps));
  }

  private static CaseAssessment assess(Visit... followUps) {
    return assess(Criteria.defaults(), followUps);
  }

  private static List<Reason> csfNotes(CaseAssessment result) {
    return result.notes().stream().filter(n -> n.rule() == RuleId.CSF_6).toList();
  }

  private static boolean confirmed(Reason note) {
    return note.kind() == ReasonKind.CSF_CLEARANCE_CONFIRMED;
  }

  private static boolean about(Reason note, int clearing) {
    return note.date(Fact.CLEARANCE_DATE).equals(day(clearing));
  }

  /** Asserts a note says the clearance of {@code clearing} is confirmed. */
  private static void assertConfirmed(CaseAssessment result, int clearing) {
    assertThat(csfNotes(result))
        .as("notes")
        .anyMatch(n -> about(n, clearing) && confirmed(n))
        .noneMatch(n -> about(n, clearing) && !confirmed(n));
  }

  /** Asserts a note says the clearance of {@code clearing} is not confirmed, none that it is. */
  private static void assertNotConfirmed(CaseAssessment result, int clearing) {
    assertThat(csfNotes(result))
        .as("notes")
        .anyMatch(n -> about(n, clearing) && !confirmed(n))
        .noneMatch(n -> about(n, clearing) && confirmed(n));
  }

  @Test
  void csf6_clearanceConfirmedByAnAdequateNegativeSevenDaysLater() {
    CaseAssessment result = assess(csfAt(28, ADEQUATE), csfAt(35, ADEQUATE));

    assertThat(result.timePoints().get(0).assessment().orElseThrow().csf().status())
        .isEqualTo(CsfStatus.CLEARED);
    assertConfirmed(result, 28);
    assertThat(csfNotes(result))
        .anyMatch(n -> confirmed(n) && n.date(Fact.CONFIRMATION_DATE).equals(day(35)));
  }

  @Test
  void csf6_nextNegativeSixDaysLaterIsTooSoon() {
    CaseAssessment result = assess(csfAt(28, ADEQUATE), csfAt(34, ADEQUATE));

    assertNotConfirmed(result, 28);
  }

  @Test
  void csf6_aTooSoonNegativeDoesNotStopALaterOneConfirming() {
    CaseAssessment result = assess(csfAt(28, ADEQUATE), csfAt(31, ADEQUATE), csfAt(42, ADEQUATE));

    assertConfirmed(result, 28);
  }

  @Test
  void csf6_positiveSampleBetweenBreaksConfirmation() {
    CaseAssessment result =
        assess(csfAt(28, ADEQUATE), csfAt(31, CsfSample.positive()), csfAt(42, ADEQUATE));

    assertNotConfirmed(result, 28);
    assertThat(csfNotes(result))
        .anySatisfy(
            note -> {
              assertThat(note.kind()).isEqualTo(ReasonKind.CSF_CLEARANCE_VOIDED);
              assertThat(note.date(Fact.CLEARANCE_DATE)).isEqualTo(day(28));
              assertThat(note.value(Fact.CYTOLOGY, CsfResult.class)).isEqualTo(CsfResult.POSITIVE);
              assertThat(note.date(Fact.DATE)).isEqualTo(day(31));
            });
  }

  @Test
  void csf6_equivocalSampleBetweenBreaksConfirmation() {
    CaseAssessment result =
        assess(
            csfAt(28, ADEQUATE), csfAt(31, CsfSample.of(CsfResult.EQUIVOCAL)), csfAt(42, ADEQUATE));

    assertNotConfirmed(result, 28);
  }

  @Test
  void csf6_negativeUnderFiveMillilitresDoesNotConfirm() {
    CaseAssessment result = assess(csfAt(28, ADEQUATE), csfAt(42, CsfSample.negative(4.9)));

    assertNotConfirmed(result, 28);
  }

  @Test
  void csf6_negativeOfExactlyFiveMillilitresConfirms() {
    CaseAssessment result = assess(csfAt(28, ADEQUATE), csfAt(42, CsfSample.negative(5)));

    assertConfirmed(result, 28);
  }

  @Test
  void csf6_negativeWithoutVolumeConfirms() {
    CaseAssessment result = assess(csfAt(28, ADEQUATE), csfAt(42, CsfSample.negative()));

    assertConfirmed(result, 28);
  }

  @Test
  void csf6_inadequateNegativeBetweenDoesNotBreakConfirmation() {
    CaseAssessment result =
        assess(csfAt(28, ADEQUATE), csfAt(31, CsfSample.negative(2)), csfAt(42, ADEQUATE));

    assertConfirmed(result, 28);
  }

  @Test
  void csf6_visitsWithoutCsfBetweenDoNotBreakConfirmation() {
    Visit noSample = CourseFixtures.followUp(31).target("T1", 2).target("T2", 2).build();
    Visit notDone = csfAt(35, CsfSample.of(CsfResult.NOT_DONE));
    CaseAssessment result = assess(csfAt(28, ADEQUATE), noSample, notDone, csfAt(42, ADEQUATE));

    assertConfirmed(result, 28);
  }

  @Test
  void csf6_noLaterSampleIsNotConfirmed() {
    CaseAssessment result = assess(csfAt(28, ADEQUATE));

    assertNotConfirmed(result, 28);
    assertThat(csfNotes(result))
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.kind()).isEqualTo(ReasonKind.CSF_CLEARANCE_NOT_CONFIRMED);
              assertThat(note.integer(Fact.MINIMUM_DAYS)).isEqualTo(7);
            });
  }

  @Test
  void csf6_inadequateNegativeIsNoClearance() {
    // day 28 is INADEQUATE (CSF-1), not a clearance; day 35 clears, day 42 confirms it
    CaseAssessment result =
        assess(csfAt(28, CsfSample.negative(3)), csfAt(35, ADEQUATE), csfAt(42, ADEQUATE));

    assertThat(csfNotes(result)).noneMatch(n -> about(n, 28));
    assertConfirmed(result, 35);
  }

  @Test
  void csf6_confirmationDaysIsAPolicy() {
    Criteria fortnight = Criteria.defaults().withCsfClearanceConfirmationDays(14);

    assertNotConfirmed(assess(fortnight, csfAt(28, ADEQUATE), csfAt(35, ADEQUATE)), 28);
    assertNotConfirmed(assess(fortnight, csfAt(28, ADEQUATE), csfAt(41, ADEQUATE)), 28);
    assertConfirmed(assess(fortnight, csfAt(28, ADEQUATE), csfAt(42, ADEQUATE)), 28);
  }

  @Test
  void csf6_noNotesWithoutPositiveBaseline() {
    Visit baseline =
        Visit.on(BASELINE)
            .neuro(NeuroExam.normal())
            .csf(CsfSample.negative(10))
            .target("T1", Site.BRAIN_NODULE, 2)
            .build();
    Visit first = CourseFixtures.followUp(28).csf(ADEQUATE).target("T1", 2).build();
    Visit second = CourseFixtures.followUp(42).csf(ADEQUATE).target("T1", 2).build();

    CaseAssessment result = RanoLm.withDefaults().assess(LmCase.of(baseline, first, second));

    assertThat(csfNotes(result)).isEmpty();
  }

  @Test
  void csf6_confirmationDoesNotChangeAnyResponse() {
    Visit clearing = CourseFixtures.visit(28, Response.PR).csf(ADEQUATE).build();
    CaseAssessment confirmed = assess(clearing, csfAt(35, ADEQUATE));
    CaseAssessment unconfirmed = assess(clearing, csfAt(35, CsfSample.positive()));

    assertConfirmed(confirmed, 28);
    assertNotConfirmed(unconfirmed, 28);
    assertThat(confirmed.timePoints().get(0).overall()).isEqualTo(Response.PR);
    assertThat(unconfirmed.timePoints().get(0).overall()).isEqualTo(Response.PR);
    assertThat(confirmed.timePoints().get(0).assessment())
        .isEqualTo(unconfirmed.timePoints().get(0).assessment());
  }
}
