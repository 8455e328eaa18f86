package org.rano.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/**
 * Strict JSON for the case format: parsing a text into a tree that keeps every number exact, and
 * typed access to its fields that fails with an {@link InvalidInputException} naming the path of
 * the field in the case format ({@code followUps[2].neuro.sensation}), the bad value and what is
 * allowed.
 *
 * <p>What is rejected: text that is not JSON (path {@code ""}), duplicate keys (path of the key),
 * {@code NaN} and infinite numbers, a number whose exponent is beyond what a reader can represent
 * (path of the number, even in an unknown field), a JSON type other than the one required, a number
 * with a fraction or exponent where a whole number is required ({@code 1e0} and {@code 2.0} are not
 * whole numbers as written), {@code null} anywhere (an optional field is left out instead), numbers
 * beyond the range of a double or with more than 100 digits after the decimal point as written (an
 * exponent counts: {@code 1e-101} has 101), and an id that is not valid Unicode (a lone surrogate).
 * Numbers are checked on their digits and exponent as given, before any arithmetic that would
 * expand them. Messages quote the value as written.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Json {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();
  private static final JsonFactory LENIENT =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NON_STANDARD = Pattern.compile("Non-standard token '([^']*)'");
  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at .*\\)");
  private static final Pattern CONSTRAINT_SOURCE = Pattern.compile(", from `[^`]*`");
  private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '");
  private static final Pattern NESTING =
      Pattern.compile("nesting depth \\((\\d+)\\) exceeds the " + "maximum allowed \\((\\d+)");

  /** The largest decimal accepted: beyond it a number is infinite for most JSON readers. */
  private static final BigDecimal MAX_DECIMAL = new BigDecimal(Double.MAX_VALUE);

  /** The most digits after the decimal point accepted in a decimal, as written. */
  private static final int MAX_SCALE = 100;

  /** The most significant digits accepted in a number (Jackson's own limit is the same). */
  private static final int MAX_PRECISION = 1000;

  /** A decimal with more integer digits than this is beyond the range of a double. */
  private static final int MAX_INTEGER_DIGITS = 309;

  private Json() {}

  /**
   * Parses the text of one case: exactly one JSON object, nothing after it but whitespace.
   *
   * @param text the text, not null
   * @return the object, with numbers kept exact, not null
   * @throws InvalidInputException with path {@code ""} for text that is not one JSON object, or the
   *     path of a duplicate key
   */
  static ObjectNode parseObject(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw InvalidInputException.of(
            "", null, "no JSON value; allowed: a case as one JSON object");
      }
      JsonNode root = readValue(parser, first);
      if (!root.isObject()) {
        throw InvalidInputException.of("", null, "a case is a JSON object; got " + kind(root));
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw InvalidInputException.of(
            "",
            null,
            "unexpected text after the case object at "
                + where(at)
                + "; allowed: one case per text (use --ndjson for one case per line)");
      }
      return (ObjectNode) root;
    } catch (JsonProcessingException e) {
      throw fromParser(e);
    } catch (IOException e) {
      throw InvalidInputException.of("", null, "not JSON: " + e.getMessage());
    }
  }

  /**
   * Obtains the case id of a text that is JSON but not acceptable (a duplicate key), read
   * leniently, so that its error record can still name the case.
   *
   * @param text the text
   * @return the top-level {@code id} when it is a string given once, or null
   */
  static @Nullable String lenientId(String text) {
    try (JsonParser parser = LENIENT.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      @Nullable String id = null;
      int seen = 0;
      for (JsonToken token = parser.nextToken();
          token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("id".equals(name)) {
          seen++;
          id = value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
      return seen == 1 ? id : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_OBJECT;
            next = parser.nextToken()) {
          String name = parser.currentName();
          JsonToken valueToken = parser.nextToken();
          object.set(name, readValue(parser, valueToken));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken next = parser.nextToken();
            next != JsonToken.END_ARRAY;
            next = parser.nextToken()) {
          array.add(readValue(parser, next));
        }
        yield array;
      }
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> readDecimal(parser);
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw InvalidInputException.of("", token, "not JSON: unexpected " + token);
    };
  }

  /**
   * A number with a fraction or exponent, kept with its text as written. An exponent beyond the
   * range of an {@code int} ({@code 1e2147483648}) cannot be represented: rejected at the number's
   * path. JDK 17 rejects {@code 1e2147483648} itself, newer JDKs read it with the scale {@code
   * Integer.MIN_VALUE}, which no arithmetic can negate; that scale is rejected too, so the command
   * answers the same on every JDK.
   */
  private static JsonNode readDecimal(JsonParser parser) throws IOException {
    String written = parser.getText();
    BigDecimal number;
    try {
      number = parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw exponentOutOfRange(parser, written);
    }
    if (number.scale() == Integer.MIN_VALUE) {
      throw exponentOutOfRange(parser, written);
    }
    return new Written(number, written);
  }

  private static InvalidInputException exponentOutOfRange(JsonParser parser, String written) {
    return InvalidInputException.of(
        pathOf(parser.getParsingContext()),
        Echo.quote(written),
        "the number "
            + Echo.quote(written)
            + " cannot be represented: its exponent is out "
            + "of range; allowed: a finite number with at most "
            + MAX_SCALE
            + " digits after "
            + "the decimal point");
  }

  /**
   * A decimal that remembers how it was written, so that messages quote {@code 1e0} as {@code 1e0}
   * and not as {@code 1}.
   */
  static final class Written extends DecimalNode {
    private static final long serialVersionUID = 1L;

    private final String written;

    Written(BigDecimal value, String written) {
      super(value);
      this.written = written;
    }

    /**
     * The number as written in the JSON text.
     *
     * @return the text, e.g. {@code 1e0}, not null
     */
    @Override
    public String toString() {
      return written;
    }
  }

  private static InvalidInputException fromParser(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Object processor = e.getProcessor();
    if (DUPLICATE.matcher(original).find() && processor instanceof JsonParser parser) {
      JsonStreamContext context = parser.getParsingContext();
      String path = pathOf(context);
      String name = context.getCurrentName() == null ? "" : Echo.quote(context.getCurrentName());
      return InvalidInputException.of(
          path, name, "duplicate key \"" + name + "\"; allowed: each key once per object");
    }
    Matcher nonStandard = NON_STANDARD.matcher(original);
    Matcher nesting = NESTING.matcher(original);
    String problem;
    if (nonStandard.find()) {
      problem =
          "non-standard number "
              + nonStandard.group(1)
              + "; NaN and infinite numbers are not allowed";
    } else if (nesting.find()) {
      problem = "nested deeper than " + nesting.group(2) + " levels";
    } else {
      problem = firstLine(original);
    }
    JsonLocation location = e.getLocation();
    return InvalidInputException.of(
        "", null, "not JSON: " + problem + (location == null ? "" : " at " + where(location)));
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    String line =
        START_MARKER.matcher(end < 0 ? message : message.substring(0, end)).replaceAll("");
    line = CONSTRAINT_SOURCE.matcher(line).replaceAll("");
    return line.isEmpty() ? "malformed text" : line;
  }

  private static String where(JsonLocation location) {
    return location.getLineNr() > 1
        ? "line " + location.getLineNr() + ", column " + location.getColumnNr()
        : "column " + location.getColumnNr();
  }

  /** The case-format path of a parser context: {@code baseline.targets[1].id}. */
  private static String pathOf(@Nullable JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(c.getCurrentName());
      }
    }
    String path = "";
    for (int i = parts.size() - 1; i >= 0; i--) {
      String part = parts.get(i);
      path = part.startsWith("[") ? path + part : at(path, part);
    }
    return path;
  }

  /**
   * Obtains the path of a field of an object.
   *
   * @param path the object's path, empty for the root
   * @param name the field name
   * @return the field's path, e.g. {@code baseline.csf}
   */
  static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /**
   * Obtains the path of an array element.
   *
   * @param path the array's path
   * @param index the index, from 0
   * @return the element's path, e.g. {@code followUps[2]}
   */
  static String at(String path, int index) {
    return path + "[" + index + "]";
  }

  /**
   * Rejects the first field, in document order, whose name is not one of the known ones.
   *
   * @param object the object
   * @param path the object's path
   * @param known the known names, in schema order
   * @param noun what the names are, e.g. "field" or "policy"
   * @throws InvalidInputException naming the unknown field
   */
  static void onlyKnown(ObjectNode object, String path, List<String> known, String noun) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw InvalidInputException.of(
            at(path, Echo.quote(name)),
            Echo.quote(name),
            "unknown "
                + noun
                + " \""
                + Echo.quote(name)
                + "\"; allowed: "
                + String.join(", ", known));
      }
    }
  }

  /**
   * Obtains a required field.
   *
   * @param object the object
   * @param path the object's path
   * @param name the field name
   * @param hint what the field holds, for the message
   * @return the field's value, not null
   * @throws InvalidInputException if the field is missing
   */
  static JsonNode required(ObjectNode object, String path, String name, String hint) {
    JsonNode value = object.get(name);
    if (value == null) {
      throw InvalidInputException.of(at(path, name), null, "is missing; required: " + hint);
    }
    return value;
  }

  /**
   * Obtains an object.
   *
   * @param value the value
   * @param path its path
   * @return the object, not null
   * @throws InvalidInputException if the value is not an object
   */
  static ObjectNode object(JsonNode value, String path) {
    if (!value.isObject()) {
      throw wrongType(value, path, "an object");
    }
    return (ObjectNode) value;
  }

  /**
   * Obtains an array.
   *
   * @param value the value
   * @param path its path
   * @return the array, not null
   * @throws InvalidInputException if the value is not an array
   */
  static ArrayNode array(JsonNode value, String path) {
    if (!value.isArray()) {
      throw wrongType(value, path, "an array");
    }
    return (ArrayNode) value;
  }

  /**
   * Obtains a string.
   *
   * @param value the value
   * @param path its path
   * @return the text, not null
   * @throws InvalidInputException if the value is not a string
   */
  static String text(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw wrongType(value, path, "a string");
    }
    return value.textValue();
  }

  /**
   * Obtains a boolean.
   *
   * @param value the value
   * @param path its path
   * @return the boolean
   * @throws InvalidInputException if the value is not {@code true} or {@code false}
   */
  static boolean bool(JsonNode value, String path) {
    if (!value.isBoolean()) {
      throw wrongType(value, path, "true or false");
    }
    return value.booleanValue();
  }

  /**
   * Obtains a case id or another identifying string: a string that is valid Unicode.
   *
   * @param value the value
   * @param path its path
   * @return the text, not null
   * @throws InvalidInputException if the value is not a string, or holds a lone surrogate (e.g.
   *     {@code "\ud800"}), which is not a character and could not be written back
   */
  static String id(JsonNode value, String path) {
    String text = text(value, path);
    int at = Echo.loneSurrogate(text);
    if (at >= 0) {
      throw InvalidInputException.of(
          path,
          Echo.quote(text),
          "holds a lone surrogate "
              + String.format("\\u%04x", (int) text.charAt(at))
              + " at character "
              + (at + 1)
              + ", which is not valid Unicode; allowed: a string of Unicode characters");
    }
    return text;
  }

  /**
   * Obtains a whole number that fits an {@code int}.
   *
   * @param value the value
   * @param path its path
   * @param what what is allowed, for the message, e.g. "a whole-number level or \"NE\""
   * @return the number
   * @throws InvalidInputException if the value is not a number, has a fraction or exponent as
   *     written ({@code 1e0}, {@code 2.0}), or is too large
   */
  static int integer(JsonNode value, String path, String what) {
    if (!value.isNumber()) {
      throw wrongType(value, path, what);
    }
    if (!value.isIntegralNumber()) {
      throw InvalidInputException.of(
          path,
          shortText(value),
          shortText(value)
              + " is not a whole number as written; allowed: "
              + what
              + ", written without a "
              + "fraction or exponent");
    }
    if (!value.canConvertToInt()) {
      throw InvalidInputException.of(
          path, shortText(value), shortText(value) + " is out of range; allowed: " + what);
    }
    return value.intValue();
  }

  /**
   * Obtains an exact decimal number, checked on its digits and exponent as given before any
   * arithmetic on it.
   *
   * @param value the value
   * @param path its path
   * @return the number, exact as written (a zero with a positive exponent as plain zero), not null
   * @throws InvalidInputException if the value is not a number, or beyond the range of a double, or
   *     has more than 100 digits after the decimal point as written
   */
  static BigDecimal decimal(JsonNode value, String path) {
    if (!value.isNumber()) {
      throw wrongType(value, path, "a number");
    }
    BigDecimal number = value.decimalValue();
    if (number.precision() > MAX_PRECISION
        || (number.signum() != 0 && number.precision() - (long) number.scale() > MAX_INTEGER_DIGITS)
        || number.abs().compareTo(MAX_DECIMAL) > 0) {
      throw InvalidInputException.of(
          path,
          shortText(value),
          shortText(value)
              + " is not a "
              + "finite number (beyond the range of a double); allowed: a finite number");
    }
    if (number.scale() > MAX_SCALE) {
      throw InvalidInputException.of(
          path,
          shortText(value),
          shortText(value)
              + " has more "
              + "than "
              + MAX_SCALE
              + " digits after the decimal point as written; allowed: a "
              + "finite number with at most "
              + MAX_SCALE
              + " (an exponent counts: 1e-101 has 101)");
    }
    return number.signum() == 0 && number.scale() < 0 ? BigDecimal.ZERO : number;
  }

  /**
   * Obtains an enum constant from its word, matched exactly.
   *
   * @param value the value
   * @param path its path
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant, not null
   * @throws InvalidInputException if the value is not a string or not one of the words, listing the
   *     allowed words
   */
  static <E extends Enum<E>> E word(JsonNode value, String path, Class<E> type) {
    E[] constants = type.getEnumConstants();
    if (value.isTextual()) {
      for (E constant : constants) {
        if (constant.name().equals(value.textValue())) {
          return constant;
        }
      }
    }
    List<String> words = new ArrayList<>();
    for (E constant : constants) {
      words.add(constant.name());
    }
    String allowed = String.join(", ", words);
    if (!value.isTextual()) {
      throw wrongType(value, path, "one of " + allowed);
    }
    throw InvalidInputException.of(
        path,
        Echo.quote(value.textValue()),
        shortText(value) + " is not allowed; allowed: " + allowed);
  }

  /**
   * Fails for a value of the wrong JSON type.
   *
   * @param value the value
   * @param path its path
   * @param expected what was expected, e.g. "a string"
   * @return never returns normally; declared for {@code throw wrongType(...)}
   */
  static InvalidInputException wrongType(JsonNode value, String path, String expected) {
    String hint = value.isNull() ? " (leave out a field that is not given)" : "";
    return InvalidInputException.of(
        path, shortText(value), "expected " + expected + "; got " + kind(value) + hint);
  }

  /**
   * Describes the JSON type of a value, e.g. "a string \"x\"" or "an array".
   *
   * @param value the value
   * @return the description, not null
   */
  static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "the string " + shortText(value);
    }
    if (value.isNumber()) {
      return "the number " + shortText(value);
    }
    if (value.isBoolean()) {
      return String.valueOf(value.booleanValue());
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /**
   * The value as written, for a message: its JSON text, at most the first 100 characters.
   *
   * @param value the value
   * @return the text, {@code [...]} or {@code {...}} for a container, not null
   */
  static String shortText(JsonNode value) {
    if (value.isContainerNode()) {
      return value.isArray() ? "[...]" : "{...}";
    }
    return Echo.quote(value.toString());
  }
}
