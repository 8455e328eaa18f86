package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.InvalidInputException;
import org.rano.neuro.Instrument;

/**
 * The public codec: reading, writing straight to an {@link Appendable}, "did you mean" (issue 12
 * item 2 of this work) and instruments as data (issue 12 item 5).
 */
class CaseFormatTest {

  private static final String NEURO =
      "{\"gait\": 0, \"strength\": 0, \"sensation\": 0, \"vision\": 0, \"eyeMovements\": 0,"
          + " \"facialStrength\": 0, \"hearing\": 0, \"swallowing\": 0,"
          + " \"levelOfConsciousness\": 0, \"behaviour\": 0}";

  private static String raw(String neuro, String extra) {
    return "{\"id\": \"C1\""
        + extra
        + ", \"baseline\": {\"date\": \"2026-01-05\", \"neuro\": "
        + neuro
        + "}, \"followUps\": [{\"date\": \"2026-02-02\", \"neuro\": "
        + neuro
        + "}]}";
  }

  /** A 14-domain instrument scored 0-2, as the README shows it (neutral keys, no clinical text). */
  static String fourteenDomains() {
    StringBuilder json = new StringBuilder("{\"name\": \"FOURTEEN\", \"domains\": [");
    for (int i = 1; i <= 14; i++) {
      json.append(i > 1 ? ", " : "")
          .append(String.format("{\"key\": \"d%02d\", \"label\": \"domain %d\",", i, i))
          .append(" \"levels\": [\"level 0\", \"level 1\", \"level 2\"]}");
    }
    return json.append("]}").toString();
  }

  private static String neuro14(int level) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 1; i <= 14; i++) {
      json.append(i > 1 ? ", " : "").append(String.format("\"d%02d\": %d", i, level));
    }
    return json.append("}").toString();
  }

  @Test
  void readsAndWrites_toAnAppendable_asToAString() throws Exception {
    CaseFormat format = CaseFormat.withDefaults();
    CaseAssessment result = format.read(new StringReader(raw(NEURO, ""))).assess();
    StringWriter out = new StringWriter();
    format.write(result, out);
    assertThat(out.toString()).isEqualTo(format.write(result)).startsWith("{\"id\":\"C1\"");
  }

  @Test
  void scoreLines_writesOneLinePerNonBlankLine_andCountsRejections() throws Exception {
    StringBuilder out = new StringBuilder();
    long rejected =
        CaseFormat.withDefaults()
            .scoreLines(new StringReader(raw(NEURO, "") + "\n \t\n{\"id\": 1}\n"), out);
    assertThat(rejected).isEqualTo(1);
    assertThat(out.toString().split("\n", -1)).hasSize(3);
    assertThat(out.toString()).contains("\"error\":{\"path\":\"id\"");
  }

  @Test
  void unknownKeyOneEditAway_isSuggested() {
    String misspelt = NEURO.replace("behaviour", "behavior");
    CaseRejection rejection =
        catchThrowableOfType(
            CaseRejection.class, () -> CaseFormat.withDefaults().read(raw(misspelt, "")));
    assertThat(rejection.path()).isEqualTo("baseline.neuro.behavior");
    assertThat(rejection.problem())
        .startsWith("unknown domain \"behavior\"; allowed: ")
        .endsWith("; did you mean \"behaviour\"?");
    assertThat(rejection.caseId()).contains("C1");
    assertThat(rejection.getCause()).isInstanceOf(InvalidInputException.class);

    CaseRejection field =
        catchThrowableOfType(
            CaseRejection.class,
            () -> CaseFormat.withDefaults().read(raw(NEURO, "").replace("followUps", "folowUps")));
    assertThat(field.problem()).endsWith("; did you mean \"followUps\"?");
    CaseRejection far =
        catchThrowableOfType(
            CaseRejection.class,
            () -> CaseFormat.withDefaults().read(raw(NEURO, ", \"comment\": 1")));
    assertThat(far.problem()).doesNotContain("did you mean");
  }

  @Test
  void suggestion_oneInsertDeleteSubstituteOrTranspose() {
    assertThat(Suggestion.oneEdit("behavior", "behaviour")).isTrue();
    assertThat(Suggestion.oneEdit("behaviourr", "behaviour")).isTrue();
    assertThat(Suggestion.oneEdit("behaviuor", "behaviour")).isTrue();
    assertThat(Suggestion.oneEdit("behavioux", "behaviour")).isTrue();
    assertThat(Suggestion.oneEdit("behaviour", "behaviour")).isFalse();
    assertThat(Suggestion.oneEdit("bhaviuor", "behaviour")).isFalse();
    assertThat(Suggestion.oneEdit("", "a")).isTrue();
  }

  @Test
  void instrument_readFromItsDefinition_namedByACase() {
    Instrument fourteen = CaseFormat.readInstrument(fourteenDomains());
    assertThat(fourteen.name()).isEqualTo("FOURTEEN");
    assertThat(fourteen.domains()).hasSize(14);
    assertThat(fourteen.domains().get(13).maxLevel()).isEqualTo(2);
    CaseFormat format = CaseFormat.withDefaults().withInstrument(fourteen);
    String json = raw(neuro14(0), ", \"instrument\": \"FOURTEEN\"");
    assertThat(format.read(json).assess().timePoints()).hasSize(1);
    // the instrument may stand after the visits
    String last = json.substring(0, json.length() - 1) + "}";
    assertThat(format.read(last).id()).contains("C1");
  }

  @Test
  void instrument_unknownName_isRejectedAtInstrument_listingTheKnownOnes() {
    CaseRejection rejection =
        catchThrowableOfType(
            CaseRejection.class,
            () -> CaseFormat.withDefaults().read(raw(NEURO, ", \"instrument\": \"LAN\"")));
    assertThat(rejection.path()).isEqualTo("instrument");
    assertThat(rejection.problem())
        .isEqualTo("\"LAN\" is not a known instrument; allowed: LANO; did you mean \"LANO\"?");
  }

  @Test
  void instrument_keysOfAnotherInstrument_areUnknownUnderLano() {
    CaseFormat format =
        CaseFormat.withDefaults().withInstrument(CaseFormat.readInstrument(fourteenDomains()));
    CaseRejection rejection =
        catchThrowableOfType(CaseRejection.class, () -> format.read(raw(neuro14(0), "")));
    assertThat(rejection.path()).isEqualTo("baseline.neuro.d01");
    CaseRejection level =
        catchThrowableOfType(
            CaseRejection.class,
            () -> format.read(raw(neuro14(3), ", \"instrument\": \"FOURTEEN\"")));
    assertThat(level.path()).isEqualTo("baseline.neuro.d01");
  }

  @Test
  void instrumentDefinition_errorsCarryTheirPath() {
    InvalidInputException error =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                CaseFormat.readInstrument(
                    "{\"name\": \"X\", \"domains\": [{\"key\": \"a\", \"label\": \"A\","
                        + " \"levels\": [\"only\", 1]}]}"));
    assertThat(error.path()).isEqualTo("domains[0].levels[1]");
  }

  @Test
  void loneSurrogate_splitAcrossWrites_isEscaped_pairsKept() throws Exception {
    StringBuilder out = new StringBuilder();
    LoneSurrogateEscaper escaper = new LoneSurrogateEscaper(out);
    escaper.write("a\ud83d".toCharArray(), 0, 2);
    escaper.write("\ude00b\ud800".toCharArray(), 0, 3);
    escaper.write("c".toCharArray(), 0, 1);
    escaper.write("\udc00".toCharArray(), 0, 1);
    escaper.finish();
    assertThat(out.toString()).isEqualTo("a\ud83d\ude00b\\uD800c\\uDC00");
  }
}
