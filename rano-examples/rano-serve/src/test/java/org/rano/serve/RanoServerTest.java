package org.rano.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.Policy;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;
import org.rano.json.CaseRejection;
import org.rano.json.DiagnosisInput;

/**
 * The API over HTTP against a server on an ephemeral port: every endpoint, every error status, and
 * answers identical to rano-json's (the command's) for the example cases. After every bad request
 * the test checks that the server still answers.
 */
class RanoServerTest {

  static final Path CASES = Path.of("../examples/cases");
  static final CaseFormat FORMAT = CaseFormat.withDefaults();

  private RanoServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    server = RanoServer.builder().port(0).maxBodyBytes(64 * 1024).build().start();
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ZERO);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String type, byte[] body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", type)
            .POST(BodyPublishers.ofByteArray(body))
            .build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
    return post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  /** The server still answers: a bad request stopped nothing. */
  void assertStillAnswers() throws IOException, InterruptedException {
    assertThat(get("/healthz").statusCode()).isEqualTo(200);
    HttpResponse<String> scored = post("/v1/score", read("cr.json"));
    assertThat(scored.statusCode()).isEqualTo(200);
  }

  static String read(String file) throws IOException {
    return Files.readString(CASES.resolve(file), StandardCharsets.UTF_8);
  }

  static String expected(String text) {
    return FORMAT.write(FORMAT.read(text).assess());
  }

  static Stream<String> validCases() {
    return Stream.of(
        "cr.json",
        "ne.json",
        "pd-neuro.json",
        "pr-confirmed.json",
        "sd.json",
        "sequence.json",
        "lano2019.json");
  }

  // ------------------------------------------------------------------------------------ score

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void score_exampleCase_isTheCommandsResult(String file) throws IOException, InterruptedException {
    String text = read(file);

    HttpResponse<String> response = post("/v1/score", text);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(expected(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "Application/JSON; charset=\"utf-8\""
      })
  void score_jsonWithUtf8Charset_isAccepted(String type) throws IOException, InterruptedException {
    String text = read("sd.json");

    HttpResponse<String> response = post("/v1/score", type, text.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected(text));
  }

  @Test
  void score_invalidExample_is422_withTheFormatsErrorRecord()
      throws IOException, InterruptedException {
    String text = read("invalid.json");
    CaseRejection rejection = rejectionOf(text);
    StringBuilder record = new StringBuilder();
    FORMAT.write(rejection, record);

    HttpResponse<String> response = post("/v1/score", text);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo(record.toString());
    assertThat(response.body()).contains("\"id\":\"EX-INVALID\"").contains("\"path\":");
    assertStillAnswers();
  }

  private static CaseRejection rejectionOf(String text) {
    try {
      CaseInput input = FORMAT.read(text);
      try {
        input.assess();
      } catch (InvalidInputException e) {
        return CaseRejection.of(input.id().orElse(null), e);
      }
    } catch (CaseRejection e) {
      return e;
    }
    throw new AssertionError("the case was not rejected: " + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"id\": }", "not json", "", "{\"id\": \"X\"} trailing"})
  void score_malformedJson_is400_atPathEmpty(String body) throws IOException, InterruptedException {
    HttpResponse<String> response = post("/v1/score", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{").contains("\"path\":\"\"").contains("not JSON");
    assertStillAnswers();
  }

  @Test
  void score_invalidUtf8_is400() throws IOException, InterruptedException {
    byte[] body = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'};

    HttpResponse<String> response = post("/v1/score", "application/json", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid UTF-8");
    assertStillAnswers();
  }

  @Test
  void score_jsonArray_is422_becauseItIsJsonOfTheWrongShape()
      throws IOException, InterruptedException {
    HttpResponse<String> response = post("/v1/score", "[1, 2]");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"error\"");
  }

  @Test
  void score_fieldError_is422_naming_theFieldPath() throws IOException, InterruptedException {
    String text = read("cr.json").replaceFirst("\"gait\": 0", "\"gait\": 9");

    HttpResponse<String> response = post("/v1/score", text);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("\"id\":\"EX-CR\"")
        .contains(".neuro.gait\"")
        .contains("level 9 is out of range");
    assertStillAnswers();
  }

  @Test
  void score_bodyOverTheLimit_withContentLength_is413() throws IOException, InterruptedException {
    byte[] body = new byte[64 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) ' ');

    HttpResponse<String> response = post("/v1/score", "application/json", body);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("longer than 65536 bytes");
    assertStillAnswers();
  }

  @Test
  void score_bodyOverTheLimit_chunked_is413() throws IOException, InterruptedException {
    byte[] body = new byte[64 * 1024 + 100];
    java.util.Arrays.fill(body, (byte) ' ');
    HttpRequest request =
        HttpRequest.newBuilder(uri("/v1/score"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
            .build();

    HttpResponse<String> response = client.send(request, BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertStillAnswers();
  }

  @Test
  void score_bodyExactlyAtTheLimit_isRead() throws IOException, InterruptedException {
    String text = read("cr.json");
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < 64 * 1024) {
      padded.append(' ');
    }

    HttpResponse<String> response = post("/v1/score", padded.toString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"text/plain", "application/json; charset=iso-8859-1", "application/x-ndjson"})
  void score_otherContentType_is415(String type) throws IOException, InterruptedException {
    HttpResponse<String> response =
        post("/v1/score", type, read("cr.json").getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("application/json");
    assertStillAnswers();
  }

  @Test
  void score_get_is405_withAllow() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/v1/score");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    assertThat(response.body()).contains("\"error\"").contains("GET");
    assertStillAnswers();
  }

  @Test
  void unknownPath_is404_asJson() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/v2/score");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body())
        .isEqualTo(
            "{\"id\":null,\"error\":{\"path\":\"\",\"message\":\"no such path \\\"/v2/score\\\"; see"
                + " /openapi.json\"}}");
    assertStillAnswers();
  }

  @Test
  void postOnAGetPath_is405_withAllowGet() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/v1/criteria", "{}");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET");
  }

  // ------------------------------------------------------------------------------------ batch

  @Test
  void batch_cohort_isTheCommandsNdjson() throws IOException, InterruptedException {
    String text = read("cohort.ndjson") + "\n   \n" + read("invalid.json").replace('\n', ' ');
    StringBuilder expected = new StringBuilder();
    FORMAT.scoreLines(new StringReader(text), expected);

    HttpResponse<String> response =
        post("/v1/score/batch", "application/x-ndjson", text.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
    assertThat(response.body()).isEqualTo(expected.toString());
    assertThat(response.body().lines()).hasSize(7);
  }

  /** The specification's conformance cases (the project's copy, in rano-json's test resources). */
  private static final Path CONFORMANCE =
      Path.of("../rano-json/src/test/resources/spec/conformance/cases.ndjson");

  /**
   * Every conformance case of the specification, valid or not, through {@code /v1/score/batch} at
   * once and through {@code /v1/score} one by one: the command's lines (rano-json's {@code
   * scoreLines}, which {@code rano score --ndjson} writes), 200 for a scored case and 422 for a
   * rejected one.
   */
  @Test
  void conformanceCases_batchAndOneByOne_areTheCommandsLines()
      throws IOException, InterruptedException {
    String text = Files.readString(CONFORMANCE, StandardCharsets.UTF_8);
    StringBuilder expected = new StringBuilder();
    FORMAT.scoreLines(new StringReader(text), expected);

    HttpResponse<String> batch =
        post("/v1/score/batch", "application/x-ndjson", text.getBytes(StandardCharsets.UTF_8));
    assertThat(batch.statusCode()).isEqualTo(200);
    assertThat(batch.body()).isEqualTo(expected.toString());

    List<String> cases = text.lines().filter(line -> !line.isBlank()).toList();
    List<String> lines = expected.toString().lines().toList();
    assertThat(cases).hasSize(lines.size()).hasSizeGreaterThan(390);
    int scored = 0;
    for (int i = 0; i < cases.size(); i++) {
      HttpResponse<String> one = post("/v1/score", cases.get(i));
      boolean rejected = lines.get(i).contains("\"error\":{");
      assertThat(one.statusCode()).as("case %s", i + 1).isEqualTo(rejected ? 422 : 200);
      assertThat(one.body()).as("case %s", i + 1).isEqualTo(lines.get(i));
      scored += rejected ? 0 : 1;
    }
    assertThat(scored).as("conformance cases scored").isGreaterThan(300);
  }

  @Test
  void batch_lineOverTheLimit_givesAnErrorRecord_andTheStreamGoesOn()
      throws IOException, InterruptedException {
    String good = read("cr.json").replace('\n', ' ');
    String text = good + "\n" + "x".repeat(64 * 1024 + 1) + "\n" + good + "\n";

    HttpResponse<String> response =
        post("/v1/score/batch", "application/x-ndjson", text.getBytes(StandardCharsets.UTF_8));

    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo(expected(good));
    assertThat(lines.get(1)).contains("the line is longer than 65536 bytes");
    assertThat(lines.get(2)).isEqualTo(expected(good));
  }

  @Test
  void batch_lastLineWithoutNewline_isScored() throws IOException, InterruptedException {
    String good = read("sd.json").replace('\n', ' ');

    HttpResponse<String> response =
        post("/v1/score/batch", "application/x-ndjson", good.getBytes(StandardCharsets.UTF_8));

    assertThat(response.body()).isEqualTo(expected(good) + "\n");
  }

  @Test
  void batch_json_is415() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/v1/score/batch", read("cr.json"));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("application/x-ndjson");
    assertStillAnswers();
  }

  // --------------------------------------------------------------------------------- classify

  @Test
  void classify_example_isTheCommandsClassification() throws IOException, InterruptedException {
    String text = read("classify.json");
    DiagnosisInput input = FORMAT.readDiagnosis(text);
    StringBuilder expected = new StringBuilder();
    FORMAT.writeDiagnosis(input.id().orElse(null), input.classify(), expected);

    HttpResponse<String> response = post("/v1/classify", text);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected.toString());
  }

  @Test
  void classify_everyLineOfTheExamples_isTheCommandsClassification()
      throws IOException, InterruptedException {
    for (String line : read("classify.ndjson").lines().toList()) {
      DiagnosisInput input = FORMAT.readDiagnosis(line);
      StringBuilder expected = new StringBuilder();
      FORMAT.writeDiagnosis(input.id().orElse(null), input.classify(), expected);

      assertThat(post("/v1/classify", line).body()).isEqualTo(expected.toString());
    }
  }

  @Test
  void classify_missingField_is422_naming_it() throws IOException, InterruptedException {
    HttpResponse<String> response =
        post("/v1/classify", "{\"id\": \"DX-9\", \"cytology\": \"POSITIVE\"}");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"id\":\"DX-9\"");
  }

  @Test
  void classify_malformed_is400() throws IOException, InterruptedException {
    HttpResponse<String> response = post("/v1/classify", "{\"id\": ");

    assertThat(response.statusCode()).isEqualTo(400);
    assertStillAnswers();
  }

  // ----------------------------------------------------------------------- criteria and health

  @Test
  void criteria_listsEveryPolicy_withItsRuleDefaultAndAllowedValues()
      throws IOException, InterruptedException {
    HttpResponse<String> response = get("/v1/criteria");

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> missing = new ArrayList<>();
    for (Policy policy : Policy.values()) {
      String entry =
          "{\"key\":\""
              + policy.key()
              + "\",\"rule\":\""
              + policy.rule()
              + "\",\"kind\":\""
              + policy.kind().name()
              + "\"";
      if (!response.body().contains(entry)) {
        missing.add(policy.key());
      }
    }
    assertThat(missing).isEmpty();
    assertThat(response.body()).contains("\"allowed\":").contains("\"default\":");
  }

  @Test
  void criteria_showsTheServersValue_besideTheDefault() throws IOException, InterruptedException {
    server.stop(Duration.ZERO);
    Criteria criteria = Policy.CONFIRMATION_DAYS.set(Criteria.defaults(), "35");
    server = RanoServer.builder().port(0).format(CaseFormat.withCriteria(criteria)).build().start();

    String body = get("/v1/criteria").body();

    assertThat(body)
        .contains(
            "\"key\":\"confirmationDays\",\"rule\":\""
                + Policy.CONFIRMATION_DAYS.rule()
                + "\",\"kind\":\"DAYS\"")
        .contains("\"default\":" + Policy.CONFIRMATION_DAYS.defaultValue() + ",\"value\":35");
  }

  @Test
  void healthz_saysOk_withTheVersion() throws IOException, InterruptedException {
    HttpResponse<String> response = get("/healthz");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).matches("\\{\"status\":\"ok\",\"version\":\"[^\"]+\"}");
  }

  @Test
  void index_isTheScorecardPage_linkingTheOpenApiDocument()
      throws IOException, InterruptedException {
    HttpResponse<String> response = get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.body())
        .contains("href=\"/openapi.json\"")
        .contains("<title>RANO-LM electronic scorecard");
  }

  // ---------------------------------------------------------------------------- the lifecycle

  @Test
  void builder_rejectsValuesOutOfRange() {
    RanoServer.Builder builder = RanoServer.builder();

    assertThatThrownBy(() -> builder.port(65536)).hasMessageContaining("65536");
    assertThatThrownBy(() -> builder.maxBodyBytes(0)).hasMessageContaining("(0)");
    assertThatThrownBy(() -> builder.maxInFlight(0)).hasMessageContaining("(0)");
    assertThatThrownBy(() -> builder.readTimeout(Duration.ZERO)).hasMessageContaining("PT0S");
    assertThatThrownBy(() -> builder.readTimeout(Duration.ofDays(1).plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("read timeout (PT24H0.000000001S) must be at most one day (PT24H)");
    assertThatThrownBy(() -> builder.readTimeout(Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.host("")).hasMessageContaining("host");
  }

  @Test
  void start_twice_isRefused() {
    assertThatThrownBy(() -> server.start()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void start_onATakenPort_namesIt() {
    int taken = server.address().getPort();
    RanoServer second = RanoServer.builder().port(taken).build();

    assertThatThrownBy(second::start)
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessageContaining("127.0.0.1:" + taken);
  }

  @Test
  void stop_closesTheSocket() {
    URI health = uri("/healthz");
    server.stop(Duration.ofSeconds(1));

    assertThatThrownBy(
            () -> client.send(HttpRequest.newBuilder(health).build(), BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }
}
