package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.rano.imaging.Site;

/**
 * The case builder is the one place a case is checked: each visit as it is added, in the order of
 * the case format, so that a built case is valid by construction (spec sections 1 and 7, TIME-1,
 * IMG-1, IMG-14, NEURO-9).
 */
class LmCaseBuilderTest {

  private static final Visit BASELINE =
      Visit.on("2026-01-05").target("T1", Site.BRAIN_NODULE, 2).build();

  @Test
  void followUp_isCheckedWhenAdded_andABadOneIsNotAdded() {
    LmCase.Builder builder =
        LmCase.builder()
            .baseline(BASELINE)
            .followUp(Visit.on("2026-02-02").target("T1", 1).build());

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> builder.followUp(Visit.on("2026-01-20").target("T1", 1).build()));

    assertThat(e.path()).isEqualTo("followUps[1].date");
    assertThat(e.problem()).contains("TIME-1");
    LmCase lmCase = builder.followUp(Visit.on("2026-03-02").target("T1", 0).build()).build();
    assertThat(lmCase.followUps())
        .extracting(Visit::date)
        .extracting(Object::toString)
        .containsExactly("2026-02-02", "2026-03-02");
  }

  @Test
  void baseline_isCheckedWhenGiven_beforeAnyFollowUp() {
    LmCase.Builder builder = LmCase.builder();

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> builder.baseline(Visit.on("2026-01-05").target("T1", 2).build()));

    assertThat(e.path()).isEqualTo("baseline.targets[0].site");
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("baseline");
  }

  @Test
  void followUpsAddedBeforeTheBaseline_areCheckedWhenItComes() {
    LmCase.Builder builder =
        LmCase.builder().followUp(Visit.on("2026-02-02").target("T9", 1).build());

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> builder.baseline(BASELINE));

    assertThat(e.path()).isEqualTo("followUps[0].targets[0].id");
    // the builder is as it was: the follow-up stays, no baseline was taken
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidInputException.class)
        .extracting(t -> ((InvalidInputException) t).path())
        .isEqualTo("baseline");
  }

  @Test
  void clinicalDeteriorationAtBaseline_isRejectedAtItsField() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                LmCase.builder()
                    .baseline(Visit.on("2026-01-05").clinicalDeterioration(true).build()));

    assertThat(e.path()).isEqualTo("baseline.clinicalDeterioration");
    assertThat(e.problem()).contains("NEURO-9");
  }

  @Test
  void baselineTwice_isAProgrammingError() {
    LmCase.Builder builder = LmCase.builder().baseline(BASELINE);

    assertThatThrownBy(() -> builder.baseline(BASELINE)).isInstanceOf(IllegalStateException.class);
  }
}
