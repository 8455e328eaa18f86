package org.rano.examples.embed;

import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.LmCase;
import org.rano.RanoLm;
import org.rano.TimePoint;
import org.rano.Visit;
import org.rano.csf.CsfSample;
import org.rano.imaging.Site;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * Scores one case with the library directly, without JSON: a baseline and two follow-ups written
 * with the builders, scored under the default criteria, then the overall response and deciding
 * rules of each time point and the best overall responses printed.
 *
 * <p>Run it from an IDE, or see it run in {@code ResearcherExampleTest}, which also checks what it
 * prints.
 */
public final class ScoreOneCase {

  private ScoreOneCase() {}

  /**
   * Builds the example case: positive cytology and a composite of 4 at baseline; at week 4 the
   * cytology has cleared and the composite halved (a PR), repeated at week 8 (confirmed).
   *
   * @return the case, not null
   */
  public static LmCase exampleCase() {
    Visit baseline =
        Visit.on("2026-01-05")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.positive())
            .target("T1", Site.BRAIN_NODULE, 3)
            .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 1)
            .steroids(4)
            .build();
    Visit week4 =
        Visit.on("2026-02-02")
            .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
            .csf(CsfSample.negative(10))
            .target("T1", 2)
            .target("T2", 0)
            .steroids(2)
            .build();
    Visit week8 =
        Visit.on("2026-03-02")
            .neuro(NeuroExam.normal())
            .csf(CsfSample.negative(10))
            .target("T1", 1)
            .target("T2", 0)
            .steroids(0)
            .build();
    return LmCase.builder()
        .id("EMBED-1")
        .baseline(baseline)
        .followUp(week4)
        .followUp(week8)
        .build();
  }

  /**
   * Scores the example case and prints its time points and best overall responses.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    CaseAssessment result = RanoLm.of(Criteria.defaults()).assess(exampleCase());
    for (TimePoint point : result.timePoints()) {
      System.out.println(
          point.date()
              + "  "
              + point.overall()
              + (point.confirmed() ? " (confirmed)" : "")
              + "  rules "
              + point.assessment().orElseThrow().rules());
    }
    System.out.println(
        "best overall response: "
            + result.bestOverallResponse().response()
            + " ("
            + result.bestOverallResponse().reason()
            + ")");
    System.out.println(
        "confirmed best overall response: "
            + result.confirmedBestOverallResponse().response()
            + " ("
            + result.confirmedBestOverallResponse().reason()
            + ")");
  }
}
