package org.rano.json;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON Schemas of rano-json, loaded the way a consumer loads them: by their {@code $id} ({@code
 * https://rano.org/schema/...}), which the registry maps to the resources in {@code org/rano/json/}
 * on the class path, under draft 2020-12 with format assertions on (so that {@code "format":
 * "date"} rejects {@code 2026-02-30}). Also the tests' files and JSON helpers.
 *
 * <p>Paths are relative to the module directory, the working directory of the tests; a file that is
 * missing fails the test, never skips it.
 */
final class Schemas {
  private Schemas() {}

  /** The base of the schemas' {@code $id}s. */
  static final String BASE = "https://rano.org/schema/";

  /** The folder of the schema resources on the class path. */
  static final String RESOURCES = "org/rano/json/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  .schemaIdResolvers(
                      resolvers -> resolvers.mapPrefix(BASE, "classpath:" + RESOURCES)));

  /** The case format: {@code case.schema.json}. */
  static final Schema CASE = load("case.schema.json");

  /** The result: {@code result.schema.json}. */
  static final Schema RESULT = load("result.schema.json");

  /** The input of {@code rano classify}: {@code diagnosis.schema.json}. */
  static final Schema DIAGNOSIS = load("diagnosis.schema.json");

  /** An instrument definition: {@code instrument.schema.json}. */
  static final Schema INSTRUMENT = load("instrument.schema.json");

  /** The meta-schema of draft 2020-12 (bundled with the validator, never fetched). */
  static final Schema META =
      REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

  /** The file names of the four schemas. */
  static final List<String> FILES =
      List.of(
          "case.schema.json",
          "result.schema.json",
          "diagnosis.schema.json",
          "instrument.schema.json");

  /** The module's test resources. */
  static final Path TEST_RESOURCES = Path.of("src", "test", "resources");

  /** The project's example instrument definitions, {@code rano-examples/examples/instruments}. */
  static final Path EXAMPLE_INSTRUMENTS = Path.of("..", "examples", "instruments");

  /** The project's example cases, {@code rano-examples/examples/cases}. */
  static final Path EXAMPLE_CASES = Path.of("..", "examples", "cases");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Schema load(String file) {
    return REGISTRY.getSchema(SchemaLocation.of(BASE + file));
  }

  /**
   * Validates one JSON text.
   *
   * @param schema the schema
   * @param json the text
   * @return the errors as {@code instance location: message}, empty when the text is valid
   */
  static List<String> errors(Schema schema, String json) {
    List<String> errors = new ArrayList<>();
    for (com.networknt.schema.Error error : schema.validate(json, InputFormat.JSON)) {
      errors.add(location(error) + ": " + error.getMessage());
    }
    return errors;
  }

  /**
   * Obtains the instance locations of the errors of one JSON text, as JSON pointers.
   *
   * @param schema the schema
   * @param json the text
   * @return the locations, e.g. {@code /followUps/0/neuro/sensation}; {@code ""} for the root
   */
  static List<String> errorLocations(Schema schema, String json) {
    List<String> locations = new ArrayList<>();
    for (com.networknt.schema.Error error : schema.validate(json, InputFormat.JSON)) {
      locations.add(location(error));
    }
    return locations;
  }

  private static String location(com.networknt.schema.Error error) {
    String location = error.getInstanceLocation().toString();
    return "$".equals(location) ? "" : location;
  }

  /**
   * Reads a file, failing the test when it is missing.
   *
   * @param file the file, relative to the module directory
   * @return the text
   */
  static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      fail("missing: " + file.toAbsolutePath().normalize());
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a schema's text from the class path, as shipped in the rano-json jar.
   *
   * @param file the file name, e.g. {@code case.schema.json}
   * @return the text
   */
  static String schemaText(String file) {
    try (var in = Schemas.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        return fail("not on the class path: " + RESOURCES + file);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists the files of a folder whose names end in a suffix, sorted, failing when there is none.
   *
   * @param folder the folder
   * @param suffix e.g. {@code .json}
   * @return the files
   */
  static List<Path> files(Path folder, String suffix) {
    if (!Files.isDirectory(folder)) {
      fail("missing folder: " + folder.toAbsolutePath().normalize());
    }
    try (Stream<Path> list = Files.list(folder)) {
      List<Path> files =
          list.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
      if (files.isEmpty()) {
        fail("no " + suffix + " file in " + folder.toAbsolutePath().normalize());
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The non-blank lines of an NDJSON file.
   *
   * @param file the file
   * @return the lines, in order
   */
  static List<String> lines(Path file) {
    return read(file).lines().filter(line -> !line.isBlank()).toList();
  }

  /**
   * Parses a JSON text.
   *
   * @param json the text
   * @return the tree
   */
  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Obtains a copy of a JSON object with the value at a JSON pointer set to a raw JSON text
   * (inserted as written, so {@code 2.0} stays {@code 2.0}); an array index one past the end
   * appends.
   *
   * @param json the object
   * @param pointer where, e.g. {@code /followUps/0/neuro/gait}; its parent must exist
   * @param raw the value as JSON text
   * @return the new text
   */
  static String with(String json, String pointer, String raw) {
    ObjectNode root = (ObjectNode) parse(json);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    String marker = "@@RAW@@";
    if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      int index = at.last().getMatchingIndex();
      if (index < array.size()) {
        array.set(index, TextNode.valueOf(marker));
      } else {
        array.add(TextNode.valueOf(marker));
      }
    } else {
      ((ObjectNode) parent).put(at.last().getMatchingProperty(), marker);
    }
    return root.toString().replace("\"" + marker + "\"", raw);
  }

  /**
   * Obtains a copy of a JSON object without the value at a JSON pointer.
   *
   * @param json the object
   * @param pointer where
   * @return the new text
   */
  static String without(String json, String pointer) {
    ObjectNode root = (ObjectNode) parse(json);
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    if (parent.isArray()) {
      ((ArrayNode) parent).remove(at.last().getMatchingIndex());
    } else {
      ((ObjectNode) parent).remove(at.last().getMatchingProperty());
    }
    return root.toString();
  }
}
