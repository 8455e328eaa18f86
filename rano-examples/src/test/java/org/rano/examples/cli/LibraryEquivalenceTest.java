package org.rano.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rano.Fact;
import org.rano.Reason;
import org.rano.RuleId;
import org.rano.response.BestResponse;
import org.rano.response.CaseAssessment;
import org.rano.response.RanoLm;
import org.rano.response.TimePoint;
import org.rano.response.VisitAssessment;

/**
 * Seeded random valid cases, written as JSON and built with the library's builders in parallel:
 * the command's JSON result equals what the library gives for the built case (same responses,
 * rules, dates), and the order of JSON fields never changes the output.
 */
class LibraryEquivalenceTest {

  private static final int CASES = 2_000;

  @Test
  void randomValidCases_commandEqualsLibrary() {
    RandomCases generator = new RandomCases(0x5EED_2026L);
    List<RandomCases.Generated> cases = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < CASES; i++) {
      RandomCases.Generated generated = generator.next("G" + i);
      cases.add(generated);
      input.append(generated.json()).append('\n');
    }

    Cli.Run run = Cli.withInput(input.toString(), "score", "--ndjson", "-");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(CASES);
    for (int i = 0; i < CASES; i++) {
      RandomCases.Generated generated = cases.get(i);
      RanoLm engine = RanoLm.of(generated.criteria());
      CaseAssessment library = generated.lmCase() != null
          ? engine.assess(generated.lmCase())
          : engine.assess(java.util.Objects.requireNonNull(generated.sequence()));
      JsonNode command = Fixtures.parse(lines.get(i));
      assertSame(command, library, generated.json());
      assertThat(lines.get(i)).as(generated.json())
          .isEqualTo(new ResultWriter(false).write(new Outcome.Scored(library)));
    }
  }

  @Test
  void shuffledFieldOrder_givesByteIdenticalOutput() {
    RandomCases generator = new RandomCases(42L);
    Random shuffler = new Random(7L);
    StringBuilder original = new StringBuilder();
    StringBuilder shuffled = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      String json = generator.next("F" + i).json();
      original.append(json).append('\n');
      shuffled.append(shuffle(Fixtures.parse(json), shuffler)).append('\n');
    }

    Cli.Run a = Cli.withInput(original.toString(), "score", "--ndjson", "-");
    Cli.Run b = Cli.withInput(shuffled.toString(), "score", "--ndjson", "-");

    assertThat(a.exitCode()).isZero();
    assertThat(b.out()).isEqualTo(a.out());
  }

  /** Field by field, against the library's objects, not through the command's writer. */
  private static void assertSame(JsonNode command, CaseAssessment library, String json) {
    assertThat(command.get("id").asText()).as(json).isEqualTo(library.id().orElseThrow());
    assertThat(command.get("timepoints").size()).as(json).isEqualTo(library.timePoints().size());
    for (int t = 0; t < library.timePoints().size(); t++) {
      TimePoint point = library.timePoints().get(t);
      JsonNode written = command.get("timepoints").get(t);
      assertThat(written.get("date").asText()).as(json).isEqualTo(point.date().toString());
      assertThat(written.get("daysFromBaseline").asInt()).isEqualTo(point.daysFromBaseline());
      assertThat(written.get("overall").asText()).as(json).isEqualTo(point.overall().name());
      assertThat(written.get("confirmed").asBoolean()).as(json).isEqualTo(point.confirmed());
      assertThat(written.get("afterProgression").asBoolean()).isEqualTo(point.afterProgression());
      if (point.assessment().isPresent()) {
        VisitAssessment visit = point.assessment().get();
        List<String> rules = new ArrayList<>();
        for (RuleId rule : visit.rules()) {
          rules.add(rule.id());
        }
        List<String> writtenRules = new ArrayList<>();
        written.get("rules").forEach(r -> writtenRules.add(r.asText()));
        assertThat(writtenRules).as(json).isEqualTo(rules);
        assertThat(written.get("neuro").asText()).isEqualTo(visit.neuro().status().name());
        assertThat(written.get("csf").asText()).isEqualTo(visit.csf().status().name());
        assertThat(written.get("imaging").asText()).isEqualTo(visit.imaging().status().name());
        assertThat(written.get("reasons").size()).isEqualTo(visit.reasons().size());
        assertReasons(written.get("reasons"), written.get("reasonFacts"), visit.reasons());
      } else {
        assertThat(written.has("rules")).isFalse();
      }
    }
    assertBest(command.get("bestOverallResponse"), library.bestOverallResponse());
    assertBest(command.get("confirmedBestOverallResponse"),
        library.confirmedBestOverallResponse());
    if (library.progression().isPresent()) {
      assertThat(command.get("progression").get("date").asText())
          .isEqualTo(library.progression().get().date().toString());
    } else {
      assertThat(command.get("progression").isNull()).isTrue();
    }
    assertReasons(command.get("warnings"), command.get("warningFacts"), library.warnings());
    assertReasons(command.get("notes"), command.get("noteFacts"), library.notes());
    for (Map.Entry<String, Object> policy : library.criteria().policies().entrySet()) {
      assertThat(command.get("criteria").get(policy.getKey()).asText())
          .isEqualTo(String.valueOf(policy.getValue()));
    }
  }

  /** The texts and the values of the reasons, in the library's order, with every fact. */
  private static void assertReasons(JsonNode texts, JsonNode values, List<Reason> reasons) {
    assertThat(texts.size()).isEqualTo(reasons.size());
    assertThat(values.size()).isEqualTo(reasons.size());
    for (int i = 0; i < reasons.size(); i++) {
      Reason reason = reasons.get(i);
      JsonNode value = values.get(i);
      assertThat(texts.get(i).asText()).isEqualTo(reason.text());
      assertThat(value.get("rule").asText()).isEqualTo(reason.rule().id());
      assertThat(value.get("kind").asText()).isEqualTo(reason.kind().name());
      List<String> keys = new ArrayList<>();
      value.get("facts").fieldNames().forEachRemaining(keys::add);
      assertThat(keys).containsExactlyElementsOf(
          reason.facts().keySet().stream().map(Fact::key).toList());
      for (Map.Entry<Fact, Object> fact : reason.facts().entrySet()) {
        JsonNode written = value.get("facts").get(fact.getKey().key());
        Object expected = fact.getValue();
        if (expected instanceof Integer number) {
          assertThat(written.isInt()).isTrue();
          assertThat(written.intValue()).isEqualTo(number);
        } else if (expected instanceof BigDecimal number) {
          assertThat(written.isNumber()).isTrue();
          assertThat(written.decimalValue()).isEqualByComparingTo(number);
        } else if (expected instanceof Boolean flag) {
          assertThat(written.booleanValue()).isEqualTo(flag);
        } else {
          assertThat(written.isTextual()).isTrue();
          assertThat(written.asText()).isIn(expected.toString(),
              expected instanceof Enum<?> constant ? constant.name() : "");
        }
      }
    }
  }

  private static void assertBest(JsonNode written, BestResponse best) {
    assertThat(written.get("response").asText()).isEqualTo(best.response().name());
    assertThat(written.get("date").isNull()).isEqualTo(best.date().isEmpty());
    best.date().ifPresent(d -> assertThat(written.get("date").asText()).isEqualTo(d.toString()));
  }

  /** The same JSON with the keys of every object in a random order (arrays kept). */
  private static String shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.shuffle(names, random);
      StringBuilder text = new StringBuilder("{");
      for (String name : names) {
        text.append(text.length() > 1 ? "," : "")
            .append(Fixtures.MAPPER.getNodeFactory().textNode(name)).append(':')
            .append(shuffle(node.get(name), random));
      }
      return text.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder text = new StringBuilder("[");
      for (JsonNode element : node) {
        text.append(text.length() > 1 ? "," : "").append(shuffle(element, random));
      }
      return text.append(']').toString();
    }
    return node.toString();
  }
}
