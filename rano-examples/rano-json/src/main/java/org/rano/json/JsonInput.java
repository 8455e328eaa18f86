package org.rano.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/**
 * Strict JSON for the case format, read token by token from Jackson's streaming {@link JsonParser}:
 * typed access to the current value that fails with an {@link InvalidInputException} naming the
 * path of the field in the case format ({@code followUps[2].neuro.sensation}), the bad value as
 * written and what is allowed.
 *
 * <p>The path is kept as a light stack of field names and array indices; the path string is built
 * only when an error is thrown.
 *
 * <p>What is rejected: text that is not JSON (path {@code ""}), duplicate keys (path of the key),
 * {@code NaN} and infinite numbers, a number whose exponent is beyond what a reader can represent
 * (path of the number, even in an unknown field), a JSON type other than the one required, a number
 * with a fraction or exponent where a whole number is required ({@code 1e0} and {@code 2.0} are not
 * whole numbers as written), {@code null} anywhere (an optional field is left out instead), numbers
 * beyond the range of a double or with more than 100 digits after the decimal point as written (an
 * exponent counts: {@code 1e-101} has 101), and an id that is not valid Unicode (a lone surrogate).
 * Errors of the text itself (the first four) are {@link Syntax} errors: they win over any other
 * error of the text, wherever they stand, as the whole text is read before any field is judged.
 *
 * <p>One instance reads one text on one thread.
 */
final class JsonInput implements AutoCloseable {

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  /**
   * {@link #FACTORY} without Jackson's own search for duplicate keys, for {@link #of(byte[], int,
   * int)}: the objects read find a key given twice themselves ({@link #duplicate(String)}). That
   * covers every object of a case that is read whole; the value of an unknown field, or one after
   * an error, is skipped unread, but such a case is rejected anyway and read again strictly.
   */
  private static final JsonFactory FAST =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private static final JsonFactory LENIENT =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
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

  /** An error of the text itself, which wins over every other error of the text. */
  static final class Syntax extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final InvalidInputException error;

    Syntax(InvalidInputException error) {
      super(error.getMessage(), null, false, false);
      this.error = error;
    }

    InvalidInputException error() {
      return error;
    }
  }

  private final JsonParser parser;
  private @Nullable JsonToken token;

  /** True when the parser does not look for duplicate keys, so the objects read must. */
  private boolean findsDuplicates;

  /** The path stack: a String for a field name, an Integer for an array index. */
  private Object[] stack = new Object[16];

  private int depth;

  JsonInput(JsonParser parser) {
    this.parser = parser;
  }

  static JsonInput of(String text) throws IOException {
    return new JsonInput(FACTORY.createParser(text));
  }

  /**
   * A reader of UTF-8 bytes that leaves the search for duplicate keys to the objects read (see
   * {@link #FAST}): only for a text that is read again strictly when it is rejected.
   */
  static JsonInput of(byte[] utf8, int offset, int length) throws IOException {
    JsonInput in = new JsonInput(FAST.createParser(utf8, offset, length));
    in.findsDuplicates = true;
    return in;
  }

  /**
   * A reader of text that leaves the search for duplicate keys to the objects read (see {@link
   * #FAST}): only for a text that is read again strictly when it is rejected.
   */
  static JsonInput fast(String text) throws IOException {
    JsonInput in = new JsonInput(FAST.createParser(text));
    in.findsDuplicates = true;
    return in;
  }

  /**
   * The error of a key given twice in one object, when this reader finds duplicates itself (the
   * strict parser finds them before the object sees the key); null otherwise.
   *
   * @param name the key
   * @return the error to throw, or null when the parser has checked the key already
   */
  @Nullable Syntax duplicate(String name) {
    return findsDuplicates
        ? new Syntax(InvalidInputException.of(path(), null, "duplicate key \"" + name + "\""))
        : null;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  // ------------------------------------------------------------------------------------- tokens

  /** Advances to the next token, checking that a decimal can be represented. */
  @Nullable JsonToken next() throws IOException {
    JsonToken next = parser.nextToken();
    token = next;
    if (next == JsonToken.VALUE_NUMBER_FLOAT) {
      checkRepresentable();
    }
    return next;
  }

  @Nullable JsonToken token() {
    return token;
  }

  JsonParser parser() {
    return parser;
  }

  /** The current field name (the token is a field name). */
  String name() throws IOException {
    return parser.currentName();
  }

  /** Skips the current value whole (its numbers checked). */
  void skipValue() throws IOException {
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      int open = 1;
      while (open > 0) {
        JsonToken next = next();
        if (next == null) {
          return; // the parser has failed already
        }
        if (next == JsonToken.START_OBJECT || next == JsonToken.START_ARRAY) {
          open++;
        } else if (next == JsonToken.END_OBJECT || next == JsonToken.END_ARRAY) {
          open--;
        }
      }
    }
  }

  /** The parser's context, to come back to after an error inside a value. */
  JsonStreamContext context() {
    return parser.getParsingContext();
  }

  /** Reads on to the end of the value being read in the object or array of {@code context}. */
  void resync(JsonStreamContext context, int stackDepth) throws IOException {
    depth = stackDepth;
    while (parser.getParsingContext() != context) {
      if (next() == null) {
        return;
      }
    }
  }

  // --------------------------------------------------------------------------------------- path

  void push(String name) {
    if (depth == stack.length) {
      stack = java.util.Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = name;
  }

  void push(int index) {
    if (depth == stack.length) {
      stack = java.util.Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = index;
  }

  void pop() {
    depth--;
  }

  int depth() {
    return depth;
  }

  /** The path of the current value in the case format, e.g. {@code baseline.targets[1].id}. */
  String path() {
    String path = "";
    for (int i = 0; i < depth; i++) {
      Object part = stack[i];
      path = part instanceof Integer index ? at(path, index) : at(path, (String) part);
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

  /** An error at the current path. */
  InvalidInputException error(@Nullable Object value, String problem) {
    return InvalidInputException.of(path(), value, problem);
  }

  /** An error at a field of the current object. */
  InvalidInputException errorAt(String field, @Nullable Object value, String problem) {
    return InvalidInputException.of(at(path(), field), value, problem);
  }

  /** The error of a required field that is missing from the current object. */
  InvalidInputException missing(String field, String hint) {
    return errorAt(field, null, "is missing; required: " + hint);
  }

  /**
   * The error of an unknown field of the current object, with "did you mean" when a known name is
   * one edit away.
   */
  InvalidInputException unknown(String name, List<String> known, String noun) {
    String quoted = Echo.quote(name);
    return errorAt(
        quoted,
        quoted,
        "unknown "
            + noun
            + " \""
            + quoted
            + "\"; allowed: "
            + String.join(", ", known)
            + Suggestion.of(name, known));
  }

  // ---------------------------------------------------------------------------- typed values

  boolean isObject() {
    return token == JsonToken.START_OBJECT;
  }

  boolean isArray() {
    return token == JsonToken.START_ARRAY;
  }

  boolean isText() {
    return token == JsonToken.VALUE_STRING;
  }

  boolean isNumber() {
    return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
  }

  String rawText() throws IOException {
    return parser.getText();
  }

  void requireObject() throws IOException {
    if (!isObject()) {
      throw wrongType("an object");
    }
  }

  void requireArray() throws IOException {
    if (!isArray()) {
      throw wrongType("an array");
    }
  }

  String text() throws IOException {
    if (!isText()) {
      throw wrongType("a string");
    }
    return parser.getText();
  }

  boolean bool() throws IOException {
    if (token == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (token == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  /** A case id or another identifying string: a string that is valid Unicode. */
  String id() throws IOException {
    String text = text();
    int at = Echo.loneSurrogate(text);
    if (at >= 0) {
      throw error(
          Echo.quote(text),
          "holds a lone surrogate "
              + String.format("\\u%04x", (int) text.charAt(at))
              + " at character "
              + (at + 1)
              + ", which is not valid Unicode; allowed: a string of Unicode characters");
    }
    return text;
  }

  /** A whole number that fits an {@code int}. */
  int integer(String what) throws IOException {
    if (!isNumber()) {
      throw wrongType(what);
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      String written = shortText();
      throw error(
          written,
          written
              + " is not a whole number as written; allowed: "
              + what
              + ", written without a "
              + "fraction or exponent");
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      String written = shortText();
      throw error(written, written + " is out of range; allowed: " + what);
    }
    return parser.getIntValue();
  }

  /** An exact decimal number, checked on its digits and exponent as given. */
  BigDecimal decimal() throws IOException {
    if (!isNumber()) {
      throw wrongType("a number");
    }
    BigDecimal number = parser.getDecimalValue();
    if (number.precision() > MAX_PRECISION
        || (number.signum() != 0 && number.precision() - (long) number.scale() > MAX_INTEGER_DIGITS)
        || number.abs().compareTo(MAX_DECIMAL) > 0) {
      String written = shortText();
      throw error(
          written,
          written
              + " is not a "
              + "finite number (beyond the range of a double); allowed: a finite number");
    }
    if (number.scale() > MAX_SCALE) {
      String written = shortText();
      throw error(
          written,
          written
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

  /** An enum constant from its word, matched exactly. */
  <E extends Enum<E>> E word(Map<String, E> byName, String allowed) throws IOException {
    if (isText()) {
      E constant = byName.get(parser.getText());
      if (constant != null) {
        return constant;
      }
      throw error(
          Echo.quote(parser.getText()), shortText() + " is not allowed; allowed: " + allowed);
    }
    throw wrongType("one of " + allowed);
  }

  /** The error of a value of the wrong JSON type. */
  InvalidInputException wrongType(String expected) throws IOException {
    String hint = token == JsonToken.VALUE_NULL ? " (leave out a field that is not given)" : "";
    return error(shortText(), "expected " + expected + "; got " + kind() + hint);
  }

  /** Describes the JSON type of the current value, e.g. "the string \"x\"" or "an array". */
  String kind() throws IOException {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case VALUE_STRING -> "the string " + shortText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shortText();
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      default -> "an object";
    };
  }

  /** The current value as written, for a message: its JSON text, at most 100 characters. */
  String shortText() throws IOException {
    if (token == null) {
      return "";
    }
    return switch (token) {
      case START_ARRAY -> "[...]";
      case START_OBJECT -> "{...}";
      case VALUE_STRING -> Echo.quote(quoted(parser.getText()));
      case VALUE_NUMBER_INT -> Echo.quote(parser.getBigIntegerValue().toString());
      default -> Echo.quote(parser.getText());
    };
  }

  /** A string as a JSON string literal, as Jackson writes it. */
  static String quoted(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }

  // ------------------------------------------------------------------------------ the text itself

  /**
   * A number with a fraction or exponent. An exponent beyond the range of an {@code int} ({@code
   * 1e2147483648}) cannot be represented: rejected at the number's path. JDK 17 rejects {@code
   * 1e2147483648} itself, newer JDKs read it with the scale {@code Integer.MIN_VALUE}, which no
   * arithmetic can negate; that scale is rejected too, so the answer is the same on every JDK.
   */
  private void checkRepresentable() throws IOException {
    BigDecimal number;
    try {
      number = parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      throw exponentOutOfRange();
    }
    if (number.scale() == Integer.MIN_VALUE) {
      throw exponentOutOfRange();
    }
  }

  private Syntax exponentOutOfRange() throws IOException {
    String written = Echo.quote(parser.getText());
    return new Syntax(
        InvalidInputException.of(
            pathOf(parser.getParsingContext()),
            written,
            "the number "
                + written
                + " cannot be represented: its exponent is out "
                + "of range; allowed: a finite number with at most "
                + MAX_SCALE
                + " digits after "
                + "the decimal point"));
  }

  /** Fails unless nothing but whitespace follows the value just read. */
  void requireEnd(String what) throws IOException {
    if (next() != null) {
      JsonLocation at = parser.currentTokenLocation();
      throw new Syntax(
          InvalidInputException.of(
              "",
              null,
              "unexpected text after the case object at "
                  + where(at)
                  + "; allowed: "
                  + what
                  + " (use --ndjson for one case per line)"));
    }
  }

  /** Translates an error of the parser into the case format's message. */
  static InvalidInputException fromParser(JsonProcessingException e) {
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

  /**
   * Obtains the id of a text that is JSON but not acceptable (a duplicate key), read leniently, so
   * that its error record can still name the case.
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
}
