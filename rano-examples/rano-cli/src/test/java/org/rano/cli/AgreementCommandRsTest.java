package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rano agreement --rs RS.csv --dm DM.csv --evaluators ...} end to end (issue 16): readers of
 * SDTM RS matched by USUBJID and VISITNUM, error records with reader, file, row, USUBJID, variable
 * and value, exit codes, usage errors, the table, and that neither the order of the rows nor of the
 * evaluators changes the output. The RS and DM files are written here, by hand.
 */
class AgreementCommandRsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String RS_HEADER =
      "STUDYID,DOMAIN,USUBJID,RSSEQ,RSTESTCD,RSORRES,RSSTRESC,RSEVAL,RSEVALID,VISITNUM,VISIT,RSDTC";

  private static final String DM =
      """
      STUDYID,DOMAIN,USUBJID,RFSTDTC
      T,DM,S-1,2026-01-05
      T,DM,S-2,2026-01-12
      T,DM,S-3,2026-01-19
      T,DM,S-4,2026-01-26
      T,DM,S-5,2026-02-02
      """;

  /** One overall response row; an empty response is a missing one. */
  private static String row(
      String subject, String evaluator, String reader, int visit, String date, String response) {
    String word = response.isEmpty() ? "NA" : response;
    return String.join(
        ",",
        "T",
        "RS",
        subject,
        "1",
        "OVRLRESP",
        word,
        word,
        evaluator,
        reader.isEmpty() ? "NA" : reader,
        String.valueOf(visit),
        "WEEK " + (4 * (visit - 1)),
        date);
  }

  private static String ia(String subject, String reader, int visit, String date, String call) {
    return row(subject, "INDEPENDENT ASSESSOR", reader, visit, date, call);
  }

  /**
   * Two readers R1, R2 and the investigator: S-1 agree; S-2 disagree at visit 3 (SD/PD); S-3 R2
   * dates visit 2 two days later; S-4 R2 did not rate visit 3; S-5 R2's visit 2 not evaluated.
   */
  private static List<String> rows() {
    List<String> rows = new ArrayList<>();
    for (String reader : List.of("R1", "R2")) {
      rows.add(ia("S-1", reader, 2, "2026-02-02", "PR"));
      rows.add(ia("S-1", reader, 3, "2026-03-02", "PR"));
      rows.add(ia("S-2", reader, 2, "2026-02-09", "SD"));
      rows.add(ia("S-2", reader, 3, "2026-03-09", reader.equals("R1") ? "SD" : "PD"));
      rows.add(ia("S-2", reader, 4, "2026-04-06", "PD"));
      rows.add(ia("S-3", reader, 2, reader.equals("R1") ? "2026-02-16" : "2026-02-18", "CR"));
      rows.add(ia("S-3", reader, 3, "2026-03-16", "CR"));
      rows.add(ia("S-4", reader, 2, "2026-02-23", "SD"));
      if (reader.equals("R1")) {
        rows.add(ia("S-4", reader, 3, "2026-03-23", "SD"));
      }
      rows.add(ia("S-4", reader, 4, "2026-04-20", "PD"));
      rows.add(ia("S-5", reader, 2, "2026-03-02", reader.equals("R1") ? "PR" : ""));
      rows.add(ia("S-5", reader, 3, "2026-03-30", "PR"));
    }
    rows.add(row("S-1", "INVESTIGATOR", "", 2, "2026-02-02", "PR"));
    rows.add(row("S-1", "INVESTIGATOR", "", 3, "2026-03-02", "SD"));
    rows.add(row("S-2", "INVESTIGATOR", "", 2, "2026-02-09", "SD"));
    return rows;
  }

  private static Path write(Path dir, String name, List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(RS_HEADER);
    lines.addAll(rows);
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static Path dm(Path dir) throws IOException {
    Path file = dir.resolve("dm.csv");
    Files.writeString(file, DM, StandardCharsets.UTF_8);
    return file;
  }

  private static Cli.Run agreement(Path rs, Path dm, String evaluators, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "agreement",
                "--rs",
                rs.toString(),
                "--dm",
                dm.toString(),
                "--evaluators",
                evaluators,
                "--bootstrap",
                "50"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(new String[0]));
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static JsonNode item(JsonNode study, String name) {
    for (JsonNode item : study.get("items")) {
      if (item.get("item").asText().equals(name)) {
        return item;
      }
    }
    throw new AssertionError("no item " + name + " in " + study.get("items"));
  }

  @Test
  void twoReaders_areMatchedByVisit_withTheItemsOfRs(@TempDir Path dir) throws IOException {
    Cli.Run run = agreement(write(dir, "rs.csv", rows()), dm(dir), "R1,R2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode study = json(run.out());
    assertThat(study.get("readers").toString()).isEqualTo("[\"R1\",\"R2\"]");
    assertThat(study.get("cases").asInt()).isEqualTo(5);
    List<String> items = new ArrayList<>();
    study.get("items").forEach(i -> items.add(i.get("item").asText()));
    assertThat(items)
        .containsExactly(
            "overall", "bestOverallResponse", "confirmedBestOverallResponse", "progressionDate");
    JsonNode overall = item(study, "overall");
    // 12 visits, S-4's visit 3 rated by R1 alone; of the 11 pairs R1 and R2 disagree on 2.
    assertThat(overall.get("units").asInt()).isEqualTo(11);
    assertThat(overall.get("unitsRatedByOneReader").asInt()).isEqualTo(1);
    assertThat(overall.get("percentAgreement").asDouble()).isEqualTo(9.0 / 11);
    assertThat(study.get("settings").get("followUpsMatchedBy").asText()).isEqualTo("visit");
    JsonNode dates = study.get("differingVisitDates");
    assertThat(dates).hasSize(1);
    assertThat(dates.get(0).get("id").asText()).isEqualTo("S-3");
    assertThat(dates.get(0).get("visit").asText()).isEqualTo("2");
    List<String> adjudication = new ArrayList<>();
    study
        .get("adjudication")
        .forEach(
            a ->
                adjudication.add(
                    a.get("id").asText()
                        + " "
                        + a.get("item").asText()
                        + (a.has("visit") ? " visit " + a.get("visit").asText() : "")));
    assertThat(adjudication)
        .contains("S-2 overall visit 3", "S-2 progressionDate", "S-5 overall visit 2");
    assertThat(study.get("reportedVsDerived")).isEmpty();
    JsonNode r2 = study.get("completeness").get(1);
    assertThat(r2.get("reader").asText()).isEqualTo("R2");
    assertThat(r2.get("complete").asInt()).isEqualTo(3);
    assertThat(study.get("notes").toString()).contains("VISITNUM");
  }

  @Test
  void investigator_isAReader_next_toRseValidReaders(@TempDir Path dir) throws IOException {
    Cli.Run run = agreement(write(dir, "rs.csv", rows()), dm(dir), "INVESTIGATOR,R1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode study = json(run.out());
    assertThat(study.get("readers").toString()).isEqualTo("[\"INVESTIGATOR\",\"R1\"]");
    // S-1 visit 3: investigator SD, R1 PR.
    assertThat(study.get("adjudication").get(0).get("values").toString())
        .contains("\"INVESTIGATOR\"", "\"SD\"", "\"PR\"");
  }

  @Test
  void checkWord_isAnErrorRecord_ofThatSubjectForEveryReader_andTheRestIsAnalysed(@TempDir Path dir)
      throws IOException {
    List<String> rows = rows();
    int at = rows.indexOf(ia("S-2", "R1", 3, "2026-03-09", "SD"));
    rows.set(at, ia("S-2", "R1", 3, "2026-03-09", "CHECK"));
    Path rs = write(dir, "rs.csv", rows);
    Cli.Run run = agreement(rs, dm(dir), "R1,R2");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    JsonNode study = json(run.out());
    assertThat(study.get("cases").asInt()).isEqualTo(4);
    JsonNode errors = study.get("errors");
    assertThat(errors).hasSize(2);
    JsonNode check = errors.get(0);
    assertThat(check.get("reader").asText()).isEqualTo("R1");
    assertThat(check.get("file").asText()).isEqualTo(rs.toString());
    assertThat(check.get("row").asInt()).isEqualTo(at + 2);
    assertThat(check.get("id").asText()).isEqualTo("S-2");
    assertThat(check.get("variable").asText()).isEqualTo("RSSTRESC");
    assertThat(check.get("value").asText()).isEqualTo("CHECK");
    assertThat(errors.get(1).get("id").asText()).isEqualTo("S-2");
    assertThat(errors.get(1).get("message").asText()).startsWith("left out of the statistics");
    assertThat(study.toString()).doesNotContain("\"id\":\"S-2\",\"item\"");
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0))
        .isEqualTo(
            "rano: "
                + rs
                + " row "
                + (at + 2)
                + " (R1): USUBJID S-2: RSSTRESC 'CHECK': not a response; allowed: CR, PR, SD,"
                + " NON-CR/NON-PD, PD, NE or missing (not evaluated)");

    Cli.Run quiet = agreement(rs, dm(dir), "R1,R2", "--quiet");
    assertThat(quiet.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(run.out());
  }

  @Test
  void twoResponsesAtOneVisit_orNoVisitNumber_areErrorRecords(@TempDir Path dir)
      throws IOException {
    List<String> rows = rows();
    rows.add(ia("S-1", "R2", 3, "2026-03-20", "PD")); // a second visit 3 for R2, another date
    rows.add(ia("S-3", "R1", 9, "2026-04-16", "CR").replace(",9,WEEK 32,", ",NA,WEEK 32,"));
    Cli.Run run = agreement(write(dir, "rs.csv", rows), dm(dir), "R1,R2");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    JsonNode study = json(run.out());
    assertThat(study.get("cases").asInt()).isEqualTo(3);
    List<String> errors = new ArrayList<>();
    study
        .get("errors")
        .forEach(
            e ->
                errors.add(
                    e.get("id").asText()
                        + " "
                        + e.path("reader").asText("-")
                        + " "
                        + e.get("path").asText()
                        + " "
                        + e.get("message").asText()));
    assertThat(errors)
        .anySatisfy(
            e -> assertThat(e).startsWith("S-1 R2 VISITNUM two overall responses of R2 at this"))
        .anySatisfy(e -> assertThat(e).startsWith("S-3 R1 VISITNUM missing; the readers'"));
  }

  @Test
  void confirmedBestResponses_areDerivedUnderTheCriteriaOptions(@TempDir Path dir)
      throws IOException {
    Path rs = write(dir, "rs.csv", rows());
    Path dm = dm(dir);
    // S-5: R1 PR, PR 28 days apart (confirmed by default); R2 NE, PR (never confirmed).
    assertThat(agreement(rs, dm, "R1,R2").out())
        .contains("\"id\" : \"S-5\",\n    \"item\" : \"confirmedBestOverallResponse\"");
    // Confirmation after 60 days: neither reader's PR is confirmed, and they agree.
    assertThat(agreement(rs, dm, "R1,R2", "--confirmation-days", "60").out())
        .doesNotContain("\"id\" : \"S-5\",\n    \"item\" : \"confirmedBestOverallResponse\"");
  }

  @Test
  void partialDatesAndReferenceColumn_areThoseOfTheSdtmReader(@TempDir Path dir)
      throws IOException {
    List<String> rows = rows();
    int at = rows.indexOf(ia("S-1", "R2", 3, "2026-03-02", "PR"));
    rows.set(at, ia("S-1", "R2", 3, "2026-03", "PR"));
    Path rs = write(dir, "rs.csv", rows);
    Path dm = dm(dir);
    Cli.Run rejected = agreement(rs, dm, "R1,R2", "-q");
    assertThat(rejected.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(json(rejected.out()).get("errors").get(0).get("variable").asText())
        .isEqualTo("RSDTC");
    Cli.Run imputed = agreement(rs, dm, "R1,R2", "--partial-dates", "first");
    assertThat(imputed.exitCode()).as(imputed.err()).isZero();
    // R2's visit 3 on 2026-03-01, R1's on 2026-03-02: the same visit, dated differently.
    assertThat(json(imputed.out()).get("differingVisitDates").toString())
        .contains("\"id\":\"S-1\"", "2026-03-01");
    Cli.Run column = agreement(rs, dm, "R1,R2", "--reference-date", "RANDDT");
    assertThat(column.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(column.err()).contains("the header has no column RANDDT");
  }

  @Test
  void orderOfRows_andOfEvaluators_doesNotChangeTheOutput(@TempDir Path dir) throws IOException {
    Path dm = dm(dir);
    String before = agreement(write(dir, "a.csv", rows()), dm, "R1,R2").out();
    List<String> shuffled = new ArrayList<>(rows());
    Collections.shuffle(shuffled, new Random(7));
    String after = agreement(write(dir, "a.csv", shuffled), dm, "R2,R1").out();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void text_fitsInAHundredColumns_andShowsVisits(@TempDir Path dir) throws IOException {
    Cli.Run run = agreement(write(dir, "rs.csv", rows()), dm(dir), "R1,R2", "--text");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.outLines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(run.out())
        .contains("2 readers (R1, R2), 5 cases, 10 ratings, 0 error records")
        .contains("  S-2 visit 3 2026-03-09 overall: R1 SD, R2 PD")
        .contains("Visits the readers dated differently: 1")
        .contains("  S-3 visit 2: R1 2026-02-16, R2 2026-02-18")
        .contains("Completeness: ratings with a response at every visit any reader rated");
  }

  @Test
  void unknownEvaluator_isAUsageError_namingTheEvaluatorsPresent(@TempDir Path dir)
      throws IOException {
    Cli.Run run = agreement(write(dir, "rs.csv", rows()), dm(dir), "R1,R3");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("--evaluators: 'R3' has no overall responses (RSTESTCD OVRLRESP)")
        .contains(
            "present: RSEVALID 'R1', 'R2' (RSEVAL INDEPENDENT ASSESSOR); RSEVAL"
                + " INVESTIGATOR (no RSEVALID)");
  }

  @Test
  void badCombinationsOfInputs_areUsageErrors(@TempDir Path dir) throws IOException {
    String rs = write(dir, "rs.csv", rows()).toString();
    String dm = dm(dir).toString();
    List<List<String>> cases =
        List.of(
            List.of("--rs", rs, "--dm", dm, "--evaluators", "R1,R2", "-"),
            List.of("--rs", rs, "--evaluators", "R1,R2"),
            List.of("--rs", rs, "--dm", dm),
            List.of("--rs", rs, "--dm", dm, "--evaluators", "R1"),
            List.of("--rs", rs, "--dm", dm, "--evaluators", "R1,R1"),
            List.of("--rs", rs, "--dm", dm, "--evaluators", "R1,,R2"),
            List.of("--rs", rs, "--dm", dm, "--evaluators", "R1,R2", "--ndjson"),
            List.of("--dm", dm, "-"),
            List.of(),
            List.of("--rs", dir.resolve("none.csv").toString(), "--dm", dm, "--evaluators", "A,B"));
    List<String> messages =
        List.of(
            "mutually exclusive",
            "--rs needs --dm",
            "at least two distinct readers",
            "given: 'R1'",
            "names 'R1' twice",
            "empty name",
            "--ndjson and --rs",
            "--dm needs --rs",
            "give the ratings",
            "cannot read");
    for (int i = 0; i < cases.size(); i++) {
      List<String> args = new ArrayList<>(List.of("agreement"));
      args.addAll(cases.get(i));
      Cli.Run run = Cli.run(args.toArray(new String[0]));
      assertThat(run.exitCode()).as(args.toString()).isEqualTo(Main.EXIT_USAGE);
      assertThat(run.err()).as(args.toString()).contains(messages.get(i));
      assertThat(run.out()).as(args.toString()).isEmpty();
    }
  }

  /** The longest line of a text, in UTF-8 bytes, and its number from 1. */
  private static int[] longestLine(String text) {
    List<String> lines = text.lines().toList();
    int[] longest = {0, 0};
    for (int i = 0; i < lines.size(); i++) {
      int bytes = lines.get(i).getBytes(StandardCharsets.UTF_8).length;
      if (bytes > longest[0]) {
        longest = new int[] {bytes, i + 1};
      }
    }
    return longest;
  }

  /** The usage error of a CSV line longer than --max-line-bytes, as the NDJSON one words it. */
  private static String tooLong(Path file, int line, int bytes, int limit) {
    return "rano: "
        + file
        + " line "
        + line
        + ": the line has "
        + bytes
        + " bytes, more than the maximum of "
        + limit
        + "; allowed: at most "
        + limit
        + " bytes per line (option --max-line-bytes); the file was not read";
  }

  @Test
  void maxLineBytes_appliesToTheLinesOfRs_onBothSidesOfTheLimit(@TempDir Path dir)
      throws IOException {
    Path rs = write(dir, "rs.csv", rows());
    int[] longest = longestLine(Files.readString(rs, StandardCharsets.UTF_8));
    Cli.Run unlimited = agreement(rs, dm(dir), "R1,R2");

    Cli.Run atLimit =
        agreement(rs, dm(dir), "R1,R2", "--max-line-bytes", String.valueOf(longest[0]));
    assertThat(atLimit.exitCode()).as(atLimit.err()).isZero();
    assertThat(atLimit.out()).isEqualTo(unlimited.out());

    int limit = longest[0] - 1;
    Cli.Run over = agreement(rs, dm(dir), "R1,R2", "--max-line-bytes", String.valueOf(limit));
    assertThat(over.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(over.out()).isEmpty();
    assertThat(over.errLines()).containsExactly(tooLong(rs, longest[1], longest[0], limit));
  }

  @Test
  void maxLineBytes_appliesToTheLinesOfDm_onBothSidesOfTheLimit(@TempDir Path dir)
      throws IOException {
    Path rs = write(dir, "rs.csv", rows());
    // DM with a column RS lacks and one long value: its line 4 (S-3) is the longest of both files
    String dmText =
        DM.replace("RFSTDTC\n", "RFSTDTC,ARM\n")
            .replace("2026-01-19\n", "2026-01-19," + "A".repeat(300) + "\n")
            .replaceAll("(\\d)\n", "$1,B\n");
    Path longDm = dir.resolve("dm-long.csv");
    Files.writeString(longDm, dmText, StandardCharsets.UTF_8);
    int[] longest = longestLine(dmText);
    assertThat(longest[1]).isEqualTo(4);
    assertThat(longest[0])
        .isGreaterThan(longestLine(Files.readString(rs, StandardCharsets.UTF_8))[0]);

    Cli.Run atLimit =
        agreement(rs, longDm, "R1,R2", "--max-line-bytes", String.valueOf(longest[0]));
    assertThat(atLimit.exitCode()).as(atLimit.err()).isZero();
    assertThat(atLimit.out()).isEqualTo(agreement(rs, dm(dir), "R1,R2").out());

    int limit = longest[0] - 1;
    Cli.Run over = agreement(rs, longDm, "R1,R2", "--max-line-bytes", String.valueOf(limit));
    assertThat(over.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(over.out()).isEmpty();
    assertThat(over.errLines()).containsExactly(tooLong(longDm, 4, longest[0], limit));
  }

  /**
   * RS and DM are read more than once (their lines' lengths, then the library's reader, then per
   * reader), which a pipe cannot be: one is a usage error naming it, before anything is read.
   */
  @Test
  void rsOrDmThatIsNotARegularFile_isAUsageError_namingIt(@TempDir Path dir) throws IOException {
    Path rs = write(dir, "rs.csv", rows());
    Path folder = Files.createDirectory(dir.resolve("folder"));

    for (Cli.Run run :
        List.of(agreement(folder, dm(dir), "R1,R2"), agreement(rs, folder, "R1,R2"))) {
      assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
      assertThat(run.out()).isEmpty();
      assertThat(run.errLines())
          .containsExactly(
              "rano: "
                  + folder
                  + ": not a regular file; allowed: a file, which is read more than once (not a"
                  + " pipe or a directory); the file was not read");
    }
  }

  @Test
  void shippedExample_ofTwoReaders_isAnalysedWithoutErrors() {
    Cli.Run run =
        Cli.run(
            "agreement",
            "--rs",
            "../examples/sdtm/rs-readers.csv",
            "--dm",
            "../examples/sdtm/dm.csv",
            "--evaluators",
            "RADIOLOGIST 1,RADIOLOGIST 2",
            "--bootstrap",
            "20");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode study = json(run.out());
    assertThat(study.get("cases").asInt()).isEqualTo(6);
    assertThat(item(study, "overall").get("units").asInt()).isEqualTo(20);
    assertThat(study.get("differingVisitDates")).hasSize(1);

    Cli.Run text =
        Cli.run(
            "agreement",
            "--rs",
            "../examples/sdtm/rs-readers.csv",
            "--dm",
            "../examples/sdtm/dm.csv",
            "--evaluators",
            "RADIOLOGIST 1,RADIOLOGIST 2",
            "--bootstrap",
            "20",
            "--text");
    // by visit, the text names what was missing in words, not by the JSON's field names
    assertThat(text.outLines())
        .anyMatch(
            line ->
                line.startsWith("RADIOLOGIST 2")
                    && line.endsWith("response missing (1), visit not rated (1)"));
  }

  @Test
  void help_describesTheRsInput() {
    assertThat(Cli.run("agreement", "--help").out())
        .contains("--rs=RS.csv", "--dm=DM.csv", "--evaluators=ID[,ID...]", "VISITNUM")
        .contains("rano agreement --rs rs.csv --dm dm.csv --evaluators 'RADIOLOGIST 1,");
  }
}
