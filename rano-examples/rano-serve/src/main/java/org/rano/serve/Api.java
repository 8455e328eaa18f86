package org.rano.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.rano.CaseAssessment;
import org.rano.InvalidInputException;
import org.rano.Policy;
import org.rano.diagnosis.Diagnosis;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;
import org.rano.json.CaseRejection;
import org.rano.json.DiagnosisInput;
import org.rano.neuro.Domain;
import org.rano.neuro.Instrument;
import org.rano.report.CaseCharts;

/**
 * The handler of every path: routing, the limits (body size, requests in flight, read timeout) and
 * the answers. Thread-safe: one instance answers every request.
 */
final class Api implements HttpHandler {

  private static final String JSON = "application/json";
  private static final String NDJSON = "application/x-ndjson";

  /** The head being read on this thread of a server's executor (each thread serves one server). */
  private static final ThreadLocal<@Nullable HeadWatch> HEAD = new ThreadLocal<>();

  /** Every path served, with its one method. */
  static final Map<String, String> ROUTES =
      Map.ofEntries(
          Map.entry("/", "GET"),
          Map.entry("/scorecard.js", "GET"),
          Map.entry("/scorecard.css", "GET"),
          Map.entry("/healthz", "GET"),
          Map.entry("/openapi.json", "GET"),
          Map.entry("/v1/criteria", "GET"),
          Map.entry("/v1/instruments", "GET"),
          Map.entry("/v1/score", "POST"),
          Map.entry("/v1/score/batch", "POST"),
          Map.entry("/v1/classify", "POST"),
          Map.entry("/v1/charts", "POST"));

  private final CaseFormat format;
  private final int maxBodyBytes;
  private final int maxInFlight;
  private final Semaphore permits;
  private final long readTimeoutNanos;
  private final byte[] health;
  private final byte[] criteria;
  private final byte[] instruments;
  private final AtomicInteger active = new AtomicInteger();
  private final Object idle = new Object();
  private final Set<GuardedInput> reads = ConcurrentHashMap.newKeySet();
  private final Set<HeadWatch> heads = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  Api(CaseFormat format, int maxBodyBytes, int maxInFlight, long readTimeoutNanos, String version) {
    this.format = format;
    this.maxBodyBytes = maxBodyBytes;
    this.maxInFlight = maxInFlight;
    this.permits = new Semaphore(maxInFlight);
    this.readTimeoutNanos = readTimeoutNanos;
    StringBuilder text = new StringBuilder("{\"status\":\"ok\",\"version\":");
    this.health = utf8(Json.quote(version, text).append('}').toString());
    this.criteria = utf8(criteria(format));
    this.instruments = utf8(instruments(format));
  }

  long readTimeoutNanos() {
    return readTimeoutNanos;
  }

  int inFlight() {
    return active.get();
  }

  boolean stopping() {
    return stopping;
  }

  void beginStopping() {
    stopping = true;
  }

  /** Waits until no request is in flight, or the time is up. */
  void awaitIdle(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    synchronized (idle) {
      for (long left = nanos; active.get() > 0 && left > 0; left = deadline - System.nanoTime()) {
        idle.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  /**
   * Cuts off every body read that has waited longer than the read timeout, and every request head
   * not read within it (the clock's task).
   */
  void cutOffSlowReads() {
    long now = System.nanoTime();
    for (GuardedInput read : reads) {
      read.cutOffIfLate(now);
    }
    for (HeadWatch watch : heads) {
      watch.cutOffIfLate(now);
    }
  }

  /**
   * Wraps a task of the JDK server (one exchange: reading the request's head, then calling this
   * handler) so that its head is read within the read timeout ({@link HeadWatch}).
   */
  Runnable watchHead(Runnable exchange) {
    return () -> {
      HeadWatch watch = new HeadWatch(readTimeoutNanos);
      heads.add(watch);
      HEAD.set(watch);
      try {
        exchange.run();
      } finally {
        heads.remove(watch);
        HEAD.remove();
        watch.end();
      }
    };
  }

  @Override
  public void handle(HttpExchange exchange) {
    HeadWatch watch = HEAD.get();
    if (watch != null) {
      heads.remove(watch);
      if (!watch.headRead()) {
        exchange.close(); // cut off by the clock as the handler began: the connection is closed
        return;
      }
    }
    active.incrementAndGet();
    try {
      answer(exchange);
    } catch (IOException | UncheckedIOException | CutOff e) {
      // The client went away, or was cut off: nothing can be answered on this connection.
    } catch (RuntimeException e) {
      try {
        sendError(
            exchange, 500, null, "", "internal error (a bug in rano, please report it): " + e);
      } catch (IOException | RuntimeException ignored) {
        // The bug is reported when the answer can still be sent.
      }
    } finally {
      exchange.close();
      if (active.decrementAndGet() == 0) {
        synchronized (idle) {
          idle.notifyAll();
        }
      }
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    String allowed = path == null ? null : ROUTES.get(path);
    if (allowed == null) {
      sendError(exchange, 404, null, "", "no such path " + quote(path) + "; see /openapi.json");
      return;
    }
    if (!allowed.equals(method)) {
      exchange.getResponseHeaders().set("Allow", allowed);
      sendError(
          exchange,
          405,
          null,
          "",
          "method " + method + " is not allowed on " + path + "; allowed: " + allowed);
      return;
    }
    if (path.equals("/healthz")) {
      send(exchange, 200, JSON, health);
      return;
    }
    if (stopping) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      exchange.getResponseHeaders().set("Connection", "close");
      sendError(exchange, 503, null, "", "the server is stopping");
      return;
    }
    if (!permits.tryAcquire()) {
      exchange.getResponseHeaders().set("Retry-After", "1");
      sendError(
          exchange,
          503,
          null,
          "",
          "too many requests in flight (at most " + maxInFlight + "); retry later");
      return;
    }
    try {
      switch (path) {
        case "/" -> send(exchange, 200, "text/html; charset=utf-8", Resources.INDEX);
        case "/scorecard.js" -> send(exchange, 200, "text/javascript; charset=utf-8", Resources.JS);
        case "/scorecard.css" -> send(exchange, 200, "text/css; charset=utf-8", Resources.CSS);
        case "/v1/instruments" -> send(exchange, 200, JSON, instruments);
        case "/v1/charts" -> charts(exchange);
        case "/openapi.json" -> send(exchange, 200, JSON, Resources.OPENAPI);
        case "/v1/criteria" -> send(exchange, 200, JSON, criteria);
        case "/v1/score" -> score(exchange);
        case "/v1/classify" -> classify(exchange);
        case "/v1/score/batch" -> batch(exchange);
        default -> throw new IllegalStateException("bug: no answer for the route " + path);
      }
    } finally {
      permits.release();
    }
  }

  // ----------------------------------------------------------------------------------- endpoints

  private void score(HttpExchange exchange) throws IOException {
    byte[] body = body(exchange, JSON);
    if (body == null) {
      return; // answered already (415, 413, 400)
    }
    CaseAssessment assessment;
    try {
      CaseInput input = format.read(body, 0, body.length);
      try {
        assessment = input.assess();
      } catch (InvalidInputException e) {
        throw CaseRejection.of(input.id().orElse(null), e);
      }
    } catch (CaseRejection e) {
      sendRejection(exchange, e);
      return;
    }
    send(exchange, 200, JSON, utf8(format.write(assessment)));
  }

  /**
   * The case's pictures, drawn by rano-report's {@link CaseCharts}: {@code {"id", "stylesheet",
   * "compositeOverTime", "neuroHeatStrip"}}, each picture a standalone SVG document or null when
   * the case has none (a response sequence, the 2019 scorecard, no follow-up).
   */
  private void charts(HttpExchange exchange) throws IOException {
    byte[] body = body(exchange, JSON);
    if (body == null) {
      return; // answered already (415, 413, 400)
    }
    @Nullable String id;
    CaseAssessment assessment;
    try {
      CaseInput input = format.read(body, 0, body.length);
      id = input.id().orElse(null);
      try {
        assessment = input.assess();
      } catch (InvalidInputException e) {
        throw CaseRejection.of(id, e);
      }
    } catch (CaseRejection e) {
      sendRejection(exchange, e);
      return;
    }
    StringBuilder out = new StringBuilder(16_384).append("{\"id\":");
    if (id == null) {
      out.append("null");
    } else {
      Json.quote(id, out);
    }
    Json.quote(CaseCharts.stylesheet(), out.append(",\"stylesheet\":"));
    nullable(CaseCharts.compositeOverTime(assessment), out.append(",\"compositeOverTime\":"));
    nullable(CaseCharts.neuroHeatStrip(assessment), out.append(",\"neuroHeatStrip\":"));
    send(exchange, 200, JSON, utf8(out.append('}').toString()));
  }

  private static void nullable(Optional<String> text, StringBuilder out) {
    if (text.isPresent()) {
      Json.quote(text.get(), out);
    } else {
      out.append("null");
    }
  }

  private void classify(HttpExchange exchange) throws IOException {
    byte[] body = body(exchange, JSON);
    if (body == null) {
      return; // answered already (415, 413, 400)
    }
    StringBuilder out = new StringBuilder(512);
    try {
      String text = decode(body);
      DiagnosisInput input = format.readDiagnosis(text);
      Diagnosis diagnosis = input.classify();
      format.writeDiagnosis(input.id().orElse(null), diagnosis, out);
    } catch (CaseRejection e) {
      sendRejection(exchange, e);
      return;
    }
    send(exchange, 200, JSON, utf8(out.toString()));
  }

  /** NDJSON in, NDJSON out, streamed: one line out per non-blank line in, as scoreLines. */
  private void batch(HttpExchange exchange) throws IOException {
    if (!contentTypeOk(exchange, NDJSON)) {
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", NDJSON);
    exchange.sendResponseHeaders(200, 0);
    try (GuardedInput in = guard(exchange.getRequestBody());
        OutputStream out = exchange.getResponseBody()) {
      LineInput lines = new LineInput(in, maxBodyBytes);
      StringBuilder text = new StringBuilder(512);
      for (LineInput.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.blank()) {
          continue;
        }
        if (line.tooLong()) {
          text.setLength(0);
          format.write(
              CaseRejection.of(
                  null,
                  InvalidInputException.of(
                      "", null, "the line is longer than " + maxBodyBytes + " bytes")),
              text);
          out.write(utf8(text.toString()));
        } else {
          scoreLine(line, out, text);
        }
        out.write('\n');
        if (in.available() == 0) {
          out.flush();
        }
      }
    }
  }

  private void scoreLine(LineInput.Line line, OutputStream out, StringBuilder text)
      throws IOException {
    CaseAssessment assessment;
    try {
      CaseInput input = format.read(line.bytes(), 0, line.length());
      try {
        assessment = input.assess();
      } catch (InvalidInputException e) {
        throw CaseRejection.of(input.id().orElse(null), e);
      }
    } catch (CaseRejection e) {
      text.setLength(0);
      format.write(e, text);
      out.write(utf8(text.toString()));
      return;
    }
    format.write(assessment, out);
  }

  // -------------------------------------------------------------------------------- the request

  /** Reads a request body of at most the limit, or answers 415, 413 or 400 and returns null. */
  private byte @Nullable [] body(HttpExchange exchange, String contentType) throws IOException {
    if (!contentTypeOk(exchange, contentType)) {
      return null;
    }
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null && tooLong(declared)) {
      sendTooLarge(exchange);
      return null;
    }
    byte[] buffer = new byte[Math.min(maxBodyBytes + 1, 8192)];
    int length = 0;
    try (GuardedInput in = guard(exchange.getRequestBody())) {
      while (true) {
        if (length == buffer.length) {
          if (length > maxBodyBytes) {
            sendTooLarge(exchange);
            return null;
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(maxBodyBytes + 1L, buffer.length * 2L));
        }
        int n;
        try {
          n = in.read(buffer, length, buffer.length - length);
        } catch (IOException e) {
          exchange.getResponseHeaders().set("Connection", "close");
          sendError(
              exchange,
              400,
              null,
              "",
              "not JSON: the body ended before its Content-Length (" + e.getMessage() + ")");
          return null;
        }
        if (n < 0) {
          break;
        }
        length += n;
      }
    }
    if (length > maxBodyBytes) {
      sendTooLarge(exchange);
      return null;
    }
    if (length == 0) {
      sendError(exchange, 400, null, "", "not JSON: the body is empty; expected a JSON object");
      return null;
    }
    return Arrays.copyOf(buffer, length);
  }

  private boolean tooLong(String declared) {
    try {
      return Long.parseLong(declared.trim()) > maxBodyBytes;
    } catch (NumberFormatException e) {
      return false; // the server itself rejects a bad Content-Length before this handler
    }
  }

  private void sendTooLarge(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Connection", "close");
    sendError(
        exchange,
        413,
        null,
        "",
        "the body is longer than " + maxBodyBytes + " bytes (the server's --max-body-bytes)");
  }

  /** True when the request's content type is the one expected; otherwise answers 415. */
  private boolean contentTypeOk(HttpExchange exchange, String expected) throws IOException {
    String header = exchange.getRequestHeaders().getFirst("Content-Type");
    if (header != null && contentTypeIs(header, expected)) {
      return true;
    }
    exchange.getResponseHeaders().set("Connection", "close");
    sendError(
        exchange,
        415,
        null,
        "",
        "Content-Type "
            + (header == null ? "missing" : quote(header) + " is not allowed")
            + "; allowed: "
            + expected
            + " (with charset=utf-8 or no charset)");
    return false;
  }

  /**
   * True when a Content-Type header is the media type, with no charset or {@code charset=utf-8}.
   *
   * @param header the header's value
   * @param expected the media type, in lower case
   * @return whether it is allowed
   */
  static boolean contentTypeIs(String header, String expected) {
    int semicolon = header.indexOf(';');
    String type = (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
    if (!type.toLowerCase(Locale.ROOT).equals(expected)) {
      return false;
    }
    int start = semicolon;
    while (start >= 0) {
      int next = header.indexOf(';', start + 1);
      String parameter =
          (next < 0 ? header.substring(start + 1) : header.substring(start + 1, next));
      int equals = parameter.indexOf('=');
      if (equals >= 0) {
        String name = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
        String value = parameter.substring(equals + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if (name.equals("charset") && !value.equalsIgnoreCase("utf-8")) {
          return false;
        }
      }
      start = next;
    }
    return true;
  }

  private GuardedInput guard(InputStream in) {
    return new GuardedInput(in, readTimeoutNanos, reads);
  }

  private static String decode(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw CaseRejection.of(
          null, InvalidInputException.of("", null, "not JSON: the text is not valid UTF-8"));
    }
  }

  // ------------------------------------------------------------------------------- the response

  /**
   * The status of a rejection: 400 when the text is not JSON at all (its syntax, its encoding), 422
   * when it is JSON the format rejects at a field (or as a whole, e.g. an array).
   */
  static int status(CaseRejection rejection) {
    return rejection.path().isEmpty() && rejection.problem().startsWith("not JSON") ? 400 : 422;
  }

  private void sendRejection(HttpExchange exchange, CaseRejection rejection) throws IOException {
    StringBuilder text = new StringBuilder(256);
    format.write(rejection, text);
    send(exchange, status(rejection), JSON, utf8(text.toString()));
  }

  private void sendError(
      HttpExchange exchange, int status, @Nullable String id, String path, String message)
      throws IOException {
    StringBuilder text = new StringBuilder(256);
    format.write(CaseRejection.of(id, InvalidInputException.of(path, null, message)), text);
    send(exchange, status, JSON, utf8(text.toString()));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String quote(@Nullable String text) {
    return text == null ? "null" : Json.quote(text, new StringBuilder()).toString();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // ----------------------------------------------------------------------------------- criteria

  private static String criteria(CaseFormat format) {
    StringBuilder out = new StringBuilder("{\"policies\":[");
    Policy[] policies = Policy.values();
    for (int i = 0; i < policies.length; i++) {
      Policy policy = policies[i];
      out.append(i == 0 ? "{" : ",{").append("\"key\":");
      Json.quote(policy.key(), out).append(",\"rule\":");
      Json.quote(policy.rule(), out).append(",\"kind\":");
      Json.quote(policy.kind().name(), out).append(",\"summary\":");
      Json.quote(policy.summary(), out).append(",\"default\":");
      value(policy.defaultValue(), out).append(",\"value\":");
      value(policy.valueIn(format.criteria()), out).append(",\"allowed\":");
      Json.quote(policy.allowed(), out);
      switch (policy.kind()) {
        case ENUM -> {
          out.append(",\"values\":[");
          String allowed = policy.allowed();
          int start = 0;
          while (start <= allowed.length()) {
            int comma = allowed.indexOf(", ", start);
            int end = comma < 0 ? allowed.length() : comma;
            Json.quote(allowed.substring(start, end), out.append(start == 0 ? "" : ","));
            start = comma < 0 ? allowed.length() + 1 : comma + 2;
          }
          out.append(']');
        }
        case SWITCH -> out.append(",\"values\":[true,false]");
        case DAYS, POINTS, VOLUME -> {}
      }
      out.append('}');
    }
    return out.append("]}").toString();
  }

  private static StringBuilder value(Object value, StringBuilder out) {
    if (value instanceof BigDecimal decimal) {
      return out.append(decimal.toPlainString());
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      return out.append(value);
    }
    return Json.quote(value.toString(), out);
  }

  // -------------------------------------------------------------------------------- instruments

  /**
   * The instruments a case may name (the default first), each with its domains in order: key, the
   * name shown, the highest level and the published meaning of each level (from rano-core's {@link
   * Instrument} and {@link Domain}, so that another instrument's domains appear by themselves).
   */
  static String instruments(CaseFormat format) {
    StringBuilder out = new StringBuilder(8192).append("{\"instruments\":[");
    List<Instrument> all = format.instruments();
    for (int i = 0; i < all.size(); i++) {
      Instrument instrument = all.get(i);
      Json.quote(instrument.name(), out.append(i == 0 ? "{" : ",{").append("\"name\":"));
      out.append(",\"default\":").append(i == 0).append(",\"domains\":[");
      List<Domain> domains = instrument.domains();
      for (int d = 0; d < domains.size(); d++) {
        Domain domain = domains.get(d);
        Json.quote(domain.key(), out.append(d == 0 ? "{" : ",{").append("\"key\":"));
        Json.quote(domain.displayName(), out.append(",\"displayName\":"));
        out.append(",\"maxLevel\":").append(domain.maxLevel()).append(",\"levels\":[");
        List<String> levels = domain.levels();
        for (int l = 0; l < levels.size(); l++) {
          Json.quote(levels.get(l), out.append(l == 0 ? "" : ","));
        }
        Json.quote(domain.source(), out.append("],\"source\":"));
        out.append(",\"verified\":").append(domain.verified()).append('}');
      }
      out.append("]}");
    }
    return out.append("]}").toString();
  }

  /** The resources served as they are. */
  private static final class Resources {
    private Resources() {}

    static final byte[] OPENAPI = load("openapi.json");
    static final byte[] INDEX = load("index.html");
    static final byte[] JS = load("scorecard.js");
    static final byte[] CSS = load("scorecard.css");

    private static byte[] load(String name) {
      try (InputStream in = Api.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("bug: the resource " + name + " is missing");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("bug: the resource " + name + " cannot be read", e);
      }
    }
  }
}
