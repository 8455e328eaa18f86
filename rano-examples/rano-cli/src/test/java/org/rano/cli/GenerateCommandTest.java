package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rano generate} and {@code rano score --parse-only}: the generated cases are deterministic,
 * plausible (every valid one scores) and, when asked, invalid in ways the reader rejects;
 * parse-only agrees with scoring on which lines are invalid. No timing is asserted.
 */
class GenerateCommandTest {

  // ------------------------------------------------------------------------------ determinism

  @Test
  void generate_sameSeed_sameBytes() {
    Cli.Run first =
        Cli.run("generate", "--cases", "300", "--seed", "42", "--invalid-fraction", "0.2");
    Cli.Run second =
        Cli.run("generate", "--cases", "300", "--seed", "42", "--invalid-fraction", "0.2");

    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).isEmpty();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void generate_differentSeed_differentCases() {
    Cli.Run first = Cli.run("generate", "--cases", "50", "--seed", "1");
    Cli.Run second = Cli.run("generate", "--cases", "50", "--seed", "2");

    assertThat(second.out()).isNotEqualTo(first.out());
    assertThat(second.outLines()).doesNotContainAnyElementsOf(first.outLines());
  }

  @Test
  void generate_moreCases_startWithTheSameCases() {
    List<String> few = Cli.run("generate", "--cases", "20", "--seed", "9").outLines();
    List<String> many = Cli.run("generate", "--cases", "200", "--seed", "9").outLines();

    assertThat(many.subList(0, 20)).isEqualTo(few);
  }

  @Test
  void generate_toOutputFile_writesTheSameBytesAsToStandardOutput(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("cohort.ndjson");

    Cli.Run toFile =
        Cli.run("generate", "--cases", "100", "--seed", "5", "--output", file.toString());
    Cli.Run toStdout = Cli.run("generate", "--cases", "100", "--seed", "5");

    assertThat(toFile.exitCode()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
  }

  // ----------------------------------------------------------------------------------- shape

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 137})
  void generate_writesOneCaseObjectPerLine(int cases) throws IOException {
    Cli.Run run = Cli.run("generate", "--cases", String.valueOf(cases), "--seed", "3");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(cases);
    assertThat(run.out()).isEqualTo(cases == 0 ? "" : String.join("\n", run.outLines()) + "\n");
    for (int i = 0; i < cases; i++) {
      JsonNode line = Fixtures.MAPPER.readTree(run.outLines().get(i));
      assertThat(line.get("id").textValue()).isEqualTo("GEN-" + (i + 1));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 6, 12})
  void generate_visits_isTheNumberOfFollowUpsOfEveryCase(int visits) throws IOException {
    Cli.Run run =
        Cli.run("generate", "--cases", "40", "--seed", "4", "--visits", String.valueOf(visits));

    for (String line : run.outLines()) {
      assertThat(Fixtures.MAPPER.readTree(line).get("followUps").size()).isEqualTo(visits);
    }
  }

  @Test
  void generate_coversTheCourses_fromResponseToProgression() {
    String cases = Cli.run("generate", "--cases", "400", "--seed", "8", "--visits", "6").out();

    Cli.Run scored = Cli.withInput(cases, "score", "--ndjson", "-");

    for (String response : List.of("CR", "PR", "SD", "PD", "NE")) {
      assertThat(scored.out()).contains("\"bestOverallResponse\":{\"response\":\"" + response);
    }
    assertThat(cases)
        .contains(
            "\"targets\":[]",
            "\"NE\"",
            "\"attributedTo\"",
            "\"newLesions\"",
            "\"EQUIVOCAL\"",
            "\"diametersMm\"",
            "\"steroidMgPerDay\"");
  }

  // ---------------------------------------------------------------------------- valid cases

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4, 12})
  void generatedValidCases_allScoreWithoutError(int visits) {
    String cases =
        Cli.run("generate", "--cases", "500", "--seed", "11", "--visits", String.valueOf(visits))
            .out();

    Cli.Run scored = Cli.withInput(cases, "score", "--ndjson", "-");

    assertThat(scored.err()).isEmpty();
    assertThat(scored.exitCode()).isZero();
    assertThat(scored.outLines()).hasSize(500).noneMatch(line -> line.contains("\"error\""));
  }

  // -------------------------------------------------------------------------- invalid cases

  @Test
  void invalidFraction_roughlyHolds_andEachInvalidLineYieldsAnErrorRecord() {
    String cases =
        Cli.run("generate", "--cases", "2000", "--seed", "12", "--invalid-fraction", "0.25").out();

    Cli.Run scored = Cli.withInput(cases, "score", "--ndjson", "-");

    long rejected = scored.outLines().stream().filter(line -> line.contains("\"error\"")).count();
    assertThat(scored.exitCode()).isEqualTo(1);
    assertThat(scored.outLines()).hasSize(2000);
    assertThat(rejected).isBetween(400L, 600L);
    assertThat(scored.errLines()).hasSize((int) rejected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3})
  void invalidFractionOne_everyLineYieldsAnErrorRecord_inVariedWays(int visits) {
    String cases =
        Cli.run(
                "generate",
                "--cases",
                "600",
                "--seed",
                "13",
                "--visits",
                String.valueOf(visits),
                "--invalid-fraction",
                "1")
            .out();

    Cli.Run scored = Cli.withInput(cases, "score", "--ndjson", "-");

    assertThat(scored.exitCode()).isEqualTo(1);
    assertThat(scored.outLines()).hasSize(600).allMatch(line -> line.contains("\"error\""));
    assertThat(scored.err())
        .contains(
            "is out of range",
            "is not a whole number",
            "is missing",
            "at most 5 (IMG-1)",
            "baseline score 0",
            "unknown field \"comment\"",
            "\"POSITVE\"",
            "is negative",
            "duplicate key",
            "not JSON");
    if (visits > 0) {
      assertThat(scored.err()).contains("(TIME-1)", "is not a baseline target");
    }
  }

  @Test
  void invalidFractionZero_noLineIsInvalid() {
    String cases =
        Cli.run("generate", "--cases", "300", "--seed", "14", "--invalid-fraction", "0").out();

    assertThat(Cli.withInput(cases, "score", "--ndjson", "-").exitCode()).isZero();
  }

  // ------------------------------------------------------------------------------- parse-only

  @Test
  void parseOnly_writesOneLinePerInput_andAgreesWithScoringOnWhichLinesAreInvalid() {
    String cases =
        Cli.run(
                "generate",
                "--cases",
                "1000",
                "--seed",
                "15",
                "--visits",
                "3",
                "--invalid-fraction",
                "0.3")
            .out();

    Cli.Run scored = Cli.withInput(cases, "score", "--ndjson", "-");
    Cli.Run parsed = Cli.withInput(cases, "score", "--ndjson", "--parse-only", "-");

    assertThat(parsed.outLines()).hasSize(1000);
    assertThat(parsed.exitCode()).isEqualTo(scored.exitCode()).isEqualTo(1);
    assertThat(parsed.err()).isEqualTo(scored.err());
    for (int i = 0; i < 1000; i++) {
      String scoredLine = scored.outLines().get(i);
      String parsedLine = parsed.outLines().get(i);
      if (scoredLine.contains("\"error\"")) {
        assertThat(parsedLine).as("line %d", i + 1).isEqualTo(scoredLine);
      } else {
        assertThat(parsedLine)
            .as("line %d", i + 1)
            .isEqualTo("{\"id\":\"GEN-" + (i + 1) + "\",\"parsed\":true}");
      }
    }
  }

  @Test
  void parseOnly_caseWithoutIdOrWithSpecialCharacters_writesValidJson() throws IOException {
    String cases =
        """
        {"baseline":{"date":"2026-01-05"}}
        {"id":"A \\"quoted\\" id","baseline":{"date":"2026-01-05"}}
        """;

    Cli.Run parsed = Cli.withInput(cases, "score", "--ndjson", "--parse-only", "-");

    assertThat(parsed.exitCode()).isZero();
    assertThat(parsed.outLines())
        .containsExactly(
            "{\"id\":null,\"parsed\":true}", "{\"id\":\"A \\\"quoted\\\" id\",\"parsed\":true}");
    assertThat(Fixtures.MAPPER.readTree(parsed.outLines().get(1)).get("id").textValue())
        .isEqualTo("A \"quoted\" id");
  }

  @Test
  void parseOnly_withoutNdjsonOrWithText_isUsageError_exit2() {
    assertThat(Cli.withInput("{}", "score", "--parse-only", "-").exitCode()).isEqualTo(2);
    Cli.Run text = Cli.withInput("{}", "score", "--ndjson", "--text", "--parse-only", "-");
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(text.err()).startsWith("rano: --parse-only");
    assertThat(text.out()).isEmpty();
  }

  @Test
  void help_score_documentsParseOnlyAsMeasurement() {
    assertThat(Cli.run("score", "--help").out()).contains("--parse-only", "measurement");
  }

  // --------------------------------------------------------------------------------- options

  @Test
  void help_generate_describesTheOptions_exit0() {
    Cli.Run run = Cli.run("generate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--cases", "--seed", "--visits", "--invalid-fraction", "--output", "Exit codes");
    assertThat(Cli.run("--help").out()).contains("generate");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--cases=-1",
        "--cases=ten",
        "--cases=1 --visits=-1",
        "--cases=1 --visits=1001",
        "--cases=1 --invalid-fraction=1.5",
        "--cases=1 --invalid-fraction=-0.1",
        "--cases=1 --invalid-fraction=NaN"
      })
  void generate_badOptionValue_isUsageError_exit2(String options) {
    Cli.Run run = Cli.run(("generate --seed=1 " + options).split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("rano: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void generate_withoutSeed_isUsageError_exit2() {
    Cli.Run run = Cli.run("generate", "--cases", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--seed");
  }

  @Test
  void generate_unwritableOutput_isUsageError_exit2(@TempDir Path dir) {
    Cli.Run run =
        Cli.run(
            "generate",
            "--cases",
            "1",
            "--seed",
            "1",
            "--output",
            dir.resolve("missing").resolve("cohort.ndjson").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("rano: ").contains("cannot write");
  }
}
