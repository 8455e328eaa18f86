package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rano report} end to end: reading as score does, the report, exit codes and writes. */
class ReportCommandTest {
  private static final String COHORT = "../examples/cases/cohort.ndjson";

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void exampleCohort_writesTheReport_exit0(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    Cli.Run run = Cli.run("report", "--ndjson", COHORT, "--output", html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo("rano report: wrote " + html + " (6 cases assessed, 0 rejected)\n");
    String report = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(report).startsWith("<!DOCTYPE html>").contains("<title>RANO-LM cohort report");
    assertThat(count(report, "class=\"lane-g\"")).isEqualTo(6);
    assertThat(count(report, "<section class=\"case\"")).isEqualTo(6);
    assertThat(report).doesNotContain("id=\"rejected\"");
    // no temporary file is left beside it
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(html);
    }
  }

  @Test
  void exampleCohort_namedAsNdjson_isReadOneCasePerLine_withoutTheOption(@TempDir Path dir)
      throws Exception {
    // the command of issue 13's "done when", as written there
    Path html = dir.resolve("report.html");
    Cli.Run run = Cli.run("report", COHORT, "--output", html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("6 cases assessed, 0 rejected");
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("data-chart=\"swimmer\"");
  }

  @Test
  void rejectedCase_isListed_andStillWritesTheReport_exit1(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    String input =
        Files.readString(Path.of(COHORT), StandardCharsets.UTF_8) + "{\"id\":\"BAD\"}\nnot json\n";
    Cli.Run run =
        Cli.withInput(
            input, "report", "--ndjson", "-", "--output", html.toString(), "--title", "T");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .isEqualTo(
            "rano: standard input line 7 BAD: baseline: is missing; a case has baseline and followUps (raw assessments) or referenceDate and responses (a response sequence)");
    assertThat(run.errLines().get(1)).startsWith("rano: standard input line 8: ");
    String report = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(count(report, "<tr class=\"rej\">")).isEqualTo(2);
    assertThat(report).contains("standard input line 7").contains("BAD").contains("<h1>T</h1>");
    assertThat(run.out()).contains("(6 cases assessed, 2 rejected)");
  }

  @Test
  void quiet_keepsStandardErrorEmpty(@TempDir Path dir) {
    Cli.Run run =
        Cli.withInput(
            "{\"id\":\"BAD\"}\n",
            "report",
            "--ndjson",
            "-",
            "-q",
            "--output",
            dir.resolve("r.html").toString());
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void criteriaOptions_areInForce(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    Cli.Run run =
        Cli.run(
            "report", "--ndjson", COHORT, "--output", html.toString(), "--confirmation-days", "60");
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("<code>confirmationDays</code></td><td>60 (not the default)");
  }

  @Test
  void oneCaseFile_andAJsonArray_areReadAsScoreReadsThem(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    assertThat(
            Cli.run("report", "../examples/cases/cr.json", "--output", html.toString()).exitCode())
        .isZero();
    assertThat(count(Files.readString(html, StandardCharsets.UTF_8), "class=\"lane-g\""))
        .isEqualTo(1);
    String array =
        "[" + String.join(",", Files.readAllLines(Path.of(COHORT), StandardCharsets.UTF_8)) + "]";
    Cli.Run run = Cli.withInput(array, "report", "-", "--output", html.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(count(Files.readString(html, StandardCharsets.UTF_8), "class=\"lane-g\""))
        .isEqualTo(6);
  }

  @Test
  void svgDirectory_getsEachPlot(@TempDir Path dir) throws Exception {
    Path svg = dir.resolve("plots/nested");
    Cli.Run run =
        Cli.run(
            "report",
            "--ndjson",
            COHORT,
            "--output",
            dir.resolve("r.html").toString(),
            "--svg",
            svg.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(svg.resolve("swimmer.svg")).exists();
    assertThat(svg.resolve("spider.svg")).exists();
    assertThat(svg.resolve("waterfall.svg")).exists();
    assertThat(svg.resolve("progression-free.svg")).exists();
    assertThat(svg.resolve("case-1-strip.svg")).exists();
    assertThat(Files.readString(svg.resolve("swimmer.svg"), StandardCharsets.UTF_8))
        .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
  }

  @Test
  void sameInput_sameBytes(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    assertThat(Cli.run("report", "--ndjson", COHORT, "--output", a.toString()).exitCode()).isZero();
    assertThat(Cli.run("report", "--ndjson", COHORT, "--output", b.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
  }

  @Test
  void missingOutput_isAUsageError_exit2() {
    Cli.Run run = Cli.run("report", "--ndjson", COHORT);
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--output");
  }

  @Test
  void unreadableInput_isAUsageError_andWritesNothing(@TempDir Path dir) {
    Path html = dir.resolve("r.html");
    Cli.Run run =
        Cli.run("report", dir.resolve("missing.ndjson").toString(), "--output", html.toString());
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("cannot read: no such file");
    assertThat(html).doesNotExist();
  }

  @Test
  void outputThatCannotBeWritten_failsLoudly_exit3(@TempDir Path dir) throws Exception {
    Cli.Run missingDir =
        Cli.run("report", "--ndjson", COHORT, "--output", dir.resolve("no/such/r.html").toString());
    assertThat(missingDir.exitCode()).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(missingDir.err()).contains("cannot write").contains("does not exist");
    assertThat(missingDir.out()).isEmpty();

    Cli.Run isDirectory = Cli.run("report", "--ndjson", COHORT, "--output", dir.toString());
    assertThat(isDirectory.exitCode()).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(isDirectory.err()).contains("is a directory");

    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    Cli.Run svgOnAFile =
        Cli.run(
            "report",
            "--ndjson",
            COHORT,
            "--output",
            dir.resolve("r.html").toString(),
            "--svg",
            file.resolve("sub").toString());
    assertThat(svgOnAFile.exitCode()).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(svgOnAFile.err()).contains("--svg").contains("cannot create the directory");
  }

  @Test
  void fullDisk_failsLoudly_exit3() throws Exception {
    Path full = Path.of("/dev/full");
    if (!Files.exists(full)) {
      return; // not Linux: the cases above cover a write that fails
    }
    // a device is written in place (never replaced by a rename): /dev/full fails every write
    Cli.Run run = Cli.run("report", "--ndjson", COHORT, "--output", full.toString());
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(run.err()).startsWith("rano: /dev/full: cannot write").contains("No space left");
    assertThat(run.out()).isEmpty();
    assertThat(Files.isRegularFile(full)).as("/dev/full is still a device").isFalse();
  }

  @Test
  void help_namesTheCommandAndItsOptions() {
    Cli.Run run = Cli.run("report", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: rano report")
        .contains("--output=REPORT.html")
        .contains("--svg=DIR")
        .contains("--confirmation-days")
        .contains("Clopper-Pearson 95 % interval");
    assertThat(run.err()).isEmpty(); // picocli warns there of a bad format in a description
  }
}
