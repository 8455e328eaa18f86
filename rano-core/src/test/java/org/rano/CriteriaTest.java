package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The criteria: every policy's default (through {@link Criteria#defaults()} and as declared on the
 * interface, which the generated singleton reads only while the class initialises), setting
 * policies by name and value, the messages that list the allowed words, and their order.
 */
class CriteriaTest {

  /** The policy names of the case format's {@code criteria} object, in its documented order. */
  private static final List<String> POLICY_ORDER =
      List.of(
          "imaging",
          "confirmationDays",
          "maxNeBetween",
          "acceptSdBetween",
          "sdMinimumDays",
          "neuroImprovement",
          "neuroMissingDomains",
          "neuroReference",
          "imagingProgressionReference",
          "measurableNodule",
          "responseRequiresCsfClearance",
          "crRequiresNoSteroids",
          "csfConversionIsProgression",
          "csfClearanceConfirmationDays",
          "prAfterCrBreaksConfirmation",
          "csfRelapseAfterClearance",
          "backdatedProgressionRewritesVisit",
          "csfMissingBlocks",
          "csfEquivocalThenPositive",
          "csfInadequateBaselineNegative",
          "csfMinimumVolumeMl",
          "compositeMinIncrease",
          "attributedWorseningBlocksCr",
          "clinicalDeteriorationIsProgression");

  /** Criteria whose policies come from the declared defaults, not from the generated class. */
  private static final Criteria DECLARED =
      new Criteria() {
        @Override
        public Criteria withImaging(ImagingProfile profile) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withConfirmationDays(int days) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withMaxNeBetween(int count) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withAcceptSdBetween(boolean accept) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withSdMinimumDays(int days) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withNeuroImprovement(NeuroImprovement policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withNeuroMissingDomains(NeuroMissingDomains policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withNeuroReference(NeuroReference policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withImagingProgressionReference(ImagingProgressionReference policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withMeasurableNodule(MeasurableNodule policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withResponseRequiresCsfClearance(boolean required) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCrRequiresNoSteroids(boolean required) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCsfConversionIsProgression(boolean progression) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCsfClearanceConfirmationDays(int days) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withPrAfterCrBreaksConfirmation(boolean breaks) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCsfRelapseAfterClearance(CsfRelapseAfterClearance policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withBackdatedProgressionRewritesVisit(boolean rewrites) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCsfMissingBlocks(CsfMissingBlocks policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCsfEquivocalThenPositive(CsfEquivocalThenPositive policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCsfInadequateBaselineNegative(CsfInadequateBaselineNegative policy) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCsfMinimumVolumeMl(java.math.BigDecimal volumeMl) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withCompositeMinIncrease(int points) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withAttributedWorseningBlocksCr(boolean blocks) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Criteria withClinicalDeteriorationIsProgression(boolean progression) {
          throw new UnsupportedOperationException();
        }
      };

  /** Asserts the specification's default of every policy. */
  private static void assertSpecifiedDefaults(Criteria criteria) {
    assertThat(criteria.imaging()).isEqualTo(ImagingProfile.RANO_LM_2017);
    assertThat(criteria.confirmationDays()).isEqualTo(28);
    assertThat(criteria.maxNeBetween()).isEqualTo(1);
    assertThat(criteria.acceptSdBetween()).isFalse();
    assertThat(criteria.sdMinimumDays()).isEqualTo(28);
    assertThat(criteria.neuroImprovement()).isEqualTo(NeuroImprovement.SYMMETRIC);
    assertThat(criteria.neuroMissingDomains()).isEqualTo(NeuroMissingDomains.STRICT);
    assertThat(criteria.neuroReference()).isEqualTo(NeuroReference.BASELINE);
    assertThat(criteria.imagingProgressionReference())
        .isEqualTo(ImagingProgressionReference.BASELINE);
    assertThat(criteria.measurableNodule()).isEqualTo(MeasurableNodule.GT_10X5);
    assertThat(criteria.responseRequiresCsfClearance()).isFalse();
    assertThat(criteria.crRequiresNoSteroids()).isTrue();
    assertThat(criteria.csfConversionIsProgression()).isTrue();
    assertThat(criteria.csfClearanceConfirmationDays()).isEqualTo(7);
    assertThat(criteria.prAfterCrBreaksConfirmation()).isTrue();
    assertThat(criteria.csfRelapseAfterClearance()).isEqualTo(CsfRelapseAfterClearance.CONVERTED);
    assertThat(criteria.backdatedProgressionRewritesVisit()).isTrue();
    assertThat(criteria.csfMissingBlocks()).isEqualTo(CsfMissingBlocks.ALL);
    assertThat(criteria.csfEquivocalThenPositive()).isEqualTo(CsfEquivocalThenPositive.CONVERTED);
    assertThat(criteria.csfInadequateBaselineNegative())
        .isEqualTo(CsfInadequateBaselineNegative.NEGATIVE);
    assertThat(criteria.csfMinimumVolumeMl()).isEqualByComparingTo("5");
    assertThat(criteria.compositeMinIncrease()).isEqualTo(1);
    assertThat(criteria.attributedWorseningBlocksCr()).isFalse();
    assertThat(criteria.clinicalDeteriorationIsProgression()).isTrue();
  }

  @Test
  void defaults_everyPolicyHasTheSpecifiedDefault() {
    assertSpecifiedDefaults(Criteria.defaults());
  }

  @Test
  void defaults_declaredOnTheInterface_areTheSpecifications() {
    assertSpecifiedDefaults(DECLARED);
  }

  @Test
  void defaults_declaredOnTheInterface_areWhatDefaultsReports() {
    assertThat(DECLARED.policies()).isEqualTo(Criteria.defaults().policies());
  }

  @Test
  void policies_listsEveryPolicyInTheDocumentedOrder() {
    assertThat(Criteria.defaults().policies().keySet()).containsExactlyElementsOf(POLICY_ORDER);
    assertThat(Criteria.policyNames()).isEqualTo(String.join(", ", POLICY_ORDER));
  }

  @Test
  void policies_reportTheDefaultValues() {
    assertThat(Criteria.defaults().policies())
        .containsEntry("imaging", "RANO_LM_2017")
        .containsEntry("confirmationDays", 28)
        .containsEntry("maxNeBetween", 1)
        .containsEntry("acceptSdBetween", false)
        .containsEntry("sdMinimumDays", 28)
        .containsEntry("neuroImprovement", "SYMMETRIC")
        .containsEntry("neuroMissingDomains", "STRICT")
        .containsEntry("neuroReference", "BASELINE")
        .containsEntry("imagingProgressionReference", "BASELINE")
        .containsEntry("measurableNodule", "GT_10X5")
        .containsEntry("responseRequiresCsfClearance", false)
        .containsEntry("crRequiresNoSteroids", true)
        .containsEntry("csfConversionIsProgression", true)
        .containsEntry("csfClearanceConfirmationDays", 7)
        .containsEntry("prAfterCrBreaksConfirmation", true)
        .containsEntry("csfRelapseAfterClearance", "CONVERTED")
        .containsEntry("backdatedProgressionRewritesVisit", true)
        .containsEntry("csfMissingBlocks", "ALL")
        .containsEntry("csfEquivocalThenPositive", "CONVERTED")
        .containsEntry("csfInadequateBaselineNegative", "NEGATIVE")
        .containsEntry("csfMinimumVolumeMl", java.math.BigDecimal.valueOf(5))
        .containsEntry("compositeMinIncrease", 1)
        .containsEntry("attributedWorseningBlocksCr", false)
        .containsEntry("clinicalDeteriorationIsProgression", true);
  }

  static Stream<Arguments> everyPolicy() {
    return Stream.of(
        Arguments.of(
            "imaging",
            "LANO_2019",
            ImagingProfile.LANO_2019,
            (Function<Criteria, Object>) Criteria::imaging),
        Arguments.of(
            "confirmationDays", "14", 14, (Function<Criteria, Object>) Criteria::confirmationDays),
        Arguments.of("maxNeBetween", "0", 0, (Function<Criteria, Object>) Criteria::maxNeBetween),
        Arguments.of(
            "acceptSdBetween",
            "true",
            true,
            (Function<Criteria, Object>) Criteria::acceptSdBetween),
        Arguments.of(
            "sdMinimumDays", "42", 42, (Function<Criteria, Object>) Criteria::sdMinimumDays),
        Arguments.of(
            "neuroImprovement",
            "NONE",
            NeuroImprovement.NONE,
            (Function<Criteria, Object>) Criteria::neuroImprovement),
        Arguments.of(
            "neuroMissingDomains",
            "EVALUABLE_ONLY",
            NeuroMissingDomains.EVALUABLE_ONLY,
            (Function<Criteria, Object>) Criteria::neuroMissingDomains),
        Arguments.of(
            "neuroReference",
            "BEST_SO_FAR",
            NeuroReference.BEST_SO_FAR,
            (Function<Criteria, Object>) Criteria::neuroReference),
        Arguments.of(
            "imagingProgressionReference",
            "NADIR",
            ImagingProgressionReference.NADIR,
            (Function<Criteria, Object>) Criteria::imagingProgressionReference),
        Arguments.of(
            "measurableNodule",
            "GE_5X5",
            MeasurableNodule.GE_5X5,
            (Function<Criteria, Object>) Criteria::measurableNodule),
        Arguments.of(
            "responseRequiresCsfClearance",
            "true",
            true,
            (Function<Criteria, Object>) Criteria::responseRequiresCsfClearance),
        Arguments.of(
            "crRequiresNoSteroids",
            "false",
            false,
            (Function<Criteria, Object>) Criteria::crRequiresNoSteroids),
        Arguments.of(
            "csfConversionIsProgression",
            "false",
            false,
            (Function<Criteria, Object>) Criteria::csfConversionIsProgression),
        Arguments.of(
            "csfClearanceConfirmationDays",
            "0",
            0,
            (Function<Criteria, Object>) Criteria::csfClearanceConfirmationDays),
        Arguments.of(
            "prAfterCrBreaksConfirmation",
            "false",
            false,
            (Function<Criteria, Object>) Criteria::prAfterCrBreaksConfirmation),
        Arguments.of(
            "csfRelapseAfterClearance",
            "PERSISTENT",
            CsfRelapseAfterClearance.PERSISTENT,
            (Function<Criteria, Object>) Criteria::csfRelapseAfterClearance),
        Arguments.of(
            "backdatedProgressionRewritesVisit",
            "false",
            false,
            (Function<Criteria, Object>) Criteria::backdatedProgressionRewritesVisit),
        Arguments.of(
            "csfMissingBlocks",
            "CR_ONLY",
            CsfMissingBlocks.CR_ONLY,
            (Function<Criteria, Object>) Criteria::csfMissingBlocks),
        Arguments.of(
            "csfEquivocalThenPositive",
            "PERSISTENT",
            CsfEquivocalThenPositive.PERSISTENT,
            (Function<Criteria, Object>) Criteria::csfEquivocalThenPositive),
        Arguments.of(
            "csfInadequateBaselineNegative",
            "EQUIVOCAL",
            CsfInadequateBaselineNegative.EQUIVOCAL,
            (Function<Criteria, Object>) Criteria::csfInadequateBaselineNegative),
        Arguments.of(
            "csfMinimumVolumeMl",
            "10",
            java.math.BigDecimal.TEN,
            (Function<Criteria, Object>) Criteria::csfMinimumVolumeMl),
        Arguments.of(
            "compositeMinIncrease",
            "2",
            2,
            (Function<Criteria, Object>) Criteria::compositeMinIncrease),
        Arguments.of(
            "attributedWorseningBlocksCr",
            "true",
            true,
            (Function<Criteria, Object>) Criteria::attributedWorseningBlocksCr),
        Arguments.of(
            "clinicalDeteriorationIsProgression",
            "false",
            false,
            (Function<Criteria, Object>) Criteria::clinicalDeteriorationIsProgression));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("everyPolicy")
  void with_setsOnlyThatPolicy(
      String policy, String text, Object value, Function<Criteria, Object> accessor) {
    Criteria changed = Criteria.defaults().with(policy, text);

    assertThat(accessor.apply(changed)).isEqualTo(value);
    assertThat(accessor.apply(Criteria.defaults())).isNotEqualTo(value);
    for (String other : POLICY_ORDER) {
      if (!other.equals(policy)) {
        assertThat(changed.policies().get(other))
            .as(other)
            .isEqualTo(Criteria.defaults().policies().get(other));
      }
    }
    assertThat(changed.policies().get(policy))
        .isEqualTo(value instanceof Enum<?> e ? e.name() : value);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("everyPolicy")
  void with_isTheSameAsTheTypedWither(
      String policy, String text, Object value, Function<Criteria, Object> accessor) {
    Criteria typed = typedWith(policy, value);

    assertThat(Criteria.defaults().with(policy, text)).isEqualTo(typed);
    assertThat(accessor.apply(typed)).isEqualTo(value);
  }

  private static Criteria typedWith(String policy, Object value) {
    Criteria d = Criteria.defaults();
    return switch (policy) {
      case "imaging" -> d.withImaging((ImagingProfile) value);
      case "confirmationDays" -> d.withConfirmationDays((Integer) value);
      case "maxNeBetween" -> d.withMaxNeBetween((Integer) value);
      case "acceptSdBetween" -> d.withAcceptSdBetween((Boolean) value);
      case "sdMinimumDays" -> d.withSdMinimumDays((Integer) value);
      case "neuroImprovement" -> d.withNeuroImprovement((NeuroImprovement) value);
      case "neuroMissingDomains" -> d.withNeuroMissingDomains((NeuroMissingDomains) value);
      case "neuroReference" -> d.withNeuroReference((NeuroReference) value);
      case "imagingProgressionReference" ->
          d.withImagingProgressionReference((ImagingProgressionReference) value);
      case "measurableNodule" -> d.withMeasurableNodule((MeasurableNodule) value);
      case "responseRequiresCsfClearance" -> d.withResponseRequiresCsfClearance((Boolean) value);
      case "crRequiresNoSteroids" -> d.withCrRequiresNoSteroids((Boolean) value);
      case "csfConversionIsProgression" -> d.withCsfConversionIsProgression((Boolean) value);
      case "csfClearanceConfirmationDays" -> d.withCsfClearanceConfirmationDays((Integer) value);
      case "prAfterCrBreaksConfirmation" -> d.withPrAfterCrBreaksConfirmation((Boolean) value);
      case "csfRelapseAfterClearance" ->
          d.withCsfRelapseAfterClearance((CsfRelapseAfterClearance) value);
      case "backdatedProgressionRewritesVisit" ->
          d.withBackdatedProgressionRewritesVisit((Boolean) value);
      case "csfMissingBlocks" -> d.withCsfMissingBlocks((CsfMissingBlocks) value);
      case "csfEquivocalThenPositive" ->
          d.withCsfEquivocalThenPositive((CsfEquivocalThenPositive) value);
      case "csfInadequateBaselineNegative" ->
          d.withCsfInadequateBaselineNegative((CsfInadequateBaselineNegative) value);
      case "csfMinimumVolumeMl" -> d.withCsfMinimumVolumeMl((java.math.BigDecimal) value);
      case "compositeMinIncrease" -> d.withCompositeMinIncrease((Integer) value);
      case "attributedWorseningBlocksCr" -> d.withAttributedWorseningBlocksCr((Boolean) value);
      case "clinicalDeteriorationIsProgression" ->
          d.withClinicalDeteriorationIsProgression((Boolean) value);
      default -> throw new IllegalArgumentException("bug in test: " + policy);
    };
  }

  @Test
  void csfMinimumVolumeMl_boundsBothSides() {
    assertThat(Criteria.defaults().with("csfMinimumVolumeMl", "0").csfMinimumVolumeMl())
        .isEqualByComparingTo("0");
    assertThat(Criteria.defaults().with("csfMinimumVolumeMl", "1000").csfMinimumVolumeMl())
        .isEqualByComparingTo("1000");
    assertThat(Criteria.defaults().with("csfMinimumVolumeMl", "7.123456").csfMinimumVolumeMl())
        .isEqualByComparingTo("7.123456");
    for (String bad : List.of("-1", "1000.000001", "7.1234567", "1e3", "\u0663", "", "x")) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> Criteria.defaults().with("csfMinimumVolumeMl", bad));
      assertThat(e).as(bad).isNotNull();
      assertThat(e.path()).isEqualTo("csfMinimumVolumeMl");
      assertThat(e.problem()).contains("0 to 1000");
    }
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () -> Criteria.defaults().withCsfMinimumVolumeMl(new java.math.BigDecimal("-0.1"))))
        .isNotNull();
  }

  @Test
  void compositeMinIncrease_isAtLeastOne() {
    assertThat(Criteria.defaults().with("compositeMinIncrease", "1").compositeMinIncrease())
        .isEqualTo(1);
    for (String bad : List.of("0", "-1", "1.5", "\u0662", "99999999999")) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> Criteria.defaults().with("compositeMinIncrease", bad));
      assertThat(e).as(bad).isNotNull();
      assertThat(e.problem()).contains("1 or more");
    }
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class, () -> Criteria.defaults().withCompositeMinIncrease(0)))
        .isNotNull();
  }

  @Test
  void days_areAsciiDigitsOnly() {
    // U+0663 ARABIC-INDIC DIGIT THREE: Integer.parseInt would read it as 3
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> Criteria.defaults().with("confirmationDays", "\u0663"));

    assertThat(e.path()).isEqualTo("confirmationDays");
  }

  @Test
  void with_everyEnumWordOfEveryEnumPolicy_isAccepted() {
    for (CsfRelapseAfterClearance v : CsfRelapseAfterClearance.values()) {
      assertThat(
              Criteria.defaults()
                  .with("csfRelapseAfterClearance", v.name())
                  .csfRelapseAfterClearance())
          .isEqualTo(v);
    }
    for (ImagingProfile v : ImagingProfile.values()) {
      assertThat(Criteria.defaults().with("imaging", v.name()).imaging()).isEqualTo(v);
    }
    for (NeuroImprovement v : NeuroImprovement.values()) {
      assertThat(Criteria.defaults().with("neuroImprovement", v.name()).neuroImprovement())
          .isEqualTo(v);
    }
    for (NeuroMissingDomains v : NeuroMissingDomains.values()) {
      assertThat(Criteria.defaults().with("neuroMissingDomains", v.name()).neuroMissingDomains())
          .isEqualTo(v);
    }
    for (NeuroReference v : NeuroReference.values()) {
      assertThat(Criteria.defaults().with("neuroReference", v.name()).neuroReference())
          .isEqualTo(v);
    }
    for (ImagingProgressionReference v : ImagingProgressionReference.values()) {
      assertThat(
              Criteria.defaults()
                  .with("imagingProgressionReference", v.name())
                  .imagingProgressionReference())
          .isEqualTo(v);
    }
    for (MeasurableNodule v : MeasurableNodule.values()) {
      assertThat(Criteria.defaults().with("measurableNodule", v.name()).measurableNodule())
          .isEqualTo(v);
    }
  }

  @Test
  void with_unknownPolicyName_isRejectedNamingIt() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Criteria.defaults().with("confirmDays", "14"));

    assertThat(e.path()).isEqualTo("confirmDays");
    assertThat(e.getMessage()).contains("confirmDays").contains("confirmationDays");
  }

  @Test
  void with_policyNameIsCaseSensitive() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Criteria.defaults().with("ConfirmationDays", "14"));

    assertThat(e.path()).isEqualTo("ConfirmationDays");
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("imaging", "RANO_LM_2019", "RANO_LM_2017"),
        Arguments.of("imaging", "rano_lm_2017", "LANO_2019"),
        Arguments.of("confirmationDays", "-1", "0 or more"),
        Arguments.of("confirmationDays", "4 weeks", "0 or more"),
        Arguments.of("confirmationDays", "28.0", "0 or more"),
        Arguments.of("confirmationDays", "", "0 or more"),
        Arguments.of("maxNeBetween", "-2", "0 or more"),
        Arguments.of("maxNeBetween", "one", "0 or more"),
        Arguments.of("acceptSdBetween", "yes", "true, false"),
        Arguments.of("acceptSdBetween", "TRUE", "true, false"),
        Arguments.of("sdMinimumDays", "-28", "0 or more"),
        Arguments.of("sdMinimumDays", "99999999999", "0 or more"),
        Arguments.of("neuroImprovement", "ASYMMETRIC", "SYMMETRIC"),
        Arguments.of("neuroMissingDomains", "LENIENT", "EVALUABLE_ONLY"),
        Arguments.of("neuroReference", "BEST", "BEST_SO_FAR"),
        Arguments.of("imagingProgressionReference", "NADIR_OR_BASELINE", "NADIR"),
        Arguments.of("measurableNodule", "GT_10X10", "GT_10X5"),
        Arguments.of("responseRequiresCsfClearance", "1", "true, false"),
        Arguments.of("crRequiresNoSteroids", "no", "true, false"),
        Arguments.of("csfConversionIsProgression", "False", "true, false"),
        Arguments.of("csfClearanceConfirmationDays", "-7", "0 or more"),
        Arguments.of("csfClearanceConfirmationDays", "7d", "0 or more"),
        Arguments.of("prAfterCrBreaksConfirmation", "maybe", "true, false"));
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @MethodSource("badValues")
  void with_badValue_isRejectedWithThePolicyNameAsPath(
      String policy, String value, String allowed) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Criteria.defaults().with(policy, value));

    assertThat(e.path()).isEqualTo(policy);
    assertThat(e.value()).isEqualTo(value);
    assertThat(e.getMessage()).contains(policy).contains(value).contains(allowed);
  }

  @Test
  void with_unknownEnumWord_listsEveryAllowedWordInDeclarationOrder() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> Criteria.defaults().with("imaging", "LANO"));

    assertThat(e.path()).isEqualTo("imaging");
    assertThat(e.problem()).contains("\"LANO\"").endsWith("allowed: RANO_LM_2017, LANO_2019");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "confirmationDays",
        "maxNeBetween",
        "sdMinimumDays",
        "csfClearanceConfirmationDays"
      })
  void typedWither_negativeCount_isRejectedWithThePolicyNameAsPath(String policy) {
    Criteria d = Criteria.defaults();
    Runnable call =
        switch (policy) {
          case "confirmationDays" -> () -> d.withConfirmationDays(-1);
          case "maxNeBetween" -> () -> d.withMaxNeBetween(-1);
          case "sdMinimumDays" -> () -> d.withSdMinimumDays(-1);
          default -> () -> d.withCsfClearanceConfirmationDays(-1);
        };

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::run);

    assertThat(e.path()).isEqualTo(policy);
    assertThat(e.getMessage()).contains("-1").contains("0 or more");
  }

  @Test
  void typedWither_zero_isAllowed() {
    Criteria zero =
        Criteria.defaults()
            .withConfirmationDays(0)
            .withMaxNeBetween(0)
            .withSdMinimumDays(0)
            .withCsfClearanceConfirmationDays(0);

    assertThat(zero.confirmationDays()).isZero();
    assertThat(zero.maxNeBetween()).isZero();
    assertThat(zero.sdMinimumDays()).isZero();
    assertThat(zero.csfClearanceConfirmationDays()).isZero();
  }

  @Test
  void with_doesNotChangeTheOriginal() {
    Criteria defaults = Criteria.defaults();

    defaults.with("confirmationDays", "14");

    assertThat(defaults.confirmationDays()).isEqualTo(28);
    assertThat(Criteria.defaults()).isEqualTo(defaults);
  }

  @Test
  void with_rejectedValue_leavesNothingHalfDone() {
    Criteria start = Criteria.defaults().withConfirmationDays(14);

    assertThatThrownBy(() -> start.with("maxNeBetween", "-1"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(start.maxNeBetween()).isEqualTo(1);
    assertThat(start.confirmationDays()).isEqualTo(14);
  }

  @Test
  void with_chainedPolicies_accumulate() {
    Criteria criteria =
        Criteria.defaults()
            .with("neuroReference", "BEST_SO_FAR")
            .with("imagingProgressionReference", "NADIR")
            .with("crRequiresNoSteroids", "true");

    assertThat(criteria.neuroReference()).isEqualTo(NeuroReference.BEST_SO_FAR);
    assertThat(criteria.imagingProgressionReference()).isEqualTo(ImagingProgressionReference.NADIR);
    assertThat(criteria.crRequiresNoSteroids()).isTrue();
  }
}
