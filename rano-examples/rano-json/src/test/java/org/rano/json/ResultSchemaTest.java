package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code result.schema.json}: every result the {@code rano} command wrote for the files of {@code
 * src/test/resources/results} (see its README: raw and sequence results, LANO_2019, parenchymal
 * findings, best responses without a date, error records) passes; results changed in one place fail
 * at that place.
 */
class ResultSchemaTest {

  private static final Path RESULTS = Schemas.TEST_RESOURCES.resolve("results");

  /** A raw result, as written: the first line of cohort.ndjson. */
  private static final String RAW = firstLine("cohort.ndjson");

  /** A sequence result. */
  private static final String SEQUENCE = compact("sequence.json");

  static Stream<Arguments> results() {
    List<Arguments> results = new ArrayList<>();
    for (Path file : Schemas.files(RESULTS, ".json")) {
      results.add(arguments(file.getFileName().toString(), Schemas.read(file)));
    }
    for (Path file : Schemas.files(RESULTS, ".ndjson")) {
      if (file.getFileName().toString().endsWith("-input.ndjson")) {
        continue; // the input of a result file, not a result
      }
      List<String> lines = Schemas.lines(file);
      for (int i = 0; i < lines.size(); i++) {
        results.add(arguments(file.getFileName() + " line " + (i + 1), lines.get(i)));
      }
    }
    return results.stream();
  }

  static Stream<Arguments> brokenResults() {
    return Stream.of(
        arguments("an unknown field", Schemas.with(RAW, "/score", "1"), "", "score"),
        arguments("no criteria", Schemas.without(RAW, "/criteria"), "", "criteria"),
        arguments("no notes", Schemas.without(RAW, "/notes"), "", "notes"),
        arguments(
            "a policy missing",
            Schemas.without(RAW, "/criteria/csfMissingBlocks"),
            "/criteria",
            "csfMissingBlocks"),
        arguments(
            "an unknown policy",
            Schemas.with(RAW, "/criteria/confirmationDay", "28"),
            "/criteria",
            "confirmationDay"),
        arguments(
            "a response word",
            Schemas.with(RAW, "/timepoints/0/overall", "\"CRu\""),
            "/timepoints/0/overall",
            "enumeration"),
        arguments(
            "a neuro word",
            Schemas.with(RAW, "/timepoints/0/neuro", "\"WORSE\""),
            "/timepoints/0/neuro",
            "enumeration"),
        arguments(
            "a CSF word",
            Schemas.with(RAW, "/timepoints/0/csf", "\"POSITIVE\""),
            "/timepoints/0/csf",
            "enumeration"),
        arguments(
            "a rule ID",
            Schemas.with(RAW, "/timepoints/0/rules/0", "\"NEURO3\""),
            "/timepoints/0/rules/0",
            "pattern"),
        arguments(
            "a time point without reasons",
            Schemas.without(RAW, "/timepoints/0/reasons"),
            "/timepoints/0",
            "reasons"),
        arguments(
            "a fractional composite",
            Schemas.with(RAW, "/timepoints/0/compositeScore", "2.5"),
            "/timepoints/0/compositeScore",
            "integer"),
        arguments(
            "a composite above 15",
            Schemas.with(RAW, "/timepoints/0/compositeScore", "16"),
            "/timepoints/0/compositeScore",
            "maximum"),
        arguments(
            "a time point's unknown field",
            Schemas.with(RAW, "/timepoints/0/facts", "[]"),
            "/timepoints/0",
            "facts"),
        arguments(
            "a time point without reason facts",
            Schemas.without(RAW, "/timepoints/0/reasonFacts"),
            "/timepoints/0",
            "reasonFacts"),
        arguments(
            "a result without warning facts",
            Schemas.without(RAW, "/warningFacts"),
            "",
            "warningFacts"),
        arguments(
            "an unknown reason kind",
            Schemas.with(RAW, "/timepoints/0/reasonFacts/2/kind", "\"IMAGING_PR\""),
            "/timepoints/0/reasonFacts/2/kind",
            "enumeration"),
        arguments(
            "a reason's rule that is not its kind's",
            Schemas.with(RAW, "/timepoints/0/reasonFacts/2/rule", "\"IMG-8\""),
            "/timepoints/0/reasonFacts/2/rule",
            "IMG-7"),
        arguments(
            "an unknown fact key",
            Schemas.with(RAW, "/timepoints/0/reasonFacts/2/facts/compositeBfore", "3"),
            "/timepoints/0/reasonFacts/2/facts",
            "compositeBfore"),
        arguments(
            "a fact of another kind",
            Schemas.with(RAW, "/timepoints/0/reasonFacts/2/facts/domain", "\"gait\""),
            "/timepoints/0/reasonFacts/2/facts",
            "domain"),
        arguments(
            "a required fact missing",
            Schemas.without(RAW, "/timepoints/0/reasonFacts/2/facts/percent"),
            "/timepoints/0/reasonFacts/2/facts",
            "percent"),
        arguments(
            "a whole-number fact as a decimal",
            Schemas.with(RAW, "/timepoints/0/reasonFacts/2/facts/compositeBefore", "2.5"),
            "/timepoints/0/reasonFacts/2/facts/compositeBefore",
            "integer"),
        arguments(
            "a number fact as a string",
            Schemas.with(RAW, "/timepoints/0/reasonFacts/2/facts/percent", "\"-100.0\""),
            "/timepoints/0/reasonFacts/2/facts/percent",
            "number"),
        arguments(
            "an enum fact's unknown word",
            Schemas.with(RAW, "/timepoints/0/reasonFacts/3/facts/imaging", "\"CRu\""),
            "/timepoints/0/reasonFacts/3/facts/imaging",
            "enumeration"),
        arguments(
            "a date fact that is not a date",
            Schemas.with(RAW, "/noteFacts/0/facts/clearanceDate", "\"2026-02-30\""),
            "/noteFacts/0/facts/clearanceDate",
            "date"),
        arguments(
            "a reason without facts",
            Schemas.without(RAW, "/timepoints/0/reasonFacts/0/facts"),
            "/timepoints/0/reasonFacts/0",
            "facts"),
        arguments(
            "a dated best response with a reason",
            Schemas.with(RAW, "/bestOverallResponse/reason", "\"why\""),
            "/bestOverallResponse",
            "reason"),
        arguments(
            "an undated best response without a reason",
            Schemas.with(RAW, "/bestOverallResponse/date", "null"),
            "/bestOverallResponse",
            "reason"),
        arguments(
            "a progression without days",
            Schemas.with(RAW, "/progression", "{\"date\":\"2026-02-02\"}"),
            "/progression",
            "daysFromBaseline"),
        arguments(
            "a sequence time point with rules",
            Schemas.with(SEQUENCE, "/timepoints/0/rules", "[\"OVR-1\"]"),
            "/timepoints/0",
            "rules"),
        arguments(
            "time points of both kinds",
            Schemas.with(
                RAW, "/timepoints/1", Schemas.parse(SEQUENCE).at("/timepoints/0").toString()),
            "/timepoints/1",
            "required"),
        arguments(
            "an error record with a result",
            Schemas.with(compact("invalid.json"), "/timepoints", "[]"),
            "",
            "timepoints"),
        arguments(
            "an error without message",
            Schemas.without(compact("invalid.json"), "/error/message"),
            "/error",
            "message"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("results")
  void writtenResult_passes(String name, String json) {
    assertThat(Schemas.errors(Schemas.RESULT, json)).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenResults")
  void brokenResult_fails_atThatPlace(String what, String json, String location, String fragment) {
    assertThat(Schemas.errors(Schemas.RESULT, json))
        .as(json)
        .anySatisfy(error -> assertThat(error).startsWith(location + ": ").contains(fragment));
  }

  @Test
  void results_coverEveryShape() {
    List<String> all = results().map(a -> (String) a.get()[1]).toList();

    assertThat(all).as("results").hasSize(18);
    assertThat(all).as("a raw result").anyMatch(r -> r.contains("\"compositeScore\""));
    assertThat(all)
        .as("a sequence result")
        .anyMatch(r -> r.contains("\"timepoints\"") && !r.contains("\"rules\""));
    assertThat(all)
        .as("LANO_2019")
        .anyMatch(
            r -> Schemas.parse(r).path("criteria").path("imaging").asText().equals("LANO_2019"));
    assertThat(all).as("parenchymal").anyMatch(r -> r.contains("\"parenchymal\""));
    assertThat(all).as("a best response with a reason").anyMatch(r -> r.contains("\"reason\""));
    assertThat(all)
        .as("a progression")
        .anyMatch(r -> Schemas.parse(r).path("progression").isObject());
    assertThat(all).as("error records").filteredOn(r -> r.contains("\"error\"")).hasSize(2);
  }

  /**
   * The reason facts are strict ({@code $defs/reasonFact}): a known kind with its own rule and its
   * own facts, each of its type; a sequence time point has none.
   */
  @Test
  void reasonFacts_areStrict_kindRuleFactKeysAndTypes() {
    String partial =
        "{\"rule\":\"IMG-8\",\"kind\":\"IMAGING_PARTIAL_RESPONSE\",\"facts\":"
            + "{\"compositeBefore\":4,\"compositeAfter\":2,\"percent\":-50.0}}";
    String valid = Schemas.with(RAW, "/timepoints/0/reasonFacts/4", partial);
    String optional =
        "{\"rule\":\"NEURO-6\",\"kind\":\"NEURO_DOMAIN_NOT_EVALUABLE\",\"facts\":"
            + "{\"domain\":\"gait\"}}";

    assertThat(Schemas.errors(Schemas.RESULT, valid)).isEmpty();
    assertThat(
            Schemas.errors(
                Schemas.RESULT, Schemas.with(RAW, "/timepoints/0/reasonFacts/4", optional)))
        .as("an optional fact left out")
        .isEmpty();
    assertThat(
            Schemas.errors(
                Schemas.RESULT,
                Schemas.with(valid, "/timepoints/0/reasonFacts/4/facts/percent", "\"-50.0\"")))
        .as("a wrong type")
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                Schemas.RESULT,
                Schemas.with(valid, "/timepoints/0/reasonFacts/4/facts/levelBefore", "1")))
        .as("a fact key of another kind")
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                Schemas.RESULT,
                Schemas.with(valid, "/timepoints/0/reasonFacts/4/facts/unknownFact", "1")))
        .as("an unknown fact key")
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                Schemas.RESULT,
                Schemas.with(valid, "/timepoints/0/reasonFacts/0/facts/domain", "\"gait\"")))
        .as("a fact on a kind without facts")
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                Schemas.RESULT, Schemas.with(SEQUENCE, "/timepoints/0/reasonFacts", "[]")))
        .as("a sequence time point has no reason facts")
        .isNotEmpty();
  }

  @Test
  void aCaseIsNotAResult() {
    String lmCase = Schemas.read(Schemas.EXAMPLE_CASES.resolve("cr.json"));

    assertThat(Schemas.errors(Schemas.RESULT, lmCase)).isNotEmpty();
  }

  private static String firstLine(String file) {
    return Schemas.lines(RESULTS.resolve(file)).get(0);
  }

  private static String compact(String file) {
    return Schemas.parse(Schemas.read(RESULTS.resolve(file))).toString();
  }
}
