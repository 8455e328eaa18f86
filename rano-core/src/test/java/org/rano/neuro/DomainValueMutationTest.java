package org.rano.neuro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rano.InvalidInputException;

/**
 * The validation of a domain's value (NEURO-4 attribution included): every factory rejects a
 * negative level, naming it; level 0 and NE are accepted. The instrument lists its domain keys
 * for messages in order, comma separated.
 */
class DomainValueMutationTest {

  @Test
  void attributed_negativeLevel_isRejected_zeroIsAccepted() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> DomainValue.attributed(-1, Attribution.OTHER));

    assertThat(e.value()).isEqualTo("-1");
    assertThat(e.problem()).contains("-1");
    assertThat(DomainValue.attributed(0, Attribution.OTHER).level()).hasValue(0);
  }

  @Test
  void of_negativeLevel_isRejected_neAndZeroAreAccepted() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> DomainValue.of(OptionalInt.of(-2), Optional.empty(), Optional.of("note")));

    assertThat(e.value()).isEqualTo("-2");
    assertThat(DomainValue.of(OptionalInt.of(0), Optional.empty(), Optional.empty()).level())
        .hasValue(0);
    DomainValue ne = DomainValue.of(OptionalInt.empty(), Optional.of(Attribution.OTHER),
        Optional.of("intubated"));
    assertThat(ne.isEvaluable()).isFalse();
    assertThat(ne.note()).hasValue("intubated");
  }

  @Test
  void level_negative_isRejected() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> DomainValue.level(-1));

    assertThat(e.value()).isEqualTo("-1");
  }

  @Test
  void instrumentKeys_inOrder_commaSeparated() {
    assertThat(Lano.INSTRUMENT.keys()).isEqualTo("gait, strength, sensation, vision, "
        + "eyeMovements, facialStrength, hearing, swallowing, levelOfConsciousness, behaviour");
  }
}
