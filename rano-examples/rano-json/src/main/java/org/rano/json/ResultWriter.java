package org.rano.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.rano.BestResponse;
import org.rano.CaseAssessment;
import org.rano.Fact;
import org.rano.Progression;
import org.rano.Reason;
import org.rano.RuleId;
import org.rano.TimePoint;
import org.rano.VisitAssessment;
import org.rano.diagnosis.Diagnosis;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.Parenchymal;

/**
 * Writes a {@link CaseAssessment} or a {@link CaseRejection} as the JSON of the case format's "The
 * result" section: field names and enum words as the contract fixes them, {@code null} where a
 * value does not exist, numbers exact ({@code compositeChangePercent} as {@code -50.0}), and a
 * rejected case as {@code {"id": ..., "error": {"path": ..., "message": ...}}}. The same outcome
 * always gives the same bytes. A lone surrogate in a string (not valid Unicode, so not encodable as
 * UTF-8) is written as its escape, e.g. {@code \ud800}, never replaced.
 *
 * <p>Beside each array of reasons in English ({@code reasons}, {@code warnings}, {@code notes}) it
 * writes the same reasons as values, one object per reason in the same order ({@code reasonFacts},
 * {@code warningFacts}, {@code noteFacts}): {@code {"rule": "IMG-8", "kind":
 * "IMAGING_PARTIAL_RESPONSE", "facts": {"compositeBefore": 4, "compositeAfter": 2, "percent":
 * -50.0}}}, each fact under its {@link Fact#key()}: whole numbers and exact decimals as JSON
 * numbers, flags as booleans, dates as ISO strings, rule IDs as written in the specification, other
 * enums by their names.
 *
 * <p>It also writes the EANO-ESMO classification of {@code rano classify}: {@code {"id", "pattern",
 * "type", "certainty", "label", "rules", "reasons", "reasonFacts"}}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ResultWriter {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final boolean pretty;

  /**
   * Obtains a writer.
   *
   * @param pretty true for indented output over several lines, false for one line (NDJSON)
   */
  ResultWriter(boolean pretty) {
    this.pretty = pretty;
  }

  /**
   * Writes one result.
   *
   * @param assessment the assessment, not null
   * @param out where to write the JSON text, without a trailing line break
   * @throws IOException if out fails
   */
  void write(CaseAssessment assessment, Appendable out) throws IOException {
    render(out, json -> writeResult(json, assessment));
  }

  /**
   * Writes the error record of a rejected case.
   *
   * @param caseId the case id, or null when unknown
   * @param path the path of the invalid field
   * @param message what is wrong
   * @param out where to write the JSON text, without a trailing line break
   * @throws IOException if out fails
   */
  void writeError(@Nullable String caseId, String path, String message, Appendable out)
      throws IOException {
    render(out, json -> writeRejection(json, caseId, path, message));
  }

  /**
   * Writes one EANO-ESMO classification (spec section 8): {@code pattern}, {@code type}, {@code
   * certainty} and {@code label} as the library's enum words, the rule IDs and the reasons.
   *
   * @param id the id of the input, or null when it had none
   * @param diagnosis the classification, not null
   * @param out where to write the JSON text, without a trailing line break
   * @throws IOException if out fails
   */
  void write(@Nullable String id, Diagnosis diagnosis, Appendable out) throws IOException {
    render(
        out,
        json -> {
          json.writeStartObject();
          writeNullableString(json, "id", id);
          json.writeStringField("pattern", diagnosis.pattern().name());
          json.writeStringField("type", diagnosis.type().name());
          json.writeStringField("certainty", diagnosis.certainty().name());
          json.writeStringField("label", diagnosis.label());
          json.writeArrayFieldStart("rules");
          for (RuleId rule : diagnosis.rules()) {
            json.writeString(rule.id());
          }
          json.writeEndArray();
          writeReasons(json, "reasons", "reasonFacts", diagnosis.reasons());
          json.writeEndObject();
        });
  }

  /** What goes between the generator's creation and its closing. */
  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private void render(Appendable out, Body body) throws IOException {
    // A lone surrogate (in an id) cannot be encoded as UTF-8: it is kept as an escape.
    LoneSurrogateEscaper text = new LoneSurrogateEscaper(out);
    try (JsonGenerator json = FACTORY.createGenerator((Writer) text)) {
      if (pretty) {
        json.setPrettyPrinter(
            new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")));
      }
      body.write(json);
    }
    text.finish();
  }

  private static void writeRejection(
      JsonGenerator json, @Nullable String caseId, String path, String message) throws IOException {
    json.writeStartObject();
    writeNullableString(json, "id", caseId);
    json.writeObjectFieldStart("error");
    json.writeStringField("path", path);
    json.writeStringField("message", message);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, CaseAssessment result) throws IOException {
    json.writeStartObject();
    writeNullableString(json, "id", result.id().orElse(null));
    json.writeArrayFieldStart("timepoints");
    for (TimePoint point : result.timePoints()) {
      writeTimePoint(json, point);
    }
    json.writeEndArray();
    writeBest(json, "bestOverallResponse", result.bestOverallResponse());
    writeBest(json, "confirmedBestOverallResponse", result.confirmedBestOverallResponse());
    json.writeFieldName("progression");
    Optional<Progression> progression = result.progression();
    if (progression.isPresent()) {
      json.writeStartObject();
      json.writeStringField("date", progression.get().date().toString());
      json.writeNumberField("daysFromBaseline", progression.get().daysFromBaseline());
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    writeReasons(json, "warnings", "warningFacts", result.warnings());
    writeReasons(json, "notes", "noteFacts", result.notes());
    json.writeObjectFieldStart("criteria");
    for (Map.Entry<String, Object> policy : result.criteria().policies().entrySet()) {
      Object value = policy.getValue();
      if (value instanceof Integer number) {
        json.writeNumberField(policy.getKey(), number);
      } else if (value instanceof BigDecimal number) {
        json.writeNumberField(policy.getKey(), number);
      } else if (value instanceof Boolean flag) {
        json.writeBooleanField(policy.getKey(), flag);
      } else {
        json.writeStringField(policy.getKey(), String.valueOf(value));
      }
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeTimePoint(JsonGenerator json, TimePoint point) throws IOException {
    json.writeStartObject();
    json.writeStringField("date", point.date().toString());
    json.writeNumberField("daysFromBaseline", point.daysFromBaseline());
    Optional<VisitAssessment> visit = point.assessment();
    if (visit.isPresent()) {
      VisitAssessment assessment = visit.get();
      ImagingFinding imaging = assessment.imaging();
      json.writeStringField("neuro", assessment.neuro().status().name());
      json.writeStringField("csf", assessment.csf().status().name());
      json.writeStringField("imaging", imaging.status().name());
      writeInt(json, "compositeScore", imaging.compositeScore());
      writeInt(json, "evaluableCompositeScore", imaging.evaluableCompositeScore());
      writeInt(json, "baselineCompositeScore", imaging.baselineCompositeScore());
      writeDecimal(json, "compositeChangePercent", imaging.compositeChangePercent());
      writeDecimal(json, "spdMm2", imaging.spd());
      writeDecimal(json, "baselineSpdMm2", imaging.baselineSpd());
      Optional<Parenchymal> parenchymal = assessment.parenchymal();
      if (parenchymal.isPresent()) {
        json.writeObjectFieldStart("parenchymal");
        if (parenchymal.get().brain().isPresent()) {
          json.writeStringField("brain", parenchymal.get().brain().get().name());
        }
        if (parenchymal.get().spine().isPresent()) {
          json.writeStringField("spine", parenchymal.get().spine().get().name());
        }
        json.writeEndObject();
      }
    }
    json.writeStringField("overall", point.overall().name());
    json.writeBooleanField("confirmed", point.confirmed());
    json.writeBooleanField("afterProgression", point.afterProgression());
    if (visit.isPresent()) {
      json.writeArrayFieldStart("rules");
      for (RuleId rule : visit.get().rules()) {
        json.writeString(rule.id());
      }
      json.writeEndArray();
      writeReasons(json, "reasons", "reasonFacts", visit.get().reasons());
    }
    json.writeEndObject();
  }

  private static void writeBest(JsonGenerator json, String name, BestResponse best)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("response", best.response().name());
    writeNullableString(json, "date", best.date().map(LocalDate::toString).orElse(null));
    if (best.date().isEmpty()) {
      // no time point supports it: the reason says why (TIME-4; case format, settled 2026-11-30)
      json.writeStringField("reason", best.reason());
    }
    json.writeEndObject();
  }

  /**
   * The reasons twice, in the same order: in English as an array of strings under {@code texts},
   * and as values under {@code values}.
   */
  private static void writeReasons(
      JsonGenerator json, String texts, String values, List<Reason> reasons) throws IOException {
    json.writeArrayFieldStart(texts);
    for (Reason reason : reasons) {
      json.writeString(reason.text());
    }
    json.writeEndArray();
    json.writeArrayFieldStart(values);
    for (Reason reason : reasons) {
      json.writeStartObject();
      json.writeStringField("rule", reason.rule().id());
      json.writeStringField("kind", reason.kind().name());
      json.writeObjectFieldStart("facts");
      for (Map.Entry<Fact, Object> fact : reason.facts().entrySet()) {
        json.writeFieldName(fact.getKey().key());
        writeFact(json, fact.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** A fact's value by its type ({@link Fact#type()}). */
  private static void writeFact(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      json.writeNumber(number.toPlainString());
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof RuleId rule) {
      json.writeString(rule.id());
    } else if (value instanceof Enum<?> constant) {
      json.writeString(constant.name());
    } else {
      json.writeString(value.toString()); // a LocalDate (ISO) or a String
    }
  }

  private static void writeInt(JsonGenerator json, String name, OptionalInt value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.getAsInt());
    } else {
      json.writeNullField(name);
    }
  }

  private static void writeDecimal(JsonGenerator json, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeFieldName(name);
      json.writeNumber(value.get().toPlainString());
    } else {
      json.writeNullField(name);
    }
  }

  private static void writeNullableString(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }
}
