package org.rano.cli;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named cases shared by the tests, written in the case format. */
final class Fixtures {
  private Fixtures() {}

  /** Keeps every number exact, as the command does. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** The example cases shipped with the module. */
  static final Path CASES = Path.of("../examples/cases");

  /** A normal exam (every domain 0) as JSON, with some domains changed. */
  static String neuro(String... overrides) {
    ObjectNode exam = MAPPER.createObjectNode();
    for (String domain :
        new String[] {
          "gait",
          "strength",
          "sensation",
          "vision",
          "eyeMovements",
          "facialStrength",
          "hearing",
          "swallowing",
          "levelOfConsciousness",
          "behaviour"
        }) {
      exam.put(domain, 0);
    }
    for (int i = 0; i < overrides.length; i += 2) {
      exam.set(overrides[i], parse(overrides[i + 1]));
    }
    return exam.toString();
  }

  /**
   * A two-lesion case with positive baseline cytology and one follow-up, 28 days later, whose
   * composite halves (4 to 2) with CSF cleared: a PR at the first follow-up, with the default
   * criteria.
   */
  static String twoLesionPr(String id) {
    return "{\"id\":\""
        + id
        + "\",\"baseline\":{\"date\":\"2026-01-05\",\"neuro\":"
        + neuro()
        + ",\"csf\":{\"result\":\"POSITIVE\",\"volumeMl\":10},\"targets\":["
        + "{\"id\":\"T1\",\"site\":\"BRAIN_NODULE\",\"score\":2,\"diametersMm\":[12,7]},"
        + "{\"id\":\"T2\",\"site\":\"SPINE_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":2}]},"
        + "\"followUps\":[{\"date\":\"2026-02-02\",\"neuro\":"
        + neuro()
        + ",\"csf\":{\"result\":\"NEGATIVE\",\"volumeMl\":8},\"targets\":["
        + "{\"id\":\"T1\",\"score\":1,\"diametersMm\":[8,6]},{\"id\":\"T2\",\"score\":1}]}]}";
  }

  /** A response sequence: PR, NE, PR, PD as in the public example 3. */
  static String sequence(String id) {
    return "{\"id\":\""
        + id
        + "\",\"referenceDate\":\"2026-01-10\",\"responses\":["
        + "{\"date\":\"2026-02-07\",\"response\":\"PR\"},"
        + "{\"date\":\"2026-03-07\",\"response\":\"NE\"},"
        + "{\"date\":\"2026-03-21\",\"response\":\"PR\"},"
        + "{\"date\":\"2026-05-02\",\"response\":\"PD\"}]}";
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object(String json) {
    return (ObjectNode) parse(json);
  }

  static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case with the value at a JSON pointer set to raw JSON text (written as is). */
  static String with(String json, String pointer, String raw) {
    ObjectNode root = Fixtures.object(json);
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

  /** The case without the value at a JSON pointer. */
  static String without(String json, String pointer) {
    ObjectNode root = Fixtures.object(json);
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
