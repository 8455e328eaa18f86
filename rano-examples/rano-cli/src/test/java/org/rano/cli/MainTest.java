package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code rano} command in-process: exit codes, help, modes, options, streams. */
class MainTest {

  private static final String[] CRITERIA_OPTIONS = {
    "--confirmation-days",
    "--max-ne-between",
    "--accept-sd-between",
    "--sd-minimum-days",
    "--imaging",
    "--neuro-improvement",
    "--neuro-missing",
    "--neuro-reference",
    "--imaging-reference",
    "--measurable-nodule",
    "--response-requires-csf-clearance",
    "--cr-requires-no-steroids",
    "--csf-conversion-is-progression",
    "--csf-clearance-confirmation-days",
    "--pr-after-cr-breaks-confirmation",
    "--csf-relapse-after-clearance",
    "--backdated-progression-rewrites-visit",
    "--csf-missing-blocks",
    "--csf-equivocal-then-positive",
    "--csf-inadequate-baseline-negative",
    "--csf-minimum-volume-ml",
    "--composite-min-increase",
    "--attributed-worsening-blocks-cr",
    "--clinical-deterioration-is-progression"
  };

  // ------------------------------------------------------------------------------------- help

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void help_rano_listsTheScoreCommandAndExitCodes_exit0(String option) {
    Cli.Run run = Cli.run(option);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: rano", "score", "Exit codes", "2");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void help_score_describesEveryOptionAndPolicy_exit0(String option) {
    Cli.Run run = Cli.run("score", option);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("FILE|-", "--ndjson", "--text", "Exit codes");
    assertThat(run.out()).contains(CRITERIA_OPTIONS);
    assertThat(run.out())
        .contains("RANO_LM_2017", "LANO_2019", "EVALUABLE_ONLY", "BEST_SO_FAR", "NADIR", "GE_5X5");
    assertThat(run.out())
        .as("every policy name of the criteria object")
        .contains(org.rano.Criteria.defaults().policies().keySet());
  }

  @ParameterizedTest
  @CsvSource({"--version,", "-V,", "score,--version", "classify,--version", "generate,-V"})
  void version_printsTheBuildVersion_exit0(String first, String second) {
    Cli.Run run = second == null ? Cli.run(first) : Cli.run(first, second);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    // the version Maven filtered into version.properties, e.g. 0.1.0-SNAPSHOT
    assertThat(run.out()).matches("rano \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(run.out()).isEqualTo("rano " + Main.Version.version() + "\n");
  }

  // ------------------------------------------------------------------------------ usage errors

  @Test
  void everyCommandsHelp_isPrintedWithoutAWarning() {
    for (String command : new String[] {"score", "classify", "generate", "report", "agreement"}) {
      Cli.Run run = Cli.run(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: rano " + command);
      // picocli writes "[picocli WARN] Could not format ..." there for a bare % in a description
      assertThat(run.err()).as(command).isEmpty();
    }
    Cli.Run top = Cli.run("--help");
    assertThat(top.exitCode()).isZero();
    assertThat(top.err()).isEmpty();
  }

  @Test
  void noCommand_isUsageError_exit2() {
    Cli.Run run = Cli.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("rano: missing command");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownOption_isUsageError_exit2() {
    Cli.Run run = Cli.run("score", "--frobnicate", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("rano: Unknown option: '--frobnicate'");
    assertNoStackTrace(run);
  }

  @Test
  void unknownCommand_isUsageError_exit2() {
    Cli.Run run = Cli.run("assess", "x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("rano: ");
  }

  @Test
  void missingFile_isUsageError_exit2() {
    Cli.Run run = Cli.run("score");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("FILE|-");
  }

  @Test
  void unreadableFile_isUsageError_exit2(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    Cli.Run run = Cli.run("score", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("rano: " + missing + ": cannot read: no such file\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void directory_isUsageError_exit2(@TempDir Path dir) {
    Cli.Run run = Cli.run("score", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is a directory");
  }

  @ParameterizedTest
  @CsvSource({
    "--confirmation-days, -1, '--confirmation-days: -1 is negative'",
    "--confirmation-days, x, '--confirmation-days: \"x\" is not a whole number in ASCII digits'",
    "--csf-conversion-is-progression, maybe, "
        + "'--csf-conversion-is-progression: \"maybe\" is not allowed; allowed: true, false'",
    "--pr-after-cr-breaks-confirmation, TRUE, '--pr-after-cr-breaks-confirmation: \"TRUE\"'",
    "--imaging, FOO, '--imaging: \"FOO\" is not allowed; allowed: RANO_LM_2017, LANO_2019'",
    "--neuro-missing, LENIENT, 'STRICT, EVALUABLE_ONLY'",
    "--csf-relapse-after-clearance, RELAPSE, '--csf-relapse-after-clearance: \"RELAPSE\" is not "
        + "allowed; allowed: CONVERTED, PERSISTENT'",
    "--csf-minimum-volume-ml, -1, '--csf-minimum-volume-ml: \"-1\" is not allowed; allowed: a "
        + "volume in mL from 0 to 1000'",
    "--composite-min-increase, 0, '--composite-min-increase: \"0\" is not allowed; allowed: a "
        + "whole number of 1 or more'",
    "--csf-missing-blocks, SOME, 'allowed: ALL, CR_ONLY'",
    "--cr-requires-no-steroids, yes, '--cr-requires-no-steroids: \"yes\" is not allowed'"
  })
  void badOptionValue_isUsageError_exit2(String option, String value, String message) {
    Cli.Run run = Cli.withInput(Fixtures.sequence("S"), "score", option, value, "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("rano: ").contains(message);
    assertThat(run.out()).isEmpty();
    assertNoStackTrace(run);
  }

  // --------------------------------------------------------------------------------- one case

  @Test
  void score_file_printsOneResultObject_exit0() {
    Cli.Run run = Cli.run("score", Fixtures.CASES.resolve("pr-confirmed.json").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode result = Fixtures.parse(run.out());
    assertThat(result.get("id").asText()).isEqualTo("EX-PR-CONFIRMED");
    assertThat(result.get("bestOverallResponse").get("response").asText()).isEqualTo("PR");
    assertThat(run.out()).endsWith("}\n").contains("\n  \"timepoints\": [");
  }

  @Test
  void score_stdin_dash_readsStandardInput_exit0() {
    Cli.Run run = Cli.withInput(Fixtures.twoLesionPr("P1"), "score", "-");

    assertThat(run.exitCode()).isZero();
    JsonNode result = Fixtures.parse(run.out());
    assertThat(result.get("timepoints").get(0).get("overall").asText()).isEqualTo("PR");
  }

  @Test
  void score_invalidCase_printsErrorRecordAndMessage_exit1() {
    Path file = Fixtures.CASES.resolve("invalid.json");

    Cli.Run run = Cli.run("score", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode error = Fixtures.parse(run.out());
    assertThat(error.get("id").asText()).isEqualTo("EX-INVALID");
    assertThat(error.get("error").get("path").asText()).isEqualTo("followUps[0].neuro.sensation");
    assertThat(run.err())
        .isEqualTo(
            "rano: "
                + file
                + " EX-INVALID: "
                + "followUps[0].neuro.sensation: "
                + error.get("error").get("message").asText()
                + "\n");
    assertNoStackTrace(run);
  }

  @Test
  void score_textThatIsNotJson_pathIsEmpty_exit1() {
    Cli.Run run = Cli.withInput("this is not JSON", "score", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode error = Fixtures.parse(run.out());
    assertThat(error.get("id").isNull()).isTrue();
    assertThat(error.get("error").get("path").asText()).isEmpty();
    assertThat(run.err()).startsWith("rano: standard input: not JSON");
  }

  @Test
  void score_twoCasesWithoutNdjson_isRejectedWithAHint_exit1() {
    Cli.Run run =
        Cli.withInput(Fixtures.sequence("A") + "\n" + Fixtures.sequence("B") + "\n", "score", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("--ndjson");
  }

  @Test
  void score_emptyInput_isRejected_exit1() {
    Cli.Run run = Cli.withInput("", "score", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Fixtures.parse(run.out()).get("error").get("path").asText()).isEmpty();
  }

  @Test
  void score_isDeterministic_byteIdenticalOutput() {
    String cohort = Fixtures.read(Fixtures.CASES.resolve("cohort.ndjson"));

    Cli.Run first = Cli.withInput(cohort, "score", "--ndjson", "-");
    Cli.Run second = Cli.withInput(cohort, "score", "--ndjson", "-");

    assertThat(second.out()).isEqualTo(first.out());
    assertThat(Cli.run("score", "../examples/cases/cr.json").out())
        .isEqualTo(Cli.run("score", "../examples/cases/cr.json").out());
  }

  // ----------------------------------------------------------------------------------- NDJSON

  @Test
  void ndjson_oneOutputLinePerNonBlankInputLine_inOrder_withInvalidAndMalformedLines() {
    List<String> input =
        List.of(
            Fixtures.twoLesionPr("A"),
            "",
            "{\"id\":\"B\",\"baseline\":{\"date\":\"2026-01-05\",\"bogus\":true}}",
            "   ",
            "{not json",
            Fixtures.sequence("C"),
            "{\"id\":\"D\",\"referenceDate\":\"2026-01-01\",\"responses\":[{\"date\":\"2026-02-01\","
                + "\"response\":\"PR\"},{\"date\":\"2026-01-15\",\"response\":\"PR\"}]}",
            "[]",
            Fixtures.twoLesionPr("E"));

    Cli.Run run = Cli.withInput(String.join("\n", input) + "\n", "score", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(7);
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = Fixtures.parse(line);
      assertThat(node.isObject()).isTrue();
      ids.add(node.get("id").isNull() ? null : node.get("id").asText());
    }
    assertThat(ids).containsExactly("A", "B", null, "C", "D", null, "E");
    assertThat(Fixtures.parse(lines.get(0)).has("timepoints")).isTrue();
    assertThat(Fixtures.parse(lines.get(1)).get("error").get("path").asText())
        .isEqualTo("baseline.bogus");
    assertThat(Fixtures.parse(lines.get(4)).get("error").get("path").asText())
        .isEqualTo("responses[1].date");
    assertThat(run.errLines()).hasSize(4);
    assertThat(run.errLines().get(0)).startsWith("rano: line 3 B: baseline.bogus: unknown field");
    assertThat(run.errLines().get(1)).startsWith("rano: line 5: not JSON");
    assertThat(run.errLines().get(2)).startsWith("rano: line 7 D: responses[1].date: ");
    assertThat(run.errLines().get(3)).startsWith("rano: line 8: a case is a JSON object");
    assertNoStackTrace(run);
  }

  @Test
  void ndjson_allValid_exit0() {
    Cli.Run run = Cli.run("score", "--ndjson", "../examples/cases/cohort.ndjson");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSize(6);
  }

  @Test
  void ndjson_emptyInput_noOutput_exit0() {
    Cli.Run run = Cli.withInput("\n\n", "score", "--ndjson", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void ndjson_crlfLineEndingsAndByteOrderMark_areAccepted() {
    String input = "\uFEFF" + Fixtures.sequence("A") + "\r\n" + Fixtures.sequence("B") + "\r\n";

    Cli.Run run = Cli.withInput(input, "score", "--ndjson", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void ndjson_lastLineWithoutLineBreak_isScored() {
    Cli.Run run =
        Cli.withInput(
            Fixtures.sequence("A") + "\n" + Fixtures.sequence("B"), "score", "--ndjson", "-");

    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void ndjson_invalidUtf8Line_isRejected_othersScored() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes((Fixtures.sequence("A") + "\n").getBytes(StandardCharsets.UTF_8));
    input.writeBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    input.writeBytes((Fixtures.sequence("B") + "\n").getBytes(StandardCharsets.UTF_8));

    Cli.Run run = Cli.withInput(input.toByteArray(), "score", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(1)).contains("not valid UTF-8");
  }

  /** On the command's thread, and on worker threads (every record written before waiting). */
  @ParameterizedTest
  @ValueSource(strings = {"1", "4"})
  void ndjson_asCoProcess_answersEachLineBeforeTheNextIsSent(String threads) throws Exception {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          PipedOutputStream feed = new PipedOutputStream();
          PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
          PipedInputStream results = new PipedInputStream(1 << 20);
          PrintStream stdout =
              new PrintStream(new PipedOutputStream(results), false, StandardCharsets.UTF_8);
          ByteArrayOutputStream stderr = new ByteArrayOutputStream();
          AtomicInteger exit = new AtomicInteger(-1);
          Thread rano =
              new Thread(
                  () ->
                      exit.set(
                          Main.run(
                              new String[] {"score", "--ndjson", "--threads", threads, "-"},
                              stdin,
                              stdout,
                              new PrintStream(stderr, true, StandardCharsets.UTF_8))));
          rano.start();
          BufferedReader answers =
              new BufferedReader(new InputStreamReader(results, StandardCharsets.UTF_8));

          for (String id : List.of("first", "second", "third")) {
            feed.write((Fixtures.sequence(id) + "\n").getBytes(StandardCharsets.UTF_8));
            feed.flush();
            String answer = answers.readLine();
            assertThat(Fixtures.parse(answer).get("id").asText()).isEqualTo(id);
          }
          feed.write("oops\n".getBytes(StandardCharsets.UTF_8));
          feed.flush();
          assertThat(Fixtures.parse(answers.readLine()).get("error").get("path").asText())
              .isEmpty();
          feed.close();
          rano.join();
          assertThat(exit.get()).isEqualTo(1);
        });
  }

  // ------------------------------------------------------------------------------------- text

  @Test
  void text_rawCase_oneLinePerTimePointThenBestResponsesAndProgression() {
    Cli.Run run = Cli.run("score", "--text", "../examples/cases/pd-neuro.json");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).startsWith("Case EX-PD-NEURO");
    assertThat(lines.get(1))
        .contains("date", "days", "neuro", "CSF", "imaging", "overall", "confirmed", "rules");
    // the rules column is broken at spaces, under itself, to keep lines within 100 columns
    assertThat(lines.get(2) + lines.get(3))
        .startsWith("2026-01-26")
        .contains("STABLE", "PERSISTENT", "SD 2/2 (0.0%)", "OVR-5");
    assertThat(lines.get(4) + lines.get(5) + lines.get(6))
        .startsWith("2026-03-09")
        .contains("PROGRESSION", "PD", "NEURO-1", "NEURO-2", "OVR-1");
    assertThat(lines.get(6)).matches(" {86}IMG-9 OVR-1");
    assertThat(lines.get(7)).startsWith("2026-04-06").contains("(after PD)", "-50.0%");
    assertThat(lines.get(9)).isEqualTo(TextReport.LEGEND.strip());
    assertThat(run.out())
        .contains(
            "Best overall response:           PD on 2026-03-09",
            "Confirmed best overall response: PD on 2026-03-09",
            "Progression:                     2026-03-09 (day 63)");
  }

  @Test
  void text_sequence_showsOverallConfirmedAndAfterProgression() {
    Cli.Run run = Cli.withInput(Fixtures.sequence("S"), "score", "--text", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(1)).contains("date", "days", "overall", "confirmed", "after PD");
    assertThat(run.outLines().get(2)).matches("2026-02-07\\s+28\\s+PR\\s+yes\\s+no");
  }

  @Test
  void text_ndjson_oneTablePerCase_rejectedCaseNamed() {
    String input = Fixtures.sequence("A") + "\n{\"id\":\"B\"}\n" + Fixtures.sequence("C") + "\n";

    Cli.Run run = Cli.withInput(input, "score", "--text", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Case A", "Case B: REJECTED: baseline: is missing", "Case C");
  }

  // --------------------------------------------------------------------------------- criteria

  @Test
  void criteriaOption_changesTheResult_confirmationDays() {
    String sequence = Fixtures.sequence("S");

    JsonNode defaults = Fixtures.parse(Cli.withInput(sequence, "score", "-").out());
    JsonNode strict =
        Fixtures.parse(Cli.withInput(sequence, "score", "--confirmation-days", "60", "-").out());

    assertThat(defaults.get("timepoints").get(0).get("confirmed").asBoolean()).isTrue();
    assertThat(strict.get("timepoints").get(0).get("confirmed").asBoolean()).isFalse();
    assertThat(strict.get("confirmedBestOverallResponse").get("response").asText()).isEqualTo("SD");
    assertThat(strict.get("criteria").get("confirmationDays").asInt()).isEqualTo(60);
  }

  @Test
  void caseCriteria_overrideTheOptions() {
    ObjectNodeEdit edit = new ObjectNodeEdit(Fixtures.sequence("S"));
    edit.root().putObject("criteria").put("confirmationDays", 28);

    JsonNode result =
        Fixtures.parse(
            Cli.withInput(
                    edit.toString(),
                    "score",
                    "--confirmation-days",
                    "60",
                    "--max-ne-between",
                    "0",
                    "-")
                .out());

    assertThat(result.get("criteria").get("confirmationDays").asInt()).isEqualTo(28);
    assertThat(result.get("criteria").get("maxNeBetween").asInt()).isZero();
    assertThat(result.get("timepoints").get(0).get("confirmed").asBoolean()).isFalse();
  }

  @Test
  void caseCriteria_changeTheResult_perCaseInOneStream() {
    ObjectNodeEdit lenient = new ObjectNodeEdit(Fixtures.sequence("lenient"));
    lenient.root().putObject("criteria").put("confirmationDays", 14);
    ObjectNodeEdit strict = new ObjectNodeEdit(Fixtures.sequence("strict"));
    strict.root().putObject("criteria").put("confirmationDays", 70);

    Cli.Run run = Cli.withInput(lenient + "\n" + strict + "\n", "score", "--ndjson", "-");

    JsonNode first = Fixtures.parse(run.outLines().get(0));
    JsonNode second = Fixtures.parse(run.outLines().get(1));
    assertThat(first.get("confirmedBestOverallResponse").get("response").asText()).isEqualTo("PR");
    assertThat(second.get("confirmedBestOverallResponse").get("response").asText()).isEqualTo("SD");
  }

  @ParameterizedTest
  @CsvSource({
    "--confirmation-days, 14, confirmationDays, 14",
    "--max-ne-between, 3, maxNeBetween, 3",
    "--accept-sd-between, , acceptSdBetween, true",
    "--sd-minimum-days, 42, sdMinimumDays, 42",
    "--imaging, RANO_LM_2017, imaging, RANO_LM_2017",
    "--neuro-improvement, NONE, neuroImprovement, NONE",
    "--neuro-missing, EVALUABLE_ONLY, neuroMissingDomains, EVALUABLE_ONLY",
    "--neuro-reference, BEST_SO_FAR, neuroReference, BEST_SO_FAR",
    "--imaging-reference, NADIR, imagingProgressionReference, NADIR",
    "--measurable-nodule, GE_5X5, measurableNodule, GE_5X5",
    "--response-requires-csf-clearance, , responseRequiresCsfClearance, true",
    "--cr-requires-no-steroids, false, crRequiresNoSteroids, false",
    "--csf-conversion-is-progression, false, csfConversionIsProgression, false",
    "--csf-clearance-confirmation-days, 21, csfClearanceConfirmationDays, 21",
    "--pr-after-cr-breaks-confirmation, false, prAfterCrBreaksConfirmation, false",
    "--csf-relapse-after-clearance, PERSISTENT, csfRelapseAfterClearance, PERSISTENT",
    "--backdated-progression-rewrites-visit, false, backdatedProgressionRewritesVisit, false",
    "--csf-missing-blocks, CR_ONLY, csfMissingBlocks, CR_ONLY",
    "--csf-equivocal-then-positive, PERSISTENT, csfEquivocalThenPositive, PERSISTENT",
    "--csf-inadequate-baseline-negative, EQUIVOCAL, csfInadequateBaselineNegative, EQUIVOCAL",
    "--csf-minimum-volume-ml, 7.5, csfMinimumVolumeMl, 7.5",
    "--composite-min-increase, 2, compositeMinIncrease, 2",
    "--attributed-worsening-blocks-cr, true, attributedWorseningBlocksCr, true",
    "--clinical-deterioration-is-progression, false, clinicalDeteriorationIsProgression, false"
  })
  void everyCriteriaOption_setsItsPolicy(
      String option, String value, String policy, String expected) {
    List<String> args = new ArrayList<>(List.of("score", option));
    if (value != null) {
      args.add(value);
    }
    args.add("-");

    Cli.Run run = Cli.withInput(Fixtures.twoLesionPr("P"), args.toArray(new String[0]));

    assertThat(run.exitCode()).isZero();
    assertThat(Fixtures.parse(run.out()).get("criteria").get(policy).asText()).isEqualTo(expected);
  }

  @Test
  void criteriaOption_crRequiresNoSteroids_isOnByDefault_falseAcceptsACrOnSteroids() {
    String cr =
        Fixtures.read(Fixtures.CASES.resolve("cr.json"))
            .replace("\"steroidMgPerDay\": 0", "\"steroidMgPerDay\": 1");

    JsonNode defaults = Fixtures.parse(Cli.withInput(cr, "score", "-").out());
    JsonNode explicit =
        Fixtures.parse(Cli.withInput(cr, "score", "--cr-requires-no-steroids", "true", "-").out());
    JsonNode allowed =
        Fixtures.parse(Cli.withInput(cr, "score", "--cr-requires-no-steroids", "false", "-").out());

    assertThat(defaults.get("timepoints").get(0).get("overall").asText()).isEqualTo("PR");
    assertThat(defaults.get("timepoints").get(0).get("rules").toString()).contains("STER-3");
    assertThat(explicit).isEqualTo(defaults);
    assertThat(allowed.get("timepoints").get(0).get("overall").asText()).isEqualTo("CR");
  }

  @Test
  void files_withOptionsAfterTheFile_areAccepted() {
    Cli.Run run = Cli.run("score", "../examples/cases/sd.json", "--text");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Case EX-SD");
  }

  @Test
  void writesToTheGivenFileOnly_noTrailingGarbage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("case.json");
    Files.writeString(file, Fixtures.twoLesionPr("F") + "\n\n  \n");

    Cli.Run run = Cli.run("score", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Fixtures.parse(run.out()).get("id").asText()).isEqualTo("F");
  }

  static void assertNoStackTrace(Cli.Run run) {
    assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", "Caused by");
    assertThat(run.out()).doesNotContain("\tat ");
  }

  /** A case as a mutable JSON tree, for small edits. */
  static final class ObjectNodeEdit {
    private final com.fasterxml.jackson.databind.node.ObjectNode root;

    ObjectNodeEdit(String json) {
      this.root = Fixtures.object(json);
    }

    com.fasterxml.jackson.databind.node.ObjectNode root() {
      return root;
    }

    @Override
    public String toString() {
      return root.toString();
    }
  }
}
