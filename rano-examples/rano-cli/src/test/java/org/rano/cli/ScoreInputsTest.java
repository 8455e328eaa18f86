package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rano score} over several FILEs, a FILE holding a JSON array of cases, pretty-printed input
 * given to {@code --ndjson}, and {@code --quiet} (issue 12, item 6).
 */
class ScoreInputsTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> ids(Cli.Run run) {
    List<String> ids = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode id = Fixtures.parse(line).get("id");
      ids.add(id.isNull() ? "null" : id.asText());
    }
    return ids;
  }

  // -------------------------------------------------------------------------------- a pipe

  /**
   * A named pipe given as FILE, as {@code --ndjson <(zcat cohort.ndjson.gz)} gives one: a stream
   * over a pipe opened as a file cannot say what is available ("Illegal seek"), which must not stop
   * the reading. Needs {@code mkfifo}, which every Linux has; elsewhere the test is skipped.
   */
  @Test
  void aNamedPipe_asFile_isReadToTheEnd_ndjson() throws Exception {
    Path fifo = dir.resolve("cases.fifo");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no mkfifo here: " + e.getMessage());
      return;
    }
    assertThat(mkfifo.waitFor()).isZero();
    String input =
        Fixtures.sequence("P1").replace('\n', ' ')
            + "\n"
            + Fixtures.sequence("P2").replace('\n', ' ')
            + "\n";
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, input, StandardCharsets.UTF_8);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.start();

    Cli.Run run = Cli.run("score", "--ndjson", fifo.toString());
    writer.join(10_000);

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(ids(run)).containsExactly("P1", "P2");
  }

  // ----------------------------------------------------------------------------- several files

  @Test
  void severalFiles_oneLinePerCase_inFileOrder_exit0() throws Exception {
    Path a = write("a.json", Fixtures.sequence("A"));
    Path b = write("b.json", Fixtures.twoLesionPr("B"));

    Cli.Run run = Cli.run("score", b.toString(), a.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(ids(run)).containsExactly("B", "A");
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void severalFiles_withStdin_inTheOrderGiven() throws Exception {
    Path a = write("a.json", Fixtures.sequence("A"));

    Cli.Run run = Cli.withInput(Fixtures.sequence("S"), "score", a.toString(), "-");

    assertThat(run.exitCode()).isZero();
    assertThat(ids(run)).containsExactly("A", "S");
  }

  @Test
  void severalFiles_anUnreadableOneIsNamed_othersScored_exit2() throws Exception {
    Path a = write("a.json", Fixtures.sequence("A"));
    Path missing = dir.resolve("missing.json");
    Path bad = write("bad.json", "{\"id\":\"BAD\"}");

    Cli.Run run = Cli.run("score", a.toString(), missing.toString(), bad.toString());

    // the usage error (2) outranks the rejected case (1)
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(ids(run)).containsExactly("A", "BAD");
    assertThat(run.errLines())
        .containsExactly(
            "rano: " + missing + ": cannot read: no such file",
            "rano: "
                + bad
                + " BAD: baseline: "
                + Fixtures.parse(run.outLines().get(1)).get("error").get("message").asText());
  }

  @Test
  void severalFiles_worstExitCode_rejectedCase_exit1() throws Exception {
    Path a = write("a.json", Fixtures.sequence("A"));
    Path bad = write("bad.json", "not json");

    Cli.Run run = Cli.run("score", bad.toString(), a.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(ids(run)).containsExactly("null", "A");
  }

  @Test
  void aFileNamedAsNdjsonOrJsonl_isReadOneCasePerLine_withoutTheOption() throws Exception {
    Path a = write("a.ndjson", Fixtures.sequence("A1") + "\n" + Fixtures.sequence("A2") + "\n");
    Path b = write("b.JSONL", Fixtures.sequence("B1") + "\n");
    Path c = write("c.json", Fixtures.sequence("C1") + "\n" + Fixtures.sequence("C2") + "\n");

    Cli.Run lines = Cli.run("score", a.toString(), b.toString());
    Cli.Run json = Cli.run("score", c.toString());

    assertThat(lines.exitCode()).as(lines.err()).isZero();
    assertThat(ids(lines)).containsExactly("A1", "A2", "B1");
    assertThat(lines.outLines()).hasSize(3);
    // a .json file is one case per text still, and says how to read lines
    assertThat(json.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(json.err()).contains("use --ndjson for one case per line");
  }

  @Test
  void severalFiles_ndjson_linesNamedByFileAndLine() throws Exception {
    Path a = write("a.ndjson", Fixtures.sequence("A1") + "\n{\"id\":\"A2\"}\n");
    Path b = write("b.ndjson", "\n" + Fixtures.sequence("B1") + "\n{\"id\":\"B2\"}\n");

    Cli.Run run = Cli.run("score", "--ndjson", a.toString(), b.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(ids(run)).containsExactly("A1", "A2", "B1", "B2");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("rano: " + a + " line 2 A2: baseline: ");
    assertThat(run.errLines().get(1)).startsWith("rano: " + b + " line 3 B2: baseline: ");
  }

  @Test
  void severalFiles_text_oneReportEach() throws Exception {
    Path a = write("a.json", Fixtures.sequence("A"));
    Path b = write("b.json", Fixtures.sequence("B"));

    Cli.Run run = Cli.run("score", "--text", a.toString(), b.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Case A", "Case B");
    assertThat(run.out().indexOf("Case A")).isLessThan(run.out().indexOf("Case B"));
  }

  @Test
  void standardInputTwice_isUsageError_exit2() {
    Cli.Run run = Cli.withInput(Fixtures.sequence("S"), "score", "-", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("rano: - (standard input) can be given once only\n");
  }

  @Test
  void oneFile_staysIndentedJson() {
    Cli.Run run = Cli.withInput(Fixtures.sequence("S"), "score", "-");

    assertThat(run.out()).startsWith("{\n  \"id\": \"S\",");
  }

  // ------------------------------------------------------------------------- arrays of cases

  @Test
  void array_eachElementScored_oneLineEach_errorPathsPrefixedByIndex_exit1() throws Exception {
    String array =
        "[\n  "
            + Fixtures.sequence("A")
            + ",\n  {\"id\": \"B\"},\n  "
            + Fixtures.twoLesionPr("C")
            + ",\n  42,\n  "
            + Fixtures.with(Fixtures.twoLesionPr("E"), "/followUps/0/date", "\"2026-13-01\"")
            + "\n]\n";
    Path file = write("cases.json", array);

    Cli.Run run = Cli.run("score", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(ids(run)).containsExactly("A", "B", "C", "null", "E");
    assertThat(Fixtures.parse(run.outLines().get(1)).get("error").get("path").asText())
        .isEqualTo("[1].baseline");
    assertThat(Fixtures.parse(run.outLines().get(3)).get("error").get("path").asText())
        .isEqualTo("[3]");
    assertThat(Fixtures.parse(run.outLines().get(4)).get("error").get("path").asText())
        .isEqualTo("[4].followUps[0].date");
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines().get(0)).startsWith("rano: " + file + " B: [1].baseline: ");
    assertThat(run.errLines().get(1)).startsWith("rano: " + file + ": [3]: ");
  }

  @Test
  void array_resultsEqualThoseOfTheCasesScoredOneByOne() {
    String a = Fixtures.sequence("A");
    String b = Fixtures.twoLesionPr("B");

    Cli.Run array = Cli.withInput("[" + a + "," + b + "]", "score", "-");
    Cli.Run lines = Cli.withInput(a + "\n" + b + "\n", "score", "--ndjson", "-");

    assertThat(array.exitCode()).isZero();
    assertThat(array.out()).isEqualTo(lines.out());
  }

  @Test
  void array_empty_noOutput_exit0() {
    Cli.Run run = Cli.withInput(" [ ]\n", "score", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void array_malformed_oneErrorRecordForTheFile_noElementScored_exit1() {
    Cli.Run run = Cli.withInput("[" + Fixtures.sequence("A") + ",\n{\"id\":", "score", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.outLines()).hasSize(1);
    JsonNode error = Fixtures.parse(run.out()).get("error");
    assertThat(error.get("path").asText()).isEmpty();
    assertThat(error.get("message").asText()).startsWith("not JSON: ").contains("line 2");
  }

  @Test
  void array_followedByMoreText_isRejectedWithAHint_exit1() {
    Cli.Run run = Cli.withInput("[" + Fixtures.sequence("A") + "] {}", "score", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.outLines()).hasSize(1);
    assertThat(Fixtures.parse(run.out()).get("error").get("message").asText())
        .startsWith("not JSON: more text after the array of cases")
        .contains("--ndjson");
  }

  @Test
  void array_longerThanMaxLineBytes_isRejectedUnread_exit1() {
    String array = "[" + Fixtures.sequence("A") + "," + Fixtures.sequence("B") + "]";

    Cli.Run run = Cli.withInput(array, "score", "--max-line-bytes", "100", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(Fixtures.parse(run.out()).get("error").get("message").asText())
        .contains("more than the maximum of 100");
  }

  // ------------------------------------------------------------- pretty-printed to --ndjson

  @Test
  void ndjson_prettyPrintedCase_saidOnceWithAHint_noOutput_exit2() {
    String pretty = Cli.withInput(Fixtures.sequence("P"), "score", "-").out(); // indented JSON
    assertThat(pretty.lines().count()).isGreaterThan(20);

    Cli.Run run = Cli.withInput("\n" + pretty, "score", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("rano: standard input: lines 2-" + (pretty.lines().count() + 1) + " hold one")
        .contains("this looks like one pretty-printed case: drop --ndjson");
  }

  @Test
  void ndjson_prettyPrintedArray_saidOnce_exit2() throws Exception {
    Path file =
        write(
            "cases.json",
            "[ {\n  \"id\": \"A\",\n  \"referenceDate\": \"2026-01-10\",\n  \"responses\": []\n} ]\n");

    Cli.Run run = Cli.run("score", "--ndjson", file.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "rano: "
                + file
                + ": lines 1-5 hold one JSON array over several lines, not one case per line as"
                + " --ndjson reads; this looks like a pretty-printed array of cases: drop --ndjson"
                + " to score each element (or write one case per line, e.g. jq -c '.[]')\n");
  }

  @Test
  void ndjson_prettyPrintedFile_otherFilesStillScored() throws Exception {
    Path pretty = write("pretty.json", "{\n\"id\": \"P\"\n}\n");
    Path good = write("good.ndjson", Fixtures.sequence("G") + "\n");

    Cli.Run run = Cli.run("score", "--ndjson", pretty.toString(), good.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(ids(run)).containsExactly("G");
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void ndjson_truncatedFirstLineThenGenuineLines_oneRecordPerLine_exit1() {
    // the first line opens an object the second cannot continue: NDJSON with a bad line
    String input =
        "{\"id\": \"T\", \"baseline\": {\n"
            + Fixtures.sequence("A")
            + "\n[\n"
            + Fixtures.sequence("B")
            + "\n";

    Cli.Run run = Cli.withInput(input, "score", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(ids(run)).containsExactly("null", "A", "null", "B");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).startsWith("rano: line 1: not JSON");
    assertThat(run.errLines().get(1)).startsWith("rano: line 3: not JSON");
  }

  @Test
  void ndjson_openerOnlyLinesNeverClosed_withinTheLimit_oneRecordPerLine() {
    Cli.Run run = Cli.withInput("{\n\"id\": \"A\",\n", "score", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void ndjson_prettyPrintedLongerThanMaxLineBytes_isNotKept_linesRejectedOneByOne() {
    String pretty = Cli.withInput(Fixtures.sequence("P"), "score", "-").out();

    Cli.Run run = Cli.withInput(pretty, "score", "--ndjson", "--max-line-bytes", "200", "-");

    // the read-ahead stops at 200 bytes: no hint, every non-blank line its own record
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.outLines()).hasSize((int) pretty.lines().count());
  }

  // ----------------------------------------------------------------------------------- quiet

  @Test
  void quiet_noPerCaseLinesOnStderr_errorRecordsStay_exitCodeStays() {
    String input = Fixtures.sequence("A") + "\n{\"id\":\"B\"}\nnot json\n";

    Cli.Run loud = Cli.withInput(input, "score", "--ndjson", "-");
    Cli.Run quiet = Cli.withInput(input, "score", "--ndjson", "--quiet", "-");
    Cli.Run q = Cli.withInput(input, "score", "-q", "--ndjson", "-");

    assertThat(loud.errLines()).hasSize(2);
    assertThat(quiet.err()).isEmpty();
    assertThat(q.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(loud.out());
    assertThat(quiet.exitCode()).isEqualTo(Main.EXIT_REJECTED);
  }

  @Test
  void quiet_stillReportsAnUnreadableFile() {
    Cli.Run run = Cli.run("score", "--quiet", dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("cannot read: no such file");
  }

  // ------------------------------------------------------------------ as a separate process

  @Test
  void process_quiet_coProcessThatNeverReadsStderr_doesNotHang_exit1() throws Exception {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      input.append("{\"id\":\"R").append(i).append("\"}\n");
    }
    Path in = write("rejected.ndjson", input.toString());
    Path out = dir.resolve("out.ndjson");
    // standard error is a pipe nobody reads: 3000 lines of it would fill it and block rano
    Process process =
        RanoProcess.builder("score", "--ndjson", "--quiet", "-")
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    try {
      assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(Main.EXIT_REJECTED);
      assertThat(Files.readAllLines(out)).hasSize(3000);
      assertThat(process.getErrorStream().readAllBytes()).isEmpty();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void process_severalFiles_exitCodeIsTheWorst() throws Exception {
    Path good = write("good.json", Fixtures.sequence("G"));
    Path bad = write("bad.json", "{\"id\":\"B\"}");

    RanoProcess.Result rejected =
        RanoProcess.run(RanoProcess.builder("score", good.toString(), bad.toString()), dir);
    RanoProcess.Result missing =
        RanoProcess.run(
            RanoProcess.builder(
                "score", bad.toString(), dir.resolve("none.json").toString(), good.toString()),
            dir);

    assertThat(rejected.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(rejected.outLines()).hasSize(2);
    assertThat(missing.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(missing.outLines()).hasSize(2);
    assertThat(missing.errLines()).hasSize(2);
  }
}
