package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code rano score --text}: every line within 100 columns, and the legend of the imaging cell. */
class TextLayoutTest {

  private static final String LONG_ID =
      "SITE-0042-a-very-long-identifier-from-a-registry-system-with-site-and-patient-"
          + "number-0000000001234567-END";

  private static void assertFits(String text) {
    for (String line : text.lines().toList()) {
      assertThat(TextLayout.columns(line)).as(line).isLessThanOrEqualTo(TextLayout.WIDTH);
    }
  }

  @Test
  void everyExampleCase_fits100Columns() throws IOException {
    List<String> files = new ArrayList<>();
    try (Stream<Path> cases = Files.list(Fixtures.CASES)) {
      cases.filter(p -> p.toString().endsWith(".json")).forEach(p -> files.add(p.toString()));
    }
    assertThat(files).hasSizeGreaterThan(5);
    List<String> args = new ArrayList<>(List.of("score", "--text"));
    args.addAll(files);

    Cli.Run run = Cli.run(args.toArray(String[]::new));

    assertThat(run.out()).contains("Case EX-PD-NEURO", "Case EX-INVALID: REJECTED");
    assertFits(run.out());
    Cli.Run cohort =
        Cli.run("score", "--text", "--ndjson", Fixtures.CASES.resolve("cohort.ndjson").toString());
    assertFits(cohort.out());
  }

  @Test
  void generatedCohortWithLongIdsAndManyPolicies_fits100Columns_idsKeptWhole() {
    String generated =
        Cli.run(
                "generate",
                "--cases",
                "200",
                "--seed",
                "12",
                "--visits",
                "12",
                "--invalid-fraction",
                "0.2")
            .out();
    StringBuilder input = new StringBuilder();
    int n = 0;
    for (String line : generated.lines().toList()) {
      ObjectNode node;
      try {
        node = Fixtures.object(line);
      } catch (RuntimeException e) {
        continue; // an invalid case that is not JSON: no id to lengthen
      }
      node.put("id", LONG_ID + "-" + n + (n % 7 == 0 ? "\u001b[31m\u202e" : ""));
      n++;
      input.append(node).append('\n');
    }

    Cli.Run run =
        Cli.withInput(
            input.toString(),
            "score",
            "--text",
            "--ndjson",
            "--quiet",
            "--confirmation-days",
            "21",
            "--max-ne-between",
            "2",
            "--csf-missing-blocks",
            "CR_ONLY",
            "--neuro-reference",
            "BEST_SO_FAR",
            "--imaging-reference",
            "NADIR",
            "-");

    assertFits(run.out());
    // an id too long for a line is cut, not dropped: the header lines joined give it whole
    String joined = run.out().replace("\n    ", "");
    assertThat(n).isGreaterThan(150);
    for (int i = 0; i < n; i++) {
      assertThat(joined).contains("Case " + LONG_ID + "-" + i);
    }
    // an escape is never cut in two
    assertThat(joined).contains("\\u001b[31m\\u202e");
    assertThat(run.out()).doesNotContain("\u001b", "\u202e");
  }

  @Test
  void lanoCase_fits100Columns() {
    Cli.Run run = Cli.run("score", "--text", Fixtures.CASES.resolve("lano2019.json").toString());

    assertFits(run.out());
    assertThat(run.out()).contains("imaging (2019)").doesNotContain(TextReport.LEGEND);
  }

  @Test
  void legend_underATableWithTheComposite_notUnderASequence() {
    Cli.Run raw = Cli.run("score", "--text", Fixtures.CASES.resolve("sd.json").toString());
    Cli.Run sequence = Cli.withInput(Fixtures.sequence("S"), "score", "--text", "-");

    assertThat(raw.out()).contains("SD 3/4 (-25.0%)", TextReport.LEGEND);
    assertThat(TextReport.LEGEND)
        .isEqualTo(
            "imaging: response, composite/baseline composite (change), e.g. PR 3/6 (-50.0%);"
                + " ? = a target NE\n");
    assertThat(sequence.out()).doesNotContain(TextReport.LEGEND);
  }

  @Test
  void longReasons_wrapUnderTheirValue() {
    Cli.Run run =
        Cli.run("score", "--text", Fixtures.CASES.resolve("pr-confirmed.json").toString());

    List<String> lines = run.outLines();
    int best = 0;
    while (!lines.get(best).startsWith("Confirmed best overall response: ")) {
      best++;
    }
    assertThat(lines.get(best + 1)).startsWith(" ".repeat(33)).doesNotStartWith(" ".repeat(34));
    assertFits(run.out());
  }
}
