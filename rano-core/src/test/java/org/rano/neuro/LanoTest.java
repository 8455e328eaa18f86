package org.rano.neuro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.rano.InvalidInputException;

/**
 * The LANO instrument as data (spec section 2.1), its domains, values and exams. A domain value
 * knows no domain, so the exam rejects a negative level (NEURO-4 attribution included) through
 * every way of setting it, naming the domain and its range.
 */
class LanoTest {

  @Test
  void instrument_hasTheTenDomainsInTheCaseFormatOrder() {
    assertThat(Lano.INSTRUMENT.name()).isEqualTo("LANO");
    assertThat(Lano.INSTRUMENT.domains())
        .extracting(Domain::key)
        .containsExactly(
            "gait",
            "strength",
            "sensation",
            "vision",
            "eyeMovements",
            "facialStrength",
            "hearing",
            "swallowing",
            "levelOfConsciousness",
            "behaviour");
  }

  @Test
  void domains_haveTheMaximaOfTheSpecification() {
    assertThat(Lano.GAIT.maxLevel()).isEqualTo(3);
    assertThat(Lano.STRENGTH.maxLevel()).isEqualTo(3);
    assertThat(Lano.SENSATION.maxLevel()).isEqualTo(2);
    assertThat(Lano.VISION.maxLevel()).isEqualTo(3);
    assertThat(Lano.EYE_MOVEMENTS.maxLevel()).isEqualTo(3);
    assertThat(Lano.FACIAL_STRENGTH.maxLevel()).isEqualTo(2);
    assertThat(Lano.HEARING.maxLevel()).isEqualTo(2);
    assertThat(Lano.SWALLOWING.maxLevel()).isEqualTo(2);
    assertThat(Lano.LEVEL_OF_CONSCIOUSNESS.maxLevel()).isEqualTo(3);
    assertThat(Lano.BEHAVIOUR.maxLevel()).isEqualTo(2);
  }

  @Test
  void domains_theFourUnverifiedRowsSaySo() {
    assertThat(Lano.INSTRUMENT.domains())
        .filteredOn(d -> !d.verified())
        .containsExactlyInAnyOrder(
            Lano.HEARING, Lano.SWALLOWING, Lano.LEVEL_OF_CONSCIOUSNESS, Lano.BEHAVIOUR);
  }

  @Test
  void domains_levelZeroIsNormal() {
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      assertThat(domain.meaningOf(0)).as(domain.key()).isEqualTo("normal");
    }
  }

  @Test
  void domain_isHighestOnlyAtItsMaximum() {
    assertThat(Lano.GAIT.isHighest(3)).isTrue();
    assertThat(Lano.GAIT.isHighest(2)).isFalse();
    assertThat(Lano.SENSATION.isHighest(2)).isTrue();
    assertThat(Lano.SENSATION.isHighest(1)).isFalse();
  }

  @Test
  void domain_hasLevel_boundaries() {
    assertThat(Lano.SENSATION.hasLevel(-1)).isFalse();
    assertThat(Lano.SENSATION.hasLevel(0)).isTrue();
    assertThat(Lano.SENSATION.hasLevel(2)).isTrue();
    assertThat(Lano.SENSATION.hasLevel(3)).isFalse();
  }

  @Test
  void domain_meaningOfOutOfRange_isRejected() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Lano.SENSATION.meaningOf(3));

    assertThat(e.path()).isEqualTo("sensation");
    assertThat(e.getMessage()).contains("3").contains("0..2");
  }

  @Test
  void domain_blankKey_isRejected() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Domain.of(" ", "x", ImmutableList.of("normal", "bad"), "test", false));

    assertThat(e.path()).isEqualTo("key");
  }

  @Test
  void domain_fewerThanTwoLevels_isRejected() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Domain.of("mood", "mood", ImmutableList.of("normal"), "test", false));

    assertThat(e.path()).isEqualTo("mood");
    assertThat(e.getMessage()).contains("1");
  }

  @Test
  void instrument_duplicateKey_isRejected() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Instrument.of("X", ImmutableList.of(Lano.GAIT, Lano.GAIT)));

    assertThat(e.path()).isEqualTo("domains[1]");
    assertThat(e.getMessage()).contains("gait");
  }

  @Test
  void instrument_noDomain_isRejected() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Instrument.of("X", ImmutableList.of()));

    assertThat(e.path()).isEqualTo("domains");
  }

  @Test
  void instrument_findsDomainsByKey() {
    assertThat(Lano.INSTRUMENT.domain("eyeMovements")).hasValue(Lano.EYE_MOVEMENTS);
    assertThat(Lano.INSTRUMENT.domain("eye_movements")).isEmpty();
  }

  @Test
  void exam_normal_isLevelZeroInEveryDomain() {
    NeuroExam exam = NeuroExam.normal();

    assertThat(exam.instrument()).isEqualTo(Lano.INSTRUMENT);
    assertThat(exam.values()).hasSize(10);
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      assertThat(exam.value(domain).level()).hasValue(0);
    }
  }

  @Test
  void exam_with_changesOneDomainOnly() {
    NeuroExam exam = NeuroExam.normal().with(Lano.GAIT, 2);

    assertThat(exam.value(Lano.GAIT).level()).hasValue(2);
    assertThat(exam.value(Lano.STRENGTH).level()).hasValue(0);
    assertThat(NeuroExam.normal().value(Lano.GAIT).level()).hasValue(0);
  }

  @Test
  void exam_everyLevelWithinRange_isAccepted() {
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      for (int level = 0; level <= domain.maxLevel(); level++) {
        assertThat(NeuroExam.normal().with(domain, level).value(domain).level()).hasValue(level);
      }
    }
  }

  @Test
  void exam_levelAboveTheDomainMaximum_isRejectedForEveryDomain() {
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      int bad = domain.maxLevel() + 1;
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class, () -> NeuroExam.normal().with(domain, bad));

      assertThat(e.path()).isEqualTo(domain.key());
      assertThat(e.value()).isEqualTo(String.valueOf(bad));
      assertThat(e.getMessage()).contains(String.valueOf(bad)).contains("0.." + domain.maxLevel());
    }
  }

  @Test
  void exam_attributedLevelAboveTheMaximum_isRejected() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> NeuroExam.normal().withAttributed(Lano.BEHAVIOUR, 3, Attribution.OTHER));

    assertThat(e.path()).isEqualTo("behaviour");
  }

  @Test
  void exam_builderWithEveryDomainSet_builds() {
    NeuroExam.Builder builder = NeuroExam.builder();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      builder.set(domain.key(), DomainValue.level(domain.maxLevel()));
    }

    NeuroExam exam = builder.build();

    assertThat(exam.value(Lano.GAIT).level()).hasValue(3);
    assertThat(exam.value(Lano.BEHAVIOUR).level()).hasValue(2);
  }

  @Test
  void exam_builderMissingADomain_isRejectedNamingIt() {
    NeuroExam.Builder builder = NeuroExam.builder();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      if (!domain.equals(Lano.SWALLOWING)) {
        builder.set(domain, 0);
      }
    }

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, builder::build);

    assertThat(e.path()).isEqualTo("swallowing");
    assertThat(e.value()).isNull();
    assertThat(e.getMessage()).contains("missing").contains("gait");
  }

  @Test
  void exam_builderUnknownKey_isRejectedListingTheKeys() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> NeuroExam.builder().set("balance", DomainValue.level(0)));

    assertThat(e.path()).isEqualTo("balance");
    assertThat(e.getMessage()).contains("balance").contains("gait").contains("behaviour");
  }

  @Test
  void exam_domainOfAnotherInstrument_isRejected() {
    Domain mood = Domain.of("mood", "mood", ImmutableList.of("normal", "low"), "test", false);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> NeuroExam.normal().with(mood, 1));

    assertThat(e.path()).isEqualTo("mood");
  }

  @Test
  void exam_ofAnotherInstrument_isBuiltFromItsDomains() {
    Domain mood =
        Domain.of("mood", "mood", ImmutableList.of("normal", "low", "very low"), "test", false);
    Instrument instrument = Instrument.of("MOOD", ImmutableList.of(mood));

    NeuroExam exam = NeuroExam.normal(instrument).with(mood, 2);

    assertThat(exam.instrument()).isEqualTo(instrument);
    assertThat(exam.value(mood).level()).hasValue(2);
  }

  @Test
  void domainValue_level_andNe() {
    assertThat(DomainValue.level(2).level()).hasValue(2);
    assertThat(DomainValue.level(2).isEvaluable()).isTrue();
    assertThat(DomainValue.notEvaluable().isEvaluable()).isFalse();
    assertThat(DomainValue.notEvaluable("sedated").note()).hasValue("sedated");
    assertThat(DomainValue.attributed(1, Attribution.OTHER).attributedTo())
        .hasValue(Attribution.OTHER);
    assertThat(DomainValue.notEvaluable("x").withCause(Attribution.OTHER).isEvaluable()).isFalse();
  }

  @Test
  void domainValue_negativeLevel_isRejectedQuotingIt() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> NeuroExam.normal().with(Lano.GAIT, DomainValue.level(-1)));

    assertThat(e.value()).isEqualTo("-1");
    assertThat(e.getMessage()).contains("-1").contains("allowed");
  }

  private static void assertRejectedAtVision(InvalidInputException e, String value) {
    assertThat(e.path()).isEqualTo("vision");
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.problem()).contains(value).contains("0.." + Lano.VISION.maxLevel());
  }

  @Test
  void domainValue_attributedNegativeLevel_isRejectedByTheExamAtTheDomain_zeroIsAccepted() {
    assertRejectedAtVision(
        catchThrowableOfType(
            InvalidInputException.class,
            () -> NeuroExam.normal().withAttributed(Lano.VISION, -1, Attribution.OTHER)),
        "-1");
    assertRejectedAtVision(
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                NeuroExam.normal()
                    .with(Lano.VISION, DomainValue.attributed(-1, Attribution.OTHER))),
        "-1");
    assertThat(DomainValue.attributed(0, Attribution.OTHER).level()).hasValue(0);
  }

  @Test
  void domainValue_ofNegativeLevel_isRejectedByTheBuilderAtTheDomain_neAndZeroAreAccepted() {
    DomainValue negative = DomainValue.level(-2).withNote("note");
    assertRejectedAtVision(
        catchThrowableOfType(
            InvalidInputException.class, () -> NeuroExam.builder().set(Lano.VISION, negative)),
        "-2");
    assertThat(DomainValue.level(0).level()).hasValue(0);
    DomainValue ne = DomainValue.notEvaluable().withCause(Attribution.OTHER).withNote("intubated");
    assertThat(ne.isEvaluable()).isFalse();
    assertThat(ne.note()).hasValue("intubated");
  }

  @Test
  void domainValue_negativeLevel_isKeptByTheValue_rejectedByTheExamAtTheDomain() {
    assertRejectedAtVision(
        catchThrowableOfType(
            InvalidInputException.class, () -> NeuroExam.normal().with(Lano.VISION, -1)),
        "-1");
    assertRejectedAtVision(
        catchThrowableOfType(
            InvalidInputException.class,
            () -> NeuroExam.builder().set(Lano.VISION, DomainValue.level(-1))),
        "-1");
    assertThat(DomainValue.level(-1).level()).hasValue(-1);
  }

  @Test
  void instrument_keys_areListedInOrderCommaSeparated() {
    assertThat(Lano.INSTRUMENT.keys())
        .isEqualTo(
            "gait, strength, sensation, vision, "
                + "eyeMovements, facialStrength, hearing, swallowing, levelOfConsciousness, behaviour");
  }
}
