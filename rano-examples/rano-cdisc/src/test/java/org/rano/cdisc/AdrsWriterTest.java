package org.rano.cdisc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rano.RanoLm;

class AdrsWriterTest {

  private static final OffsetDateTime CREATED =
      OffsetDateTime.of(2026, 6, 1, 12, 30, 0, 0, ZoneOffset.UTC);

  private static Adrs.Result result() throws IOException {
    Sdtm sdtm =
        new Sdtm()
            .subject("S1", "2026-01-01")
            .ovr("S1", "2026-01-29", "PR")
            .ovr("S1", "2026-02-26", "PR")
            .subject("S0", "2026-01-01")
            .subject("S2", "2026-01-01")
            .ovr("S2", "2026-01-29", "CHECK");
    return Adrs.derive(sdtm.read(), RanoLm.withDefaults(), "INVESTIGATOR");
  }

  @Test
  void csvHasTheHeaderAndOneLinePerRowMissingValuesEmpty() throws IOException {
    Adrs.Result result = result();
    StringWriter out = new StringWriter();
    AdrsWriter.writeCsv(result.rows(), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "STUDYID,USUBJID,PARAMCD,PARAM,AVALC,AVAL,ADT,ADY,ADTF,AVISIT,AVISITN,ANL01FL,SRCDOM,"
                + "SRCSEQ,RULES,REASON");
    assertThat(lines).hasSize(1 + result.rows().size());
    assertThat(lines.get(1))
        .startsWith(
            "STUDY1,S1,OVR,\"Overall Response by Investigator\",PR,2,2026-01-29,29,,\"WEEK 1\",1,"
                + "Y,RS,1,TIME-2,");
    assertThat(lines)
        .contains(
            "STUDY1,S0,BOR,\"Best Overall Response by Investigator (confirmation not required)\","
                + "MISSING,7,,,,,,Y,,,,\"no overall response in RS for this evaluator\"");
  }

  @Test
  void csvReadsBackThroughTheReaderColumns() throws IOException {
    // the CSV written is read by the same library: as many records as rows, 16 cells each
    Adrs.Result result = result();
    StringWriter out = new StringWriter();
    AdrsWriter.writeCsv(result.rows(), out);
    com.fasterxml.jackson.dataformat.csv.CsvMapper mapper =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper();
    List<List<String>> records = new ArrayList<>();
    try (var it =
        mapper
            .readerForListOf(String.class)
            .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
            .<List<String>>readValues(out.toString())) {
      it.forEachRemaining(records::add);
    }
    assertThat(records).hasSize(1 + result.rows().size());
    assertThat(records).allSatisfy(r -> assertThat(r).hasSize(16));
  }

  @Test
  void datasetJsonHasTheRequiredTopLevelKeysAndColumns() throws IOException {
    // CDISC Dataset-JSON 1.1: datasetJSONCreationDateTime, datasetJSONVersion, itemGroupOID,
    // records, name, label, columns (itemOID, name, label, dataType), rows
    Adrs.Result result = result();
    StringWriter out = new StringWriter();
    AdrsWriter.writeDatasetJson(result.rows(), CREATED, "9.9.9", out);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("datasetJSONCreationDateTime").asText()).isEqualTo("2026-06-01T12:30:00Z");
    assertThat(json.get("datasetJSONVersion").asText()).isEqualTo("1.1.0");
    assertThat(json.get("itemGroupOID").asText()).isEqualTo("IG.ADRS");
    assertThat(json.get("name").asText()).isEqualTo("ADRS");
    assertThat(json.get("label").asText()).isEqualTo("Response Analysis Dataset");
    assertThat(json.get("records").asInt()).isEqualTo(result.rows().size());
    JsonNode columns = json.get("columns");
    assertThat(columns).hasSize(AdrsWriter.COLUMNS.size());
    for (JsonNode column : columns) {
      assertThat(column.has("itemOID") && column.has("name") && column.has("label"))
          .as("column %s", column)
          .isTrue();
      assertThat(column.get("dataType").asText()).isIn("string", "integer", "decimal", "date");
    }
    assertThat(columns.get(5).get("name").asText()).isEqualTo("AVAL");
    JsonNode rows = json.get("rows");
    assertThat(rows).hasSize(result.rows().size());
    JsonNode first = rows.get(0);
    assertThat(first).hasSize(AdrsWriter.COLUMNS.size());
    assertThat(first.get(2).asText()).isEqualTo("OVR");
    assertThat(first.get(5).isInt()).isTrue();
    assertThat(first.get(6).asText()).isEqualTo("2026-01-29");
    assertThat(first.get(10).asText()).isEqualTo("1");
    assertThat(first.get(8).isNull()).isTrue();
  }

  @Test
  void datasetJson_conformsToTheDatasetJson11Specification() throws IOException {
    Sdtm sdtm =
        new Sdtm()
            .subject("S1", "2026-01-01")
            .ovr("S1", "2026-01-29", "PR")
            .ovr("S1", "2026-02-26", "NON-CR/NON-PD")
            .ovr("S1", "2026-03-26", "")
            .subject("S0", "2026-01-01");
    Adrs.Result result = Adrs.derive(sdtm.read(), RanoLm.withDefaults(), "INVESTIGATOR");
    StringWriter out = new StringWriter();
    AdrsWriter.writeDatasetJson(result.rows(), CREATED, "9.9.9", out);
    JsonNode json = new ObjectMapper().readTree(out.toString());

    assertThat(DatasetJson11.problems(json)).isEmpty();
    assertThat(json.get("sourceSystem").get("name").asText()).isEqualTo("rano");
    assertThat(json.get("sourceSystem").get("version").asText()).isEqualTo("9.9.9");
    JsonNode adt = json.get("columns").get(6);
    assertThat(adt.get("targetDataType").asText()).isEqualTo("integer");
    assertThat(adt.get("displayFormat").asText()).isEqualTo("E8601DA.");
    assertThat(json.get("columns").get(10).get("targetDataType").asText()).isEqualTo("decimal");
  }

  /** The checker itself finds what the specification's tables forbid. */
  @Test
  void datasetJsonChecker_findsEachKindOfProblem() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String good =
        "{\"datasetJSONCreationDateTime\": \"2026-06-01T12:30:00Z\", \"datasetJSONVersion\":"
            + " \"1.1.0\", \"sourceSystem\": {\"name\": \"rano\", \"version\": \"1\"},"
            + " \"itemGroupOID\": \"IG.X\", \"records\": 1, \"name\": \"X\", \"label\": \"X\","
            + " \"columns\": [{\"itemOID\": \"IT.X.A\", \"name\": \"A\", \"label\": \"A\","
            + " \"dataType\": \"decimal\", \"targetDataType\": \"decimal\"}], \"rows\": [[\"1.5\"]]}";
    assertThat(DatasetJson11.problems(mapper.readTree(good))).isEmpty();

    assertThat(
            DatasetJson11.problems(
                mapper.readTree(
                    good.replace("{\"name\": \"rano\", \"version\": \"1\"}", "\"rano\""))))
        .containsExactly("$.sourceSystem: not an object with name and version");
    assertThat(DatasetJson11.problems(mapper.readTree(good.replace("\"1.1.0\"", "\"1.0.0\""))))
        .singleElement()
        .asString()
        .startsWith("$.datasetJSONVersion");
    assertThat(DatasetJson11.problems(mapper.readTree(good.replace("[[\"1.5\"]]", "[[1.5]]"))))
        .containsExactly("$.rows[0][0]: 1.5 is not a value of dataType decimal");
    assertThat(DatasetJson11.problems(mapper.readTree(good.replace("[[\"1.5\"]]", "[[\"1\", 2]]"))))
        .containsExactly("$.rows[0]: 2 values for 1 columns");
    assertThat(
            DatasetJson11.problems(
                mapper.readTree(good.replace("\"records\": 1", "\"records\": 2"))))
        .containsExactly("$.records: 2 but 1 rows");
    assertThat(
            DatasetJson11.problems(
                mapper.readTree(
                    good.replace(
                        ", \"targetDataType\": \"decimal\"", ", \"targetDataType\": \"integer\""))))
        .containsExactly(
            "$.columns[0].targetDataType: \"integer\" is not supported with dataType decimal");
    assertThat(DatasetJson11.problems(mapper.readTree(good.replace(", \"label\": \"X\"", ""))))
        .containsExactly("$.label: required, missing");
    assertThat(
            DatasetJson11.problems(
                mapper.readTree(
                    good.replace(
                        "{\"datasetJSONCreationDateTime\": \"2026-06-01T12:30:00Z\", ",
                        "{\"extra\": 1, \"datasetJSONCreationDateTime\": \"2026-06-01T12:30:00Z\", "))))
        .containsExactly("$.extra: not an attribute of Dataset-JSON 1.1");
    assertThat(
            DatasetJson11.problems(
                mapper.readTree(
                    good.replace(
                        "\"itemGroupOID\": \"IG.X\", \"records\": 1,",
                        "\"records\": 1, \"itemGroupOID\": \"IG.X\","))))
        .containsExactly("$.itemGroupOID: out of the specification's attribute order");
  }

  @Test
  void datasetJsonIsDeterministicForAGivenCreationTime() throws IOException {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    AdrsWriter.writeDatasetJson(result().rows(), CREATED, "9.9.9", a);
    AdrsWriter.writeDatasetJson(result().rows(), CREATED, "9.9.9", b);
    assertThat(a.toString()).isEqualTo(b.toString());
  }

  @Test
  void errorsCsvNamesFileRowSubjectVariableAndValue() throws IOException {
    StringWriter out = new StringWriter();
    AdrsWriter.writeErrors(result().errors(), out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("FILE,ROW,USUBJID,VARIABLE,VALUE,MESSAGE");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("rs.csv,4,S2,RSSTRESC,CHECK,");
  }
}
