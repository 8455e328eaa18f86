package org.rano.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README.md: the table of a scored case's keys names every key the command writes. */
class ReadmeKeysTest {

  @Test
  void keysTable_namesEveryKeyOfAScoredCase() throws IOException {
    String readme = Files.readString(Path.of("..", "..", "README.md"));
    int start = readme.indexOf("The keys of a scored case, in the order written:");
    assertThat(start).as("the keys table in README.md").isNotNegative();
    String table =
        readme.substring(start, readme.indexOf("\n\n", readme.indexOf("| key |", start)));
    JsonNode result =
        Fixtures.parse(Cli.run("score", Fixtures.CASES.resolve("pd-neuro.json").toString()).out());

    List<String> top = new ArrayList<>();
    result.fieldNames().forEachRemaining(top::add);
    assertThat(top).startsWith("id", "timepoints");
    for (String key : top) {
      assertThat(table).as(key).contains("`" + key + "`");
    }
    List<String> point = new ArrayList<>();
    result.get("timepoints").get(0).fieldNames().forEachRemaining(point::add);
    assertThat(point).contains("date", "compositeScore", "reasonFacts");
    for (String key : point) {
      assertThat(table).as(key).containsPattern("`(timepoints\\[\\])?\\." + key + "`");
    }
  }
}
