package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;

/** The result JSON against the case format's "The result" section. */
class ResultWriterTest {

  private static final CaseReader READER = new CaseReader(Criteria.defaults());

  @Test
  void result_topLevelFields_inContractOrder() throws Exception {
    JsonNode result = score(Fixtures.twoLesionPr("A"));

    assertThat(names(result))
        .containsExactly(
            "id",
            "timepoints",
            "bestOverallResponse",
            "confirmedBestOverallResponse",
            "progression",
            "warnings",
            "warningFacts",
            "notes",
            "noteFacts",
            "criteria");
    assertThat(names(result.get("bestOverallResponse"))).containsExactly("response", "date");
    assertThat(result.get("progression").isNull()).isTrue();
  }

  @Test
  void rawTimePoint_fields_enumWordsAndNumbers() throws Exception {
    JsonNode point = score(Fixtures.twoLesionPr("A")).get("timepoints").get(0);

    assertThat(names(point))
        .containsExactly(
            "date",
            "daysFromBaseline",
            "neuro",
            "csf",
            "imaging",
            "compositeScore",
            "evaluableCompositeScore",
            "baselineCompositeScore",
            "compositeChangePercent",
            "spdMm2",
            "baselineSpdMm2",
            "overall",
            "confirmed",
            "afterProgression",
            "rules",
            "reasons",
            "reasonFacts");
    assertThat(point.get("date").asText()).isEqualTo("2026-02-02");
    assertThat(point.get("daysFromBaseline").asInt()).isEqualTo(28);
    assertThat(point.get("neuro").asText()).isEqualTo("STABLE");
    assertThat(point.get("csf").asText()).isEqualTo("CLEARED");
    assertThat(point.get("imaging").asText()).isEqualTo("PR");
    assertThat(point.get("compositeScore").asInt()).isEqualTo(2);
    assertThat(point.get("baselineCompositeScore").asInt()).isEqualTo(4);
    assertThat(point.get("compositeChangePercent").toString()).isEqualTo("-50.0");
    assertThat(point.get("spdMm2").toString()).isEqualTo("48");
    assertThat(point.get("baselineSpdMm2").toString()).isEqualTo("84");
    assertThat(point.get("overall").asText()).isEqualTo("PR");
    assertThat(point.get("rules").toString())
        .isEqualTo("[\"NEURO-3\",\"CSF-2\",\"IMG-8\",\"OVR-4\"]");
    assertThat(point.get("reasons").size()).isEqualTo(4);
    assertThat(point.get("reasonFacts").size()).isEqualTo(4);
  }

  /** Each reason as a value, in the order of the texts: its rule, kind and facts. */
  @Test
  void reasonFacts_oneObjectPerReason_exactNumbersAndEnumWords() throws Exception {
    String line =
        new ResultWriter(false)
            .write(new Outcome.Scored(READER.read(Fixtures.twoLesionPr("A")).assess()));

    assertThat(line)
        .contains(
            "\"reasonFacts\":["
                + "{\"rule\":\"NEURO-3\",\"kind\":\"NEURO_EXAM_STABLE\",\"facts\":{}},"
                + "{\"rule\":\"CSF-2\",\"kind\":\"CSF_CLEARED\",\"facts\":{\"baselineCytology\":"
                + "\"POSITIVE\",\"baselineVolumeMl\":10,\"cytology\":\"NEGATIVE\",\"volumeMl\":8}},"
                + "{\"rule\":\"IMG-8\",\"kind\":\"IMAGING_PARTIAL_RESPONSE\",\"facts\":"
                + "{\"compositeBefore\":4,\"compositeAfter\":2,\"percent\":-50.0}},"
                + "{\"rule\":\"OVR-4\",\"kind\":\"OVERALL_PARTIAL_RESPONSE\",\"facts\":"
                + "{\"neuro\":\"STABLE\",\"csf\":\"CLEARED\",\"imaging\":\"PR\"}}]");
    JsonNode point = Fixtures.parse(line).get("timepoints").get(0);
    for (int i = 0; i < point.get("reasons").size(); i++) {
      assertThat(point.get("reasons").get(i).asText())
          .endsWith("(" + point.get("reasonFacts").get(i).get("rule").asText() + ")");
    }
  }

  /**
   * The README's example of {@code reasonFacts}: the follow-up of its Java example ("Score a visit
   * in Java"), written by the command, byte for byte.
   */
  @Test
  void reasonFacts_asTheReadmeShowsThem() throws Exception {
    String readme = Files.readString(Path.of("..", "..", "README.md"));
    Matcher shown = Pattern.compile("\n(\"reasonFacts\": \\[.*\\])\n").matcher(readme);
    assertThat(shown.find()).as("the reasonFacts example in README.md").isTrue();
    String json =
        "{\"baseline\":{\"date\":\"2026-01-05\",\"neuro\":"
            + Fixtures.neuro("gait", "1")
            + ",\"csf\":{\"result\":\"POSITIVE\"},\"targets\":["
            + "{\"id\":\"T1\",\"site\":\"BRAIN_NODULE\",\"score\":2},"
            + "{\"id\":\"T2\",\"site\":\"SPINE_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":2}],"
            + "\"nonTargets\":[{\"id\":\"N1\",\"site\":\"HYDROCEPHALUS\",\"status\":\"PRESENT\"}],"
            + "\"steroidMgPerDay\":4},"
            + "\"followUps\":[{\"date\":\"2026-02-02\",\"neuro\":"
            + Fixtures.neuro("gait", "1")
            + ",\"csf\":{\"result\":\"NEGATIVE\",\"volumeMl\":8},\"targets\":["
            + "{\"id\":\"T1\",\"score\":1},{\"id\":\"T2\",\"score\":1}],"
            + "\"nonTargets\":[{\"id\":\"N1\",\"status\":\"PRESENT\"}],\"steroidMgPerDay\":4}]}";

    String line = new ResultWriter(false).write(new Outcome.Scored(READER.read(json).assess()));

    assertThat(line).contains(shown.group(1).replace("\"reasonFacts\": ", "\"reasonFacts\":"));
  }

  @Test
  void warningFacts_andNoteFacts_beside_warningsAndNotes() throws Exception {
    JsonNode warned =
        score(
            "{\"id\":\"W\",\"referenceDate\":\"2026-01-10\",\"responses\":["
                + "{\"date\":\"2026-02-07\",\"response\":\"CR\"},"
                + "{\"date\":\"2026-03-07\",\"response\":\"PR\"}]}");
    JsonNode noted =
        score(Files.readString(SharedSpec.locate().resolve("examples/ex1-confirmed-pr.json")));

    assertThat(warned.get("warnings")).hasSize(1);
    assertThat(warned.get("warningFacts").toString())
        .isEqualTo(
            "[{\"rule\":\"TIME-7\","
                + "\"kind\":\"TIME_PR_AFTER_CR_BREAKS_CONFIRMATION\",\"facts\":{\"crDate\":"
                + "\"2026-02-07\",\"date\":\"2026-03-07\"}}]");
    assertThat(warned.get("noteFacts")).isEmpty();
    assertThat(noted.get("notes")).hasSize(1);
    assertThat(noted.get("noteFacts").toString())
        .isEqualTo(
            "[{\"rule\":\"CSF-6\","
                + "\"kind\":\"CSF_CLEARANCE_CONFIRMED\",\"facts\":{\"clearanceDate\":"
                + "\"2026-03-30\",\"confirmationDate\":\"2026-04-27\"}}]");
  }

  @Test
  void compositeScore_isNullWhenATargetIsNe_evaluableGiven() throws Exception {
    String json =
        Fixtures.with(Fixtures.twoLesionPr("A"), "/followUps/0/targets/1/score", "\"NE\"");

    JsonNode point = score(json).get("timepoints").get(0);

    assertThat(point.get("compositeScore").isNull()).isTrue();
    assertThat(point.get("evaluableCompositeScore").asInt()).isEqualTo(1);
    assertThat(point.get("compositeChangePercent").isNull()).isTrue();
    assertThat(point.get("imaging").asText()).isEqualTo("NE");
    assertThat(point.get("overall").asText()).isEqualTo("NE");
  }

  @Test
  void noImagingAtTheVisit_compositeFieldsNull() throws Exception {
    String json = Fixtures.without(Fixtures.twoLesionPr("A"), "/followUps/0/targets");

    JsonNode point = score(json).get("timepoints").get(0);

    assertThat(point.get("imaging").asText()).isEqualTo("NE");
    assertThat(point.get("compositeScore").isNull()).isTrue();
    assertThat(point.get("evaluableCompositeScore").isNull()).isTrue();
    assertThat(point.get("baselineCompositeScore").asInt()).isEqualTo(4);
    assertThat(point.get("rules").toString()).contains("IMG-14");
  }

  @Test
  void parenchymal_isCarriedWhenGiven() throws Exception {
    String json =
        Fixtures.with(Fixtures.twoLesionPr("A"), "/followUps/0/parenchymal", "{\"spine\":\"PD\"}");

    JsonNode point = score(json).get("timepoints").get(0);

    assertThat(point.get("parenchymal").toString()).isEqualTo("{\"spine\":\"PD\"}");
    assertThat(point.get("overall").asText()).isEqualTo("PR");
  }

  @Test
  void sequenceTimePoint_onlyTheTimeCourseFields() throws Exception {
    JsonNode result = score(Fixtures.sequence("S"));

    for (JsonNode point : result.get("timepoints")) {
      assertThat(names(point))
          .containsExactly("date", "daysFromBaseline", "overall", "confirmed", "afterProgression");
    }
    assertThat(result.get("progression").toString())
        .isEqualTo("{\"date\":\"2026-05-02\",\"daysFromBaseline\":112}");
  }

  @Test
  void noFollowUp_bestIsNeWithoutDate_withTheReason() throws Exception {
    JsonNode result = score("{\"id\":\"E\",\"referenceDate\":\"2026-01-01\"}");

    assertThat(result.get("timepoints").size()).isZero();
    assertThat(result.get("bestOverallResponse").toString())
        .isEqualTo("{\"response\":\"NE\",\"date\":null,\"reason\":\"no follow-up assessment\"}");
    assertThat(result.get("confirmedBestOverallResponse").toString())
        .isEqualTo("{\"response\":\"NE\",\"date\":null,\"reason\":\"no follow-up assessment\"}");
  }

  @Test
  void criteria_areEveryPolicyInForce_withJsonTypes() throws Exception {
    Criteria criteria = Criteria.defaults().withConfirmationDays(21).withAcceptSdBetween(true);
    JsonNode result =
        Fixtures.parse(
            new ResultWriter(false)
                .write(
                    new Outcome.Scored(
                        new CaseReader(criteria).read(Fixtures.sequence("S")).assess())));

    JsonNode written = result.get("criteria");
    List<String> keys = new ArrayList<>(criteria.policies().keySet());
    assertThat(names(written)).containsExactlyElementsOf(keys);
    for (Map.Entry<String, Object> policy : criteria.policies().entrySet()) {
      JsonNode value = written.get(policy.getKey());
      if (policy.getValue() instanceof Integer number) {
        assertThat(value.isInt()).isTrue();
        assertThat(value.intValue()).isEqualTo(number);
      } else if (policy.getValue() instanceof Boolean flag) {
        assertThat(value.isBoolean()).isTrue();
        assertThat(value.booleanValue()).isEqualTo(flag);
      } else if (policy.getValue() instanceof java.math.BigDecimal volume) {
        assertThat(value.isNumber()).as(policy.getKey()).isTrue();
        assertThat(value.decimalValue()).isEqualByComparingTo(volume);
      } else {
        assertThat(value.textValue()).isEqualTo(policy.getValue());
      }
    }
  }

  @Test
  void rejection_idAndErrorWithPathAndMessage() {
    String json =
        new ResultWriter(false)
            .write(
                new Outcome.Rejected(
                    "LM-1", "followUps[0].neuro.sensation", "level 3 is out of range"));
    String anonymous = new ResultWriter(false).write(new Outcome.Rejected(null, "", "not JSON"));

    assertThat(json)
        .isEqualTo(
            "{\"id\":\"LM-1\",\"error\":{\"path\":"
                + "\"followUps[0].neuro.sensation\",\"message\":\"level 3 is out of range\"}}");
    assertThat(anonymous)
        .isEqualTo("{\"id\":null,\"error\":{\"path\":\"\",\"message\":\"not JSON\"}}");
  }

  @Test
  void prettyAndOneLine_holdTheSameJson() throws Exception {
    Outcome outcome = new Outcome.Scored(READER.read(Fixtures.twoLesionPr("A")).assess());

    String pretty = new ResultWriter(true).write(outcome);
    String line = new ResultWriter(false).write(outcome);

    assertThat(line).doesNotContain("\n");
    assertThat(pretty).contains("\n  \"id\": \"A\"");
    assertThat(Fixtures.parse(pretty)).isEqualTo(Fixtures.parse(line));
  }

  private static JsonNode score(String json) throws CaseRejection {
    return Fixtures.parse(
        new ResultWriter(false).write(new Outcome.Scored(READER.read(json).assess())));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
