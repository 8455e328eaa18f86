package org.rano.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file (or standard input) whose text is one JSON array of cases, {@code [case, case, ...]}: each
 * element is scored as one case. This class only finds where each element's text begins and ends;
 * every element is then read, as strictly as any case, by {@link CaseScorer}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class CaseArray {

  private static final JsonFactory FACTORY = new JsonFactory();

  private CaseArray() {}

  /**
   * Tells whether a text is meant as an array: its first character that is not JSON whitespace is
   * {@code [}.
   *
   * @param text the whole input, its byte-order mark already dropped, not null
   * @return true when the text starts with {@code [}
   */
  static boolean looksLikeArray(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return c == '[';
      }
    }
    return false;
  }

  /**
   * Splits a JSON array into the texts of its elements, in order, without reading them.
   *
   * @param text a text for which {@link #looksLikeArray} is true, not null
   * @return the elements' texts, or the rejection of the whole text when it is not one well-formed
   *     JSON array (then no element is scored)
   */
  static Split split(String text) {
    List<String> elements = new ArrayList<>();
    try (JsonParser json = FACTORY.createParser(text)) {
      json.nextToken();
      for (JsonToken token = json.nextToken();
          token != JsonToken.END_ARRAY;
          token = json.nextToken()) {
        if (token == null) {
          return new Split(List.of(), notJson("the array is not closed", json.currentLocation()));
        }
        int start = Math.toIntExact(json.currentTokenLocation().getCharOffset());
        if (token.isStructStart()) {
          json.skipChildren();
        } else {
          json.getText(); // reads a string to its end, so that the location is after it
        }
        int end = Math.toIntExact(json.currentLocation().getCharOffset());
        elements.add(text.substring(start, end));
      }
      if (json.nextToken() != null) {
        return new Split(
            List.of(),
            notJson(
                "more text after the array of cases; a file holds one case (a JSON object) or one"
                    + " JSON array of cases (--ndjson reads one case per line)",
                json.currentTokenLocation()));
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      return new Split(
          List.of(), notJson(parserMessage(e), where == null ? JsonLocation.NA : where));
    } catch (IOException | RuntimeException e) {
      return new Split(List.of(), notJson(String.valueOf(e.getMessage()), JsonLocation.NA));
    }
    return new Split(elements, null);
  }

  /** The parser's message without where the array started, which the location tells. */
  private static String parserMessage(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int marker = message.indexOf(" (start marker");
    int line = message.indexOf('\n');
    int end = Math.min(marker < 0 ? message.length() : marker, line < 0 ? message.length() : line);
    return Echo.quote(message.substring(0, end), 200);
  }

  private static Outcome.Rejected notJson(String problem, JsonLocation where) {
    return new Outcome.Rejected(
        null,
        "",
        "not JSON: "
            + problem
            + (where.getLineNr() > 0
                ? " at line " + where.getLineNr() + ", column " + where.getColumnNr()
                : ""));
  }

  /**
   * The elements of an array of cases, or why the text is not one.
   *
   * @param elements the elements' texts in order, empty when rejected
   * @param rejected the rejection of the whole text, or null when it is a well-formed array
   */
  record Split(List<String> elements, Outcome.@Nullable Rejected rejected) {}

  /**
   * The rejection of an element, its path prefixed with the element's index: {@code [3]} for the
   * element itself, {@code [3].followUps[0].date} for a field in it.
   *
   * @param index the element's index, from 0
   * @param rejected the element's rejection as a case, not null
   * @return the rejection within the array, not null
   */
  static Outcome.Rejected atIndex(int index, Outcome.Rejected rejected) {
    String path = "[" + index + "]" + (rejected.path().isEmpty() ? "" : "." + rejected.path());
    return new Outcome.Rejected(rejected.caseId(), path, rejected.message(), rejected.bug());
  }
}
