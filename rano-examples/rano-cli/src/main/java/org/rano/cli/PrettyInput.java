package org.rano.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Tells, for {@code --ndjson}, whether the input is pretty-printed JSON rather than one case per
 * line: its first non-blank line opens a JSON object or array that later lines close. Such input
 * would otherwise give one error record per line; the command says so once instead.
 *
 * <p>The lines read to find out are kept, so that input which is not pretty-printed after all is
 * scored line by line as usual; they are at most {@code --max-line-bytes} bytes, so memory stays
 * bounded. The lines after the first are read only when the first holds nothing but <code>&#123;
 * </code> and {@code [} (no client sends that as a case and waits for its answer), or when more
 * input is available without waiting, so that a co-process that sends a truncated first line and
 * waits for its error record is answered.
 */
final class PrettyInput {

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Pretty-printed JSON found at the start of the input.
   *
   * @param array true for an array, false for an object
   * @param lines the number of lines, from the first non-blank one to the one closing the value
   */
  record Found(boolean array, int lines) {}

  private PrettyInput() {}

  /**
   * Looks at the first non-blank line and, when it opens a JSON value it does not close, at the
   * following lines, until the value is closed, a line cannot continue it, the input ends or the
   * lines exceed {@code maxBytes}.
   *
   * @param first the first non-blank line, not null
   * @param reader the reader of the following lines, not null
   * @param maxBytes the most bytes read ahead ({@code --max-line-bytes})
   * @param readAhead where the lines read after the first are put, in order, to be scored as usual
   *     when nothing is found
   * @return what was found, or empty for input to read line by line
   * @throws IOException if reading fails
   */
  static Optional<Found> look(
      String first, LineReader reader, int maxBytes, Deque<LineReader.Line> readAhead)
      throws IOException {
    try (JsonParser json = FACTORY.createNonBlockingByteArrayParser()) {
      ByteArrayFeeder feeder = (ByteArrayFeeder) json.getNonBlockingInputFeeder();
      int[] depth = {0};
      JsonToken start = feed(json, feeder, first, depth);
      if (depth[0] <= 0 || (start != JsonToken.START_OBJECT && start != JsonToken.START_ARRAY)) {
        return Optional.empty();
      }
      if (!onlyOpeners(first) && !reader.ready()) {
        return Optional.empty();
      }
      long bytes = first.length();
      while (bytes <= maxBytes) {
        LineReader.Line line = reader.next();
        if (line == null) {
          return Optional.empty();
        }
        readAhead.add(line);
        if (line.status() != LineReader.Status.TEXT) {
          return Optional.empty();
        }
        bytes += line.size() + 1;
        feed(json, feeder, "\n" + line.text(), depth);
        if (depth[0] == 0) {
          return Optional.of(new Found(start == JsonToken.START_ARRAY, readAhead.size() + 1));
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Not well-formed JSON across the lines (or not JSON at all): read line by line.
      return Optional.empty();
    }
  }

  /**
   * Feeds a text to the parser and reads every token it completes, counting the depth.
   *
   * @return the first token read, or null when none
   */
  private static @Nullable JsonToken feed(
      JsonParser json, ByteArrayFeeder feeder, String text, int[] depth) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    feeder.feedInput(bytes, 0, bytes.length);
    @Nullable JsonToken first = null;
    for (JsonToken token = json.nextToken();
        token != null && token != JsonToken.NOT_AVAILABLE;
        token = json.nextToken()) {
      first = first == null ? token : first;
      if (token.isStructStart()) {
        depth[0]++;
      } else if (token.isStructEnd()) {
        depth[0]--;
        if (depth[0] == 0) {
          break;
        }
      } else if (depth[0] == 0) {
        break; // a scalar at the top: a complete value
      }
    }
    return first;
  }

  /** Tells whether a line holds nothing but <code>&#123;</code>, {@code [} and spaces. */
  private static boolean onlyOpeners(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '{' && c != '[' && c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * The message for pretty-printed input, with the way out.
   *
   * @param name the input's name, e.g. {@code cases.json} or {@code standard input}
   * @param firstLine the number of the first non-blank line
   * @param found what was found
   * @return the line for standard error, without its end
   */
  static String message(String name, int firstLine, Found found) {
    String lines = "lines " + firstLine + "-" + (firstLine + found.lines() - 1);
    return "rano: "
        + Echo.forTerminal(name, false)
        + ": "
        + lines
        + (found.array()
            ? " hold one JSON array over several lines, not one case per line as --ndjson reads;"
                + " this looks like a pretty-printed array of cases: drop --ndjson to score each"
                + " element (or write one case per line, e.g. jq -c '.[]')"
            : " hold one JSON object over several lines, not one case per line as --ndjson reads;"
                + " this looks like one pretty-printed case: drop --ndjson (or write one case per"
                + " line, e.g. jq -c .)");
  }
}
