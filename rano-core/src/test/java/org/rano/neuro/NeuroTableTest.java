package org.rano.neuro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.Fixtures.examOnlyBaseline;
import static org.rano.Fixtures.examOnlyFollowUp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.Criteria;
import org.rano.Fixtures;
import org.rano.NeuroImprovement;
import org.rano.NeuroMissingDomains;
import org.rano.NeuroReference;
import org.rano.RuleId;

/** Exhaustive NEURO-1..5 and NEURO-8: every level pair of every domain under every policy. */
class NeuroTableTest {

  /** How the levels of a row are recorded. */
  enum Recording {
    /** Both levels plain. */
    PLAIN,
    /** The follow-up level attributed to a non-LM cause (NEURO-4). */
    ATTRIBUTED_FOLLOW_UP,
    /** The baseline level attributed to a non-LM cause: still the reference (NEURO-4). */
    ATTRIBUTED_BASELINE,
    /** Both attributed. */
    ATTRIBUTED_BOTH
  }

  /** The oracle's verdict for one domain. */
  record Expected(DomainOutcome outcome, List<RuleId> rules) {}

  /**
   * The specification's definitions, written independently of the engine: NEURO-4 first (an
   * attributed worsening is excluded), then NEURO-1 (two levels worse) and NEURO-2 (the highest
   * level reached from below), then NEURO-5 (two levels better, or down from the highest level,
   * under SYMMETRIC).
   */
  static Expected oracle(
      int max, int reference, int level, boolean attributed, NeuroImprovement improvement) {
    if (attributed && level > reference) {
      return new Expected(DomainOutcome.EXCLUDED, List.of(RuleId.NEURO_4));
    }
    List<RuleId> rules = new ArrayList<>();
    if (level - reference >= 2) {
      rules.add(RuleId.NEURO_1);
    }
    if (level == max && reference < max) {
      rules.add(RuleId.NEURO_2);
    }
    if (!rules.isEmpty()) {
      return new Expected(DomainOutcome.PROGRESSION, rules);
    }
    boolean better = reference - level >= 2 || (reference == max && level < max);
    if (better && improvement == NeuroImprovement.SYMMETRIC) {
      return new Expected(DomainOutcome.IMPROVED, List.of(RuleId.NEURO_5));
    }
    return new Expected(DomainOutcome.STABLE, List.of());
  }

  static NeuroStatus examStatus(DomainOutcome onlyChangedDomain) {
    return switch (onlyChangedDomain) {
      case PROGRESSION -> NeuroStatus.PROGRESSION;
      case IMPROVED -> NeuroStatus.IMPROVED;
      case NE -> NeuroStatus.NE;
      default -> NeuroStatus.STABLE;
    };
  }

  /** The maximum of each LANO domain as the table of spec section 2.1 gives it. */
  static int specMax(Domain domain) {
    return switch (domain.key()) {
      case "gait", "strength", "vision", "eyeMovements", "levelOfConsciousness" -> 3;
      case "sensation", "facialStrength", "hearing", "swallowing", "behaviour" -> 2;
      default -> throw new IllegalArgumentException("bug in test: unknown domain " + domain);
    };
  }

  static List<Criteria> everyNeuroPolicyCombination() {
    List<Criteria> all = new ArrayList<>();
    for (NeuroImprovement improvement : NeuroImprovement.values()) {
      for (NeuroMissingDomains missing : NeuroMissingDomains.values()) {
        for (NeuroReference reference : NeuroReference.values()) {
          all.add(
              Criteria.defaults()
                  .withNeuroImprovement(improvement)
                  .withNeuroMissingDomains(missing)
                  .withNeuroReference(reference));
        }
      }
    }
    return all;
  }

  static Stream<Arguments> everyLevelPair() {
    List<Arguments> rows = new ArrayList<>();
    for (Criteria criteria : everyNeuroPolicyCombination()) {
      for (Domain domain : Lano.INSTRUMENT.domains()) {
        int max = specMax(domain);
        for (int from = 0; from <= max; from++) {
          for (int to = 0; to <= max; to++) {
            for (Recording recording : Recording.values()) {
              rows.add(
                  Arguments.of(
                      domain,
                      from,
                      to,
                      recording,
                      criteria.neuroImprovement(),
                      criteria.neuroMissingDomains(),
                      criteria.neuroReference()));
            }
          }
        }
      }
    }
    return rows.stream();
  }

  private static DomainValue value(int level, boolean attributed) {
    return attributed ? DomainValue.attributed(level, Attribution.OTHER) : DomainValue.level(level);
  }

  @ParameterizedTest(name = "{0} {1} -> {2} {3}, {4} {5} {6}")
  @MethodSource("everyLevelPair")
  void everyLevelPair_matchesTheSpecification(
      Domain domain,
      int from,
      int to,
      Recording recording,
      NeuroImprovement improvement,
      NeuroMissingDomains missing,
      NeuroReference reference) {
    Criteria criteria =
        Criteria.defaults()
            .withNeuroImprovement(improvement)
            .withNeuroMissingDomains(missing)
            .withNeuroReference(reference);
    boolean baselineAttributed =
        recording == Recording.ATTRIBUTED_BASELINE || recording == Recording.ATTRIBUTED_BOTH;
    boolean followUpAttributed =
        recording == Recording.ATTRIBUTED_FOLLOW_UP || recording == Recording.ATTRIBUTED_BOTH;
    NeuroExam baseline = NeuroExam.normal().with(domain, value(from, baselineAttributed));
    NeuroExam followUp = NeuroExam.normal().with(domain, value(to, followUpAttributed));

    NeuroFinding result =
        Fixtures.assess(criteria, examOnlyBaseline(baseline), examOnlyFollowUp(followUp)).neuro();

    Expected expected = oracle(specMax(domain), from, to, followUpAttributed, improvement);
    DomainFinding finding =
        result.domains().stream().filter(d -> d.domain().equals(domain)).findFirst().orElseThrow();
    assertThat(finding.reference()).hasValue(from);
    assertThat(finding.outcome()).isEqualTo(expected.outcome());
    assertThat(finding.rules()).containsExactlyElementsOf(expected.rules());
    assertThat(result.status()).isEqualTo(examStatus(expected.outcome()));
    assertThat(result.rules()).containsAll(expected.rules());
    if (expected.outcome() == DomainOutcome.EXCLUDED) {
      assertThat(finding.excludedCause()).hasValue(Attribution.OTHER);
    } else {
      assertThat(finding.excludedCause()).isEmpty();
    }
    for (DomainFinding other : result.domains()) {
      if (!other.domain().equals(domain)) {
        assertThat(other.outcome()).isEqualTo(DomainOutcome.STABLE);
      }
    }
  }

  static Stream<Arguments> everyDomainAndLevelWithNe() {
    List<Arguments> rows = new ArrayList<>();
    for (Criteria criteria : everyNeuroPolicyCombination()) {
      for (Domain domain : Lano.INSTRUMENT.domains()) {
        for (int level = 0; level <= specMax(domain); level++) {
          rows.add(
              Arguments.of(
                  domain,
                  level,
                  criteria.neuroImprovement(),
                  criteria.neuroMissingDomains(),
                  criteria.neuroReference()));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} NE -> {1}, {2} {3} {4}")
  @MethodSource("everyDomainAndLevelWithNe")
  void neuro8_domainNeAtBaseline_isLeftOutAtEveryFollowUpLevel(
      Domain domain,
      int level,
      NeuroImprovement improvement,
      NeuroMissingDomains missing,
      NeuroReference reference) {
    Criteria criteria =
        Criteria.defaults()
            .withNeuroImprovement(improvement)
            .withNeuroMissingDomains(missing)
            .withNeuroReference(reference);
    NeuroExam baseline = NeuroExam.normal().with(domain, DomainValue.notEvaluable());
    NeuroExam followUp = NeuroExam.normal().with(domain, level);

    NeuroFinding result =
        Fixtures.assess(criteria, examOnlyBaseline(baseline), examOnlyFollowUp(followUp)).neuro();

    DomainFinding finding =
        result.domains().stream().filter(d -> d.domain().equals(domain)).findFirst().orElseThrow();
    assertThat(finding.outcome()).isEqualTo(DomainOutcome.NO_REFERENCE);
    assertThat(finding.reference()).isEmpty();
    assertThat(finding.rules()).containsExactly(RuleId.NEURO_8);
    // left out under either NEURO-6 policy: the nine other domains are normal and unchanged
    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(result.rules()).contains(RuleId.NEURO_8).doesNotContain(RuleId.NEURO_6);
  }

  @ParameterizedTest(name = "{0} {1} -> NE, {2} {3} {4}")
  @MethodSource("everyDomainAndLevelWithNe")
  void neuro6_domainNeAtFollowUp_isNeForEveryReferenceLevel(
      Domain domain,
      int level,
      NeuroImprovement improvement,
      NeuroMissingDomains missing,
      NeuroReference reference) {
    Criteria criteria =
        Criteria.defaults()
            .withNeuroImprovement(improvement)
            .withNeuroMissingDomains(missing)
            .withNeuroReference(reference);
    NeuroExam baseline = NeuroExam.normal().with(domain, level);
    NeuroExam followUp = NeuroExam.normal().with(domain, DomainValue.notEvaluable("asleep"));

    NeuroFinding result =
        Fixtures.assess(criteria, examOnlyBaseline(baseline), examOnlyFollowUp(followUp)).neuro();

    DomainFinding finding =
        result.domains().stream().filter(d -> d.domain().equals(domain)).findFirst().orElseThrow();
    assertThat(finding.outcome()).isEqualTo(DomainOutcome.NE);
    assertThat(finding.reference()).hasValue(level);
    assertThat(result.status())
        .isEqualTo(missing == NeuroMissingDomains.STRICT ? NeuroStatus.NE : NeuroStatus.STABLE);
    assertThat(result.rules()).contains(RuleId.NEURO_6);
  }
}
