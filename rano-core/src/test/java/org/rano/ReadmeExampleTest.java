package org.rano;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rano.csf.CsfSample;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/** The Java snippets of README.md, kept here so that they compile and stay true. */
class ReadmeExampleTest {

  @Test
  void readme_scoreOneVisit() {
    // --- README: score a visit ---
    Visit baseline =
        Visit.on("2026-01-05")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.positive())
            .target("T1", Site.BRAIN_NODULE, 2)
            .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 2)
            .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT)
            .steroids(4)
            .build();
    Visit week4 =
        Visit.on("2026-02-02")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.negative(8))
            .target("T1", 1)
            .target("T2", 1)
            .nonTarget("N1", NonTargetStatus.PRESENT)
            .steroids(4)
            .build();

    VisitAssessment visit = RanoLm.withDefaults().assessVisit(baseline, week4);

    System.out.println(visit.overall()); // PR
    System.out.println(visit.rules()); // [NEURO-3, CSF-2, IMG-8, OVR-4]
    System.out.println(
        visit.reasons()); // [..., composite 4 -> 2 (-50.0 %): -50 % or more (IMG-8), ...]

    Reason why = visit.imaging().reasons().get(0); // the reasons are values
    System.out.println(why.kind()); // IMAGING_PARTIAL_RESPONSE
    System.out.println(why.rule()); // IMG-8
    System.out.println(
        why.integer(Fact.COMPOSITE_BEFORE) + " -> " + why.integer(Fact.COMPOSITE_AFTER)); // 4 -> 2
    System.out.println(why.decimal(Fact.PERCENT)); // -50.0
    // --- end ---

    assertThat(visit.overall()).isEqualTo(Response.PR);
    assertThat(visit.rules())
        .containsExactly(RuleId.NEURO_3, RuleId.CSF_2, RuleId.IMG_8, RuleId.OVR_4);
    assertThat(visit.reasons().toString())
        .contains("composite 4 -> 2 (-50.0 %): -50 % or more " + "(IMG-8)");
    assertThat(why.kind()).isEqualTo(ReasonKind.IMAGING_PARTIAL_RESPONSE);
    assertThat(why.rule()).isEqualTo(RuleId.IMG_8);
    assertThat(why.integer(Fact.COMPOSITE_BEFORE)).isEqualTo(4);
    assertThat(why.integer(Fact.COMPOSITE_AFTER)).isEqualTo(2);
    assertThat(why.decimal(Fact.PERCENT)).hasToString("-50.0");
  }

  @Test
  void readme_scoreWholeCase() {
    Visit baseline =
        Visit.on("2026-01-05")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.positive())
            .target("T1", Site.BRAIN_NODULE, 2)
            .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 2)
            .steroids(4)
            .build();
    Visit week4 =
        Visit.on("2026-02-02")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.negative(8))
            .target("T1", 1)
            .target("T2", 1)
            .steroids(4)
            .build();
    Visit week8 =
        Visit.on("2026-03-02")
            .neuro(NeuroExam.normal())
            .csf(CsfSample.negative(10))
            .target("T1", 0)
            .target("T2", 0)
            .steroids(0)
            .build();
    Visit week12 =
        Visit.on("2026-03-30")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 3))
            .csf(CsfSample.negative(10))
            .target("T1", 0)
            .target("T2", 0)
            .steroids(0)
            .build();

    // --- README: score a case ---
    LmCase lmCase =
        LmCase.builder()
            .id("LM-0001")
            .baseline(baseline)
            .followUp(week4)
            .followUp(week8)
            .followUp(week12)
            .build();
    CaseAssessment result = RanoLm.of(Criteria.defaults().withConfirmationDays(28)).assess(lmCase);

    for (TimePoint point : result.timePoints()) {
      System.out.println(
          point.date() + " " + point.overall() + (point.confirmed() ? " confirmed" : ""));
    }
    System.out.println(result.bestOverallResponse().response()); // CR
    System.out.println(result.confirmedBestOverallResponse().response()); // PR
    System.out.println(result.progression().map(Progression::date)); // Optional[2026-03-30]
    // --- end ---

    assertThat(result.timePoints())
        .extracting(TimePoint::overall)
        .containsExactly(Response.PR, Response.CR, Response.PD);
    assertThat(result.timePoints())
        .extracting(TimePoint::confirmed)
        .containsExactly(true, false, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(Response.CR);
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.PR);
    assertThat(result.progression())
        .map(Progression::date)
        .hasValue(java.time.LocalDate.parse("2026-03-30"));
  }
}
