package org.rano.cdisc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rano.csf.CsfResult;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.Lano;

/**
 * The sponsor-defined codes that turn SDTM records into RANO-LM scorecards: CDISC has no RANO-LM
 * terms, so the codes of the lesion roles and sites (TU), the target score, diameters and
 * non-target status (TR), CSF cytology (LB) and the ten neurological domains, the steroid dose,
 * parenchymal status, clinical deterioration and "MRI done" (QS) live in a JSON file.
 *
 * <p>The shipped default is the resource {@code org/rano/cdisc/default-mapping.json} ({@link
 * #defaults()}). A mapping file ({@link #read(Path)}) overrides it key by key: each top-level key
 * ({@code baselineVisit}) and each key of the sections {@code TU}, {@code TR}, {@code LB}, {@code
 * QS} given replaces the default's (a table such as {@code QS.domains} is replaced whole); keys
 * left out keep their default. An unknown key, a value of the wrong type, a blank code, a code used
 * twice, a word that is not one of ours or a table of domains that misses one is refused with the
 * JSON path, the value and what is allowed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdtmMapping {

  /** The role of a TU row ({@code TUORRES}/{@code TUSTRESC}). */
  enum Role {
    TARGET,
    NON_TARGET,
    NEW,
    NEW_EQUIVOCAL
  }

  private static final String DEFAULT_RESOURCE = "default-mapping.json";
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final class DefaultsHolder {
    static final SdtmMapping DEFAULTS = loadDefaults();
  }

  final @Nullable String baselineVisit;
  final String tuTestCode;
  final Map<String, Role> roles;
  final Map<String, Site> sites;
  final String trScore;
  final String trLong;
  final String trShort;
  final String trStatus;
  final Map<String, NonTargetStatus> statuses;
  final String lbTestCode;
  final String lbSpec;
  final Map<String, CsfResult> results;
  final String volumeColumn;
  final String qsCat;
  final Map<String, Domain> domains;
  final String attributionColumn;
  final Map<String, Attribution> attributions;
  final String steroids;
  final String parenchymalBrain;
  final String parenchymalSpine;
  final Map<String, ParenchymalStatus> parenchymalStatuses;
  final String clinicalDeterioration;
  final String mriDone;

  private SdtmMapping(Map<String, @Nullable Object> tree, String name) {
    Section root = new Section(name, "$", tree);
    root.allow("baselineVisit", "TU", "TR", "LB", "QS");
    baselineVisit = root.optionalCode("baselineVisit");
    Section tu = root.section("TU");
    tu.allow("TUTESTCD", "roles", "sites");
    tuTestCode = tu.code("TUTESTCD");
    roles = tu.table("roles", SdtmMapping::role);
    sites = tu.table("sites", word -> enumOf(Site.class, word));
    Section tr = root.section("TR");
    tr.allow("score", "longDiameter", "shortDiameter", "nonTargetStatus", "statuses");
    trScore = tr.code("score");
    trLong = tr.code("longDiameter");
    trShort = tr.code("shortDiameter");
    trStatus = tr.code("nonTargetStatus");
    tr.distinct("score", "longDiameter", "shortDiameter", "nonTargetStatus");
    statuses = tr.table("statuses", word -> enumOf(NonTargetStatus.class, word));
    Section lb = root.section("LB");
    lb.allow("LBTESTCD", "LBSPEC", "results", "volumeColumn");
    lbTestCode = lb.code("LBTESTCD");
    lbSpec = lb.code("LBSPEC");
    results = lb.table("results", SdtmMapping::csfResult);
    volumeColumn = lb.code("volumeColumn");
    Section qs = root.section("QS");
    qs.allow(
        "QSCAT",
        "domains",
        "attributionColumn",
        "attributions",
        "steroids",
        "parenchymalBrain",
        "parenchymalSpine",
        "parenchymalStatuses",
        "clinicalDeterioration",
        "mriDone");
    qsCat = qs.code("QSCAT");
    domains = qs.table("domains", SdtmMapping::domain);
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      if (!domains.containsValue(domain)) {
        throw qs.problem(
            "domains",
            domains.values().stream().map(Domain::key).toList().toString(),
            "no code for the domain '"
                + domain.key()
                + "'; allowed: a code for each of "
                + Lano.INSTRUMENT.keys());
      }
    }
    if (Set.copyOf(domains.values()).size() != domains.size()) {
      throw qs.problem("domains", domains.toString(), "two codes for one domain");
    }
    attributionColumn = qs.code("attributionColumn");
    attributions = qs.table("attributions", word -> enumOf(Attribution.class, word));
    steroids = qs.code("steroids");
    parenchymalBrain = qs.code("parenchymalBrain");
    parenchymalSpine = qs.code("parenchymalSpine");
    parenchymalStatuses =
        qs.table("parenchymalStatuses", word -> enumOf(ParenchymalStatus.class, word));
    clinicalDeterioration = qs.code("clinicalDeterioration");
    mriDone = qs.code("mriDone");
    qs.distinct(
        "steroids", "parenchymalBrain", "parenchymalSpine", "clinicalDeterioration", "mriDone");
    for (String key :
        List.of(
            "steroids",
            "parenchymalBrain",
            "parenchymalSpine",
            "clinicalDeterioration",
            "mriDone")) {
      String code = qs.code(key);
      Domain domain = domains.get(code);
      if (domain != null) {
        throw qs.problem(
            key,
            code,
            "the code is also used by "
                + qs.path
                + ".domains (for '"
                + domain.key()
                + "'); allowed: a code of its own");
      }
    }
  }

  /**
   * Obtains the shipped default mapping (the resource {@code default-mapping.json} of this
   * package).
   *
   * @return the default mapping, not null
   */
  public static SdtmMapping defaults() {
    return DefaultsHolder.DEFAULTS;
  }

  /**
   * Reads a mapping file, whose keys override the default's.
   *
   * @param file the JSON file, not null
   * @return the mapping, not null
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the file, the JSON path, the value and what is allowed,
   *     for a file that is not JSON or not a valid mapping
   */
  public static SdtmMapping read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    }
  }

  /**
   * Reads a mapping, whose keys override the default's.
   *
   * @param name the name of the mapping, for messages, not null
   * @param json the JSON text, not null
   * @return the mapping, not null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException naming the JSON path, the value and what is allowed, for text
   *     that is not JSON or not a valid mapping
   */
  public static SdtmMapping read(String name, Reader json) throws IOException {
    Objects.requireNonNull(name, "name");
    Map<String, @Nullable Object> tree = parse(name, json);
    Map<String, @Nullable Object> merged = new LinkedHashMap<>(defaultTree());
    for (Map.Entry<String, @Nullable Object> entry : tree.entrySet()) {
      Object base = merged.get(entry.getKey());
      Object value = entry.getValue();
      if (base instanceof Map<?, ?> baseMap && value instanceof Map<?, ?> valueMap) {
        Map<Object, @Nullable Object> section = new LinkedHashMap<>(baseMap);
        section.putAll(valueMap);
        merged.put(entry.getKey(), section);
      } else {
        merged.put(entry.getKey(), value);
      }
    }
    return new SdtmMapping(merged, name);
  }

  /**
   * The {@code VISIT} of the baseline visit, or empty when the baseline is the visit with the
   * lowest {@code VISITNUM}.
   *
   * @return the visit name, not null
   */
  public Optional<String> baselineVisit() {
    return Optional.ofNullable(baselineVisit);
  }

  /** The first code that maps to a value, for writing. */
  static <T> String codeOf(Map<String, T> table, T value, String what) {
    for (Map.Entry<String, T> entry : table.entrySet()) {
      if (entry.getValue().equals(value)) {
        return entry.getKey();
      }
    }
    throw new IllegalArgumentException(
        "the mapping has no code for the " + what + " " + value + "; add one to write it");
  }

  private static SdtmMapping loadDefaults() {
    try {
      return new SdtmMapping(defaultTree(), DEFAULT_RESOURCE);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("bug: the default mapping is invalid: " + e.getMessage(), e);
    }
  }

  private static Map<String, @Nullable Object> defaultTree() {
    try (InputStream in = SdtmMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bug: the resource " + DEFAULT_RESOURCE + " is missing");
      }
      return parse(DEFAULT_RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("bug: the resource " + DEFAULT_RESOURCE + " is unreadable", e);
    }
  }

  private static Map<String, @Nullable Object> parse(String name, Reader json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(
            name + ": $: not a JSON object; allowed: an object such as {\"QS\": {...}}");
      }
      Map<String, @Nullable Object> tree = object(parser);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException(name + ": $: text after the JSON object");
      }
      return tree;
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(
          name + ": not valid JSON (the mapping is refused): " + e.getOriginalMessage(), e);
    }
  }

  /** Reads an object whose START_OBJECT is the current token. */
  private static Map<String, @Nullable Object> object(JsonParser parser) throws IOException {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonToken token = parser.nextToken();
      Object value;
      if (token == JsonToken.START_OBJECT) {
        value = object(parser);
      } else if (token == JsonToken.VALUE_STRING) {
        value = parser.getText();
      } else if (token == JsonToken.VALUE_NULL) {
        value = null;
      } else {
        if (token == JsonToken.START_ARRAY) {
          parser.skipChildren();
          value = new Other("[...]");
        } else {
          value = new Other(parser.getText());
        }
      }
      map.put(key, value);
    }
    return map;
  }

  /** A JSON value that is neither an object, a string nor null: refused where it is read. */
  private record Other(String text) {}

  private static Role role(String word) {
    return enumOf(Role.class, word);
  }

  private static CsfResult csfResult(String word) {
    CsfResult result = enumOf(CsfResult.class, word);
    if (result == CsfResult.NOT_DONE) {
      throw new IllegalArgumentException(
          "allowed: POSITIVE, EQUIVOCAL, NEGATIVE (NOT_DONE is LBSTAT)");
    }
    return result;
  }

  private static Domain domain(String key) {
    return Lano.INSTRUMENT
        .domain(key)
        .orElseThrow(
            () -> new IllegalArgumentException("allowed: one of " + Lano.INSTRUMENT.keys()));
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String word) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(word)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(
        "allowed: one of "
            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  /** One JSON object of the mapping, with its path, for reading keys with clear errors. */
  private static final class Section {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private final String name;
    private final String path;
    private final Map<?, ? extends @Nullable Object> values;

    Section(String name, String path, Map<?, ? extends @Nullable Object> values) {
      this.name = name;
      this.path = path;
      this.values = values;
    }

    void allow(String... keys) {
      Set<String> allowed = Set.of(keys);
      for (Object key : values.keySet()) {
        if (!allowed.contains(String.valueOf(key))) {
          throw problem(
              String.valueOf(key),
              String.valueOf(key),
              "unknown key; allowed: " + String.join(", ", keys));
        }
      }
    }

    Section section(String key) {
      Object value = values.get(key);
      if (value instanceof Map<?, ?> map) {
        return new Section(name, path + "." + key, map);
      }
      throw problem(key, shown(value), "allowed: an object");
    }

    String code(String key) {
      String code = optionalCode(key);
      if (code == null) {
        throw problem(key, "null", "allowed: a non-blank string");
      }
      return code;
    }

    @Nullable String optionalCode(String key) {
      Object value = values.get(key);
      if (value == null) {
        return null;
      }
      if (value instanceof String text && !text.isBlank()) {
        return text;
      }
      throw problem(key, shown(value), "allowed: a non-blank string");
    }

    void distinct(String... keys) {
      Map<String, String> seen = new HashMap<>();
      for (String key : keys) {
        String code = code(key);
        String before = seen.put(code, key);
        if (before != null) {
          throw problem(key, code, "the code is also used by " + path + "." + before);
        }
      }
    }

    <T> Map<String, T> table(String key, Function<String, T> word) {
      Section table = section(key);
      Map<String, T> map = new LinkedHashMap<>();
      for (Map.Entry<?, ? extends @Nullable Object> entry : table.values.entrySet()) {
        String code = String.valueOf(entry.getKey());
        if (code.isBlank()) {
          throw table.problem(code, code, "a blank code; allowed: a non-blank string");
        }
        Object value = entry.getValue();
        if (!(value instanceof String text)) {
          throw table.problem(code, shown(value), "allowed: a string");
        }
        try {
          map.put(code, word.apply(text));
        } catch (IllegalArgumentException e) {
          throw table.problem(code, text, String.valueOf(e.getMessage()));
        }
      }
      if (map.isEmpty()) {
        throw problem(key, "{}", "an empty table; allowed: at least one code");
      }
      return java.util.Collections.unmodifiableMap(map);
    }

    IllegalArgumentException problem(String key, String value, String message) {
      String at = NAME.matcher(key).matches() ? path + "." + key : path + "[\"" + key + "\"]";
      return new IllegalArgumentException(name + ": " + at + ": '" + value + "': " + message);
    }

    private static String shown(@Nullable Object value) {
      if (value == null) {
        return "null";
      }
      if (value instanceof Other other) {
        return other.text();
      }
      if (value instanceof Map<?, ?>) {
        return "{...}";
      }
      return String.valueOf(value);
    }
  }
}
