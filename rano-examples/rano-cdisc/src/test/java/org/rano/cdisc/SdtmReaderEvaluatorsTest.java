package org.rano.cdisc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link SdtmReader#evaluators}: who gave the overall responses of an RS file, for {@code rano
 * agreement --evaluators} to find each reader's {@code RSEVAL} and to name those present.
 */
class SdtmReaderEvaluatorsTest {

  @Test
  void listsEachRsevalWithItsRsevalids_ofOverallResponsesOnly() throws IOException {
    Sdtm sdtm =
        new Sdtm()
            .ovr("S1", "2026-02-01", "PR")
            .row(
                "S1", "OVRLRESP", "PR", "PR", "INDEPENDENT ASSESSOR", "RADIOLOGIST 2", "2026-02-01")
            .row(
                "S1", "OVRLRESP", "SD", "SD", "INDEPENDENT ASSESSOR", "RADIOLOGIST 1", "2026-02-01")
            .row("S1", "TRGRESP", "SD", "SD", "ADJUDICATOR", "RADIOLOGIST 3", "2026-02-01");
    Map<String, Set<String>> evaluators =
        SdtmReader.evaluators("rs.csv", new StringReader(sdtm.rs()));
    assertThat(evaluators)
        .containsExactly(
            Map.entry("INDEPENDENT ASSESSOR", Set.of("RADIOLOGIST 1", "RADIOLOGIST 2")),
            Map.entry("INVESTIGATOR", Set.of("")));
    assertThat(evaluators.get("INDEPENDENT ASSESSOR"))
        .containsExactly("RADIOLOGIST 1", "RADIOLOGIST 2");
  }

  @Test
  void fileWithoutRseval_isRefused_namingTheColumn() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                SdtmReader.evaluators(
                    "rs.csv", new StringReader("USUBJID,RSTESTCD\nS1,OVRLRESP\n")))
        .withMessageContaining("rs.csv: the header has no column RSEVAL");
  }
}
