package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rano.Response;
import org.rano.RuleId;
import org.rano.csf.CsfSample;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/** The three public worked examples of the specification, written with the builders. */
class WorkedExamplesTest {

  @Test
  void ex1_confirmedPartialResponse() {
    Visit baseline = Visit.on("2026-03-02")
        .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
        .csf(CsfSample.of(org.rano.csf.CsfResult.POSITIVE, 10))
        .target(org.rano.imaging.TargetLesion.of("T1", Site.BRAIN_NODULE, 3).withDiameters(14, 8))
        .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 1)
        .steroids(4)
        .build();
    Visit first = Visit.on("2026-03-30")
        .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
        .csf(CsfSample.negative(10))
        .target(org.rano.imaging.TargetLesion.of("T1", 2).withDiameters(9, 6))
        .target("T2", 0)
        .steroids(2)
        .build();
    Visit second = Visit.on("2026-04-27")
        .neuro(NeuroExam.normal())
        .csf(CsfSample.negative(11))
        .target("T1", 1)
        .target("T2", 0)
        .steroids(0)
        .build();

    CaseAssessment result = RanoLm.withDefaults().assess(LmCase.of(baseline, first, second));

    assertThat(result.timePoints()).extracting(TimePoint::overall)
        .containsExactly(Response.PR, Response.PR);
    assertThat(result.timePoints().get(0).confirmed()).isTrue();
    assertThat(result.bestOverallResponse().response()).isEqualTo(Response.PR);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.PR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(first.date());
    assertThat(result.progression()).isEmpty();
    VisitAssessment visit = result.timePoints().get(0).assessment().orElseThrow();
    assertThat(visit.rules()).contains(RuleId.CSF_2, RuleId.IMG_8, RuleId.OVR_4);
    assertThat(visit.imaging().compositeChangePercent()).hasValueSatisfying(
        change -> assertThat(change).isEqualByComparingTo("-50.0"));
  }

  @Test
  void ex2_neurologicalProgression() {
    NeuroExam base = NeuroExam.normal().with(Lano.STRENGTH, 1).with(Lano.HEARING, 1);
    Visit baseline = Visit.on("2026-03-02").neuro(base).csf(CsfSample.positive())
        .target("T1", Site.BRAIN_LEPTOMENINGEAL_ENHANCEMENT, 2).build();
    Visit first = Visit.on("2026-03-23")
        .neuro(base.withAttributed(Lano.STRENGTH, 3, Attribution.BRAIN_METASTASES))
        .csf(CsfSample.positive()).target("T1", 2).build();
    Visit second = Visit.on("2026-04-20").neuro(base.with(Lano.HEARING, 2))
        .csf(CsfSample.positive()).target("T1", 2).build();

    CaseAssessment result = RanoLm.withDefaults().assess(LmCase.of(baseline, first, second));

    assertThat(result.timePoints()).extracting(TimePoint::overall)
        .containsExactly(Response.SD, Response.PD);
    assertThat(result.bestOverallResponse().response()).isEqualTo(Response.PD);
    assertThat(result.progression()).hasValueSatisfying(
        p -> assertThat(p.date()).isEqualTo(second.date()));
    assertThat(result.timePoints().get(1).assessment().orElseThrow().rules())
        .contains(RuleId.NEURO_2, RuleId.OVR_1);
  }

  @Test
  void ex3_sequence() {
    ResponseSequence sequence = ResponseSequence.from("2026-01-10")
        .add("2026-02-07", Response.PR)
        .add("2026-03-07", Response.NE)
        .add("2026-03-21", Response.PR)
        .add("2026-05-02", Response.PD)
        .build();

    CaseAssessment result = RanoLm.withDefaults().assess(sequence);

    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.PR);
    assertThat(result.confirmedBestOverallResponse().date())
        .hasValue(java.time.LocalDate.parse("2026-02-07"));
    assertThat(result.progression()).hasValueSatisfying(
        p -> assertThat(p.date()).isEqualTo(java.time.LocalDate.parse("2026-05-02")));
  }
}
