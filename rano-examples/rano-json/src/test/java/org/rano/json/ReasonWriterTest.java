package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.Fact;
import org.rano.Reason;
import org.rano.ReasonKind;
import org.rano.TimePoint;

/**
 * The JSON of time points' reasons that {@link ReasonWriter} keeps from one result to the next is
 * exactly what writing them afresh gives: the same bytes and the same text, on a cold cache and a
 * warm one, for every case the tests hold, for ids that need escapes or lie beyond the Basic
 * Multilingual Plane, and for more distinct reasons than the cache has slots, so that entries are
 * replaced while cases are written.
 */
class ReasonWriterTest {

  private static final CaseFormat FORMAT = CaseFormat.withDefaults();

  private static List<CaseAssessment> results(List<String> lines) {
    List<CaseAssessment> results = new ArrayList<>();
    for (String line : lines) {
      try {
        results.add(FORMAT.read(line).assess());
      } catch (CaseRejection e) {
        // a rejected case has no reasons to write
      }
    }
    return results;
  }

  /** Writes each result with a keeping writer twice and with a writer that keeps nothing. */
  private static int agree(List<CaseAssessment> results) throws IOException {
    ResultWriter keeping = new ResultWriter(false);
    ResultWriter afresh = new ResultWriter(false, false);
    int reasons = 0;
    for (int round = 0; round < 2; round++) {
      for (CaseAssessment result : results) {
        StringBuilder expected = new StringBuilder();
        afresh.write(result, expected);
        StringBuilder text = new StringBuilder();
        keeping.write(result, text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        keeping.write(result, bytes);
        assertThat(text.toString()).isEqualTo(expected.toString());
        assertThat(bytes.toByteArray())
            .isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
        reasons +=
            result.timePoints().stream()
                .mapToInt(p -> p.assessment().map(v -> v.reasons().size()).orElse(0))
                .sum();
      }
    }
    return reasons;
  }

  @Test
  void everyConformanceGeneratedAndExampleCase_keptAndAfreshAgree() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.addAll(Schemas.lines(Schemas.TEST_RESOURCES.resolve("spec/conformance/cases.ndjson")));
    lines.addAll(Schemas.lines(Schemas.TEST_RESOURCES.resolve("generated/cohort-seed1.ndjson")));
    lines.addAll(Schemas.lines(Schemas.TEST_RESOURCES.resolve("results/edge-input.ndjson")));
    for (var file : Schemas.files(Schemas.EXAMPLE_CASES, ".json")) {
      lines.add(Schemas.read(file));
    }
    List<CaseAssessment> results = results(lines);
    assertThat(results).hasSizeGreaterThan(400);

    assertThat(agree(results)).isGreaterThan(1000);
  }

  /** A case whose reasons name lesion ids, with a non-target id and a target id of one's choice. */
  private static String caseWithIds(String target, String nonTarget, String volume) {
    return "{\"id\":\"ids\",\"baseline\":{\"date\":\"2026-01-05\","
        + "\"csf\":{\"result\":\"POSITIVE\",\"volumeMl\":"
        + volume
        + "},\"targets\":[{\"id\":"
        + target
        + ",\"site\":\"BRAIN_NODULE\",\"score\":2}],\"nonTargets\":[{\"id\":"
        + nonTarget
        + ",\"site\":\"SPINE_NODULE\",\"status\":\"PRESENT\"}]},"
        + "\"followUps\":[{\"date\":\"2026-02-02\",\"csf\":{\"result\":\"NEGATIVE\",\"volumeMl\":"
        + volume
        + "},\"targets\":[{\"id\":"
        + target
        + ",\"score\":3}],\"nonTargets\":[{\"id\":"
        + nonTarget
        + ",\"status\":\"UNEQUIVOCAL_PROGRESSION\"}]}]}";
  }

  @Test
  void idsThatNeedEscapesOrSurrogatePairs_keptAndAfreshAgree() throws IOException {
    String[] ids = {
      "\"T1\"",
      "\"quote \\\" and backslash \\\\\"",
      "\"control \\u0001 and tab \\t\"",
      "\"caf\\u00e9 \\u2028 line separator\"",
      "\"beyond the plane \\ud83d\\ude00\"",
      "\"\\u00e9\\u00e9\""
    };
    List<String> lines = new ArrayList<>();
    for (String target : ids) {
      for (String nonTarget : ids) {
        if (!target.equals(nonTarget)) {
          lines.add(caseWithIds(target, nonTarget, "10"));
        }
      }
    }
    List<CaseAssessment> results = results(lines);
    assertThat(results).hasSize(ids.length * (ids.length - 1));
    // the non-target's progression names it (IMG-13), escaped
    assertThat(results.stream().map(FORMAT::write))
        .anyMatch(json -> json.contains("non-target quote \\\" and backslash \\\\ progressed"))
        .anyMatch(json -> json.contains("non-target beyond the plane \ud83d\ude00 progressed"));

    assertThat(agree(results)).isGreaterThan(0);
  }

  @Test
  void moreDistinctReasonsThanSlots_replaceEntries_andStillAgree() throws IOException {
    List<String> lines = new ArrayList<>();
    // every volume gives CSF reasons of its own: more than the cache holds
    int cases = 2 * ReasonWriter.SETS + 500;
    for (int i = 0; i < cases; i++) {
      lines.add(caseWithIds("\"T1\"", "\"N1\"", (5 + i / 100) + "." + (i % 100)));
    }
    List<CaseAssessment> results = results(lines);
    assertThat(results).hasSize(cases);

    assertThat(agree(results)).isGreaterThanOrEqualTo(2 * cases);
  }

  /** Writes one reason as a time point's, through the shared writer, and returns the JSON. */
  private static String writeAlone(Reason reason) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      ResultWriter.REASONS_WRITER.write(
          json,
          new SerializedString("reasons"),
          new SerializedString("reasonFacts"),
          List.of(reason),
          true);
      json.writeEndObject();
    }
    return out.toString();
  }

  @Test
  void theReasonsOfATimePoint_areKeptOnceWritten_butNotThoseWithADateOrANote() throws IOException {
    CaseAssessment result = results(List.of(caseWithIds("\"K1\"", "\"K2\"", "7.7"))).get(0);
    new ResultWriter(false).write(result, new StringBuilder());

    List<Reason> reasons =
        result.timePoints().stream()
            .map(TimePoint::assessment)
            .flatMap(visit -> visit.stream().flatMap(v -> v.reasons().stream()))
            .toList();
    assertThat(reasons).hasSizeGreaterThan(3);
    assertThat(reasons).allSatisfy(r -> assertThat(ResultWriter.REASONS_WRITER.holds(r)).isTrue());

    Reason noted =
        Reason.builder(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE)
            .with(Fact.DOMAIN, "gait")
            .with(Fact.NOTE, "n".repeat(100_000))
            .build();
    assertThat(writeAlone(noted)).contains("n".repeat(100_000));
    assertThat(ResultWriter.REASONS_WRITER.holds(noted)).isFalse();
  }

  @Test
  void aReasonLongerThanTheLimit_isWrittenWhole_andNotKept_bothSidesOfTheLimit()
      throws IOException {
    // IMG-13's text is "non-target <id> progressed unequivocally (IMG-13)"
    int fixed =
        Reason.builder(ReasonKind.IMAGING_NON_TARGET_PROGRESSED)
            .with(Fact.LESION, "")
            .build()
            .text()
            .length();
    Reason longest =
        Reason.builder(ReasonKind.IMAGING_NON_TARGET_PROGRESSED)
            .with(Fact.LESION, "a".repeat(ReasonWriter.MAX_TEXT - fixed))
            .build();
    Reason tooLong =
        Reason.builder(ReasonKind.IMAGING_NON_TARGET_PROGRESSED)
            .with(Fact.LESION, "b".repeat(ReasonWriter.MAX_TEXT - fixed + 1))
            .build();
    assertThat(longest.text()).hasSize(ReasonWriter.MAX_TEXT);

    assertThat(writeAlone(longest)).contains(longest.text());
    assertThat(writeAlone(tooLong)).contains(tooLong.text());
    assertThat(ResultWriter.REASONS_WRITER.holds(longest)).isTrue();
    assertThat(ResultWriter.REASONS_WRITER.holds(tooLong)).isFalse();
  }

  @Test
  void aLoneSurrogateInANote_isWrittenAlikeAsTextAndAsBytes() throws IOException {
    String json =
        "{\"id\":\"lone\",\"baseline\":{\"date\":\"2026-01-05\",\"neuro\":{\"gait\":1,"
            + "\"strength\":0,\"sensation\":0,\"vision\":0,\"eyeMovements\":0,"
            + "\"facialStrength\":0,\"hearing\":0,\"swallowing\":0,"
            + "\"levelOfConsciousness\":0,\"behaviour\":0}},\"followUps\":[{\"date\":"
            + "\"2026-02-02\",\"neuro\":{\"gait\":{\"level\":\"NE\",\"note\":\"a \\ud800 b\"},"
            + "\"strength\":0,\"sensation\":0,\"vision\":0,\"eyeMovements\":0,"
            + "\"facialStrength\":0,\"hearing\":0,\"swallowing\":0,"
            + "\"levelOfConsciousness\":0,\"behaviour\":0}}]}";
    CaseAssessment result = FORMAT.read(json).assess();

    String text = FORMAT.write(result);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FORMAT.write(result, bytes);

    assertThat(text).contains("a \\uD800 b");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
  }
}
