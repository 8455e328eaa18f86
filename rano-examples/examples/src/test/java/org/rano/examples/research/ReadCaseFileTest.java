package org.rano.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.Response;
import org.rano.json.CaseFormat;

/** A researcher loads a case file of the case format with rano-json and scores it: three lines. */
class ReadCaseFileTest {

  @Test
  void loadsACaseFile_inThreeLines() throws Exception {
    CaseFormat format = CaseFormat.withDefaults();
    CaseAssessment result = format.read(Path.of("cases/pr-confirmed.json")).assess();
    System.out.println(format.write(result));

    assertThat(result.confirmedBestOverallResponse().response()).isEqualTo(Response.PR);
  }
}
