package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rano.CaseAssessment;
import org.rano.Criteria;

/**
 * The specification's conformance cases (the project's copy in {@code
 * rano-examples/rano-json/src/test/resources/spec/conformance}): every line of {@code cases.ndjson}
 * read by {@link CaseReader}, scored by the library with the default criteria, and compared with
 * the same line of {@code expected.ndjson}: the overall response of each time point, the
 * unconfirmed and confirmed best overall responses with their dates, and the progression date. One
 * dynamic test per case, named by its id. No case is excluded; finding fewer than 400 cases fails.
 */
class ConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyConformanceCase_matchesTheExpectedTimeCourse() throws IOException {
    Path folder = SharedSpec.locate().resolve("conformance");
    List<String> cases = Files.readAllLines(folder.resolve("cases.ndjson"), StandardCharsets.UTF_8);
    List<String> expected =
        Files.readAllLines(folder.resolve("expected.ndjson"), StandardCharsets.UTF_8);
    assertThat(cases).as("one expected line per case").hasSameSizeAs(expected);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(400);
    CaseReader reader = new CaseReader(Criteria.defaults());
    return IntStream.range(0, cases.size())
        .mapToObj(
            i -> {
              JsonNode want = Fixtures.parse(expected.get(i));
              return dynamicTest(
                  want.get("id").asText(),
                  () -> {
                    CaseAssessment result = reader.read(cases.get(i)).assess();
                    assertThat(summary(result).toPrettyString())
                        .as("case %s (line %d of cases.ndjson)", want.get("id").asText(), i + 1)
                        .isEqualTo(comparable(want).toPrettyString());
                  });
            });
  }

  /**
   * CSF-7 changes exactly the eight cases the specification lists (its conformance README): with
   * {@code csfRelapseAfterClearance = PERSISTENT} those eight, and only those, differ from the
   * expected results.
   */
  @org.junit.jupiter.api.Test
  void csf7_persistentPolicy_changesExactlyTheEightListedCases() throws IOException, CaseRejection {
    Path folder = SharedSpec.locate().resolve("conformance");
    List<String> cases = Files.readAllLines(folder.resolve("cases.ndjson"), StandardCharsets.UTF_8);
    List<String> expected =
        Files.readAllLines(folder.resolve("expected.ndjson"), StandardCharsets.UTF_8);
    CaseReader reader =
        new CaseReader(
            Criteria.defaults()
                .withCsfRelapseAfterClearance(org.rano.CsfRelapseAfterClearance.PERSISTENT));
    List<String> differing = new java.util.ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      JsonNode want = comparable(Fixtures.parse(expected.get(i)));
      if (!summary(reader.read(cases.get(i)).assess()).equals(want)) {
        differing.add(want.get("id").asText());
      }
    }
    assertThat(differing)
        .containsExactly(
            "R00006", "R00020", "R00058", "R00162", "R00167", "R00254", "R00361", "R00363");
  }

  /**
   * The section 11 policies written out at their defaults in every case's {@code criteria}, and
   * {@code "clinicalDeterioration": false} on every follow-up, change no result (specification
   * section 11: "each default keeps the results of sections 2-7 unchanged").
   */
  @org.junit.jupiter.api.Test
  void section11_defaultsWrittenOut_andClinicalDeteriorationFalse_changeNothing()
      throws IOException, CaseRejection {
    Path folder = SharedSpec.locate().resolve("conformance");
    List<String> cases = Files.readAllLines(folder.resolve("cases.ndjson"), StandardCharsets.UTF_8);
    CaseReader reader = new CaseReader(Criteria.defaults());
    int changed = 0;
    for (String line : cases) {
      ObjectNode explicit = (ObjectNode) Fixtures.parse(line);
      ObjectNode criteria =
          explicit.has("criteria")
              ? (ObjectNode) explicit.get("criteria")
              : explicit.putObject("criteria");
      criteria
          .put("csfMissingBlocks", "ALL")
          .put("csfEquivocalThenPositive", "CONVERTED")
          .put("csfInadequateBaselineNegative", "NEGATIVE")
          .put("csfMinimumVolumeMl", 5)
          .put("compositeMinIncrease", 1)
          .put("attributedWorseningBlocksCr", false)
          .put("clinicalDeteriorationIsProgression", true);
      if (explicit.has("followUps")) {
        for (JsonNode followUp : explicit.get("followUps")) {
          ((ObjectNode) followUp).put("clinicalDeterioration", false);
          changed++;
        }
      }
      CaseAssessment plain = reader.read(line).assess();
      CaseAssessment written = reader.read(explicit.toString()).assess();
      assertThat(written.timePoints())
          .as(explicit.get("id").asText())
          .isEqualTo(plain.timePoints());
      assertThat(written.bestOverallResponse()).isEqualTo(plain.bestOverallResponse());
      assertThat(written.confirmedBestOverallResponse())
          .isEqualTo(plain.confirmedBestOverallResponse());
      assertThat(written.progression()).isEqualTo(plain.progression());
    }
    assertThat(changed).as("follow-ups given clinicalDeterioration").isGreaterThan(1000);
  }

  /**
   * The four compared outputs as the command writes them (the result JSON of {@link ResultWriter}),
   * in the shape of expected.ndjson: a best response that no time point supports carries its {@code
   * reason} (case format, settled 2026-11-30).
   */
  static ObjectNode summary(CaseAssessment result) {
    JsonNode written = Fixtures.parse(new ResultWriter(false).write(new Outcome.Scored(result)));
    ObjectNode summary = Fixtures.MAPPER.createObjectNode();
    summary.set("id", written.get("id"));
    ArrayNode overall = summary.putArray("overall");
    for (JsonNode point : written.get("timepoints")) {
      overall.add(point.get("overall"));
    }
    summary.set("bestOverallResponse", written.get("bestOverallResponse"));
    summary.set("confirmedBestOverallResponse", written.get("confirmedBestOverallResponse"));
    JsonNode progression = written.get("progression");
    summary.set("progression", progression.isNull() ? progression : progression.get("date"));
    return summary;
  }

  /** The expected line, compared whole. */
  static ObjectNode comparable(JsonNode expected) {
    return expected.deepCopy();
  }
}
