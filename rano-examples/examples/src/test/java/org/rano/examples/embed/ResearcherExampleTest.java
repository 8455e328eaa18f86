package org.rano.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.LmCase;
import org.rano.RanoLm;
import org.rano.Response;
import org.rano.RuleId;
import org.rano.Visit;
import org.rano.VisitAssessment;
import org.rano.csf.CsfSample;
import org.rano.imaging.Site;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/** How a researcher scores a case in a test: build it, assess it, assert response and rules. */
class ResearcherExampleTest {

  @Test
  void neuro2_hearingReachesItsHighestLevel_isProgression() {
    Visit baseline =
        Visit.on("2026-03-02")
            .neuro(NeuroExam.normal().with(Lano.HEARING, 1))
            .csf(CsfSample.positive())
            .target("T1", Site.SPINE_NODULE, 2)
            .build();
    Visit week7 =
        Visit.on("2026-04-20")
            .neuro(NeuroExam.normal().with(Lano.HEARING, 2))
            .csf(CsfSample.positive())
            .target("T1", 2)
            .build();

    VisitAssessment visit = RanoLm.withDefaults().assessVisit(baseline, week7);

    assertThat(visit.overall()).isEqualTo(Response.PD);
    assertThat(visit.rules()).contains(RuleId.NEURO_2, RuleId.OVR_1);
    assertThat(visit.rules().get(visit.rules().size() - 1).id()).isEqualTo("OVR-1");
  }

  @Test
  void exampleCase_confirmedPartialResponse() {
    LmCase lmCase = ScoreOneCase.exampleCase();

    CaseAssessment result = RanoLm.withDefaults().assess(lmCase);

    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.PR);
    assertThat(result.timePoints().get(0).confirmed()).isTrue();
    assertThat(result.timePoints().get(0).assessment().orElseThrow().rules())
        .containsSubsequence(RuleId.CSF_2, RuleId.IMG_8, RuleId.OVR_4);
    assertThat(result.progression()).isEmpty();
  }

  @Test
  void mainProgram_printsTheBestResponseAndRules() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ScoreOneCase.main(new String[0]);
    } finally {
      System.setOut(original);
    }

    assertThat(captured.toString(StandardCharsets.UTF_8))
        .contains(
            "2026-02-02  PR (confirmed)  rules [", "OVR-4", "confirmed best overall response: PR");
  }
}
