package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rano agreement} end to end, on studies written by {@code rano generate --readers} and on
 * hand-made ratings: the JSON contract, the table, error records, determinism, usage errors, and
 * that agreement falls as the generated disagreement rises (issue 16). No timing is asserted.
 */
class AgreementCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String study(int patients, long seed, double disagreement) {
    Cli.Run run =
        Cli.run(
            "generate",
            "--cases",
            String.valueOf(patients),
            "--seed",
            String.valueOf(seed),
            "--readers",
            "3",
            "--disagreement",
            String.valueOf(disagreement));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static JsonNode item(JsonNode study, String name) {
    for (JsonNode item : study.get("items")) {
      if (item.get("item").asText().equals(name)) {
        return item;
      }
    }
    throw new AssertionError("no item " + name + " in " + study.get("items"));
  }

  /** A response sequence of one reader: responses on fixed dates from 2026-01-05. */
  private static String sequence(String id, String reader, String... responses) {
    StringBuilder json =
        new StringBuilder("{\"id\": \"" + id + "\", \"reader\": \"" + reader + "\",")
            .append(" \"referenceDate\": \"2026-01-05\", \"responses\": [");
    for (int i = 0; i < responses.length; i++) {
      json.append(i > 0 ? ", " : "")
          .append("{\"date\": \"2026-0")
          .append(i + 2)
          .append("-02\", \"response\": \"")
          .append(responses[i])
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  // ------------------------------------------------------------------------ generated studies

  @Test
  void generatedStudy_givesTheJsonContract_forEveryItem() {
    Cli.Run run =
        Cli.withInput(study(15, 3, 0.1), "agreement", "--ndjson", "--bootstrap", "50", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("NaN").doesNotContain("Infinity");
    JsonNode study = json(run.out());
    assertThat(study.get("readers").toString()).isEqualTo("[\"R1\",\"R2\",\"R3\"]");
    assertThat(study.get("cases").asInt()).isEqualTo(15);
    assertThat(study.get("errors")).isEmpty();
    List<String> names = new ArrayList<>();
    study.get("items").forEach(item -> names.add(item.get("item").asText()));
    assertThat(names)
        .startsWith("overall", "neuro", "csf", "imaging", "compositeScore", "neuro.gait")
        .contains("targets.T1.score", "neuro.behaviour")
        .endsWith("bestOverallResponse", "confirmedBestOverallResponse", "progressionDate");
    JsonNode overall = item(study, "overall");
    assertThat(overall.get("level").asText()).isEqualTo("nominal");
    assertThat(overall.get("units").asInt()).isEqualTo(15 * 4);
    assertThat(overall.get("cohenKappa").get("pairs")).hasSize(3);
    JsonNode pair = overall.get("cohenKappa").get("pairs").get(0);
    assertThat(pair.get("readers").toString()).isEqualTo("[\"R1\",\"R2\"]");
    assertThat(pair.get("ci95")).hasSize(2);
    assertThat(pair.get("ci95").get(0).asDouble())
        .isLessThanOrEqualTo(pair.get("ci95").get(1).asDouble());
    assertThat(overall.get("fleissKappa").get("value").isNumber()).isTrue();
    assertThat(overall.get("krippendorffAlpha").get("ci95")).hasSize(2);
    assertThat(overall.has("weightedKappa")).isFalse();
    assertThat(item(study, "neuro.gait").has("weightedKappa")).isTrue();
    assertThat(item(study, "compositeScore").get("icc").get("value").isNumber()).isTrue();
    assertThat(study.get("completeness")).hasSize(3);
    assertThat(study.get("reportedVsDerived")).hasSize(3);
    assertThat(study.get("reportedVsDerived").get(0).get("followUps").asInt()).isPositive();
    assertThat(study.get("adjudication").isArray()).isTrue();
  }

  /**
   * The generator's disagreement is what the statistics measure: as the probability that a reader
   * changes a rated value rises from 0 to 0.5, Krippendorff's alpha of the overall response and of
   * the gait level falls, step by step, and with no disagreement every rated item agrees perfectly.
   */
  @Test
  void generatedStudy_agreementFallsAsDisagreementRises() {
    double[] disagreements = {0, 0.05, 0.2, 0.5};
    double[] overall = new double[disagreements.length];
    double[] gait = new double[disagreements.length];
    for (int i = 0; i < disagreements.length; i++) {
      Cli.Run run =
          Cli.withInput(
              study(40, 16, disagreements[i]), "agreement", "--ndjson", "--bootstrap", "0", "-");
      assertThat(run.exitCode()).as(run.err()).isZero();
      JsonNode study = json(run.out());
      overall[i] = item(study, "overall").get("krippendorffAlpha").get("value").asDouble();
      gait[i] = item(study, "neuro.gait").get("krippendorffAlpha").get("value").asDouble();
      if (disagreements[i] == 0) {
        assertThat(item(study, "overall").get("percentAgreement").asDouble()).isEqualTo(1.0);
        assertThat(overall[i]).isEqualTo(1.0);
        assertThat(gait[i]).isEqualTo(1.0);
        assertThat(study.get("adjudication")).isEmpty();
      }
    }
    for (int i = 1; i < disagreements.length; i++) {
      assertThat(overall[i]).as("overall at P=%s", disagreements[i]).isLessThan(overall[i - 1]);
      assertThat(gait[i]).as("gait at P=%s", disagreements[i]).isLessThan(gait[i - 1]);
    }
  }

  @Test
  void generateWithReaders_sameSeed_sameBytes_andEveryRatingScores() {
    String first = study(10, 99, 0.3);
    assertThat(study(10, 99, 0.3)).isEqualTo(first);
    assertThat(first.lines()).hasSize(30);
    assertThat(first.lines().filter(line -> line.contains("\"reader\":\"R3\""))).hasSize(10);
    assertThat(first).contains("\"reportedOverall\":");
    Cli.Run scored = Cli.withInput(first, "score", "--ndjson", "-");
    assertThat(scored.exitCode()).as(scored.err()).isZero();
    assertThat(scored.out()).doesNotContain("\"error\"");
  }

  @Test
  void generateWithReaders_thePatientsDoNotDependOnTheDisagreement() {
    // With no disagreement the readers' ratings differ only in reader and reported calls.
    List<String> ratings =
        study(5, 8, 0)
            .lines()
            .map(line -> line.replaceAll(",\"reportedOverall\":\"[A-Z]+\"", ""))
            .toList();
    for (int patient = 0; patient < 5; patient++) {
      String r1 = ratings.get(3 * patient).replace("\"R1\"", "\"R\"");
      assertThat(ratings.get(3 * patient + 1).replace("\"R2\"", "\"R\"")).isEqualTo(r1);
      assertThat(ratings.get(3 * patient + 2).replace("\"R3\"", "\"R\"")).isEqualTo(r1);
    }
  }

  @Test
  void sameSeed_sameOutput_otherSeed_otherIntervals() {
    String input = study(12, 5, 0.2);
    Cli.Run first = Cli.withInput(input, "agreement", "--ndjson", "--bootstrap", "100", "-");
    Cli.Run again = Cli.withInput(input, "agreement", "--ndjson", "--bootstrap", "100", "-");
    Cli.Run other =
        Cli.withInput(input, "agreement", "--ndjson", "--bootstrap", "100", "--seed", "2", "-");
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(other.out()).isNotEqualTo(first.out());
    JsonNode a = json(first.out());
    JsonNode b = json(other.out());
    assertThat(item(b, "overall").get("krippendorffAlpha").get("value"))
        .isEqualTo(item(a, "overall").get("krippendorffAlpha").get("value"));
  }

  @Test
  void text_fitsInAHundredColumns_andNamesEveryItem() {
    Cli.Run run =
        Cli.withInput(
            study(12, 4, 0.2), "agreement", "--ndjson", "--text", "--bootstrap", "20", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(run.out())
        .contains("rano agreement: 3 readers (R1, R2, R3), 12 cases, 36 ratings, 0 error records")
        .contains("overall ")
        .contains("progressionDate ")
        .contains("Completeness")
        .contains("Reported overall call against the library's")
        .contains("Adjudication: ");
  }

  @Test
  void outputFile_holdsWhatStandardOutputWould(@TempDir Path dir) throws IOException {
    String input = study(6, 2, 0.2);
    Path file = dir.resolve("agreement.json");
    Cli.Run toFile =
        Cli.withInput(
            input, "agreement", "--ndjson", "--bootstrap", "20", "--output", file.toString(), "-");
    Cli.Run toStdout = Cli.withInput(input, "agreement", "--ndjson", "--bootstrap", "20", "-");
    assertThat(toFile.exitCode()).isZero();
    assertThat(toFile.out()).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(toStdout.out());
  }

  // --------------------------------------------------------------------------- hand-made input

  @Test
  void errorRecords_leaveThePatientOut_exitOne_andAreOnStandardError() {
    String input =
        String.join(
            "\n",
            sequence("A", "R1", "SD", "PD"),
            sequence("A", "R2", "SD", "SD"),
            sequence("B", "R1", "PR", "PR"),
            sequence("B", "R1", "PR", "SD"), // R1 twice for B
            sequence("C", "R1", "SD").replace("2026-02-02", "2026-02-03"),
            sequence("C", "R2", "SD"), // dates differ
            sequence("D", "R1", "SD").replace("\"reader\": \"R1\", ", ""), // no reader
            sequence("D", "R2", "SD"),
            "{not json",
            sequence("E", "R1", "PRR")); // not a response
    Cli.Run run = Cli.withInput(input, "agreement", "--ndjson", "--bootstrap", "0", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    JsonNode study = json(run.out());
    assertThat(study.get("cases").asInt()).isEqualTo(1);
    assertThat(study.get("ratings").asInt()).isEqualTo(8);
    List<String> errors = new ArrayList<>();
    study
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    e.get("source").asText()
                        + "|"
                        + e.get("id").asText()
                        + "|"
                        + e.get("path").asText()
                        + "|"
                        + e.get("message").asText()));
    assertThat(errors).hasSize(6);
    assertThat(errors.get(0)).startsWith("line 9|null||not JSON");
    assertThat(errors.get(1)).startsWith("line 10|E|responses[0].response|");
    assertThat(errors)
        .anySatisfy(e -> assertThat(e).startsWith("line 7|D|reader|is missing"))
        .anySatisfy(e -> assertThat(e).startsWith("line 8|D||left out of the statistics"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith("line 3, line 4|B|reader|reader \"R1\" rated this patient twice"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .startsWith(
                        "line 5, line 6|C|responses[0].date|2026-02-02 by R2 (line 6), "
                            + "2026-02-03 by R1 (line 5)"));
    assertThat(run.errLines()).hasSize(6);
    assertThat(run.errLines().get(0)).startsWith("rano: line 9: not JSON");

    Cli.Run quiet = Cli.withInput(input, "agreement", "--ndjson", "--bootstrap", "0", "-q", "-");
    assertThat(quiet.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(run.out());
  }

  @Test
  void noVariation_isNullWithANote_neverNaN() {
    String input =
        String.join(
            "\n",
            sequence("A", "R1", "SD", "SD"),
            sequence("A", "R2", "SD", "SD"),
            sequence("B", "R1", "SD"),
            sequence("B", "R2", "SD"));
    Cli.Run run = Cli.withInput(input, "agreement", "--ndjson", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode overall = item(json(run.out()), "overall");
    assertThat(overall.get("percentAgreement").asDouble()).isEqualTo(1.0);
    JsonNode kappa = overall.get("cohenKappa").get("pairs").get(0);
    assertThat(kappa.get("value").isNull()).isTrue();
    assertThat(kappa.get("ci95").isNull()).isTrue();
    assertThat(kappa.get("note").asText()).startsWith("no variation");
    assertThat(overall.get("cohenKappa").get("median").isNull()).isTrue();
    assertThat(overall.get("krippendorffAlpha").get("note").asText()).startsWith("no variation");
    assertThat(run.out()).doesNotContain("NaN");
  }

  @Test
  void progressionDates_agreeWithinTheTolerance() {
    String input =
        String.join(
            "\n",
            sequence("A", "R1", "SD", "PD", "PD").replace("2026-03-02", "2026-03-02"),
            sequence("A", "R2", "SD", "SD", "PD"));
    // R1's first PD is on 2026-03-02, R2's on 2026-04-02: 31 days apart.
    JsonNode strict = json(Cli.withInput(input, "agreement", "--ndjson", "-").out());
    JsonNode lenient =
        json(
            Cli.withInput(input, "agreement", "--ndjson", "--date-tolerance-days", "31", "-")
                .out());
    JsonNode tooStrict =
        json(
            Cli.withInput(input, "agreement", "--ndjson", "--date-tolerance-days", "30", "-")
                .out());
    assertThat(item(strict, "progressionDate").get("percentAgreement").asDouble()).isZero();
    assertThat(item(tooStrict, "progressionDate").get("percentAgreement").asDouble()).isZero();
    assertThat(item(lenient, "progressionDate").get("percentAgreement").asDouble()).isEqualTo(1.0);
    assertThat(item(lenient, "progressionDate").get("toleranceDays").asInt()).isEqualTo(31);
    assertThat(strict.get("adjudication").toString()).contains("\"item\":\"progressionDate\"");
    assertThat(lenient.get("adjudication").toString()).doesNotContain("progressionDate");
  }

  @Test
  void reportedCalls_areComparedWithTheLibrarysCall_withItsRules() {
    String neuro =
        "{\"gait\": 0, \"strength\": 0, \"sensation\": 0, \"vision\": 0, \"eyeMovements\": 0,"
            + " \"facialStrength\": 0, \"hearing\": 0, \"swallowing\": 0,"
            + " \"levelOfConsciousness\": 0, \"behaviour\": 0}";
    String rating =
        "{\"id\": \"P\", \"reader\": \"%s\", \"baseline\": {\"date\": \"2026-01-05\", \"neuro\": "
            + neuro
            + ", \"csf\": {\"result\": \"POSITIVE\", \"volumeMl\": 8}}, \"followUps\": [{\"date\":"
            + " \"2026-02-02\", \"neuro\": "
            + neuro
            + ", \"csf\": {\"result\": \"POSITIVE\", \"volumeMl\": 8}, \"reportedOverall\":"
            + " \"%s\"}]}";
    String input = String.format(rating, "R1", "PR") + "\n" + String.format(rating, "R2", "NE");
    Cli.Run run = Cli.withInput(input, "agreement", "--ndjson", "--bootstrap", "0", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode reported = json(run.out()).get("reportedVsDerived");
    String derived = reported.get(0).get("disagreements").get(0).get("derived").asText();
    assertThat(reported.get(0).get("reader").asText()).isEqualTo("R1");
    assertThat(reported.get(0).get("followUps").asInt()).isEqualTo(1);
    assertThat(reported.get(0).get("agreeing").asInt()).isZero();
    assertThat(reported.get(0).get("disagreements").get(0).get("reported").asText())
        .isEqualTo("PR");
    assertThat(reported.get(0).get("disagreements").get(0).get("rules").toString())
        .contains("OVR-");
    assertThat(derived).isNotEqualTo("PR");
    assertThat(reported.get(1).get("share").asDouble()).isEqualTo(derived.equals("NE") ? 1 : 0);
  }

  @Test
  void badOptionValues_areUsageErrors() {
    assertThat(Cli.withInput("", "agreement", "--bootstrap", "-1", "-").exitCode())
        .isEqualTo(Main.EXIT_USAGE);
    Cli.Run tolerance = Cli.withInput("", "agreement", "--date-tolerance-days", "4000", "-");
    assertThat(tolerance.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(tolerance.err()).contains("--date-tolerance-days 4000: allowed: 0 to 3650");
    Cli.Run generate =
        Cli.run(
            "generate",
            "--cases",
            "1",
            "--seed",
            "1",
            "--readers",
            "2",
            "--invalid-fraction",
            "0.5");
    assertThat(generate.exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void help_listsTheCommand() {
    assertThat(Cli.run("--help").out()).contains("agreement");
    assertThat(Cli.run("agreement", "--help").out())
        .contains("95 % percentile bootstrap interval")
        .doesNotContain("%n")
        .contains("--bootstrap")
        .contains("--date-tolerance-days")
        .contains("--confirmation-days");
  }
}
