package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;

/**
 * {@link CaseFormat#read(String)} and {@link CaseFormat#read(byte[], int, int)} parse without
 * Jackson's search for duplicate keys (the objects read find them), the second from the UTF-8 bytes
 * with Jackson's byte parser, and read a rejected text again strictly. These tests hold both to the
 * strict reading: for every text, all accept it with the same case (the same result, byte for byte)
 * or all reject it with the same id, path and message.
 *
 * <p>The texts: the 400 conformance cases, the generated cohort, and seeded variants of them made
 * to meet what differs between the two parsers: a key given twice in each object in turn (the byte
 * path finds duplicates itself), a byte-order mark, NUL bytes and whitespace at the start (the byte
 * parser would guess an encoding from them), ids and lesion names beyond ASCII and beyond the Basic
 * Multilingual Plane, escaped lone surrogates, control characters, and dates of every shape.
 */
class BytesAgreeWithTextTest {

  private static final CaseFormat FORMAT = CaseFormat.withDefaults();

  /** The reference: the reader with Jackson's own search for duplicate keys. */
  private static final CaseReader STRICT =
      new CaseReader(
          org.rano.Criteria.defaults(),
          Map.of(org.rano.neuro.Lano.INSTRUMENT.name(), org.rano.neuro.Lano.INSTRUMENT));

  private static final JsonFactory JSON = JsonMapper.builder().build().getFactory();
  private static final long SEED = 0xB17E5_2026L;

  private static List<String> seeds() {
    List<String> seeds = new ArrayList<>();
    seeds.addAll(Schemas.lines(Schemas.TEST_RESOURCES.resolve("spec/conformance/cases.ndjson")));
    seeds.addAll(Schemas.lines(Schemas.TEST_RESOURCES.resolve("generated/cohort-seed1.ndjson")));
    return seeds;
  }

  @Test
  void everySeedCase_readsAlikeFromBytesAndFromText() {
    List<String> seeds = seeds();
    assertThat(seeds).hasSizeGreaterThan(400);
    int accepted = 0;
    for (String seed : seeds) {
      accepted += agree(seed) ? 1 : 0;
    }
    // Conformance cases are valid; the check above compares rejected ones too.
    assertThat(accepted).isGreaterThan(400);
  }

  @Test
  void aKeyGivenTwice_inAnyObject_isRejectedAlike() {
    Random random = new Random(SEED);
    List<String> seeds = seeds();
    for (int i = 0; i < 600; i++) {
      JsonNode tree = Schemas.parse(seeds.get(random.nextInt(seeds.size())));
      int objects = countObjects(tree);
      String twice = withFirstKeyTwice(tree, random.nextInt(objects));
      assertThat(agree(twice)).as(twice).isFalse();
    }
  }

  @Test
  void aNeuroDomainGivenTwice_isRejectedAlike() {
    String line =
        Schemas.lines(Schemas.TEST_RESOURCES.resolve("generated/cohort-seed1.ndjson")).get(0);
    String twice = line.replaceFirst("\"neuro\":\\{", "\"neuro\":{\"gait\":0,");
    assertThat(twice).isNotEqualTo(line);
    assertThat(agree(twice)).isFalse();
    assertThatThrownBy(() -> FORMAT.read(twice))
        .isInstanceOf(CaseRejection.class)
        .hasMessageContaining("gait");
  }

  @Test
  void startsThatTheByteParserWouldTakeForAnotherEncoding_readAlike() {
    String seed =
        Schemas.lines(Schemas.TEST_RESOURCES.resolve("spec/conformance/cases.ndjson")).get(0);
    for (String start : List.of("\uFEFF", "\u0000", "\u0000\u0000", " ", "\t\r", "\u00a0")) {
      agree(start + seed);
    }
    // "{" then a NUL: Jackson would guess UTF-16 from the pattern of zero bytes
    agree("{\u0000\"id\":\"x\"}");
    agree("{}");
    agree("");
    agree("[]");
    agree("{\"id\"");
  }

  @Test
  void textBeyondAscii_readsAlike() {
    Random random = new Random(SEED + 1);
    List<String> seeds = seeds();
    String[] ids = {
      "é",
      "Müller-7",
      "患者-1",
      "\uD83D\uDE00",
      "a\\ud800",
      "\\udc00b",
      "\\u0000",
      "tab\\there",
      "\u2028",
      "\u202e",
      "x".repeat(300)
    };
    for (int i = 0; i < 300; i++) {
      String seed = seeds.get(random.nextInt(seeds.size()));
      String id = ids[random.nextInt(ids.length)];
      String changed =
          random.nextBoolean()
              ? seed.replaceFirst(
                  "\"id\":\"[^\"]*\"", Matcher.quoteReplacement("\"id\":\"" + id + "\""))
              : seed.replaceFirst(
                  "\"id\":\"T1\"", Matcher.quoteReplacement("\"id\":\"" + id + "\""));
      agree(changed);
    }
  }

  @Test
  void datesOfEveryShape_readAlike() {
    String seed =
        Schemas.lines(Schemas.TEST_RESOURCES.resolve("generated/cohort-seed1.ndjson")).get(0);
    String[] dates = {
      "2024-02-29",
      "2023-02-29",
      "2026-04-31",
      "2026-04-30",
      "0000-01-01",
      "9999-12-31",
      "2026-00-10",
      "2026-13-01",
      "2026-01-00",
      "+12026-01-05",
      "2026-1-05",
      "2026-01-5",
      "２０２６-01-05",
      "2026/01/05",
      "2026-01-05T00:00",
      " 2026-01-05",
      "2026-01-05 ",
      "-2026-01-05",
      "2026-01-32",
      "1900-02-29",
      "2000-02-29"
    };
    for (String date : dates) {
      agree(seed.replaceFirst("\"date\":\"[^\"]*\"", "\"date\":\"" + date + "\""));
    }
  }

  @Test
  void bytesThatAreNotUtf8_areRejectedAtTheRoot() {
    byte[][] bad = {
      {'{', (byte) 0xC0, (byte) 0xAF, '}'}, // overlong '/'
      {'{', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '}'}, // a surrogate encoded
      {'{', (byte) 0xE2, (byte) 0x82, '}'}, // truncated
      {'{', (byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80, '}'}, // beyond U+10FFFF
      {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0} // a UTF-16 byte-order mark
    };
    for (byte[] bytes : bad) {
      assertThatThrownBy(() -> FORMAT.read(bytes, 0, bytes.length))
          .isInstanceOfSatisfying(
              CaseRejection.class,
              e -> {
                assertThat(e.path()).isEmpty();
                assertThat(e.problem()).isEqualTo("not JSON: the text is not valid UTF-8");
                assertThat(e.caseId()).isEmpty();
              });
    }
  }

  @Test
  void aRangeOfAnArray_isReadWithoutTheBytesAroundIt() {
    String seed =
        Schemas.lines(Schemas.TEST_RESOURCES.resolve("spec/conformance/cases.ndjson")).get(3);
    byte[] case3 = seed.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[case3.length + 20];
    java.util.Arrays.fill(padded, (byte) '}');
    System.arraycopy(case3, 0, padded, 7, case3.length);
    assertThat(FORMAT.read(padded, 7, case3.length)).isEqualTo(FORMAT.read(seed));
    assertThatThrownBy(() -> FORMAT.read(padded, 7, padded.length))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void resultsWrittenAsBytes_areTheTextsEncodedAsUtf8() throws IOException {
    for (String id : List.of("plain", "é", "患者", "\uD83D\uDE00 astral", "quote\" back\\")) {
      String seed =
          Schemas.lines(Schemas.TEST_RESOURCES.resolve("generated/cohort-seed1.ndjson")).get(2);
      String json =
          seed.replaceFirst("\"id\":\"[^\"]*\"", Matcher.quoteReplacement("\"id\":" + quote(id)));
      for (CaseFormat format : List.of(FORMAT, FORMAT.withIndentation(true))) {
        CaseAssessment result = format.read(json).assess();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.write(result, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(format.write(result));
      }
    }
  }

  @Test
  void datesOfEveryWidthOfYear_areWrittenAsIsoText() throws IOException {
    for (String year : List.of("0000", "0005", "0999", "1999", "9999")) {
      String json =
          "{\"id\":\"d\",\"referenceDate\":\""
              + year
              + "-01-01\",\"responses\":[{\"date\":\""
              + year
              + "-02-03\",\"response\":\"PR\"},{\"date\":\""
              + year
              + "-12-31\",\"response\":\"PD\"}]}";
      CaseAssessment result = FORMAT.read(json).assess();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      FORMAT.write(result, bytes);
      JsonNode written = Schemas.parse(bytes.toString(StandardCharsets.UTF_8));
      assertThat(written.at("/timepoints/0/date").asText()).isEqualTo(year + "-02-03");
      assertThat(written.at("/timepoints/1/date").asText()).isEqualTo(year + "-12-31");
      assertThat(written.at("/progression/date").asText()).isEqualTo(year + "-12-31");
      assertThat(
              written.at("/bestOverallResponse/date").isNull()
                  || written.at("/bestOverallResponse/date").asText().startsWith(year))
          .isTrue();
    }
  }

  @Test
  void criteriaWrittenOnce_areWrittenAgainWhenTheyChange() {
    String json =
        "{\"id\":\"c\",\"referenceDate\":\"2026-01-01\",\"responses\":"
            + "[{\"date\":\"2026-02-03\",\"response\":\"PR\"}]}";
    CaseAssessment plain = FORMAT.read(json).assess();
    CaseFormat other =
        CaseFormat.withCriteria(org.rano.Criteria.defaults().withConfirmationDays(42));
    CaseAssessment changed = other.read(json).assess();
    for (int i = 0; i < 3; i++) {
      assertThat(Schemas.parse(FORMAT.write(plain)).at("/criteria/confirmationDays").asInt())
          .isNotEqualTo(42);
      assertThat(Schemas.parse(FORMAT.write(changed)).at("/criteria/confirmationDays").asInt())
          .isEqualTo(42);
    }
    assertThat(FORMAT.withIndentation(true).write(changed)).contains("\"confirmationDays\": 42");
  }

  // ------------------------------------------------------------------------------------ helpers

  /**
   * Reads a text both ways and checks that they agree.
   *
   * @return true when the text was accepted
   */
  private static boolean agree(String text) {
    boolean accepted = agree(text, FORMAT::read);
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (Echo.loneSurrogate(text) >= 0) {
      // A raw lone surrogate has no UTF-8: getBytes wrote '?', so the texts differ; both are
      // rejected all the same (the ids that may hold one are checked).
      return accepted;
    }
    assertThat(agree(text, ignored -> FORMAT.read(utf8, 0, utf8.length))).isEqualTo(accepted);
    return accepted;
  }

  /**
   * Reads a text one way and strictly (Jackson's own search for duplicate keys, the reading whose
   * errors are the format's), and checks that they agree.
   *
   * @return true when the text was accepted
   */
  private static boolean agree(String text, java.util.function.Function<String, CaseInput> way) {
    @Nullable CaseInput strict = null;
    @Nullable CaseRejection strictRejection = null;
    try {
      strict = STRICT.readStrictly(text);
    } catch (CaseRejection e) {
      strictRejection = e;
    }
    @Nullable CaseInput read = null;
    @Nullable CaseRejection rejection = null;
    try {
      read = way.apply(text);
    } catch (CaseRejection e) {
      rejection = e;
    }
    if (strict != null) {
      assertThat(rejection).as("rejected what the strict reader accepted: %s", text).isNull();
      CaseInput same = java.util.Objects.requireNonNull(read);
      assertThat(same).as(text).isEqualTo(strict);
      assertThat(FORMAT.write(same.assess())).isEqualTo(FORMAT.write(strict.assess()));
      return true;
    }
    assertThat(rejection).as("accepted what the strict reader rejected: %s", text).isNotNull();
    CaseRejection got = java.util.Objects.requireNonNull(rejection);
    CaseRejection expected = java.util.Objects.requireNonNull(strictRejection);
    assertThat(got.caseId()).as(text).isEqualTo(expected.caseId());
    assertThat(got.path()).as(text).isEqualTo(expected.path());
    assertThat(got.problem()).as(text).isEqualTo(expected.problem());
    return false;
  }

  private static String quote(String text) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static int countObjects(JsonNode node) {
    int count = node.isObject() ? 1 : 0;
    for (JsonNode child : node) {
      count += countObjects(child);
    }
    return count;
  }

  /** The tree as JSON text, with the first key of its n-th object (in document order) twice. */
  private static String withFirstKeyTwice(JsonNode tree, int n) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(json, tree, new int[] {n});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator json, JsonNode node, int[] countdown) throws IOException {
    if (node.isObject()) {
      boolean twice = countdown[0]-- == 0;
      json.writeStartObject();
      Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
      boolean first = true;
      if (!fields.hasNext() && twice) {
        // an empty object: give it one key twice
        json.writeNumberField("twice", 1);
        json.writeNumberField("twice", 1);
      }
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        json.writeFieldName(field.getKey());
        write(json, field.getValue(), countdown);
        if (first && twice) {
          json.writeFieldName(field.getKey());
          write(json, field.getValue(), new int[] {-1});
        }
        first = false;
      }
      json.writeEndObject();
    } else if (node.isArray()) {
      json.writeStartArray();
      for (JsonNode element : node) {
        write(json, element, countdown);
      }
      json.writeEndArray();
    } else {
      json.writeTree(node);
    }
  }
}
