package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rule identifiers: every rule of sections 2 to 6 exists, spelt as the specification does. */
class RuleIdTest {

  @Test
  void everyPerVisitRuleOfTheSpecification_exists() {
    List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::id).toList();

    assertThat(ids)
        .contains(
            "NEURO-1", "NEURO-2", "NEURO-3", "NEURO-4", "NEURO-5", "NEURO-6", "NEURO-7", "NEURO-8",
            "CSF-1", "CSF-2", "CSF-3", "CSF-4", "CSF-5", "CSF-6", "IMG-1", "IMG-2", "IMG-3",
            "IMG-4", "IMG-5", "IMG-6", "IMG-7", "IMG-8", "IMG-9", "IMG-10", "IMG-11", "IMG-12",
            "IMG-13", "IMG-14", "STER-1", "STER-2", "STER-3", "OVR-1", "OVR-2", "OVR-3", "OVR-4",
            "OVR-5");
  }

  @ParameterizedTest
  @EnumSource(RuleId.class)
  void ofId_roundTrips(RuleId rule) {
    assertThat(RuleId.ofId(rule.id())).isSameAs(rule);
    assertThat(rule.toString()).isEqualTo(rule.id());
    assertThat(rule.id()).matches("[A-Z]+-[0-9]+");
    assertThat(rule.summary()).isNotBlank();
  }

  @Test
  void ofId_unknown_isRejectedQuotingIt() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> RuleId.ofId("NEURO-99"));

    assertThat(e.getMessage()).contains("NEURO-99");
    assertThat(e.value()).isEqualTo("NEURO-99");
  }

  @Test
  void ofId_enumConstantName_isNotAnId() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> RuleId.ofId("NEURO_1"));

    assertThat(e.getMessage()).contains("NEURO_1");
  }
}
