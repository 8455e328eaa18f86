package org.rano.serve;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.rano.json.CaseFormat;

/**
 * The load benchmark of issue 14 (a program, not a test): 16 concurrent clients send 20,000 {@code
 * POST /v1/score} requests on loopback to a server in this JVM, check every answer against
 * rano-json's result for the same case, and print the throughput and the p50 and p99 latency. 2,000
 * requests first warm the JVM up and are not counted.
 *
 * <p>Run it after a build: {@code java -cp
 * rano-examples/rano-cli/target/rano.jar:rano-examples/rano-serve/target/test-classes
 * org.rano.serve.ServeLoad [CASES_DIR]} (the directory defaults to {@code
 * rano-examples/examples/cases}). Exit code 0 when every answer was correct, 1 otherwise.
 */
public final class ServeLoad {
  private ServeLoad() {}

  private static final int CLIENTS = 16;
  private static final int REQUESTS = 20_000;
  private static final int WARM_UP = 2_000;

  /**
   * Runs the benchmark.
   *
   * @param args optionally the directory of the example cases
   * @throws Exception if the server cannot start or a client fails to run
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "rano-examples/examples/cases");
    List<String> bodies = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    CaseFormat format = CaseFormat.withDefaults();
    for (String file :
        List.of("cr.json", "ne.json", "pd-neuro.json", "pr-confirmed.json", "sd.json")) {
      String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      bodies.add(text);
      expected.add(format.write(format.read(text).assess()));
    }
    RanoServer server = RanoServer.builder().port(0).build().start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/v1/score");
      run(uri, bodies, expected, WARM_UP);
      long start = System.nanoTime();
      Result result = run(uri, bodies, expected, REQUESTS);
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] latencies = result.latencies();
      Arrays.sort(latencies);
      System.out.printf(
          Locale.ROOT,
          "%d clients, %d requests: %d correct, %d wrong; %.0f requests/s; latency p50 %.2f ms,"
              + " p99 %.2f ms (%s, %d processors)%n",
          CLIENTS,
          REQUESTS,
          REQUESTS - result.wrong(),
          result.wrong(),
          REQUESTS / seconds,
          latencies[latencies.length / 2] / 1e6,
          latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6,
          Runtime.version(),
          Runtime.getRuntime().availableProcessors());
      if (result.wrong() > 0) {
        System.exit(1);
      }
    } finally {
      server.stop(Duration.ofSeconds(5));
    }
  }

  /** The latency of every request, and the number of wrong answers. */
  private static final class Result {
    private final long[] latencies;
    private final int wrong;

    Result(long[] latencies, int wrong) {
      this.latencies = latencies;
      this.wrong = wrong;
    }

    long[] latencies() {
      return latencies;
    }

    int wrong() {
      return wrong;
    }
  }

  private static Result run(URI uri, List<String> bodies, List<String> expected, int requests)
      throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            clients.submit(
                () -> {
                  HttpClient client =
                      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    int k = i % bodies.size();
                    HttpRequest request =
                        HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(BodyPublishers.ofString(bodies.get(k)))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> response =
                          client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
                      latencies[i] = System.nanoTime() - t0;
                      if (response.statusCode() != 200
                          || !response.body().equals(expected.get(k))) {
                        wrong.incrementAndGet();
                      }
                    } catch (IOException e) {
                      latencies[i] = System.nanoTime() - t0;
                      wrong.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      clients.shutdown();
    }
    return new Result(latencies, wrong.get());
  }
}
