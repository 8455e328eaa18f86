package org.rano.agreement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rano.agreement.stats.Coefficient;
import org.rano.agreement.stats.Interval;

/**
 * The agreement of a study, as computed by {@link Agreement#analyse}: the readers, the patients
 * analysed, the error records, and per item its statistics, then completeness, reported against
 * derived calls and the units to adjudicate; written as one JSON document ({@link #toJson()}) or as
 * a table of at most 100 columns ({@link #toText()}). README, "Agreement between readers", explains
 * every field.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgreementStudy {

  private static final JsonFactory FACTORY = new JsonFactory();

  /** What the output means when follow-ups are matched by visit (e.g. SDTM RS). */
  static final List<String> NOTES_BY_VISIT =
      List.of(
          "follow-ups are matched by visit (VISITNUM): a visit one reader rated alone is a unit "
              + "with a missing rating, and each reader's best responses and progression date come "
              + "from the reader's own dates",
          "completeness: a rating (a reader's responses for one subject) is complete when it has "
              + "a response at every visit any reader rated; 'overall' counts visits whose "
              + "response is missing (not evaluated), 'visit' counts visits the reader did not "
              + "rate; there are no scorecard fields",
          "reportedVsDerived: empty, since the responses are the readers' own calls and nothing "
              + "is derived per visit");

  private final List<String> readers;
  private final int cases;
  private final int ratings;
  private final List<RatingError> errors;
  private final List<Results.Item> items;
  private final List<Results.Completeness> completeness;
  private final List<Results.Reported> reported;
  private final List<Results.Adjudication> adjudication;
  private final List<ItemTable.Unit> differingDates;
  private final boolean byVisit;
  private final int bootstrap;
  private final long seed;
  private final int toleranceDays;

  AgreementStudy(
      List<String> readers,
      int cases,
      int ratings,
      List<RatingError> errors,
      List<Results.Item> items,
      List<Results.Completeness> completeness,
      List<Results.Reported> reported,
      List<Results.Adjudication> adjudication,
      List<ItemTable.Unit> differingDates,
      boolean byVisit,
      int bootstrap,
      long seed,
      int toleranceDays) {
    this.readers = List.copyOf(readers);
    this.cases = cases;
    this.ratings = ratings;
    this.errors = List.copyOf(errors);
    this.items = List.copyOf(items);
    this.completeness = List.copyOf(completeness);
    this.reported = List.copyOf(reported);
    this.adjudication = List.copyOf(adjudication);
    this.differingDates = List.copyOf(differingDates);
    this.byVisit = byVisit;
    this.bootstrap = bootstrap;
    this.seed = seed;
    this.toleranceDays = toleranceDays;
  }

  /**
   * The readers of the patients analysed, in alphabetical order.
   *
   * @return the readers, not null
   */
  public List<String> readers() {
    return readers;
  }

  /**
   * The number of patients analysed (error records left out).
   *
   * @return 0 or more
   */
  public int cases() {
    return cases;
  }

  /**
   * The error records: ratings and patients left out of the statistics, in input order.
   *
   * @return the errors, not null
   */
  public List<RatingError> errors() {
    return errors;
  }

  /**
   * Writes the study as one indented JSON document.
   *
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public void writeJson(Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeArrayFieldStart("readers");
      for (String reader : readers) {
        json.writeString(reader);
      }
      json.writeEndArray();
      json.writeNumberField("cases", cases);
      json.writeNumberField("ratings", ratings);
      json.writeObjectFieldStart("settings");
      json.writeNumberField("bootstrap", bootstrap);
      json.writeNumberField("seed", seed);
      json.writeNumberField("dateToleranceDays", toleranceDays);
      if (byVisit) {
        json.writeStringField("followUpsMatchedBy", "visit");
      }
      json.writeStringField(
          "ci95",
          "95 % percentile bootstrap (R quantile type 7), resampling patients with all their "
              + "units");
      json.writeEndObject();
      json.writeArrayFieldStart("errors");
      for (RatingError error : errors) {
        json.writeStartObject();
        json.writeStringField("source", error.source());
        json.writeStringField("id", error.caseId().orElse(null));
        json.writeStringField("path", error.path());
        json.writeStringField("message", error.message());
        if (error.reader().isPresent()) {
          json.writeStringField("reader", error.reader().get());
          json.writeStringField("file", error.file().orElse(""));
          json.writeNumberField("row", error.row().orElse(0));
          json.writeStringField("variable", error.path());
          json.writeStringField("value", error.value().orElse(""));
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("items");
      for (Results.Item item : items) {
        writeItem(json, item);
      }
      json.writeEndArray();
      writeCompleteness(json);
      writeReported(json);
      writeAdjudication(json);
      if (byVisit) {
        writeDifferingDates(json);
        json.writeArrayFieldStart("notes");
        for (String note : NOTES_BY_VISIT) {
          json.writeString(note);
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * The study as one indented JSON document, ending with a line break.
   *
   * @return the JSON, not null
   */
  public String toJson() {
    StringWriter out = new StringWriter();
    try {
      writeJson(out);
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    return out.toString();
  }

  private void writeItem(JsonGenerator json, Results.Item item) throws IOException {
    json.writeStartObject();
    json.writeStringField("item", item.name());
    json.writeStringField("level", item.level().key());
    if (item.level() == Level.DATE) {
      json.writeNumberField("toleranceDays", toleranceDays);
    }
    json.writeNumberField("units", item.units());
    json.writeNumberField("unitsRatedByOneReader", item.ratedByOne());
    json.writeNumberField("readers", item.readers());
    json.writeFieldName("percentAgreement");
    number(json, item.percentAgreement().value());
    writeKappas(json, "cohenKappa", item.cohen());
    if (item.weighted() != null) {
      writeKappas(json, "weightedKappa", item.weighted());
    }
    writeEstimate(json, "fleissKappa", item.fleiss());
    writeEstimate(json, "krippendorffAlpha", item.alpha());
    if (item.icc() != null) {
      writeEstimate(json, "icc", item.icc());
    }
    json.writeEndObject();
  }

  private static void writeKappas(JsonGenerator json, String name, Results.Kappas kappas)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeFieldName("median");
    number(json, kappas.median());
    json.writeFieldName("min");
    number(json, kappas.min());
    json.writeFieldName("max");
    number(json, kappas.max());
    json.writeArrayFieldStart("pairs");
    for (Results.Pair pair : kappas.pairs()) {
      json.writeStartObject();
      json.writeArrayFieldStart("readers");
      json.writeString(pair.first());
      json.writeString(pair.second());
      json.writeEndArray();
      json.writeNumberField("units", pair.units());
      estimateFields(json, pair.estimate());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeEstimate(JsonGenerator json, String name, Results.Estimate estimate)
      throws IOException {
    json.writeObjectFieldStart(name);
    estimateFields(json, estimate);
    json.writeEndObject();
  }

  private static void estimateFields(JsonGenerator json, Results.Estimate estimate)
      throws IOException {
    Coefficient value = estimate.value();
    json.writeFieldName("value");
    number(json, value.value());
    json.writeFieldName("ci95");
    Optional<Interval> ci = estimate.ci();
    if (ci.isPresent()) {
      json.writeStartArray();
      json.writeNumber(ci.get().lower());
      json.writeNumber(ci.get().upper());
      json.writeEndArray();
      if (ci.get().defined() < ci.get().replicates()) {
        json.writeStringField(
            "ciNote",
            "the coefficient was undefined in "
                + (ci.get().replicates() - ci.get().defined())
                + " of "
                + ci.get().replicates()
                + " resamples, which are left out");
      }
    } else {
      json.writeNull();
    }
    if (value.undefinedBecause().isPresent()) {
      json.writeStringField("note", value.undefinedBecause().get());
    }
  }

  private static void number(JsonGenerator json, OptionalDouble value) throws IOException {
    if (value.isPresent()) {
      json.writeNumber(value.getAsDouble());
    } else {
      json.writeNull();
    }
  }

  private void writeCompleteness(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("completeness");
    for (Results.Completeness reader : completeness) {
      json.writeStartObject();
      json.writeStringField("reader", reader.reader());
      json.writeNumberField("ratings", reader.ratings());
      json.writeNumberField("complete", reader.complete());
      json.writeFieldName("share");
      number(json, share(reader.complete(), reader.ratings()));
      json.writeArrayFieldStart("mostOftenMissing");
      for (Map.Entry<String, Integer> field : reader.missing()) {
        json.writeStartObject();
        json.writeStringField("field", field.getKey());
        json.writeNumberField("visits", field.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeReported(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("reportedVsDerived");
    for (Results.Reported reader : reported) {
      json.writeStartObject();
      json.writeStringField("reader", reader.reader());
      json.writeNumberField("followUps", reader.calls());
      json.writeNumberField("agreeing", reader.agreeing());
      json.writeFieldName("share");
      number(json, share(reader.agreeing(), reader.calls()));
      json.writeArrayFieldStart("disagreements");
      for (Results.Disagreement disagreement : reader.disagreements()) {
        json.writeStartObject();
        json.writeStringField("id", disagreement.caseId());
        json.writeNumberField("followUp", disagreement.followUp());
        json.writeStringField("date", disagreement.date());
        json.writeStringField("reported", disagreement.reported());
        json.writeStringField("derived", disagreement.derived());
        json.writeArrayFieldStart("rules");
        for (String rule : disagreement.rules()) {
          json.writeString(rule);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeAdjudication(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("adjudication");
    for (Results.Adjudication unit : adjudication) {
      json.writeStartObject();
      json.writeStringField("id", unit.caseId());
      json.writeStringField("item", unit.item());
      if (unit.followUp() >= 0) {
        json.writeNumberField("followUp", unit.followUp());
        if (!unit.visit().isEmpty()) {
          json.writeStringField("visit", unit.visit());
        }
        json.writeStringField("date", unit.date());
      }
      json.writeArrayFieldStart("values");
      for (String[] value : unit.values()) {
        json.writeStartObject();
        json.writeStringField("reader", value[0]);
        json.writeStringField("value", value[1]);
        String date = unit.dates().get(value[0]);
        if (date != null) {
          json.writeStringField("date", date);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void writeDifferingDates(JsonGenerator json) throws IOException {
    json.writeArrayFieldStart("differingVisitDates");
    for (ItemTable.Unit unit : differingDates) {
      json.writeStartObject();
      json.writeStringField("id", unit.caseId());
      json.writeNumberField("followUp", unit.visit());
      json.writeStringField("visit", unit.visitKey());
      json.writeArrayFieldStart("dates");
      for (Map.Entry<String, String> date : new java.util.TreeMap<>(unit.dates()).entrySet()) {
        json.writeStartObject();
        json.writeStringField("reader", date.getKey());
        json.writeStringField("date", date.getValue());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static OptionalDouble share(int part, int whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  /**
   * The study as a readable table of at most 100 columns per line (ids and reader names longer than
   * their column are shortened), ending with a line break.
   *
   * @return the text, not null
   */
  public String toText() {
    return StudyText.write(this);
  }

  // accessors for StudyText

  int ratings() {
    return ratings;
  }

  List<Results.Item> items() {
    return items;
  }

  List<Results.Completeness> completeness() {
    return completeness;
  }

  List<Results.Reported> reported() {
    return reported;
  }

  List<Results.Adjudication> adjudication() {
    return adjudication;
  }

  List<ItemTable.Unit> differingDates() {
    return differingDates;
  }

  boolean byVisit() {
    return byVisit;
  }

  int bootstrap() {
    return bootstrap;
  }

  long seed() {
    return seed;
  }

  int toleranceDays() {
    return toleranceDays;
  }

  static OptionalDouble shareOf(int part, int whole) {
    return share(part, whole);
  }
}
