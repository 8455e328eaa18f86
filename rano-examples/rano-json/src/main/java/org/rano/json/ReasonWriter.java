package org.rano.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rano.Fact;
import org.rano.Reason;
import org.rano.ReasonKind;
import org.rano.Response;
import org.rano.RuleId;

/**
 * Writes reasons twice, in the same order: in English as an array of strings, and as values ({@code
 * {"rule":...,"kind":...,"facts":{...}}}) in a second array.
 *
 * <p>On one line it keeps the JSON of what it wrote for the next time: a reason is a value, and the
 * time points of a cohort repeat a few thousand of them (20,000 generated cases give 361,509
 * reasons of time points, 2,138 of them distinct). Rendering a reason's English text and writing
 * its facts is most of the cost of writing a result; copying bytes kept is not. Reasons of a kind
 * that has a date or a free-text note among its facts are not kept: they seldom repeat (200,000
 * generated cases give 3,530,736 reasons of time points, 6,116 of them distinct, most of those seen
 * once with a date), and a note has no length limit. Nor is a reason whose text is longer than
 * {@value #MAX_TEXT} characters or whose value is longer than {@value #MAX_VALUE} (a long lesion
 * id): so an entry holds at most a few kilobytes, and the cache a few tens of megabytes at worst.
 *
 * <p>The cache is two-way set-associative: a reason's hash picks one of {@value #SETS} sets of two
 * slots; a reason that misses goes into the first slot, and what the first slot held moves to the
 * second. So it never holds more than twice {@value #SETS} reasons, and a reason seen again soon
 * stays.
 *
 * <p>Thread-safe without locks: an entry is immutable, its parts made before it, so a thread that
 * reads a slot another has just written sees the whole entry, the one before or none; a miss only
 * costs writing the reason again. What is kept is what the generator writes for the reason, which
 * {@code ReasonWriterTest} checks against writing every reason afresh.
 */
final class ReasonWriter {

  /** The number of sets of two slots: a power of two. */
  static final int SETS = 1 << 12;

  /** The longest text of a reason that is kept, in characters. */
  static final int MAX_TEXT = 320;

  /** The longest value of a reason (its JSON object) that is kept, in characters. */
  static final int MAX_VALUE = 640;

  private static final SerializedString RULE = new SerializedString("rule");
  private static final SerializedString KIND = new SerializedString("kind");
  private static final SerializedString FACTS = new SerializedString("facts");

  /**
   * One reason with its JSON: the text as a JSON string (quotes and escapes included) and the value
   * as a JSON object; both null when the reason is written afresh (see {@link #entry}).
   */
  private record Entry(
      Reason reason, @Nullable SerializedString text, @Nullable SerializedString value) {}

  private final JsonFactory factory;
  private final EnumMap<RuleId, SerializedString> ruleIds;
  private final EnumMap<ReasonKind, SerializedString> kinds;
  private final EnumMap<Fact, SerializedString> factKeys;

  /** What each slot holds, null until a reason first lands in it: set i is slots 2i and 2i+1. */
  private final @Nullable Entry[] slots = new Entry[2 * SETS];

  /** The kinds whose reasons are kept: those without a date or a note among their facts. */
  private final EnumSet<ReasonKind> kept;

  /**
   * Obtains a writer.
   *
   * @param factory the result's generator factory, which makes the generators of kept JSON too
   * @param ruleIds the words of rule IDs
   * @param kinds the words of reason kinds
   * @param factKeys the keys of facts
   */
  ReasonWriter(
      JsonFactory factory,
      EnumMap<RuleId, SerializedString> ruleIds,
      EnumMap<ReasonKind, SerializedString> kinds,
      EnumMap<Fact, SerializedString> factKeys) {
    this.factory = factory;
    this.ruleIds = ruleIds;
    this.kinds = kinds;
    this.factKeys = factKeys;
    this.kept = EnumSet.noneOf(ReasonKind.class);
    for (ReasonKind kind : ReasonKind.values()) {
      if (kind.facts().stream()
          .noneMatch(fact -> fact.type() == LocalDate.class || fact == Fact.NOTE)) {
        kept.add(kind);
      }
    }
  }

  /**
   * Writes the reasons under two names.
   *
   * @param json the generator
   * @param texts the name of the array of texts
   * @param values the name of the array of values
   * @param reasons the reasons
   * @param keep true to use and fill the cache: only on one line (the generator has no pretty
   *     printer), and for reasons that repeat across cases (those of time points)
   * @throws IOException if the generator fails
   */
  void write(
      JsonGenerator json,
      SerializedString texts,
      SerializedString values,
      List<Reason> reasons,
      boolean keep)
      throws IOException {
    if (keep && !reasons.isEmpty()) {
      writeKept(json, texts, values, reasons);
      return;
    }
    json.writeFieldName(texts);
    json.writeStartArray();
    for (Reason reason : reasons) {
      json.writeString(reason.text());
    }
    json.writeEndArray();
    json.writeFieldName(values);
    json.writeStartArray();
    for (Reason reason : reasons) {
      writeValue(json, reason);
    }
    json.writeEndArray();
  }

  private void writeKept(
      JsonGenerator json, SerializedString texts, SerializedString values, List<Reason> reasons)
      throws IOException {
    int size = reasons.size();
    Entry[] entries = new Entry[size];
    for (int i = 0; i < size; i++) {
      entries[i] = entry(reasons.get(i));
    }
    json.writeFieldName(texts);
    json.writeStartArray();
    for (Entry entry : entries) {
      SerializedString text = entry.text();
      if (text != null) {
        json.writeRawValue(text);
      } else {
        json.writeString(entry.reason().text());
      }
    }
    json.writeEndArray();
    json.writeFieldName(values);
    json.writeStartArray();
    for (Entry entry : entries) {
      SerializedString value = entry.value();
      if (value != null) {
        json.writeRawValue(value);
      } else {
        writeValue(json, entry.reason());
      }
    }
    json.writeEndArray();
  }

  /**
   * The entry kept for a reason, or a new one made: kept unless the reason is too long (a reason of
   * a kind that is never kept, or with a surrogate, gets an entry without JSON, written afresh).
   */
  private Entry entry(Reason reason) throws IOException {
    if (!kept.contains(reason.kind())) {
      return new Entry(reason, null, null);
    }
    int first = firstSlot(reason);
    Entry one = slots[first];
    if (one != null && one.reason().equals(reason)) {
      return one;
    }
    Entry two = slots[first + 1];
    if (two != null && two.reason().equals(reason)) {
      return two;
    }
    String text = reason.text();
    if (!withoutSurrogates(text)) {
      return new Entry(reason, null, null);
    }
    SerializedString value = json(json -> writeValue(json, reason));
    Entry made = new Entry(reason, json(json -> json.writeString(text)), value);
    // what is too long is written from the JSON just made, once, and not kept
    if (text.length() <= MAX_TEXT && value.getValue().length() <= MAX_VALUE) {
      slots[first + 1] = one;
      slots[first] = made;
    }
    return made;
  }

  /** The first of the two slots of a reason's set. */
  private static int firstSlot(Reason reason) {
    int hash = reason.hashCode();
    return ((hash ^ (hash >>> 16)) & (SETS - 1)) << 1;
  }

  /**
   * Whether the cache holds a reason now: for tests, which check that what should be kept is and
   * what should not is not.
   *
   * @param reason the reason
   * @return true when one of its set's slots holds it
   */
  boolean holds(Reason reason) {
    int first = firstSlot(reason);
    for (int i = first; i < first + 2; i++) {
      Entry entry = slots[i];
      if (entry != null && entry.reason().equals(reason)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a reason's text has no surrogate (an id's character beyond the Basic Multilingual
   * Plane): one with a surrogate is written afresh, so that copied bytes never depend on how a
   * generator encodes one.
   */
  private static boolean withoutSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** What a body writes to memory, on one line, with the result's generator. */
  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private SerializedString json(Body body) throws IOException {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator json = factory.createGenerator(out)) {
      body.write(json);
    }
    SerializedString written = new SerializedString(out.toString());
    // encoded now, so that the entry made after it publishes the bytes with it
    written.asUnquotedUTF8();
    return written;
  }

  /** One reason as a value: its rule, its kind and its facts. */
  private void writeValue(JsonGenerator json, Reason reason) throws IOException {
    json.writeStartObject();
    json.writeFieldName(RULE);
    json.writeString(ruleIds.get(reason.rule()));
    json.writeFieldName(KIND);
    json.writeString(kinds.get(reason.kind()));
    json.writeFieldName(FACTS);
    json.writeStartObject();
    reason.forEachFact(
        (fact, value) -> {
          json.writeFieldName(factKeys.get(fact));
          writeFact(json, value);
        });
    json.writeEndObject();
    json.writeEndObject();
  }

  /** A fact's value by its type ({@link Fact#type()}). */
  private void writeFact(JsonGenerator json, Object value) throws IOException {
    if (value instanceof Integer number) {
      json.writeNumber(number);
    } else if (value instanceof BigDecimal number) {
      json.writeNumber(number.toPlainString());
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof RuleId rule) {
      json.writeString(ruleIds.get(rule));
    } else if (value instanceof Response response) {
      json.writeString(response.code());
    } else if (value instanceof Enum<?> constant) {
      json.writeString(constant.name());
    } else {
      json.writeString(value.toString()); // a LocalDate (ISO) or a String
    }
  }
}
