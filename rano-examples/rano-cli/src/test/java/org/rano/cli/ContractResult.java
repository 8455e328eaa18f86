package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rano.BestResponse;
import org.rano.CaseAssessment;
import org.rano.Fact;
import org.rano.Progression;
import org.rano.Reason;
import org.rano.Response;
import org.rano.RuleId;
import org.rano.TimePoint;
import org.rano.VisitAssessment;
import org.rano.imaging.ImagingFinding;

/**
 * The test's own reading of the result contract ({@code spec/case-format.md}, "The result", and the
 * README's list of the result's fields), written here and not through {@link ResultWriter}: what
 * the command must print for a case, built from the case's input and the library's {@link
 * CaseAssessment}, and a comparison that names the first difference by its JSON path.
 *
 * <p>What comes from where:
 *
 * <ul>
 *   <li>from the input, as the contract says it is carried over: the number of time points (one per
 *       follow-up or response), their dates, a sequence's responses, {@code parenchymal}, the
 *       case's {@code criteria} over the specification's defaults;
 *   <li>computed here from the contract: {@code daysFromBaseline} (of the time points and of {@code
 *       progression}), {@code compositeChangePercent} ((F - B) / B in percent, one decimal, null
 *       without both composites or with B = 0), the composite fields as null under {@code
 *       LANO_2019};
 *   <li>from the library's objects, which the command must write unchanged: the component statuses,
 *       composites and SPD, {@code overall}, {@code confirmed}, {@code afterProgression}, {@code
 *       rules}, {@code reasons}, the best responses, the progression date, warnings and notes.
 * </ul>
 *
 * <p>Field order is the contract's: top level {@code id, timepoints, bestOverallResponse,
 * confirmedBestOverallResponse, progression, warnings, notes, criteria}; a raw time point {@code
 * date, daysFromBaseline, neuro, csf, imaging, compositeScore, evaluableCompositeScore,
 * baselineCompositeScore, compositeChangePercent, spdMm2, baselineSpdMm2, overall, confirmed,
 * afterProgression, rules, reasons}; a sequence's time point {@code date, daysFromBaseline,
 * overall, confirmed, afterProgression} only; the policies in the case format's order. {@code
 * parenchymal} is "beside the LM response", at no fixed place: its position is not compared.
 */
final class ContractResult {
  private ContractResult() {}

  /**
   * The policies in the order the case format lists the keys of a case's {@code criteria} object,
   * each with the default of the specification (sections 2-7 and 11), as JSON text.
   */
  static final Map<String, String> DEFAULT_POLICIES = defaults();

  private static Map<String, String> defaults() {
    Map<String, String> policies = new LinkedHashMap<>();
    policies.put("imaging", "\"RANO_LM_2017\""); // 4.4: the 2017 scorecard unless chosen
    policies.put("confirmationDays", "28"); // TIME-2
    policies.put("maxNeBetween", "1"); // TIME-2
    policies.put("acceptSdBetween", "false"); // TIME-2
    policies.put("sdMinimumDays", "28"); // TIME-3
    policies.put("neuroImprovement", "\"SYMMETRIC\""); // NEURO-5
    policies.put("neuroMissingDomains", "\"STRICT\""); // NEURO-6
    policies.put("neuroReference", "\"BASELINE\""); // NEURO-7
    policies.put("imagingProgressionReference", "\"BASELINE\""); // IMG-12
    policies.put("measurableNodule", "\"GT_10X5\""); // IMG-4
    policies.put("responseRequiresCsfClearance", "false"); // OVR-4
    policies.put("crRequiresNoSteroids", "true"); // STER-3, since 2026-11-30
    policies.put("csfConversionIsProgression", "true"); // CSF-4
    policies.put("csfClearanceConfirmationDays", "7"); // CSF-6
    policies.put("prAfterCrBreaksConfirmation", "true"); // TIME-7
    policies.put("csfRelapseAfterClearance", "\"CONVERTED\""); // CSF-7
    policies.put("backdatedProgressionRewritesVisit", "true"); // IMG-5
    policies.put("csfMissingBlocks", "\"ALL\""); // section 11
    policies.put("csfEquivocalThenPositive", "\"CONVERTED\"");
    policies.put("csfInadequateBaselineNegative", "\"NEGATIVE\"");
    policies.put("csfMinimumVolumeMl", "5");
    policies.put("compositeMinIncrease", "1");
    policies.put("attributedWorseningBlocksCr", "false");
    policies.put("clinicalDeteriorationIsProgression", "true");
    return policies;
  }

  /** Keys whose place among their siblings the contract does not fix. */
  private static final Set<String> UNORDERED = Set.of("parenchymal");

  // ------------------------------------------------------------------------------ expectation

  /**
   * The JSON the command must print for a case, on one line.
   *
   * @param input the case as given to the command (parsed), not null
   * @param result the library's assessment of the same case, not null
   * @return the expected JSON text, not null
   */
  static String expected(JsonNode input, CaseAssessment result) {
    boolean sequence = input.has("responses") || !input.has("baseline");
    LocalDate baseline =
        LocalDate.parse(
            sequence
                ? input.get("referenceDate").asText()
                : input.get("baseline").get("date").asText());
    JsonNode visits = sequence ? input.get("responses") : input.get("followUps");
    int count = visits == null ? 0 : visits.size();
    boolean lano2019 = policy(input, "imaging").equals("\"LANO_2019\"");

    Text json = new Text().open();
    json.key("id").string(input.has("id") ? input.get("id").asText() : null);
    json.key("timepoints").openArray();
    if (result.timePoints().size() != count) {
      fail(
          "the library gave %s time points for %s input time points",
          result.timePoints().size(), count);
    }
    for (int i = 0; i < count; i++) {
      JsonNode given = visits.get(i);
      TimePoint point = result.timePoints().get(i);
      LocalDate date = LocalDate.parse(given.get("date").asText());
      json.open();
      json.key("date").string(date.toString());
      json.key("daysFromBaseline").number(ChronoUnit.DAYS.between(baseline, date));
      if (sequence) {
        json.key("overall").string(given.get("response").asText());
      } else {
        VisitAssessment visit =
            point
                .assessment()
                .orElseThrow(
                    () -> new AssertionError("a raw time point without its visit assessment"));
        ImagingFinding imaging = visit.imaging();
        json.key("neuro").string(visit.neuro().status().name());
        json.key("csf").string(visit.csf().status().name());
        json.key("imaging").string(imaging.status().name());
        OptionalInt composite = lano2019 ? OptionalInt.empty() : imaging.compositeScore();
        OptionalInt reference = lano2019 ? OptionalInt.empty() : imaging.baselineCompositeScore();
        json.key("compositeScore").number(composite);
        json.key("evaluableCompositeScore")
            .number(lano2019 ? OptionalInt.empty() : imaging.evaluableCompositeScore());
        json.key("baselineCompositeScore").number(reference);
        json.key("compositeChangePercent").number(changePercent(composite, reference));
        json.key("spdMm2").number(lano2019 ? Optional.empty() : imaging.spd());
        json.key("baselineSpdMm2").number(lano2019 ? Optional.empty() : imaging.baselineSpd());
        JsonNode parenchymal = given.get("parenchymal");
        if (parenchymal != null) {
          json.key("parenchymal").open();
          for (String site : List.of("brain", "spine")) {
            if (parenchymal.has(site)) {
              json.key(site).string(parenchymal.get(site).asText());
            }
          }
          json.close();
        }
        json.key("overall").string(code(point.overall()));
      }
      json.key("confirmed").bool(point.confirmed());
      json.key("afterProgression").bool(point.afterProgression());
      if (!sequence) {
        VisitAssessment visit = point.assessment().orElseThrow();
        json.key("rules").openArray();
        for (RuleId rule : visit.rules()) {
          json.string(rule.id());
        }
        json.closeArray();
        reasons(json, "reasons", "reasonFacts", visit.reasons());
      }
      json.close();
    }
    json.closeArray();
    best(json.key("bestOverallResponse"), result.bestOverallResponse());
    best(json.key("confirmedBestOverallResponse"), result.confirmedBestOverallResponse());
    json.key("progression");
    Optional<Progression> progression = result.progression();
    if (progression.isPresent()) {
      LocalDate date = progression.get().date();
      json.open();
      json.key("date").string(date.toString());
      json.key("daysFromBaseline").number(ChronoUnit.DAYS.between(baseline, date));
      json.close();
    } else {
      json.nullValue();
    }
    reasons(json, "warnings", "warningFacts", result.warnings());
    reasons(json, "notes", "noteFacts", result.notes());
    json.key("criteria").open();
    for (String name : DEFAULT_POLICIES.keySet()) {
      json.key(name).raw(policy(input, name));
    }
    json.close();
    return json.close().toString();
  }

  /**
   * Reasons as the README's result format writes them: their English under one key, and under the
   * other one object per reason in the same order, {@code {"rule", "kind", "facts"}}, each fact
   * under its key: numbers as numbers (decimals exact), flags as booleans, dates as ISO strings,
   * rule IDs as written in the specification, other words by their names.
   */
  private static void reasons(Text json, String texts, String values, List<Reason> reasons) {
    json.key(texts).openArray();
    for (Reason reason : reasons) {
      json.string(reason.text());
    }
    json.closeArray();
    json.key(values).openArray();
    for (Reason reason : reasons) {
      json.open();
      json.key("rule").string(reason.rule().id());
      json.key("kind").string(reason.kind().name());
      json.key("facts").open();
      for (Map.Entry<Fact, Object> fact : reason.facts().entrySet()) {
        json.key(fact.getKey().key());
        Object value = fact.getValue();
        if (value instanceof Integer || value instanceof Boolean) {
          json.raw(value.toString());
        } else if (value instanceof BigDecimal decimal) {
          json.raw(decimal.toPlainString());
        } else if (value instanceof RuleId rule) {
          json.string(rule.id());
        } else if (value instanceof Response response) {
          json.string(code(response));
        } else if (value instanceof Enum<?> word) {
          json.string(word.name());
        } else if (value instanceof LocalDate date) {
          json.string(date.toString());
        } else {
          json.string((String) value);
        }
      }
      json.close();
      json.close();
    }
    json.closeArray();
  }

  /** A policy in force: the case's own value, or the specification's default. */
  private static String policy(JsonNode input, String name) {
    JsonNode criteria = input.get("criteria");
    if (criteria != null && criteria.has(name)) {
      return criteria.get(name).toString();
    }
    return Objects.requireNonNull(DEFAULT_POLICIES.get(name), name);
  }

  /** TIME-4 in the contract: {response, date}, and a reason when no date supports it. */
  private static void best(Text json, BestResponse best) {
    json.open();
    json.key("response").string(code(best.response()));
    json.key("date").string(best.date().map(LocalDate::toString).orElse(null));
    if (best.date().isEmpty()) {
      json.key("reason").string(best.reason());
    }
    json.close();
  }

  /**
   * Section 4.3's change = (F - B) / B, in percent with one decimal as the contract shows it
   * ({@code -50.0}); with composites of at most 15 no value falls on a rounding tie.
   */
  private static Optional<BigDecimal> changePercent(OptionalInt composite, OptionalInt base) {
    if (composite.isEmpty() || base.isEmpty() || base.getAsInt() == 0) {
      return Optional.empty();
    }
    int f = composite.getAsInt();
    int b = base.getAsInt();
    return Optional.of(
        new BigDecimal(100 * (f - b)).divide(new BigDecimal(b), 1, RoundingMode.HALF_UP));
  }

  /** A minimal JSON text builder: commas, escapes, nothing else. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();

    /** Whether the innermost open object or array has a member yet. */
    private final List<Boolean> hasMember = new ArrayList<>();

    private boolean afterKey;

    private void separate() {
      if (afterKey) {
        afterKey = false;
        return;
      }
      int last = hasMember.size() - 1;
      if (last >= 0) {
        if (hasMember.get(last)) {
          text.append(',');
        }
        hasMember.set(last, true);
      }
    }

    Text open() {
      separate();
      text.append('{');
      hasMember.add(false);
      return this;
    }

    Text close() {
      text.append('}');
      hasMember.remove(hasMember.size() - 1);
      return this;
    }

    Text openArray() {
      separate();
      text.append('[');
      hasMember.add(false);
      return this;
    }

    Text closeArray() {
      text.append(']');
      hasMember.remove(hasMember.size() - 1);
      return this;
    }

    Text key(String name) {
      separate();
      quote(name);
      text.append(':');
      afterKey = true;
      return this;
    }

    Text string(@Nullable String value) {
      if (value == null) {
        return nullValue();
      }
      separate();
      quote(value);
      return this;
    }

    Text number(long value) {
      return raw(Long.toString(value));
    }

    Text number(OptionalInt value) {
      return value.isPresent() ? number(value.getAsInt()) : nullValue();
    }

    Text number(Optional<BigDecimal> value) {
      return value.isPresent() ? raw(value.get().toPlainString()) : nullValue();
    }

    Text bool(boolean value) {
      return raw(Boolean.toString(value));
    }

    Text nullValue() {
      return raw("null");
    }

    Text raw(String json) {
      separate();
      text.append(json);
      return this;
    }

    private void quote(String value) {
      text.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          text.append('\\').append(c);
        } else if (c < 0x20) {
          text.append(String.format("\\u%04x", (int) c));
        } else {
          text.append(c);
        }
      }
      text.append('"');
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  // ------------------------------------------------------------------------------ comparison

  /**
   * Asserts that the command's line is the expected JSON: the same keys in the same order (except
   * {@link #UNORDERED}), the same kinds of value, equal strings and booleans, numbers of equal
   * value; and every {@code compositeChangePercent} written with one decimal.
   *
   * @param line the command's output line
   * @param expected the expected JSON text
   * @param context what to print on failure (e.g. the input)
   */
  static void assertWrittenAsContracted(String line, String expected, String context) {
    assertThat(line).as("one line: %s", context).doesNotContain("\n");
    JsonNode actual = Fixtures.parse(line);
    List<String> differences = new ArrayList<>();
    compare(actual, Fixtures.parse(expected), "$", differences);
    if (!differences.isEmpty()) {
      fail(
          "%s%n  written:  %s%n  expected: %s%n  input:    %s",
          differences, line, expected, context);
    }
    for (JsonNode point : actual.path("timepoints")) {
      JsonNode change = point.get("compositeChangePercent");
      if (change != null && change.isNumber()) {
        assertThat(change.decimalValue().scale()).as("%s in %s", change, line).isEqualTo(1);
      }
    }
  }

  private static void compare(
      JsonNode actual, JsonNode expected, String path, List<String> differences) {
    if (expected.isObject()) {
      if (!actual.isObject()) {
        differences.add(path + ": " + actual + " is not an object");
        return;
      }
      List<String> actualKeys = names(actual);
      List<String> expectedKeys = names(expected);
      if (!actualKeys.equals(expectedKeys)) {
        differences.add(path + ": keys " + actualKeys + ", expected " + expectedKeys);
        return;
      }
      for (String key : expectedKeys) {
        compare(actual.get(key), expected.get(key), path + "." + key, differences);
      }
      return;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        differences.add(path + ": " + actual + ", expected " + expected);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(actual.get(i), expected.get(i), path + "[" + i + "]", differences);
      }
      return;
    }
    boolean same =
        expected.isNumber()
            ? actual.isNumber() && actual.decimalValue().compareTo(expected.decimalValue()) == 0
            : actual.getNodeType() == expected.getNodeType() && actual.equals(expected);
    if (!same) {
      differences.add(path + ": " + actual + ", expected " + expected);
    }
  }

  /** The keys of an object in order, those without a fixed place last and sorted. */
  private static List<String> names(JsonNode object) {
    List<String> ordered = new ArrayList<>();
    List<String> free = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      (UNORDERED.contains(name) ? free : ordered).add(name);
    }
    free.sort(Comparator.naturalOrder());
    ordered.addAll(free);
    return ordered;
  }

  /** The case format's code of a response, written out: the name, but NON-CR/NON-PD (issue 15). */
  private static String code(Response response) {
    return response == Response.NON_CR_NON_PD ? "NON-CR/NON-PD" : response.name();
  }
}
