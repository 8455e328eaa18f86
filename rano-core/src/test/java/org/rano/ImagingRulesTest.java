package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rano.Fixtures.day;
import static org.rano.Fixtures.kinds;
import static org.rano.Fixtures.only;
import static org.rano.Fixtures.scoredBaseline;
import static org.rano.Fixtures.scoredFollowUp;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.NeuroExam;

/**
 * IMG-1 to IMG-14 (spec section 4), each on both sides of its boundary, with the reasons that name
 * the reference a composite rose against (IMG-6, IMG-12), what blocked a CR (IMG-7), the evaluable
 * composite (IMG-10) and a non-target left out (IMG-13). Reasons are free text: only rule IDs, ids
 * and key words are checked.
 */
class ImagingRulesTest {

  private static final Criteria NADIR =
      Criteria.defaults().withImagingProgressionReference(ImagingProgressionReference.NADIR);

  private static ImagingFinding imaging(Visit.Builder baseline, Visit.Builder followUp) {
    return Fixtures.assess(baseline, followUp).imaging();
  }

  private static ImagingFinding composite(int[] baseline, int[] followUp) {
    return imaging(scoredBaseline(baseline), scoredFollowUp(followUp));
  }

  private static int[] scores(int... scores) {
    return scores;
  }

  private static ImagingFinding[] series(Criteria criteria, Visit baseline, Visit... followUps) {
    CaseAssessment result = Fixtures.assessCase(criteria, baseline, followUps);
    ImagingFinding[] findings = new ImagingFinding[followUps.length];
    for (int i = 0; i < followUps.length; i++) {
      findings[i] = Fixtures.visit(result, i).imaging();
    }
    return findings;
  }

  private static Visit followUpOn(int day, int... scores) {
    return followUpBuilder(day, scores).build();
  }

  /** A follow-up with a normal exam and negative cytology; a score below 0 is NE. */
  private static Visit.Builder followUpBuilder(int day, int... scores) {
    Visit.Builder visit = Visit.on(day(day)).neuro(NeuroExam.normal()).csf(CsfSample.negative());
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] < 0) {
        visit.targetNotEvaluable("T" + (i + 1));
      } else {
        visit.target("T" + (i + 1), scores[i]);
      }
    }
    return visit;
  }

  // IMG-15: disease seen again after a radiological CR is PD, whatever the change from baseline

  @Test
  void img15_targetBackAtOneAfterCr_isPd() {
    // B = 4, CR, then F = 1 would be PR at -75 % without IMG-15
    ImagingFinding[] findings =
        series(
            Criteria.defaults(),
            scoredBaseline(2, 2).build(),
            followUpOn(28, 0, 0),
            followUpOn(56, 1, 0));

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.CR);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PD);
    assertThat(findings[1].rules()).contains(RuleId.IMG_15).doesNotContain(RuleId.IMG_6);
    assertThat(findings[1].compositeChangePercent())
        .hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("-75.0"));
    Reason seen = only(findings[1].reasons(), ReasonKind.IMAGING_TARGET_SEEN_AGAIN);
    assertThat(seen.string(Fact.LESION)).isEqualTo("T1");
    assertThat(seen.integer(Fact.SCORE)).isEqualTo(1);
    assertThat(seen.date(Fact.CR_DATE)).isEqualTo(day(28));
  }

  @Test
  void img15_nonTargetPresentAfterCr_isPd() {
    Visit baseline =
        scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT).build();
    Visit cr = followUpBuilder(28, 0, 0).nonTarget("N1", NonTargetStatus.ABSENT).build();
    Visit back = followUpBuilder(56, 0, 0).nonTarget("N1", NonTargetStatus.PRESENT).build();

    ImagingFinding[] findings = series(Criteria.defaults(), baseline, cr, back);

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.CR);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PD);
    Reason seen = only(findings[1].reasons(), ReasonKind.IMAGING_NON_TARGET_SEEN_AGAIN);
    assertThat(seen.string(Fact.LESION)).isEqualTo("N1");
    assertThat(seen.date(Fact.CR_DATE)).isEqualTo(day(28));
    assertThat(kinds(findings[1].reasons())).doesNotContain(ReasonKind.IMAGING_TARGET_SEEN_AGAIN);
  }

  @Test
  void img15_nonTargetNeAfterCr_isNotReappearance() {
    Visit baseline =
        scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT).build();
    Visit cr = followUpBuilder(28, 0, 0).nonTarget("N1", NonTargetStatus.ABSENT).build();
    Visit unknown = followUpBuilder(56, 0, 0).nonTarget("N1", NonTargetStatus.NE).build();

    ImagingFinding[] findings = series(Criteria.defaults(), baseline, cr, unknown);

    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PR);
    assertThat(findings[1].rules()).doesNotContain(RuleId.IMG_15);
  }

  @Test
  void img15_stillZeroAfterCr_staysCr() {
    ImagingFinding[] findings =
        series(
            Criteria.defaults(),
            scoredBaseline(2, 2).build(),
            followUpOn(28, 0, 0),
            followUpOn(56, 0, 0));

    assertThat(findings[1].status()).isEqualTo(ImagingStatus.CR);
  }

  @Test
  void img15_notBeforeAnyCr_theCompositeDecides() {
    // 0 with a new lesion is PR, not CR: F = 1 afterwards is still PR against baseline
    ImagingFinding[] findings =
        series(
            Criteria.defaults(),
            scoredBaseline(2, 2).build(),
            followUpBuilder(28, 0, 0).equivocalNewLesion(Site.SPINE_NODULE).build(),
            followUpOn(56, 1, 0));

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.PR);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PR);
    assertThat(findings[1].rules()).doesNotContain(RuleId.IMG_15);
  }

  @Test
  void img15_underNadirToo() {
    ImagingFinding[] findings =
        series(NADIR, scoredBaseline(2, 2).build(), followUpOn(28, 0, 0), followUpOn(56, 1, 0));

    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PD);
    assertThat(findings[1].rules()).contains(RuleId.IMG_15);
  }

  @Test
  void img15_withAnotherTargetNe_progressionStands() {
    ImagingFinding[] findings =
        series(
            Criteria.defaults(),
            scoredBaseline(2, 2).build(),
            followUpOn(28, 0, 0),
            followUpOn(56, 1, -1));

    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PD);
    assertThat(findings[1].rules()).contains(RuleId.IMG_10, RuleId.IMG_15);
  }

  @Test
  void img15_aCrBetweenImagingNotDone_stillCounts() {
    Visit noImaging = Visit.on(day(42)).neuro(NeuroExam.normal()).build();
    ImagingFinding[] findings =
        series(
            Criteria.defaults(),
            scoredBaseline(2, 2).build(),
            followUpOn(28, 0, 0),
            noImaging,
            followUpOn(56, 0, 1));

    assertThat(findings[2].status()).isEqualTo(ImagingStatus.PD);
    assertThat(only(findings[2].reasons(), ReasonKind.IMAGING_TARGET_SEEN_AGAIN).date(Fact.CR_DATE))
        .isEqualTo(day(28));
  }

  // IMG-1: at most five targets, fixed at baseline, present at baseline, unique ids

  @Test
  void img1_fiveTargets_isValid() {
    assertThatCode(() -> composite(scores(1, 1, 1, 1, 1), scores(1, 1, 1, 1, 1)))
        .doesNotThrowAnyException();
  }

  @Test
  void img1_sixTargets_isInvalid() {
    Visit.Builder baseline = scoredBaseline(1, 1, 1, 1, 1).target("T6", Site.HYDROCEPHALUS, 1);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, baseline::build);

    assertThat(e.path()).isEqualTo("targets");
    assertThat(e.getMessage()).contains("6").contains("at most 5");
  }

  @Test
  void img1_duplicateTargetId_isInvalid() {
    Visit.Builder baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .target("T1", Site.BRAIN_NODULE, 1)
            .target("T1", Site.SPINE_NODULE, 1);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, baseline::build);

    assertThat(e.path()).isEqualTo("targets[1].id");
    assertThat(e.getMessage()).contains("T1");
  }

  @Test
  void img1_targetAndNonTargetSharingAnId_isInvalid() {
    Visit.Builder baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .target("L1", Site.BRAIN_NODULE, 1)
            .nonTarget("L1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT);

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, baseline::build);

    assertThat(e.path()).isEqualTo("nonTargets[0].id");
    assertThat(e.getMessage()).contains("L1");
  }

  @Test
  void img1_baselineTargetScoredZero_isInvalid() {
    Visit baseline = Visit.on(Fixtures.BASELINE_DATE).target("T1", Site.BRAIN_NODULE, 0).build();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LmCase.of(baseline));

    assertThat(e.path()).isEqualTo("baseline.targets[0].score");
    assertThat(e.getMessage()).contains("0").contains("1..3");
  }

  @Test
  void img1_secondBaselineTargetScoredZero_isInvalidAtItsScore() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> LmCase.of(scoredBaseline(2).target("T2", Site.SPINE_NODULE, 0).build()));

    assertThat(e.path()).isEqualTo("baseline.targets[1].score");
    assertThat(e.value()).isEqualTo("0");
    assertThat(e.problem()).contains("1..3");
  }

  @Test
  void img1_baselineTargetsScoredOneToThree_areValid() {
    LmCase lmCase = LmCase.of(scoredBaseline(1, 2, 3).build());

    assertThat(lmCase.baseline().imaging().orElseThrow().targets()).hasSize(3);
  }

  @Test
  void img1_baselineTargetNotEvaluable_isInvalid() {
    Visit baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .target("T1", Site.BRAIN_NODULE, 2)
            .target(TargetLesion.notEvaluable("T2").withSite(Site.SPINE_NODULE))
            .build();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LmCase.of(baseline));

    assertThat(e.path()).isEqualTo("baseline.targets[1].score");
    assertThat(e.getMessage()).contains("1..3");
  }

  @Test
  void img1_baselineTargetWithoutSite_isInvalid() {
    Visit baseline = Visit.on(Fixtures.BASELINE_DATE).target("T1", 2).build();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LmCase.of(baseline));

    assertThat(e.path()).isEqualTo("baseline.targets[0].site");
  }

  @Test
  void img1_followUpCannotAddATarget() {
    Visit.Builder followUp = scoredFollowUp(2, 2).target("T3", 1);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Fixtures.assess(scoredBaseline(2, 2), followUp));

    assertThat(e.path()).isEqualTo("followUps[0].targets[2].id");
    assertThat(e.getMessage()).contains("T3").contains("T1, T2");
  }

  @Test
  void img1_followUpMustReportEveryBaselineTarget() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Fixtures.assess(scoredBaseline(2, 2), scoredFollowUp(2)));

    assertThat(e.path()).isEqualTo("followUps[0].targets");
    assertThat(e.value()).isEqualTo("T2");
    assertThat(e.getMessage()).contains("T2");
  }

  @Test
  void img1_followUpReportingATargetAsNe_isValid() {
    Visit.Builder followUp = scoredFollowUp(2).targetNotEvaluable("T2");

    assertThat(imaging(scoredBaseline(2, 2), followUp).status()).isEqualTo(ImagingStatus.NE);
  }

  @Test
  void img1_followUpMayListTargetsInAnyOrder() {
    Visit.Builder followUp =
        Visit.on(day(28))
            .neuro(NeuroExam.normal())
            .csf(CsfSample.negative())
            .target("T2", 1)
            .target("T1", 1);

    assertThat(imaging(scoredBaseline(2, 2), followUp).status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img1_followUpRepeatingTheBaselineSite_isValid() {
    Visit.Builder followUp = Visit.on(day(28)).target("T1", Site.BRAIN_NODULE, 1).target("T2", 1);

    assertThat(imaging(scoredBaseline(2, 2), followUp).status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img1_followUpGivingAnotherSite_isInvalid() {
    Visit.Builder followUp = Visit.on(day(28)).target("T1", 1).target("T2", Site.HYDROCEPHALUS, 1);

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Fixtures.assess(scoredBaseline(2, 2), followUp));

    assertThat(e.path()).isEqualTo("followUps[0].targets[1].site");
    assertThat(e.getMessage()).contains("HYDROCEPHALUS").contains("SPINE_NODULE");
  }

  // IMG-2: lesion score 0-3 or NE

  @Test
  void img2_scoreThree_isValid() {
    assertThat(TargetLesion.of("T1", 3).score()).hasValue(3);
  }

  @Test
  void img2_scoreZero_isValidAtFollowUp() {
    assertThat(TargetLesion.of("T1", 0).score()).hasValue(0);
  }

  @Test
  void img2_scoreFour_isInvalid() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> TargetLesion.of("T1", 4));

    assertThat(e.path()).isEqualTo("score");
    assertThat(e.getMessage()).contains("4").contains("0..3");
  }

  @Test
  void img2_scoreMinusOne_isInvalid() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Visit.on(day(28)).target("T1", 1).target("T2", -1));

    assertThat(e.path()).isEqualTo("targets[1].score");
    assertThat(e.getMessage()).contains("-1").contains("0..3");
  }

  @Test
  void img2_baselineScoreFour_isInvalid() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Visit.on(Fixtures.BASELINE_DATE).target("T1", Site.BRAIN_NODULE, 4));

    assertThat(e.path()).isEqualTo("targets[0].score");
  }

  @Test
  void img2_notEvaluable_hasNoScore() {
    assertThat(TargetLesion.notEvaluable("T1").score()).isEmpty();
  }

  // IMG-3: the composite is the sum of the scores

  @Test
  void img3_composite_isTheSumOfTheTargetScores() {
    ImagingFinding finding = composite(scores(1, 2, 3), scores(0, 1, 2));

    assertThat(finding.baselineCompositeScore()).hasValue(6);
    assertThat(finding.compositeScore()).hasValue(3);
    assertThat(finding.evaluableCompositeScore()).hasValue(3);
    assertThat(finding.compositeChangePercent())
        .hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("-50.0"));
  }

  @Test
  void img3_fiveTargetsAtThree_isFifteen() {
    ImagingFinding finding = composite(scores(3, 3, 3, 3, 3), scores(3, 3, 3, 3, 3));

    assertThat(finding.baselineCompositeScore()).hasValue(15);
    assertThat(finding.compositeScore()).hasValue(15);
    assertThat(finding.status()).isEqualTo(ImagingStatus.SD);
  }

  // IMG-4: measurable nodules and SPD (information only)

  @Test
  void img4_elevenBySix_isMeasurable() {
    assertThat(Diameters.of(11, 6).isMeasurable(MeasurableNodule.GT_10X5)).isTrue();
  }

  @Test
  void img4_tenBySix_isNotMeasurable() {
    assertThat(Diameters.of(10, 6).isMeasurable(MeasurableNodule.GT_10X5)).isFalse();
  }

  @Test
  void img4_elevenByFive_isNotMeasurable() {
    assertThat(Diameters.of(11, 5).isMeasurable(MeasurableNodule.GT_10X5)).isFalse();
  }

  @Test
  void img4_tenPoint1ByFivePoint1_isMeasurable() {
    assertThat(Diameters.of(10.1, 5.1).isMeasurable(MeasurableNodule.GT_10X5)).isTrue();
  }

  @Test
  void img4_atLeastTenByFive_includesTheBoundary() {
    assertThat(Diameters.of(10, 5).isMeasurable(MeasurableNodule.GE_10X5)).isTrue();
    assertThat(Diameters.of(9.9, 5).isMeasurable(MeasurableNodule.GE_10X5)).isFalse();
    assertThat(Diameters.of(10, 4.9).isMeasurable(MeasurableNodule.GE_10X5)).isFalse();
  }

  @Test
  void img4_aboveFiveByFive_excludesTheBoundary() {
    assertThat(Diameters.of(5.1, 5.1).isMeasurable(MeasurableNodule.GT_5X5)).isTrue();
    assertThat(Diameters.of(6, 5).isMeasurable(MeasurableNodule.GT_5X5)).isFalse();
    assertThat(Diameters.of(5, 5).isMeasurable(MeasurableNodule.GT_5X5)).isFalse();
  }

  @Test
  void img4_atLeastFiveByFive_includesTheBoundary() {
    assertThat(Diameters.of(5, 5).isMeasurable(MeasurableNodule.GE_5X5)).isTrue();
    assertThat(Diameters.of(5, 4.9).isMeasurable(MeasurableNodule.GE_5X5)).isFalse();
  }

  @Test
  void img4_diametersAreComparedExactly() {
    assertThat(
            Diameters.of(new BigDecimal("10.0000000001"), new BigDecimal("5.0000000001"))
                .isMeasurable(MeasurableNodule.GT_10X5))
        .isTrue();
    assertThat(
            Diameters.of(new BigDecimal("10.000"), new BigDecimal("5.000"))
                .isMeasurable(MeasurableNodule.GE_10X5))
        .isTrue();
  }

  @Test
  void img4_longEqualToShort_isValid() {
    Diameters round = Diameters.of(12, 12);

    assertThat(round.product()).isEqualByComparingTo("144");
  }

  @Test
  void img4_product_isExact() {
    assertThat(Diameters.of(10.1, 5.1).product()).isEqualByComparingTo("51.51");
  }

  private static Visit.Builder spdBaseline() {
    return Visit.on(Fixtures.BASELINE_DATE)
        .neuro(NeuroExam.normal())
        .csf(CsfSample.negative())
        .target(TargetLesion.of("T1", Site.BRAIN_NODULE, 2).withDiameters(12, 8))
        .target(TargetLesion.of("T2", Site.SPINE_NODULE, 2).withDiameters(20, 10))
        .target(TargetLesion.of("T3", Site.BRAIN_NODULE, 1).withDiameters(10, 6))
        .target(
            TargetLesion.of("T4", Site.BRAIN_LEPTOMENINGEAL_ENHANCEMENT, 2).withDiameters(30, 20));
  }

  @Test
  void img4_spd_sumsTheMeasurableTargetNodules() {
    Visit.Builder followUp =
        Visit.on(day(28))
            .neuro(NeuroExam.normal())
            .csf(CsfSample.negative())
            .target(TargetLesion.of("T1", 1).withDiameters(10, 6))
            .target("T2", 2)
            .target(TargetLesion.of("T3", 1).withDiameters(12, 7))
            .target(TargetLesion.of("T4", 2).withDiameters(30, 20));

    ImagingFinding finding = imaging(spdBaseline(), followUp);

    assertThat(finding.baselineSpd())
        .hasValueSatisfying(spd -> assertThat(spd).isEqualByComparingTo("296"));
    assertThat(finding.spd()).hasValueSatisfying(spd -> assertThat(spd).isEqualByComparingTo("60"));
  }

  @Test
  void img4_spd_emptyWhenNoMeasurableNoduleHasDiametersAtTheVisit() {
    Visit.Builder followUp =
        Visit.on(day(28))
            .target("T1", 1)
            .target("T2", 2)
            .target(TargetLesion.of("T3", 1).withDiameters(12, 7))
            .target(TargetLesion.of("T4", 2).withDiameters(30, 20));

    ImagingFinding finding = imaging(spdBaseline(), followUp);

    assertThat(finding.spd()).isEmpty();
    assertThat(finding.baselineSpd()).isPresent();
  }

  @Test
  void img4_spd_emptyWhenNoTargetNoduleWasMeasurable() {
    Visit.Builder baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .target(TargetLesion.of("T1", Site.BRAIN_NODULE, 2).withDiameters(10, 5));
    Visit.Builder followUp =
        Visit.on(day(28)).target(TargetLesion.of("T1", 2).withDiameters(20, 15));

    ImagingFinding finding = imaging(baseline, followUp);

    assertThat(finding.baselineSpd()).isEmpty();
    assertThat(finding.spd()).isEmpty();
  }

  @Test
  void img4_spd_followsTheMeasurableNodulePolicy() {
    Visit baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .target(TargetLesion.of("T1", Site.BRAIN_NODULE, 2).withDiameters(10, 5))
            .build();
    Visit followUp = Visit.on(day(28)).target(TargetLesion.of("T1", 2).withDiameters(8, 4)).build();

    ImagingFinding finding =
        series(
            Criteria.defaults().withMeasurableNodule(MeasurableNodule.GE_10X5), baseline, followUp)[
            0];

    assertThat(finding.baselineSpd())
        .hasValueSatisfying(spd -> assertThat(spd).isEqualByComparingTo("50"));
    assertThat(finding.spd()).hasValueSatisfying(spd -> assertThat(spd).isEqualByComparingTo("32"));
  }

  @Test
  void img4_spd_neverChangesTheComposite() {
    Visit.Builder baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .target(TargetLesion.of("T1", Site.BRAIN_NODULE, 2).withDiameters(12, 8));
    Visit.Builder followUp =
        Visit.on(day(28)).target(TargetLesion.of("T1", 2).withDiameters(40, 30));

    ImagingFinding finding = imaging(baseline, followUp);

    assertThat(finding.status()).isEqualTo(ImagingStatus.SD);
    assertThat(finding.compositeScore()).hasValue(2);
  }

  @Test
  void img4_measurableNoduleThresholds_describeThemselves() {
    assertThat(MeasurableNodule.GT_10X5.describe()).isEqualTo("long > 10 mm and short > 5 mm");
    assertThat(MeasurableNodule.GE_5X5.describe()).isEqualTo("long >= 5 mm and short >= 5 mm");
    assertThat(List.of(MeasurableNodule.values()))
        .allSatisfy(t -> assertThat(t.describe()).startsWith("long").endsWith(" mm"));
  }

  // IMG-5: new lesions

  @Test
  void img5_unequivocalNewLesion_isPd() {
    ImagingFinding finding =
        imaging(scoredBaseline(2, 2), scoredFollowUp(1, 1).newLesion(Site.HYDROCEPHALUS));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_5);
    assertThat(finding.unequivocalNewLesionSites()).containsExactly(Site.HYDROCEPHALUS);
  }

  @Test
  void img5_unequivocalNewLesionAtASiteWithABaselineLesion_isPd() {
    ImagingFinding finding =
        imaging(scoredBaseline(2, 2), scoredFollowUp(0, 0).newLesion(Site.BRAIN_NODULE));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
  }

  @Test
  void img5_equivocalNewLesion_isNotPd() {
    ImagingFinding finding =
        imaging(scoredBaseline(2, 2), scoredFollowUp(2, 2).equivocalNewLesion(Site.HYDROCEPHALUS));

    assertThat(finding.status()).isEqualTo(ImagingStatus.SD);
    assertThat(finding.rules()).contains(RuleId.IMG_5);
    assertThat(finding.equivocalNewLesionSites()).containsExactly(Site.HYDROCEPHALUS);
    assertThat(finding.anyNewLesion()).isTrue();
  }

  @Test
  void img5_equivocalNewLesion_blocksCr() {
    ImagingFinding finding =
        imaging(scoredBaseline(2, 2), scoredFollowUp(0, 0).equivocalNewLesion(Site.SPINE_NODULE));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img5_equivocalNewLesion_blocksAnOverallCr() {
    VisitAssessment result =
        Fixtures.assess(
            Fixtures.twoLesionBaseline(),
            Fixtures.twoLesionFollowUp(0, 0)
                .csf(CsfSample.negative())
                .equivocalNewLesion(Site.SPINE_NODULE));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void img5_unequivocalNewLesionWithATargetNe_isPd() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2),
            scoredFollowUp(1).targetNotEvaluable("T2").newLesion(Site.SPINE_NODULE));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.compositeScore()).isEmpty();
  }

  @Test
  void img5_noNewLesion_hasNoSites() {
    ImagingFinding finding = composite(scores(2, 2), scores(2, 2));

    assertThat(finding.anyNewLesion()).isFalse();
    assertThat(finding.rules()).doesNotContain(RuleId.IMG_5);
  }

  // IMG-6: +25 % or more is PD

  @Test
  void img6_fourToFive_isPd() {
    ImagingFinding finding = composite(scores(2, 2), scores(3, 2));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_6).doesNotContain(RuleId.IMG_12);
    Reason rise = only(finding.reasons(), ReasonKind.IMAGING_COMPOSITE_PROGRESSION);
    assertThat(rise.rule()).isEqualTo(RuleId.IMG_6);
    assertThat(rise.integer(Fact.COMPOSITE_BEFORE)).isEqualTo(4);
    assertThat(rise.integer(Fact.COMPOSITE_AFTER)).isEqualTo(5);
    assertThat(rise.decimal(Fact.PERCENT)).isEqualTo(new BigDecimal("25.0"));
    assertThat(rise.value(Fact.IMAGING_REFERENCE, ImagingProgressionReference.class))
        .isEqualTo(ImagingProgressionReference.BASELINE);
    assertThat(rise.flag(Fact.EVALUABLE_ONLY)).isFalse();
  }

  @Test
  void img6_fourToFour_isSd() {
    assertThat(composite(scores(2, 2), scores(2, 2)).status()).isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img6_fiveToSix_isSd() {
    ImagingFinding finding = composite(scores(3, 2), scores(3, 3));

    assertThat(finding.status()).isEqualTo(ImagingStatus.SD);
    assertThat(finding.rules()).doesNotContain(RuleId.IMG_6);
  }

  @Test
  void img6_fiveToSeven_isPd() {
    assertThat(composite(scores(3, 1, 1), scores(3, 2, 2)).status()).isEqualTo(ImagingStatus.PD);
  }

  @Test
  void img6_eightToTen_isPd() {
    ImagingFinding finding = composite(scores(2, 2, 2, 2), scores(3, 3, 2, 2));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.compositeChangePercent())
        .hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("25.0"));
  }

  @Test
  void img6_eightToNine_isSd() {
    assertThat(composite(scores(2, 2, 2, 2), scores(3, 2, 2, 2)).status())
        .isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img6_twelveToFifteen_isPd() {
    assertThat(composite(scores(3, 3, 2, 2, 2), scores(3, 3, 3, 3, 3)).status())
        .isEqualTo(ImagingStatus.PD);
  }

  @Test
  void img6_twelveToFourteen_isSd() {
    assertThat(composite(scores(3, 3, 2, 2, 2), scores(3, 3, 3, 3, 2)).status())
        .isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img6_threeToFour_isPd() {
    assertThat(composite(scores(1, 1, 1), scores(2, 1, 1)).status()).isEqualTo(ImagingStatus.PD);
  }

  @Test
  void img6_oneToTwo_isPd() {
    assertThat(composite(scores(1), scores(2)).status()).isEqualTo(ImagingStatus.PD);
  }

  @Test
  void img6_fifteenCannotRiseByAQuarter() {
    assertThat(composite(scores(3, 3, 3, 3, 3), scores(3, 3, 3, 3, 3)).status())
        .isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img6_fourToSix_isPdWhateverTheNonTargets() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(3, 3).nonTarget("N1", NonTargetStatus.ABSENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
  }

  // IMG-7: complete response

  @Test
  void img7_fourToZero_isCr() {
    ImagingFinding finding = composite(scores(2, 2), scores(0, 0));

    assertThat(finding.status()).isEqualTo(ImagingStatus.CR);
    assertThat(finding.rules()).contains(RuleId.IMG_7);
    assertThat(finding.compositeChangePercent())
        .hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("-100.0"));
  }

  @Test
  void img7_fourToOne_isPrNotCr() {
    ImagingFinding finding = composite(scores(2, 2), scores(1, 0));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
    assertThat(finding.rules()).doesNotContain(RuleId.IMG_7);
  }

  @Test
  void img7_everyNonTargetAbsent_isCr() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2)
                .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT)
                .nonTarget("N2", Site.CRANIAL_NERVE_ENHANCEMENT, NonTargetStatus.NE),
            scoredFollowUp(0, 0)
                .nonTarget("N1", NonTargetStatus.ABSENT)
                .nonTarget("N2", NonTargetStatus.ABSENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.CR);
    assertThat(finding.allNonTargetsAbsent()).isTrue();
  }

  @Test
  void img7_nonTargetPresent_blocksCrAndGivesPr() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(0, 0).nonTarget("N1", NonTargetStatus.PRESENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
    assertThat(finding.allNonTargetsAbsent()).isFalse();
  }

  @Test
  void img7_nonTargetNe_blocksCrAndGivesPr() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(0, 0).nonTarget("N1", NonTargetStatus.NE));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img7_nonTargetLeftOut_blocksCr() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(0, 0));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
    assertThat(finding.allNonTargetsAbsent()).isFalse();
  }

  @Test
  void img7_nonTargetAbsentAtBaselineAndLeftOut_blocksCr() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.ABSENT),
            scoredFollowUp(0, 0));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img7_nonTargetAbsentAtBaselineAndAbsentNow_isCr() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.ABSENT),
            scoredFollowUp(0, 0).nonTarget("N1", NonTargetStatus.ABSENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.CR);
  }

  @Test
  void img7_oneOfTwoNonTargetsPresent_blocksCr() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2)
                .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT)
                .nonTarget("N2", Site.SPINE_NODULE, NonTargetStatus.PRESENT),
            scoredFollowUp(0, 0)
                .nonTarget("N1", NonTargetStatus.ABSENT)
                .nonTarget("N2", NonTargetStatus.PRESENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img7_followUpNonTargetMayRepeatItsSite() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(0, 0).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.ABSENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.CR);
  }

  @Test
  void img7_compositeZeroButCrBlocked_reasonNamesTheNewLesionOrTheNonTarget() {
    ImagingFinding byNewLesion =
        imaging(
            Fixtures.twoLesionBaseline(),
            Fixtures.twoLesionFollowUp(0, 0).equivocalNewLesion(Site.SPINE_NODULE));
    ImagingFinding byNonTarget =
        imaging(
            Fixtures.twoLesionBaseline()
                .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            Fixtures.twoLesionFollowUp(0, 0).nonTarget("N1", NonTargetStatus.PRESENT));
    ImagingFinding halved = imaging(Fixtures.twoLesionBaseline(), Fixtures.twoLesionFollowUp(1, 1));

    assertThat(byNewLesion.status()).isEqualTo(ImagingStatus.PR);
    assertThat(byNonTarget.status()).isEqualTo(ImagingStatus.PR);
    Reason blocked = only(byNewLesion.reasons(), ReasonKind.IMAGING_CR_BLOCKED_BY_NEW_LESION);
    assertThat(blocked.rule()).isEqualTo(RuleId.IMG_7);
    assertThat(blocked.integer(Fact.COMPOSITE_BEFORE)).isEqualTo(4);
    assertThat(blocked.integer(Fact.COMPOSITE_AFTER)).isEqualTo(0);
    assertThat(kinds(byNonTarget.reasons()))
        .contains(ReasonKind.IMAGING_CR_BLOCKED_BY_NON_TARGET)
        .doesNotContain(ReasonKind.IMAGING_CR_BLOCKED_BY_NEW_LESION);
    assertThat(halved.status()).isEqualTo(ImagingStatus.PR);
    assertThat(halved.reasons()).noneMatch(r -> r.rule() == RuleId.IMG_7);
  }

  // IMG-8: -50 % or more is PR

  @Test
  void img8_fourToTwo_isPr() {
    ImagingFinding finding = composite(scores(2, 2), scores(1, 1));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PR);
    assertThat(finding.rules()).contains(RuleId.IMG_8);
  }

  @Test
  void img8_fourToThree_isSd() {
    ImagingFinding finding = composite(scores(2, 2), scores(2, 1));

    assertThat(finding.status()).isEqualTo(ImagingStatus.SD);
    assertThat(finding.rules()).contains(RuleId.IMG_9).doesNotContain(RuleId.IMG_8);
  }

  @Test
  void img8_fiveToTwo_isPr() {
    assertThat(composite(scores(3, 2), scores(1, 1)).status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img8_fiveToThree_isSd() {
    assertThat(composite(scores(3, 2), scores(2, 1)).status()).isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img8_threeToOne_isPr() {
    assertThat(composite(scores(3), scores(1)).status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img8_threeToTwo_isSd() {
    assertThat(composite(scores(3), scores(2)).status()).isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img8_fifteenToSeven_isPr() {
    assertThat(composite(scores(3, 3, 3, 3, 3), scores(3, 3, 1, 0, 0)).status())
        .isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img8_fifteenToEight_isSd() {
    assertThat(composite(scores(3, 3, 3, 3, 3), scores(3, 3, 2, 0, 0)).status())
        .isEqualTo(ImagingStatus.SD);
  }

  // IMG-9: otherwise SD

  @Test
  void img9_smallChangeEitherWay_isSd() {
    assertThat(composite(scores(3, 3, 3), scores(3, 3, 2)).status()).isEqualTo(ImagingStatus.SD);
    assertThat(composite(scores(3, 3, 2), scores(3, 3, 3)).status()).isEqualTo(ImagingStatus.SD);
    assertThat(composite(scores(3, 3, 2), scores(3, 3, 3)).rules()).contains(RuleId.IMG_9);
  }

  // IMG-10: targets not evaluable

  @Test
  void img10_targetNe_withoutProgression_isNe() {
    ImagingFinding finding =
        imaging(scoredBaseline(1, 1, 2), scoredFollowUp(3, 1).targetNotEvaluable("T3"));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(finding.rules()).contains(RuleId.IMG_10);
    assertThat(finding.compositeScore()).isEmpty();
    assertThat(finding.evaluableCompositeScore()).hasValue(4);
    assertThat(finding.compositeChangePercent()).isEmpty();
  }

  @Test
  void img10_targetNe_evaluableTargetsAlreadyPlus25_isPd() {
    ImagingFinding finding =
        imaging(scoredBaseline(1, 1, 2), scoredFollowUp(3, 2).targetNotEvaluable("T3"));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_6, RuleId.IMG_10);
    assertThat(finding.compositeScore()).isEmpty();
    assertThat(finding.evaluableCompositeScore()).hasValue(5);
    Reason rise = only(finding.reasons(), ReasonKind.IMAGING_COMPOSITE_PROGRESSION);
    assertThat(rise.flag(Fact.EVALUABLE_ONLY)).isTrue();
    assertThat(rise.integer(Fact.COMPOSITE_AFTER)).isEqualTo(5);
    assertThat(rise.integer(Fact.COMPOSITE_BEFORE)).isEqualTo(4);
  }

  @Test
  void img10_targetNe_evaluableZero_isNeNotCrOrPr() {
    ImagingFinding finding =
        imaging(scoredBaseline(2, 2), scoredFollowUp(0).targetNotEvaluable("T2"));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
  }

  @Test
  void img10_everyTargetNe_isNe() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2),
            Visit.on(day(28)).targetNotEvaluable("T1").targetNotEvaluable("T2"));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(finding.evaluableCompositeScore()).hasValue(0);
  }

  @Test
  void img10_targetNe_withNonTargetProgression_isPd() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(0)
                .targetNotEvaluable("T2")
                .nonTarget("N1", NonTargetStatus.UNEQUIVOCAL_PROGRESSION));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_13);
  }

  @Test
  void img10_targetNe_withEquivocalNewLesion_isNe() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2),
            scoredFollowUp(2).targetNotEvaluable("T2").equivocalNewLesion(Site.SPINE_NODULE));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
  }

  @Test
  void img10_targetNe_makesTheVisitNe() {
    VisitAssessment result =
        Fixtures.assess(
            Fixtures.twoLesionBaseline(),
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .csf(CsfSample.positive())
                .target("T1", 0)
                .targetNotEvaluable("T2")
                .steroids(4));

    assertThat(result.overall()).isEqualTo(Response.NE);
    assertThat(result.rules()).contains(RuleId.IMG_10, RuleId.OVR_2);
  }

  @Test
  void img10_underNadir_comparesTheEvaluableSumWithTheNadir() {
    Visit baseline = scoredBaseline(2, 2).build();

    ImagingFinding[] nadir = series(NADIR, baseline, followUpOn(28, 1, 1), followUpOn(56, 3, -1));
    ImagingFinding[] fromBaseline =
        series(Criteria.defaults(), baseline, followUpOn(28, 1, 1), followUpOn(56, 3, -1));

    assertThat(nadir[1].status()).isEqualTo(ImagingStatus.PD);
    assertThat(nadir[1].referenceCompositeScore()).hasValue(2);
    assertThat(nadir[1].rules()).contains(RuleId.IMG_10, RuleId.IMG_12);
    assertThat(fromBaseline[1].status()).isEqualTo(ImagingStatus.NE);
  }

  @Test
  void img10_underNadir_evaluableSumBelowAQuarterAboveTheNadir_isNe() {
    Visit baseline = scoredBaseline(3, 3, 2).build();

    ImagingFinding[] findings =
        series(NADIR, baseline, followUpOn(28, 2, 2, 0), followUpOn(56, 2, 2, -1));

    assertThat(findings[1].referenceCompositeScore()).hasValue(4);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.NE);
  }

  // IMG-11: no target disease at baseline

  @Test
  void img11_normalMri_normalFollowUp_isNotApplicable() {
    ImagingFinding finding = imaging(Fixtures.normalMriBaseline(), Fixtures.normalMriFollowUp());

    assertThat(finding.status()).isEqualTo(ImagingStatus.NOT_APPLICABLE);
    assertThat(finding.rules()).contains(RuleId.IMG_11);
    assertThat(finding.baselineCompositeScore()).hasValue(0);
    assertThat(finding.evaluableCompositeScore()).hasValue(0);
    assertThat(finding.compositeChangePercent()).isEmpty();
  }

  @Test
  void img11_normalMri_unequivocalNewLesion_isPd() {
    ImagingFinding finding =
        imaging(
            Fixtures.normalMriBaseline(),
            Fixtures.normalMriFollowUp().newLesion(Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_5).doesNotContain(RuleId.IMG_11);
  }

  @Test
  void img11_normalMri_equivocalNewLesion_isNotApplicable() {
    ImagingFinding finding =
        imaging(
            Fixtures.normalMriBaseline(),
            Fixtures.normalMriFollowUp().equivocalNewLesion(Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NOT_APPLICABLE);
    assertThat(finding.anyNewLesion()).isTrue();
  }

  @Test
  void img11_nonTargetsOnly_nonTargetProgression_isPd() {
    ImagingFinding finding =
        imaging(
            Fixtures.normalMriBaseline()
                .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            Fixtures.normalMriFollowUp().nonTarget("N1", NonTargetStatus.UNEQUIVOCAL_PROGRESSION));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_13);
  }

  @Test
  void img11_nonTargetsOnly_nonTargetPresent_isNotApplicable() {
    ImagingFinding finding =
        imaging(
            Fixtures.normalMriBaseline()
                .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            Fixtures.normalMriFollowUp().nonTarget("N1", NonTargetStatus.PRESENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NOT_APPLICABLE);
    assertThat(finding.allNonTargetsAbsent()).isFalse();
  }

  @Test
  void img11_followUpGivingOnlyNonTargets_isValid() {
    ImagingFinding finding =
        imaging(
            Fixtures.normalMriBaseline()
                .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            Visit.on(day(28)).nonTarget("N1", NonTargetStatus.ABSENT));

    assertThat(finding.done()).isTrue();
    assertThat(finding.status()).isEqualTo(ImagingStatus.NOT_APPLICABLE);
    assertThat(finding.allNonTargetsAbsent()).isTrue();
  }

  @Test
  void img11_followUpGivingOnlyNewLesions_isValid() {
    ImagingFinding finding =
        imaging(Fixtures.normalMriBaseline(), Visit.on(day(28)).newLesion(Site.BRAIN_NODULE));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
  }

  // IMG-12: the reference for progression (policy imagingProgressionReference)

  @Test
  void img12_baseline_riseFromAnEarlierLowerComposite_isJudgedAgainstBaseline() {
    ImagingFinding[] findings =
        series(
            Criteria.defaults(),
            scoredBaseline(2, 2).build(),
            followUpOn(28, 1, 1),
            followUpOn(56, 2, 1));

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.PR);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.SD);
    assertThat(findings[1].referenceCompositeScore()).hasValue(4);
    assertThat(findings[1].rules()).doesNotContain(RuleId.IMG_12);
  }

  @Test
  void img12_nadir_riseByAQuarterFromTheNadir_isPd() {
    ImagingFinding[] findings =
        series(NADIR, scoredBaseline(2, 2).build(), followUpOn(28, 1, 1), followUpOn(56, 2, 1));

    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PD);
    assertThat(findings[1].referenceCompositeScore()).hasValue(2);
    assertThat(findings[1].rules()).contains(RuleId.IMG_6, RuleId.IMG_12);
    Reason rise = only(findings[1].reasons(), ReasonKind.IMAGING_COMPOSITE_PROGRESSION);
    assertThat(rise.value(Fact.IMAGING_REFERENCE, ImagingProgressionReference.class))
        .isEqualTo(ImagingProgressionReference.NADIR);
    assertThat(rise.integer(Fact.COMPOSITE_BEFORE)).isEqualTo(2);
    assertThat(rise.integer(Fact.COMPOSITE_AFTER)).isEqualTo(3);
    assertThat(rise.decimal(Fact.PERCENT)).isEqualTo(new BigDecimal("50.0"));
    assertThat(
            only(findings[1].reasons(), ReasonKind.IMAGING_NADIR_REFERENCE)
                .integer(Fact.COMPOSITE_BEFORE))
        .isEqualTo(2);
  }

  @Test
  void img12_nadir_justBelowAQuarterAboveTheNadir_isNotPd() {
    ImagingFinding[] findings =
        series(
            NADIR,
            scoredBaseline(3, 3, 2).build(),
            followUpOn(28, 3, 1, 1),
            followUpOn(56, 3, 2, 1));

    assertThat(findings[1].referenceCompositeScore()).hasValue(5);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img12_nadir_exactlyAQuarterAboveTheNadir_isPd() {
    ImagingFinding[] findings =
        series(
            NADIR,
            scoredBaseline(3, 3, 2).build(),
            followUpOn(28, 2, 1, 1),
            followUpOn(56, 3, 1, 1));

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.PR);
    assertThat(findings[1].referenceCompositeScore()).hasValue(4);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PD);
  }

  @Test
  void img12_nadir_responseIsStillJudgedAgainstBaseline() {
    ImagingFinding[] findings =
        series(
            NADIR,
            scoredBaseline(2, 2, 2, 2).build(),
            followUpOn(28, 1, 1, 1, 1),
            followUpOn(56, 1, 1, 1, 1));

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.PR);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.PR);
    assertThat(findings[1].compositeChangePercent())
        .hasValueSatisfying(change -> assertThat(change).isEqualByComparingTo("-50.0"));
  }

  @Test
  void img12_nadirOfZero_makesAnyCompositeAboveZeroPd() {
    // a nadir of 0 without a CR: a new lesion blocks the CR at day 28
    ImagingFinding[] nadir =
        series(
            NADIR,
            scoredBaseline(2, 2).build(),
            followUpBuilder(28, 0, 0).equivocalNewLesion(Site.SPINE_NODULE).build(),
            followUpOn(56, 1, 0));
    ImagingFinding[] fromBaseline =
        series(
            Criteria.defaults(),
            scoredBaseline(2, 2).build(),
            followUpBuilder(28, 0, 0).equivocalNewLesion(Site.SPINE_NODULE).build(),
            followUpOn(56, 1, 0));

    assertThat(nadir[0].status()).isEqualTo(ImagingStatus.PR);
    assertThat(nadir[1].status()).isEqualTo(ImagingStatus.PD);
    assertThat(nadir[1].rules())
        .contains(RuleId.IMG_6, RuleId.IMG_12)
        .doesNotContain(RuleId.IMG_15);
    assertThat(fromBaseline[1].status()).isEqualTo(ImagingStatus.PR);
  }

  @Test
  void img12_nadir_onlyCompleteCompositesCount() {
    ImagingFinding[] findings =
        series(NADIR, scoredBaseline(2, 2).build(), followUpOn(28, -1, 0), followUpOn(56, 2, 1));

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.NE);
    assertThat(findings[1].referenceCompositeScore()).hasValue(4);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.SD);
  }

  @Test
  void img12_nadir_visitWithoutImagingDoesNotCount() {
    ImagingFinding[] findings =
        series(
            NADIR, scoredBaseline(2, 2).build(), Visit.on(day(28)).build(), followUpOn(56, 2, 2));

    assertThat(findings[0].status()).isEqualTo(ImagingStatus.NE);
    assertThat(findings[1].referenceCompositeScore()).hasValue(4);
    assertThat(findings[1].status()).isEqualTo(ImagingStatus.SD);
  }

  // IMG-13: non-target lesions

  @Test
  void img13_nonTargetProgression_isPdEvenWithShrinkingTargets() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(0, 0).nonTarget("N1", NonTargetStatus.UNEQUIVOCAL_PROGRESSION));

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_13);
  }

  @Test
  void img13_nonTargetPresent_isNotPd() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            scoredFollowUp(2, 2).nonTarget("N1", NonTargetStatus.PRESENT));

    assertThat(finding.status()).isEqualTo(ImagingStatus.SD);
    assertThat(finding.rules()).doesNotContain(RuleId.IMG_13);
  }

  @Test
  void img13_nonTargetProgressionAtBaseline_isInvalid() {
    Visit baseline =
        scoredBaseline(2, 2)
            .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.UNEQUIVOCAL_PROGRESSION)
            .build();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LmCase.of(baseline));

    assertThat(e.path()).isEqualTo("baseline.nonTargets[0].status");
    assertThat(e.getMessage()).contains("ABSENT");
  }

  @Test
  void img13_unknownNonTargetAtFollowUp_isInvalid() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Fixtures.assess(
                    scoredBaseline(2, 2)
                        .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
                    scoredFollowUp(2, 2).nonTarget("N2", NonTargetStatus.PRESENT)));

    assertThat(e.path()).isEqualTo("followUps[0].nonTargets[0].id");
    assertThat(e.getMessage()).contains("N2").contains("N1");
  }

  @Test
  void img13_nonTargetSiteMismatch_isInvalid() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Fixtures.assess(
                    scoredBaseline(2, 2)
                        .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
                    scoredFollowUp(2, 2)
                        .nonTarget("N1", Site.SPINE_NODULE, NonTargetStatus.PRESENT)));

    assertThat(e.path()).isEqualTo("followUps[0].nonTargets[0].site");
    assertThat(e.getMessage()).contains("SPINE_NODULE").contains("HYDROCEPHALUS");
  }

  @Test
  void img13_baselineNonTargetWithoutSite_isInvalid() {
    Visit baseline = scoredBaseline(2).nonTarget("N1", NonTargetStatus.PRESENT).build();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LmCase.of(baseline));

    assertThat(e.path()).isEqualTo("baseline.nonTargets[0].site");
  }

  @Test
  void img13_nonTargetLeftOut_reasonNamesItAsNe_reportedOneIsNotNamed() {
    Visit.Builder baseline =
        Fixtures.twoLesionBaseline()
            .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT)
            .nonTarget("N2", Site.CRANIAL_NERVE_ENHANCEMENT, NonTargetStatus.PRESENT);

    ImagingFinding finding =
        imaging(
            baseline, Fixtures.twoLesionFollowUp(2, 2).nonTarget("N2", NonTargetStatus.PRESENT));

    assertThat(
            only(finding.reasons(), ReasonKind.IMAGING_NON_TARGET_NOT_REPORTED).string(Fact.LESION))
        .isEqualTo("N1");
    assertThat(finding.allNonTargetsAbsent()).isFalse();
  }

  // IMG-14: imaging not done

  @Test
  void img14_followUpWithoutImaging_isNe() {
    ImagingFinding finding =
        imaging(
            scoredBaseline(2, 2),
            Visit.on(day(28)).neuro(NeuroExam.normal()).csf(CsfSample.negative()));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(finding.done()).isFalse();
    assertThat(finding.rules()).containsExactly(RuleId.IMG_14);
    assertThat(finding.compositeScore()).isEmpty();
    assertThat(finding.evaluableCompositeScore()).isEmpty();
  }

  @Test
  void img14_followUpWithoutImaging_makesTheVisitNe() {
    VisitAssessment result =
        Fixtures.assess(
            Fixtures.twoLesionBaseline(),
            Visit.on(day(28)).neuro(NeuroExam.normal()).csf(CsfSample.negative()).steroids(4));

    assertThat(result.overall()).isEqualTo(Response.NE);
    assertThat(result.rules()).contains(RuleId.IMG_14, RuleId.OVR_2);
  }

  @Test
  void img14_baselineWithoutImaging_makesEveryFollowUpNe() {
    Visit baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .neuro(NeuroExam.normal())
            .csf(CsfSample.positive())
            .build();

    ImagingFinding[] findings =
        series(Criteria.defaults(), baseline, Visit.on(day(28)).build(), Visit.on(day(56)).build());

    for (ImagingFinding finding : findings) {
      assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
      assertThat(finding.rules()).contains(RuleId.IMG_14);
      assertThat(finding.baselineCompositeScore()).isEmpty();
    }
  }

  @Test
  void img14_baselineWithoutImaging_newLesionStaysNe() {
    Visit baseline = Visit.on(Fixtures.BASELINE_DATE).neuro(NeuroExam.normal()).build();

    ImagingFinding finding =
        series(
            Criteria.defaults(),
            baseline,
            Visit.on(day(28)).neuro(NeuroExam.normal()).newLesion(Site.BRAIN_NODULE).build())[0];

    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(finding.rules()).contains(RuleId.IMG_14);
  }

  @Test
  void img14_followUpGivingOnlyNewLesions_mustStillListTheBaselineTargets() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Fixtures.assess(
                    scoredBaseline(2, 2), Visit.on(day(28)).newLesion(Site.BRAIN_NODULE)));

    assertThat(e.path()).isEqualTo("followUps[0].targets");
  }

  @Test
  void img14_followUpGivingOnlyNonTargets_mustStillListTheBaselineTargets() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Fixtures.assess(
                    scoredBaseline(2).nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
                    Visit.on(day(28)).nonTarget("N1", NonTargetStatus.ABSENT)));

    assertThat(e.path()).isEqualTo("followUps[0].targets");
    assertThat(e.getMessage()).contains("T1");
  }

  @Test
  void img14_baselineNormalMri_isImagingDone() {
    ImagingFinding finding =
        imaging(Fixtures.normalMriBaseline(), Visit.on(day(28)).neuro(NeuroExam.normal()));

    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(finding.baselineCompositeScore()).hasValue(0);
  }

  @Test
  void img14_newLesionsAtBaseline_areInvalid() {
    Visit baseline = scoredBaseline(2).newLesion(Site.BRAIN_NODULE).build();

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> LmCase.of(baseline));

    assertThat(e.path()).isEqualTo("baseline.newLesions");
    assertThat(e.getMessage()).contains("follow-ups only");
  }
}
