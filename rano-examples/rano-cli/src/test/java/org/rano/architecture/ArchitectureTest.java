package org.rano.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rano.RanoLm;
import org.rano.Response;
import org.rano.csf.CsfStatus;
import org.rano.diagnosis.Certainty;
import org.rano.diagnosis.LmType;
import org.rano.diagnosis.MriPattern;
import org.rano.imaging.ImagingStatus;
import org.rano.neuro.DomainOutcome;
import org.rano.neuro.NeuroStatus;

/**
 * The architecture the style guide asks for, checked on the compiled classes of rano-core and the
 * command (rano-cli): the command-line program is a thin shell over the library (it reads, prints
 * and delegates, and decides no clinical outcome), it sees only the core's exported API, the core
 * never leaks its generated {@code Immutable*} classes, and no package cycle exists in either
 * module.
 *
 * <p>The core's classes come from rano-core on the class path (its {@code target/classes} in a
 * reactor build, its jar otherwise); the exported packages are read from its own {@code
 * module-info.class}, so the rules follow the module declaration.
 */
class ArchitectureTest {

  private static final String CORE = "org.rano..";

  /** The command: everything of rano-cli (one package). */
  private static final String EXAMPLES = "org.rano.cli..";

  private static final String INTERNAL = "org.rano.internal..";

  /** rano-core's packages (and their subpackages). */
  private static final Set<String> CORE_PACKAGES =
      Set.of(
          "org.rano",
          "org.rano.neuro",
          "org.rano.csf",
          "org.rano.imaging",
          "org.rano.diagnosis",
          "org.rano.internal");

  /** Main classes of both modules (no test classes). */
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.rano");

  /** Main and test classes of both modules, for rules that bind the tests too. */
  private static final JavaClasses ALL = new ClassFileImporter().importPackages("org.rano");

  /** The packages {@code org.rano.core} exports, from its module descriptor. */
  private static final Set<String> EXPORTED = exportedPackages();

  /**
   * The outcome enums: the results of the rules. Code that compares or switches on them is deciding
   * a clinical outcome, which only the core may do.
   */
  private static final Set<Class<?>> OUTCOMES =
      Set.of(
          Response.class,
          NeuroStatus.class,
          DomainOutcome.class,
          CsfStatus.class,
          ImagingStatus.class,
          Certainty.class,
          LmType.class,
          MriPattern.class);

  // ---------------------------------------------------------------------------------------------
  // The import itself: guard against rules that pass because nothing was imported.

  @Test
  void import_seesBothModules() {
    assertThat(MAIN.contain(RanoLm.class)).isTrue();
    assertThat(MAIN.containPackage("org.rano.internal")).isTrue();
    assertThat(MAIN.containPackage("org.rano.cli")).isTrue();
    assertThat(MAIN.stream().anyMatch(c -> c.getSimpleName().startsWith("Immutable")))
        .as("the generated classes are imported")
        .isTrue();
    assertThat(ALL.stream().filter(c -> c.getPackageName().startsWith("org.rano.cli")).count())
        .isGreaterThan(
            MAIN.stream().filter(c -> c.getPackageName().startsWith("org.rano.cli")).count());
    assertThat(EXPORTED).contains("org.rano", "org.rano.neuro").doesNotContain("org.rano.internal");
  }

  // ---------------------------------------------------------------------------------------------
  // The command-line code sees only the core's exported API.

  @Test
  void examples_dependOnlyOnPublicTypesOfTheCoresExportedPackages() {
    classes()
        .that()
        .resideInAPackage(EXAMPLES)
        .should()
        .onlyDependOnClassesThat(outsideCoreOrExportedApi())
        .because(
            "the examples use rano-core as any application would: through the packages "
                + "its module-info exports, never org.rano.internal, a package-private type or a "
                + "generated Immutable* class")
        .check(MAIN);
  }

  /** The report (rano-report, issue 13): its charts, statistics and SVG writer. */
  private static final String REPORT = "org.rano.report..";

  @Test
  void report_dependsOnlyOnPublicTypesOfTheCoresExportedPackages_andNeverOnTheCommand() {
    assertThat(MAIN.containPackage("org.rano.report.svg")).isTrue();
    classes()
        .that()
        .resideInAPackage(REPORT)
        .should()
        .onlyDependOnClassesThat(outsideCoreOrExportedApi())
        .because("the report reads rano-core's results as any application would")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage(REPORT)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(EXAMPLES)
        .because("the report is a library the command uses, not the other way round")
        .check(MAIN);
  }

  @Test
  void nothingOutsideTheCore_dependsOnItsInternalPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage(CORE)
        .or()
        .resideInAPackage(EXAMPLES)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(INTERNAL)
        .because("org.rano.internal is not exported: only rano-core's own packages use it")
        .check(ALL);
  }

  @Test
  void nothingOutsideTheCore_dependsOnAGeneratedClass() {
    noClasses()
        .that()
        .resideInAPackage(EXAMPLES)
        .should()
        .dependOnClassesThat(generatedCoreClass())
        .because(
            "the generated Immutable* classes are package-private implementation; the "
                + "hand-written abstract value types are the API")
        .check(ALL);
  }

  // ---------------------------------------------------------------------------------------------
  // The command-line code decides no clinical outcome.

  @Test
  void ruleClasses_areNotPublic_soOnlyTheEngineCallsThem() {
    assertThat(
            MAIN.stream()
                .filter(c -> inCore(c) && c.getSimpleName().matches(".*(Rules|Course)"))
                .count())
        .as(
            "NeuroRules, CsfRules, CsfCourse, ImagingRules, Lano2019Rules, OverallRules, "
                + "TimeCourse")
        .isGreaterThanOrEqualTo(7);
    classes()
        .that()
        .haveNameMatching("org\\.rano\\.[A-Za-z0-9]*(Rules|Course)")
        .should()
        .notBePublic()
        .because(
            "RanoLm combines the components (OVR, STER, TIME rules) of a case that LmCase "
                + "checked when it was built; the rules need no preconditions and are not API, "
                + "so a caller cannot re-assemble the response itself")
        .check(MAIN);
  }

  @Test
  void cli_neverReadsTheConstantsOfAnOutcomeEnum() {
    noClasses()
        .that()
        .resideInAPackage(EXAMPLES)
        .should()
        .accessFieldWhere(fieldOwnerIn(OUTCOMES))
        .because(
            "reading Response.PD, ImagingStatus.CR, ... is how code compares an outcome "
                + "(== or a switch): the command prints the library's outcomes, it never decides "
                + "on them")
        .check(MAIN);
  }

  @Test
  void cli_callsNothingOnAnOutcomeEnumButItsName() {
    noClasses()
        .that()
        .resideInAPackage(EXAMPLES)
        .should()
        .callMethodWhere(outcomeMethodOtherThanNaming())
        .because(
            "ordinal(), compareTo(), equals() and the enums' own questions "
                + "(isBetterThan, isResponse, allowsCompleteResponse, ...) are rule logic; the "
                + "command only names an outcome (name(), code(), toString()) or parses one (valueOf())")
        .check(MAIN);
  }

  // ---------------------------------------------------------------------------------------------
  // The core's public API never shows a generated class.

  @Test
  void core_noGeneratedTypeInAnyPublicSignature() {
    classes()
        .that()
        .resideInAPackage(CORE)
        .and()
        .resideOutsideOfPackage(EXAMPLES)
        .and()
        .arePublic()
        .should(exposeNoGeneratedTypeInPublicMembers())
        .check(MAIN);
  }

  @Test
  void core_generatedClassesArePackagePrivate() {
    classes()
        .that(generatedCoreClass())
        .and()
        .areTopLevelClasses()
        .should()
        .notBePublic()
        .because("the house style (RanoStyle) keeps Immutables' implementations hidden")
        .check(MAIN);
  }

  @Test
  void core_neverDependsOnTheExamples() {
    noClasses()
        .that()
        .resideInAPackage(CORE)
        .and()
        .resideOutsideOfPackage(EXAMPLES)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(EXAMPLES)
        .check(MAIN);
  }

  // ---------------------------------------------------------------------------------------------
  // No package cycles.

  @Test
  void core_subpackagesAreFreeOfCycles() {
    slices()
        .matching("org.rano.(*)..")
        .should()
        .beFreeOfCycles()
        .check(
            MAIN.that(DescribedPredicate.describe("are in rano-core", ArchitectureTest::inCore)));
  }

  @Test
  void core_packagesIncludingTheRootAreFreeOfCycles() {
    slices().assignedFrom(coreSlicesWithRoot()).should().beFreeOfCycles().check(MAIN);
  }

  // ---------------------------------------------------------------------------------------------
  // Predicates and conditions

  private static boolean inCore(JavaClass type) {
    String name = type.getPackageName();
    return CORE_PACKAGES.contains(name.replaceFirst("^(org\\.rano(\\.[a-z]+)?).*$", "$1"));
  }

  private static boolean isGenerated(JavaClass type) {
    return inCore(type) && outermost(type).getSimpleName().startsWith("Immutable");
  }

  private static JavaClass outermost(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }

  private static boolean isPublicApi(JavaClass type) {
    JavaClass current = type;
    while (true) {
      if (!current.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      if (current.getEnclosingClass().isEmpty()) {
        return true;
      }
      current = current.getEnclosingClass().get();
    }
  }

  private static DescribedPredicate<JavaClass> generatedCoreClass() {
    return DescribedPredicate.describe(
        "are generated Immutable* classes of rano-core", ArchitectureTest::isGenerated);
  }

  private static DescribedPredicate<JavaClass> outsideCoreOrExportedApi() {
    return DescribedPredicate.describe(
        "are outside rano-core, or public API types of a package "
            + "rano-core exports "
            + EXPORTED,
        type -> {
          JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
          if (!inCore(base)) {
            return true;
          }
          return EXPORTED.contains(base.getPackageName())
              && isPublicApi(base)
              && !isGenerated(base);
        });
  }

  private static DescribedPredicate<JavaFieldAccess> fieldOwnerIn(Set<Class<?>> owners) {
    Set<String> names = owners.stream().map(Class::getName).collect(Collectors.toSet());
    return DescribedPredicate.describe(
        "the field is a constant of one of " + simpleNames(owners),
        access -> names.contains(access.getTargetOwner().getName()));
  }

  private static DescribedPredicate<JavaMethodCall> outcomeMethodOtherThanNaming() {
    Set<String> names = OUTCOMES.stream().map(Class::getName).collect(Collectors.toSet());
    Set<String> naming = Set.of("name", "code", "toString", "valueOf");
    return DescribedPredicate.describe(
        "the target is a method of one of " + simpleNames(OUTCOMES) + " other than " + naming,
        call ->
            names.contains(call.getTargetOwner().getName()) && !naming.contains(call.getName()));
  }

  private static String simpleNames(Set<Class<?>> types) {
    return types.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
  }

  private static ArchCondition<JavaClass> exposeNoGeneratedTypeInPublicMembers() {
    return new ArchCondition<>(
        "expose no generated Immutable* type in a public or protected "
            + "method, constructor or field") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (!visible(unit)) {
            continue;
          }
          report(type, unit, unit.getReturnType(), "returns", events);
          for (JavaType parameter : unit.getParameterTypes()) {
            report(type, unit, parameter, "takes", events);
          }
        }
        for (JavaField field : type.getFields()) {
          if (visible(field)) {
            report(type, field, field.getType(), "has the type", events);
          }
        }
      }

      private boolean visible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return (modifiers.contains(JavaModifier.PUBLIC)
                || modifiers.contains(JavaModifier.PROTECTED))
            && !modifiers.contains(JavaModifier.SYNTHETIC);
      }

      private void report(
          JavaClass type,
          JavaMember member,
          JavaType signature,
          String verb,
          ConditionEvents events) {
        for (JavaClass involved : signature.getAllInvolvedRawTypes()) {
          if (isGenerated(involved)) {
            events.add(
                SimpleConditionEvent.violated(
                    type,
                    member.getFullName()
                        + " "
                        + verb
                        + " "
                        + involved.getName()
                        + " ("
                        + type.getSimpleName()
                        + ".java)"));
          }
        }
      }
    };
  }

  /**
   * The types of {@code org.rano} that use the clinical components: the case, its visits, the
   * results and the engine. The rest of {@code org.rano} (responses, rule IDs, criteria and
   * policies, the exception) is the vocabulary the components use. Both are in one package so that
   * a caller finds everything to score a case there; the layering is kept by this list.
   */
  private static final Set<String> ROOT_CASES =
      Set.of(
          "NeuroRules",
          "CsfRules",
          "CsfCourse",
          "ImagingRules",
          "Lano2019Rules",
          "RanoLm",
          "Visit",
          "LmCase",
          "ResponseSequence",
          "DatedResponse",
          "CaseAssessment",
          "VisitAssessment",
          "TimePoint",
          "BestResponse",
          "Progression",
          "OverallRules",
          "TimeCourse",
          "CaseChecks");

  /** Each subpackage of org.rano is a slice, and org.rano is two: its vocabulary, its cases. */
  private static SliceAssignment coreSlicesWithRoot() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        if (!inCore(type)) {
          return SliceIdentifier.ignore();
        }
        String name = type.getPackageName();
        if (name.equals("org.rano")) {
          String outer = outermost(type).getSimpleName().replaceFirst("^Immutable", "");
          return SliceIdentifier.of(
              ROOT_CASES.contains(outer)
                  ? "org.rano (cases, results, the engine)"
                  : "org.rano (vocabulary)");
        }
        String rest = name.substring("org.rano.".length());
        int dot = rest.indexOf('.');
        return SliceIdentifier.of("org.rano." + (dot < 0 ? rest : rest.substring(0, dot)));
      }

      @Override
      public String getDescription() {
        return "rano-core's packages: org.rano's vocabulary, each subpackage, and org.rano's "
            + "cases, results and engine, which the subpackages never use";
      }
    };
  }

  private static Set<String> exportedPackages() {
    try {
      Path location =
          Path.of(RanoLm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      ModuleDescriptor descriptor;
      if (Files.isDirectory(location)) {
        try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
          descriptor = ModuleDescriptor.read(in);
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile());
            InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
          descriptor = ModuleDescriptor.read(in);
        }
      }
      assertThat(descriptor.name()).isEqualTo("org.rano.core");
      return descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
