package org.rano.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the server serves is valid OpenAPI 3.1 (parsed and validated by
 * swagger-parser), and describes exactly the paths and methods the server serves.
 */
class OpenApiTest {

  private static RanoServer server;
  private static String document;

  @BeforeAll
  static void start() throws IOException, InterruptedException {
    server = RanoServer.builder().port(0).build().start();
    HttpResponse<String> response = get("/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    document = response.body();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.address().getPort() + path))
                .build(),
            BodyHandlers.ofString());
  }

  private static SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    return new OpenAPIParser().readContents(document, null, options);
  }

  @Test
  void document_isValidOpenApi31() {
    SwaggerParseResult result = parse();

    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
  }

  @Test
  void document_describesExactlyThePathsAndMethodsServed() {
    OpenAPI api = parse().getOpenAPI();
    Map<String, String> documented = new TreeMap<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      StringBuilder methods = new StringBuilder();
      path.getValue()
          .readOperationsMap()
          .keySet()
          .forEach(m -> methods.append(methods.length() == 0 ? "" : ",").append(m.name()));
      documented.put(path.getKey(), methods.toString().toUpperCase(Locale.ROOT));
    }

    assertThat(documented).isEqualTo(new TreeMap<>(Api.ROUTES));
  }

  @Test
  void everyDocumentedPath_isServed() throws IOException, InterruptedException {
    for (String path : parse().getOpenAPI().getPaths().keySet()) {
      // a GET path answers 200, a POST path 405 to GET: both mean the path is served
      assertThat(get(path).statusCode()).as(path).isIn(200, 405);
    }
  }
}
