package org.rano.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rano.BestResponse;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.Fact;
import org.rano.Progression;
import org.rano.ReasonKind;
import org.rano.Response;
import org.rano.RuleId;
import org.rano.TimePoint;
import org.rano.VisitAssessment;
import org.rano.csf.CsfStatus;
import org.rano.diagnosis.Diagnosis;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.Parenchymal;
import org.rano.neuro.NeuroStatus;

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
          // Bytes: a surrogate pair as the UTF-8 of its code point (not two escapes), as the
          // characters are encoded; a lone surrogate as its escape, never as '?'.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  // Field names and enum words, encoded once: the generator copies their bytes.
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString TIMEPOINTS = new SerializedString("timepoints");
  private static final SerializedString DATE = new SerializedString("date");
  private static final SerializedString DAYS_FROM_BASELINE =
      new SerializedString("daysFromBaseline");
  private static final SerializedString NEURO = new SerializedString("neuro");
  private static final SerializedString CSF = new SerializedString("csf");
  private static final SerializedString IMAGING = new SerializedString("imaging");
  private static final SerializedString COMPOSITE_SCORE = new SerializedString("compositeScore");
  private static final SerializedString EVALUABLE_COMPOSITE_SCORE =
      new SerializedString("evaluableCompositeScore");
  private static final SerializedString BASELINE_COMPOSITE_SCORE =
      new SerializedString("baselineCompositeScore");
  private static final SerializedString COMPOSITE_CHANGE_PERCENT =
      new SerializedString("compositeChangePercent");
  private static final SerializedString SPD_MM2 = new SerializedString("spdMm2");
  private static final SerializedString BASELINE_SPD_MM2 = new SerializedString("baselineSpdMm2");
  private static final SerializedString PARENCHYMAL = new SerializedString("parenchymal");
  private static final SerializedString BRAIN = new SerializedString("brain");
  private static final SerializedString SPINE = new SerializedString("spine");
  private static final SerializedString OVERALL = new SerializedString("overall");
  private static final SerializedString CONFIRMED = new SerializedString("confirmed");
  private static final SerializedString AFTER_PROGRESSION =
      new SerializedString("afterProgression");
  private static final SerializedString RULES = new SerializedString("rules");
  private static final SerializedString REASONS = new SerializedString("reasons");
  private static final SerializedString REASON_FACTS = new SerializedString("reasonFacts");
  private static final SerializedString BEST_OVERALL_RESPONSE =
      new SerializedString("bestOverallResponse");
  private static final SerializedString CONFIRMED_BEST_OVERALL_RESPONSE =
      new SerializedString("confirmedBestOverallResponse");
  private static final SerializedString RESPONSE = new SerializedString("response");
  private static final SerializedString REASON = new SerializedString("reason");
  private static final SerializedString PROGRESSION = new SerializedString("progression");
  private static final SerializedString WARNINGS = new SerializedString("warnings");
  private static final SerializedString WARNING_FACTS = new SerializedString("warningFacts");
  private static final SerializedString NOTES = new SerializedString("notes");
  private static final SerializedString NOTE_FACTS = new SerializedString("noteFacts");
  private static final SerializedString CRITERIA = new SerializedString("criteria");

  private static final EnumMap<RuleId, SerializedString> RULE_IDS = words(RuleId.class, RuleId::id);
  private static final EnumMap<ReasonKind, SerializedString> KINDS =
      words(ReasonKind.class, ReasonKind::name);
  private static final EnumMap<Fact, SerializedString> FACT_KEYS = words(Fact.class, Fact::key);
  private static final EnumMap<Response, SerializedString> RESPONSES =
      words(Response.class, Response::code);
  private static final EnumMap<NeuroStatus, SerializedString> NEURO_STATUSES =
      words(NeuroStatus.class, NeuroStatus::name);
  private static final EnumMap<CsfStatus, SerializedString> CSF_STATUSES =
      words(CsfStatus.class, CsfStatus::name);
  private static final EnumMap<ImagingStatus, SerializedString> IMAGING_STATUSES =
      words(ImagingStatus.class, ImagingStatus::name);

  /** The writer of reasons, whose cache all results share (package-private for its tests). */
  static final ReasonWriter REASONS_WRITER = new ReasonWriter(FACTORY, RULE_IDS, KINDS, FACT_KEYS);

  private static <E extends Enum<E>> EnumMap<E, SerializedString> words(
      Class<E> type, Function<E, String> word) {
    EnumMap<E, SerializedString> words = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      words.put(constant, new SerializedString(word.apply(constant)));
    }
    return words;
  }

  private final boolean pretty;

  /** True to use the JSON of time points' reasons written before (on one line only). */
  private final boolean keepReasons;

  /**
   * Obtains a writer.
   *
   * @param pretty true for indented output over several lines, false for one line (NDJSON)
   */
  ResultWriter(boolean pretty) {
    this(pretty, true);
  }

  /**
   * Obtains a writer, for tests that compare the JSON kept of reasons with writing them afresh.
   *
   * @param pretty true for indented output over several lines, false for one line (NDJSON)
   * @param keepReasons false to write every reason afresh
   */
  ResultWriter(boolean pretty, boolean keepReasons) {
    this.pretty = pretty;
    this.keepReasons = keepReasons && !pretty;
  }

  /**
   * Writes one result.
   *
   * @param assessment the assessment, not null
   * @param out where to write the JSON text, without a trailing line break
   * @throws IOException if out fails
   */
  void write(CaseAssessment assessment, Appendable out) throws IOException {
    render(out, json -> writeResult(json, assessment, keepReasons));
  }

  /**
   * Writes one result as UTF-8 bytes, straight from the generator: the same text as {@link
   * #write(CaseAssessment, Appendable)} encoded as UTF-8 (a result holds no lone surrogate: the
   * library accepts only valid Unicode in the ids it keeps).
   *
   * @param assessment the assessment, not null
   * @param out where to write the bytes, without a trailing line break; not closed or flushed
   * @throws IOException if out fails
   */
  void write(CaseAssessment assessment, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      indent(json);
      writeResult(json, assessment, keepReasons);
    }
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
          REASONS_WRITER.write(json, REASONS, REASON_FACTS, diagnosis.reasons(), false);
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
      indent(json);
      body.write(json);
    }
    text.finish();
  }

  private void indent(JsonGenerator json) {
    if (pretty) {
      json.setPrettyPrinter(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n")));
    }
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

  private static void writeResult(JsonGenerator json, CaseAssessment result, boolean keepReasons)
      throws IOException {
    json.writeStartObject();
    json.writeFieldName(ID);
    writeNullable(json, result.id().orElse(null));
    json.writeFieldName(TIMEPOINTS);
    json.writeStartArray();
    for (TimePoint point : result.timePoints()) {
      writeTimePoint(json, point, keepReasons);
    }
    json.writeEndArray();
    writeBest(json, BEST_OVERALL_RESPONSE, result.bestOverallResponse());
    writeBest(json, CONFIRMED_BEST_OVERALL_RESPONSE, result.confirmedBestOverallResponse());
    json.writeFieldName(PROGRESSION);
    Optional<Progression> progression = result.progression();
    if (progression.isPresent()) {
      json.writeStartObject();
      json.writeFieldName(DATE);
      writeDate(json, progression.get().date());
      json.writeFieldName(DAYS_FROM_BASELINE);
      json.writeNumber(progression.get().daysFromBaseline());
      json.writeEndObject();
    } else {
      json.writeNull();
    }
    REASONS_WRITER.write(json, WARNINGS, WARNING_FACTS, result.warnings(), false);
    REASONS_WRITER.write(json, NOTES, NOTE_FACTS, result.notes(), false);
    json.writeFieldName(CRITERIA);
    if (json.getPrettyPrinter() == null) {
      // the same criteria, case after case: their text is made once
      json.writeRawValue(criteriaText(result.criteria()));
    } else {
      writeCriteria(json, result.criteria());
    }
    json.writeEndObject();
  }

  /** The last criteria written on one line, with their JSON text. */
  private record CriteriaText(Criteria criteria, SerializedString json) {}

  private static volatile @Nullable CriteriaText lastCriteria;

  private static SerializedString criteriaText(Criteria criteria) throws IOException {
    CriteriaText last = lastCriteria;
    // the same instance, case after case, when one scorer scores them all: no need to compare
    if (last != null && (last.criteria() == criteria || last.criteria().equals(criteria))) {
      return last.json();
    }
    StringWriter text = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      writeCriteria(json, criteria);
    }
    SerializedString written = new SerializedString(text.toString());
    lastCriteria = new CriteriaText(criteria, written);
    return written;
  }

  private static void writeCriteria(JsonGenerator json, Criteria criteria) throws IOException {
    json.writeStartObject();
    for (Map.Entry<String, Object> policy : criteria.policies().entrySet()) {
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
  }

  /** An ISO date, as {@link LocalDate#toString()} writes it, without building a string. */
  private static void writeDate(JsonGenerator json, LocalDate date) throws IOException {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      json.writeString(date.toString());
      return;
    }
    char[] text = new char[10];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, date.getDayOfMonth(), 2);
    json.writeString(text, 0, 10);
  }

  private static void digits(char[] text, int at, int value, int width) {
    int rest = value;
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }

  private static void writeTimePoint(JsonGenerator json, TimePoint point, boolean keepReasons)
      throws IOException {
    json.writeStartObject();
    json.writeFieldName(DATE);
    writeDate(json, point.date());
    json.writeFieldName(DAYS_FROM_BASELINE);
    json.writeNumber(point.daysFromBaseline());
    Optional<VisitAssessment> visit = point.assessment();
    if (visit.isPresent()) {
      VisitAssessment assessment = visit.get();
      ImagingFinding imaging = assessment.imaging();
      json.writeFieldName(NEURO);
      json.writeString(NEURO_STATUSES.get(assessment.neuro().status()));
      json.writeFieldName(CSF);
      json.writeString(CSF_STATUSES.get(assessment.csf().status()));
      json.writeFieldName(IMAGING);
      json.writeString(IMAGING_STATUSES.get(imaging.status()));
      writeInt(json, COMPOSITE_SCORE, imaging.compositeScore());
      writeInt(json, EVALUABLE_COMPOSITE_SCORE, imaging.evaluableCompositeScore());
      writeInt(json, BASELINE_COMPOSITE_SCORE, imaging.baselineCompositeScore());
      writeDecimal(json, COMPOSITE_CHANGE_PERCENT, imaging.compositeChangePercent());
      writeDecimal(json, SPD_MM2, imaging.spd());
      writeDecimal(json, BASELINE_SPD_MM2, imaging.baselineSpd());
      Optional<Parenchymal> parenchymal = assessment.parenchymal();
      if (parenchymal.isPresent()) {
        json.writeFieldName(PARENCHYMAL);
        json.writeStartObject();
        if (parenchymal.get().brain().isPresent()) {
          json.writeFieldName(BRAIN);
          json.writeString(parenchymal.get().brain().get().name());
        }
        if (parenchymal.get().spine().isPresent()) {
          json.writeFieldName(SPINE);
          json.writeString(parenchymal.get().spine().get().name());
        }
        json.writeEndObject();
      }
    }
    json.writeFieldName(OVERALL);
    json.writeString(RESPONSES.get(point.overall()));
    json.writeFieldName(CONFIRMED);
    json.writeBoolean(point.confirmed());
    json.writeFieldName(AFTER_PROGRESSION);
    json.writeBoolean(point.afterProgression());
    if (visit.isPresent()) {
      json.writeFieldName(RULES);
      json.writeStartArray();
      for (RuleId rule : visit.get().rules()) {
        json.writeString(RULE_IDS.get(rule));
      }
      json.writeEndArray();
      // the reasons of time points repeat from case to case: their JSON is kept (on one line)
      REASONS_WRITER.write(json, REASONS, REASON_FACTS, visit.get().reasons(), keepReasons);
    }
    json.writeEndObject();
  }

  private static void writeBest(JsonGenerator json, SerializedString name, BestResponse best)
      throws IOException {
    json.writeFieldName(name);
    json.writeStartObject();
    json.writeFieldName(RESPONSE);
    json.writeString(RESPONSES.get(best.response()));
    json.writeFieldName(DATE);
    if (best.date().isPresent()) {
      writeDate(json, best.date().get());
    } else {
      json.writeNull();
    }
    if (best.date().isEmpty()) {
      // no time point supports it: the reason says why (TIME-4; case format, settled 2026-11-30)
      json.writeFieldName(REASON);
      json.writeString(best.reason());
    }
    json.writeEndObject();
  }

  private static void writeInt(JsonGenerator json, SerializedString name, OptionalInt value)
      throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeNumber(value.getAsInt());
    } else {
      json.writeNull();
    }
  }

  private static void writeDecimal(
      JsonGenerator json, SerializedString name, Optional<BigDecimal> value) throws IOException {
    json.writeFieldName(name);
    if (value.isPresent()) {
      json.writeNumber(value.get().toPlainString());
    } else {
      json.writeNull();
    }
  }

  private static void writeNullable(JsonGenerator json, @Nullable String value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  private static void writeNullableString(JsonGenerator json, String name, @Nullable String value)
      throws IOException {
    json.writeFieldName(name);
    writeNullable(json, value);
  }
}
