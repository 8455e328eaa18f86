package org.rano.cdisc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A checker of CDISC Dataset-JSON 1.1 documents, written from the specification's tables ("CDISC
 * Dataset-JSON v1.1 Specification", final 2024-12-05: "Top-level Metadata Attributes", "Column
 * Metadata", "Supported Column Data Type Combinations", "Row Data"), for the tests: every rule it
 * checks cites the table it comes from. It lists every problem found, by JSON path.
 */
final class DatasetJson11 {
  private DatasetJson11() {}

  /** Top-level Metadata Attributes: the pattern of the two date-times. */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(([+-]\\d{2}:\\d{2})|Z)?");

  /** Top-level Metadata Attributes: the pattern of {@code datasetJSONVersion}. */
  private static final Pattern VERSION = Pattern.compile("1\\.1(\\.(0|([1-9][0-9]*)))?");

  /** Top-level Metadata Attributes, in the specification's order, and whether each is required. */
  private static final Map<String, Boolean> TOP_LEVEL =
      orderedRequired(
          "datasetJSONCreationDateTime", true,
          "datasetJSONVersion", true,
          "fileOID", false,
          "dbLastModifiedDateTime", false,
          "originator", false,
          "sourceSystem", false,
          "studyOID", false,
          "metaDataVersionOID", false,
          "metaDataRef", false,
          "itemGroupOID", true,
          "records", true,
          "name", true,
          "label", true,
          "columns", true,
          "rows", false);

  /** Column Metadata, in order, and whether each is required. */
  private static final Map<String, Boolean> COLUMN =
      orderedRequired(
          "itemOID", true,
          "name", true,
          "label", true,
          "dataType", true,
          "targetDataType", false,
          "length", false,
          "displayFormat", false,
          "keySequence", false);

  /** Column Metadata: the logical data types. */
  private static final Set<String> DATA_TYPES =
      Set.of(
          "string",
          "integer",
          "decimal",
          "float",
          "double",
          "boolean",
          "datetime",
          "date",
          "time",
          "URI");

  private static Map<String, Boolean> orderedRequired(Object... pairs) {
    Map<String, Boolean> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Boolean) pairs[i + 1]);
    }
    return map;
  }

  /**
   * Checks a document.
   *
   * @param document the parsed document
   * @return the problems, each naming its JSON path; empty when the document conforms
   */
  static List<String> problems(JsonNode document) {
    List<String> out = new ArrayList<>();
    if (!document.isObject()) {
      out.add("$: not an object");
      return out;
    }
    checkAttributes(out, "$", document, TOP_LEVEL);
    text(out, "$.datasetJSONCreationDateTime", document, DATE_TIME);
    text(out, "$.datasetJSONVersion", document, VERSION);
    if (document.has("dbLastModifiedDateTime")) {
      text(out, "$.dbLastModifiedDateTime", document, DATE_TIME);
    }
    for (String oid :
        List.of("fileOID", "studyOID", "metaDataVersionOID", "itemGroupOID", "name")) {
      JsonNode value = document.get(oid);
      if (value != null && (!value.isTextual() || value.asText().isEmpty())) {
        out.add("$." + oid + ": not a non-empty string");
      }
    }
    for (String plain : List.of("originator", "metaDataRef", "label")) {
      JsonNode value = document.get(plain);
      if (value != null && !value.isTextual()) {
        out.add("$." + plain + ": not a string");
      }
    }
    JsonNode source = document.get("sourceSystem");
    if (source != null) {
      // Top-level Metadata Attributes 6-8: an object whose name and version are required strings
      if (!source.isObject()) {
        out.add("$.sourceSystem: not an object with name and version");
      } else {
        for (String key : List.of("name", "version")) {
          if (!source.path(key).isTextual()) {
            out.add("$.sourceSystem." + key + ": missing or not a string");
          }
        }
      }
    }
    JsonNode records = document.get("records");
    if (records != null && (!records.isIntegralNumber() || records.asLong() < 0)) {
      out.add("$.records: not an integer of at least 0");
    }
    JsonNode columns = document.get("columns");
    List<JsonNode> columnList = new ArrayList<>();
    if (columns != null) {
      if (!columns.isArray()) {
        out.add("$.columns: not an array");
      } else {
        for (int c = 0; c < columns.size(); c++) {
          columnList.add(columns.get(c));
          checkColumn(out, "$.columns[" + c + "]", columns.get(c));
        }
      }
    }
    JsonNode rows = document.get("rows");
    if (rows != null) {
      if (!rows.isArray()) {
        out.add("$.rows: not an array");
      } else {
        if (records != null && records.asLong() != rows.size()) {
          out.add("$.records: " + records.asLong() + " but " + rows.size() + " rows");
        }
        for (int r = 0; r < rows.size(); r++) {
          checkRow(out, "$.rows[" + r + "]", rows.get(r), columnList);
        }
      }
    }
    return out;
  }

  /** Required attributes present, no attribute unknown, and the specification's order kept. */
  private static void checkAttributes(
      List<String> out, String at, JsonNode object, Map<String, Boolean> attributes) {
    attributes.forEach(
        (name, required) -> {
          if (required && !object.has(name)) {
            out.add(at + "." + name + ": required, missing");
          }
        });
    List<String> order = new ArrayList<>(attributes.keySet());
    int last = -1;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      int index = order.indexOf(name);
      if (index < 0) {
        out.add(at + "." + name + ": not an attribute of Dataset-JSON 1.1");
      } else if (index < last) {
        out.add(at + "." + name + ": out of the specification's attribute order");
      }
      last = Math.max(last, index);
    }
  }

  private static void text(List<String> out, String at, JsonNode object, Pattern pattern) {
    JsonNode value = object.get(at.substring(at.lastIndexOf('.') + 1));
    if (value != null && !(value.isTextual() && pattern.matcher(value.asText()).matches())) {
      out.add(at + ": " + value + " does not match " + pattern);
    }
  }

  /** Column Metadata and Supported Column Data Type Combinations. */
  private static void checkColumn(List<String> out, String at, JsonNode column) {
    if (!column.isObject()) {
      out.add(at + ": not an object");
      return;
    }
    checkAttributes(out, at, column, COLUMN);
    String dataType = column.path("dataType").asText();
    if (!DATA_TYPES.contains(dataType)) {
      out.add(at + ".dataType: " + column.path("dataType") + " is not one of " + DATA_TYPES);
    }
    JsonNode target = column.get("targetDataType");
    if (target != null) {
      String targetType = target.asText();
      boolean allowed =
          (targetType.equals("decimal") && dataType.equals("decimal"))
              || (targetType.equals("integer")
                  && Set.of("datetime", "date", "time").contains(dataType));
      if (!allowed) {
        out.add(at + ".targetDataType: " + target + " is not supported with dataType " + dataType);
      }
    }
    for (String positive : List.of("length", "keySequence")) {
      JsonNode value = column.get(positive);
      if (value != null && (!value.isIntegralNumber() || value.asLong() < 1)) {
        out.add(at + "." + positive + ": not an integer of at least 1");
      }
    }
  }

  /**
   * Row Data: one value per column, null for a missing value, each of the JSON type its column's
   * data types call for.
   */
  private static void checkRow(List<String> out, String at, JsonNode row, List<JsonNode> columns) {
    if (!row.isArray()) {
      out.add(at + ": not an array");
      return;
    }
    if (row.size() != columns.size()) {
      out.add(at + ": " + row.size() + " values for " + columns.size() + " columns");
      return;
    }
    for (int c = 0; c < row.size(); c++) {
      JsonNode value = row.get(c);
      if (value.isNull()) {
        continue;
      }
      String dataType = columns.get(c).path("dataType").asText();
      boolean ok =
          switch (dataType) {
            case "integer" -> value.isIntegralNumber();
            case "float", "double" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "decimal" -> value.isTextual() && value.asText().matches("-?[0-9,]*\\.?[0-9]*");
            case "date" -> value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}");
            default -> value.isTextual();
          };
      if (!ok) {
        out.add(at + "[" + c + "]: " + value + " is not a value of dataType " + dataType);
      }
    }
  }
}
