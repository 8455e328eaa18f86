package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.Fixtures.day;
import static org.rano.Fixtures.normalMriBaseline;
import static org.rano.Fixtures.normalMriFollowUp;
import static org.rano.Fixtures.twoLesionBaseline;
import static org.rano.Fixtures.twoLesionFollowUp;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;
import org.rano.neuro.NeuroStatus;

/**
 * OVR-1..5 with STER-1..3, CSF policies and settled details, on both sides of each rule; the
 * deciding reason, last, reports the deciding rule and says which kind of CR or PR it is (its kind
 * and facts are checked, not its wording).
 */
class OverallRulesTest {

  private static final Criteria DEFAULTS = Criteria.defaults();
  private static final Criteria CONVERSION_NOT_PD =
      Criteria.defaults().withCsfConversionIsProgression(false);
  private static final Criteria CLEARANCE_REQUIRED =
      Criteria.defaults().withResponseRequiresCsfClearance(true);
  private static final Criteria NO_STEROIDS_FOR_CR =
      Criteria.defaults().withCrRequiresNoSteroids(true);
  private static final Criteria STEROIDS_ALLOWED_FOR_CR =
      Criteria.defaults().withCrRequiresNoSteroids(false);

  private static VisitAssessment assess(Visit.Builder baseline, Visit.Builder followUp) {
    return Fixtures.assess(baseline, followUp);
  }

  private static VisitAssessment assess(
      Criteria criteria, Visit.Builder baseline, Visit.Builder followUp) {
    return Fixtures.assess(criteria, baseline, followUp);
  }

  /** A baseline like {@link Fixtures#twoLesionBaseline()} with negative cytology. */
  private static Visit.Builder negativeCsfBaseline() {
    return twoLesionBaseline().csf(CsfSample.negative(10));
  }

  /** The deciding rule, which comes last; its reason comes last too and reports it. */
  private static RuleId lastRule(VisitAssessment result) {
    RuleId rule = result.rules().get(result.rules().size() - 1);
    assertThat(deciding(result).rule()).as("the deciding reason's rule").isEqualTo(rule);
    return rule;
  }

  /** The reason of the deciding rule, which comes last, with the components' statuses. */
  private static Reason deciding(VisitAssessment result) {
    Reason reason = result.reasons().get(result.reasons().size() - 1);
    if (reason.kind().facts().contains(Fact.NEURO)) {
      assertThat(reason.value(Fact.NEURO, NeuroStatus.class)).isEqualTo(result.neuro().status());
      assertThat(reason.value(Fact.CSF, CsfStatus.class)).isEqualTo(result.csf().status());
    }
    if (reason.kind().facts().contains(Fact.IMAGING)) {
      assertThat(reason.value(Fact.IMAGING, ImagingStatus.class))
          .isEqualTo(result.imaging().status());
    }
    return reason;
  }

  // OVR-1: progression in any component

  @Test
  void ovr1_neurologicalProgressionAlone_isPd() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(2, 2).neuro(NeuroExam.normal().with(Lano.GAIT, 2)));

    assertThat(result.overall()).isEqualTo(Response.PD);
    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.SD);
    assertThat(result.rules()).contains(RuleId.NEURO_1);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_1);
  }

  @Test
  void ovr1_neurologicalProgressionWithRadiologicalResponse_isPd() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(0, 0)
                .csf(CsfSample.negative())
                .neuro(NeuroExam.normal().with(Lano.SENSATION, 2)));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.CR);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr1_oneLevelWorseExam_isNotPd() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(2, 2).neuro(NeuroExam.normal().with(Lano.GAIT, 1)));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr1_radiologicalProgressionAlone_withNegativeCsfAndStableExam_isPd() {
    VisitAssessment result =
        assess(negativeCsfBaseline(), twoLesionFollowUp(3, 2).csf(CsfSample.negative(10)));

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(result.csf().status()).isEqualTo(CsfStatus.NEGATIVE);
    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.PD);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr1_radiologicalProgressionWithImprovedExam_isPd() {
    VisitAssessment result =
        assess(
            twoLesionBaseline().neuro(NeuroExam.normal().with(Lano.GAIT, 3)),
            twoLesionFollowUp(3, 3).neuro(NeuroExam.normal()));

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr1_csfConversionAlone_isPd() {
    VisitAssessment result =
        assess(negativeCsfBaseline(), twoLesionFollowUp(2, 2).csf(CsfSample.positive()));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.CONVERTED);
    assertThat(result.overall()).isEqualTo(Response.PD);
    assertThat(result.rules()).contains(RuleId.CSF_4);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_1);
  }

  @Test
  void ovr1_csfConversionFromEquivocal_isPd() {
    VisitAssessment result =
        assess(
            twoLesionBaseline().csf(CsfResult.EQUIVOCAL),
            twoLesionFollowUp(1, 1).csf(CsfSample.positive()));

    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr1_csfEquivocalAfterNegative_isNotPd() {
    VisitAssessment result =
        assess(negativeCsfBaseline(), twoLesionFollowUp(2, 2).csf(CsfResult.EQUIVOCAL));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.EQUIVOCAL);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr1_persistentCsf_isNotPd() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(2, 2));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr1_progressionBeatsANeExam() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(3, 3)
                .neuro(NeuroExam.normal().withNotEvaluable(Lano.VISION, "eyes swollen")));

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.NE);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr1_progressionBeatsNeImaging() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            Visit.on(day(28))
                .neuro(NeuroExam.normal().with(Lano.GAIT, 3))
                .csf(CsfSample.positive()));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.NE);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr1_progressionBeatsInadequateCsfWithPositiveBaseline() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(2, 2).csf(CsfSample.negative(3)).newLesion(Site.SPINE_NODULE));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr1_attributedWorsening_isNotPd() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(2, 2)
                .neuro(NeuroExam.normal().withAttributed(Lano.GAIT, 3, Attribution.OTHER)));

    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(result.rules()).contains(RuleId.NEURO_4);
  }

  // CSF-4 policy csfConversionIsProgression

  @Test
  void csf4_policyOff_conversionIsNotPd() {
    VisitAssessment result =
        assess(
            CONVERSION_NOT_PD,
            negativeCsfBaseline(),
            twoLesionFollowUp(2, 2).csf(CsfSample.positive()));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.CONVERTED);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void csf4_policyOff_conversionBlocksPr() {
    VisitAssessment result =
        assess(
            CONVERSION_NOT_PD,
            negativeCsfBaseline(),
            twoLesionFollowUp(1, 1).csf(CsfSample.positive()));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.PR);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void csf4_policyOff_conversionBlocksCr() {
    VisitAssessment result =
        assess(
            CONVERSION_NOT_PD,
            negativeCsfBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.positive()));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.CR);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void csf4_policyOff_otherProgressionStillPd() {
    VisitAssessment result =
        assess(
            CONVERSION_NOT_PD,
            negativeCsfBaseline(),
            twoLesionFollowUp(3, 3).csf(CsfSample.positive()));

    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void csf4_policyOn_conversionWithRadiologicalCr_isPd() {
    VisitAssessment result =
        assess(negativeCsfBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.positive()));

    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  // OVR-2: a needed component not evaluable

  @Test
  void ovr2_neuroNe_isNe() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(1, 1)
                .neuro(NeuroExam.normal().withNotEvaluable(Lano.HEARING, "aid lost")));

    assertThat(result.overall()).isEqualTo(Response.NE);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_2);
  }

  @Test
  void ovr2_neuroNeUnderEvaluableOnly_isNotNe() {
    Criteria evaluableOnly =
        Criteria.defaults().withNeuroMissingDomains(org.rano.NeuroMissingDomains.EVALUABLE_ONLY);

    VisitAssessment result =
        assess(
            evaluableOnly,
            twoLesionBaseline(),
            twoLesionFollowUp(1, 1)
                .neuro(NeuroExam.normal().withNotEvaluable(Lano.HEARING, "aid lost")));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr2_imagingNe_isNe() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            Visit.on(day(28)).neuro(NeuroExam.normal()).csf(CsfSample.negative()).steroids(4));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.NE);
    assertThat(result.overall()).isEqualTo(Response.NE);
  }

  @Test
  void ovr2_csfNeWithPositiveBaseline_isNe() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .target("T1", 1)
                .target("T2", 1)
                .steroids(4));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.NE);
    assertThat(result.overall()).isEqualTo(Response.NE);
  }

  @Test
  void ovr2_csfNotDoneWithPositiveBaseline_isNe() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).csf(CsfResult.NOT_DONE));

    assertThat(result.overall()).isEqualTo(Response.NE);
  }

  @Test
  void ovr2_csfInadequateWithPositiveBaseline_isNe() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative(4.9)));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(result.overall()).isEqualTo(Response.NE);
  }

  @Test
  void ovr2_csfAdequateWithPositiveBaseline_isCr() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative(5)).steroids(0));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.CLEARED);
    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void ovr2_csfNeWithNegativeBaseline_isNotNe() {
    VisitAssessment result =
        assess(
            negativeCsfBaseline(),
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .target("T1", 2)
                .target("T2", 2)
                .steroids(4));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.NE);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr2_csfInadequateWithNegativeBaseline_isNotNeButBlocksCr() {
    VisitAssessment result =
        assess(negativeCsfBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative(2)));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr2_csfNeWithEquivocalBaseline_isNotNe() {
    VisitAssessment result =
        assess(
            twoLesionBaseline().csf(CsfResult.EQUIVOCAL),
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .target("T1", 1)
                .target("T2", 1)
                .steroids(4));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  // OVR-3: complete response

  @Test
  void ovr3_radiologicalCrWithCsfCleared_isCr() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative(10)).steroids(0));

    assertThat(result.overall()).isEqualTo(Response.CR);
    assertThat(result.rules()).contains(RuleId.IMG_7, RuleId.CSF_2);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_3);
  }

  @Test
  void ovr3_radiologicalCrWithCsfNegative_isCr() {
    VisitAssessment result =
        assess(
            negativeCsfBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative(10)).steroids(0));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.NEGATIVE);
    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void ovr3_radiologicalCrWithImprovedExam_isCr() {
    VisitAssessment result =
        assess(
            twoLesionBaseline().neuro(NeuroExam.normal().with(Lano.STRENGTH, 2)),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(0));

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void ovr3_radiologicalCrWithCsfPersistent_isPr() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(0, 0));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.CR);
    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_4);
  }

  @Test
  void ovr3_radiologicalCrWithCsfEquivocalAfterPositive_isPr() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfResult.EQUIVOCAL));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr3_radiologicalCrWithCsfEquivocalAfterNegative_isPr() {
    VisitAssessment result =
        assess(negativeCsfBaseline(), twoLesionFollowUp(0, 0).csf(CsfResult.EQUIVOCAL));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.EQUIVOCAL);
    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr3_noCsfAtBaseline_radiologicalCrGivesPr() {
    Visit.Builder baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .neuro(NeuroExam.normal())
            .target("T1", Site.BRAIN_NODULE, 2)
            .target("T2", Site.SPINE_NODULE, 2);

    VisitAssessment result =
        assess(
            baseline,
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .csf(CsfSample.negative(10))
                .target("T1", 0)
                .target("T2", 0));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.NE);
    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.CR);
    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr3_csfNotDoneAtBaseline_radiologicalCrGivesPr() {
    VisitAssessment result =
        assess(
            twoLesionBaseline().csf(CsfResult.NOT_DONE),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative()));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr3_noCsfAtFollowUpWithNegativeBaseline_radiologicalCrGivesPr() {
    VisitAssessment result =
        assess(
            negativeCsfBaseline(),
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .target("T1", 0)
                .target("T2", 0)
                .steroids(4));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr3_normalMriRoute_csfCleared_isCr() {
    VisitAssessment result =
        assess(normalMriBaseline(), normalMriFollowUp().csf(CsfSample.negative(10)).steroids(0));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.NOT_APPLICABLE);
    assertThat(result.overall()).isEqualTo(Response.CR);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_3);
  }

  @Test
  void ovr3_normalMriRoute_csfPersistent_isSd() {
    VisitAssessment result = assess(normalMriBaseline(), normalMriFollowUp());

    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_5);
  }

  @Test
  void ovr3_normalMriRoute_csfNegativeFromNegativeBaseline_isSd() {
    VisitAssessment result =
        assess(
            normalMriBaseline().csf(CsfSample.negative()),
            normalMriFollowUp().csf(CsfSample.negative()));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.NEGATIVE);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr3_normalMriRoute_csfInadequate_isNe() {
    VisitAssessment result =
        assess(normalMriBaseline(), normalMriFollowUp().csf(CsfSample.negative(4)));

    assertThat(result.overall()).isEqualTo(Response.NE);
  }

  @Test
  void ovr3_normalMriRoute_equivocalNewLesion_isSd() {
    VisitAssessment result =
        assess(
            normalMriBaseline(),
            normalMriFollowUp().csf(CsfSample.negative()).equivocalNewLesion(Site.BRAIN_NODULE));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr3_normalMriRoute_unequivocalNewLesion_isPd() {
    VisitAssessment result =
        assess(
            normalMriBaseline(),
            normalMriFollowUp().csf(CsfSample.negative()).newLesion(Site.BRAIN_NODULE));

    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  @Test
  void ovr3_normalMriRoute_nonTargetStillPresent_isSd() {
    VisitAssessment result =
        assess(
            normalMriBaseline().nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            normalMriFollowUp().csf(CsfSample.negative()).nonTarget("N1", NonTargetStatus.PRESENT));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr3_normalMriRoute_nonTargetNowAbsent_isCr() {
    VisitAssessment result =
        assess(
            normalMriBaseline().nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            normalMriFollowUp()
                .csf(CsfSample.negative())
                .steroids(0)
                .nonTarget("N1", NonTargetStatus.ABSENT));

    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void ovr3_normalMriRoute_nonTargetLeftOut_isSd() {
    VisitAssessment result =
        assess(
            normalMriBaseline().nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            normalMriFollowUp().csf(CsfSample.negative()));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr3_normalMriRoute_withoutImagingAtFollowUp_isNe() {
    VisitAssessment result =
        assess(
            normalMriBaseline(),
            Visit.on(day(28)).neuro(NeuroExam.normal()).csf(CsfSample.negative()));

    assertThat(result.overall()).isEqualTo(Response.NE);
  }

  @Test
  void ovr3_normalMriCrAndRadiologicalCr_decidingReasonsDiffer() {
    VisitAssessment normalMri =
        assess(normalMriBaseline(), normalMriFollowUp().csf(CsfSample.negative(10)).steroids(0));
    VisitAssessment radiological =
        assess(
            twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative(10)).steroids(0));

    assertThat(normalMri.overall()).isEqualTo(Response.CR);
    assertThat(radiological.overall()).isEqualTo(Response.CR);
    assertThat(deciding(normalMri).kind())
        .isEqualTo(ReasonKind.OVERALL_COMPLETE_RESPONSE_NORMAL_MRI);
    assertThat(deciding(radiological).kind()).isEqualTo(ReasonKind.OVERALL_COMPLETE_RESPONSE);
    assertThat(deciding(radiological).value(Fact.CSF, CsfStatus.class))
        .isEqualTo(CsfStatus.CLEARED);
    assertThat(lastRule(normalMri)).isEqualTo(lastRule(radiological)).isEqualTo(RuleId.OVR_3);
  }

  // OVR-4: partial response

  @Test
  void ovr4_radiologicalPrWithPersistentCsf_isPr() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_4);
  }

  @Test
  void ovr4_radiologicalPrWithImprovedExam_isPr() {
    VisitAssessment result =
        assess(
            twoLesionBaseline().neuro(NeuroExam.normal().with(Lano.GAIT, 3)),
            twoLesionFollowUp(1, 1).neuro(NeuroExam.normal().with(Lano.GAIT, 1)));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr4_radiologicalPrWithCsfNeAndNegativeBaseline_isPr() {
    VisitAssessment result =
        assess(
            negativeCsfBaseline(),
            Visit.on(day(28)).neuro(NeuroExam.normal()).target("T1", 1).target("T2", 1));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr4_radiologicalSdWithClearedCsf_isSd() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(2, 1).csf(CsfSample.negative()));

    assertThat(result.csf().status()).isEqualTo(CsfStatus.CLEARED);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr4_responseRequiresCsfClearance_persistentCsf_isSd() {
    VisitAssessment result =
        assess(CLEARANCE_REQUIRED, twoLesionBaseline(), twoLesionFollowUp(1, 1));

    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_5);
  }

  @Test
  void ovr4_responseRequiresCsfClearance_clearedCsf_isPr() {
    VisitAssessment result =
        assess(
            CLEARANCE_REQUIRED,
            twoLesionBaseline(),
            twoLesionFollowUp(1, 1).csf(CsfSample.negative()));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr4_responseRequiresCsfClearance_negativeBaseline_isPr() {
    VisitAssessment result =
        assess(
            CLEARANCE_REQUIRED,
            negativeCsfBaseline(),
            twoLesionFollowUp(1, 1).csf(CsfSample.negative()));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ovr4_responseRequiresCsfClearance_radiologicalCrWithPersistentCsf_isSd() {
    VisitAssessment result =
        assess(CLEARANCE_REQUIRED, twoLesionBaseline(), twoLesionFollowUp(0, 0));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr4_responseRequiresCsfClearance_radiologicalCrWithClearedCsf_isCr() {
    VisitAssessment result =
        assess(
            CLEARANCE_REQUIRED,
            twoLesionBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(0));

    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void ovr4_prFromARadiologicalCr_decidingReasonNamesTheCsf_prFromAPrDoesNot() {
    VisitAssessment fromCr = assess(twoLesionBaseline(), twoLesionFollowUp(0, 0));
    VisitAssessment fromPr = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1));

    assertThat(fromCr.overall()).isEqualTo(Response.PR);
    assertThat(fromPr.overall()).isEqualTo(Response.PR);
    assertThat(deciding(fromCr).kind())
        .isEqualTo(ReasonKind.OVERALL_PARTIAL_RESPONSE_FROM_RADIOLOGICAL_CR);
    assertThat(deciding(fromCr).value(Fact.CSF, CsfStatus.class)).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(deciding(fromPr).kind()).isEqualTo(ReasonKind.OVERALL_PARTIAL_RESPONSE);
    assertThat(lastRule(fromCr)).isEqualTo(lastRule(fromPr)).isEqualTo(RuleId.OVR_4);
  }

  // OVR-5: otherwise SD; the exam never responds on its own

  @Test
  void ovr5_stableEverything_isSd() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(2, 2));

    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_5);
  }

  @Test
  void ovr5_improvedExamWithStableImagingAndPersistentCsf_isSd() {
    VisitAssessment result =
        assess(
            twoLesionBaseline().neuro(NeuroExam.normal().with(Lano.GAIT, 3)),
            twoLesionFollowUp(2, 2).neuro(NeuroExam.normal()));

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ovr5_clearedCsfWithStableImaging_isSd() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(2, 2).csf(CsfSample.negative()));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  // STER-1: a response needs a dose no higher than at baseline

  @Test
  void ster1_doseUp_withRadiologicalPr_isSd() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).steroids(8));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.PR);
    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(result.rules()).contains(RuleId.STER_1, RuleId.STER_2);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_5);
  }

  @Test
  void rules_inTheOrderApplied_ster1BeforeSter2BeforeTheDecidingOvrRule() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).steroids(8));

    assertThat(result.rules()).endsWith(RuleId.STER_1, RuleId.STER_2, RuleId.OVR_5);
    // the reasons in the same order, one per rule
    List<Reason> reasons = result.reasons();
    assertThat(Fixtures.kinds(reasons))
        .endsWith(
            ReasonKind.STEROIDS_BLOCK_RESPONSE,
            ReasonKind.STEROID_INCREASE,
            ReasonKind.OVERALL_RESPONSE_WITH_STEROIDS_UP);
    Reason blocked = reasons.get(reasons.size() - 3);
    assertThat(blocked.value(Fact.IMAGING, ImagingStatus.class)).isEqualTo(ImagingStatus.PR);
    Reason increase = reasons.get(reasons.size() - 2);
    for (Reason steroids : List.of(blocked, increase)) {
      assertThat(steroids.decimal(Fact.STEROIDS_BEFORE)).isEqualByComparingTo("4");
      assertThat(steroids.decimal(Fact.STEROIDS_AFTER)).isEqualByComparingTo("8");
    }
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_5);
  }

  @Test
  void ster1_sameDose_withRadiologicalPr_isPr() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).steroids(4));

    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(result.rules()).doesNotContain(RuleId.STER_1);
  }

  @Test
  void ster1_sameDoseWrittenDifferently_holds() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).steroids(new BigDecimal("4.000")));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ster1_doseUpByATenth_isSd() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).steroids(4.1));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ster1_doseDown_isPr() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).steroids(3.9));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ster1_doseUp_withRadiologicalCr_isSd() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(6));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.CR);
    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(result.rules()).contains(RuleId.STER_1);
  }

  @Test
  void ster1_doseUp_normalMriRouteCr_isSd() {
    VisitAssessment result =
        assess(normalMriBaseline(), normalMriFollowUp().csf(CsfSample.negative()).steroids(6));

    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(result.rules()).contains(RuleId.STER_1);
  }

  @Test
  void ster1_doseUpFromZero_isSd() {
    VisitAssessment result =
        assess(twoLesionBaseline().steroids(0), twoLesionFollowUp(1, 1).steroids(0.5));

    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  @Test
  void ster1_noBaselineDose_holds() {
    Visit.Builder baseline =
        Visit.on(Fixtures.BASELINE_DATE)
            .neuro(NeuroExam.normal())
            .csf(CsfSample.positive())
            .target("T1", Site.BRAIN_NODULE, 2)
            .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 2);

    VisitAssessment result = assess(baseline, twoLesionFollowUp(1, 1).steroids(16));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ster1_noFollowUpDose_holds() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .csf(CsfSample.positive())
                .target("T1", 1)
                .target("T2", 1));

    assertThat(result.overall()).isEqualTo(Response.PR);
  }

  @Test
  void ster1_keepsTheImagingResult() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(8));

    assertThat(result.imaging().status()).isEqualTo(ImagingStatus.CR);
    assertThat(result.imaging().rules()).contains(RuleId.IMG_7);
  }

  // STER-2: a dose increase alone is never progression

  @Test
  void ster2_doseIncreaseWithStableDisease_isSd() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(2, 2).steroids(16));

    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(result.rules()).contains(RuleId.STER_2, RuleId.OVR_5).doesNotContain(RuleId.STER_1);
  }

  @Test
  void ster2_noDoseIncrease_isNotCited() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(2, 2).steroids(4));

    assertThat(result.rules()).doesNotContain(RuleId.STER_2);
  }

  @Test
  void ster2_doseIncreaseWithProgression_isPdForTheProgression() {
    VisitAssessment result = assess(twoLesionBaseline(), twoLesionFollowUp(3, 3).steroids(16));

    assertThat(result.overall()).isEqualTo(Response.PD);
  }

  // STER-3: policy crRequiresNoSteroids

  @Test
  void ster3_on_crWithSteroids_isPr() {
    VisitAssessment result =
        assess(
            NO_STEROIDS_FOR_CR,
            twoLesionBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(2));

    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(result.rules()).contains(RuleId.STER_3);
    assertThat(lastRule(result)).isEqualTo(RuleId.OVR_4);
  }

  @Test
  void ster3_on_crWithZeroDose_isCr() {
    VisitAssessment result =
        assess(
            NO_STEROIDS_FOR_CR,
            twoLesionBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(0));

    assertThat(result.overall()).isEqualTo(Response.CR);
    assertThat(result.rules()).doesNotContain(RuleId.STER_3);
  }

  @Test
  void ster3_on_crWithNoDoseGiven_isCr() {
    VisitAssessment result =
        assess(
            NO_STEROIDS_FOR_CR,
            twoLesionBaseline(),
            Visit.on(day(28))
                .neuro(NeuroExam.normal())
                .csf(CsfSample.negative())
                .target("T1", 0)
                .target("T2", 0));

    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void ster3_off_crWithSteroids_isCr() {
    VisitAssessment result =
        assess(
            STEROIDS_ALLOWED_FOR_CR,
            twoLesionBaseline(),
            twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(2));

    assertThat(result.overall()).isEqualTo(Response.CR);
    assertThat(result.rules()).doesNotContain(RuleId.STER_3);
  }

  @Test
  void ster3_isOnByDefault_crOnSteroidsIsPr() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(0, 0).csf(CsfSample.negative()).steroids(4));

    assertThat(DEFAULTS.crRequiresNoSteroids()).isTrue();
    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(result.rules()).contains(RuleId.STER_3);
  }

  @Test
  void ster3_on_normalMriRouteWithSteroids_isSd() {
    VisitAssessment result =
        assess(
            NO_STEROIDS_FOR_CR,
            normalMriBaseline(),
            normalMriFollowUp().csf(CsfSample.negative()).steroids(2));

    assertThat(result.overall()).isEqualTo(Response.SD);
    assertThat(result.rules()).contains(RuleId.STER_3);
  }

  @Test
  void ster3_on_normalMriRouteWithoutSteroids_isCr() {
    VisitAssessment result =
        assess(
            NO_STEROIDS_FOR_CR,
            normalMriBaseline(),
            normalMriFollowUp().csf(CsfSample.negative()).steroids(0));

    assertThat(result.overall()).isEqualTo(Response.CR);
  }

  @Test
  void ster3_on_prIsUnaffected() {
    VisitAssessment result =
        assess(NO_STEROIDS_FOR_CR, twoLesionBaseline(), twoLesionFollowUp(1, 1).steroids(2));

    assertThat(result.overall()).isEqualTo(Response.PR);
    assertThat(result.rules()).doesNotContain(RuleId.STER_3);
  }

  // CSF-6: confirmed clearance is information in the notes of the case

  private static CaseAssessment clearanceCase(Criteria criteria, Visit... later) {
    Visit[] followUps = new Visit[later.length + 1];
    followUps[0] = twoLesionFollowUp(1, 1).csf(CsfSample.negative(10)).build();
    System.arraycopy(later, 0, followUps, 1, later.length);
    return Fixtures.assessCase(criteria, twoLesionBaseline().build(), followUps);
  }

  private static Visit csfOn(int day, CsfSample sample) {
    return Visit.on(day(day))
        .neuro(NeuroExam.normal())
        .csf(sample)
        .target("T1", 1)
        .target("T2", 1)
        .steroids(4)
        .build();
  }

  @Test
  void csf6_adequateNegativeSevenDaysLater_confirmsTheClearance() {
    CaseAssessment result = clearanceCase(DEFAULTS, csfOn(35, CsfSample.negative(10)));

    assertThat(result.notes())
        .anySatisfy(
            note -> {
              assertThat(note.kind()).isEqualTo(ReasonKind.CSF_CLEARANCE_CONFIRMED);
              assertThat(note.date(Fact.CLEARANCE_DATE)).isEqualTo(day(28));
            });
  }

  @Test
  void csf6_adequateNegativeSixDaysLater_doesNotConfirm() {
    CaseAssessment result = clearanceCase(DEFAULTS, csfOn(34, CsfSample.negative(10)));

    assertThat(result.notes())
        .isNotEmpty()
        .allMatch(note -> note.kind() != ReasonKind.CSF_CLEARANCE_CONFIRMED);
  }

  @Test
  void csf6_inadequateNegativeLater_doesNotConfirm() {
    CaseAssessment result = clearanceCase(DEFAULTS, csfOn(42, CsfSample.negative(4.9)));

    assertThat(result.notes())
        .isNotEmpty()
        .allMatch(note -> note.kind() != ReasonKind.CSF_CLEARANCE_CONFIRMED);
  }

  @Test
  void csf6_positiveSampleBetween_breaksTheConfirmation() {
    CaseAssessment result =
        clearanceCase(DEFAULTS, csfOn(31, CsfSample.positive()), csfOn(42, CsfSample.negative(10)));

    assertThat(result.notes())
        .isNotEmpty()
        .allMatch(note -> note.kind() != ReasonKind.CSF_CLEARANCE_CONFIRMED);
  }

  @Test
  void csf6_equivocalSampleBetween_breaksTheConfirmation() {
    CaseAssessment result =
        clearanceCase(
            DEFAULTS,
            csfOn(31, CsfSample.of(CsfResult.EQUIVOCAL)),
            csfOn(42, CsfSample.negative(10)));

    assertThat(result.notes())
        .anyMatch(
            note ->
                note.kind() != ReasonKind.CSF_CLEARANCE_CONFIRMED
                    && note.date(Fact.CLEARANCE_DATE).equals(day(28)));
    assertThat(result.notes()).noneMatch(note -> note.kind() == ReasonKind.CSF_CLEARANCE_CONFIRMED);
  }

  @Test
  void csf6_policyDays_setsTheInterval() {
    Criteria fourteen = Criteria.defaults().withCsfClearanceConfirmationDays(14);

    CaseAssessment tooSoon = clearanceCase(fourteen, csfOn(41, CsfSample.negative(10)));
    CaseAssessment onTime = clearanceCase(fourteen, csfOn(42, CsfSample.negative(10)));

    assertThat(tooSoon.notes())
        .isNotEmpty()
        .allMatch(note -> note.kind() != ReasonKind.CSF_CLEARANCE_CONFIRMED);
    assertThat(onTime.notes()).anyMatch(note -> note.kind() == ReasonKind.CSF_CLEARANCE_CONFIRMED);
  }

  @Test
  void csf6_confirmationNeverChangesAResponse() {
    CaseAssessment confirmed = clearanceCase(DEFAULTS, csfOn(35, CsfSample.negative(10)));
    CaseAssessment unconfirmed = clearanceCase(DEFAULTS, csfOn(35, CsfSample.negative(4)));

    assertThat(confirmed.timePoints().get(0).overall())
        .isEqualTo(unconfirmed.timePoints().get(0).overall())
        .isEqualTo(Response.PR);
  }

  @Test
  void csf6_noClearance_noNote() {
    CaseAssessment result =
        Fixtures.assessCase(DEFAULTS, twoLesionBaseline().build(), twoLesionFollowUp(1, 1).build());

    assertThat(result.notes()).isEmpty();
  }

  // Parenchymal disease is reported beside the LM call and never changes it

  @Test
  void parenchymal_isCarriedButNeverChangesTheResponse() {
    org.rano.imaging.Parenchymal worse =
        org.rano.imaging.Parenchymal.none().withBrain(org.rano.imaging.ParenchymalStatus.PD);

    VisitAssessment with = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).parenchymal(worse));
    VisitAssessment without = assess(twoLesionBaseline(), twoLesionFollowUp(1, 1));

    assertThat(with.parenchymal()).hasValue(worse);
    assertThat(with.overall()).isEqualTo(without.overall()).isEqualTo(Response.PR);
    assertThat(with.rules()).isEqualTo(without.rules());
  }

  // The order of the rules: components, steroids, then the deciding OVR rule

  @Test
  void rules_areListedComponentsFirstAndTheDecidingRuleLast() {
    VisitAssessment result =
        assess(twoLesionBaseline(), twoLesionFollowUp(1, 1).csf(CsfSample.negative(8)));

    assertThat(result.rules())
        .containsExactly(RuleId.NEURO_3, RuleId.CSF_2, RuleId.IMG_8, RuleId.OVR_4);
  }

  @Test
  void rules_stopAtTheFirstOvrRuleThatHolds() {
    VisitAssessment result =
        assess(
            twoLesionBaseline(),
            twoLesionFollowUp(3, 3).neuro(NeuroExam.normal().withNotEvaluable(Lano.GAIT, "x")));

    List<RuleId> ovr = result.rules().stream().filter(r -> r.id().startsWith("OVR-")).toList();
    assertThat(ovr).containsExactly(RuleId.OVR_1);
  }
}
