package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rano adrs} end to end, on the shipped SDTM example and on a generated cohort. */
class AdrsCommandTest {
  private static final String RS = "../examples/sdtm/rs.csv";
  private static final String DM = "../examples/sdtm/dm.csv";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void example_writesAdrs_andTheBadSubjectIsAnErrorRecord_exit1() {
    Cli.Run run = Cli.run("adrs", "--rs", RS, "--dm", DM);
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.errLines())
        .containsExactly(
            "rano: ../examples/sdtm/rs.csv row 14: USUBJID LM-005: RSSTRESC 'CHECK': not a"
                + " response; allowed: CR, PR, SD, NON-CR/NON-PD, PD, NE or missing (not evaluated)",
            "rano: ../examples/sdtm/rs.csv row 15: USUBJID LM-006: RSDTC '2026-03': a partial"
                + " date, rejected under --partial-dates reject; allowed: a full date YYYY-MM-DD,"
                + " or choose --partial-dates first|last");
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).startsWith("STUDYID,USUBJID,PARAMCD,PARAM,AVALC,AVAL,ADT,ADY,");
    assertThat(run.out()).doesNotContain("LM-005").doesNotContain("LM-006");
    assertThat(lines)
        .filteredOn(l -> l.contains(",BOR,"))
        .extracting(l -> l.substring(0, l.indexOf(",BOR,")) + " " + avalc(l))
        .containsExactly(
            "RANO-LM-DEMO,LM-001 CR",
            "RANO-LM-DEMO,LM-002 SD",
            "RANO-LM-DEMO,LM-003 PR",
            "RANO-LM-DEMO,LM-004 MISSING",
            "RANO-LM-DEMO,LM-007 MISSING");
  }

  /** The AVALC of a CSV line whose PARAM is quoted (the fifth field). */
  private static String avalc(String line) {
    int afterParam = line.indexOf("\",") + 2;
    return line.substring(afterParam, line.indexOf(',', afterParam));
  }

  @Test
  void partialDatesLast_derivesEveryGoodSubject_flagsAdtf(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("adrs.csv");
    Path errors = dir.resolve("errors.csv");
    Cli.Run run =
        Cli.run(
            "adrs",
            "--rs",
            RS,
            "--dm",
            DM,
            "--partial-dates",
            "last",
            "--output",
            out.toString(),
            "--errors",
            errors.toString(),
            "--quiet");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("rano adrs: wrote " + out + " (");
    String adrs = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(adrs)
        .contains(
            "RANO-LM-DEMO,LM-006,OVR,\"Overall Response by Investigator\",SD,3,2026-03-31,44,D,");
    assertThat(Files.readAllLines(errors, StandardCharsets.UTF_8))
        .hasSize(2)
        .element(1)
        .asString()
        .startsWith("../examples/sdtm/rs.csv,14,LM-005,RSSTRESC,CHECK,");
  }

  @Test
  void datasetJson_withAFixedCreationTime_isDataSetJson11() throws Exception {
    Cli.Run run =
        Cli.run(
            "adrs",
            "--rs",
            RS,
            "--dm",
            DM,
            "--format",
            "dataset-json",
            "--creation-time",
            "2026-06-01T12:00:00Z",
            "--quiet");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("datasetJSONVersion").asText()).isEqualTo("1.1.0");
    assertThat(json.get("datasetJSONCreationDateTime").asText()).isEqualTo("2026-06-01T12:00:00Z");
    assertThat(json.get("records").asInt()).isEqualTo(json.get("rows").size());
    assertThat(json.get("columns").get(0).get("itemOID").asText()).isEqualTo("IT.ADRS.STUDYID");
  }

  @Test
  void adslWithRanddt_isTheReferenceDate(@TempDir Path dir) throws Exception {
    Path adsl = dir.resolve("adsl.csv");
    Files.writeString(
        adsl,
        "STUDYID,USUBJID,RFSTDTC,RANDDT\nRANO-LM-DEMO,LM-003,2026-01-26,2026-01-20\n",
        StandardCharsets.UTF_8);
    Cli.Run run =
        Cli.run("adrs", "--rs", RS, "--adsl", adsl.toString(), "--reference-date", "RANDDT");
    // the other subjects of RS are not in this ADSL: error records, exit 1
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.err()).contains("USUBJID LM-001: USUBJID 'LM-001': the subject is not in");
    // day 1 is RANDDT 2026-01-20, so the PR of 2026-02-23 is on day 35
    assertThat(run.outLines())
        .filteredOn(l -> l.contains("LM-003,BOR,"))
        .singleElement()
        .asString()
        .contains(",PR,2,2026-02-23,35,");
  }

  @Test
  void usageErrors_exit2() {
    assertThat(Cli.run("adrs", "--rs", RS).exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(Cli.run("adrs", "--rs", RS, "--dm", DM, "--adsl", DM).exitCode())
        .isEqualTo(Main.EXIT_USAGE);
    Cli.Run partial = Cli.run("adrs", "--rs", RS, "--dm", DM, "--partial-dates", "middle");
    assertThat(partial.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(partial.err()).contains("'middle'", "allowed: reject, first, last");
    Cli.Run format = Cli.run("adrs", "--rs", RS, "--dm", DM, "--format", "xpt");
    assertThat(format.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(format.err()).contains("allowed: csv, dataset-json");
    Cli.Run missing = Cli.run("adrs", "--rs", "no-such-rs.csv", "--dm", DM);
    assertThat(missing.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(missing.err()).contains("no-such-rs.csv");
    Cli.Run column = Cli.run("adrs", "--rs", RS, "--dm", DM, "--reference-date", "RANDDT");
    assertThat(column.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(column.err()).contains("dm.csv: the header has no column RANDDT");
    Cli.Run policy = Cli.run("adrs", "--rs", RS, "--dm", DM, "--confirmation-days", "x");
    assertThat(policy.exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void failedWrite_exit3(@TempDir Path dir) {
    Path out = dir.resolve("no-such-dir").resolve("adrs.csv");
    Cli.Run run = Cli.run("adrs", "--rs", RS, "--dm", DM, "--output", out.toString(), "--quiet");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_OUTPUT);
    assertThat(run.err()).contains(out.toString()).contains("cannot write");
  }

  @Test
  void adrsGivesTheSameBestResponsesAsScoreOnTheSameSequences(@TempDir Path dir) throws Exception {
    // a generated cohort of response sequences, written both as SDTM RS/DM and as cases
    Random random = new Random(20261130L);
    String[] words = {"CR", "PR", "SD", "PD", "NE"};
    StringBuilder rs =
        new StringBuilder("STUDYID,USUBJID,RSSEQ,RSTESTCD,RSSTRESC,RSEVAL,VISITNUM,RSDTC\n");
    StringBuilder dm = new StringBuilder("STUDYID,USUBJID,RFSTDTC\n");
    StringBuilder ndjson = new StringBuilder();
    for (int s = 0; s < 150; s++) {
      String id = "G-" + s;
      LocalDate reference = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60));
      dm.append("S,").append(id).append(',').append(reference).append('\n');
      StringBuilder responses = new StringBuilder();
      LocalDate date = reference;
      int n = random.nextInt(7);
      for (int v = 0; v < n; v++) {
        date = date.plusDays(v == 0 && random.nextInt(5) == 0 ? 0 : 7 + random.nextInt(35));
        String word = words[random.nextInt(words.length)];
        rs.append("S,").append(id).append(',').append(v + 1).append(",OVRLRESP,").append(word);
        rs.append(",INVESTIGATOR,").append(v + 1).append(',').append(date).append('\n');
        responses.append(v == 0 ? "" : ",");
        responses.append("{\"date\":\"").append(date).append("\",\"response\":\"");
        responses.append(word).append("\"}");
      }
      if (n > 0) {
        ndjson.append("{\"id\":\"").append(id).append("\",\"referenceDate\":\"");
        ndjson.append(reference).append("\",\"responses\":[").append(responses).append("]}\n");
      }
    }
    Files.writeString(dir.resolve("rs.csv"), rs, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("dm.csv"), dm, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cases.ndjson"), ndjson, StandardCharsets.UTF_8);
    for (String[] options : new String[][] {{}, {"--confirmation-days", "21"}}) {
      List<String> adrsArgs =
          new ArrayList<>(
              List.of(
                  "adrs",
                  "--rs",
                  dir.resolve("rs.csv").toString(),
                  "--dm",
                  dir.resolve("dm.csv").toString(),
                  "--format",
                  "dataset-json",
                  "--creation-time",
                  "2026-06-01T00:00:00Z"));
      adrsArgs.addAll(List.of(options));
      Cli.Run adrs = Cli.run(adrsArgs.toArray(new String[0]));
      assertThat(adrs.exitCode()).as(adrs.err()).isZero();
      List<String> scoreArgs =
          new ArrayList<>(List.of("score", "--ndjson", dir.resolve("cases.ndjson").toString()));
      scoreArgs.addAll(List.of(options));
      Cli.Run score = Cli.run(scoreArgs.toArray(new String[0]));
      assertThat(score.exitCode()).as(score.err()).isZero();

      Map<String, String> fromAdrs = new HashMap<>();
      for (JsonNode row : JSON.readTree(adrs.out()).get("rows")) {
        String param = row.get(2).asText();
        if (param.equals("BOR") || param.equals("CBOR")) {
          fromAdrs.put(
              row.get(1).asText() + " " + param,
              row.get(4).asText() + "@" + (row.get(6).isNull() ? "" : row.get(6).asText()));
        }
      }
      Map<String, String> fromScore = new HashMap<>();
      int scored = 0;
      for (String line : score.outLines()) {
        JsonNode result = JSON.readTree(line);
        String id = result.get("id").asText();
        fromScore.put(id + " BOR", best(result.get("bestOverallResponse")));
        fromScore.put(id + " CBOR", best(result.get("confirmedBestOverallResponse")));
        scored++;
      }
      assertThat(scored).isGreaterThan(100);
      // subjects without any response: MISSING in ADRS, no case for score
      Map<String, String> withResponses = new HashMap<>(fromAdrs);
      withResponses.keySet().retainAll(fromScore.keySet());
      assertThat(fromAdrs.size() - withResponses.size()).isEqualTo(2 * (150 - scored));
      assertThat(fromAdrs).containsAllEntriesOf(fromScore);
      assertThat(fromAdrs.entrySet())
          .filteredOn(e -> !fromScore.containsKey(e.getKey()))
          .allSatisfy(e -> assertThat(e.getValue()).isEqualTo("MISSING@"));
    }
  }

  private static String best(JsonNode best) {
    JsonNode date = best.get("date");
    return best.get("response").asText()
        + "@"
        + (date == null || date.isNull() ? "" : date.asText());
  }
}
