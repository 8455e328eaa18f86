package org.rano.cdisc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the CSV of SDTM data sets through jackson-dataformat-csv, for {@link
 * SdtmReader}, {@link SdtmCases} and {@link SdtmWriter} alike: a header row, extra columns ignored,
 * {@code NA} and empty cells missing.
 */
final class CsvTable {

  private CsvTable() {}

  /** One data row: its file, its number (the header is row 1) and its non-missing cells. */
  static final class Row {
    final String file;
    final long number;
    private final Map<String, String> cells;

    Row(String file, long number, Map<String, String> cells) {
      this.file = file;
      this.number = number;
      this.cells = cells;
    }

    @Nullable String get(String column) {
      return cells.get(column);
    }

    String text(String column) {
      String value = cells.get(column);
      return value == null ? "" : value;
    }

    RowError error(String usubjid, String variable, @Nullable String value, String message) {
      return new RowError(file, number, usubjid, variable, value == null ? "" : value, message);
    }
  }

  /**
   * Opens a file for {@link #rows}: decodes it whole as strict UTF-8 (a leading byte order mark is
   * allowed and dropped by {@link #rows}), refusing a byte that is not UTF-8 with the file, line
   * and byte offset.
   */
  static Reader open(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      long line = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new IllegalArgumentException(
          file
              + " line "
              + line
              + " (byte "
              + (offset + 1)
              + "): "
              + String.format(Locale.ROOT, "0x%02X", bytes[offset] & 0xFF)
              + " is not UTF-8 (the file is refused); allowed: UTF-8 (optionally with a BOM)");
    }
    out.flip();
    return new StringReader(out.toString());
  }

  /**
   * Reads the rows of a CSV file with a header; checks that the file is not empty, that the needed
   * columns are there and that no column is given twice.
   */
  static List<Row> rows(String name, Reader reader, List<String> needed) throws IOException {
    List<Row> rows = new ArrayList<>();
    CsvFactory factory = new CsvFactory();
    BufferedReader buffered = new BufferedReader(reader);
    try {
      buffered.mark(2);
      int first = buffered.read();
      if (first == '\uFEFF') {
        buffered.mark(1);
        first = buffered.read();
      }
      if (first == -1) {
        throw new IllegalArgumentException(
            name
                + ": the file is empty (the file is refused); needed: a header with "
                + String.join(", ", needed));
      }
      buffered.reset();
    } catch (CharacterCodingException e) {
      throw notUtf8(name, e);
    }
    try (CsvParser parser = factory.createParser(buffered)) {
      parser.setSchema(CsvSchema.emptySchema().withHeader());
      long number = 1;
      boolean checked = false;
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        number++;
        Map<String, String> cells = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String column = stripBom(parser.currentName());
          parser.nextToken();
          String value = parser.getText().strip();
          if (!value.isEmpty() && !value.equals("NA")) {
            cells.put(column, value);
          }
        }
        if (!checked) {
          checkColumns(name, parser.getSchema(), needed);
          checked = true;
        }
        rows.add(new Row(name, number, cells));
      }
      if (!checked) {
        checkColumns(name, parser.getSchema(), needed);
      }
    } catch (CharacterCodingException e) {
      throw notUtf8(name, e);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String message = e.getOriginalMessage();
      if (rows.isEmpty() && message != null && message.startsWith("Empty header line")) {
        throw new IllegalArgumentException(
            name
                + " line 1: the header line is blank (the file is refused); needed: a header with "
                + String.join(", ", needed),
            e);
      }
      throw new IllegalArgumentException(
          name
              + (location == null ? "" : " line " + location.getLineNr())
              + ": not valid CSV (the file is refused): "
              + message,
          e);
    }
    return rows;
  }

  private static IllegalArgumentException notUtf8(String name, CharacterCodingException e) {
    return new IllegalArgumentException(
        name
            + ": not UTF-8 (the file is refused): "
            + e.getClass().getSimpleName()
            + "; allowed: UTF-8 (optionally with a BOM)",
        e);
  }

  private static void checkColumns(String name, CsvSchema schema, List<String> needed) {
    Set<String> present = new LinkedHashSet<>();
    for (CsvSchema.Column column : schema) {
      String columnName = stripBom(column.getName());
      if (!present.add(columnName)) {
        throw new IllegalArgumentException(
            name
                + ": the header has the column "
                + columnName
                + " twice (the file is refused); allowed: each column once");
      }
    }
    for (String column : needed) {
      if (!present.contains(column)) {
        throw new IllegalArgumentException(
            name
                + ": the header has no column "
                + column
                + "; needed: "
                + String.join(", ", needed)
                + (present.isEmpty() ? " (the file is empty)" : ""));
      }
    }
  }

  private static String stripBom(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1) : name;
  }

  /** Writes a header and rows; a null cell is written empty. */
  static void write(Writer out, List<String> columns, List<@Nullable String[]> rows)
      throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String column : columns) {
      schema.addColumn(column);
    }
    try (CsvGenerator csv = new CsvFactory().createGenerator(out)) {
      csv.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      csv.setSchema(schema.build());
      for (@Nullable String[] row : rows) {
        assert row.length == columns.size() : "bug: a row of " + row.length + " cells";
        csv.writeStartArray();
        for (@Nullable String cell : row) {
          csv.writeString(cell == null ? "" : cell);
        }
        csv.writeEndArray();
      }
    }
    out.flush();
  }
}
