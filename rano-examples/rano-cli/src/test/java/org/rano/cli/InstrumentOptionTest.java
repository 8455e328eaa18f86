package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rano score --instrument FILE}: a neurological instrument given as data (issue "rano-json",
 * instruments as data). A case that names it is read with its domain keys and judged by the same
 * NEURO rules (NEURO-1: two levels worse; NEURO-2: the domain's highest level, known from the
 * definition's levels).
 */
class InstrumentOptionTest {

  private static final String DEFINITION = "../examples/instruments/template-14-domains.json";
  private static final String CASE = "../examples/cases/instrument-14.json";

  @Test
  void caseNamingALoadedInstrument_isScoredWithItsDomains_neuro1AndNeuro2() {
    Cli.Run run = Cli.run("score", "--instrument", DEFINITION, CASE);

    assertThat(run.exitCode()).isZero();
    JsonNode point = Fixtures.parse(run.out()).get("timepoints").get(0);
    assertThat(point.get("neuro").asText()).isEqualTo("PROGRESSION");
    assertThat(point.get("overall").asText()).isEqualTo("PD");
    assertThat(point.get("rules").toString()).contains("NEURO-1", "NEURO-2");
    assertThat(point.get("reasons").toString()).contains("d03");
  }

  @Test
  void caseNamingAnInstrumentNotLoaded_isRejectedAtInstrument_listingTheKnownOnes() {
    Cli.Run run = Cli.run("score", CASE);

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode error = Fixtures.parse(run.out()).get("error");
    assertThat(error.get("path").asText()).isEqualTo("instrument");
    assertThat(error.get("message").asText()).contains("TEMPLATE-14", "LANO");
  }

  @Test
  void lanoKeysInACaseOfAnotherInstrument_areUnknownDomains() throws Exception {
    String text = Files.readString(Path.of(CASE)).replace("\"d01\"", "\"gait\"");
    Cli.Run run = Cli.withInput(text, "score", "--instrument", DEFINITION, "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Fixtures.parse(run.out()).get("error").get("path").asText())
        .isEqualTo("baseline.neuro.gait");
  }

  @Test
  void invalidDefinition_isAUsageError_namingTheFileAndTheField(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("one-level.json");
    Files.writeString(
        bad, "{\"name\":\"X\",\"domains\":[{\"key\":\"a\",\"label\":\"A\",\"levels\":[\"0\"]}]}");

    Cli.Run run = Cli.run("score", "--instrument", bad.toString(), "../examples/cases/cr.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--instrument", "one-level.json", "levels");
  }

  @Test
  void missingDefinitionFile_isAUsageError() {
    Cli.Run run =
        Cli.run("score", "--instrument", "no/such/instrument.json", "../examples/cases/cr.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no/such/instrument.json", "cannot read");
  }

  @Test
  void lanoCases_scoreAsBefore_whenAnotherInstrumentIsLoaded() {
    Cli.Run plain = Cli.run("score", "../examples/cases/pr-confirmed.json");
    Cli.Run loaded =
        Cli.run("score", "--instrument", DEFINITION, "../examples/cases/pr-confirmed.json");

    assertThat(loaded.exitCode()).isZero();
    assertThat(loaded.out()).isEqualTo(plain.out());
  }
}
