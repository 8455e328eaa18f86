package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;

/**
 * {@code rano sdtm-cases} and {@code rano generate --sdtm} end to end: the round trip of a
 * generated cohort through SDTM, the shipped example, error records and usage errors.
 */
class SdtmCasesCommandTest {
  private static final String EXAMPLE = "../examples/sdtm/raw/";
  private static final CaseFormat FORMAT = CaseFormat.withDefaults();

  private static String[] files(Path dir, String... more) {
    List<String> args = new ArrayList<>(List.of("sdtm-cases"));
    for (String domain : List.of("tu", "tr", "lb", "qs", "dm")) {
      args.add("--" + domain);
      args.add(dir.resolve(domain + ".csv").toString());
    }
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /**
   * Generated cases -> SDTM -> cases -> score gives byte for byte the results of scoring the
   * original cases. Two things of a generated case do not survive the trip and are left out of the
   * original before it is scored: its per-case {@code criteria} (not SDTM data; the round-tripped
   * case is scored under the default criteria, and so is the original) and the site that a
   * follow-up's target restates now and then (TU identifies a lesion and its site once); neither
   * changes anything else of the result.
   */
  @Test
  void roundTrip_generatedCohortThroughSdtm_scoresByteIdentically(@TempDir Path dir)
      throws Exception {
    int cases = 300;
    Cli.Run original =
        Cli.run("generate", "--cases", "" + cases, "--seed", "2026", "--visits", "6");
    assertThat(original.exitCode()).isZero();
    Cli.Run generated =
        Cli.run(
            "generate",
            "--cases",
            "" + cases,
            "--seed",
            "2026",
            "--visits",
            "6",
            "--sdtm",
            dir.toString());
    assertThat(generated.exitCode()).as(generated.err()).isZero();
    Cli.Run read = Cli.run(files(dir));
    assertThat(read.err()).isEmpty();
    assertThat(read.exitCode()).isZero();

    List<String> before = original.outLines();
    List<String> after = read.outLines();
    assertThat(after).hasSize(cases);
    int withCriteria = 0;
    for (int i = 0; i < cases; i++) {
      CaseInput.Raw raw = (CaseInput.Raw) FORMAT.read(before.get(i));
      if (before.get(i).contains("\"criteria\"")) {
        withCriteria++;
      }
      String expected = FORMAT.write(new CaseInput.Raw(raw.lmCase(), FORMAT.criteria()).assess());
      String actual = FORMAT.write(FORMAT.read(after.get(i)).assess());
      assertThat(actual).as("case %s", i + 1).isEqualTo(expected);
    }
    assertThat(withCriteria).as("the cohort has cases with criteria of their own").isPositive();
  }

  @Test
  void roundTrip_scoreCommand_givesTheSameLinesAsTheOriginalWithoutCriteria(@TempDir Path dir)
      throws Exception {
    Cli.Run original = Cli.run("generate", "--cases", "60", "--seed", "5");
    Cli.run("generate", "--cases", "60", "--seed", "5", "--sdtm", dir.toString());
    StringBuilder plain = new StringBuilder();
    for (String line : original.outLines()) {
      CaseInput.Raw raw = (CaseInput.Raw) FORMAT.read(line);
      plain.append(FORMAT.writeCase(raw.lmCase())).append('\n');
    }
    Cli.Run read = Cli.run(files(dir));
    Cli.Run scoredOriginal = Cli.withInput(plain.toString(), "score", "--ndjson", "-");
    Cli.Run scoredTrip = Cli.withInput(read.out(), "score", "--ndjson", "-");
    assertThat(scoredTrip.exitCode()).isZero();
    assertThat(scoredTrip.out()).isEqualTo(scoredOriginal.out());
  }

  /**
   * Issue 15: a generated SDTM cohort through {@code rano adrs} (its RS holding each follow-up's
   * overall response as the investigator's) gives the best overall responses that {@code rano
   * score} gives the same cases read back from TU, TR, LB, QS and DM; and the progression date
   * where it is the first PD (IMG-5 may date it back to an earlier visit's equivocal lesion, which
   * only the raw case's imaging shows).
   */
  @Test
  void generatedSdtm_adrsOfItsRs_givesTheBestResponsesOfScore(@TempDir Path dir) throws Exception {
    assertThat(
            Cli.run("generate", "--cases", "150", "--seed", "21", "--sdtm", dir.toString())
                .exitCode())
        .isZero();
    Cli.Run cases = Cli.run(files(dir));
    assertThat(cases.exitCode()).isZero();
    Cli.Run scored = Cli.withInput(cases.out(), "score", "--ndjson", "-");
    assertThat(scored.exitCode()).isZero();
    Cli.Run adrs =
        Cli.run(
            "adrs",
            "--rs",
            dir.resolve("rs.csv").toString(),
            "--dm",
            dir.resolve("dm.csv").toString());
    assertThat(adrs.exitCode()).as(adrs.err()).isZero();

    java.util.Map<String, String> fromAdrs = new java.util.HashMap<>();
    List<String> lines = adrs.outLines();
    List<String> header = List.of(lines.get(0).split(",", -1));
    int usubjid = header.indexOf("USUBJID");
    int paramcd = header.indexOf("PARAMCD");
    int avalc = header.indexOf("AVALC");
    int adt = header.indexOf("ADT");
    for (String line : lines.subList(1, lines.size())) {
      if (line.contains("\"")) {
        line = line.replaceAll("\"[^\"]*\"", "Q"); // quoted PARAM or REASON text: not needed here
      }
      String[] cells = line.split(",", -1);
      fromAdrs.put(cells[usubjid] + " " + cells[paramcd], cells[avalc] + "@" + cells[adt]);
    }
    int compared = 0;
    int progressions = 0;
    for (String line : scored.outLines()) {
      com.fasterxml.jackson.databind.JsonNode result = Fixtures.parse(line);
      String id = result.get("id").asText();
      com.fasterxml.jackson.databind.JsonNode bor = result.get("bestOverallResponse");
      com.fasterxml.jackson.databind.JsonNode cbor = result.get("confirmedBestOverallResponse");
      String missing = result.get("timepoints").isEmpty() ? "MISSING" : null;
      assertThat(fromAdrs.get(id + " BOR"))
          .as(id + " BOR")
          .isEqualTo(
              (missing != null ? missing : bor.get("response").asText())
                  + "@"
                  + (bor.get("date").isNull() ? "" : bor.get("date").asText()));
      assertThat(fromAdrs.get(id + " CBOR"))
          .as(id + " CBOR")
          .isEqualTo(
              (missing != null ? missing : cbor.get("response").asText())
                  + "@"
                  + (cbor.get("date").isNull() ? "" : cbor.get("date").asText()));
      com.fasterxml.jackson.databind.JsonNode progression = result.get("progression");
      String firstPd = null;
      for (com.fasterxml.jackson.databind.JsonNode point : result.get("timepoints")) {
        if (point.get("overall").asText().equals("PD")) {
          firstPd = point.get("date").asText();
          break;
        }
      }
      if (!progression.isNull() && progression.get("date").asText().equals(firstPd)) {
        assertThat(fromAdrs.get(id + " PD"))
            .as(id + " PD")
            .isEqualTo("Y@" + progression.get("date").asText());
        progressions++;
      }
      compared++;
    }
    assertThat(compared).isEqualTo(150);
    assertThat(progressions).as("progressions compared").isGreaterThan(10);
  }

  @Test
  void generateSdtm_writesTheSixFiles_sameSeedSameBytes(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertThat(
            Cli.run("generate", "--cases", "5", "--seed", "9", "--sdtm", one.toString()).exitCode())
        .isZero();
    assertThat(
            Cli.run("generate", "--cases", "5", "--seed", "9", "--sdtm", two.toString()).exitCode())
        .isZero();
    for (String file : List.of("tu.csv", "tr.csv", "lb.csv", "qs.csv", "dm.csv", "rs.csv")) {
      assertThat(Files.readString(one.resolve(file)))
          .isEqualTo(Files.readString(two.resolve(file)));
    }
    assertThat(Files.readString(one.resolve("dm.csv")))
        .startsWith("STUDYID,DOMAIN,USUBJID,SUBJID,RFSTDTC\n")
        .contains("RANO-GEN,DM,GEN-5,GEN-5,");
  }

  @Test
  void generateSdtm_withInvalidFraction_isAUsageError(@TempDir Path dir) {
    Cli.Run run =
        Cli.run(
            "generate",
            "--cases",
            "5",
            "--seed",
            "1",
            "--invalid-fraction",
            "0.5",
            "--sdtm",
            dir.toString());
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err())
        .isEqualTo("rano: --sdtm cannot be combined with --readers or --invalid-fraction\n");
  }

  /**
   * The shipped example (written by {@code SdtmWriter} from four hand-written cases: a response
   * with an equivocal new lesion and an attributed worsening, progression, NE components and a
   * normal MRI with clinical deterioration) gives the shipped {@code cases.ndjson}, which scores.
   */
  @Test
  void example_becomesTheShippedCases_thatScore() throws Exception {
    Cli.Run run = Cli.run(files(Path.of(EXAMPLE)));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(Path.of(EXAMPLE, "cases.ndjson")));
    assertThat(run.outLines())
        .extracting(l -> l.substring(0, l.indexOf(",\"baseline\"")))
        .containsExactly(
            "{\"id\":\"LM-101\"", "{\"id\":\"LM-102\"", "{\"id\":\"LM-103\"", "{\"id\":\"LM-104\"");
    Cli.Run scored = Cli.withInput(run.out(), "score", "--ndjson", "-");
    assertThat(scored.exitCode()).isZero();
    assertThat(scored.outLines()).hasSize(4);
  }

  @Test
  void badRow_isAnErrorRecord_theOthersAreWritten_exit1(@TempDir Path dir) throws Exception {
    Cli.run("generate", "--cases", "4", "--seed", "3", "--sdtm", dir.toString());
    Path qs = dir.resolve("qs.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(qs));
    int bad = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(",GEN-2,") && lines.get(i).contains(",LMGAIT,")) {
        bad = i;
        break;
      }
    }
    assertThat(bad).isPositive();
    String prefix = "rano: " + qs + " row " + (bad + 1) + ": USUBJID GEN-2: QSTESTCD";
    lines.set(bad, lines.get(bad).replace(",LMGAIT,", ",LMGAITX,"));
    Files.write(qs, lines, StandardCharsets.UTF_8);
    Path errors = dir.resolve("errors.csv");
    Cli.Run run = Cli.run(files(dir, "--errors", errors.toString()));
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.outLines()).hasSize(3).noneMatch(l -> l.contains("GEN-2"));
    assertThat(run.errLines())
        .hasSize(2)
        .allMatch(l -> l.startsWith("rano: " + qs + " row ") && l.contains(": USUBJID GEN-2: "))
        .anyMatch(l -> l.startsWith(prefix) && l.contains("'LMGAITX': an unknown RANO-LM item"))
        .anyMatch(l -> l.contains("has no row for LMGAIT (gait)"));
    assertThat(Files.readAllLines(errors))
        .hasSize(3)
        .first()
        .isEqualTo("FILE,ROW,USUBJID,VARIABLE,VALUE,MESSAGE");
  }

  @Test
  void badMapping_isAUsageError_namingTheJsonPath(@TempDir Path dir) throws Exception {
    Path mapping = dir.resolve("map.json");
    Files.writeString(mapping, "{\"QS\": {\"domains\": {\"LMGAIT\": \"walking\"}}}");
    Cli.Run run = Cli.run(files(Path.of(EXAMPLE), "--mapping", mapping.toString()));
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err())
        .startsWith("rano: " + mapping + ": $.QS.domains.LMGAIT: 'walking': allowed: one of gait,");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void mappingWhoseQscatTheDataDoNotUse_isExit1_notCasesWithoutNeuroData(@TempDir Path dir)
      throws Exception {
    Cli.run("generate", "--cases", "5", "--seed", "3", "--sdtm", dir.toString());
    Path mapping = dir.resolve("map.json");
    Files.writeString(mapping, "{\"QS\": {\"QSCAT\": \"NANO\"}}");
    Cli.Run run = Cli.run(files(dir, "--mapping", mapping.toString()));
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_REJECTED);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .anyMatch(
            l ->
                l.contains(
                    ": USUBJID GEN-1: QSCAT 'RANO-LM': LMGAIT is read under QSCAT 'NANO'"
                        + " (mapping QS.QSCAT)"));
  }

  @Test
  void emptyFile_orNotUtf8_isAUsageError_namingTheFile(@TempDir Path dir) throws Exception {
    Cli.run("generate", "--cases", "5", "--seed", "3", "--sdtm", dir.toString());
    Path lb = dir.resolve("lb.csv");
    Files.writeString(lb, "");
    Cli.Run empty = Cli.run(files(dir));
    assertThat(empty.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(empty.err())
        .isEqualTo(
            "rano: "
                + lb
                + ": the file is empty (the file is refused); needed: a header with USUBJID,"
                + " LBTESTCD, VISITNUM"
                + System.lineSeparator());
    Files.write(lb, new byte[] {'U', 'S', 'U', 'B', 'J', 'I', 'D', '\n', (byte) 0xFF, '\n'});
    Cli.Run latin = Cli.run(files(dir));
    assertThat(latin.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(latin.err())
        .startsWith(
            "rano: "
                + lb
                + " line 2 (byte 9): 0xFF is not UTF-8 (the file is refused); allowed: UTF-8"
                + " (optionally with a BOM)");
  }

  @Test
  void missingFile_isAUsageError(@TempDir Path dir) {
    Cli.Run run = Cli.run(files(dir));
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).startsWith("rano: " + dir.resolve("tu.csv") + ": cannot read:");
  }
}
