package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.Response;

/**
 * NON-CR/NON-PD in the case format (issue 15): accepted as the response of a response sequence
 * under its CDISC code, written back under the same code, ranked between SD and PD (TIME-4); never
 * accepted as a reader's own overall call on a RANO-LM follow-up, nor under its Java name.
 */
class NonCrNonPdFormatTest {

  private static final CaseFormat FORMAT = CaseFormat.withDefaults();

  private static String sequence(String... responses) {
    StringBuilder json =
        new StringBuilder("{\"id\": \"S-1\", \"referenceDate\": \"2026-01-01\", \"responses\": [");
    for (int i = 0; i < responses.length; i++) {
      json.append(i == 0 ? "" : ", ")
          .append("{\"date\": \"2026-0")
          .append(i + 2)
          .append("-15\", \"response\": \"")
          .append(responses[i])
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  @Test
  void sequence_readsTheCode_andWritesItBack() {
    String json = sequence("NON-CR/NON-PD", "PD");
    CaseAssessment result = FORMAT.read(json).assess();

    assertThat(result.timePoints().get(0).overall()).isEqualTo(Response.NON_CR_NON_PD);
    assertThat(result.bestOverallResponse().response()).isEqualTo(Response.NON_CR_NON_PD);
    String written = FORMAT.write(result);
    assertThat(written)
        .contains("\"overall\":\"NON-CR/NON-PD\"")
        .contains("\"bestOverallResponse\":{\"response\":\"NON-CR/NON-PD\"")
        .doesNotContain("NON_CR_NON_PD");
    assertThat(Schemas.errors(Schemas.RESULT, written)).isEmpty();
  }

  @Test
  void sequence_bytesAndTextAgree() {
    String json = sequence("SD", "NON-CR/NON-PD", "NE");
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    assertThat(FORMAT.write(FORMAT.read(utf8, 0, utf8.length).assess()))
        .isEqualTo(FORMAT.write(FORMAT.read(json).assess()));
  }

  @Test
  void sequence_theJavaNameIsNoCode() {
    CaseRejection rejection =
        catchThrowableOfType(CaseRejection.class, () -> FORMAT.read(sequence("NON_CR_NON_PD")));
    assertThat(rejection.path()).isEqualTo("responses[0].response");
    assertThat(rejection.getMessage())
        .contains("NON_CR_NON_PD")
        .contains("CR, PR, SD, NON-CR/NON-PD, PD, NE");
  }

  @Test
  void reportedOverall_isARanoLmCallOnly() {
    String raw =
        "{\"id\": \"R-1\", \"baseline\": {\"date\": \"2026-01-05\"}, \"followUps\": [{\"date\":"
            + " \"2026-02-05\", \"reportedOverall\": \"NON-CR/NON-PD\"}]}";
    CaseRejection rejection = catchThrowableOfType(CaseRejection.class, () -> FORMAT.read(raw));
    assertThat(rejection.path()).isEqualTo("followUps[0].reportedOverall");
    assertThat(rejection.getMessage())
        .contains("CR, PR, SD, PD, NE")
        .doesNotContain("NON-CR/NON-PD,");
  }
}
