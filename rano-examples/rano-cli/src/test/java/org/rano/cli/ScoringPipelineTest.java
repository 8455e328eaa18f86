package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rano score --ndjson --threads N}: the cases are scored on N worker threads, and the
 * output, the error lines on standard error, their order and the exit code are those of one thread,
 * byte for byte; the co-process behaviour (each line answered before the next is sent) is kept.
 */
class ScoringPipelineTest {

  @TempDir Path dir;

  /** Valid, invalid, not JSON, blank, not UTF-8 and too long lines, in one stream. */
  private static byte[] mixedInput() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    String tooLong = "{\"id\": \"" + "x".repeat(3000) + "\"}";
    for (int i = 0; i < 300; i++) {
      String line =
          switch (i % 7) {
            case 0 -> Fixtures.twoLesionPr("P" + i);
            case 1 -> Fixtures.sequence("S" + i);
            case 2 -> "{\"id\": \"BAD" + i + "\", \"baseline\": 3}";
            case 3 -> "not json " + i;
            case 4 -> "   \t";
            case 5 -> tooLong;
            default -> Fixtures.twoLesionPr("Q" + i);
          };
      input.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      input.write('\n');
      if (i % 50 == 0) {
        input.writeBytes(new byte[] {'{', (byte) 0xC3, '}', '\n'}); // not UTF-8
      }
    }
    return input.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 8, 64})
  void mixedLines_anyNumberOfThreads_sameOutputErrorLinesAndExitCode_asOne(int threads) {
    byte[] input = mixedInput();
    Cli.Run one =
        Cli.withInput(
            input, "score", "--ndjson", "--threads", "1", "--max-line-bytes", "2048", "-");
    Cli.Run many =
        Cli.withInput(
            input,
            "score",
            "--ndjson",
            "--threads",
            String.valueOf(threads),
            "--max-line-bytes",
            "2048",
            "-");

    assertThat(one.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(one.outLines()).hasSize(300 - 300 / 7 - 1 + 6); // blank lines skipped, 6 not UTF-8
    assertThat(one.outLines()).anyMatch(line -> line.contains("not valid UTF-8"));
    assertThat(one.outLines()).anyMatch(line -> line.contains("2048"));
    assertThat(many.exitCode()).isEqualTo(one.exitCode());
    assertThat(many.out()).isEqualTo(one.out());
    assertThat(many.err()).isEqualTo(one.err());
  }

  @Test
  void generatedCohort_fourThreads_byteIdenticalToOne() {
    Cli.Run cohort =
        Cli.run(
            "generate",
            "--cases",
            "1500",
            "--seed",
            "11",
            "--visits",
            "5",
            "--invalid-fraction",
            "0.1");
    assertThat(cohort.exitCode()).isZero();
    byte[] input = cohort.out().getBytes(StandardCharsets.UTF_8);

    Cli.Run one = Cli.withInput(input, "score", "--ndjson", "--threads", "1", "-");
    Cli.Run four = Cli.withInput(input, "score", "--ndjson", "--threads", "4", "-");

    assertThat(one.outLines()).hasSize(1500);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.err()).isEqualTo(one.err());
    assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(Main.EXIT_REJECTED);
  }

  @Test
  void severalFiles_errorLinesNameTheFile_asWithOneThread() throws Exception {
    Path a = dir.resolve("a.ndjson");
    Path b = dir.resolve("b.ndjson");
    Files.writeString(a, Fixtures.sequence("A1") + "\n{}\n", StandardCharsets.UTF_8);
    Files.writeString(b, "[1]\n" + Fixtures.sequence("B2") + "\n", StandardCharsets.UTF_8);

    Cli.Run one = Cli.run("score", "--threads", "1", a.toString(), b.toString());
    Cli.Run three = Cli.run("score", "--threads", "3", a.toString(), b.toString());

    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.errLines())
        .isEqualTo(one.errLines())
        .hasSize(2)
        .allMatch(line -> line.contains("a.ndjson line 2") || line.contains("b.ndjson line 1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "65", "-1"})
  void threadsOutOfRange_isAUsageError(String threads) {
    Cli.Run run = Cli.withInput("", "score", "--ndjson", "--threads", threads, "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--threads " + threads).contains("allowed: 1 to 64");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void threadsWithoutNdjsonLines_orWithTextOrParseOnly_isAUsageError() {
    for (List<String> args :
        List.of(
            List.of("score", "--threads", "2", "../examples/cases/sd.json"),
            List.of("score", "--ndjson", "--text", "--threads", "2", "-"),
            List.of("score", "--ndjson", "--parse-only", "--threads", "2", "-"))) {
      Cli.Run run = Cli.withInput("", args.toArray(String[]::new));
      assertThat(run.exitCode()).as("%s", args).isEqualTo(Main.EXIT_USAGE);
      assertThat(run.err()).as("%s", args).contains("--threads scores NDJSON lines");
      assertThat(run.out()).isEmpty();
    }
    // one thread is the default, and allowed anywhere
    assertThat(Cli.run("score", "--threads", "1", "../examples/cases/sd.json").exitCode()).isZero();
  }
}
