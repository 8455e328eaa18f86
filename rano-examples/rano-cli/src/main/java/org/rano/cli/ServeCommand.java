package org.rano.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.rano.Criteria;
import org.rano.json.CaseFormat;
import org.rano.serve.RanoServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rano serve}: the HTTP API of rano ({@link RanoServer}, issue 14) on the JDK's built-in
 * server. A thin shell: it reads the options, starts the server, prints one line once it listens,
 * and stops it gracefully on SIGTERM (requests in flight may finish within {@link #GRACE}).
 */
@Command(
    name = "serve",
    header = "Serves the scorer over HTTP (JSON in, JSON out).",
    description = {
      "Starts the HTTP API and prints one line on standard output once it listens: 'rano: "
          + "listening on http://HOST:PORT/'. Endpoints: POST /v1/score (one case, the result "
          + "'rano score' prints), POST /v1/score/batch (NDJSON in and out, as 'rano score "
          + "--ndjson'), POST /v1/classify (as 'rano classify'), GET /v1/criteria, GET "
          + "/openapi.json (the OpenAPI 3.1 document), GET /healthz, GET /v1/instruments (each "
          + "instrument's domains and level texts), POST /v1/charts (a case's pictures).",
      "",
      "Errors are JSON {\"error\": {\"path\", \"message\"}} (with \"id\" when the case had one): "
          + "400 not JSON, 404, 405, 413 body over --max-body-bytes, 415 wrong Content-Type, 422 "
          + "a field the case format rejects, 503 too many requests in flight (over "
          + "--max-in-flight); a client that sends nothing for --read-timeout seconds is cut off. "
          + "GET / is the electronic scorecard page. SIGTERM or SIGINT "
          + "stops the server; requests in flight may finish within 10 seconds."
    },
    exitCodeList = {
      "0:the server stopped",
      "2:usage error (bad option value, the address cannot be bound)",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rano serve --port 8080",
      "  rano serve --port 0 --max-in-flight 16 --read-timeout 5",
      "  curl -s -H 'Content-Type: application/json' --data-binary @case.json "
          + "http://127.0.0.1:8080/v1/score"
    })
final class ServeCommand extends Subcommand {

  /** How long requests in flight may take to finish once SIGTERM arrives. */
  static final Duration GRACE = Duration.ofSeconds(10);

  /** The largest read timeout, in seconds: one day (the server's own bound). */
  static final long MAX_READ_TIMEOUT_SECONDS = 86_400;

  private final LineOutput out;
  private final PrintWriter err;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  // The criteria options, one per policy of the library, are added by PolicyOptions.addTo.

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description = "The host or address to listen on (default ${DEFAULT-VALUE}: loopback only).")
  private String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port, 0 for a free one (default ${DEFAULT-VALUE}).")
  private int port = 8080;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      description =
          "The largest request body, and the largest line of a batch, in bytes (default "
              + "${DEFAULT-VALUE}, 1 MiB); a larger body gets 413.")
  private int maxBodyBytes = RanoServer.DEFAULT_MAX_BODY_BYTES;

  @Option(
      names = "--max-in-flight",
      paramLabel = "N",
      description =
          "The largest number of requests answered at once, 1 or more (default "
              + "${DEFAULT-VALUE}); beyond it a request gets 503 with Retry-After. The server "
              + "uses at most twice as many threads, each held from a request's first byte to its "
              + "answer; a connection beyond them is closed unread.")
  private int maxInFlight = RanoServer.DEFAULT_MAX_IN_FLIGHT;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      description =
          "The read timeout, from 1 to 86400 seconds (default ${DEFAULT-VALUE}): a request "
              + "whose head is not read within it, or whose body sends nothing for that long, is "
              + "cut off (its connection closed).")
  private long readTimeoutSeconds = RanoServer.DEFAULT_READ_TIMEOUT.toSeconds();

  /**
   * Obtains the command.
   *
   * @param out standard output, for the one line saying where it listens
   * @param err standard error, for error messages
   */
  ServeCommand(LineOutput out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Starts the server and waits until the JVM is asked to stop.
   *
   * @return the exit code: 0 when stopped, 2 on a usage error
   * @throws LineOutput.Failure if writing the line failed (exit code 3)
   */
  @Override
  public Integer call() {
    RanoServer server;
    try {
      if (readTimeoutSeconds < 1 || readTimeoutSeconds > MAX_READ_TIMEOUT_SECONDS) {
        throw new IllegalArgumentException(
            "--read-timeout ("
                + readTimeoutSeconds
                + ") must be from 1 to "
                + MAX_READ_TIMEOUT_SECONDS
                + " seconds");
      }
      Criteria criteria = PolicyOptions.criteria(spec);
      server =
          RanoServer.builder()
              .host(host)
              .port(port)
              .maxBodyBytes(maxBodyBytes)
              .maxInFlight(maxInFlight)
              .readTimeout(Duration.ofSeconds(readTimeoutSeconds))
              .format(CaseFormat.withCriteria(criteria))
              .build()
              .start();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("rano: " + Echo.forTerminal(String.valueOf(e.getMessage()), false));
      return Main.EXIT_USAGE;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.stop(GRACE);
                  stopped.countDown();
                },
                "rano-serve-stop"));
    String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    out.write("rano: listening on http://" + shown + ":" + server.address().getPort() + "/\n");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop(GRACE);
    }
    return Main.EXIT_OK;
  }
}
