package org.rano.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.Fixtures;
import org.rano.ImagingProgressionReference;
import org.rano.InvalidInputException;
import org.rano.MeasurableNodule;
import org.rano.RuleId;
import org.rano.response.CaseAssessment;
import org.rano.response.LmCase;
import org.rano.response.RanoLm;
import org.rano.response.Visit;
import org.rano.response.VisitAssessment;

/**
 * The 2017 scorecard's explanations and one baseline check: IMG-1 (a baseline target scores
 * 1-3), IMG-6 with IMG-12 (the reference the composite rose against), IMG-7 (what blocked a CR),
 * IMG-10 (the evaluable composite) and IMG-13 (a non-target left out). Reasons are free text:
 * only rule IDs, ids and key words are checked.
 */
class ImagingReasonsMutationTest {

  @Test
  void img1_baselineTargetScoredZero_isRejectedAtItsScore() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> LmCase.of(Fixtures.scoredBaseline(2).target("T2", Site.SPINE_NODULE, 0).build()));

    assertThat(e.path()).isEqualTo("baseline.targets[1].score");
    assertThat(e.value()).isEqualTo("0");
    assertThat(e.problem()).contains("1..3");
  }

  @Test
  void img1_baselineScoresOneToThree_areAccepted() {
    LmCase lmCase = LmCase.of(Fixtures.scoredBaseline(1, 2, 3).build());

    assertThat(lmCase.baseline().imaging().orElseThrow().targets()).hasSize(3);
  }

  @Test
  void img13_nonTargetLeftOut_isNamedAsNe_reportedOneIsNot() {
    Visit.Builder baseline = Fixtures.twoLesionBaseline()
        .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT)
        .nonTarget("N2", Site.CRANIAL_NERVE_ENHANCEMENT, NonTargetStatus.PRESENT);

    ImagingFinding finding = Fixtures.assess(baseline,
        Fixtures.twoLesionFollowUp(2, 2).nonTarget("N2", NonTargetStatus.PRESENT)).imaging();

    assertThat(finding.reasons()).anySatisfy(r -> assertThat(r).contains("N1", "IMG-13"));
    assertThat(finding.reasons()).noneSatisfy(r -> assertThat(r).contains("N2"));
    assertThat(finding.allNonTargetsAbsent()).isFalse();
  }

  @Test
  void img12_riseAgainstTheNadir_namesTheNadirAndImg12() {
    Criteria nadir = Criteria.defaults()
        .withImagingProgressionReference(ImagingProgressionReference.NADIR);
    CaseAssessment result = RanoLm.of(nadir).assess(LmCase.of(
        Fixtures.twoLesionBaseline().build(),
        Fixtures.twoLesionFollowUp(1, 1).build(),
        Visit.on(Fixtures.day(56)).target("T1", 2).target("T2", 1).build()));

    ImagingFinding second = Fixtures.visit(result, 1).imaging();
    assertThat(second.status()).isEqualTo(ImagingStatus.PD);
    assertThat(second.rules()).contains(RuleId.IMG_6, RuleId.IMG_12);
    assertThat(second.reasons()).anySatisfy(r -> assertThat(r).contains("nadir", "2", "IMG-12"));
  }

  @Test
  void img6_riseAgainstTheBaseline_namesTheBaselineNotImg12() {
    ImagingFinding finding = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(3, 2)).imaging();

    assertThat(finding.status()).isEqualTo(ImagingStatus.PD);
    assertThat(finding.rules()).contains(RuleId.IMG_6).doesNotContain(RuleId.IMG_12);
    assertThat(finding.reasons()).anySatisfy(r -> assertThat(r).contains("baseline", "IMG-6"));
    assertThat(finding.reasons()).noneSatisfy(r -> assertThat(r).contains("IMG-12"));
    assertThat(finding.reasons()).noneSatisfy(r -> assertThat(r).contains("evaluable"));
  }

  @Test
  void img10_riseWithATargetNe_speaksOfTheEvaluableComposite() {
    VisitAssessment assessment = Fixtures.assess(Fixtures.scoredBaseline(2, 2),
        Visit.on(Fixtures.day(28)).target("T1", 3).targetNotEvaluable("T2"));

    ImagingFinding finding = assessment.imaging();
    assertThat(finding.status()).isEqualTo(ImagingStatus.NE);
    assertThat(finding.rules()).contains(RuleId.IMG_10);

    ImagingFinding pd = Fixtures.assess(Fixtures.scoredBaseline(1, 1),
        Visit.on(Fixtures.day(28)).target("T1", 3).targetNotEvaluable("T2")).imaging();
    assertThat(pd.status()).isEqualTo(ImagingStatus.PD);
    assertThat(pd.reasons()).anySatisfy(r -> assertThat(r).contains("evaluable", "IMG-6"));
  }

  @Test
  void img7_compositeZeroButCrBlocked_namesWhatBlockedIt() {
    ImagingFinding byNewLesion = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(0, 0).equivocalNewLesion(Site.SPINE_NODULE)).imaging();
    ImagingFinding byNonTarget = Fixtures.assess(Fixtures.twoLesionBaseline()
            .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
        Fixtures.twoLesionFollowUp(0, 0).nonTarget("N1", NonTargetStatus.PRESENT)).imaging();
    ImagingFinding halved = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(1, 1)).imaging();

    assertThat(byNewLesion.status()).isEqualTo(ImagingStatus.PR);
    assertThat(byNonTarget.status()).isEqualTo(ImagingStatus.PR);
    assertThat(byNewLesion.reasons()).anySatisfy(r -> assertThat(r).contains("IMG-7",
        "new lesion"));
    assertThat(byNonTarget.reasons()).anySatisfy(r -> assertThat(r).contains("IMG-7",
        "non-target"));
    assertThat(halved.status()).isEqualTo(ImagingStatus.PR);
    assertThat(halved.reasons()).noneSatisfy(r -> assertThat(r).contains("IMG-7"));
  }

  @Test
  void img4_measurableNoduleThresholds_describeThemselves() {
    assertThat(MeasurableNodule.GT_10X5.describe()).isEqualTo(
        "long > 10 mm and short > 5 mm");
    assertThat(MeasurableNodule.GE_5X5.describe()).isEqualTo(
        "long >= 5 mm and short >= 5 mm");
    assertThat(List.of(MeasurableNodule.values())).allSatisfy(
        t -> assertThat(t.describe()).startsWith("long").endsWith(" mm"));
  }
}
