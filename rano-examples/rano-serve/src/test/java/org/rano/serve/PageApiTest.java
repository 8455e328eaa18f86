package org.rano.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.json.CaseFormat;
import org.rano.neuro.Domain;
import org.rano.neuro.Instrument;
import org.rano.report.CaseCharts;

/**
 * What the scorecard page asks the server besides {@code /v1/score}: its own resources, {@code GET
 * /v1/instruments} (each instrument's domains and level texts, from rano-core) and {@code POST
 * /v1/charts} (rano-report's pictures of a case), with their errors; and the batch's error records,
 * which always carry {@code "id"}.
 */
class PageApiTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path INSTRUMENTS = Path.of("../examples/instruments");

  private @Nullable RanoServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  private void start(CaseFormat format) {
    server = RanoServer.builder().port(0).maxBodyBytes(64 * 1024).format(format).build().start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(Duration.ZERO);
    }
  }

  private URI uri(String path) {
    RanoServer started = Objects.requireNonNull(server, "bug: the test did not start the server");
    return URI.create("http://127.0.0.1:" + started.address().getPort() + path);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String type, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", type)
            .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------------------ resources

  @Test
  void page_andItsScriptAndStylesheet_areServed_withTheirTypes()
      throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());

    HttpResponse<String> page = get("/");
    HttpResponse<String> script = get("/scorecard.js");
    HttpResponse<String> style = get("/scorecard.css");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("<script src=\"/scorecard.js\" defer></script>")
        .contains("<link rel=\"stylesheet\" href=\"/scorecard.css\">")
        .doesNotContain("http://", "https://"); // nothing from a CDN
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("/v1/instruments", "/v1/score", "/v1/charts");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(post("/scorecard.js", "application/json", "{}").statusCode()).isEqualTo(405);
  }

  // ---------------------------------------------------------------------------- instruments

  @Test
  void instruments_byDefault_areLano_withEachDomainsLevelTexts()
      throws IOException, InterruptedException {
    CaseFormat format = CaseFormat.withDefaults();
    start(format);

    HttpResponse<String> response = get("/v1/instruments");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode all = MAPPER.readTree(response.body()).get("instruments");
    assertThat(all).hasSize(1);
    assertInstrument(all.get(0), format.instruments().get(0), true);
    assertThat(all.get(0).get("name").asText()).isEqualTo("LANO");
    assertThat(all.get(0).get("domains")).hasSize(10);
  }

  @Test
  void instruments_anotherInstrumentKnownToTheFormat_appearsAfterTheDefault()
      throws IOException, InterruptedException {
    Instrument fourteen =
        CaseFormat.readInstrument(
            Files.readString(
                INSTRUMENTS.resolve("template-14-domains.json"), StandardCharsets.UTF_8));
    start(CaseFormat.withDefaults().withInstrument(fourteen));

    JsonNode all = MAPPER.readTree(get("/v1/instruments").body()).get("instruments");

    assertThat(all).hasSize(2);
    assertThat(all.get(0).get("name").asText()).isEqualTo("LANO");
    assertInstrument(all.get(1), fourteen, false);
    assertThat(all.get(1).get("domains")).hasSize(14);
  }

  private static void assertInstrument(JsonNode node, Instrument instrument, boolean isDefault) {
    assertThat(node.get("name").asText()).isEqualTo(instrument.name());
    assertThat(node.get("default").asBoolean()).isEqualTo(isDefault);
    List<Domain> domains = instrument.domains();
    assertThat(node.get("domains")).hasSize(domains.size());
    for (int d = 0; d < domains.size(); d++) {
      Domain domain = domains.get(d);
      JsonNode written = node.get("domains").get(d);
      assertThat(written.get("key").asText()).isEqualTo(domain.key());
      assertThat(written.get("displayName").asText()).isEqualTo(domain.displayName());
      assertThat(written.get("maxLevel").asInt()).isEqualTo(domain.maxLevel());
      assertThat(written.get("source").asText()).isEqualTo(domain.source());
      assertThat(written.get("verified").asBoolean()).isEqualTo(domain.verified());
      assertThat(written.get("levels")).hasSize(domain.levels().size());
      for (int level = 0; level <= domain.maxLevel(); level++) {
        assertThat(written.get("levels").get(level).asText()).isEqualTo(domain.meaningOf(level));
      }
    }
  }

  @Test
  void instruments_post_is405() throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());

    HttpResponse<String> response = post("/v1/instruments", "application/json", "{}");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    assertThat(MAPPER.readTree(response.body()).get("error").get("message").asText())
        .isEqualTo("method POST is not allowed on /v1/instruments; allowed: GET");
  }

  // --------------------------------------------------------------------------------- charts

  @Test
  void charts_ofA2017Case_areRanoReportsPictures() throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());
    String text = RanoServerTest.read("pr-confirmed.json");
    CaseAssessment assessment = CaseFormat.withDefaults().read(text).assess();

    HttpResponse<String> response = post("/v1/charts", "application/json", text);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode charts = MAPPER.readTree(response.body());
    assertThat(charts.get("id").asText()).isEqualTo("EX-PR-CONFIRMED");
    assertThat(charts.get("stylesheet").asText()).isEqualTo(CaseCharts.stylesheet());
    assertThat(charts.get("compositeOverTime").asText())
        .isEqualTo(CaseCharts.compositeOverTime(assessment).orElseThrow());
    assertThat(charts.get("neuroHeatStrip").asText())
        .isEqualTo(CaseCharts.neuroHeatStrip(assessment).orElseThrow());
  }

  @Test
  void charts_ofA2019Case_haveNoComposite() throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());
    String text = RanoServerTest.read("lano2019.json");

    JsonNode charts = MAPPER.readTree(post("/v1/charts", "application/json", text).body());

    assertThat(charts.get("compositeOverTime").isNull()).isTrue();
    assertThat(charts.get("neuroHeatStrip").asText()).startsWith("<svg");
  }

  @Test
  void charts_ofABaselineOnly_andOfASequence_areNull() throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());
    JsonNode pr = MAPPER.readTree(RanoServerTest.read("pr-confirmed.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) pr).remove("id");
    ((com.fasterxml.jackson.databind.node.ObjectNode) pr).putArray("followUps");

    JsonNode baselineOnly =
        MAPPER.readTree(post("/v1/charts", "application/json", pr.toString()).body());
    JsonNode sequence =
        MAPPER.readTree(
            post("/v1/charts", "application/json", RanoServerTest.read("sequence.json")).body());

    assertThat(baselineOnly.get("id").isNull()).isTrue();
    assertThat(baselineOnly.get("neuroHeatStrip").isNull()).isTrue();
    assertThat(sequence.get("compositeOverTime").isNull()).isTrue();
    assertThat(sequence.get("neuroHeatStrip").isNull()).isTrue();
  }

  @Test
  void charts_rejectedCase_is422_withItsIdPathAndMessage()
      throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());
    String text = RanoServerTest.read("invalid.json");
    String expected;
    try {
      CaseFormat.withDefaults().read(text).assess();
      throw new AssertionError("invalid.json was accepted");
    } catch (org.rano.json.CaseRejection e) {
      StringBuilder out = new StringBuilder();
      CaseFormat.withDefaults().write(e, out);
      expected = out.toString();
    }

    HttpResponse<String> response = post("/v1/charts", "application/json", text);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).isEqualTo(expected);
    assertThat(MAPPER.readTree(response.body()).get("error").get("path").asText()).isNotEmpty();
  }

  @Test
  void charts_errors_400_415_413_405() throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());

    HttpResponse<String> notJson = post("/v1/charts", "application/json", "{\"baseline\": ");
    HttpResponse<String> wrongType = post("/v1/charts", "text/plain", "{}");
    HttpResponse<String> tooLarge =
        post("/v1/charts", "application/json", "{\"id\": \"" + "x".repeat(70_000) + "\"}");
    HttpResponse<String> get = get("/v1/charts");

    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(error(notJson).get("path").asText()).isEmpty();
    assertThat(error(notJson).get("message").asText()).startsWith("not JSON");
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(error(wrongType).get("message").asText())
        .startsWith("Content-Type \"text/plain\" is not allowed; allowed: application/json");
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
  }

  private static JsonNode error(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body()).get("error");
  }

  // ---------------------------------------------------------------------------------- batch

  @Test
  void batch_errorRecords_alwaysCarryId_nullWhenTheCaseHadNone()
      throws IOException, InterruptedException {
    start(CaseFormat.withDefaults());
    String withId =
        "{\"id\": \"B-1\", \"baseline\": {\"date\": \"2026-13-01\"}, \"followUps\": []}";
    String withoutId = "{\"baseline\": {\"date\": \"2026-13-01\"}, \"followUps\": []}";
    String text = withId + "\n" + withoutId + "\n" + "not json\n" + "[1]\n";

    HttpResponse<String> response = post("/v1/score/batch", "application/x-ndjson", text);

    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(4);
    List<Optional<String>> ids =
        lines.stream()
            .map(
                line -> {
                  try {
                    JsonNode record = MAPPER.readTree(line);
                    assertThat(record.has("id")).as(line).isTrue();
                    assertThat(record.has("error")).as(line).isTrue();
                    return record.get("id").isNull()
                        ? Optional.<String>empty()
                        : Optional.of(record.get("id").asText());
                  } catch (IOException e) {
                    throw new AssertionError(e);
                  }
                })
            .toList();
    assertThat(ids)
        .containsExactly(Optional.of("B-1"), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
