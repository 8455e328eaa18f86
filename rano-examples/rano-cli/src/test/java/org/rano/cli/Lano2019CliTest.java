package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.rano.cli.Fixtures.with;
import static org.rano.cli.Fixtures.without;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Splitter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The revised 2019 scorecard ({@code imaging = LANO_2019}, spec section 4.4) through the {@code
 * rano score} command: the {@code lano2019} block read strictly with the path of the first invalid
 * field, each of LANO-1 to LANO-5 (and IMG-11, IMG-14) reached, the result and the table, and the
 * profile chosen by the option or by the case's own criteria.
 */
class Lano2019CliTest {

  /**
   * A LANO_2019 case (criteria in the case) with positive baseline cytology: brain nodules (one
   * measurable nodule), brain linear and spine linear enhancement present at baseline; two
   * follow-ups, 28 and 56 days later, every item unchanged, CSF negative: SD then SD.
   */
  private static final String LANO = lanoCase("L");

  /** The same case without its criteria, for the option. */
  private static final String LANO_NO_CRITERIA = without(LANO, "/criteria");

  static String lanoCase(String id) {
    return "{\"id\":\""
        + id
        + "\",\"criteria\":{\"imaging\":\"LANO_2019\"},"
        + "\"baseline\":{\"date\":\"2026-01-05\",\"neuro\":"
        + Fixtures.neuro()
        + ",\"csf\":{\"result\":\"POSITIVE\",\"volumeMl\":10},\"lano2019\":{"
        + "\"brainNodules\":{\"present\":true,\"nodulesMm\":[[12,8]]},"
        + "\"brainLinear\":{\"present\":true},"
        + "\"hydrocephalus\":{\"present\":false},"
        + "\"spineNodules\":{\"present\":false},"
        + "\"spineLinear\":{\"present\":true}}},"
        + "\"followUps\":["
        + followUp("2026-02-02")
        + ","
        + followUp("2026-03-02")
        + "]}";
  }

  private static String followUp(String date) {
    return "{\"date\":\""
        + date
        + "\",\"neuro\":"
        + Fixtures.neuro()
        + ",\"csf\":{\"result\":\"NEGATIVE\",\"volumeMl\":8},\"lano2019\":{"
        + "\"brainNodules\":{\"present\":true,\"change\":\"NO_CHANGE\",\"nodulesMm\":[[12,8]]},"
        + "\"brainLinear\":{\"present\":true,\"change\":\"NO_CHANGE\"},"
        + "\"hydrocephalus\":{\"present\":false,\"change\":\"NO_CHANGE\"},"
        + "\"spineNodules\":{\"present\":false,\"change\":\"NO_CHANGE\"},"
        + "\"spineLinear\":{\"present\":true,\"change\":\"NO_CHANGE\"}}}";
  }

  // ---------------------------------------------------------------------------- invalid input

  static Stream<Arguments> invalidLano() {
    String f0 = "/followUps/0/lano2019/";
    String f1 = "/followUps/1/lano2019/";
    return Stream.of(
        // the invalid inputs of the issue
        arguments(
            with(LANO, "/baseline/lano2019/brainLinear/change", "\"IMPROVED\""),
            "baseline.lano2019.brainLinear.change",
            "at follow-ups only"),
        arguments(
            with(LANO, "/baseline/lano2019/hydrocephalus/change", "\"NO_CHANGE\""),
            "baseline.lano2019.hydrocephalus.change",
            "leave change out at baseline"),
        arguments(
            with(LANO, f0 + "hydrocephalus/nodulesMm", "[[8,6]]"),
            "followUps[0].lano2019.hydrocephalus.nodulesMm",
            "only for brainNodules and spineNodules"),
        arguments(
            with(LANO, "/baseline/lano2019/brainLinear/nodulesMm", "[]"),
            "baseline.lano2019.brainLinear.nodulesMm",
            "only for brainNodules and spineNodules"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[9,8],[8,7],[7,6],[6,6]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[3]",
            "at most the 3 largest"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[9,8],[6,5]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[1]",
            "above 5 x 5 mm"),
        arguments(
            with(LANO, "/baseline/lano2019/brainNodules/nodulesMm", "[[5,5]]"),
            "baseline.lano2019.brainNodules.nodulesMm[0]",
            "not measurable"),
        arguments(
            with(LANO, "/baseline/lano2019/brainNodules/nodulesMm", "[[12,8],[5.5,5]]"),
            "baseline.lano2019.brainNodules.nodulesMm[1]",
            "not measurable"),
        arguments(
            without(LANO, f1 + "spineLinear/change"),
            "followUps[1].lano2019.spineLinear.change",
            "is missing"),
        arguments(
            without(LANO, f0 + "brainNodules/change"),
            "followUps[0].lano2019.brainNodules.change",
            "IMPROVED, NO_CHANGE, WORSE, NE"),
        // a visit holds one scorecard: the second block given is the one rejected
        arguments(
            with(LANO, "/followUps/0/targets", "[]"),
            "followUps[0].lano2019",
            "a visit holds one scorecard"),
        arguments(
            with(LANO, "/followUps/1/nonTargets", "[{\"id\":\"N1\",\"status\":\"ABSENT\"}]"),
            "followUps[1].lano2019",
            "a visit holds one scorecard"),
        arguments(
            with(LANO, "/followUps/1/newLesions", "[{\"site\":\"SPINE_NODULE\"}]"),
            "followUps[1].lano2019",
            "2017 scorecard (targets, nonTargets, newLesions)"),
        arguments(
            with(
                LANO,
                "/baseline/targets",
                "[{\"id\":\"T1\",\"site\":\"BRAIN_NODULE\",\"score\":2}]"),
            "baseline.lano2019",
            "a visit holds one scorecard"),
        arguments(
            without(LANO, "/criteria"),
            "baseline.lano2019",
            "the criteria select imaging RANO_LM_2017"),
        arguments(
            with(LANO, "/criteria/imaging", "\"RANO_LM_2017\""),
            "baseline.lano2019",
            "score with imaging LANO_2019"),
        // strictness: unknown fields, missing ones, JSON types, enum words
        arguments(
            with(LANO, "/baseline/lano2019/cranialNerves", "{\"present\":true}"),
            "baseline.lano2019.cranialNerves",
            "unknown item"),
        arguments(
            with(LANO, f0 + "spineLinear/size", "3"),
            "followUps[0].lano2019.spineLinear.size",
            "unknown field"),
        arguments(
            with(without(LANO, f0 + "spineLinear/present"), f0 + "spineLinear/size", "3"),
            "followUps[0].lano2019.spineLinear.size",
            "unknown field"),
        arguments(
            without(LANO, f0 + "hydrocephalus"),
            "followUps[0].lano2019.hydrocephalus",
            "is missing"),
        arguments(
            without(LANO, "/baseline/lano2019/spineLinear/present"),
            "baseline.lano2019.spineLinear.present",
            "is missing"),
        arguments(
            with(LANO, f0 + "brainLinear/present", "1"),
            "followUps[0].lano2019.brainLinear.present",
            "true, false or \"NE\""),
        arguments(
            with(LANO, f0 + "brainLinear/present", "\"yes\""),
            "followUps[0].lano2019.brainLinear.present",
            "\"yes\" is not allowed"),
        arguments(
            with(LANO, f0 + "brainLinear/present", "\"ne\""),
            "followUps[0].lano2019.brainLinear.present",
            "\"ne\" is not allowed"),
        arguments(
            with(LANO, f0 + "brainLinear/present", "null"),
            "followUps[0].lano2019.brainLinear.present",
            "null"),
        arguments(
            with(LANO, f1 + "brainLinear/change", "\"BETTER\""),
            "followUps[1].lano2019.brainLinear.change",
            "IMPROVED, NO_CHANGE, WORSE, NE"),
        arguments(
            with(LANO, f1 + "brainLinear/change", "\"improved\""),
            "followUps[1].lano2019.brainLinear.change",
            "is not allowed"),
        arguments(
            with(LANO, f1 + "brainLinear/change", "2"),
            "followUps[1].lano2019.brainLinear.change",
            "one of IMPROVED"),
        arguments(with(LANO, "/followUps/1/lano2019", "[]"), "followUps[1].lano2019", "an object"),
        arguments(
            with(LANO, f1 + "spineNodules", "true"),
            "followUps[1].lano2019.spineNodules",
            "an object"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "{}"),
            "followUps[1].lano2019.brainNodules.nodulesMm",
            "an array"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[8,6]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[0]",
            "an array"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[8,6,4]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[0]",
            "[long, short]"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[8,6],[7,\"6\"]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[1][1]",
            "a number"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[8,0]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[0][1]",
            "positive"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[-8,6]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[0][0]",
            "positive"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[6,8]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[0]",
            "long >= short"),
        arguments(
            with(LANO, f1 + "brainNodules/nodulesMm", "[[1e400,6]]"),
            "followUps[1].lano2019.brainNodules.nodulesMm[0][0]",
            "finite"),
        arguments(
            with(
                with(LANO, f1 + "brainNodules/present", "false"),
                f1 + "brainNodules/change",
                "\"IMPROVED\""),
            "followUps[1].lano2019.brainNodules.nodulesMm",
            "only for an item that is present"),
        arguments(
            LANO.replace(
                "\"spineNodules\":{\"present\":false}",
                "\"spineNodules\":{\"present\":false,\"present\":false}"),
            "baseline.lano2019.spineNodules.present",
            "duplicate key"),
        // the rest of the visit is still read in schema order around the block
        arguments(
            with(LANO, "/followUps/0/steroidMgPerDay", "-1"),
            "followUps[0].steroidMgPerDay",
            "negative"),
        arguments(
            with(LANO, "/followUps/1/date", "\"2026-01-20\""), "followUps[1].date", "TIME-1"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalidLano")
  void invalidLano_isRejectedAtItsPath_errorRecordStderrLineExit1(
      String json, String path, String fragment) {
    Cli.Run run = Cli.withInput(json, "score", "-");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    JsonNode record = Fixtures.parse(run.out());
    assertThat(record.get("id").asText()).isEqualTo("L");
    assertThat(record.get("error").get("path").asText()).as(run.out()).isEqualTo(path);
    String message = record.get("error").get("message").asText();
    assertThat(message).contains(fragment).doesNotContain("a bug in rano");
    assertThat(run.err()).isEqualTo("rano: standard input L: " + path + ": " + message + "\n");
    MainTest.assertNoStackTrace(run);
  }

  @Test
  void lano2019Block_givenInACaseScoredUnderTheDefault_isRejectedNotIgnored() {
    Cli.Run run =
        Cli.withInput(with(Fixtures.twoLesionPr("P"), "/followUps/0/lano2019", "{}"), "score", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Fixtures.parse(run.out()).get("error").get("path").asText())
        .startsWith("followUps[0].lano2019");
  }

  @Test
  void imagingOption_lano2019_onA2017Case_rejectsItsTargets_exit1NotUsageError() {
    Cli.Run run = Cli.withInput(Fixtures.twoLesionPr("P"), "score", "--imaging", "LANO_2019", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Fixtures.parse(run.out()).get("error").get("path").asText())
        .isEqualTo("baseline.targets");
    assertThat(run.err())
        .startsWith(
            "rano: standard input P: baseline.targets: the criteria " + "select imaging LANO_2019");
  }

  // ------------------------------------------------------------------------------ LANO-1 to 5

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // rule  | edits of followUps[0].lano2019: item=presence/change, ...    | imaging | overall
        "LANO-1 | spineLinear=true/WORSE                                         | PD | PD",
        "LANO-1 | spineNodules=true/NO_CHANGE                                    | PD | PD",
        "LANO-1 | hydrocephalus=NE/NE, brainLinear=true/WORSE                    | PD | PD",
        "LANO-2 | brainLinear=NE/NO_CHANGE                                       | NE | NE",
        "LANO-2 | brainLinear=true/NE                                            | NE | NE",
        "LANO-2 | brainNodules=true/IMPROVED, hydrocephalus=false/NE              | NE | NE",
        "LANO-3 | brainNodules=false/IMPROVED, brainLinear=false/IMPROVED, spineLinear=false/IMPROVED | CR | CR",
        "LANO-3 | brainNodules=false/NO_CHANGE, brainLinear=false/NO_CHANGE, spineLinear=false/NO_CHANGE | CR | CR",
        "LANO-4 | brainNodules=true/IMPROVED                                     | PR | PR",
        "LANO-4 | brainNodules=false/IMPROVED, spineLinear=true/NO_CHANGE        | PR | PR",
        "LANO-5 | brainLinear=true/NO_CHANGE                                     | SD | SD",
        "LANO-5 | brainNodules=false/NO_CHANGE                                   | SD | SD",
      })
  void lanoRule_reachedThroughTheCli(String rule, String edits, String imaging, String overall) {
    String json = LANO;
    for (String edit : Splitter.on(',').trimResults().split(edits)) {
      List<String> parts = Splitter.onPattern("[=/]").splitToList(edit);
      String item = "/followUps/0/lano2019/" + parts.get(0);
      String presence = "NE".equals(parts.get(1)) ? "\"NE\"" : parts.get(1);
      String nodules =
          "brainNodules".equals(parts.get(0)) && "true".equals(parts.get(1))
              ? ",\"nodulesMm\":[[8,6]]"
              : "";
      json =
          with(
              json,
              item,
              "{\"present\":" + presence + ",\"change\":\"" + parts.get(2) + "\"" + nodules + "}");
    }

    Cli.Run run = Cli.withInput(json, "score", "-");

    assertThat(run.exitCode()).as(run.out()).isZero();
    JsonNode point = Fixtures.parse(run.out()).get("timepoints").get(0);
    assertThat(point.get("imaging").asText()).isEqualTo(imaging);
    assertThat(point.get("overall").asText()).isEqualTo(overall);
    assertThat(rules(point)).contains(rule).doesNotContain("IMG-3", "IMG-9");
    assertThat(point.get("reasonFacts").findValuesAsText("rule")).contains(rule);
  }

  @Test
  void img11_noItemPresentAtBaseline_isNotApplicable() {
    String json = LANO;
    for (String item : List.of("brainNodules", "brainLinear", "spineLinear")) {
      json = with(json, "/baseline/lano2019/" + item, "{\"present\":false}");
      for (int i = 0; i < 2; i++) {
        json =
            with(
                json,
                "/followUps/" + i + "/lano2019/" + item,
                "{\"present\":false,\"change\":\"NO_CHANGE\"}");
      }
    }

    JsonNode point = score(json).get("timepoints").get(0);

    assertThat(point.get("imaging").asText()).isEqualTo("NOT_APPLICABLE");
    assertThat(rules(point)).contains("IMG-11");
  }

  @Test
  void img14_followUpWithoutTheBlock_isNotDone_baselineWithoutIt_makesEveryFollowUpNe() {
    JsonNode noFollowUpImaging =
        score(without(LANO, "/followUps/1/lano2019")).get("timepoints").get(1);
    JsonNode noBaselineImaging =
        score(without(LANO, "/baseline/lano2019")).get("timepoints").get(0);

    assertThat(noFollowUpImaging.get("imaging").asText()).isEqualTo("NE");
    assertThat(rules(noFollowUpImaging)).contains("IMG-14");
    assertThat(noBaselineImaging.get("imaging").asText()).isEqualTo("NE");
    assertThat(noBaselineImaging.get("reasonFacts").findValuesAsText("kind"))
        .contains("LANO_NO_BASELINE");
    assertThat(noFollowUpImaging.get("reasonFacts").findValuesAsText("kind"))
        .contains("LANO_NOT_DONE");
  }

  @Test
  void presenceNe_atBaseline_makesTheFollowUpNe() {
    JsonNode point =
        score(with(LANO, "/baseline/lano2019/hydrocephalus", "{\"present\":\"NE\"}"))
            .get("timepoints")
            .get(0);

    assertThat(point.get("imaging").asText()).isEqualTo("NE");
    assertThat(rules(point)).contains("LANO-2");
  }

  @Test
  void nodules_areExactDecimals_justAboveFiveByFiveIsMeasurable() {
    String json =
        with(
            LANO,
            "/followUps/0/lano2019/brainNodules/nodulesMm",
            "[[5.00000000000000000001,5.00000000000000000001],[9.5,6.25],[12,8]]");

    assertThat(Cli.withInput(json, "score", "-").exitCode()).isZero();
  }

  // ----------------------------------------------------------------------------- the result

  @Test
  void result_lanoVisit_hasTheImagingCall_compositeFieldsNull_criteriaImagingLano() {
    JsonNode result = score(LANO);

    assertThat(result.get("criteria").get("imaging").asText()).isEqualTo("LANO_2019");
    for (JsonNode point : result.get("timepoints")) {
      assertThat(point.get("imaging").asText()).isEqualTo("SD");
      for (String field :
          List.of(
              "compositeScore",
              "evaluableCompositeScore",
              "baselineCompositeScore",
              "compositeChangePercent",
              "spdMm2",
              "baselineSpdMm2")) {
        assertThat(point.has(field)).as(field).isTrue();
        assertThat(point.get(field).isNull()).as(field).isTrue();
      }
      assertThat(rules(point)).containsExactly("NEURO-3", "CSF-2", "LANO-5", "OVR-5");
    }
  }

  @Test
  void text_lanoCase_headsTheColumnImaging2019_andShowsTheCallWithoutAComposite() {
    Cli.Run run =
        Cli.withInput(
            with(
                without(LANO, "/followUps/1/lano2019"),
                "/followUps/0/lano2019/brainNodules",
                "{\"present\":true,\"change\":\"IMPROVED\",\"nodulesMm\":[[8,6]]}"),
            "score",
            "--text",
            "-");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).isEqualTo("Case L  [criteria: imaging=LANO_2019]");
    assertThat(lines.get(1)).contains("imaging (2019)");
    assertThat(lines.get(2))
        .matches("2026-02-02\\s+28\\s+STABLE\\s+CLEARED\\s+PR\\s+PR\\s+.*" + "LANO-4 OVR-4");
    assertThat(lines.get(3))
        .matches(
            "2026-03-02\\s+56\\s+STABLE\\s+CLEARED\\s+NE \\(not done\\)"
                + "\\s+NE\\s+.*IMG-14 OVR-2");
    assertThat(run.out()).doesNotContain("?");
  }

  // -------------------------------------------------------------------------------- criteria

  @Test
  void option_imagingLano2019_scoresACaseWithoutCriteria() {
    Cli.Run withOption = Cli.withInput(LANO_NO_CRITERIA, "score", "--imaging", "LANO_2019", "-");
    Cli.Run withoutOption = Cli.withInput(LANO_NO_CRITERIA, "score", "-");

    assertThat(withOption.exitCode()).isZero();
    assertThat(Fixtures.parse(withOption.out()).get("criteria").get("imaging").asText())
        .isEqualTo("LANO_2019");
    assertThat(withoutOption.exitCode()).isEqualTo(1);
    assertThat(Fixtures.parse(withoutOption.out()).get("error").get("path").asText())
        .isEqualTo("baseline.lano2019");
  }

  @Test
  void caseCriteria_winOverTheOption_inBothDirections() {
    String rano2017Case =
        with(Fixtures.twoLesionPr("P"), "/criteria", "{\"imaging\":\"RANO_LM_2017\"}");
    String lanoCaseUnderOption = with(LANO, "/criteria/imaging", "\"RANO_LM_2017\"");

    Cli.Run a = Cli.withInput(rano2017Case, "score", "--imaging", "LANO_2019", "-");
    Cli.Run b = Cli.withInput(LANO, "score", "--imaging", "RANO_LM_2017", "-");
    Cli.Run c = Cli.withInput(lanoCaseUnderOption, "score", "--imaging", "LANO_2019", "-");

    assertThat(a.exitCode()).isZero();
    assertThat(Fixtures.parse(a.out()).get("criteria").get("imaging").asText())
        .isEqualTo("RANO_LM_2017");
    assertThat(b.exitCode()).isZero();
    assertThat(Fixtures.parse(b.out()).get("criteria").get("imaging").asText())
        .isEqualTo("LANO_2019");
    assertThat(c.exitCode()).isEqualTo(1);
    assertThat(Fixtures.parse(c.out()).get("error").get("path").asText())
        .isEqualTo("baseline.lano2019");
  }

  @Test
  void ndjson_bothProfilesInOneStream_eachCaseUnderItsOwnCriteria() {
    String input =
        Fixtures.twoLesionPr("A")
            + "\n"
            + lanoCase("B")
            + "\n"
            + with(lanoCase("C"), "/followUps/0/lano2019/hydrocephalus/nodulesMm", "[[8,6]]")
            + "\n"
            + Fixtures.sequence("D")
            + "\n";

    Cli.Run run = Cli.withInput(input, "score", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(4);
    assertThat(Fixtures.parse(run.outLines().get(0)).get("criteria").get("imaging").asText())
        .isEqualTo("RANO_LM_2017");
    assertThat(Fixtures.parse(run.outLines().get(1)).get("criteria").get("imaging").asText())
        .isEqualTo("LANO_2019");
    assertThat(run.errLines())
        .containsExactly(
            "rano: line 3 C: "
                + "followUps[0].lano2019.hydrocephalus.nodulesMm: nodules are recorded only for "
                + "brainNodules and spineNodules; leave nodulesMm out of hydrocephalus");
  }

  @Test
  void help_score_describesTheImagingOption_withoutSayingUnsupported() {
    Cli.Run run = Cli.run("score", "--help");

    assertThat(run.out()).contains("LANO_2019", "lano2019").doesNotContain("not supported");
  }

  // ---------------------------------------------------------------------------- example file

  @Test
  void exampleFile_lano2019_prConfirmedThenPd_underItsOwnCriteria() {
    Cli.Run run = Cli.run("score", Fixtures.CASES.resolve("lano2019.json").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = Fixtures.parse(run.out());
    List<String> calls = new ArrayList<>();
    for (JsonNode point : result.get("timepoints")) {
      calls.add(point.get("imaging").asText() + "/" + point.get("overall").asText());
    }
    assertThat(calls).containsExactly("PR/PR", "PR/PR", "PD/PD");
    assertThat(result.get("confirmedBestOverallResponse").get("response").asText()).isEqualTo("PR");
    assertThat(result.get("progression").get("date").asText()).isEqualTo("2026-04-20");
    assertThat(result.get("criteria").get("imaging").asText()).isEqualTo("LANO_2019");
    assertThat(rules(result.get("timepoints").get(2))).contains("LANO-1");
  }

  private static JsonNode score(String json) {
    Cli.Run run = Cli.withInput(json, "score", "-");
    assertThat(run.exitCode()).as(run.out()).isZero();
    return Fixtures.parse(run.out());
  }

  private static List<String> rules(JsonNode point) {
    List<String> rules = new ArrayList<>();
    point.get("rules").forEach(rule -> rules.add(rule.asText()));
    return rules;
  }
}
