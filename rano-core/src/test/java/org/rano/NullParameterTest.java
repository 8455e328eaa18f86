package org.rano;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rano.csf.CsfSample;
import org.rano.diagnosis.DiagnosticFindings;
import org.rano.imaging.Diameters;
import org.rano.imaging.Imaging;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.ItemRating;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Lano2019Item;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Parenchymal;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Instrument;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;
import org.rano.neuro.NeuroFinding;

/**
 * Issue 10, finding 11: every public method and static factory of every public type of the exported
 * packages rejects a null for a parameter that is not {@code @Nullable} with a {@link
 * NullPointerException} whose message names that parameter ({@code requireNonNull(x, "x")}). The
 * types are found on disk, so a new public type or method is covered without a change here; a type
 * whose instance methods take references needs a sample below, or the walk fails.
 */
class NullParameterTest {

  /** The packages that module-info.java exports. */
  private static final List<String> EXPORTED =
      List.of(
          "org.rano", "org.rano.neuro", "org.rano.csf", "org.rano.imaging", "org.rano.diagnosis");

  /** A fresh receiver of each public type whose instance methods take a reference. */
  private static final Map<Class<?>, Supplier<Object>> SAMPLES =
      ImmutableMap.<Class<?>, Supplier<Object>>builder()
          .put(Criteria.class, Criteria::defaults)
          .put(InvalidInputException.class, () -> InvalidInputException.of("x", 1, "problem"))
          .put(Response.class, () -> Response.PR)
          .put(Policy.class, () -> Policy.CONFIRMATION_DAYS)
          .put(MeasurableNodule.class, () -> MeasurableNodule.GT_10X5)
          .put(Reason.class, () -> Reason.of(ReasonKind.NEURO_EXAM_STABLE))
          .put(Reason.Builder.class, () -> Reason.builder(ReasonKind.NEURO_DOMAIN_NO_REFERENCE))
          .put(DomainValue.class, () -> DomainValue.level(1))
          .put(
              NeuroFinding.class,
              () ->
                  NeuroRules.assessSeries(
                          Optional.of(NeuroExam.normal()),
                          List.of(Optional.of(NeuroExam.normal())),
                          Criteria.defaults())
                      .get(0))
          .put(Domain.class, () -> Lano.GAIT)
          .put(Instrument.class, () -> Lano.INSTRUMENT)
          .put(NeuroExam.class, NeuroExam::normal)
          .put(NeuroExam.Builder.class, NeuroExam::builder)
          .put(CsfSample.class, () -> CsfSample.negative(8))
          .put(Diameters.class, () -> Diameters.of(12, 7))
          .put(TargetLesion.class, () -> TargetLesion.of("T1", Site.BRAIN_NODULE, 2))
          .put(NonTargetLesion.class, () -> NonTargetLesion.of("N1", NonTargetStatus.PRESENT))
          .put(NewLesion.class, () -> NewLesion.unequivocal(Site.BRAIN_NODULE))
          .put(Imaging.class, Imaging::none)
          .put(ImagingFinding.Builder.class, ImagingFinding::builder)
          .put(ItemRating.class, () -> ItemRating.atBaseline(ItemPresence.PRESENT))
          .put(Parenchymal.class, Parenchymal::none)
          .put(
              Lano2019Imaging.class,
              () ->
                  Lano2019Imaging.of(
                      Arrays.stream(Lano2019Item.values())
                          .collect(
                              Collectors.toMap(
                                  item -> item,
                                  item -> ItemRating.atBaseline(ItemPresence.ABSENT)))))
          .put(Visit.class, () -> Fixtures.twoLesionBaseline().build())
          .put(Visit.Builder.class, () -> Visit.on(Fixtures.BASELINE_DATE))
          .put(LmCase.Builder.class, LmCase::builder)
          .put(ResponseSequence.Builder.class, () -> ResponseSequence.from(Fixtures.BASELINE_DATE))
          .put(RanoLm.class, RanoLm::withDefaults)
          .put(DiagnosticFindings.Builder.class, DiagnosticFindings::builder)
          .build();

  /** Arguments for the parameters that are not the null one; strings per declaring type. */
  private static Map<Class<?>, Object> defaults(Class<?> type) {
    Map<Class<?>, Object> defaults = new HashMap<>();
    defaults.put(
        String.class,
        type == Criteria.class
            ? "acceptSdBetween"
            : type == Domain.class
                ? "mood"
                : type == NeuroExam.Builder.class
                    ? "gait"
                    : type == RuleId.class ? "IMG-5" : "2026-02-01");
    defaults.put(Domain.class, Lano.GAIT);
    defaults.put(Reason.class, Reason.of(ReasonKind.NEURO_EXAM_STABLE));
    defaults.put(Instrument.class, Lano.INSTRUMENT);
    defaults.put(BigDecimal.class, BigDecimal.TEN);
    defaults.put(LocalDate.class, LocalDate.parse(Fixtures.BASELINE_DATE));
    defaults.put(Criteria.class, Criteria.defaults());
    defaults.put(Visit.class, Fixtures.twoLesionBaseline().build());
    defaults.put(Imaging.class, Imaging.none());
    defaults.put(NeuroExam.class, NeuroExam.normal());
    defaults.put(DomainValue.class, DomainValue.level(0));
    defaults.put(CsfSample.class, CsfSample.negative());
    defaults.put(TargetLesion.class, TargetLesion.of("T1", 1));
    defaults.put(NonTargetLesion.class, NonTargetLesion.of("N1", NonTargetStatus.ABSENT));
    defaults.put(NewLesion.class, NewLesion.equivocal(Site.BRAIN_NODULE));
    defaults.put(Parenchymal.class, Parenchymal.none());
    defaults.put(ItemRating.class, ItemRating.atBaseline(ItemPresence.ABSENT));
    defaults.put(Lano2019Item.class, Lano2019Item.BRAIN_NODULES);
    defaults.put(
        org.rano.neuro.NeuroFinding.class,
        Fixtures.assess(Fixtures.twoLesionBaseline(), Fixtures.twoLesionFollowUp(2, 2)).neuro());
    defaults.put(
        ImmutableList.class,
        type == Domain.class ? ImmutableList.of("normal", "low") : ImmutableList.of(Lano.GAIT));
    defaults.put(Enum.class, Response.PR);
    defaults.put(Class.class, Object.class);
    defaults.put(List.class, List.of());
    defaults.put(Map.class, Map.of());
    return defaults;
  }

  private static @Nullable Object argument(Class<?> declaring, Class<?> parameter) {
    Object value = defaults(declaring).get(parameter);
    if (value != null) {
      return value;
    }
    if (parameter.isEnum()) {
      return parameter.getEnumConstants()[0];
    }
    return ArbitraryInstances.get(parameter);
  }

  /** The public types of the exported packages, top-level and nested, found on disk. */
  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Path root = Path.of(Criteria.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    for (String pkg : EXPORTED) {
      Path dir = root.resolve(pkg.replace('.', '/'));
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().collect(Collectors.toList())) {
          String name = file.getFileName().toString();
          if (!name.endsWith(".class") || name.equals("package-info.class")) {
            continue;
          }
          Class<?> type = load(pkg + "." + name.substring(0, name.length() - 6));
          if (isPublicApi(type)) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Criteria.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  /** The public methods a type declares or inherits from the library, except equals. */
  private static List<Method> methods(Class<?> type, boolean statics) {
    Stream<Method> candidates =
        statics ? Arrays.stream(type.getDeclaredMethods()) : Arrays.stream(type.getMethods());
    return candidates
        .filter(
            m ->
                Modifier.isPublic(m.getModifiers())
                    && Modifier.isStatic(m.getModifiers()) == statics
                    && !m.isSynthetic()
                    && m.getDeclaringClass().getName().startsWith("org.rano.")
                    // a callback the caller implements (Reason.FactAction), not the library's
                    && !m.getDeclaringClass().isAnnotationPresent(FunctionalInterface.class)
                    && !m.getName().equals("equals")
                    && !isEnumValueOf(type, m)
                    && takesReference(m))
        .sorted(Comparator.comparing(Method::toGenericString))
        .collect(Collectors.toList());
  }

  /** The JDK writes an enum's valueOf; its message is "Name is null". */
  private static boolean isEnumValueOf(Class<?> type, Method method) {
    return type.isEnum()
        && method.getName().equals("valueOf")
        && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class});
  }

  /**
   * The message names the parameter, or, for a Criteria policy setter ({@code withImaging(profile)}
   * and the like), the policy it sets, as {@code Criteria.with(policy, value)} names it.
   */
  private static boolean namesParameter(Method method, String message, String parameter) {
    if (message.contains(parameter)) {
      return true;
    }
    String name = method.getName();
    return method.getDeclaringClass() == Criteria.class
        && name.startsWith("with")
        && name.length() > 4
        && message.equals(Character.toLowerCase(name.charAt(4)) + name.substring(5));
  }

  private static boolean takesReference(Executable method) {
    for (int i = 0; i < method.getParameterCount(); i++) {
      if (rejectsNull(method, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rejectsNull(Executable method, int index) {
    return !method.getParameterTypes()[index].isPrimitive()
        && !method.getAnnotatedParameterTypes()[index].isAnnotationPresent(Nullable.class);
  }

  /** Calls the method with null at {@code index}; returns what is wrong, or null if nothing. */
  private static @Nullable String nullAt(Class<?> type, Method method, int index) {
    Object receiver = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      receiver = java.util.Objects.requireNonNull(SAMPLES.get(type), "bug: checked before").get();
    }
    Parameter[] parameters = method.getParameters();
    Object[] arguments = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      arguments[i] = i == index ? null : argument(type, parameters[i].getType());
    }
    String call =
        type.getSimpleName()
            + "."
            + method.getName()
            + Arrays.stream(parameters)
                .map(p -> p.getType().getSimpleName() + " " + p.getName())
                .collect(Collectors.joining(", ", "(", ")"))
            + " with null "
            + parameters[index].getName();
    try {
      method.invoke(receiver, arguments);
      return call + ": no exception";
    } catch (InvocationTargetException e) {
      Throwable thrown = e.getCause();
      if (!(thrown instanceof NullPointerException)) {
        return call + ": " + thrown;
      }
      String message = thrown.getMessage();
      if (message == null || message.isBlank()) {
        return call + ": NullPointerException without a message";
      }
      if (!namesParameter(method, message, parameters[index].getName())) {
        return call + ": NullPointerException \"" + message + "\" does not name the parameter";
      }
      return null;
    } catch (IllegalAccessException e) {
      return call + ": " + e;
    }
  }

  @Test
  void everyPublicMethod_rejectsANullParameterWithAMessageNamingIt() throws Exception {
    List<String> problems = new ArrayList<>();
    int calls = 0;
    for (Class<?> type : publicTypes()) {
      List<Method> instance = methods(type, false);
      if (!instance.isEmpty() && !SAMPLES.containsKey(type)) {
        problems.add(type.getName() + ": no sample to call " + instance.get(0) + " on");
        continue;
      }
      for (Method method :
          ImmutableList.<Method>builder().addAll(methods(type, true)).addAll(instance).build()) {
        for (int i = 0; i < method.getParameterCount(); i++) {
          if (rejectsNull(method, i)) {
            calls++;
            String problem = nullAt(type, method, i);
            if (problem != null) {
              problems.add(problem);
            }
          }
        }
      }
    }
    assertThat(calls).isGreaterThan(120);
    assertThat(problems).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyPublicType_passesNullPointerTester() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Class<?> type : publicTypes()) {
      NullPointerTester tester = new NullPointerTester();
      defaults(type).forEach((k, v) -> setDefault(tester, k, v));
      tests.add(
          DynamicTest.dynamicTest(
              type.getSimpleName() + " static methods",
              () -> tester.testAllPublicStaticMethods(type)));
      Supplier<Object> sample = SAMPLES.get(type);
      if (sample != null) {
        tests.add(
            DynamicTest.dynamicTest(
                type.getSimpleName() + " instance methods",
                () -> tester.testAllPublicInstanceMethods(sample.get())));
      }
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }
}
