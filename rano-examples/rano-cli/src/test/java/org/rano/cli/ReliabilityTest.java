package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, the command's half: no line lost, no write error ignored, bounded work and memory per
 * case. Most tests run the built command as a separate JVM ({@link RanoProcess}), since what they
 * test is what the operating system does to a process: a full disk, a closed pipe, SIGTERM, a
 * closed standard input, a heap of 128 MB.
 */
class ReliabilityTest {

  private static final ObjectMapper STRICT =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final String FINDINGS =
      "{\"id\":\"DX\",\"cytology\":\"POSITIVE\","
          + "\"clinicalSigns\":true,\"mri\":{\"linear\":true,\"nodular\":false,"
          + "\"hydrocephalus\":false}}";

  @TempDir Path dir;

  // ------------------------------------------------------------------- 1: failed writes, exit 3

  @Test
  void fullDisk_stopsAtOnceWithOneLineOnStderr_exit3() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full is absent on this system; test skipped");
    Path cohort = lines("cohort", 2_000, Fixtures.twoLesionPr("P"));

    RanoProcess.Result result =
        RanoProcess.run(
            RanoProcess.builder("score", "--ndjson", "-")
                .redirectInput(cohort.toFile())
                .redirectOutput(full.toFile()),
            dir);

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("rano: standard output: cannot write: ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "classify", "generate"})
  void closedPipe_stopsPromptlyWithoutDoingAllTheWork_exit3(String command) throws Exception {
    int pairs = 100_000;
    ProcessBuilder builder;
    if (command.equals("generate")) {
      builder = RanoProcess.builder("generate", "--cases", "100000000", "--seed", "1");
    } else {
      // Every other line is invalid, so that the work done shows as lines on stderr.
      String valid = command.equals("score") ? Fixtures.twoLesionPr("P") : FINDINGS;
      Path input = lines(command, pairs, valid, "{}");
      builder = RanoProcess.builder(command, "--ndjson", "-").redirectInput(input.toFile());
    }
    Path err = dir.resolve("err");
    Process process = builder.redirectError(err.toFile()).start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).startsWith("{");
    }
    // 100,000,000 cases or 100,000 rejections would take minutes: only a stop ends it soon.
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ended after the pipe closed").isTrue();

    assertThat(process.exitValue()).isEqualTo(Main.EXIT_OUTPUT);
    List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
    assertThat(errLines).last().asString().startsWith("rano: standard output: cannot write: ");
    assertThat(errLines).as("stopped long before the end of the input").hasSizeLessThan(pairs / 10);
  }

  // ----------------------------------------------------------------- 3: SIGTERM, whole lines

  @ParameterizedTest
  @ValueSource(strings = {"generate", "score"})
  void sigterm_midway_everyLineWrittenIsWholeJson(String command) throws Exception {
    ProcessBuilder builder =
        command.equals("generate")
            ? RanoProcess.builder("generate", "--cases", "100000000", "--seed", "5")
            : RanoProcess.builder("score", "--ndjson", "-")
                .redirectInput(lines("cohort", 200_000, Fixtures.twoLesionPr("P")).toFile());
    Process process = builder.redirectError(dir.resolve("err").toFile()).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (int i = 0; i < 500; i++) {
        lines.add(out.readLine());
      }
      // SIGTERM on Linux; Process.destroy() would also close the streams read here.
      assertThat(process.toHandle().destroy()).isTrue();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(lines).hasSizeGreaterThanOrEqualTo(500);
    assertEveryLineIsAJsonObject(lines);
  }

  @Test
  void sigterm_generateToAFile_everyLineInTheFileIsWholeJson() throws Exception {
    Path file = dir.resolve("cases.ndjson");
    Process process =
        RanoProcess.builder(
                "generate", "--cases", "100000000", "--seed", "6", "--output", file.toString())
            .redirectError(dir.resolve("err").toFile())
            .start();
    for (int i = 0; i < 600 && (!Files.exists(file) || Files.size(file) < 1 << 20); i++) {
      Thread.sleep(50);
    }
    assertThat(process.toHandle().destroy()).as("SIGTERM sent").isTrue();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).isNotEmpty().endsWith("\n");
    assertEveryLineIsAJsonObject(written.lines().toList());
  }

  // ------------------------------------------------------ 2: one line never ends the stream

  @Test
  void longLine_atHeapOf128Mb_isAnErrorRecord_andTheNextCaseIsScored() throws Exception {
    Path input = dir.resolve("long.ndjson");
    try (Writer writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      writer.write("{\"id\":\"");
      char[] chunk = "x".repeat(1 << 16).toCharArray();
      for (int i = 0; i < 20 * 16; i++) {
        writer.write(chunk);
      }
      writer.write("\"}\n");
      writer.write(Fixtures.twoLesionPr("AFTER") + "\n");
    }

    RanoProcess.Result result =
        RanoProcess.run(
            new ProcessBuilder(RanoProcess.command(List.of("-Xmx128m"), "score", "--ndjson", "-"))
                .redirectInput(input.toFile()),
            dir);

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(result.outLines()).hasSize(2);
    JsonNode error = Fixtures.parse(result.outLines().get(0)).get("error");
    assertThat(error.get("path").asText()).isEmpty();
    assertThat(error.get("message").asText())
        .contains("20971529 bytes", "1048576", "--max-line-bytes");
    assertThat(Fixtures.parse(result.outLines().get(1)).get("id").asText()).isEqualTo("AFTER");
    assertThat(result.err()).doesNotContain("OutOfMemoryError", "\tat ");
  }

  @Test
  void maxLineBytes_option_setsTheLongestLine() throws Exception {
    String line = Fixtures.sequence("S");
    Cli.Run run =
        Cli.withInput(
            line + "\n" + line + " \n",
            "score",
            "--ndjson",
            "--max-line-bytes",
            String.valueOf(line.length()),
            "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).contains("\"id\":\"S\"", "timepoints");
    assertThat(run.outLines().get(1)).contains("more than the maximum of " + line.length());
    assertThat(Cli.run("score", "--max-line-bytes", "0", "-").exitCode())
        .isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void hugeExponentAndTinyScale_areErrorRecords_andTheStreamGoesOn() throws Exception {
    String tinyScale =
        Fixtures.with(
            Fixtures.twoLesionPr("TINY"), "/baseline/targets/0/diametersMm", "[5,0e-999999999]");
    String input =
        "{\"id\":\"BAD\",\"zzz\":1e2147483648}\n"
            + tinyScale
            + "\n"
            + Fixtures.twoLesionPr("AFTER")
            + "\n";
    Path file = dir.resolve("numbers.ndjson");
    Files.writeString(file, input, StandardCharsets.UTF_8);

    RanoProcess.Result result =
        RanoProcess.run(
            new ProcessBuilder(RanoProcess.command(List.of("-Xmx128m"), "score", "--ndjson", "-"))
                .redirectInput(file.toFile()),
            dir);

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(result.outLines()).hasSize(3);
    JsonNode huge = Fixtures.parse(result.outLines().get(0));
    assertThat(huge.get("id").asText()).isEqualTo("BAD");
    assertThat(huge.get("error").get("path").asText()).isEqualTo("zzz");
    assertThat(huge.get("error").get("message").asText())
        .contains("1e2147483648", "cannot be represented");
    JsonNode tiny = Fixtures.parse(result.outLines().get(1)).get("error");
    assertThat(tiny.get("path").asText()).isEqualTo("baseline.targets[0].diametersMm[1]");
    assertThat(tiny.get("message").asText()).contains("0e-999999999", "100 digits");
    assertThat(Fixtures.parse(result.outLines().get(2)).get("id").asText()).isEqualTo("AFTER");
    assertThat(result.err()).doesNotContain("internal error", "Exception");
  }

  @Test
  void hugeExponent_inClassify_isAnErrorRecord_andTheStreamGoesOn() {
    Cli.Run run =
        Cli.withInput(
            "{\"id\":\"BAD\",\"zzz\":1e2147483648}\n" + FINDINGS + "\n",
            "classify",
            "--ndjson",
            "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).contains("\"path\":\"zzz\"", "1e2147483648");
    assertThat(run.outLines().get(1)).contains("\"label\"");
  }

  // ------------------------------------------------------------- 4: blank-looking lines

  @Test
  void blankLookingLines_eachGetAnErrorRecord_onlySpaceTabCrAreBlank() throws Exception {
    List<String> lookBlank =
        List.of("\u000b", "\f", "\u001c", "\u001f", "\u2003", "\u2028", "\u3000");
    String input = String.join("\n", lookBlank) + "\n \t\r\n\n" + Fixtures.sequence("S") + "\n";

    RanoProcess.Result result = RanoProcess.withInput(dir, input, "score", "--ndjson", "-");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(result.outLines()).hasSize(lookBlank.size() + 1);
    for (int i = 0; i < lookBlank.size(); i++) {
      assertThat(Fixtures.parse(result.outLines().get(i)).has("error")).isTrue();
    }
    assertThat(result.errLines())
        .hasSize(lookBlank.size())
        .allSatisfy(line -> assertThat(line).startsWith("rano: line "));
  }

  // -------------------------------------------------------------------- 5: lone surrogates

  @Test
  void loneSurrogateId_isRejectedAtId_andEchoedAsAnEscapeNeverAsQuestionMark() throws Exception {
    String input =
        """
        {"id":"\\ud800","referenceDate":"2026-01-10","responses":[]}
        {"id":"\\udc00"}
        """;

    RanoProcess.Result result = RanoProcess.withInput(dir, input, "score", "--ndjson", "-");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(result.outLines()).hasSize(2);
    assertThat(result.out())
        .doesNotContain("?")
        .contains("\"id\":\"\\uD800\"", "\"id\":\"\\uDC00\"");
    JsonNode first = Fixtures.parse(result.outLines().get(0));
    assertThat(first.get("id").asText()).isEqualTo("\ud800");
    assertThat(first.get("error").get("path").asText()).isEqualTo("id");
    assertThat(first.get("error").get("message").asText()).contains("lone surrogate");
    assertThat(result.err()).doesNotContain("?").contains("\\ud800", "\\udc00");
  }

  // ----------------------------------------------------- 9: control characters on a terminal

  @Test
  void controlCharactersAndBidiOverrides_areEscapedInTextAndOnStderr() throws Exception {
    String id = "\\u001b[31mRED\\r\\u0000\\u202eX\\u2066";
    String input =
        "{\"id\":\""
            + id
            + "\",\"referenceDate\":\"2026-01-10\",\"responses\":["
            + "{\"date\":\"2026-02-07\",\"response\":\"PR\"}]}\n"
            + "{\"id\":\""
            + id
            + "\"}\n";

    RanoProcess.Result result =
        RanoProcess.withInput(dir, input, "score", "--text", "--ndjson", "-");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    for (String text : List.of(result.out(), result.err())) {
      assertThat(text)
          .doesNotContain("\u001b", "\r", "\u0000", "\u202e", "\u2066")
          .contains("\\u001b[31mRED\\u000d\\u0000\\u202eX\\u2066");
    }
  }

  // -------------------------------------------------------------------- 10: closed stdin

  @Test
  void closedStandardInput_isAnInputError_exit2() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "/bin/bash is absent; test skipped");
    List<String> command =
        new ArrayList<>(List.of(bash.toString(), "-c", "exec \"$@\" <&-", "bash"));
    command.addAll(RanoProcess.command(List.of(), "score", "--ndjson", "-"));

    RanoProcess.Result result = RanoProcess.run(new ProcessBuilder(command), dir);

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines())
        .singleElement()
        .asString()
        .startsWith("rano: standard input: cannot read: it is closed");
  }

  @Test
  void emptyStandardInput_devNull_isNotMistakenForClosed_exit0() throws Exception {
    RanoProcess.Result result =
        RanoProcess.run(
            RanoProcess.builder("score", "--ndjson", "-")
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))),
            dir);

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  // --------------------------------------------------------- 11: digits, exit codes, values

  @ParameterizedTest
  @ValueSource(strings = {"\u0663", "\u0969", "\uff13", "+3", " 3", "3 "})
  void optionNumber_notInAsciiDigits_isAUsageError_exit2(String value) throws Exception {
    RanoProcess.Result result =
        RanoProcess.withInput(dir, "", "score", "--confirmation-days", value, "--ndjson", "-");

    assertThat(result.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(result.err()).contains("--confirmation-days", "ASCII digits");
  }

  @Test
  void invalidCase_exit1_butABug_exit4() throws Exception {
    RanoProcess.Result rejected = RanoProcess.withInput(dir, "{}\n", "score", "--ndjson", "-");
    assertThat(rejected.exitCode()).isEqualTo(Main.EXIT_REJECTED);

    InputStream broken =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("a bug");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            throw new IllegalStateException("a bug");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"score", "--ndjson", "-"},
            broken,
            new ByteArrayOutputStream(),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(Main.EXIT_INTERNAL);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("rano: internal error (a bug in rano")
        .doesNotContain("\tat ");
  }

  @Test
  void wholeNumberWrittenWithExponent_isReportedAsWritten() {
    Cli.Run run =
        Cli.withInput(
            Fixtures.with(Fixtures.sequence("E"), "/criteria", "{\"confirmationDays\":1e0}"),
            "score",
            "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.out())
        .contains("1e0 is not a whole number as written", "without a fraction or exponent");
  }

  @Test
  void longBadValue_isQuotedToItsFirst100Characters_withItsLength() {
    String date = "9".repeat(10_000_000);
    String input = Fixtures.with(Fixtures.twoLesionPr("D"), "/baseline/date", "\"" + date + "\"");

    Cli.Run run = Cli.withInput(input, "score", "--max-line-bytes", "20000000", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.out().length()).isLessThan(2_000);
    assertThat(run.err().length()).isLessThan(2_000);
    assertThat(run.err()).contains("9".repeat(100) + "... (10000000 characters)");
  }

  @Test
  @SuppressWarnings("NullAway") // nulls on purpose
  void publicMethods_nameTheNullParameter() {
    for (int i = 0; i < 4; i++) {
      Object[] args = {
        new String[0],
        InputStream.nullInputStream(),
        new ByteArrayOutputStream(),
        new ByteArrayOutputStream()
      };
      args[i] = null;
      String expected = List.of("args", "in", "out", "err").get(i);
      try {
        Main.run(
            (String[]) args[0],
            (InputStream) args[1],
            (java.io.OutputStream) args[2],
            (java.io.OutputStream) args[3]);
        throw new AssertionError("no exception for a null " + expected);
      } catch (NullPointerException e) {
        assertThat(e.getMessage()).isEqualTo(expected);
      }
    }
    // the codec the benchmarks measure is rano-json's CaseFormat (CaseCodec moved there)
    org.rano.json.CaseFormat codec = org.rano.json.CaseFormat.withDefaults();
    assertThatNullPointerException()
        .isThrownBy(() -> codec.read((String) null))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> codec.write((org.rano.CaseAssessment) null))
        .withMessage("assessment");
  }

  // ----------------------------------------------------------------------------- helpers

  /** A file of {@code count} repetitions of the given lines. */
  private Path lines(String name, int count, String... lines) {
    Path file = dir.resolve(name + ".ndjson");
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        for (String line : lines) {
          writer.write(line);
          writer.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static void assertEveryLineIsAJsonObject(List<String> lines) throws IOException {
    for (String line : lines) {
      assertThat(STRICT.readTree(line).isObject()).as(line).isTrue();
    }
  }
}
