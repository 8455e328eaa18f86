package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * {@code diagnosis.schema.json}, the input of {@code rano classify}: the example findings of {@code
 * rano-examples/examples/cases} ({@code classify.json}, the lines of {@code classify.ndjson}) and
 * of the README pass; the invalid findings of rano-cli's {@code ClassifyCommandTest} fail at the
 * field the reader names, but a duplicate key, which a schema cannot see.
 */
class DiagnosisSchemaTest {

  /** Valid findings, as in ClassifyCommandTest. */
  private static final String FINDINGS =
      "{\"id\":\"X\",\"cytology\":\"NEGATIVE\","
          + "\"biopsy\":false,\"clinicalSigns\":true,"
          + "\"mri\":{\"linear\":true,\"nodular\":true,\"hydrocephalus\":false}}";

  static Stream<Arguments> validFindings() {
    List<Arguments> findings = new ArrayList<>();
    findings.add(
        arguments("classify.json", Schemas.read(Schemas.EXAMPLE_CASES.resolve("classify.json"))));
    List<String> lines = Schemas.lines(Schemas.EXAMPLE_CASES.resolve("classify.ndjson"));
    for (int i = 0; i < lines.size(); i++) {
      findings.add(arguments("classify.ndjson line " + (i + 1), lines.get(i)));
    }
    for (String block : CaseSchemaTest.jsonBlocks(Path.of("..", "..", "README.md"))) {
      if (Schemas.parse(block).has("cytology")) {
        findings.add(arguments("README.md", block));
      }
    }
    findings.add(
        arguments(
            "without id and biopsy", Schemas.without(Schemas.without(FINDINGS, "/id"), "/biopsy")));
    return findings.stream();
  }

  static Stream<Arguments> invalidFindings() {
    return Stream.of(
        arguments(Schemas.with(FINDINGS, "/cytolgy", "\"POSITIVE\""), "", "cytolgy"),
        arguments(Schemas.without(FINDINGS, "/cytology"), "", "cytology"),
        arguments(Schemas.with(FINDINGS, "/cytology", "\"positive\""), "/cytology", "enumeration"),
        arguments(Schemas.with(FINDINGS, "/cytology", "true"), "/cytology", "enumeration"),
        arguments(Schemas.with(FINDINGS, "/cytology", "null"), "/cytology", "enumeration"),
        arguments(Schemas.with(FINDINGS, "/biopsy", "\"yes\""), "/biopsy", "boolean"),
        arguments(Schemas.with(FINDINGS, "/biopsy", "1"), "/biopsy", "boolean"),
        arguments(Schemas.without(FINDINGS, "/clinicalSigns"), "", "clinicalSigns"),
        arguments(
            Schemas.with(FINDINGS, "/clinicalSigns", "\"true\""), "/clinicalSigns", "boolean"),
        arguments(Schemas.without(FINDINGS, "/mri"), "", "mri"),
        arguments(Schemas.with(FINDINGS, "/mri", "[]"), "/mri", "object"),
        arguments(Schemas.with(FINDINGS, "/mri", "\"C\""), "/mri", "object"),
        arguments(Schemas.with(FINDINGS, "/mri/equivocal", "true"), "/mri", "equivocal"),
        arguments(Schemas.without(FINDINGS, "/mri/linear"), "/mri", "linear"),
        arguments(Schemas.without(FINDINGS, "/mri/nodular"), "/mri", "nodular"),
        arguments(Schemas.without(FINDINGS, "/mri/hydrocephalus"), "/mri", "hydrocephalus"),
        arguments(Schemas.with(FINDINGS, "/mri/nodular", "null"), "/mri/nodular", "null"),
        arguments(
            Schemas.with(FINDINGS, "/mri/hydrocephalus", "0"), "/mri/hydrocephalus", "boolean"),
        arguments(Schemas.with(FINDINGS, "/id", "7"), "/id", "string"),
        arguments(Schemas.with(FINDINGS, "/id", "\"\""), "/id", "1"),
        arguments(Schemas.with(FINDINGS, "/id", "\"  \""), "/id", "\\S"),
        arguments(Schemas.with(FINDINGS, "/id", "\"" + "x".repeat(257) + "\""), "/id", "256"));
  }

  /**
   * The id is checked as a case id is, by the schema and by rano-core alike: non-blank, at most 256
   * characters; 256 passes both, 257 fails both, naming {@code id}.
   */
  @Test
  void id_ofAtMost256NonBlankCharacters_bothSidesOfTheLimit_schemaAndReaderAgree() {
    String longest = Schemas.with(FINDINGS, "/id", "\"" + "x".repeat(256) + "\"");
    String tooLong = Schemas.with(FINDINGS, "/id", "\"" + "x".repeat(257) + "\"");
    CaseFormat format = CaseFormat.withDefaults();

    assertThat(Schemas.errors(Schemas.DIAGNOSIS, longest)).isEmpty();
    assertThat(format.readDiagnosis(longest).id()).hasValue("x".repeat(256));
    assertThat(Schemas.errors(Schemas.DIAGNOSIS, tooLong)).isNotEmpty();
    for (String bad : List.of(tooLong, Schemas.with(FINDINGS, "/id", "\" \\t \""))) {
      assertThatThrownBy(() -> format.readDiagnosis(bad))
          .isInstanceOfSatisfying(CaseRejection.class, e -> assertThat(e.path()).isEqualTo("id"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFindings")
  void validFindings_pass(String name, String json) {
    assertThat(Schemas.errors(Schemas.DIAGNOSIS, json)).as(name).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {1} {2}")
  @MethodSource("invalidFindings")
  void invalidFindings_fail_atTheFieldTheReaderNames(
      String json, String location, String fragment) {
    assertThat(Schemas.errors(Schemas.DIAGNOSIS, json))
        .as(json)
        .anySatisfy(error -> assertThat(error).startsWith(location + ": ").contains(fragment));
  }

  @Test
  void examples_areAllThere() {
    // classify.json, five lines of classify.ndjson, the README's input, and one built here
    assertThat(validFindings()).hasSize(8);
  }

  @Test
  void duplicateKey_passes_theParsedTreeKeepsOneValue() {
    String json = FINDINGS.replace("\"linear\":true", "\"linear\":true,\"linear\":false");

    assertThat(Schemas.errors(Schemas.DIAGNOSIS, json)).isEmpty();
  }

  @Test
  void aCaseIsNotADiagnosis_andADiagnosisIsNotACase() {
    String lmCase = Schemas.read(Schemas.EXAMPLE_CASES.resolve("cr.json"));

    assertThat(Schemas.errors(Schemas.DIAGNOSIS, lmCase)).isNotEmpty();
    assertThat(Schemas.errors(Schemas.CASE, FINDINGS)).isNotEmpty();
  }
}
