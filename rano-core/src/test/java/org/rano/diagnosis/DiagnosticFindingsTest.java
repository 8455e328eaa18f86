package org.rano.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rano.InvalidInputException;

/**
 * The id of the findings is checked as a case id is: non-blank, at most 256 characters, valid
 * Unicode; both sides of each limit.
 */
class DiagnosticFindingsTest {

  private static InvalidInputException rejected(String id) {
    DiagnosticFindings.Builder builder = DiagnosticFindings.builder();
    try {
      builder.id(id);
    } catch (InvalidInputException e) {
      return e;
    }
    throw new AssertionError("accepted: " + id);
  }

  @Test
  void id_isOptional_andKeptAsGiven() {
    assertThat(DiagnosticFindings.builder().build().id()).isEmpty();
    assertThat(DiagnosticFindings.builder().id("P-1").build().id()).hasValue("P-1");
    assertThat(DiagnosticFindings.builder().id("x".repeat(256)).build().id())
        .hasValue("x".repeat(256));
    assertThat(DiagnosticFindings.builder().id(" a ").build().id()).hasValue(" a ");
  }

  @Test
  void id_blankTooLongOrALoneSurrogate_isRejectedAtPathId() {
    for (String bad : new String[] {"", " ", "\t\n", "x".repeat(257), "a\ud800b"}) {
      InvalidInputException e = rejected(bad);
      assertThat(e.path()).as(bad).isEqualTo("id");
      assertThat(e.value()).as(bad).isEqualTo(bad);
    }
    assertThat(rejected("x".repeat(257)).problem()).contains("257 characters", "at most 256");
    assertThat(rejected("").problem()).contains("blank");
  }
}
