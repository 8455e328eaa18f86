package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzer over the NDJSON path, in-process: valid cases (one in ten passed unchanged)
 * mutated (truncation, dropped and duplicated fields, swapped JSON types, huge and negative
 * numbers, NaN in every spelling, deep nesting, unknown enum words and fields, garbage characters,
 * odd dates) are streamed through {@code rano score --ndjson -}. Each non-blank input line must
 * give exactly one output line, a JSON object holding a result or an {@code error}; nothing else on
 * standard output, no stack trace on standard error, exit code 0 or 1.
 */
class FuzzTest {

  private static final long SEED = 0xF0220_2026L;
  private static final int INPUTS = 12_000;
  private static final int BATCH = 2_000;

  /** Lines of characters Java calls blank but JSON does not (issue 10). */
  private static final String[] LOOK_BLANK = {
    "\u000b",
    "\f",
    "\u001c",
    "\u001d",
    "\u001e",
    "\u001f",
    "\u2003",
    "\u2028",
    "\u3000",
    " \u000b\t"
  };

  /** Output must be strict JSON: one value per line, nothing after it. */
  private static final ObjectMapper STRICT =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  @Test
  void mutatedCases_eachLineGivesOneJsonResultOrError_neverACrash() throws IOException {
    Random random = new Random(SEED);
    List<String> seeds = seeds();
    Mutator mutator = new Mutator(random);
    int results = 0;
    int errors = 0;
    List<String> internalErrors = new ArrayList<>();
    for (int batch = 0; batch < INPUTS / BATCH; batch++) {
      StringBuilder input = new StringBuilder();
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        String seed = seeds.get(random.nextInt(seeds.size()));
        String line = random.nextInt(10) == 0 ? seed : mutator.mutate(seed).replace('\n', ' ');
        if (random.nextInt(50) == 0) {
          input.append(random.nextBoolean() ? "\n" : "  \t\n");
        }
        if (random.nextInt(50) == 0) {
          // Blank to Java, not to JSON: each gets an error record.
          String lookBlank = LOOK_BLANK[random.nextInt(LOOK_BLANK.length)];
          input.append(lookBlank).append('\n');
          lines.add(lookBlank);
        }
        input.append(line).append(random.nextInt(20) == 0 ? "\r\n" : "\n");
        lines.add(line);
      }
      long expected = lines.stream().filter(l -> !isBlank(stripCr(l))).count();

      Cli.Run run = Cli.withInput(input.toString(), "score", "--ndjson", "-");

      assertThat(run.exitCode()).isIn(0, 1);
      assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", "Caused by:");
      List<String> output = run.outLines();
      assertThat(output).hasSize((int) expected);
      int batchErrors = 0;
      for (String line : output) {
        JsonNode node = STRICT.readTree(line);
        assertThat(node.isObject()).as(line).isTrue();
        assertThat(node.has("id")).as(line).isTrue();
        if (node.has("error")) {
          batchErrors++;
          assertThat(node.size()).as(line).isEqualTo(2);
          assertThat(node.get("error").get("path").isTextual()).as(line).isTrue();
          assertThat(node.get("error").get("message").isTextual()).as(line).isTrue();
          String message = node.get("error").get("message").asText();
          if (message.contains("a bug in rano")) {
            internalErrors.add(message);
          }
        } else {
          assertThat(node.has("timepoints")).as(line).isTrue();
          assertThat(node.get("criteria").isObject()).as(line).isTrue();
          results++;
        }
      }
      errors += batchErrors;
      assertThat(run.errLines().stream().filter(l -> !l.startsWith("rano: line ")).toList())
          .as("every message on one line")
          .isEmpty();
      assertThat(run.errLines()).hasSize(batchErrors);
      assertThat(run.exitCode()).isEqualTo(batchErrors > 0 ? 1 : 0);
    }
    assertThat(results).as("valid inputs reached the library").isGreaterThan(1_000);
    assertThat(errors).as("invalid inputs were rejected").isGreaterThan(5_000);
    assertThat(internalErrors).as("library defects reached by the fuzzer").isEmpty();
  }

  /** Blank as the command skips it: nothing but space, tab and CR. */
  private static boolean isBlank(String line) {
    return line.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r');
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** Valid cases: the module's examples and seeded random cases. */
  private static List<String> seeds() throws IOException {
    List<String> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Fixtures.CASES)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.equals("invalid.json")) {
          continue;
        }
        if (name.endsWith(".ndjson")) {
          seeds.addAll(Files.readAllLines(file));
        } else {
          seeds.add(Fixtures.parse(Files.readString(file)).toString());
        }
      }
    }
    RandomCases generator = new RandomCases(SEED);
    for (int i = 0; i < 300; i++) {
      seeds.add(generator.next("Z" + i).json());
    }
    seeds.add(Fixtures.twoLesionPr("P"));
    seeds.add(Fixtures.sequence("S"));
    return seeds;
  }

  /** The mutations, on the JSON tree (rendered with raw markers) or on the text. */
  static final class Mutator {
    private static final String[] NUMBERS = {
      "1e308",
      "1e309",
      "-1e309",
      "1e400",
      "-1",
      "-0",
      "0",
      "-0.0",
      "99999999999999999999999999",
      "-99999999999",
      "2147483648",
      "1e-999999999",
      "1e999999999",
      "4.99999999999999999999",
      "0.1",
      "3.0",
      "2e0",
      "1E2",
      "12345678901234567890.123456789",
      "-2147483649",
      // Crashed or exhausted the heap before issue 10: an exponent beyond an int, a zero of
      // unbounded scale, and their kin.
      "1e2147483648",
      "-1e2147483648",
      "1e-2147483649",
      "0e-999999999",
      "0e999999999",
      "0.0e-2147483647",
      "1e0",
      "5e-101"
    };
    private static final String[] NAN = {
      "NaN",
      "-NaN",
      "Infinity",
      "-Infinity",
      "+Infinity",
      "\"NaN\"",
      "\"Infinity\"",
      "\"-Infinity\"",
      "nan",
      "inf"
    };
    private static final String[] WORDS = {
      "FOO",
      "",
      " ",
      "positive",
      "Cr",
      "NE ",
      "null",
      "BRAIN",
      "PROGRESSION",
      "\u00e9t\u00e9",
      "LANO_2019",
      "RANO_LM_2017",
      "true",
      "0"
    };
    private static final String[] DATES = {
      "2026-02-30",
      "2026-13-01",
      "+999999999-12-31",
      "-999999999-01-01",
      "2026-1-5",
      "0000-01-01",
      "2026-01-05T00:00",
      "",
      "yesterday",
      "9999-12-31",
      "1900-01-01",
      "+10000-01-01"
    };
    private static final String[] GARBAGE = {
      "\"", "{", "}", "[", "]", ",", ":", "\\", "\u0000", "\u0007", "\r", "\t", "\u00ff", "\ud800",
      "\u2028", "\ufeff", "//", "/*", "'", "e", "-", ".", "0", "true", "null", "NaN"
    };

    private final Random random;
    private final Map<String, String> raw = new HashMap<>();

    Mutator(Random random) {
      this.random = random;
    }

    String mutate(String seed) {
      raw.clear();
      JsonNode root = Fixtures.parse(seed);
      int treeMutations = 1 + random.nextInt(3);
      for (int i = 0; i < treeMutations; i++) {
        root = mutateTree(root);
      }
      String text = root.toString();
      for (Map.Entry<String, String> marker : raw.entrySet()) {
        text = text.replace("\"" + marker.getKey() + "\"", marker.getValue());
      }
      int textMutations = random.nextInt(4) == 0 ? 1 : 0;
      for (int i = 0; i < textMutations; i++) {
        text = mutateText(text);
      }
      return text;
    }

    private String mutateText(String text) {
      int choice = random.nextInt(3);
      if (choice == 0) {
        return text.substring(0, random.nextInt(text.length() + 1));
      }
      if (choice == 1 || text.isEmpty()) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + GARBAGE[random.nextInt(GARBAGE.length)] + text.substring(at);
      }
      int at = random.nextInt(text.length());
      return text.substring(0, at) + text.substring(at + 1);
    }

    private JsonNode mutateTree(JsonNode root) {
      List<Slot> slots = new ArrayList<>();
      collect(root, slots);
      if (slots.isEmpty() || random.nextInt(60) == 0) {
        return wholeDocument();
      }
      Slot slot = slots.get(random.nextInt(slots.size()));
      JsonNode value = slot.value();
      switch (random.nextInt(12)) {
        case 0 -> slot.remove();
        case 1 -> duplicate(slot);
        case 2 -> slot.set(otherType(value));
        case 3 -> slot.set(marker(NUMBERS[random.nextInt(NUMBERS.length)]));
        case 4 -> slot.set(marker(NAN[random.nextInt(NAN.length)]));
        case 5 -> slot.set(marker(deep(1 + random.nextInt(random.nextBoolean() ? 50 : 3000))));
        case 6 -> {
          String word =
              value.isTextual() && random.nextBoolean()
                  ? value.asText().toLowerCase(java.util.Locale.ROOT)
                      + (random.nextBoolean() ? "X" : "")
                  : WORDS[random.nextInt(WORDS.length)];
          slot.set(TextNode.valueOf(word));
        }
        case 7 -> {
          ObjectNode object = randomObject(slots, root);
          if (object != null) {
            object.put(random.nextBoolean() ? "zz" + random.nextInt(9) : "Id", 1);
          }
        }
        case 8 -> arrayEdit(slots);
        case 9 -> slot.set(TextNode.valueOf(DATES[random.nextInt(DATES.length)]));
        case 10 -> slot.set(marker(random.nextBoolean() ? "null" : "{}"));
        default -> {
          if (random.nextInt(20) == 0) {
            slot.set(TextNode.valueOf("x".repeat(100_000)));
          } else {
            slot.remove();
          }
        }
      }
      return root;
    }

    private JsonNode wholeDocument() {
      String[] documents = {
        "null",
        "[]",
        "{}",
        "\"case\"",
        "42",
        "true",
        "[{}]",
        "{\"id\":1}",
        "{\"id\":\"x\",\"baseline\":null}",
        "{\"id\":\"x\",\"responses\":{}}"
      };
      return Fixtures.parse(documents[random.nextInt(documents.length)]);
    }

    private TextNode marker(String text) {
      String key = "@@RAW" + raw.size() + "@@";
      raw.put(key, text);
      return TextNode.valueOf(key);
    }

    private void duplicate(Slot slot) {
      if (slot.parent() instanceof ObjectNode object && slot.name() != null) {
        String key = "@@DUP" + raw.size() + "@@";
        raw.put(key, Fixtures.MAPPER.getNodeFactory().textNode(slot.name()).toString());
        object.set(key, random.nextBoolean() ? slot.value().deepCopy() : otherType(slot.value()));
      } else if (slot.parent() instanceof ArrayNode array) {
        array.add(slot.value().deepCopy());
      }
    }

    private JsonNode otherType(JsonNode value) {
      JsonNode[] choices = {
        TextNode.valueOf("1"),
        Fixtures.parse("1"),
        Fixtures.parse("1.5"),
        Fixtures.parse("true"),
        Fixtures.parse("null"),
        Fixtures.parse("[]"),
        Fixtures.parse("{}"),
        Fixtures.parse("[1,2]"),
        Fixtures.parse("{\"level\":1}")
      };
      JsonNode choice = choices[random.nextInt(choices.length)];
      return choice.getNodeType() == value.getNodeType() ? TextNode.valueOf("swapped") : choice;
    }

    private String deep(int depth) {
      return random.nextBoolean()
          ? "[".repeat(depth) + "]".repeat(depth)
          : "{\"a\":".repeat(depth) + "0" + "}".repeat(depth);
    }

    private @Nullable ObjectNode randomObject(List<Slot> slots, JsonNode root) {
      List<ObjectNode> objects = new ArrayList<>();
      if (root instanceof ObjectNode object) {
        objects.add(object);
      }
      for (Slot slot : slots) {
        if (slot.value() instanceof ObjectNode object) {
          objects.add(object);
        }
      }
      return objects.isEmpty() ? null : objects.get(random.nextInt(objects.size()));
    }

    private void arrayEdit(List<Slot> slots) {
      List<ArrayNode> arrays = new ArrayList<>();
      for (Slot slot : slots) {
        if (slot.value() instanceof ArrayNode array) {
          arrays.add(array);
        }
      }
      if (arrays.isEmpty()) {
        return;
      }
      ArrayNode array = arrays.get(random.nextInt(arrays.size()));
      if (array.isEmpty() || random.nextInt(3) == 0) {
        array.add(array.isEmpty() ? Fixtures.parse("{}") : array.get(0).deepCopy());
      } else if (random.nextBoolean()) {
        array.remove(random.nextInt(array.size()));
      } else {
        array.removeAll();
      }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
      if (node instanceof ObjectNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
        for (String name : names) {
          slots.add(new Slot(object, name, -1));
          collect(object.get(name), slots);
        }
      } else if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          slots.add(new Slot(array, null, i));
          collect(array.get(i), slots);
        }
      }
    }
  }

  /** A place in the tree: a field of an object or an element of an array. */
  record Slot(JsonNode parent, @Nullable String name, int index) {
    JsonNode value() {
      JsonNode value = name != null ? parent.get(name) : parent.get(index);
      return value == null ? Fixtures.parse("null") : value;
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(name, value);
      } else if (index < parent.size()) {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode object) {
        object.remove(name);
      } else if (index < parent.size()) {
        ((ArrayNode) parent).remove(index);
      }
    }
  }
}
