package org.rano.neuro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.rano.InvalidInputException;

/**
 * The validation of a domain's level (NEURO-4 attribution included): a value knows no domain, so
 * the exam rejects a negative level through every way of setting it, naming the domain and its
 * range; level 0 and NE are accepted. The instrument lists its domain keys for messages in order,
 * comma separated.
 */
class DomainValueMutationTest {

  private static void assertRejectedAtVision(InvalidInputException e, String value) {
    assertThat(e.path()).isEqualTo("vision");
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.problem()).contains(value).contains("0.." + Lano.VISION.maxLevel());
  }

  @Test
  void attributed_negativeLevel_isRejectedByTheExam_zeroIsAccepted() {
    assertRejectedAtVision(catchThrowableOfType(InvalidInputException.class,
        () -> NeuroExam.normal().withAttributed(Lano.VISION, -1, Attribution.OTHER)), "-1");
    assertRejectedAtVision(catchThrowableOfType(InvalidInputException.class,
        () -> NeuroExam.normal().with(Lano.VISION, DomainValue.attributed(-1, Attribution.OTHER))),
        "-1");
    assertThat(DomainValue.attributed(0, Attribution.OTHER).level()).hasValue(0);
  }

  @Test
  void of_negativeLevel_isRejectedByTheExam_neAndZeroAreAccepted() {
    DomainValue negative = DomainValue.of(OptionalInt.of(-2), Optional.empty(), Optional.of("note"));
    assertRejectedAtVision(catchThrowableOfType(InvalidInputException.class,
        () -> NeuroExam.builder().set(Lano.VISION, negative)), "-2");
    assertThat(DomainValue.of(OptionalInt.of(0), Optional.empty(), Optional.empty()).level())
        .hasValue(0);
    DomainValue ne = DomainValue.of(OptionalInt.empty(), Optional.of(Attribution.OTHER),
        Optional.of("intubated"));
    assertThat(ne.isEvaluable()).isFalse();
    assertThat(ne.note()).hasValue("intubated");
  }

  @Test
  void level_negative_isRejectedByTheExam() {
    assertRejectedAtVision(catchThrowableOfType(InvalidInputException.class,
        () -> NeuroExam.normal().with(Lano.VISION, -1)), "-1");
    assertRejectedAtVision(catchThrowableOfType(InvalidInputException.class,
        () -> NeuroExam.builder().set(Lano.VISION, DomainValue.level(-1))), "-1");
    assertThat(DomainValue.level(-1).level()).hasValue(-1);
  }

  @Test
  void instrumentKeys_inOrder_commaSeparated() {
    assertThat(Lano.INSTRUMENT.keys()).isEqualTo("gait, strength, sensation, vision, "
        + "eyeMovements, facialStrength, hearing, swallowing, levelOfConsciousness, behaviour");
  }
}
