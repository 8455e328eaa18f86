package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.neuro.Domain;
import org.rano.neuro.Lano;

/**
 * The invalid-input catalogue: specification section 9 ("Invalid input (for every entry point)")
 * walked item by item through the command, {@code rano score --ndjson -}, plus the case format's
 * own rejections (unknown field, duplicate key, {@code 2.0} for a level, {@code null}). This is the
 * one place that maps section 9 to tests; each entry names its item:
 *
 * <ul>
 *   <li>9.1 a level outside its domain's range
 *   <li>9.2 a lesion score outside 0-3
 *   <li>9.3 six target lesions
 *   <li>9.4 a duplicate lesion id
 *   <li>9.5 a follow-up that lacks a baseline target
 *   <li>9.6 a follow-up that names an unknown target
 *   <li>9.7 diameters that are zero, negative, NaN or infinite
 *   <li>9.8 long &lt; short
 *   <li>9.9 a negative CSF volume
 *   <li>9.10 a negative steroid dose
 *   <li>9.11 an unknown enum word
 *   <li>9.12 dates out of order
 *   <li>9.13 a missing baseline
 *   <li>CF.1 an unknown field, CF.2 a duplicate key, CF.3 a number with a fraction where an integer
 *       is required ({@code 2.0} for a level), CF.4 {@code null} (case-format.md)
 * </ul>
 *
 * <p>Every entry checks, through the command: the error record's exact {@code path}, that its
 * {@code message} names the bad value and what is allowed (by fragments: the wording is free), that
 * the standard error line is {@code rano: line N ID: path: message}, that nothing is half accepted
 * (the record carries no result), and that the valid case on the next line is still scored (exit
 * code 1). {@code CaseReaderTest} checks the reader directly with many more variants; this
 * catalogue is the specification's list, end to end.
 */
class InvalidInputCatalogueTest {

  /** A valid case with every part that section 9 talks about: a PR at its one follow-up. */
  private static final String CASE =
      "{\"id\":\"C9\",\"baseline\":{\"date\":\"2026-01-05\","
          + "\"neuro\":"
          + Fixtures.neuro()
          + ",\"csf\":{\"result\":\"POSITIVE\",\"volumeMl\":10},"
          + "\"targets\":[{\"id\":\"T1\",\"site\":\"BRAIN_NODULE\",\"score\":2,\"diametersMm\":[12,7]},"
          + "{\"id\":\"T2\",\"site\":\"SPINE_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":2}],"
          + "\"nonTargets\":[{\"id\":\"N1\",\"site\":\"HYDROCEPHALUS\",\"status\":\"PRESENT\"}],"
          + "\"steroidMgPerDay\":4},"
          + "\"followUps\":[{\"date\":\"2026-02-02\",\"neuro\":"
          + Fixtures.neuro()
          + ",\"csf\":{\"result\":\"NEGATIVE\",\"volumeMl\":8},"
          + "\"targets\":[{\"id\":\"T1\",\"score\":1,\"diametersMm\":[8,6]},{\"id\":\"T2\",\"score\":1}],"
          + "\"nonTargets\":[{\"id\":\"N1\",\"status\":\"PRESENT\"}],\"steroidMgPerDay\":4}]}";

  /** A valid response sequence (case format, second kind of case). */
  private static final String SEQUENCE =
      "{\"id\":\"S9\",\"referenceDate\":\"2026-01-10\","
          + "\"responses\":[{\"date\":\"2026-02-07\",\"response\":\"PR\"},"
          + "{\"date\":\"2026-03-07\",\"response\":\"PR\"}]}";

  /** The valid case sent after each invalid one: it must still be scored. */
  private static final String NEXT = Fixtures.twoLesionPr("NEXT");

  /**
   * One catalogue entry.
   *
   * @param item the item of section 9 (9.1 to 9.13) or of the case format (CF.1 to CF.4)
   * @param what the variant, for the test name
   * @param line the invalid case, one line of JSON
   * @param id the case id the error record carries, or null when the case cannot be read that far
   * @param path the exact path of the error
   * @param value fragments of the message that name the bad value
   * @param allowed fragments of the message that say what is allowed
   */
  record Entry(
      String item,
      String what,
      String line,
      @Nullable String id,
      String path,
      List<String> value,
      List<String> allowed) {
    @Override
    public String toString() {
      return item + " " + what + " -> " + (path.isEmpty() ? "\"\"" : path);
    }
  }

  static Stream<Entry> catalogue() {
    List<Entry> entries = new ArrayList<>();

    // 9.1 a level outside its domain's range: every domain one above its highest level
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      int bad = domain.maxLevel() + 1;
      entries.add(
          entry(
              "9.1",
              domain.key() + " " + bad,
              Fixtures.with(CASE, "/followUps/0/neuro/" + domain.key(), String.valueOf(bad)),
              "followUps[0].neuro." + domain.key(),
              List.of("level " + bad),
              List.of("0.." + domain.maxLevel(), "NE")));
    }
    entries.add(
        entry(
            "9.1",
            "level at baseline",
            Fixtures.with(CASE, "/baseline/neuro/gait", "5"),
            "baseline.neuro.gait",
            List.of("5"),
            List.of("0..3")));
    entries.add(
        entry(
            "9.1",
            "negative level",
            Fixtures.with(CASE, "/baseline/neuro/vision", "-1"),
            "baseline.neuro.vision",
            List.of("-1"),
            List.of("allowed: ")));
    entries.add(
        entry(
            "9.1",
            "level beyond an int",
            Fixtures.with(CASE, "/baseline/neuro/gait", "99999999999"),
            "baseline.neuro.gait",
            List.of("99999999999"),
            List.of("whole-number level", "NE")));

    // 9.2 a lesion score outside 0-3 (1-3 at baseline)
    entries.add(
        entry(
            "9.2",
            "score 4",
            Fixtures.with(CASE, "/followUps/0/targets/1/score", "4"),
            "followUps[0].targets[1].score",
            List.of("4"),
            List.of("0..3")));
    entries.add(
        entry(
            "9.2",
            "score -1",
            Fixtures.with(CASE, "/followUps/0/targets/1/score", "-1"),
            "followUps[0].targets[1].score",
            List.of("-1"),
            List.of("0..3")));
    entries.add(
        entry(
            "9.2",
            "baseline score 0",
            Fixtures.with(CASE, "/baseline/targets/0/score", "0"),
            "baseline.targets[0].score",
            List.of("0"),
            List.of("1..3")));
    entries.add(
        entry(
            "9.2",
            "baseline score NE",
            Fixtures.with(CASE, "/baseline/targets/0/score", "\"NE\""),
            "baseline.targets[0].score",
            List.of("NE"),
            List.of("1..3")));

    // 9.3 six target lesions
    entries.add(
        entry(
            "9.3",
            "six targets at baseline",
            sixTargets(),
            "baseline.targets",
            List.of("6"),
            List.of("at most 5")));

    // 9.4 a duplicate lesion id (unique across targets and non-targets)
    entries.add(
        entry(
            "9.4",
            "two baseline targets T1",
            Fixtures.with(CASE, "/baseline/targets/1/id", "\"T1\""),
            "baseline.targets[1].id",
            List.of("\"T1\""),
            List.of("unique")));
    entries.add(
        entry(
            "9.4",
            "a non-target named as a target",
            Fixtures.with(CASE, "/baseline/nonTargets/0/id", "\"T2\""),
            "baseline.nonTargets[0].id",
            List.of("\"T2\""),
            List.of("unique")));
    entries.add(
        entry(
            "9.4",
            "a follow-up scoring T1 twice",
            Fixtures.with(CASE, "/followUps/0/targets/1/id", "\"T1\""),
            "followUps[0].targets[1].id",
            List.of("\"T1\""),
            List.of("unique")));

    // 9.5 a follow-up that lacks a baseline target
    entries.add(
        entry(
            "9.5",
            "T2 left out",
            Fixtures.without(CASE, "/followUps/0/targets/1"),
            "followUps[0].targets",
            List.of("\"T2\"", "missing"),
            List.of("every baseline target")));

    // 9.6 a follow-up that names an unknown target (or non-target)
    entries.add(
        entry(
            "9.6",
            "target T9",
            Fixtures.with(CASE, "/followUps/0/targets/1/id", "\"T9\""),
            "followUps[0].targets[1].id",
            List.of("\"T9\""),
            List.of("T1, T2")));
    entries.add(
        entry(
            "9.6",
            "non-target N7",
            Fixtures.with(CASE, "/followUps/0/nonTargets/0/id", "\"N7\""),
            "followUps[0].nonTargets[0].id",
            List.of("\"N7\""),
            List.of("N1")));

    // 9.7 diameters that are zero, negative, NaN or infinite
    entries.add(
        entry(
            "9.7",
            "short 0",
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[12,0]"),
            "baseline.targets[0].diametersMm[1]",
            List.of("0 mm"),
            List.of("above 0")));
    entries.add(
        entry(
            "9.7",
            "long 0",
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[0,0]"),
            "baseline.targets[0].diametersMm[0]",
            List.of("0 mm"),
            List.of("above 0")));
    entries.add(
        entry(
            "9.7",
            "negative",
            Fixtures.with(CASE, "/followUps/0/targets/0/diametersMm", "[8,-6]"),
            "followUps[0].targets[0].diametersMm[1]",
            List.of("-6 mm"),
            List.of("above 0")));
    entries.add(
        entry(
            "9.7",
            "NaN as a string",
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[\"NaN\",7]"),
            "baseline.targets[0].diametersMm[0]",
            List.of("\"NaN\""),
            List.of("a number")));
    entries.add(
        entry(
            "9.7",
            "Infinity as a string",
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[12,\"Infinity\"]"),
            "baseline.targets[0].diametersMm[1]",
            List.of("\"Infinity\""),
            List.of("a number")));
    entries.add(
        entry(
            "9.7",
            "beyond a double (1e400)",
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[1e400,7]"),
            "baseline.targets[0].diametersMm[0]",
            List.of("1e400", "not a finite number"),
            List.of("a finite number")));
    // NaN and Infinity as bare tokens are not JSON: the whole line is rejected, path ""
    entries.add(
        entry(
            "9.7",
            "NaN as a token",
            null,
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[NaN,7]"),
            "",
            List.of("NaN", "not JSON"),
            List.of("not allowed")));
    entries.add(
        entry(
            "9.7",
            "Infinity as a token",
            null,
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[12,-Infinity]"),
            "",
            List.of("Infinity", "not JSON"),
            List.of("not allowed")));

    // 9.8 long < short
    entries.add(
        entry(
            "9.8",
            "[5, 7]",
            Fixtures.with(CASE, "/baseline/targets/0/diametersMm", "[5,7]"),
            "baseline.targets[0].diametersMm",
            List.of("5 mm", "7 mm"),
            List.of("long >= short")));

    // 9.9 a negative CSF volume
    entries.add(
        entry(
            "9.9",
            "-0.5 mL",
            Fixtures.with(CASE, "/baseline/csf/volumeMl", "-0.5"),
            "baseline.csf.volumeMl",
            List.of("-0.5"),
            List.of("0 or more")));
    entries.add(
        entry(
            "9.9",
            "infinite volume",
            Fixtures.with(CASE, "/followUps/0/csf/volumeMl", "1e999"),
            "followUps[0].csf.volumeMl",
            List.of("1e999"),
            List.of("a finite number")));

    // 9.10 a negative steroid dose
    entries.add(
        entry(
            "9.10",
            "at a follow-up",
            Fixtures.with(CASE, "/followUps/0/steroidMgPerDay", "-2"),
            "followUps[0].steroidMgPerDay",
            List.of("-2"),
            List.of("0 or more")));
    entries.add(
        entry(
            "9.10",
            "at baseline",
            Fixtures.with(CASE, "/baseline/steroidMgPerDay", "-0.5"),
            "baseline.steroidMgPerDay",
            List.of("-0.5"),
            List.of("0 or more")));

    // 9.11 an unknown enum word: each kind of word, with the whole list of allowed words
    entries.add(
        entry(
            "9.11",
            "CSF result",
            Fixtures.with(CASE, "/baseline/csf/result", "\"POSITVE\""),
            "baseline.csf.result",
            List.of("\"POSITVE\""),
            List.of("POSITIVE, EQUIVOCAL, NEGATIVE, NOT_DONE")));
    entries.add(
        entry(
            "9.11",
            "target site",
            Fixtures.with(CASE, "/baseline/targets/0/site", "\"BRAIN\""),
            "baseline.targets[0].site",
            List.of("\"BRAIN\""),
            List.of("BRAIN_NODULE, SPINE_NODULE, BRAIN_LEPTOMENINGEAL_ENHANCEMENT")));
    entries.add(
        entry(
            "9.11",
            "non-target status",
            Fixtures.with(CASE, "/followUps/0/nonTargets/0/status", "\"GONE\""),
            "followUps[0].nonTargets[0].status",
            List.of("\"GONE\""),
            List.of("ABSENT, PRESENT, UNEQUIVOCAL_PROGRESSION, NE")));
    entries.add(
        entry(
            "9.11",
            "new lesion site",
            Fixtures.with(CASE, "/followUps/0/newLesions", "[{\"site\":\"LIVER\"}]"),
            "followUps[0].newLesions[0].site",
            List.of("\"LIVER\""),
            List.of("SPINE_NODULE")));
    entries.add(
        entry(
            "9.11",
            "attribution",
            Fixtures.with(
                CASE, "/followUps/0/neuro/gait", "{\"level\":2,\"attributedTo\":\"ALIENS\"}"),
            "followUps[0].neuro.gait.attributedTo",
            List.of("\"ALIENS\""),
            List.of("BRAIN_METASTASES, SYSTEMIC_PROGRESSION, TREATMENT_TOXICITY, OTHER")));
    entries.add(
        entry(
            "9.11",
            "criteria policy word",
            Fixtures.with(CASE, "/criteria", "{\"imaging\":\"LANO\"}"),
            "criteria.imaging",
            List.of("\"LANO\""),
            List.of("RANO_LM_2017, LANO_2019")));
    entries.add(
        entry(
            "9.11",
            "sequence response",
            "S9",
            Fixtures.with(SEQUENCE, "/responses/0/response", "\"CRR\""),
            "responses[0].response",
            List.of("\"CRR\""),
            List.of("CR, PR, SD, NON-CR/NON-PD, PD, NE")));

    // 9.12 dates out of order (TIME-1)
    entries.add(
        entry(
            "9.12",
            "follow-up on the baseline date",
            Fixtures.with(CASE, "/followUps/0/date", "\"2026-01-05\""),
            "followUps[0].date",
            List.of("2026-01-05"),
            List.of("after the baseline date 2026-01-05")));
    entries.add(
        entry(
            "9.12",
            "follow-up before baseline",
            Fixtures.with(CASE, "/followUps/0/date", "\"2025-12-05\""),
            "followUps[0].date",
            List.of("2025-12-05"),
            List.of("after the baseline date 2026-01-05")));
    entries.add(
        entry(
            "9.12",
            "follow-ups not increasing",
            Fixtures.with(CASE, "/followUps/1", "{\"date\":\"2026-01-20\"}"),
            "followUps[1].date",
            List.of("2026-01-20"),
            List.of("strictly increasing")));
    entries.add(
        entry(
            "9.12",
            "sequence date repeated",
            "S9",
            Fixtures.with(SEQUENCE, "/responses/1/date", "\"2026-02-07\""),
            "responses[1].date",
            List.of("2026-02-07"),
            List.of("strictly increasing")));
    entries.add(
        entry(
            "9.12",
            "sequence before its reference date",
            "S9",
            Fixtures.with(SEQUENCE, "/responses/0/date", "\"2026-01-01\""),
            "responses[0].date",
            List.of("2026-01-01"),
            List.of("reference date 2026-01-10")));

    // 9.13 a missing baseline (and a sequence without its reference date)
    entries.add(
        entry(
            "9.13",
            "no baseline",
            Fixtures.without(CASE, "/baseline"),
            "baseline",
            List.of("missing"),
            List.of("baseline assessment")));
    entries.add(
        entry(
            "9.13",
            "sequence without referenceDate",
            "S9",
            Fixtures.without(SEQUENCE, "/referenceDate"),
            "referenceDate",
            List.of("missing"),
            List.of("reference (baseline) date")));

    // CF.1 unknown field
    entries.add(
        entry(
            "CF.1",
            "misspelt follow-up field",
            Fixtures.with(CASE, "/followUps/0/steroidsMgPerDay", "4"),
            "followUps[0].steroidsMgPerDay",
            List.of("\"steroidsMgPerDay\""),
            List.of("steroidMgPerDay")));
    // CF.2 duplicate key
    entries.add(
        entry(
            "CF.2",
            "result twice",
            CASE.replace(
                "\"result\":\"POSITIVE\"", "\"result\":\"POSITIVE\",\"result\":\"NEGATIVE\""),
            "baseline.csf.result",
            List.of("\"result\""),
            List.of("once")));
    // CF.3 a fraction where an integer is required
    entries.add(
        entry(
            "CF.3",
            "2.0 for a level",
            Fixtures.with(CASE, "/baseline/neuro/gait", "2.0"),
            "baseline.neuro.gait",
            List.of("2.0"),
            List.of("whole-number level")));
    entries.add(
        entry(
            "CF.3",
            "1.0 for a score",
            Fixtures.with(CASE, "/followUps/0/targets/1/score", "1.0"),
            "followUps[0].targets[1].score",
            List.of("1.0"),
            List.of("whole-number score")));
    // CF.4 null
    entries.add(
        entry(
            "CF.4",
            "null level",
            Fixtures.with(CASE, "/baseline/neuro/gait", "null"),
            "baseline.neuro.gait",
            List.of("null"),
            List.of("whole-number level", "\"NE\"")));
    entries.add(
        entry(
            "CF.4",
            "null CSF result",
            Fixtures.with(CASE, "/baseline/csf/result", "null"),
            "baseline.csf.result",
            List.of("null"),
            List.of("POSITIVE, EQUIVOCAL")));
    entries.add(
        entry(
            "CF.4",
            "null volume",
            Fixtures.with(CASE, "/baseline/csf/volumeMl", "null"),
            "baseline.csf.volumeMl",
            List.of("null"),
            List.of("a number")));
    entries.add(
        entry(
            "CF.4",
            "null date",
            Fixtures.with(CASE, "/baseline/date", "null"),
            "baseline.date",
            List.of("null"),
            List.of("a string")));
    return entries.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void invalidInput_isRejectedThroughTheCommand_atItsPath_namingValueAndAllowed(Entry entry) {
    Cli.Run run = Cli.withInput(entry.line() + "\n" + NEXT + "\n", "score", "--ndjson", "-");

    assertThat(run.exitCode()).as("exit code: a case was rejected").isEqualTo(1);
    assertThat(run.outLines()).as("one output line per input line").hasSize(2);
    JsonNode record = Fixtures.parse(run.outLines().get(0));
    assertThat(fieldNames(record))
        .as("nothing half accepted: an error record only")
        .containsExactly("id", "error");
    if (entry.id() == null) {
      assertThat(record.get("id").isNull()).as("id").isTrue();
    } else {
      assertThat(record.get("id").asText()).as("id").isEqualTo(entry.id());
    }
    JsonNode error = record.get("error");
    assertThat(fieldNames(error)).containsExactly("path", "message");
    assertThat(error.get("path").asText()).as("path").isEqualTo(entry.path());
    String message = error.get("message").asText();
    assertThat(message).as("the message names the bad value").contains(entry.value());
    assertThat(message).as("the message says what is allowed").contains(entry.allowed());
    assertThat(message).as("no stack trace or exception name").doesNotContain("Exception", "\tat ");

    String where = "line 1" + (entry.id() == null ? "" : " " + entry.id());
    assertThat(run.errLines())
        .containsExactly(
            "rano: "
                + where
                + ": "
                + (entry.path().isEmpty() ? "" : entry.path() + ": ")
                + message);
    JsonNode next = Fixtures.parse(run.outLines().get(1));
    assertThat(next.has("error")).as("the next case is still scored").isFalse();
    assertThat(next.get("timepoints").get(0).get("overall").asText()).isEqualTo("PR");
  }

  @Test
  void catalogue_baseCasesAreValid() {
    for (String valid : List.of(CASE, SEQUENCE)) {
      Cli.Run run = Cli.withInput(valid + "\n", "score", "--ndjson", "-");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(Fixtures.parse(run.out()).has("error")).isFalse();
    }
  }

  @Test
  void catalogue_allInOneStream_sameRecordsInOrder_exit1() {
    List<Entry> entries = catalogue().toList();
    StringBuilder input = new StringBuilder();
    for (Entry entry : entries) {
      input.append(entry.line()).append('\n').append(NEXT).append('\n');
    }

    Cli.Run run = Cli.withInput(input.toString(), "score", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(2 * entries.size());
    assertThat(run.errLines()).hasSize(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      JsonNode record = Fixtures.parse(run.outLines().get(2 * i));
      assertThat(record.get("error").get("path").asText())
          .as(entries.get(i).toString())
          .isEqualTo(entries.get(i).path());
      assertThat(run.errLines().get(i)).startsWith("rano: line " + (2 * i + 1));
      assertThat(Fixtures.parse(run.outLines().get(2 * i + 1)).has("error")).isFalse();
    }
  }

  @Test
  void catalogue_coversEveryItemOfSection9() throws IOException {
    String spec = Files.readString(SharedSpec.locate().resolve("rano-lm.md"));
    int start = spec.indexOf("## 9.");
    int end = spec.indexOf("\n## ", start + 1);
    assertThat(start).as("section 9 of rano-lm.md").isNotNegative();
    String section = spec.substring(start, end < 0 ? spec.length() : end).replaceAll("\\s+", " ");
    String examples = section.substring(section.indexOf("Examples:") + "Examples:".length());
    // The section's examples, in its order; "a follow-up that lacks ... or names an unknown one"
    // and "a negative CSF volume or steroid dose" are two items each.
    List<String> phrases =
        List.of(
            "a level outside its domain's range",
            "a lesion score outside 0-3",
            "six target lesions",
            "a duplicate lesion id",
            "a follow-up that lacks a baseline target",
            "names an unknown one",
            "diameters that are zero, negative, NaN or infinite",
            "long < short",
            "a negative CSF volume",
            "steroid dose",
            "an unknown enum word",
            "dates out of order",
            "a missing baseline");
    for (String phrase : phrases) {
      assertThat(examples).as("section 9 still lists: " + phrase).contains(phrase);
    }
    assertThat(examples.split(";"))
        .as("the number of examples in section 9; update the " + "catalogue when the list changes")
        .hasSize(11);
    Set<String> items =
        catalogue().map(Entry::item).collect(Collectors.toCollection(LinkedHashSet::new));
    for (int i = 1; i <= phrases.size(); i++) {
      assertThat(items)
          .as("an entry for item 9." + i + ", " + phrases.get(i - 1))
          .contains("9." + i);
    }
    assertThat(items).contains("CF.1", "CF.2", "CF.3", "CF.4");
  }

  // ---------------------------------------------------------------------------------------------
  // Found while writing the catalogue (fixed): a negative level names its domain's range, and
  // an object-form level is reported at its own field.

  @Test
  void negativeLevel_namesTheDomainsRange() {
    Domain vision = Lano.INSTRUMENT.domain("vision").orElseThrow();
    Cli.Run run =
        Cli.withInput(
            Fixtures.with(CASE, "/baseline/neuro/vision", "-1"), "score", "--ndjson", "-");

    assertThat(Fixtures.parse(run.out()).get("error").get("message").asText())
        .contains("0.." + vision.maxLevel());
  }

  @Test
  void levelOutOfRangeInObjectForm_pathEndsInLevel() {
    Cli.Run run =
        Cli.withInput(
            Fixtures.with(
                CASE, "/followUps/0/neuro/behaviour", "{\"level\":4,\"attributedTo\":\"OTHER\"}"),
            "score",
            "--ndjson",
            "-");

    assertThat(Fixtures.parse(run.out()).get("error").get("path").asText())
        .isEqualTo("followUps[0].neuro.behaviour.level");
  }

  // ---------------------------------------------------------------------------------------------

  private static Entry entry(
      String item,
      String what,
      String line,
      String path,
      List<String> value,
      List<String> allowed) {
    String id = line.startsWith("{\"id\":\"S9\"") ? "S9" : "C9";
    return new Entry(item, what, line, id, path, value, allowed);
  }

  private static Entry entry(
      String item,
      String what,
      @Nullable String id,
      String line,
      String path,
      List<String> value,
      List<String> allowed) {
    return new Entry(item, what, line, id, path, value, allowed);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String sixTargets() {
    StringBuilder baseline = new StringBuilder("[");
    StringBuilder followUp = new StringBuilder("[");
    for (int i = 1; i <= 6; i++) {
      baseline
          .append(i > 1 ? "," : "")
          .append("{\"id\":\"T")
          .append(i)
          .append("\",\"site\":\"BRAIN_LEPTOMENINGEAL_ENHANCEMENT\",\"score\":1}");
      followUp.append(i > 1 ? "," : "").append("{\"id\":\"T").append(i).append("\",\"score\":1}");
    }
    return Fixtures.with(
        Fixtures.with(CASE, "/baseline/targets", baseline + "]"),
        "/followUps/0/targets",
        followUp + "]");
  }
}
