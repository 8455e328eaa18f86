package org.rano.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;
import org.rano.json.Fields.Elements;
import org.rano.json.Fields.Scan;
import org.rano.neuro.Domain;
import org.rano.neuro.Instrument;

/**
 * Reads the definition of a neurological instrument (issue 12, item 5): {@code {"name": "...",
 * "domains": [{"key": "...", "label": "...", "levels": ["normal", ...]}, ...]}}, the domains in the
 * order of the scorecard, each with the text of each level from 0 (normal) upwards, so that its
 * highest level is known (NEURO-2). A case names the instrument by {@code name}; its {@code neuro}
 * block then has the instrument's keys.
 *
 * <p>This class is stateless and thread-safe.
 */
final class InstrumentReader {

  private static final Fields INSTRUMENT = Fields.of("field", "name", "domains");
  private static final Fields DOMAIN = Fields.of("field", "key", "label", "levels");

  private InstrumentReader() {}

  static Instrument read(String text) {
    try (JsonInput in = JsonInput.of(text)) {
      JsonToken first = in.next();
      if (first != JsonToken.START_OBJECT) {
        String kind = in.kind();
        in.skipValue();
        throw InvalidInputException.of("", null, "an instrument is a JSON object; got " + kind);
      }
      @Nullable String[] name = {null};
      @Nullable Elements<?>[] domains = {null};
      Scan scan =
          INSTRUMENT.scan(
              in,
              field -> {
                if (field == 0) {
                  name[0] = in.text();
                } else {
                  domains[0] = Fields.array(in, () -> readDomain(in));
                }
              });
      in.requireEnd("one instrument per text");
      scan.checkUnknown();
      scan.check(0);
      String given = name[0];
      if (given == null || given.isBlank()) {
        throw InvalidInputException.of(
            "name", given, "is missing; required: the instrument's name");
      }
      scan.check(1);
      Elements<?> list = domains[0];
      if (list == null) {
        throw InvalidInputException.of(
            "domains", null, "is missing; required: the domains, in order");
      }
      list.check();
      ImmutableList.Builder<Domain> all = ImmutableList.builder();
      for (Object domain : list.values()) {
        all.add((Domain) domain);
      }
      return Instrument.of(given, all.build());
    } catch (JsonInput.Syntax e) {
      throw e.error();
    } catch (JsonProcessingException e) {
      throw JsonInput.fromParser(e);
    } catch (IOException e) {
      throw InvalidInputException.of("", null, "not JSON: " + e.getMessage());
    }
  }

  /**
   * A domain's key: a letter, then letters, digits or underscores, as a case's {@code neuro} block
   * names it (case.schema.json accepts no other), so that a path such as {@code
   * followUps[0].neuro.d01} names one field.
   */
  private static String readKey(JsonInput in) throws IOException {
    String key = in.text();
    boolean ok = !key.isEmpty() && isAsciiLetter(key.charAt(0));
    for (int i = 1; ok && i < key.length(); i++) {
      char c = key.charAt(i);
      ok = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }
    if (!ok) {
      throw in.error(
          key,
          "\""
              + Echo.quote(key)
              + "\" is not a domain key; allowed: an ASCII letter, then ASCII letters, digits"
              + " or underscores, e.g. d01 or eyeMovements");
    }
    return key;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Domain readDomain(JsonInput in) throws IOException {
    @Nullable String[] key = {null};
    @Nullable String[] label = {null};
    @Nullable Elements<?>[] levels = {null};
    Scan scan =
        DOMAIN.scan(
            in,
            field -> {
              switch (field) {
                case 0 -> key[0] = readKey(in);
                case 1 -> label[0] = in.text();
                default -> levels[0] = Fields.array(in, in::text);
              }
            });
    scan.checkUnknown();
    scan.check(0);
    String domainKey = key[0];
    if (domainKey == null) {
      throw in.missing("key", "the domain's key in the case format");
    }
    scan.check(1);
    String domainLabel = label[0];
    if (domainLabel == null) {
      throw in.missing("label", "the domain's readable name");
    }
    scan.check(2);
    Elements<?> texts = levels[0];
    if (texts == null) {
      throw in.missing("levels", "the text of each level from 0 (normal) upwards");
    }
    texts.check();
    List<String> list = texts.values().stream().map(String.class::cast).toList();
    return Fields.core(
        in,
        () ->
            Domain.of(
                domainKey,
                domainLabel,
                ImmutableList.copyOf(list),
                "instrument definition",
                false));
  }
}
