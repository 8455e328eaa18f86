package org.rano.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.rano.json.CaseFormat;

/**
 * The HTTP API of rano on the JDK's built-in server ({@code com.sun.net.httpserver}): {@code POST
 * /v1/score}, {@code POST /v1/score/batch}, {@code POST /v1/classify}, {@code GET /v1/criteria},
 * {@code GET /v1/instruments}, {@code POST /v1/charts}, {@code GET /openapi.json} and {@code GET
 * /healthz}, described in the OpenAPI document it serves; and the electronic scorecard page at
 * {@code GET /} (with {@code /scorecard.js} and {@code /scorecard.css}), which enters a case visit
 * by visit and asks the API. A thin shell over {@link CaseFormat}: every answer is the text the
 * {@code rano} command prints for the same input.
 *
 * <p>Errors are JSON, {@code {"error": {"path": ..., "message": ...}}} with {@code "id"} where the
 * case had one: 400 the body is not JSON (a syntax error, invalid UTF-8, a truncated body), 404 no
 * such path, 405 a method the path does not serve (with {@code Allow}), 413 a body over the limit,
 * 415 a content type other than the endpoint's, 422 a case or input the format rejects at a field,
 * 503 too many requests in flight or the server stopping (with {@code Retry-After}), 500 a bug.
 *
 * <p>Connections and threads are bounded. Each request takes one of the server's threads from the
 * moment the first byte of its head arrives until its answer is sent, and the server has at most
 * twice {@link Builder#maxInFlight(int) maxInFlight} of them: up to {@code maxInFlight} requests
 * are answered at once, as many more heads may be read at the same time (a request whose head is
 * read while {@code maxInFlight} are answered gets 503), and a connection that sends a request
 * beyond that is closed without an answer. So clients that send a byte and stop can hold at most
 * that many threads, each until the read timeout cuts its head off; the others are closed at once.
 *
 * <pre>{@code
 * RanoServer server = RanoServer.builder().port(0).build().start();
 * int port = server.address().getPort();
 * // ... POST cases to http://127.0.0.1:<port>/v1/score ...
 * server.stop(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>The first start in a JVM sets the system property {@code sun.net.httpserver.nodelay} to {@code
 * true} unless it is set already (the JDK server then sends each answer without waiting for the
 * client's delayed acknowledgement, about 40 ms a request otherwise); it concerns the JDK's HTTP
 * server only.
 *
 * <p>This class is thread-safe.
 */
public final class RanoServer {

  /** The default largest request body, or NDJSON line of a batch: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  /** The default largest number of requests in flight. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 64;

  /** The default read timeout: 10 seconds. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final String host;
  private final int port;
  private final Api api;
  private final Object lock = new Object();
  private @Nullable HttpServer server;
  private final int connectionLimit;
  private @Nullable TaskLimit tasks;
  private @Nullable ExecutorService executor;
  private @Nullable ScheduledExecutorService timer;

  private RanoServer(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.connectionLimit = (int) Math.min(Integer.MAX_VALUE, 2L * builder.maxInFlight);
    this.api =
        new Api(
            builder.format,
            builder.maxBodyBytes,
            builder.maxInFlight,
            builder.readTimeout.toNanos(),
            Version.version());
  }

  /**
   * Obtains a builder with the defaults: host {@code 127.0.0.1}, port 8080, bodies up to {@value
   * #DEFAULT_MAX_BODY_BYTES} bytes, {@value #DEFAULT_MAX_IN_FLIGHT} requests in flight, a read
   * timeout of 10 seconds and {@link CaseFormat#withDefaults()}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts serving. A server starts once.
   *
   * @return this server, not null
   * @throws UncheckedIOException if the address cannot be bound (e.g. the port is taken)
   * @throws IllegalStateException if the server was started before
   */
  public RanoServer start() {
    synchronized (lock) {
      if (server != null || api.stopping()) {
        throw new IllegalStateException("the server was started before");
      }
      // The JDK server writes a response's head and body in two packets; without TCP_NODELAY the
      // second waits for the client's delayed ACK (about 40 ms per request on Linux). The JDK
      // reads this property once, when its first server starts in the JVM; one set by the user
      // is kept.
      if (System.getProperty(NO_DELAY) == null) {
        System.setProperty(NO_DELAY, "true");
      }
      HttpServer created;
      try {
        created = HttpServer.create(new InetSocketAddress(host, port), 128);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
      }
      // Each exchange (its head being read, then its answer) holds a thread; at most twice the
      // requests in flight at once, so heads beyond maxInFlight still get a prompt 503, and beyond
      // that a connection is closed unread: slow or idle-after-one-byte clients cannot take a
      // thread each.
      TaskLimit pool = new TaskLimit(connectionLimit);
      ScheduledExecutorService clock =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "rano-serve-timeouts");
                thread.setDaemon(true);
                return thread;
              });
      long tick = Math.max(TimeUnit.MILLISECONDS.toNanos(20), api.readTimeoutNanos() / 4);
      var unused =
          clock.scheduleAtFixedRate(api::cutOffSlowReads, tick, tick, TimeUnit.NANOSECONDS);
      created.createContext("/", api);
      created.setExecutor(task -> pool.execute(api.watchHead(task)));
      created.start();
      server = created;
      tasks = pool;
      executor = pool.pool();
      timer = clock;
      return this;
    }
  }

  /**
   * Obtains the address the server listens on: with port 0, the port the system chose.
   *
   * @return the address, not null
   * @throws IllegalStateException if the server is not started
   */
  public InetSocketAddress address() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("the server is not started");
      }
      return server.getAddress();
    }
  }

  /**
   * Obtains the number of requests being answered now (for monitoring and tests).
   *
   * @return the number, 0 or more
   */
  public int requestsInFlight() {
    return api.inFlight();
  }

  /** The number of the server's threads started so far, 0 before the start (for tests). */
  int threadsStarted() {
    synchronized (lock) {
      return tasks == null ? 0 : tasks.threadsStarted();
    }
  }

  /**
   * Stops the server: new requests get 503, requests in flight may finish within the grace period,
   * then the listening socket and every connection are closed. Stopping twice does nothing more.
   *
   * @param grace how long requests in flight may take to finish, not null, not negative
   * @throws IllegalArgumentException if grace is negative
   * @throws NullPointerException ("grace") if grace is null
   */
  public void stop(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace (" + grace + ") must not be negative");
    }
    api.beginStopping();
    boolean interrupted = false;
    try {
      api.awaitIdle(grace.toNanos());
    } catch (InterruptedException e) {
      interrupted = true;
    }
    synchronized (lock) {
      if (server != null) {
        server.stop(0);
      }
      if (executor != null) {
        executor.shutdownNow();
      }
      if (timer != null) {
        timer.shutdownNow();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** A builder of a {@link RanoServer}. Not thread-safe; each setter checks its value at once. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private CaseFormat format = CaseFormat.withDefaults();

    private Builder() {}

    /**
     * Sets the host or address to listen on; {@code 127.0.0.1} (loopback only) unless set.
     *
     * @param host a host name or IP address, not null, not empty
     * @return this builder, not null
     * @throws IllegalArgumentException if host is empty
     */
    public Builder host(String host) {
      Objects.requireNonNull(host, "host");
      if (host.isEmpty()) {
        throw new IllegalArgumentException("host must not be empty");
      }
      this.host = host;
      return this;
    }

    /**
     * Sets the port; 0 lets the system choose a free one ({@link RanoServer#address()} tells it).
     *
     * @param port from 0 to 65535
     * @return this builder, not null
     * @throws IllegalArgumentException if port is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port (" + port + ") must be from 0 to 65535");
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the largest request body (and the largest line of a batch) in bytes; a larger one gets
     * 413 (a larger line of a batch, an error record). At most that many bytes and one more are
     * read.
     *
     * @param bytes from 1 to {@code Integer.MAX_VALUE - 8}
     * @return this builder, not null
     * @throws IllegalArgumentException if bytes is out of range
     */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1 || bytes > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "max body bytes (" + bytes + ") must be from 1 to " + (Integer.MAX_VALUE - 8));
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * Sets the largest number of requests answered at once; beyond it a request gets 503 with
     * {@code Retry-After} ({@code GET /healthz} is not counted). It also bounds the server's
     * threads: at most twice this many requests are taken on at once, counting those whose head is
     * still being read (/healthz included); a connection beyond that is closed without an answer.
     *
     * @param requests 1 or more
     * @return this builder, not null
     * @throws IllegalArgumentException if requests is less than 1
     */
    public Builder maxInFlight(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("max in flight (" + requests + ") must be 1 or more");
      }
      this.maxInFlight = requests;
      return this;
    }

    /**
     * Sets the read timeout: a request whose head (request line and headers) is not read within
     * this time from its first byte, or whose body sends no byte for this long, is cut off (its
     * connection closed). A connection that sends no byte at all is closed by the JDK server after
     * its own idle interval ({@code sun.net.httpserver.idleInterval}, 30 seconds by default).
     *
     * @param timeout positive, at most one day, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if timeout is zero, negative or longer than a day
     */
    public Builder readTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("read timeout (" + timeout + ") must be positive");
      }
      if (timeout.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException(
            "read timeout (" + timeout + ") must be at most one day (PT24H)");
      }
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Sets the case format, which carries the criteria cases are scored under (a case's own {@code
     * criteria} overrides them) and the instruments they may name.
     *
     * @param format the format, not null
     * @return this builder, not null
     */
    public Builder format(CaseFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Builds the server, not yet started.
     *
     * @return the server, not null
     */
    public RanoServer build() {
      return new RanoServer(this);
    }
  }
}
