package org.rano.cdisc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes ADRS rows as CSV (through jackson-dataformat-csv, with a header row) or as CDISC
 * Dataset-JSON 1.1, and error records as CSV.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AdrsWriter {

  /** The ADRS columns, in order: name, label and Dataset-JSON data type. */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("STUDYID", "Study Identifier", "string"),
          new Column("USUBJID", "Unique Subject Identifier", "string"),
          new Column("PARAMCD", "Parameter Code", "string"),
          new Column("PARAM", "Parameter", "string"),
          new Column("AVALC", "Analysis Value (C)", "string"),
          new Column("AVAL", "Analysis Value", "integer"),
          new Column("ADT", "Analysis Date", "date"),
          new Column("ADY", "Analysis Relative Day", "integer"),
          new Column("ADTF", "Analysis Date Imputation Flag", "string"),
          new Column("AVISIT", "Analysis Visit", "string"),
          new Column("AVISITN", "Analysis Visit (N)", "decimal"),
          new Column("ANL01FL", "Analysis Flag 01", "string"),
          new Column("SRCDOM", "Source Data", "string"),
          new Column("SRCSEQ", "Source Sequence Number", "integer"),
          new Column("RULES", "RANO-LM Rules Applied", "string"),
          new Column("REASON", "RANO-LM Reason", "string"));

  /** The columns of the error records CSV. */
  public static final List<String> ERROR_COLUMNS =
      List.of("FILE", "ROW", "USUBJID", "VARIABLE", "VALUE", "MESSAGE");

  /**
   * A column of ADRS.
   *
   * @param name the variable name, e.g. {@code AVALC}, not null
   * @param label the variable label, not null
   * @param dataType the Dataset-JSON 1.1 data type: {@code string}, {@code integer}, {@code
   *     decimal} or {@code date}, not null
   */
  public record Column(String name, String label, String dataType) {}

  private AdrsWriter() {}

  /**
   * Writes rows as CSV with a header row of {@link #COLUMNS}' names; a missing value is an empty
   * cell. The writer is flushed, not closed.
   *
   * @param rows the rows, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public static void writeCsv(List<AdrsRow> rows, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (Column column : COLUMNS) {
      schema.addColumn(column.name());
    }
    try (CsvGenerator csv = csvGenerator(out, schema.build())) {
      for (AdrsRow row : rows) {
        csv.writeStartArray();
        for (Object value : values(row)) {
          if (value == null) {
            csv.writeNull();
          } else {
            csv.writeString(value.toString());
          }
        }
        csv.writeEndArray();
      }
    }
    out.flush();
  }

  /**
   * Writes error records as CSV with a header row of {@link #ERROR_COLUMNS}. The writer is flushed,
   * not closed.
   *
   * @param errors the error records, not null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public static void writeErrors(List<RowError> errors, Writer out) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String column : ERROR_COLUMNS) {
      schema.addColumn(column);
    }
    try (CsvGenerator csv = csvGenerator(out, schema.build())) {
      for (RowError error : errors) {
        csv.writeStartArray();
        csv.writeString(error.file());
        csv.writeString(error.row() > 0 ? Long.toString(error.row()) : "");
        csv.writeString(error.usubjid());
        csv.writeString(error.variable());
        csv.writeString(error.value());
        csv.writeString(error.message());
        csv.writeEndArray();
      }
    }
    out.flush();
  }

  /**
   * Writes rows as a CDISC Dataset-JSON 1.1 document, its attributes in the specification's order:
   * {@code datasetJSONCreationDateTime}, {@code datasetJSONVersion} "1.1.0", {@code originator},
   * {@code sourceSystem} ({@code name} "rano", {@code version}), {@code itemGroupOID} "IG.ADRS",
   * {@code records}, {@code name} "ADRS", {@code label}, {@code columns} (each with {@code
   * itemOID}, {@code name}, {@code label}, {@code dataType}; a date with {@code targetDataType}
   * integer and {@code displayFormat} E8601DA., as ADaM dates are; the decimal {@code AVISITN} with
   * {@code targetDataType} decimal; {@code keySequence} for STUDYID, USUBJID, PARAMCD) and {@code
   * rows} (one array per row, a missing value null, a date as ISO 8601 text, a decimal as text).
   * The writer is flushed, not closed.
   *
   * @param rows the rows, not null
   * @param created the creation time written, injectable for deterministic output, not null
   * @param version the version of rano written in {@code sourceSystem}, e.g. {@code 0.1.0}, not
   *     null
   * @param out where to write, not null
   * @throws IOException if writing fails
   */
  public static void writeDatasetJson(
      List<AdrsRow> rows, OffsetDateTime created, String version, Writer out) throws IOException {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(version, "version");
    JsonFactory factory = new JsonFactory();
    try (JsonGenerator json = factory.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      json.writeStringField(
          "datasetJSONCreationDateTime",
          created.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      json.writeStringField("datasetJSONVersion", "1.1.0");
      json.writeStringField("originator", "rano");
      json.writeObjectFieldStart("sourceSystem");
      json.writeStringField("name", "rano");
      json.writeStringField("version", version);
      json.writeEndObject();
      json.writeStringField("itemGroupOID", "IG.ADRS");
      json.writeNumberField("records", rows.size());
      json.writeStringField("name", "ADRS");
      json.writeStringField("label", "Response Analysis Dataset");
      json.writeArrayFieldStart("columns");
      for (Column column : COLUMNS) {
        json.writeStartObject();
        json.writeStringField("itemOID", "IT.ADRS." + column.name());
        json.writeStringField("name", column.name());
        json.writeStringField("label", column.label());
        json.writeStringField("dataType", column.dataType());
        if (column.dataType().equals("date")) {
          json.writeStringField("targetDataType", "integer");
          json.writeStringField("displayFormat", "E8601DA.");
        } else if (column.dataType().equals("decimal")) {
          json.writeStringField("targetDataType", "decimal");
        }
        if (column.name().equals("STUDYID")) {
          json.writeNumberField("keySequence", 1);
        } else if (column.name().equals("USUBJID")) {
          json.writeNumberField("keySequence", 2);
        } else if (column.name().equals("PARAMCD")) {
          json.writeNumberField("keySequence", 3);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("rows");
      for (AdrsRow row : rows) {
        json.writeStartArray();
        for (Object value : values(row)) {
          if (value == null) {
            json.writeNull();
          } else if (value instanceof Integer number) {
            json.writeNumber(number);
          } else if (value instanceof Long number) {
            json.writeNumber(number);
          } else {
            json.writeString(value.toString());
          }
        }
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static CsvGenerator csvGenerator(Writer out, CsvSchema schema) throws IOException {
    CsvGenerator csv = new CsvFactory().createGenerator(out);
    csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    csv.setSchema(schema);
    return csv;
  }

  /** The values of a row in the order of {@link #COLUMNS}; null for a missing value. */
  private static @Nullable Object[] values(AdrsRow row) {
    LocalDate adt = row.adt();
    BigDecimal avisitn = row.avisitn();
    return new @Nullable Object[] {
      row.studyId(),
      row.usubjid(),
      row.paramcd(),
      row.param(),
      row.avalc(),
      row.aval(),
      adt == null ? null : adt.toString(),
      row.ady(),
      row.adtf(),
      row.avisit(),
      avisitn == null ? null : avisitn.toPlainString(),
      row.anl01fl(),
      row.srcdom(),
      row.srcseq(),
      row.rules(),
      row.reason()
    };
  }
}
