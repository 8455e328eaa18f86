package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rano.Response;

/**
 * The two fields of agreement studies (issue 16): a case's {@code reader} and a follow-up's {@code
 * reportedOverall}: read, rejected with the path, the value and what is allowed, accepted by the
 * schema where the reader accepts them, and ignored by scoring.
 */
class ReaderFieldsTest {

  private static final String NEURO =
      "{\"gait\": 0, \"strength\": 0, \"sensation\": 0, \"vision\": 0, \"eyeMovements\": 0,"
          + " \"facialStrength\": 0, \"hearing\": 0, \"swallowing\": 0,"
          + " \"levelOfConsciousness\": 0, \"behaviour\": 0}";

  /**
   * A raw case with two follow-ups; {@code top}, {@code first}, {@code second} are extra fields.
   */
  private static String raw(String top, String baseline, String first, String second) {
    return "{\"id\": \"P1\""
        + top
        + ", \"baseline\": {\"date\": \"2026-01-05\", \"neuro\": "
        + NEURO
        + baseline
        + "}, \"followUps\": [{\"date\": \"2026-02-02\", \"neuro\": "
        + NEURO
        + first
        + "}, {\"date\": \"2026-03-02\", \"neuro\": "
        + NEURO
        + second
        + "}]}";
  }

  private static CaseRejection rejection(String json) {
    return catchThrowableOfType(CaseRejection.class, () -> CaseFormat.withDefaults().read(json));
  }

  @Test
  void reader_andReportedOverall_areRead_onePerFollowUp_inOrder() {
    CaseInput input =
        CaseFormat.withDefaults()
            .read(raw(", \"reader\": \"R2\"", "", "", ", \"reportedOverall\": \"PD\""));
    assertThat(input.reader()).contains("R2");
    assertThat(input.reportedOverall()).containsExactly(Optional.empty(), Optional.of(Response.PD));
  }

  @Test
  void withoutTheFields_readerIsEmpty_andEveryFollowUpHasNoCall() {
    CaseInput input = CaseFormat.withDefaults().read(raw("", "", "", ""));
    assertThat(input.reader()).isEmpty();
    assertThat(input.reportedOverall()).containsExactly(Optional.empty(), Optional.empty());
  }

  @Test
  void scoringIgnoresBothFields() {
    CaseFormat format = CaseFormat.withDefaults();
    String plain = format.write(format.read(raw("", "", "", "")).assess());
    String rated =
        format.write(
            format
                .read(
                    raw(
                        ", \"reader\": \"R1\"",
                        "",
                        ", \"reportedOverall\": \"CR\"",
                        ", \"reportedOverall\": \"NE\""))
                .assess());
    assertThat(rated).isEqualTo(plain);
  }

  @Test
  void responseSequence_takesAReader_andHasNoCalls() {
    CaseInput input =
        CaseFormat.withDefaults()
            .read(
                "{\"id\": \"S\", \"reader\": \"INVESTIGATOR\", \"referenceDate\": \"2026-01-05\","
                    + " \"responses\": [{\"date\": \"2026-02-02\", \"response\": \"SD\"}]}");
    assertThat(input.reader()).contains("INVESTIGATOR");
    assertThat(input.reportedOverall()).isEmpty();
  }

  @Test
  void blankReader_isRejected_withPathValueAndWhatIsAllowed() {
    CaseRejection rejection = rejection(raw(", \"reader\": \"  \"", "", "", ""));
    assertThat(rejection.path()).isEqualTo("reader");
    assertThat(rejection.problem())
        .isEqualTo("\"  \" is blank; allowed: a non-blank string naming the reader, e.g. \"R1\"");
  }

  @Test
  void readerThatIsNotAString_isRejected() {
    CaseRejection rejection = rejection(raw(", \"reader\": 7", "", "", ""));
    assertThat(rejection.path()).isEqualTo("reader");
    assertThat(rejection.problem()).isEqualTo("expected a string; got the number 7");
  }

  @Test
  void unknownCall_isRejected_withTheAllowedWords() {
    CaseRejection rejection = rejection(raw("", "", ", \"reportedOverall\": \"PRR\"", ""));
    assertThat(rejection.path()).isEqualTo("followUps[0].reportedOverall");
    assertThat(rejection.problem()).contains("PRR").contains("allowed: CR, PR, SD, PD, NE");
  }

  @Test
  void callAtBaseline_isRejected() {
    CaseRejection rejection = rejection(raw("", ", \"reportedOverall\": \"SD\"", "", ""));
    assertThat(rejection.path()).isEqualTo("baseline.reportedOverall");
    assertThat(rejection.problem()).startsWith("is for follow-ups only");
  }

  @Test
  void callInAResponseOfASequence_isAnUnknownField() {
    CaseRejection rejection =
        rejection(
            "{\"id\": \"S\", \"referenceDate\": \"2026-01-05\", \"responses\": [{\"date\":"
                + " \"2026-02-02\", \"response\": \"SD\", \"reportedOverall\": \"SD\"}]}");
    assertThat(rejection.path()).isEqualTo("responses[0].reportedOverall");
  }

  @Test
  void schema_acceptsWhatTheReaderAccepts() {
    String json = raw(", \"reader\": \"R2\"", "", ", \"reportedOverall\": \"PR\"", "");
    assertThat(Schemas.errors(Schemas.CASE, json)).isEmpty();
    assertThat(
            Schemas.errors(
                Schemas.CASE,
                "{\"id\": \"S\", \"reader\": \"R1\", \"referenceDate\": \"2026-01-05\","
                    + " \"responses\": []}"))
        .isEmpty();
  }

  @Test
  void schema_rejectsWhatTheReaderRejects() {
    for (String json :
        List.of(
            raw(", \"reader\": \"  \"", "", "", ""),
            raw(", \"reader\": \"\"", "", "", ""),
            raw(", \"reader\": 7", "", "", ""),
            raw("", "", ", \"reportedOverall\": \"PRR\"", ""),
            raw("", ", \"reportedOverall\": \"SD\"", "", ""))) {
      assertThat(rejection(json)).as(json).isNotNull();
      assertThat(Schemas.errors(Schemas.CASE, json)).as(json).isNotEmpty();
    }
  }
}
