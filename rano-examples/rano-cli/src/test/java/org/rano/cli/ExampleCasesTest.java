package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example cases in {@code rano-examples/cases} give what their names say. */
class ExampleCasesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // file            | overall per time point | best | confirmed best | progression
        "cr.json           | CR CR                  | CR 2026-02-02 | CR 2026-02-02 | ",
        "pr-confirmed.json | PR PR                  | PR 2026-02-09 | PR 2026-02-09 | ",
        "sd.json           | SD SD                  | SD 2026-02-11 | SD 2026-02-11 | ",
        "pd-neuro.json     | SD PD PR               | PD 2026-03-09 | PD 2026-03-09 | 2026-03-09",
        "ne.json           | NE NE                  | NE 2026-02-02 | NE 2026-02-02 | ",
        "sequence.json     | SD PR PR PD SD         | PR 2026-03-07 | PR 2026-03-07 | 2026-06-06"
      })
  void exampleCase_givesWhatItsNameSays(
      String file, String overall, String best, String confirmedBest, String progression) {
    Cli.Run run = Cli.run("score", Fixtures.CASES.resolve(file).toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = Fixtures.parse(run.out());
    List<String> responses = new ArrayList<>();
    for (JsonNode point : result.get("timepoints")) {
      responses.add(point.get("overall").asText());
    }
    assertThat(String.join(" ", responses)).isEqualTo(overall);
    assertThat(dated(result.get("bestOverallResponse"))).isEqualTo(best);
    assertThat(dated(result.get("confirmedBestOverallResponse"))).isEqualTo(confirmedBest);
    if (progression == null) {
      assertThat(result.get("progression").isNull()).isTrue();
    } else {
      assertThat(result.get("progression").get("date").asText()).isEqualTo(progression);
    }
  }

  @Test
  void prConfirmed_firstPrIsConfirmed_andParenchymalIsCarried() {
    JsonNode result = Fixtures.parse(Cli.run("score", "../examples/cases/pr-confirmed.json").out());

    JsonNode first = result.get("timepoints").get(0);
    assertThat(first.get("confirmed").asBoolean()).isTrue();
    assertThat(first.get("compositeChangePercent").toString()).isEqualTo("-50.0");
    assertThat(first.get("parenchymal").get("brain").asText()).isEqualTo("SD");
  }

  @Test
  void ne_targetNotEvaluable_compositeNullEvaluableGiven() {
    JsonNode second =
        Fixtures.parse(Cli.run("score", "../examples/cases/ne.json").out())
            .get("timepoints")
            .get(1);

    assertThat(second.get("compositeScore").isNull()).isTrue();
    assertThat(second.get("evaluableCompositeScore").asInt()).isEqualTo(1);
    assertThat(second.get("imaging").asText()).isEqualTo("NE");
    assertThat(second.get("csf").asText()).isEqualTo("INADEQUATE");
  }

  @Test
  void invalid_isRejectedAtThePathOfTheBadLevel() {
    Cli.Run run = Cli.run("score", "../examples/cases/invalid.json");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode error = Fixtures.parse(run.out()).get("error");
    assertThat(error.get("path").asText()).isEqualTo("followUps[0].neuro.sensation");
    assertThat(error.get("message").asText()).contains("3", "0..2");
  }

  @Test
  void cohort_everyLineScored_inOrder() {
    Cli.Run run = Cli.run("score", "--ndjson", "../examples/cases/cohort.ndjson");

    assertThat(run.exitCode()).isZero();
    List<String> summary = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode result = Fixtures.parse(line);
      summary.add(
          result.get("id").asText() + " " + dated(result.get("confirmedBestOverallResponse")));
    }
    assertThat(summary)
        .containsExactly(
            "EX-CR CR 2026-02-02",
            "EX-PD-NEURO PD 2026-03-09",
            "EX-SEQUENCE PR 2026-03-07",
            "EX-SD-SHORT-WINDOW SD 2026-03-18",
            "EX-NORMAL-MRI-CR CR 2026-02-02",
            "EX-PD-NEW-LESION PD 2026-02-02"); // IMG-5: the first sighting becomes PD
  }

  @Test
  void everyFileInCases_isCovered() throws IOException {
    try (Stream<Path> files = Files.list(Fixtures.CASES)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "classify.json",
              "classify.ndjson",
              "cohort.ndjson",
              "cr.json",
              "instrument-14.json", // InstrumentOptionTest
              "invalid.json",
              "lano2019.json",
              "ne.json",
              "pd-neuro.json",
              "pr-confirmed.json",
              "sd.json",
              "sequence.json");
    }
  }

  private static String dated(JsonNode best) {
    return best.get("response").asText() + " " + best.get("date").asText();
  }
}
