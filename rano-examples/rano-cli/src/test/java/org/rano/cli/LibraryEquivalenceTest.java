package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.RanoLm;
import org.rano.json.CaseFormat;

/**
 * The command's result lines against the test's own reading of the result contract ({@link
 * ContractResult}, from {@code spec/case-format.md} "The result" and the README), never through
 * {@link ResultWriter}: seeded random valid cases (written as JSON and built with the library's
 * builders in parallel), the conformance cases and the module's example cases. A field the writer
 * dropped, renamed, moved or filled with a wrong value fails here with its JSON path. Also: the
 * order of the input's JSON fields never changes the output.
 */
class LibraryEquivalenceTest {

  private static final int CASES = 2_000;

  @Test
  void randomValidCases_commandWritesTheLibraryResult_asTheContractSays() {
    RandomCases generator = new RandomCases(0x5EED_2026L);
    List<RandomCases.Generated> cases = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < CASES; i++) {
      RandomCases.Generated generated = generator.next("G" + i);
      cases.add(generated);
      input.append(generated.json()).append('\n');
    }

    Cli.Run run = Cli.withInput(input.toString(), "score", "--ndjson", "-");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(CASES);
    int sequences = 0;
    int lano2019 = 0;
    for (int i = 0; i < CASES; i++) {
      RandomCases.Generated generated = cases.get(i);
      lano2019 += generated.json().contains("\"lano2019\"") ? 1 : 0;
      RanoLm engine = RanoLm.of(generated.criteria());
      CaseAssessment library =
          generated.lmCase() != null
              ? engine.assess(generated.lmCase())
              : engine.assess(Objects.requireNonNull(generated.sequence()));
      sequences += generated.sequence() != null ? 1 : 0;
      ContractResult.assertWrittenAsContracted(
          lines.get(i),
          ContractResult.expected(Fixtures.parse(generated.json()), library),
          generated.json());
    }
    assertThat(sequences).as("both kinds of case are compared").isBetween(CASES / 10, CASES / 3);
    assertThat(lano2019)
        .as("cases on the 2019 scorecard are compared")
        .isBetween(CASES / 20, CASES / 5);
  }

  /**
   * The 400 conformance cases (raw assessments and response sequences, every section 2-7 rule) and
   * the example cases of the module (among them the LANO_2019 case, whose composite fields the
   * contract makes null, and the NDJSON cohort).
   */
  @Test
  void conformanceAndExampleCases_commandWritesTheLibraryResult_asTheContractSays()
      throws Exception {
    List<String> cases =
        new ArrayList<>(
            Files.readAllLines(SharedSpec.locate().resolve("conformance").resolve("cases.ndjson")));
    try (Stream<Path> files = Files.list(Fixtures.CASES)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".ndjson") && !name.startsWith("classify")) {
          Files.readAllLines(file).stream().filter(l -> !l.isBlank()).forEach(cases::add);
        } else if (name.endsWith(".json")
            && !name.startsWith("classify")
            && !name.startsWith("invalid")) {
          cases.add(Fixtures.parse(Fixtures.read(file)).toString());
        }
      }
    }
    StringBuilder input = new StringBuilder();
    cases.forEach(c -> input.append(c).append('\n'));

    // instrument-14.json names the example instrument, which the command loads from its file
    String instrument = "../examples/instruments/template-14-domains.json";
    Cli.Run run =
        Cli.withInput(input.toString(), "score", "--ndjson", "--instrument", instrument, "-");

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(cases.size());
    CaseReader reader =
        new CaseReader(
            CaseFormat.withCriteria(Criteria.defaults())
                .withInstrument(CaseFormat.readInstrument(Files.readString(Path.of(instrument)))));
    boolean lano2019 = false;
    for (int i = 0; i < cases.size(); i++) {
      String json = cases.get(i);
      CaseAssessment library = reader.read(json).assess();
      lano2019 |= json.contains("LANO_2019");
      ContractResult.assertWrittenAsContracted(
          run.outLines().get(i), ContractResult.expected(Fixtures.parse(json), library), json);
    }
    assertThat(cases.size()).isGreaterThan(400);
    assertThat(lano2019).as("a LANO_2019 case is among them").isTrue();
  }

  @Test
  void shuffledFieldOrder_givesByteIdenticalOutput() {
    RandomCases generator = new RandomCases(42L);
    Random shuffler = new Random(7L);
    StringBuilder original = new StringBuilder();
    StringBuilder shuffled = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      String json = generator.next("F" + i).json();
      original.append(json).append('\n');
      shuffled.append(shuffle(Fixtures.parse(json), shuffler)).append('\n');
    }

    Cli.Run a = Cli.withInput(original.toString(), "score", "--ndjson", "-");
    Cli.Run b = Cli.withInput(shuffled.toString(), "score", "--ndjson", "-");

    assertThat(a.exitCode()).isZero();
    assertThat(b.out()).isEqualTo(a.out());
  }

  /** The same JSON with the keys of every object in a random order (arrays kept). */
  private static String shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      Collections.shuffle(names, random);
      StringBuilder text = new StringBuilder("{");
      for (String name : names) {
        text.append(text.length() > 1 ? "," : "")
            .append(Fixtures.MAPPER.getNodeFactory().textNode(name))
            .append(':')
            .append(shuffle(node.get(name), random));
      }
      return text.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder text = new StringBuilder("[");
      for (JsonNode element : node) {
        text.append(text.length() > 1 ? "," : "").append(shuffle(element, random));
      }
      return text.append(']').toString();
    }
    return node.toString();
  }
}
