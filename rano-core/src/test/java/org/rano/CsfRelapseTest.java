package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.rano.CourseFixtures.BASELINE;
import static org.rano.CourseFixtures.csfAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rano.csf.CsfFinding;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;

/**
 * CSF-7: with a POSITIVE baseline, a POSITIVE sample after a clearance confirmed under CSF-6 is a
 * relapse, CONVERTED and so PD under CSF-4 (policy {@code csfRelapseAfterClearance}). The visits of
 * {@link CourseFixtures#csfAt} have stable imaging and a normal exam, so their overall response is
 * SD unless the CSF decides otherwise.
 */
class CsfRelapseTest {

  private static final CsfSample NEGATIVE = CsfSample.negative(10);
  private static final CsfSample POSITIVE = CsfSample.positive();
  private static final CsfSample EQUIVOCAL = CsfSample.of(CsfResult.EQUIVOCAL);
  private static final Criteria PERSISTENT =
      Criteria.defaults().withCsfRelapseAfterClearance(CsfRelapseAfterClearance.PERSISTENT);

  private static CaseAssessment assess(Criteria criteria, Visit... followUps) {
    return RanoLm.of(criteria).assess(LmCase.of(CourseFixtures.baseline(), followUps));
  }

  private static CaseAssessment assess(Visit... followUps) {
    return assess(Criteria.defaults(), followUps);
  }

  private static VisitAssessment at(CaseAssessment result, int index) {
    return result.timePoints().get(index).assessment().orElseThrow();
  }

  private static LocalDate day(int days) {
    return BASELINE.plusDays(days);
  }

  /** Asserts the follow-up's CSF reason is a relapse after the clearance confirmed so. */
  private static void assertRelapse(VisitAssessment visit, int cleared, int confirmed) {
    assertThat(visit.csf().reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.kind()).isEqualTo(ReasonKind.CSF_RELAPSE);
              assertThat(reason.rule()).isEqualTo(RuleId.CSF_7);
              assertThat(reason.date(Fact.CLEARANCE_DATE)).isEqualTo(day(cleared));
              assertThat(reason.date(Fact.CONFIRMATION_DATE)).isEqualTo(day(confirmed));
              assertThat(reason.value(Fact.BASELINE_CYTOLOGY, CsfResult.class))
                  .isEqualTo(CsfResult.POSITIVE);
              assertThat(reason.value(Fact.CYTOLOGY, CsfResult.class))
                  .isEqualTo(CsfResult.POSITIVE);
            });
  }

  @Test
  void csf7_positiveAfterConfirmedClearance_isRelapseAndProgression() {
    CaseAssessment result = assess(csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), csfAt(63, POSITIVE));

    VisitAssessment relapse = at(result, 2);
    assertThat(relapse.csf().status()).isEqualTo(CsfStatus.CONVERTED);
    assertThat(relapse.csf().rule()).isEqualTo(RuleId.CSF_7);
    assertThat(relapse.rules()).containsSubsequence(RuleId.CSF_7, RuleId.OVR_1);
    assertThat(relapse.overall()).isEqualTo(Response.PD);
    assertThat(result.progression().orElseThrow().date()).isEqualTo(BASELINE.plusDays(63));
  }

  @Test
  void csf7_reasonNamesTheClearanceAndItsConfirmation() {
    CaseAssessment result = assess(csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), csfAt(63, POSITIVE));

    assertRelapse(at(result, 2), 28, 35);
  }

  @Test
  void csf7_confirmationGapOneDayShort_staysPersistent() {
    CaseAssessment result = assess(csfAt(28, NEGATIVE), csfAt(34, NEGATIVE), csfAt(63, POSITIVE));

    assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(at(result, 2).csf().rule()).isEqualTo(RuleId.CSF_3);
    assertThat(at(result, 2).overall()).isEqualTo(Response.SD);
  }

  @Test
  void csf7_confirmationGapExactlyMet_isRelapse() {
    CaseAssessment result = assess(csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), csfAt(36, POSITIVE));

    assertThat(at(result, 2).csf().rule()).isEqualTo(RuleId.CSF_7);
  }

  @Test
  void csf7_confirmationGapIsThePolicyOfCsf6() {
    Criteria fortnight = Criteria.defaults().withCsfClearanceConfirmationDays(14);

    assertThat(
            at(assess(fortnight, csfAt(28, NEGATIVE), csfAt(41, NEGATIVE), csfAt(63, POSITIVE)), 2)
                .csf()
                .status())
        .isEqualTo(CsfStatus.PERSISTENT);
    assertThat(
            at(assess(fortnight, csfAt(28, NEGATIVE), csfAt(42, NEGATIVE), csfAt(63, POSITIVE)), 2)
                .csf()
                .status())
        .isEqualTo(CsfStatus.CONVERTED);
  }

  @Test
  void csf7_oneNegativeThenPositive_staysPersistent() {
    CaseAssessment result = assess(csfAt(28, NEGATIVE), csfAt(63, POSITIVE));

    assertThat(at(result, 0).csf().status()).isEqualTo(CsfStatus.CLEARED);
    assertThat(at(result, 1).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void csf7_equivocalBeforeConfirmation_voidsTheClearance() {
    CaseAssessment result =
        assess(csfAt(28, NEGATIVE), csfAt(31, EQUIVOCAL), csfAt(42, NEGATIVE), csfAt(63, POSITIVE));

    assertThat(at(result, 1).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    // day 42 is a new clearance, not the confirmation of day 28's; nothing confirms it
    assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.CLEARED);
    assertThat(at(result, 3).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
  }

  @Test
  void csf7_positiveBeforeConfirmation_voidsTheClearance() {
    CaseAssessment result =
        assess(csfAt(28, NEGATIVE), csfAt(31, POSITIVE), csfAt(42, NEGATIVE), csfAt(63, POSITIVE));

    assertThat(at(result, 1).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(at(result, 3).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
  }

  @Test
  void csf7_equivocalAfterConfirmation_isPersistentAndKeepsTheConfirmedState() {
    CaseAssessment result =
        assess(csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), csfAt(49, EQUIVOCAL), csfAt(63, POSITIVE));

    assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(at(result, 2).overall()).isEqualTo(Response.SD);
    assertThat(at(result, 3).csf().rule()).isEqualTo(RuleId.CSF_7);
    assertRelapse(at(result, 3), 28, 35);
  }

  @Test
  void csf7_inadequateNegativeDoesNotConfirm() {
    CaseAssessment result =
        assess(csfAt(28, NEGATIVE), csfAt(42, CsfSample.negative(4.9)), csfAt(63, POSITIVE));

    assertThat(at(result, 1).csf().status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
  }

  @Test
  void csf7_inadequateNegativeDoesNotClear() {
    CaseAssessment result =
        assess(csfAt(28, CsfSample.negative(4.9)), csfAt(42, NEGATIVE), csfAt(63, POSITIVE));

    assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
  }

  @Test
  void csf7_visitsWithoutCsfDoNotEndTheConfirmedState() {
    Visit noSample = CourseFixtures.followUp(42).target("T1", 2).target("T2", 2).build();
    Visit notDone = csfAt(49, CsfSample.of(CsfResult.NOT_DONE));
    CaseAssessment result =
        assess(csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), noSample, notDone, csfAt(63, POSITIVE));

    assertThat(at(result, 4).csf().rule()).isEqualTo(RuleId.CSF_7);
  }

  @Test
  void csf7_laterNegativesAfterConfirmation_doNotMoveTheClearance() {
    CaseAssessment result =
        assess(csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), csfAt(49, NEGATIVE), csfAt(63, POSITIVE));

    assertRelapse(at(result, 3), 28, 35);
  }

  @Test
  void csf7_relapseEndsTheConfirmedState_aNewClearanceMustBeConfirmedAgain() {
    CaseAssessment unconfirmed =
        assess(
            csfAt(28, NEGATIVE),
            csfAt(35, NEGATIVE),
            csfAt(49, POSITIVE),
            csfAt(63, NEGATIVE),
            csfAt(91, POSITIVE));
    CaseAssessment confirmed =
        assess(
            csfAt(28, NEGATIVE),
            csfAt(35, NEGATIVE),
            csfAt(49, POSITIVE),
            csfAt(63, NEGATIVE),
            csfAt(70, NEGATIVE),
            csfAt(91, POSITIVE));

    assertThat(at(unconfirmed, 2).csf().rule()).isEqualTo(RuleId.CSF_7);
    assertThat(at(unconfirmed, 4).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(at(confirmed, 5).csf().rule()).isEqualTo(RuleId.CSF_7);
    assertRelapse(at(confirmed, 5), 63, 70);
  }

  @Test
  void csf7_policyPersistent_keepsTheCsfTable() {
    CaseAssessment result =
        assess(PERSISTENT, csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), csfAt(63, POSITIVE));

    assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(at(result, 2).csf().rule()).isEqualTo(RuleId.CSF_3);
    assertThat(at(result, 2).overall()).isEqualTo(Response.SD);
    assertThat(result.criteria().policies())
        .containsEntry("csfRelapseAfterClearance", "PERSISTENT");
  }

  @Test
  void csf7_conversionNotProgression_relapseBlocksAResponseWithoutPd() {
    Criteria notPd = Criteria.defaults().withCsfConversionIsProgression(false);
    Visit prImaging = CourseFixtures.visit(63, Response.PR).csf(POSITIVE).build();
    CaseAssessment result = assess(notPd, csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), prImaging);

    assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.CONVERTED);
    assertThat(at(result, 2).overall()).isEqualTo(Response.SD);
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void csf7_appliesOnlyAfterAPositiveBaseline() {
    for (CsfSample baselineSample : List.of(CsfSample.negative(10), EQUIVOCAL)) {
      Visit baseline = Fixtures.twoLesionBaseline().csf(baselineSample).build();
      CaseAssessment result =
          RanoLm.withDefaults()
              .assess(
                  LmCase.of(
                      baseline, csfAt(28, NEGATIVE), csfAt(35, NEGATIVE), csfAt(63, POSITIVE)));

      // converted already by the table (CSF-4), never by CSF-7
      assertThat(at(result, 2).csf().status()).isEqualTo(CsfStatus.CONVERTED);
      assertThat(at(result, 2).csf().rule())
          .as("baseline %s", baselineSample)
          .isEqualTo(RuleId.CSF_4);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Properties over random CSF courses (fixed seeds): every follow-up is a csfAt visit whose
  // sample is drawn from the six kinds a course can hold.

  private static final List<Optional<CsfSample>> KINDS =
      List.of(
          Optional.of(POSITIVE),
          Optional.of(EQUIVOCAL),
          Optional.of(NEGATIVE),
          Optional.of(CsfSample.negative(3)),
          Optional.of(CsfSample.of(CsfResult.NOT_DONE)),
          Optional.empty());

  /** A course: per follow-up, the days since the previous visit (1-20) and a sample kind. */
  private static Gen<List<int[]>> courses() {
    Gen<int[]> step =
        integers()
            .between(1, 20)
            .zip(integers().between(0, KINDS.size() - 1), (gap, kind) -> new int[] {gap, kind});
    return lists().of(step).ofSizeBetween(1, 12);
  }

  private static Visit[] visits(List<int[]> course) {
    List<Visit> visits = new ArrayList<>();
    int day = 0;
    for (int[] step : course) {
      day += step[0];
      Optional<CsfSample> sample = KINDS.get(step[1]);
      visits.add(
          sample.isPresent()
              ? csfAt(day, sample.get())
              : CourseFixtures.followUp(day).target("T1", 2).target("T2", 2).build());
    }
    return visits.toArray(new Visit[0]);
  }

  @Test
  void csf7_persistentPolicy_isTheCsfTableAloneAtEveryVisit() {
    qt().withFixedSeed(7_001L)
        .withExamples(2_000)
        .forAll(courses())
        .checkAssert(
            course -> {
              Visit[] visits = visits(course);
              CaseAssessment result = assess(PERSISTENT, visits);
              for (int i = 0; i < visits.length; i++) {
                CsfFinding table =
                    CsfRules.assess(CourseFixtures.baseline().csf(), visits[i].csf());
                assertThat(at(result, i).csf()).isEqualTo(table);
              }
            });
  }

  @Test
  void csf7_neverMakesAVisitBetter_onlyPdOrLostResponse() {
    Criteria[] settings = {
      Criteria.defaults(), Criteria.defaults().withCsfConversionIsProgression(false)
    };
    qt().withFixedSeed(7_002L)
        .withExamples(2_000)
        .forAll(courses(), integers().between(0, 1))
        .checkAssert(
            (course, setting) -> {
              Visit[] visits = visits(course);
              Criteria converted = settings[setting];
              CaseAssessment with = assess(converted, visits);
              CaseAssessment without =
                  assess(
                      converted.withCsfRelapseAfterClearance(CsfRelapseAfterClearance.PERSISTENT),
                      visits);
              for (int i = 0; i < visits.length; i++) {
                VisitAssessment a = at(with, i);
                VisitAssessment b = at(without, i);
                if (a.csf().rule() != RuleId.CSF_7) {
                  assertThat(a).isEqualTo(b);
                } else if (converted.csfConversionIsProgression()) {
                  assertThat(a.overall()).isEqualTo(Response.PD);
                } else {
                  assertThat(a.overall()).isIn(Response.SD, Response.NE);
                }
              }
            });
  }

  @Test
  void csf7_changesNothingWithoutAPositiveBaseline() {
    Visit negativeBaseline = Fixtures.twoLesionBaseline().csf(NEGATIVE).build();
    qt().withFixedSeed(7_003L)
        .withExamples(1_000)
        .forAll(courses())
        .checkAssert(
            course -> {
              LmCase lmCase = LmCase.of(negativeBaseline, visits(course));
              assertThat(RanoLm.withDefaults().assess(lmCase).timePoints())
                  .isEqualTo(RanoLm.of(PERSISTENT).assess(lmCase).timePoints());
            });
  }
}
