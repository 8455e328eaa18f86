package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rano.Fixtures;
import org.rano.Response;
import org.rano.RuleId;
import org.rano.csf.CsfSample;

/**
 * The overall response's rules and explanation (OVR-3, OVR-4, OVR-5, STER-1, STER-2): STER-1
 * fires only for a response while the dose went up, and the deciding reason says which kind of
 * CR or PR it is. Reasons are free text: only rule IDs and key words are checked.
 */
class OvrSterReasonsMutationTest {

  @Test
  void ster2_doseUpWithoutAResponse_isSdByOvr5_notSter1() {
    VisitAssessment assessment = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(2, 2).steroids(8));

    assertThat(assessment.overall()).isEqualTo(Response.SD);
    assertThat(assessment.rules()).contains(RuleId.STER_2, RuleId.OVR_5)
        .doesNotContain(RuleId.STER_1);
  }

  @Test
  void ster1_doseUpWithAResponse_isSdBySter1() {
    VisitAssessment assessment = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(1, 1).steroids(8));

    assertThat(assessment.overall()).isEqualTo(Response.SD);
    assertThat(assessment.rules()).contains(RuleId.STER_1, RuleId.STER_2, RuleId.OVR_5);
  }

  @Test
  void ster1_doseUpWithANormalMriAndClearedCsf_isSdBySter1() {
    VisitAssessment assessment = Fixtures.assess(Fixtures.normalMriBaseline(),
        Fixtures.normalMriFollowUp().csf(CsfSample.negative(10)).steroids(8));

    assertThat(assessment.overall()).isEqualTo(Response.SD);
    assertThat(assessment.rules()).contains(RuleId.STER_1);
  }

  @Test
  void ovr3_normalMriCr_andRadiologicalCr_areExplainedDifferently() {
    VisitAssessment normalMri = Fixtures.assess(Fixtures.normalMriBaseline(),
        Fixtures.normalMriFollowUp().csf(CsfSample.negative(10)).steroids(0));
    VisitAssessment radiological = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(0, 0).csf(CsfSample.negative(10)).steroids(0));

    assertThat(normalMri.overall()).isEqualTo(Response.CR);
    assertThat(radiological.overall()).isEqualTo(Response.CR);
    assertThat(deciding(normalMri)).contains("OVR-3").doesNotContain("radiological");
    assertThat(deciding(radiological)).contains("OVR-3", "radiological", "CLEARED");
  }

  @Test
  void ovr4_prFromARadiologicalCr_namesTheCsf_prFromAPrDoesNot() {
    VisitAssessment fromCr = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(0, 0));
    VisitAssessment fromPr = Fixtures.assess(Fixtures.twoLesionBaseline(),
        Fixtures.twoLesionFollowUp(1, 1));

    assertThat(fromCr.overall()).isEqualTo(Response.PR);
    assertThat(fromPr.overall()).isEqualTo(Response.PR);
    assertThat(deciding(fromCr)).contains("OVR-4", "CR", "PERSISTENT");
    assertThat(deciding(fromPr)).contains("OVR-4").doesNotContain("PERSISTENT");
  }

  private static String deciding(VisitAssessment assessment) {
    return assessment.reasons().get(assessment.reasons().size() - 1);
  }
}
