package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code rano serve} as a process: the one line it prints once it listens, answers identical to the
 * command's, and a graceful stop on SIGTERM; and its usage errors.
 */
class ServeCommandTest {

  private static final Pattern LISTENING =
      Pattern.compile("rano: listening on http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  void serve_printsOneLine_answersAsTheCommand_andStopsOnSigterm() throws Exception {
    Process process =
        RanoProcess.builder("serve", "--port", "0", "--confirmation-days", "35")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assertThat(line).isNotNull();
      Matcher listening = LISTENING.matcher(line);
      assertThat(listening.matches()).as(line).isTrue();
      URI batch = URI.create("http://127.0.0.1:" + listening.group(1) + "/v1/score/batch");
      byte[] cohort = Files.readAllBytes(Fixtures.CASES.resolve("cohort.ndjson"));

      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(batch)
                      .header("Content-Type", "application/x-ndjson")
                      .POST(BodyPublishers.ofByteArray(cohort))
                      .build(),
                  BodyHandlers.ofString(StandardCharsets.UTF_8));

      Cli.Run command =
          Cli.run(
              "score",
              "--confirmation-days",
              "35",
              Fixtures.CASES.resolve("cohort.ndjson").toString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(command.out());

      process.toHandle().destroy(); // SIGTERM, keeping the pipe open (Process.destroy closes it)
      assertThat(out.readLine()).as("nothing more on standard output").isNull();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
      assertThat(process.exitValue()).as("the JVM's exit code on SIGTERM").isEqualTo(143);
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void serve_portOutOfRange_isAUsageError() {
    Cli.Run run = Cli.run("serve", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("port (70000) must be from 0 to 65535");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void serve_maxBodyBytesZero_isAUsageError() {
    Cli.Run run = Cli.run("serve", "--max-body-bytes", "0");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("max body bytes (0)");
  }

  @Test
  void serve_maxInFlightZero_isAUsageError() {
    Cli.Run run = Cli.run("serve", "--max-in-flight", "0");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("max in flight (0) must be 1 or more");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void serve_maxInFlightNotANumber_isAUsageError() {
    Cli.Run run = Cli.run("serve", "--max-in-flight", "many");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--max-in-flight").contains("many");
  }

  @Test
  void serve_readTimeoutZero_isAUsageError() {
    Cli.Run run = Cli.run("serve", "--read-timeout", "0");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--read-timeout (0) must be from 1 to 86400 seconds");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void serve_readTimeoutOverADay_isAUsageError() {
    Cli.Run run = Cli.run("serve", "--read-timeout", "86401");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--read-timeout (86401) must be from 1 to 86400 seconds");
  }

  @Test
  void serve_badCriteriaOption_isAUsageError() {
    Cli.Run run = Cli.run("serve", "--confirmation-days", "soon");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--confirmation-days");
  }

  @Test
  void serve_help_listsTheCriteriaOptions() throws IOException {
    Cli.Run run = Cli.run("serve", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--max-body-bytes")
        .contains("--max-in-flight")
        .contains("--read-timeout")
        .contains("--confirmation-days");
  }
}
