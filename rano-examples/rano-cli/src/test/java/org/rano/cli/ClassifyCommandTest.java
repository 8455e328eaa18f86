package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.rano.cli.Fixtures.with;
import static org.rano.cli.Fixtures.without;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Splitter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code rano classify}: the EANO-ESMO classification (spec section 8, DX-1 to DX-3) through the
 * command, every combination of the findings against the specification's table, strict input with
 * the path of the first invalid field, NDJSON, standard error and exit codes as for {@code rano
 * score}.
 */
class ClassifyCommandTest {

  private static final List<String> CYTOLOGY =
      List.of("POSITIVE", "EQUIVOCAL", "NEGATIVE", "NOT_DONE");

  /** Typical clinical signs, linear and nodular MRI, negative cytology: PROBABLE, IIC. */
  private static final String FINDINGS = findings("X", "NEGATIVE", null, true, true, true, false);

  static String findings(
      String id,
      String cytology,
      @Nullable Boolean biopsy,
      boolean signs,
      boolean linear,
      boolean nodular,
      boolean hydrocephalus) {
    return "{\"id\":\""
        + id
        + "\",\"cytology\":\""
        + cytology
        + "\""
        + (biopsy == null ? "" : ",\"biopsy\":" + biopsy)
        + ",\"clinicalSigns\":"
        + signs
        + ",\"mri\":{\"linear\":"
        + linear
        + ",\"nodular\":"
        + nodular
        + ",\"hydrocephalus\":"
        + hydrocephalus
        + "}}";
  }

  // --------------------------------------------------------------------- the classification

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // row                                  | cytology | biopsy | signs | lin | nod | hyd |
        // pattern | type | certainty | label
        "positive cytology, linear + nodular     | POSITIVE  | false | true  | true  | true  | false | C | I  | CONFIRMED | IC",
        "positive cytology, normal MRI, no signs | POSITIVE  | false | false | false | false | false | D_NORMAL | I | CONFIRMED | ID",
        "positive cytology, hydrocephalus only   | POSITIVE  | false | false | false | false | true  | D_HYDROCEPHALUS | I | CONFIRMED | ID",
        "positive biopsy, negative cytology      | NEGATIVE  | true  | false | false | true  | false | B | II | CONFIRMED | IIB",
        "positive biopsy, cytology not done      | NOT_DONE  | true  | false | false | false | false | D_NORMAL | II | CONFIRMED | IID",
        "signs + linear MRI                      | NEGATIVE  | false | true  | true  | false | false | A | II | PROBABLE | IIA",
        "signs + nodular MRI, no cytology        | NOT_DONE  | false | true  | false | true  | false | B | II | PROBABLE | IIB",
        "signs + both, equivocal cytology        | EQUIVOCAL | false | true  | true  | true  | true  | C | II | PROBABLE | IIC",
        "signs, hydrocephalus only               | NEGATIVE  | false | true  | false | false | true  | D_HYDROCEPHALUS | II | POSSIBLE | IID",
        "signs, normal MRI                       | NOT_DONE  | false | true  | false | false | false | D_NORMAL | II | POSSIBLE | IID",
        "signs, normal MRI, equivocal cytology   | EQUIVOCAL | false | true  | false | false | false | D_NORMAL | II | POSSIBLE | IID",
        "typical MRI without signs               | NEGATIVE  | false | false | true  | false | true  | A | II | POSSIBLE | IIA",
        "equivocal cytology without signs        | EQUIVOCAL | false | false | false | false | false | D_NORMAL | II | LACK_OF_EVIDENCE | IID",
        "hydrocephalus only, no signs            | NEGATIVE  | false | false | false | false | true  | D_HYDROCEPHALUS | II | LACK_OF_EVIDENCE | IID",
        "nothing                                 | NOT_DONE  | false | false | false | false | false | D_NORMAL | II | LACK_OF_EVIDENCE | IID",
      })
  void dx_namedRow_throughTheCli(
      String row,
      String cytology,
      boolean biopsy,
      boolean signs,
      boolean linear,
      boolean nodular,
      boolean hydrocephalus,
      String pattern,
      String type,
      String certainty,
      String label) {
    Cli.Run run =
        Cli.withInput(
            findings("R", cytology, biopsy, signs, linear, nodular, hydrocephalus),
            "classify",
            "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode result = Fixtures.parse(run.out());
    assertThat(fieldNames(result))
        .containsExactly(
            "id", "pattern", "type", "certainty", "label", "rules", "reasons", "reasonFacts");
    assertThat(result.get("id").asText()).isEqualTo("R");
    assertThat(result.get("pattern").asText()).isEqualTo(pattern);
    assertThat(result.get("type").asText()).isEqualTo(type);
    assertThat(result.get("certainty").asText()).isEqualTo(certainty);
    assertThat(result.get("label").asText()).isEqualTo(label);
    assertThat(result.get("rules").toString()).isEqualTo("[\"DX-1\",\"DX-2\",\"DX-3\"]");
    assertThat(result.get("reasons")).hasSize(3);
    assertThat(result.get("reasonFacts").findValuesAsText("rule"))
        .containsExactly("DX-1", "DX-2", "DX-3");
    assertThat(result.get("reasonFacts").get(0).get("facts").get("pattern").asText())
        .isEqualTo(pattern);
    assertThat(result.get("reasonFacts").get(1).get("facts").get("lmType").asText())
        .isEqualTo(type);
    assertThat(result.get("reasonFacts").get(2).get("facts").get("certainty").asText())
        .isEqualTo(certainty);
  }

  /**
   * Every combination of the inputs (4 cytology results x biopsy x signs x 2^3 MRI findings = 128
   * rows) in one NDJSON stream, against the table of spec section 8 written out here.
   */
  @Test
  void dx_everyCombination_matchesTheSpecificationsTable() {
    StringBuilder input = new StringBuilder();
    List<String> expected = new ArrayList<>();
    int n = 0;
    for (String cytology : CYTOLOGY) {
      for (int bits = 0; bits < 32; bits++) {
        boolean biopsy = (bits & 1) != 0;
        boolean signs = (bits & 2) != 0;
        boolean linear = (bits & 4) != 0;
        boolean nodular = (bits & 8) != 0;
        boolean hydrocephalus = (bits & 16) != 0;
        String id = "R" + n++;
        input
            .append(findings(id, cytology, biopsy, signs, linear, nodular, hydrocephalus))
            .append('\n');
        expected.add(id + " " + expected(cytology, biopsy, signs, linear, nodular, hydrocephalus));
      }
    }

    Cli.Run run = Cli.withInput(input.toString(), "classify", "--ndjson", "-");

    assertThat(run.exitCode()).isZero();
    List<String> actual = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode result = Fixtures.parse(line);
      actual.add(
          result.get("id").asText()
              + " "
              + result.get("pattern").asText()
              + " "
              + result.get("type").asText()
              + " "
              + result.get("certainty").asText()
              + " "
              + result.get("label").asText());
    }
    assertThat(actual).hasSize(128).containsExactlyElementsOf(expected);
  }

  /**
   * Spec section 8 as its tables, row by row (the same tables as rano-core's
   * EanoClassificationTest, written again here, where that module's tests are not visible). DX-1: A
   * linear, B nodular, C both, D_HYDROCEPHALUS hydrocephalus only, D_NORMAL none; "typical MRI" is
   * A, B or C.
   */
  private static final String PATTERNS =
      """
      linear | nodular | hydrocephalus | pattern         | typical
      no     | no      | no            | D_NORMAL        | no
      no     | no      | yes           | D_HYDROCEPHALUS | no
      yes    | no      | no            | A               | yes
      yes    | no      | yes           | A               | yes
      no     | yes     | no            | B               | yes
      no     | yes     | yes           | B               | yes
      yes    | yes     | no            | C               | yes
      yes    | yes     | yes           | C               | yes
      """;

  /**
   * DX-2 (type I with positive cytology only) and DX-3: CONFIRMED with positive cytology or biopsy;
   * PROBABLE with signs and a typical MRI; POSSIBLE with one of them (equivocal cytology with signs
   * included); LACK_OF_EVIDENCE with none. Cytology other than POSITIVE gives the same row for
   * EQUIVOCAL, NEGATIVE and NOT_DONE, each written out.
   */
  private static final String CERTAINTIES =
      """
      cytology  | biopsy | signs | typical | type | certainty
      POSITIVE  | no     | no    | no      | I    | CONFIRMED
      POSITIVE  | no     | no    | yes     | I    | CONFIRMED
      POSITIVE  | no     | yes   | no      | I    | CONFIRMED
      POSITIVE  | no     | yes   | yes     | I    | CONFIRMED
      POSITIVE  | yes    | no    | no      | I    | CONFIRMED
      POSITIVE  | yes    | no    | yes     | I    | CONFIRMED
      POSITIVE  | yes    | yes   | no      | I    | CONFIRMED
      POSITIVE  | yes    | yes   | yes     | I    | CONFIRMED
      EQUIVOCAL | no     | no    | no      | II   | LACK_OF_EVIDENCE
      EQUIVOCAL | no     | no    | yes     | II   | POSSIBLE
      EQUIVOCAL | no     | yes   | no      | II   | POSSIBLE
      EQUIVOCAL | no     | yes   | yes     | II   | PROBABLE
      EQUIVOCAL | yes    | no    | no      | II   | CONFIRMED
      EQUIVOCAL | yes    | no    | yes     | II   | CONFIRMED
      EQUIVOCAL | yes    | yes   | no      | II   | CONFIRMED
      EQUIVOCAL | yes    | yes   | yes     | II   | CONFIRMED
      NEGATIVE  | no     | no    | no      | II   | LACK_OF_EVIDENCE
      NEGATIVE  | no     | no    | yes     | II   | POSSIBLE
      NEGATIVE  | no     | yes   | no      | II   | POSSIBLE
      NEGATIVE  | no     | yes   | yes     | II   | PROBABLE
      NEGATIVE  | yes    | no    | no      | II   | CONFIRMED
      NEGATIVE  | yes    | no    | yes     | II   | CONFIRMED
      NEGATIVE  | yes    | yes   | no      | II   | CONFIRMED
      NEGATIVE  | yes    | yes   | yes     | II   | CONFIRMED
      NOT_DONE  | no     | no    | no      | II   | LACK_OF_EVIDENCE
      NOT_DONE  | no     | no    | yes     | II   | POSSIBLE
      NOT_DONE  | no     | yes   | no      | II   | POSSIBLE
      NOT_DONE  | no     | yes   | yes     | II   | PROBABLE
      NOT_DONE  | yes    | no    | no      | II   | CONFIRMED
      NOT_DONE  | yes    | no    | yes     | II   | CONFIRMED
      NOT_DONE  | yes    | yes   | no      | II   | CONFIRMED
      NOT_DONE  | yes    | yes   | yes     | II   | CONFIRMED
      """;

  /** The label: the type and the pattern's letter, both D patterns giving D. */
  private static final String LABELS =
      """
      type | pattern         | label
      I    | A               | IA
      I    | B               | IB
      I    | C               | IC
      I    | D_HYDROCEPHALUS | ID
      I    | D_NORMAL        | ID
      II   | A               | IIA
      II   | B               | IIB
      II   | C               | IIC
      II   | D_HYDROCEPHALUS | IID
      II   | D_NORMAL        | IID
      """;

  /** The cells after the key columns of the row whose first cells are {@code key}. */
  private static List<String> row(String table, String... key) {
    List<String> lines = Splitter.on('\n').omitEmptyStrings().trimResults().splitToList(table);
    List<List<String>> found = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Splitter.on('|').trimResults().splitToList(line);
      if (cells.subList(0, key.length).equals(List.of(key))) {
        found.add(cells.subList(key.length, cells.size()));
      }
    }
    assertThat(found).as("the rows for %s", List.of(key)).hasSize(1);
    return found.get(0);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  /** Spec section 8, looked up in its tables: "pattern type certainty label". */
  private static String expected(
      String cytology,
      boolean biopsy,
      boolean signs,
      boolean linear,
      boolean nodular,
      boolean hydrocephalus) {
    List<String> mri = row(PATTERNS, yesNo(linear), yesNo(nodular), yesNo(hydrocephalus));
    String pattern = mri.get(0);
    List<String> typeAndCertainty =
        row(CERTAINTIES, cytology, yesNo(biopsy), yesNo(signs), mri.get(1));
    String type = typeAndCertainty.get(0);
    return pattern
        + " "
        + type
        + " "
        + typeAndCertainty.get(1)
        + " "
        + row(LABELS, type, pattern).get(0);
  }

  @Test
  void biopsy_leftOut_isFalse() {
    String withFalse = findings("B", "NEGATIVE", false, false, false, false, false);
    String leftOut = findings("B", "NEGATIVE", null, false, false, false, false);

    assertThat(Cli.withInput(leftOut, "classify", "-").out())
        .isEqualTo(Cli.withInput(withFalse, "classify", "-").out());
  }

  @Test
  void id_leftOut_isNull_fieldOrderDoesNotMatter() {
    String reordered =
        "{\"mri\":{\"hydrocephalus\":false,\"nodular\":true,\"linear\":true},"
            + "\"clinicalSigns\":true,\"cytology\":\"NEGATIVE\"}";

    Cli.Run run = Cli.withInput(reordered, "classify", "-");

    assertThat(run.exitCode()).isZero();
    JsonNode result = Fixtures.parse(run.out());
    assertThat(result.get("id").isNull()).isTrue();
    assertThat(result.get("label").asText()).isEqualTo("IIC");
  }

  // ---------------------------------------------------------------------------- invalid input

  static Stream<Arguments> invalidFindings() {
    return Stream.of(
        arguments(with(FINDINGS, "/cytolgy", "\"POSITIVE\""), "cytolgy", "unknown field"),
        arguments(with(without(FINDINGS, "/cytology"), "/extra", "1"), "extra", "unknown field"),
        arguments(without(FINDINGS, "/cytology"), "cytology", "is missing"),
        arguments(
            with(FINDINGS, "/cytology", "\"positive\""),
            "cytology",
            "POSITIVE, EQUIVOCAL, NEGATIVE, NOT_DONE"),
        arguments(with(FINDINGS, "/cytology", "true"), "cytology", "one of POSITIVE"),
        arguments(with(FINDINGS, "/cytology", "null"), "cytology", "null"),
        arguments(with(FINDINGS, "/biopsy", "\"yes\""), "biopsy", "true or false"),
        arguments(with(FINDINGS, "/biopsy", "1"), "biopsy", "true or false"),
        arguments(without(FINDINGS, "/clinicalSigns"), "clinicalSigns", "is missing"),
        arguments(with(FINDINGS, "/clinicalSigns", "\"true\""), "clinicalSigns", "true or false"),
        arguments(without(FINDINGS, "/mri"), "mri", "is missing"),
        arguments(with(FINDINGS, "/mri", "[]"), "mri", "an object"),
        arguments(with(FINDINGS, "/mri", "\"C\""), "mri", "an object"),
        arguments(with(FINDINGS, "/mri/equivocal", "true"), "mri.equivocal", "unknown field"),
        arguments(
            with(without(FINDINGS, "/mri/linear"), "/mri/equivocal", "true"),
            "mri.equivocal",
            "unknown field"),
        arguments(without(FINDINGS, "/mri/linear"), "mri.linear", "is missing"),
        arguments(without(FINDINGS, "/mri/nodular"), "mri.nodular", "is missing"),
        arguments(without(FINDINGS, "/mri/hydrocephalus"), "mri.hydrocephalus", "is missing"),
        arguments(with(FINDINGS, "/mri/nodular", "null"), "mri.nodular", "null"),
        arguments(with(FINDINGS, "/mri/hydrocephalus", "0"), "mri.hydrocephalus", "true or false"),
        arguments(with(FINDINGS, "/id", "7"), "id", "a string"),
        arguments(
            FINDINGS.replace("\"linear\":true", "\"linear\":true,\"linear\":false"),
            "mri.linear",
            "duplicate key"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalidFindings")
  void invalidFindings_areRejectedAtTheirPath_errorRecordStderrLineExit1(
      String json, String path, String fragment) {
    Cli.Run run = Cli.withInput(json, "classify", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode record = Fixtures.parse(run.out());
    assertThat(fieldNames(record)).containsExactly("id", "error");
    assertThat(record.get("error").get("path").asText()).as(run.out()).isEqualTo(path);
    String message = record.get("error").get("message").asText();
    assertThat(message).contains(fragment);
    String id = path.equals("id") ? "" : " X";
    assertThat(record.get("id").isNull()).isEqualTo(id.isEmpty());
    assertThat(run.err())
        .isEqualTo("rano: standard input" + id + ": " + path + ": " + message + "\n");
    MainTest.assertNoStackTrace(run);
  }

  @Test
  void quiet_noStderrLinePerRejectedCase_theErrorRecordsStay_exit1() {
    String input = "{\"id\": \"A\", \"cytology\": \"MAYBE\"}\n{\"id\": \"B\", \"cytology\": 1}\n";
    Cli.Run loud = Cli.withInput(input, "classify", "--ndjson", "-");
    Cli.Run quiet = Cli.withInput(input, "classify", "--ndjson", "--quiet", "-");

    assertThat(loud.err().lines()).hasSize(2);
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(loud.out());
    assertThat(quiet.outLines()).hasSize(2).allMatch(line -> line.contains("\"error\""));
    assertThat(quiet.exitCode()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{                  | not JSON",
        "''                 | no JSON value",
        "[]                 | a case is a JSON object",
        "42                 | a case is a JSON object",
        "{\"cytology\": NaN} | NaN",
      })
  void textThatIsNotOneObject_pathIsEmpty_idNull_exit1(String text, String fragment) {
    Cli.Run run = Cli.withInput(text, "classify", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode record = Fixtures.parse(run.out());
    assertThat(record.get("id").isNull()).isTrue();
    assertThat(record.get("error").get("path").asText()).isEmpty();
    assertThat(record.get("error").get("message").asText()).contains(fragment);
    assertThat(run.err()).startsWith("rano: standard input: ");
  }

  @Test
  void twoObjectsWithoutNdjson_isRejectedWithAHint() {
    Cli.Run run = Cli.withInput(FINDINGS + "\n" + FINDINGS + "\n", "classify", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("--ndjson");
  }

  @Test
  void file_invalidCase_stderrNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("dx.json");
    java.nio.file.Files.writeString(file, with(FINDINGS, "/mri/linear", "\"yes\""));

    Cli.Run run = Cli.run("classify", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("rano: " + file + " X: mri.linear: expected true or false");
  }

  // ------------------------------------------------------------------------------------ NDJSON

  @Test
  void ndjson_oneLinePerNonBlankInputLine_inOrder_invalidLinesNamedByNumber() {
    List<String> input =
        List.of(
            findings("A", "POSITIVE", null, true, true, false, false),
            "",
            with(FINDINGS.replace("\"X\"", "\"B\""), "/mri/linear", "1"),
            "   ",
            "{not json",
            findings("C", "NOT_DONE", true, false, false, false, true),
            "[]",
            findings("D", "EQUIVOCAL", false, true, false, false, false));

    Cli.Run run = Cli.withInput(String.join("\n", input) + "\n", "classify", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(6);
    List<String> summary = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = Fixtures.parse(line);
      summary.add(
          (node.get("id").isNull() ? "-" : node.get("id").asText())
              + " "
              + (node.has("error")
                  ? "error " + node.get("error").get("path").asText()
                  : node.get("label").asText() + " " + node.get("certainty").asText()));
    }
    assertThat(summary)
        .containsExactly(
            "A IA CONFIRMED",
            "B error mri.linear",
            "- error ",
            "C IID CONFIRMED",
            "- error ",
            "D IID POSSIBLE");
    assertThat(run.errLines()).hasSize(3);
    assertThat(run.errLines().get(0))
        .startsWith("rano: line 3 B: mri.linear: expected true " + "or false");
    assertThat(run.errLines().get(1)).startsWith("rano: line 5: not JSON");
    assertThat(run.errLines().get(2)).startsWith("rano: line 7: a case is a JSON object");
  }

  @Test
  void ndjson_exampleFile_fiveLines_allClassified_exit0() {
    Cli.Run run =
        Cli.run("classify", "--ndjson", Fixtures.CASES.resolve("classify.ndjson").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> labels = new ArrayList<>();
    for (String line : run.outLines()) {
      JsonNode result = Fixtures.parse(line);
      labels.add(
          result.get("id").asText()
              + " "
              + result.get("label").asText()
              + " "
              + result.get("certainty").asText());
    }
    assertThat(labels)
        .containsExactly(
            "DX-IC IC CONFIRMED",
            "DX-IIA-PROBABLE IIA PROBABLE",
            "DX-IIB-BIOPSY IIB CONFIRMED",
            "DX-IID-POSSIBLE IID POSSIBLE",
            "DX-IID-NONE IID LACK_OF_EVIDENCE");
  }

  @Test
  void ndjson_emptyInput_noOutput_exit0_crlfAndByteOrderMarkAccepted() {
    Cli.Run empty = Cli.withInput("\n \n", "classify", "--ndjson", "-");
    Cli.Run crlf =
        Cli.withInput(
            "\uFEFF" + FINDINGS + "\r\n" + FINDINGS + "\r\n", "classify", "--ndjson", "-");

    assertThat(empty.exitCode()).isZero();
    assertThat(empty.out()).isEmpty();
    assertThat(crlf.exitCode()).isZero();
    assertThat(crlf.outLines()).hasSize(2);
  }

  @Test
  void ndjson_invalidUtf8Line_isRejected_othersClassified() {
    java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
    input.writeBytes((FINDINGS + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    input.writeBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    input.writeBytes((FINDINGS + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

    Cli.Run run = Cli.withInput(input.toByteArray(), "classify", "--ndjson", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(1)).contains("not valid UTF-8");
  }

  // -------------------------------------------------------------------------- one case, files

  @Test
  void exampleFile_classifyJson_prettyPrinted_iic() {
    Cli.Run run = Cli.run("classify", Fixtures.CASES.resolve("classify.json").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n  \"id\": \"DX-1\",").endsWith("}\n");
    JsonNode result = Fixtures.parse(run.out());
    assertThat(result.get("label").asText()).isEqualTo("IIC");
    assertThat(result.get("certainty").asText()).isEqualTo("PROBABLE");
  }

  @Test
  void isDeterministic_byteIdenticalOutput() {
    String input = Fixtures.read(Fixtures.CASES.resolve("classify.ndjson"));

    assertThat(Cli.withInput(input, "classify", "--ndjson", "-").out())
        .isEqualTo(Cli.withInput(input, "classify", "--ndjson", "-").out());
  }

  // ------------------------------------------------------------------------ usage, exit codes

  @Test
  void unknownOption_isUsageError_exit2() {
    Cli.Run run = Cli.withInput(FINDINGS, "classify", "--text", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("rano: Unknown option: '--text'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingFileArgument_isUsageError_exit2() {
    Cli.Run run = Cli.run("classify");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("FILE|-");
  }

  @Test
  void unreadableFile_andDirectory_areUsageErrors_exit2(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    Cli.Run noFile = Cli.run("classify", missing.toString());
    Cli.Run directory = Cli.run("classify", dir.toString());

    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).isEqualTo("rano: " + missing + ": cannot read: no such file\n");
    assertThat(noFile.out()).isEmpty();
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err()).contains("is a directory");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void help_classify_describesInputOutputAndExitCodes_exit0(String option) {
    Cli.Run run = Cli.run("classify", option);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: rano classify",
            "FILE|-",
            "--ndjson",
            "cytology",
            "biopsy",
            "clinicalSigns",
            "mri",
            "linear",
            "nodular",
            "hydrocephalus",
            "pattern",
            "certainty",
            "label",
            "Exit codes",
            "D_HYDROCEPHALUS",
            "LACK_OF_EVIDENCE");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void help_rano_listsTheClassifyCommand() {
    assertThat(Cli.run("--help").out()).contains("classify");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
