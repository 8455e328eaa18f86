package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case the project has, which the reader accepts, passes {@code case.schema.json}: the 400
 * conformance cases of the specification, its worked examples, the example cases of {@code
 * rano-examples/examples/cases} (but {@code invalid.json}, which fails it at the field the reader
 * names), 200 cases written by {@code rano generate} ({@code generated/cohort-seed1.ndjson}, see
 * its README), and the case examples of the README and of case-format.md.
 */
class CaseSchemaTest {

  private static final Path SPEC = Schemas.TEST_RESOURCES.resolve("spec");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  static Stream<Arguments> conformanceCases() {
    return numbered(SPEC.resolve("conformance").resolve("cases.ndjson"));
  }

  static Stream<Arguments> generatedCases() {
    return numbered(Schemas.TEST_RESOURCES.resolve("generated").resolve("cohort-seed1.ndjson"));
  }

  static Stream<Arguments> exampleCases() {
    List<Arguments> cases = new ArrayList<>();
    for (Path file : Schemas.files(SPEC.resolve("examples"), ".json")) {
      cases.add(arguments("spec/examples/" + file.getFileName(), Schemas.read(file)));
    }
    for (Path file : Schemas.files(Schemas.EXAMPLE_CASES, ".json")) {
      String name = file.getFileName().toString();
      if (!name.startsWith("classify") && !name.equals("invalid.json")) {
        cases.add(arguments("examples/cases/" + name, Schemas.read(file)));
      }
    }
    for (Path file : Schemas.files(Schemas.EXAMPLE_CASES, ".ndjson")) {
      String name = file.getFileName().toString();
      if (!name.startsWith("classify")) {
        List<String> lines = Schemas.lines(file);
        for (int i = 0; i < lines.size(); i++) {
          cases.add(arguments("examples/cases/" + name + " line " + (i + 1), lines.get(i)));
        }
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> documentedCases() {
    List<Arguments> cases = new ArrayList<>();
    for (String block : jsonBlocks(SPEC.resolve("case-format.md"))) {
      if (isCase(block)) {
        cases.add(arguments("case-format.md: " + idOf(block), block));
      }
    }
    for (String block : jsonBlocks(Path.of("..", "..", "README.md"))) {
      if (isCase(block)) {
        cases.add(arguments("README.md: " + idOf(block), block));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conformanceCases")
  void conformanceCase_passes(String name, String json) {
    assertThat(Schemas.errors(Schemas.CASE, json)).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedCases")
  void generatedCase_passes(String name, String json) {
    assertThat(Schemas.errors(Schemas.CASE, json)).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleCases")
  void exampleCase_passes(String name, String json) {
    assertThat(Schemas.errors(Schemas.CASE, json)).as(name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedCases")
  void documentedCase_passes(String name, String json) {
    assertThat(Schemas.errors(Schemas.CASE, json)).as(name).isEmpty();
  }

  @Test
  void corpora_haveTheExpectedSizes() {
    assertThat(conformanceCases()).hasSize(400);
    assertThat(generatedCases()).hasSize(200);
    // 3 worked examples; cr, instrument-14, lano2019, ne, pd-neuro, pr-confirmed, sd, sequence;
    // 6 cohort lines
    assertThat(exampleCases()).hasSize(17);
    // case-format.md: the raw case and the sequence; README: the LANO_2019 case
    assertThat(documentedCases()).hasSize(3);
  }

  @Test
  void conformanceCases_coverBothKindsOfCase() {
    long sequences =
        conformanceCases()
            .filter(a -> Schemas.parse((String) a.get()[1]).has("referenceDate"))
            .count();

    assertThat(sequences).isBetween(1L, 399L);
  }

  /**
   * {@code invalid.json} has sensation 3 at its follow-up (sensation goes to 2): a range of one
   * value, which the schema checks, at the path the reader reports ({@code
   * followUps[0].neuro.sensation}).
   */
  @Test
  void invalidExample_failsAtTheFieldTheReaderNames() {
    String json = Schemas.read(Schemas.EXAMPLE_CASES.resolve("invalid.json"));

    assertThat(Schemas.errorLocations(Schemas.CASE, json)).contains("/followUps/0/neuro/sensation");
  }

  // --------------------------------------------------------------------------------- helpers

  private static Stream<Arguments> numbered(Path file) {
    List<String> lines = Schemas.lines(file);
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String id = Schemas.parse(lines.get(i)).path("id").asText("?");
      cases.add(arguments(file.getFileName() + " line " + (i + 1) + " " + id, lines.get(i)));
    }
    return cases.stream();
  }

  static List<String> jsonBlocks(Path markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JSON_BLOCK.matcher(Schemas.read(markdown));
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  private static boolean isCase(String block) {
    var node = Schemas.parse(block);
    return node.has("baseline") || node.has("referenceDate");
  }

  private static String idOf(String block) {
    var node = Schemas.parse(block);
    return node.path("id").asText("(no id)");
  }
}
