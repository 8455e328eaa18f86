package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.rano.Fixtures.normalMriBaseline;
import static org.rano.Fixtures.normalMriFollowUp;
import static org.rano.Fixtures.scoredBaseline;
import static org.rano.Fixtures.scoredFollowUp;
import static org.rano.Fixtures.twoLesionBaseline;
import static org.rano.Fixtures.twoLesionFollowUp;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;
import org.rano.neuro.NeuroStatus;

/**
 * The protocol options of specification section 11 (each on both sides of its condition and at each
 * value), NEURO-9 clinical deterioration, and IMG-5's rewrite of the back-dated visit (policy
 * {@code backdatedProgressionRewritesVisit}).
 */
class ProtocolOptionsTest {

  private static final Criteria DEFAULTS = Criteria.defaults();

  private static VisitAssessment assess(
      Criteria criteria, Visit.Builder baseline, Visit.Builder followUp) {
    return RanoLm.of(criteria).assessVisit(baseline.build(), followUp.build());
  }

  private static VisitAssessment at(CaseAssessment result, int index) {
    return result.timePoints().get(index).assessment().orElseThrow();
  }

  // ------------------------------------------------------------------- OVR-2 csfMissingBlocks

  @Test
  void csfMissingBlocks_all_noCsfAfterPositiveBaseline_isNe() {
    VisitAssessment result =
        assess(
            DEFAULTS,
            twoLesionBaseline(),
            Visit.on(Fixtures.day(28))
                .neuro(NeuroExam.normal())
                .target("T1", 1)
                .target("T2", 1)
                .steroids(4));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.NE);
    assertThat(result.overall()).isEqualTo(Response.NE);
  }

  @Test
  void csfMissingBlocks_crOnly_noCsfWithImagingPr_isPr() {
    Criteria crOnly = DEFAULTS.withCsfMissingBlocks(CsfMissingBlocks.CR_ONLY);
    VisitAssessment result =
        assess(
            crOnly,
            twoLesionBaseline(),
            Visit.on(Fixtures.day(28))
                .neuro(NeuroExam.normal())
                .target("T1", 1)
                .target("T2", 1)
                .steroids(4));

    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(
            Fixtures.only(result.reasons(), ReasonKind.OVERALL_CSF_MISSING_RULES_OUT_CR)
                .value(Fact.CSF, CsfStatus.class))
        .isEqualTo(CsfStatus.NE);
  }

  @Test
  void csfMissingBlocks_crOnly_inadequateCsfWithImagingCr_isAtBestPr() {
    Criteria crOnly = DEFAULTS.withCsfMissingBlocks(CsfMissingBlocks.CR_ONLY);
    VisitAssessment result =
        assess(
            crOnly,
            twoLesionBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative(3)).steroids(0));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.CR);
    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void csfMissingBlocks_crOnly_stableImaging_isSd_andOtherNeStillNe() {
    Criteria crOnly = DEFAULTS.withCsfMissingBlocks(CsfMissingBlocks.CR_ONLY);
    VisitAssessment stable =
        assess(
            crOnly,
            twoLesionBaseline(),
            Visit.on(Fixtures.day(28)).neuro(NeuroExam.normal()).target("T1", 2).target("T2", 2));
    VisitAssessment noImaging =
        assess(crOnly, twoLesionBaseline(), Visit.on(Fixtures.day(28)).neuro(NeuroExam.normal()));

    assertThat(stable.overall()).isEqualTo(Response.SD);
    assertThat(noImaging.overall()).isEqualTo(Response.NE);
  }

  // ------------------------------------------------------------ CSF-4 csfEquivocalThenPositive

  private static Visit.Builder equivocalBaseline() {
    return twoLesionBaseline().csf(CsfSample.of(CsfResult.EQUIVOCAL));
  }

  @Test
  void csfEquivocalThenPositive_converted_isProgression() {
    VisitAssessment result =
        assess(DEFAULTS, equivocalBaseline(), twoLesionFollowUp(1, 1).csf(CsfSample.positive()));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.CONVERTED);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void csfEquivocalThenPositive_persistent_allowsPrBlocksCrNoPd() {
    Criteria persistent =
        DEFAULTS.withCsfEquivocalThenPositive(CsfEquivocalThenPositive.PERSISTENT);
    VisitAssessment pr =
        assess(persistent, equivocalBaseline(), twoLesionFollowUp(1, 1).csf(CsfSample.positive()));
    VisitAssessment cr =
        assess(
            persistent,
            equivocalBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.positive()).steroids(0));

    assertThat(pr.csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(pr.csf().rule()).isEqualTo(RuleId.CSF_4);
    assertThat(Fixtures.kinds(pr.csf().reasons()))
        .containsExactly(ReasonKind.CSF_CONFIRMS_SUSPECTED);
    assertThat(pr.overall()).isEqualTo(Response.PR);
    assertThat(cr.overall()).isEqualTo(Response.PR);
  }

  @Test
  void csfEquivocalThenPositive_persistent_leavesANegativeBaselineConverted() {
    Criteria persistent =
        DEFAULTS.withCsfEquivocalThenPositive(CsfEquivocalThenPositive.PERSISTENT);
    VisitAssessment result =
        assess(
            persistent,
            twoLesionBaseline().csf(CsfSample.negative(10)),
            twoLesionFollowUp(1, 1).csf(CsfSample.positive()));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.CONVERTED);
  }

  // -------------------------------------------------------- CSF-1 csfInadequateBaselineNegative

  @Test
  void csfInadequateBaselineNegative_equivocal_readsTheSmallNegativeBaselineAsEquivocal() {
    Criteria equivocalRow =
        DEFAULTS
            .withCsfInadequateBaselineNegative(CsfInadequateBaselineNegative.EQUIVOCAL)
            .withCsfEquivocalThenPositive(CsfEquivocalThenPositive.PERSISTENT);
    Criteria negativeRow =
        DEFAULTS.withCsfEquivocalThenPositive(CsfEquivocalThenPositive.PERSISTENT);
    Visit.Builder smallNegative = twoLesionBaseline().csf(CsfSample.negative(3));

    VisitAssessment asEquivocal =
        assess(equivocalRow, smallNegative, twoLesionFollowUp(1, 1).csf(CsfSample.positive()));
    VisitAssessment asNegative =
        assess(negativeRow, smallNegative, twoLesionFollowUp(1, 1).csf(CsfSample.positive()));

    assertThat(asEquivocal.csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(Fixtures.kinds(asEquivocal.csf().reasons()))
        .containsExactly(
            ReasonKind.CSF_BASELINE_READ_AS_EQUIVOCAL, ReasonKind.CSF_CONFIRMS_SUSPECTED);
    Reason readAs = asEquivocal.csf().reasons().get(0);
    assertThat(readAs.rule()).isEqualTo(RuleId.CSF_1);
    assertThat(readAs.decimal(Fact.BASELINE_VOLUME_ML)).isEqualByComparingTo("3");
    assertThat(readAs.decimal(Fact.MINIMUM_VOLUME_ML)).isEqualByComparingTo("5");
    assertThat(Fixtures.kinds(asNegative.csf().reasons()))
        .containsExactly(ReasonKind.CSF_CONVERTED);
    assertThat(asNegative.csf().status()).isEqualTo(CsfStatus.CONVERTED);
  }

  @Test
  void csfInadequateBaselineNegative_equivocal_leavesAnAdequateNegativeBaseline() {
    Criteria equivocalRow =
        DEFAULTS.withCsfInadequateBaselineNegative(CsfInadequateBaselineNegative.EQUIVOCAL);
    for (CsfSample adequate : new CsfSample[] {CsfSample.negative(5), CsfSample.negative()}) {
      VisitAssessment result =
          assess(
              equivocalRow,
              twoLesionBaseline().csf(adequate),
              twoLesionFollowUp(1, 1).csf(CsfSample.negative(10)));

      assertThat(result.csf().status()).as("%s", adequate).isEqualTo(CsfStatus.NEGATIVE);
    }
  }

  // ------------------------------------------------------------------ CSF-1 csfMinimumVolumeMl

  @Test
  void csfMinimumVolumeMl_ten_bothSidesOfTheThreshold() {
    Criteria ten = DEFAULTS.withCsfMinimumVolumeMl(BigDecimal.TEN);
    VisitAssessment below =
        assess(ten, twoLesionBaseline(), twoLesionFollowUp(1, 1).csf(CsfSample.negative(9.9)));
    VisitAssessment exactly =
        assess(ten, twoLesionBaseline(), twoLesionFollowUp(1, 1).csf(CsfSample.negative(10)));
    VisitAssessment byDefault =
        assess(DEFAULTS, twoLesionBaseline(), twoLesionFollowUp(1, 1).csf(CsfSample.negative(9.9)));

    assertThat(below.csf().status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(below.csf().reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(ReasonKind.CSF_INADEQUATE);
              assertThat(r.decimal(Fact.VOLUME_ML)).isEqualByComparingTo("9.9");
              assertThat(r.decimal(Fact.MINIMUM_VOLUME_ML)).isEqualByComparingTo("10");
            });
    assertThat(exactly.csf().status()).isEqualTo(CsfStatus.CLEARED);
    assertThat(byDefault.csf().status()).isEqualTo(CsfStatus.CLEARED);
  }

  @Test
  void csfMinimumVolumeMl_appliesToTheConfirmationOfAClearance() {
    Criteria ten = DEFAULTS.withCsfMinimumVolumeMl(BigDecimal.TEN);
    LmCase lmCase =
        LmCase.of(
            CourseFixtures.baseline(),
            CourseFixtures.csfAt(28, CsfSample.negative(12)),
            CourseFixtures.csfAt(42, CsfSample.negative(8)),
            CourseFixtures.csfAt(70, CsfSample.positive()));

    CaseAssessment strict = RanoLm.of(ten).assess(lmCase);
    CaseAssessment byDefault = RanoLm.withDefaults().assess(lmCase);

    // 8 mL confirms under 5 mL (CSF-6), so the positive is a relapse (CSF-7); not under 10 mL
    assertThat(at(byDefault, 2).csf().rule()).isEqualTo(RuleId.CSF_7);
    assertThat(at(strict, 1).csf().status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(at(strict, 2).csf().status()).isEqualTo(CsfStatus.PERSISTENT);
  }

  // ---------------------------------------------------------------- IMG-6 compositeMinIncrease

  @Test
  void compositeMinIncrease_two_oneGradeRiseOnASmallCompositeIsNotPd() {
    Criteria two = DEFAULTS.withCompositeMinIncrease(2);
    // B = 4: F = 5 is +25 % and 1 point; F = 6 is +50 % and 2 points
    VisitAssessment onePoint = assess(two, scoredBaseline(2, 2), scoredFollowUp(3, 2));
    VisitAssessment twoPoints = assess(two, scoredBaseline(2, 2), scoredFollowUp(3, 3));
    VisitAssessment byDefault = assess(DEFAULTS, scoredBaseline(2, 2), scoredFollowUp(3, 2));

    assertThat(onePoint.imaging().status()).isEqualTo(ImagingStatus.SD);
    Reason below =
        Fixtures.only(onePoint.imaging().reasons(), ReasonKind.IMAGING_RISE_BELOW_MIN_INCREASE);
    assertThat(below.rule()).isEqualTo(RuleId.IMG_6);
    assertThat(below.integer(Fact.COMPOSITE_BEFORE)).isEqualTo(4);
    assertThat(below.integer(Fact.COMPOSITE_AFTER)).isEqualTo(5);
    assertThat(below.integer(Fact.MIN_INCREASE)).isEqualTo(2);
    assertThat(below.decimal(Fact.PERCENT)).isEqualTo(new BigDecimal("25.0"));
    assertThat(twoPoints.imaging().status()).isEqualTo(ImagingStatus.PD);
    assertThat(twoPoints.imaging().rules()).contains(RuleId.IMG_6);
    assertThat(byDefault.imaging().status()).isEqualTo(ImagingStatus.PD);
  }

  @Test
  void compositeMinIncrease_largeComposite_theQuarterStillDecides() {
    Criteria two = DEFAULTS.withCompositeMinIncrease(2);
    // B = 9: F = 11 is 2 points but +22 %; F = 12 is 3 points and +33 %
    VisitAssessment below =
        assess(two, scoredBaseline(2, 2, 2, 2, 1), scoredFollowUp(3, 3, 2, 2, 1));
    VisitAssessment above =
        assess(two, scoredBaseline(2, 2, 2, 2, 1), scoredFollowUp(3, 3, 3, 2, 1));

    assertThat(below.imaging().status()).isEqualTo(ImagingStatus.SD);
    assertThat(above.imaging().status()).isEqualTo(ImagingStatus.PD);
  }

  // ------------------------------------------------------- NEURO-4 attributedWorseningBlocksCr

  private static Visit.Builder crWithAttributedWorsening() {
    return twoLesionFollowUp(0, 0)
        .csf(CsfSample.negative())
        .steroids(0)
        .neuro(NeuroExam.normal().withAttributed(Lano.STRENGTH, 1, Attribution.TREATMENT_TOXICITY));
  }

  @Test
  void attributedWorseningBlocksCr_false_isCr() {
    VisitAssessment result = assess(DEFAULTS, twoLesionBaseline(), crWithAttributedWorsening());

    assertThat(result.neuro().rules()).contains(RuleId.NEURO_4);
    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void attributedWorseningBlocksCr_true_isAtBestPr() {
    Criteria blocks = DEFAULTS.withAttributedWorseningBlocksCr(true);
    VisitAssessment result = assess(blocks, twoLesionBaseline(), crWithAttributedWorsening());
    VisitAssessment unattributed =
        assess(
            blocks,
            twoLesionBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(0));

    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(Fixtures.kinds(result.reasons()))
        .contains(ReasonKind.OVERALL_CR_BLOCKED_BY_ATTRIBUTED_WORSENING);
    assertThat(unattributed.overall()).isEqualTo(Response.CR);
  }

  @Test
  void attributedWorseningBlocksCr_true_normalMriRouteIsSd() {
    Criteria blocks = DEFAULTS.withAttributedWorseningBlocksCr(true);
    VisitAssessment result =
        assess(
            blocks,
            normalMriBaseline(),
            normalMriFollowUp()
                .csf(CsfSample.negative())
                .steroids(0)
                .neuro(NeuroExam.normal().withAttributed(Lano.VISION, 1, Attribution.OTHER)));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  // ------------------------------------------------------------ NEURO-9 clinical deterioration

  @Test
  void neuro9_clinicalDeterioration_isNeurologicalProgressionAndPd() {
    VisitAssessment result =
        assess(DEFAULTS, twoLesionBaseline(), twoLesionFollowUp(1, 1).clinicalDeterioration(true));

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.neuro().rules()).contains(RuleId.NEURO_9).doesNotContain(RuleId.NEURO_3);
    assertThat(result.rules()).containsSubsequence(RuleId.NEURO_9, RuleId.OVR_1);
    assertThat(result.neuro().reasons())
        .first()
        .extracting(Reason::kind)
        .isEqualTo(ReasonKind.NEURO_CLINICAL_DETERIORATION);
    assertThat(Fixtures.kinds(result.neuro().reasons()))
        .doesNotContain(ReasonKind.NEURO_EXAM_STABLE);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void neuro9_clinicalDeterioration_withoutAnExam_isStillProgression() {
    VisitAssessment result =
        assess(
            DEFAULTS,
            twoLesionBaseline(),
            Visit.on(Fixtures.day(28))
                .csf(CsfSample.positive())
                .target("T1", 2)
                .target("T2", 2)
                .clinicalDeterioration(true));

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void neuro9_policyFalse_isReportedOnly() {
    Criteria reportOnly = DEFAULTS.withClinicalDeteriorationIsProgression(false);
    VisitAssessment reported =
        assess(
            reportOnly, twoLesionBaseline(), twoLesionFollowUp(1, 1).clinicalDeterioration(true));
    VisitAssessment absent = assess(reportOnly, twoLesionBaseline(), twoLesionFollowUp(1, 1));

    assertThat(reported.overall()).isEqualTo(Response.PR).isEqualTo(absent.overall());
    assertThat(reported.rules()).isEqualTo(absent.rules());
    assertThat(Fixtures.kinds(reported.reasons()))
        .contains(ReasonKind.NEURO_CLINICAL_DETERIORATION_NOT_PROGRESSION);
  }

  @Test
  void neuro9_false_changesNothing() {
    VisitAssessment explicitFalse =
        assess(DEFAULTS, twoLesionBaseline(), twoLesionFollowUp(1, 1).clinicalDeterioration(false));
    VisitAssessment absent = assess(DEFAULTS, twoLesionBaseline(), twoLesionFollowUp(1, 1));

    assertThat(explicitFalse).isEqualTo(absent);
  }

  @Test
  void neuro9_atBaseline_isInvalidInput() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> LmCase.of(twoLesionBaseline().clinicalDeterioration(true).build()));

    assertThat(e.path()).isEqualTo("baseline.clinicalDeterioration");
    assertThat(e.problem()).contains("follow-ups only");
  }

  // ----------------------------------------------- IMG-5 backdatedProgressionRewritesVisit

  /** PR at day 28, PR with an equivocal new lesion at day 56, that lesion unequivocal at 84. */
  private static LmCase backdatedAfterAPr() {
    return LmCase.of(
        CourseFixtures.baseline(),
        CourseFixtures.visit(28, Response.PR).build(),
        CourseFixtures.visit(56, Response.PR).equivocalNewLesion(Site.SPINE_NODULE).build(),
        CourseFixtures.visit(84, Response.PR).newLesion(Site.SPINE_NODULE).build());
  }

  @Test
  void img5_rewrite_theBackdatedVisitBecomesPd_itsEarlierResponseInTheReasons() {
    CaseAssessment result = RanoLm.withDefaults().assess(backdatedAfterAPr());

    VisitAssessment backdated = at(result, 1);
    assertThat(backdated.overall()).isEqualTo(Response.PD);
    assertThat(backdated.rules()).endsWith(RuleId.OVR_1).doesNotContain(RuleId.OVR_4);
    Reason rewrite = Fixtures.only(backdated.reasons(), ReasonKind.OVERALL_BACKDATED_NEW_LESION);
    assertThat(rewrite.rule()).isEqualTo(RuleId.IMG_5);
    assertThat(rewrite.value(Fact.SITE, Site.class)).isEqualTo(Site.SPINE_NODULE);
    assertThat(rewrite.date(Fact.DATE)).isEqualTo(CourseFixtures.BASELINE.plusDays(84));
    assertThat(rewrite.value(Fact.RESPONSE_BEFORE, Response.class)).isEqualTo(Response.PR);
    assertThat(rewrite.value(Fact.RULE_BEFORE, RuleId.class)).isEqualTo(RuleId.OVR_4);
    assertThat(backdated.reasons())
        .last()
        .extracting(Reason::kind)
        .isEqualTo(ReasonKind.OVERALL_PROGRESSION_BACKDATED);
    assertThat(result.progression().orElseThrow().date())
        .isEqualTo(CourseFixtures.BASELINE.plusDays(56));
    assertThat(result.progression().orElseThrow().backdated()).isTrue();
    // the PR of day 28 is no longer confirmed by day 56, and best response stops there
    assertThat(result.timePoints().get(0).confirmed()).isFalse();
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.SD);
    assertThat(result.timePoints().get(2).afterProgression()).isTrue();
  }

  @Test
  void img5_noRewrite_onlyTheProgressionDateMoves() {
    CaseAssessment result =
        RanoLm.of(DEFAULTS.withBackdatedProgressionRewritesVisit(false))
            .assess(backdatedAfterAPr());

    assertThat(at(result, 1).overall()).isEqualTo(Response.PR);
    assertThat(result.progression().orElseThrow().date())
        .isEqualTo(CourseFixtures.BASELINE.plusDays(56));
    assertThat(result.timePoints().get(0).confirmed()).isTrue();
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.PR);
  }

  @Test
  void img5_rewrite_onlyBeforeTheFirstPd() {
    LmCase lmCase =
        LmCase.of(
            CourseFixtures.baseline(),
            CourseFixtures.visit(28, Response.PD).build(),
            CourseFixtures.equivocalAt(56, Site.SPINE_NODULE),
            CourseFixtures.unequivocalAt(84, Site.SPINE_NODULE));

    CaseAssessment result = RanoLm.withDefaults().assess(lmCase);

    assertThat(at(result, 1).overall()).isEqualTo(Response.SD);
    assertThat(result.progression().orElseThrow().date())
        .isEqualTo(CourseFixtures.BASELINE.plusDays(28));
  }

  @Test
  void img5_rewrite_notConfirmed_changesNothing() {
    LmCase lmCase =
        LmCase.of(
            CourseFixtures.baseline(),
            CourseFixtures.equivocalAt(28, Site.SPINE_NODULE),
            CourseFixtures.visit(56, Response.SD).build());

    CaseAssessment result = RanoLm.withDefaults().assess(lmCase);

    assertThat(at(result, 0).overall()).isEqualTo(Response.SD);
    assertThat(result.progression()).isEmpty();
  }

  // ---------------------------------------------------------------------- properties

  @Test
  void csfMissingBlocks_crOnly_neverMakesAVisitWorseThanAll() {
    RanoLm all = RanoLm.withDefaults();
    RanoLm crOnly = RanoLm.of(DEFAULTS.withCsfMissingBlocks(CsfMissingBlocks.CR_ONLY));
    qt().withFixedSeed(11_001L)
        .withExamples(3_000)
        .forAll(CourseFixtures.rawCases(6))
        .checkAssert(
            spec -> {
              LmCase lmCase = CourseFixtures.toCase(spec);
              CaseAssessment a = all.assess(lmCase);
              CaseAssessment b = crOnly.assess(lmCase);
              for (int i = 0; i < spec.size(); i++) {
                Response before = a.timePoints().get(i).overall();
                Response after = b.timePoints().get(i).overall();
                if (before == Response.NE) {
                  assertThat(after).isNotEqualTo(Response.PD);
                } else {
                  assertThat(after).as("follow-up %d", i).isEqualTo(before);
                }
              }
            });
  }

  @Test
  void compositeMinIncrease_raisingItNeverCreatesRadiologicalPd() {
    RanoLm one = RanoLm.withDefaults();
    RanoLm two = RanoLm.of(DEFAULTS.withCompositeMinIncrease(2));
    RanoLm three = RanoLm.of(DEFAULTS.withCompositeMinIncrease(3));
    qt().withFixedSeed(11_002L)
        .withExamples(3_000)
        .forAll(CourseFixtures.rawCases(6))
        .checkAssert(
            spec -> {
              LmCase lmCase = CourseFixtures.toCase(spec);
              CaseAssessment a = one.assess(lmCase);
              CaseAssessment b = two.assess(lmCase);
              CaseAssessment c = three.assess(lmCase);
              for (int i = 0; i < spec.size(); i++) {
                if (at(c, i).imaging().status() == ImagingStatus.PD) {
                  assertThat(at(b, i).imaging().status()).isEqualTo(ImagingStatus.PD);
                }
                if (at(b, i).imaging().status() == ImagingStatus.PD) {
                  assertThat(at(a, i).imaging().status()).isEqualTo(ImagingStatus.PD);
                }
              }
            });
  }
}
