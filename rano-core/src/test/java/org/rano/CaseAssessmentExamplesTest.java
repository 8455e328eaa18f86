package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.Response.NE;
import static org.rano.Response.PD;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Attribution;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/** The public examples of spec/examples/README.md, built field by field from their JSON files. */
class CaseAssessmentExamplesTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** ex1-confirmed-pr.json. */
  private static LmCase ex1() {
    Visit baseline =
        Visit.on("2026-03-02")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.of(CsfResult.POSITIVE, 10))
            .target(TargetLesion.of("T1", Site.BRAIN_NODULE, 3).withDiameters(14, 8))
            .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 1)
            .steroids(4)
            .build();
    Visit first =
        Visit.on("2026-03-30")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.negative(10))
            .target(TargetLesion.of("T1", 2).withDiameters(9, 6))
            .target("T2", 0)
            .steroids(2)
            .build();
    Visit second =
        Visit.on("2026-04-27")
            .neuro(NeuroExam.normal())
            .csf(CsfSample.negative(11))
            .target("T1", 1)
            .target("T2", 0)
            .steroids(0)
            .build();
    return LmCase.builder()
        .id("EX-1-confirmed-pr")
        .baseline(baseline)
        .followUp(first)
        .followUp(second)
        .build();
  }

  /** ex2-neuro-progression.json. */
  private static LmCase ex2() {
    NeuroExam reference = NeuroExam.normal().with(Lano.STRENGTH, 1).with(Lano.HEARING, 1);
    Visit baseline =
        Visit.on("2026-03-02")
            .neuro(reference)
            .csf(CsfSample.of(CsfResult.POSITIVE, 10))
            .target("T1", Site.SPINE_NODULE, 2)
            .build();
    Visit first =
        Visit.on("2026-03-23")
            .neuro(reference.withAttributed(Lano.STRENGTH, 3, Attribution.BRAIN_METASTASES))
            .csf(CsfSample.of(CsfResult.POSITIVE, 10))
            .target("T1", 2)
            .build();
    Visit second =
        Visit.on("2026-04-20")
            .neuro(reference.with(Lano.HEARING, 2))
            .csf(CsfSample.of(CsfResult.POSITIVE, 10))
            .target("T1", 2)
            .build();
    return LmCase.builder()
        .id("EX-2-neuro-progression")
        .baseline(baseline)
        .followUp(first)
        .followUp(second)
        .build();
  }

  @Test
  void ex1_confirmedPartialResponse() {
    CaseAssessment result = RanoLm.withDefaults().assess(ex1());

    assertThat(result.id()).hasValue("EX-1-confirmed-pr");
    assertThat(result.timePoints())
        .extracting(TimePoint::date)
        .containsExactly(date("2026-03-30"), date("2026-04-27"));
    assertThat(result.timePoints()).extracting(TimePoint::daysFromBaseline).containsExactly(28, 56);
    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(PR, PR);
    assertThat(result.timePoints()).extracting(TimePoint::confirmed).containsExactly(true, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.bestOverallResponse().date()).hasValue(date("2026-03-30"));
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(date("2026-03-30"));
    assertThat(result.progression()).isEmpty();
    assertThat(result.criteria()).isEqualTo(Criteria.defaults());
  }

  @Test
  void ex1_clearanceConfirmedByTheSecondSample() {
    CaseAssessment result = RanoLm.withDefaults().assess(ex1());

    assertThat(result.notes())
        .anySatisfy(
            n -> {
              assertThat(n.kind()).isEqualTo(ReasonKind.CSF_CLEARANCE_CONFIRMED);
              assertThat(n.date(Fact.CLEARANCE_DATE)).isEqualTo(date("2026-03-30"));
              assertThat(n.date(Fact.CONFIRMATION_DATE)).isEqualTo(date("2026-04-27"));
            });
  }

  @Test
  void ex2_neurologicalProgression() {
    CaseAssessment result = RanoLm.withDefaults().assess(ex2());

    assertThat(result.timePoints()).extracting(TimePoint::daysFromBaseline).containsExactly(21, 49);
    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(SD, PD);
    assertThat(result.timePoints()).extracting(TimePoint::confirmed).containsExactly(false, false);
    assertThat(result.timePoints())
        .extracting(TimePoint::afterProgression)
        .containsExactly(false, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(PD);
    assertThat(result.bestOverallResponse().date()).hasValue(date("2026-04-20"));
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PD);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(date("2026-04-20"));
    assertThat(result.progression())
        .hasValueSatisfying(
            p -> {
              assertThat(p.date()).isEqualTo(date("2026-04-20"));
              assertThat(p.daysFromBaseline()).isEqualTo(49);
              assertThat(p.backdated()).isFalse();
            });
  }

  @Test
  void ex3_sequence() {
    ResponseSequence sequence =
        ResponseSequence.from("2026-01-10")
            .id("EX-3-sequence")
            .add("2026-02-07", PR)
            .add("2026-03-07", NE)
            .add("2026-03-21", PR)
            .add("2026-05-02", PD)
            .build();

    CaseAssessment result = RanoLm.withDefaults().assess(sequence);

    assertThat(result.id()).hasValue("EX-3-sequence");
    assertThat(result.timePoints()).extracting(TimePoint::overall).containsExactly(PR, NE, PR, PD);
    assertThat(result.timePoints())
        .extracting(TimePoint::confirmed)
        .containsExactly(true, false, false, false);
    assertThat(result.bestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.bestOverallResponse().date()).hasValue(date("2026-02-07"));
    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(PR);
    assertThat(result.confirmedBestOverallResponse().date()).hasValue(date("2026-02-07"));
    assertThat(result.progression())
        .hasValueSatisfying(
            p -> {
              assertThat(p.date()).isEqualTo(date("2026-05-02"));
              assertThat(p.daysFromBaseline()).isEqualTo(112);
              assertThat(p.backdated()).isFalse();
            });
  }
}
