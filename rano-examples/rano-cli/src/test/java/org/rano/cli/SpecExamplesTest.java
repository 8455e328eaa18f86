package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three public examples of {@code shared/spec/examples}, run through the command, against the
 * table of their README (time points' overall responses, best unconfirmed and confirmed with dates,
 * progression).
 */
class SpecExamplesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ex1-confirmed-pr.json      | 2026-03-30 PR, 2026-04-27 PR | PR 2026-03-30 | PR 2026-03-30 | ",
        "ex2-neuro-progression.json | 2026-03-23 SD, 2026-04-20 PD | PD 2026-04-20 | PD 2026-04-20 "
            + "| 2026-04-20",
        "ex3-sequence.json | 2026-02-07 PR, 2026-03-07 NE, 2026-03-21 PR, 2026-05-02 PD "
            + "| PR 2026-02-07 | PR 2026-02-07 | 2026-05-02"
      })
  void example_matchesTheReadmeTable(
      String file, String timePoints, String best, String confirmedBest, String progression) {
    Path path = SharedSpec.locate().resolve("examples").resolve(file);

    Cli.Run run = Cli.run("score", path.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode result = Fixtures.parse(run.out());
    List<String> points = new ArrayList<>();
    for (JsonNode point : result.get("timepoints")) {
      points.add(point.get("date").asText() + " " + point.get("overall").asText());
    }
    assertThat(String.join(", ", points)).isEqualTo(timePoints);
    assertThat(best(result.get("bestOverallResponse"))).isEqualTo(best);
    assertThat(best(result.get("confirmedBestOverallResponse"))).isEqualTo(confirmedBest);
    JsonNode actualProgression = result.get("progression");
    if (progression == null) {
      assertThat(actualProgression.isNull()).isTrue();
    } else {
      assertThat(actualProgression.get("date").asText()).isEqualTo(progression);
    }
  }

  @org.junit.jupiter.api.Test
  void ex1_whyColumn_compositeChangesNeuroStableCsfCleared() {
    JsonNode result =
        Fixtures.parse(
            Cli.run(
                    "score",
                    SharedSpec.locate().resolve("examples/ex1-confirmed-pr.json").toString())
                .out());

    JsonNode first = result.get("timepoints").get(0);
    JsonNode second = result.get("timepoints").get(1);
    assertThat(first.get("compositeChangePercent").decimalValue()).isEqualByComparingTo("-50.0");
    assertThat(first.get("csf").asText()).isEqualTo("CLEARED");
    assertThat(first.get("neuro").asText()).isEqualTo("STABLE");
    assertThat(first.get("rules").toString()).contains("IMG-8", "OVR-4");
    assertThat(first.get("confirmed").asBoolean()).isTrue();
    assertThat(second.get("compositeChangePercent").decimalValue()).isEqualByComparingTo("-75.0");
    assertThat(second.get("neuro").asText()).isEqualTo("STABLE");
  }

  @org.junit.jupiter.api.Test
  void ex2_whyColumn_attributedWorseningExcluded_thenHighestLevelReached() {
    JsonNode result =
        Fixtures.parse(
            Cli.run(
                    "score",
                    SharedSpec.locate().resolve("examples/ex2-neuro-progression.json").toString())
                .out());

    assertThat(result.get("timepoints").get(0).get("rules").toString()).contains("NEURO-4");
    assertThat(result.get("timepoints").get(0).get("neuro").asText()).isEqualTo("STABLE");
    assertThat(result.get("timepoints").get(1).get("rules").toString())
        .contains("NEURO-2", "OVR-1");
  }

  private static String best(JsonNode best) {
    return best.get("response").asText() + " " + best.get("date").asText();
  }
}
