package org.rano;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Spec section 9's paths: an error seen from an enclosing structure gets the longer path, keeps
 * its value and problem, and keeps the stack trace of where the input failed.
 */
class InvalidInputExceptionMutationTest {

  @Test
  void withPrefix_joinsThePath_keepsValueProblemAndStackTrace() {
    InvalidInputException original = InvalidInputException.of("score", 4, "allowed: 0..3");

    InvalidInputException prefixed = original.withPrefix("targets[1]");

    assertThat(prefixed.path()).isEqualTo("targets[1].score");
    assertThat(prefixed.value()).isEqualTo("4");
    assertThat(prefixed.problem()).isEqualTo("allowed: 0..3");
    assertThat(prefixed.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(prefixed.getMessage()).contains("targets[1].score");
  }

  @Test
  void withPrefix_arrayElementAndWholeInput() {
    InvalidInputException element = InvalidInputException.of("[2]", null, "is missing");
    InvalidInputException whole = InvalidInputException.of("", "x", "not allowed");

    assertThat(element.withPrefix("targets").path()).isEqualTo("targets[2]");
    assertThat(whole.withPrefix("baseline.neuro").path()).isEqualTo("baseline.neuro");
    assertThat(whole.withPrefix("")).isSameAs(whole);
  }
}
