package org.rano;

import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.Imaging;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Parenchymal;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Instrument;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/** Contract tests of the value types: EqualsTester and NullPointerTester from guava-testlib. */
class ValueContractTest {

  // EqualsTester

  @Test
  void criteria_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Criteria.defaults(),
            Criteria.defaults().withConfirmationDays(28),
            Criteria.defaults().with("maxNeBetween", "1"),
            Criteria.defaults().withConfirmationDays(14).withConfirmationDays(28))
        .addEqualityGroup(
            Criteria.defaults().withConfirmationDays(14),
            Criteria.defaults().with("confirmationDays", "14"))
        .addEqualityGroup(Criteria.defaults().withImaging(ImagingProfile.LANO_2019))
        .addEqualityGroup(Criteria.defaults().withMaxNeBetween(0))
        .addEqualityGroup(Criteria.defaults().withAcceptSdBetween(true))
        .addEqualityGroup(Criteria.defaults().withSdMinimumDays(0))
        .addEqualityGroup(Criteria.defaults().withNeuroImprovement(NeuroImprovement.NONE))
        .addEqualityGroup(Criteria.defaults().with("neuroMissingDomains", "EVALUABLE_ONLY"))
        .addEqualityGroup(Criteria.defaults().with("neuroReference", "BEST_SO_FAR"))
        .addEqualityGroup(Criteria.defaults().with("imagingProgressionReference", "NADIR"))
        .addEqualityGroup(Criteria.defaults().withMeasurableNodule(MeasurableNodule.GE_5X5))
        .addEqualityGroup(Criteria.defaults().withResponseRequiresCsfClearance(true))
        .addEqualityGroup(Criteria.defaults().withCrRequiresNoSteroids(false))
        .addEqualityGroup(Criteria.defaults().withCsfConversionIsProgression(false))
        .addEqualityGroup(Criteria.defaults().withCsfClearanceConfirmationDays(14))
        .addEqualityGroup(Criteria.defaults().withPrAfterCrBreaksConfirmation(false))
        .testEquals();
  }

  @Test
  void domainValue_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(DomainValue.level(1), DomainValue.level(1))
        .addEqualityGroup(DomainValue.level(2))
        .addEqualityGroup(DomainValue.level(7), DomainValue.level(7))
        .addEqualityGroup(DomainValue.notEvaluable(), DomainValue.notEvaluable())
        .addEqualityGroup(DomainValue.notEvaluable("sedated"), DomainValue.notEvaluable("sedated"))
        .addEqualityGroup(DomainValue.notEvaluable("asleep"))
        .addEqualityGroup(
            DomainValue.attributed(1, Attribution.OTHER),
            DomainValue.level(1).withCause(Attribution.OTHER))
        .addEqualityGroup(DomainValue.attributed(1, Attribution.BRAIN_METASTASES))
        .addEqualityGroup(
            DomainValue.attributed(1, Attribution.OTHER).withNote("fall"),
            DomainValue.level(1).withNote("fall").withCause(Attribution.OTHER))
        .testEquals();
  }

  @Test
  void domain_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Lano.GAIT, Domain.of("gait", "gait", Lano.GAIT.levels(), "LANO-form", true))
        .addEqualityGroup(Domain.of("gait", "gait", Lano.GAIT.levels(), "LANO-form", false))
        .addEqualityGroup(Domain.of("gait", "walking", Lano.GAIT.levels(), "LANO-form", true))
        .addEqualityGroup(
            Domain.of("gait", "gait", ImmutableList.of("normal", "abnormal"), "LANO-form", true))
        .addEqualityGroup(Lano.STRENGTH)
        .testEquals();
  }

  @Test
  void instrument_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(Lano.INSTRUMENT, Instrument.of("LANO", Lano.INSTRUMENT.domains()))
        .addEqualityGroup(Instrument.of("LANO-2", Lano.INSTRUMENT.domains()))
        .addEqualityGroup(Instrument.of("LANO", ImmutableList.of(Lano.GAIT)))
        .testEquals();
  }

  @Test
  void neuroExam_equalByValue() {
    NeuroExam.Builder built = NeuroExam.builder();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      built.set(domain.key(), DomainValue.level(0));
    }
    new EqualsTester()
        .addEqualityGroup(
            NeuroExam.normal(),
            NeuroExam.normal(Lano.INSTRUMENT),
            built.build(),
            NeuroExam.normal().with(Lano.GAIT, 2).with(Lano.GAIT, 0))
        .addEqualityGroup(
            NeuroExam.normal().with(Lano.GAIT, 1),
            NeuroExam.normal().with(Lano.GAIT, DomainValue.level(1)))
        .addEqualityGroup(NeuroExam.normal().with(Lano.STRENGTH, 1))
        .addEqualityGroup(NeuroExam.normal().withAttributed(Lano.GAIT, 1, Attribution.OTHER))
        .addEqualityGroup(
            NeuroExam.normal().withNotEvaluable(Lano.GAIT, "x"),
            NeuroExam.normal().with(Lano.GAIT, DomainValue.notEvaluable("x")))
        .testEquals();
  }

  @Test
  void csfSample_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(CsfSample.positive(), CsfSample.of(CsfResult.POSITIVE))
        .addEqualityGroup(CsfSample.negative(), CsfSample.of(CsfResult.NEGATIVE))
        .addEqualityGroup(
            CsfSample.negative(5),
            CsfSample.of(CsfResult.NEGATIVE, 5.0),
            CsfSample.of(CsfResult.NEGATIVE, new BigDecimal("5.0")))
        .addEqualityGroup(CsfSample.negative(4.9))
        .addEqualityGroup(CsfSample.of(CsfResult.POSITIVE, 5.0))
        .addEqualityGroup(CsfSample.of(CsfResult.EQUIVOCAL))
        .addEqualityGroup(CsfSample.of(CsfResult.NOT_DONE))
        .testEquals();
  }

  @Test
  void diameters_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Diameters.of(12, 7),
            Diameters.of(12.0, 7.0),
            Diameters.of(new BigDecimal("12.0"), new BigDecimal("7.0")))
        .addEqualityGroup(Diameters.of(12, 8))
        .addEqualityGroup(Diameters.of(13, 7))
        .testEquals();
  }

  @Test
  void targetLesion_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            TargetLesion.of("T1", Site.BRAIN_NODULE, 2),
            TargetLesion.of("T1", 2).withSite(Site.BRAIN_NODULE))
        .addEqualityGroup(TargetLesion.of("T1", 2), TargetLesion.of("T1", 2))
        .addEqualityGroup(TargetLesion.of("T2", 2))
        .addEqualityGroup(TargetLesion.of("T1", 3))
        .addEqualityGroup(TargetLesion.notEvaluable("T1"))
        .addEqualityGroup(
            TargetLesion.of("T1", Site.BRAIN_NODULE, 2).withDiameters(12, 7),
            TargetLesion.of("T1", 2).withDiameters(Diameters.of(12, 7)).withSite(Site.BRAIN_NODULE))
        .addEqualityGroup(TargetLesion.notEvaluable("T1").withSite(Site.BRAIN_NODULE))
        .testEquals();
  }

  @Test
  void nonTargetLesion_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            NonTargetLesion.of("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT),
            NonTargetLesion.of("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT))
        .addEqualityGroup(NonTargetLesion.of("N1", NonTargetStatus.PRESENT))
        .addEqualityGroup(NonTargetLesion.of("N1", NonTargetStatus.ABSENT))
        .addEqualityGroup(NonTargetLesion.of("N2", NonTargetStatus.PRESENT))
        .testEquals();
  }

  @Test
  void newLesion_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            NewLesion.unequivocal(Site.SPINE_NODULE), NewLesion.of(Site.SPINE_NODULE, false))
        .addEqualityGroup(
            NewLesion.equivocal(Site.SPINE_NODULE), NewLesion.of(Site.SPINE_NODULE, true))
        .addEqualityGroup(NewLesion.unequivocal(Site.BRAIN_NODULE))
        .testEquals();
  }

  @Test
  void imaging_equalByValue() {
    TargetLesion t1 = TargetLesion.of("T1", Site.BRAIN_NODULE, 2);
    TargetLesion t2 = TargetLesion.of("T2", Site.SPINE_NODULE, 1);
    new EqualsTester()
        .addEqualityGroup(Imaging.none(), Imaging.of(List.of(), List.of(), List.of()))
        .addEqualityGroup(
            Imaging.of(List.of(t1, t2), List.of(), List.of()),
            Imaging.of(List.of(t1, t2), List.of(), List.of()))
        .addEqualityGroup(Imaging.of(List.of(t1), List.of(), List.of()))
        .addEqualityGroup(
            Imaging.of(List.of(t1), List.of(), List.of(NewLesion.equivocal(Site.HYDROCEPHALUS))))
        .addEqualityGroup(
            Imaging.of(
                List.of(t1),
                List.of(NonTargetLesion.of("N1", Site.HYDROCEPHALUS, NonTargetStatus.NE)),
                List.of()))
        .testEquals();
  }

  @Test
  void parenchymal_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Parenchymal.none().withBrain(ParenchymalStatus.PD),
            Parenchymal.none().withBrain(ParenchymalStatus.PD))
        .addEqualityGroup(Parenchymal.none().withSpine(ParenchymalStatus.PD))
        .addEqualityGroup(
            Parenchymal.of(ParenchymalStatus.PD, ParenchymalStatus.PD),
            Parenchymal.none().withSpine(ParenchymalStatus.PD).withBrain(ParenchymalStatus.PD))
        .addEqualityGroup(Parenchymal.none())
        .testEquals();
  }

  @Test
  void visit_equalByValue() {
    new EqualsTester()
        .addEqualityGroup(
            Fixtures.twoLesionBaseline().build(),
            Fixtures.twoLesionBaseline().build(),
            Visit.on(LocalDate.parse(Fixtures.BASELINE_DATE))
                .neuro(NeuroExam.normal())
                .csf(CsfResult.POSITIVE)
                .imaging(
                    Imaging.of(
                        List.of(
                            TargetLesion.of("T1", Site.BRAIN_NODULE, 2),
                            TargetLesion.of("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 2)),
                        List.of(),
                        List.of()))
                .steroids(new BigDecimal("4.0"))
                .build())
        .addEqualityGroup(Fixtures.twoLesionBaseline().steroids(2).build())
        .addEqualityGroup(Fixtures.twoLesionBaseline().csf(CsfSample.negative()).build())
        .addEqualityGroup(
            Visit.on(Fixtures.BASELINE_DATE).build(),
            Visit.on(LocalDate.parse(Fixtures.BASELINE_DATE)).build())
        .addEqualityGroup(
            Visit.on(Fixtures.BASELINE_DATE).imagingDone().build(),
            Visit.on(Fixtures.BASELINE_DATE).imaging(Imaging.none()).build())
        .addEqualityGroup(Visit.on(Fixtures.day(1)).build())
        .testEquals();
  }

  @Test
  void lmCase_equalByValue() {
    Visit baseline = Fixtures.twoLesionBaseline().build();
    Visit followUp = Fixtures.twoLesionFollowUp(1, 1).build();
    new EqualsTester()
        .addEqualityGroup(
            LmCase.of(baseline, followUp),
            LmCase.builder().baseline(baseline).followUp(followUp).build())
        .addEqualityGroup(LmCase.builder().id("LM-1").baseline(baseline).followUp(followUp).build())
        .addEqualityGroup(LmCase.of(baseline))
        .testEquals();
  }

  @Test
  void visitAssessment_equalForTheSameInput() {
    new EqualsTester()
        .addEqualityGroup(
            Fixtures.assess(Fixtures.twoLesionBaseline(), Fixtures.twoLesionFollowUp(1, 1)),
            Fixtures.assess(Fixtures.twoLesionBaseline(), Fixtures.twoLesionFollowUp(1, 1)))
        .addEqualityGroup(
            Fixtures.assess(Fixtures.twoLesionBaseline(), Fixtures.twoLesionFollowUp(2, 2)))
        .testEquals();
  }

  // NullPointerTester

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "T1")
        .setDefault(Domain.class, Lano.GAIT)
        .setDefault(Instrument.class, Lano.INSTRUMENT)
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .setDefault(LocalDate.class, LocalDate.parse(Fixtures.BASELINE_DATE))
        .setDefault(Criteria.class, Criteria.defaults())
        .setDefault(Visit.class, Fixtures.twoLesionBaseline().build())
        .setDefault(Imaging.class, Imaging.none())
        .setDefault(NeuroExam.class, NeuroExam.normal())
        .setDefault(DomainValue.class, DomainValue.level(0))
        .setDefault(CsfSample.class, CsfSample.negative())
        .setDefault(TargetLesion.class, TargetLesion.of("T1", 1))
        .setDefault(NonTargetLesion.class, NonTargetLesion.of("N1", NonTargetStatus.ABSENT))
        .setDefault(NewLesion.class, NewLesion.equivocal(Site.BRAIN_NODULE))
        .setDefault(Parenchymal.class, Parenchymal.none());
  }

  /** One dynamic test per public static method declared by a type. */
  private static Stream<DynamicTest> staticMethods(NullPointerTester tester, Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(
            m ->
                Modifier.isPublic(m.getModifiers())
                    && Modifier.isStatic(m.getModifiers())
                    && !m.isSynthetic()
                    && m.getParameterCount() > 0)
        .sorted(Comparator.comparing(Method::toGenericString))
        .map(m -> DynamicTest.dynamicTest(name(type, m), () -> tester.testMethod(null, m)));
  }

  /**
   * One dynamic test per public instance method that the library declares on a public type (not
   * those of {@code Object}, {@code Enum} or {@code Throwable}), invoked through the public type's
   * own {@link Method}, since the generated implementation classes are package-private.
   */
  private static Stream<DynamicTest> instanceMethods(
      NullPointerTester tester, Object instance, Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(
            m ->
                !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass().getName().startsWith("org.rano.")
                    && !m.getName().equals("equals")
                    && m.getParameterCount() > 0)
        .sorted(Comparator.comparing(Method::toGenericString))
        .map(m -> DynamicTest.dynamicTest(name(type, m), () -> tester.testMethod(instance, m)));
  }

  private static String name(Class<?> type, Method method) {
    return type.getSimpleName()
        + "."
        + method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  @TestFactory
  Stream<DynamicTest> nullArguments_areRejectedByEveryPublicMethod() {
    NullPointerTester tester = tester();
    NullPointerTester forDomain =
        tester()
            .setDefault(String.class, "mood")
            .setDefault(ImmutableList.class, ImmutableList.of("normal", "low"));
    NullPointerTester forInstrument =
        tester().setDefault(ImmutableList.class, ImmutableList.of(Lano.GAIT));
    NullPointerTester forCriteria = tester().setDefault(String.class, "acceptSdBetween");
    return Stream.of(
            staticMethods(forCriteria, Criteria.class),
            instanceMethods(forCriteria, Criteria.defaults(), Criteria.class),
            staticMethods(tester, InvalidInputException.class),
            instanceMethods(
                tester, InvalidInputException.of("x", 1, "problem"), InvalidInputException.class),
            staticMethods(tester, RuleId.class),
            instanceMethods(tester, Response.PR, Response.class),
            instanceMethods(tester, MeasurableNodule.GT_10X5, MeasurableNodule.class),
            staticMethods(tester, DomainValue.class),
            instanceMethods(tester, DomainValue.level(1), DomainValue.class),
            staticMethods(forDomain, Domain.class),
            instanceMethods(forDomain, Lano.GAIT, Domain.class),
            staticMethods(forInstrument, Instrument.class),
            instanceMethods(forInstrument, Lano.INSTRUMENT, Instrument.class),
            staticMethods(tester, NeuroExam.class),
            instanceMethods(tester, NeuroExam.normal(), NeuroExam.class),
            instanceMethods(
                tester().setDefault(String.class, "gait"),
                NeuroExam.builder(),
                NeuroExam.Builder.class),
            staticMethods(tester, CsfSample.class),
            instanceMethods(tester, CsfSample.negative(8), CsfSample.class),
            staticMethods(tester, Diameters.class),
            instanceMethods(tester, Diameters.of(12, 7), Diameters.class),
            staticMethods(tester, TargetLesion.class),
            instanceMethods(
                tester, TargetLesion.of("T1", Site.BRAIN_NODULE, 2), TargetLesion.class),
            staticMethods(tester, NonTargetLesion.class),
            instanceMethods(
                tester, NonTargetLesion.of("N1", NonTargetStatus.PRESENT), NonTargetLesion.class),
            staticMethods(tester, NewLesion.class),
            instanceMethods(tester, NewLesion.unequivocal(Site.BRAIN_NODULE), NewLesion.class),
            staticMethods(tester, Imaging.class),
            instanceMethods(tester, Imaging.none(), Imaging.class),
            staticMethods(tester, Parenchymal.class),
            staticMethods(tester, Visit.class),
            instanceMethods(tester, Fixtures.twoLesionBaseline().build(), Visit.class),
            instanceMethods(tester, Visit.on(Fixtures.BASELINE_DATE), Visit.Builder.class),
            staticMethods(tester, LmCase.class),
            instanceMethods(tester, LmCase.builder(), LmCase.Builder.class),
            staticMethods(tester, RanoLm.class),
            instanceMethods(tester, RanoLm.withDefaults(), RanoLm.class))
        .flatMap(s -> s);
  }

  @Test
  void criteriaWith_nullValue_isRejectedWithNpeForEveryPolicy() {
    SoftAssertions softly = new SoftAssertions();
    for (String policy : Criteria.defaults().policies().keySet()) {
      softly
          .assertThat(catchThrowable(() -> Criteria.defaults().with(policy, nullText())))
          .as("with(\"%s\", null)", policy)
          .isInstanceOf(NullPointerException.class);
    }
    softly.assertAll();
  }

  @SuppressWarnings("NullAway")
  private static String nullText() {
    return null;
  }
}
