package org.rano.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests an HTTP client would not send, over a raw socket: a truncated body, a client that stops
 * sending (cut off by the read timeout), more requests in flight than allowed (503), a graceful
 * stop. After each, the server still answers.
 */
class RawClientTest {

  /** Each test builds and starts its own; this one, never started, stops as a no-op. */
  private RanoServer server = RanoServer.builder().port(0).build();

  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.stop(Duration.ZERO);
  }

  private int port() {
    return server.address().getPort();
  }

  private HttpResponse<String> score(String body) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/v1/score"))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  private static String caseText() throws IOException {
    return RanoServerTest.read("cr.json");
  }

  /** Opens a socket and sends the head of a POST /v1/score with the given Content-Length. */
  private Socket startPost(int contentLength, String bodyStart) throws IOException {
    Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port());
    socket.setSoTimeout(30_000); // a bound on the test, not a timing assertion
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: "
                + contentLength
                + "\r\n\r\n"
                + bodyStart)
            .getBytes(StandardCharsets.UTF_8));
    out.flush();
    return socket;
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[4096];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (IOException e) {
      // a reset connection ends what was sent
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  @Test
  void truncatedBody_is400_andTheServerGoesOn() throws IOException, InterruptedException {
    server = RanoServer.builder().port(0).build().start();
    String text = caseText();

    String answer;
    try (Socket socket = startPost(text.length() + 100, text)) {
      socket.shutdownOutput();
      answer = readAll(socket.getInputStream());
    }

    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(answer).contains("ended before its Content-Length");
    assertThat(score(text).statusCode()).isEqualTo(200);
  }

  /** Opens a socket and sends the start of a request's head. */
  private Socket startHead(String headStart) throws IOException {
    Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port());
    socket.setSoTimeout(30_000); // a bound on the test, not a timing assertion
    socket.getOutputStream().write(headStart.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return socket;
  }

  @Test
  void headThatStopsHalfway_isCutOffByTheReadTimeout_andTheServerGoesOn()
      throws IOException, InterruptedException {
    server = RanoServer.builder().port(0).readTimeout(Duration.ofMillis(200)).build().start();

    String answer;
    try (Socket socket = startHead("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-")) {
      // the rest of the head never comes: the server closes the connection without an answer
      // (without the head's timeout the JDK server waits forever, and the read above times out)
      answer = readAll(socket.getInputStream());
    }

    assertThat(answer).isEmpty();
    assertThat(score(caseText()).statusCode()).isEqualTo(200);
  }

  @Test
  void headSentSlowly_withinTheReadTimeout_isAnswered() throws IOException, InterruptedException {
    server = RanoServer.builder().port(0).readTimeout(Duration.ofSeconds(20)).build().start();
    String text = caseText();
    String head =
        "POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
            + "Content-Type: application/json\r\nContent-Length: "
            + text.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n";

    String answer;
    try (Socket socket = startHead(head.substring(0, 20))) {
      OutputStream out = socket.getOutputStream();
      for (int start = 20; start < head.length(); start += 20) {
        Thread.sleep(100); // a slow client: well within the read timeout, so never cut off
        out.write(
            head.substring(start, Math.min(head.length(), start + 20))
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      answer = readAll(socket.getInputStream());
    }

    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(answer).endsWith(RanoServerTest.expected(text));
  }

  @Test
  void clientThatStopsSending_isCutOffByTheReadTimeout_andTheServerGoesOn()
      throws IOException, InterruptedException {
    server = RanoServer.builder().port(0).readTimeout(Duration.ofMillis(200)).build().start();
    String text = caseText();

    String answer;
    try (Socket socket = startPost(text.length(), text.substring(0, 10))) {
      // send nothing more: the server closes the connection without an answer
      answer = readAll(socket.getInputStream());
    }

    assertThat(answer).isEmpty();
    assertThat(score(text).statusCode()).isEqualTo(200);
    awaitInFlight(0); // the request cut off has ended (a handler counts until its very end)
  }

  @Test
  void moreRequestsInFlightThanAllowed_is503_withRetryAfter()
      throws IOException, InterruptedException {
    server = RanoServer.builder().port(0).maxInFlight(1).build().start();
    String text = caseText();

    try (Socket slow = startPost(text.length(), text.substring(0, 10))) {
      awaitInFlight(1);

      HttpResponse<String> refused = score(text);

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(refused.body()).contains("too many requests in flight (at most 1)");
      slow.getOutputStream().write(text.substring(10).getBytes(StandardCharsets.UTF_8));
      assertThat(readAll(slow.getInputStream())).startsWith("HTTP/1.1 200");
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the slow request was not answered", e);
    }
    // the server counts the answered request out just after writing it: wait for that, not race it
    awaitInFlight(0);
    assertThat(score(text).statusCode()).isEqualTo(200);
  }

  @Test
  void manyConnectionsSendingOneByte_holdABoundedNumberOfThreads_andHealthzStillAnswers()
      throws IOException, InterruptedException {
    // at most 2 x maxInFlight = 4 exchanges at once; the other connections are closed unread
    server =
        RanoServer.builder().port(0).maxInFlight(2).readTimeout(Duration.ofMillis(500)).build();
    server.start();
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        Socket socket = new Socket(java.net.InetAddress.getLoopbackAddress(), port());
        socket.setSoTimeout(30_000); // a bound on the test, not a timing assertion
        socket.getOutputStream().write('P');
        socket.getOutputStream().flush();
        sockets.add(socket);
      }
      // every one of them ends without an answer: closed at once (beyond the limit) or cut off by
      // the read timeout (its head never comes)
      for (Socket socket : sockets) {
        assertThat(readAll(socket.getInputStream())).isEmpty();
      }
      assertThat(server.threadsStarted()).isBetween(1, 4);
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
    HttpResponse<String> health =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/healthz")).build(),
            BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(score(caseText()).statusCode()).isEqualTo(200);
    assertThat(server.threadsStarted()).isBetween(1, 4);
  }

  private void awaitInFlight(int requests) throws InterruptedException {
    for (int i = 0; i < 3000 && server.requestsInFlight() != requests; i++) {
      Thread.sleep(10);
    }
    assertThat(server.requestsInFlight()).isEqualTo(requests);
  }

  @Test
  void stop_refusesNewRequests_andLetsTheOneInFlightFinish() throws Exception {
    server = RanoServer.builder().port(0).build().start();
    String text = caseText();

    try (Socket slow = startPost(text.length(), text.substring(0, 10))) {
      awaitInFlight(1);
      CompletableFuture<Void> stopping =
          CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(30)));
      // a new request gets 503 once the server is stopping (it listens until the slow one ends)
      int status = 0;
      String refusal = "";
      for (int i = 0; i < 3000 && status != 503; i++) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/v1/criteria"))
                    .build(),
                BodyHandlers.ofString());
        status = response.statusCode();
        refusal = response.body();
        Thread.sleep(status == 503 ? 0 : 10);
      }
      assertThat(status).isEqualTo(503);
      assertThat(refusal).contains("the server is stopping");
      // the request in flight finishes, and gets its answer
      slow.getOutputStream().write(text.substring(10).getBytes(StandardCharsets.UTF_8));
      String answer = readAll(slow.getInputStream());

      assertThat(answer).startsWith("HTTP/1.1 200").endsWith(RanoServerTest.expected(text));
      stopping.get();
    }
  }
}
