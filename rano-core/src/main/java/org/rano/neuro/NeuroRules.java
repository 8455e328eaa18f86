package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Objects;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.NeuroImprovement;
import org.rano.NeuroMissingDomains;
import org.rano.NeuroReference;
import org.rano.RuleId;

/**
 * The rules of the neurological component, NEURO-1 to NEURO-9 (spec sections 2.2 and 11),
 * applied to the follow-ups of one patient in date order.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class NeuroRules {
  private NeuroRules() {}

  /**
   * Assesses every follow-up exam against its reference.
   *
   * @param baseline the baseline exam, or empty when none was done (every follow-up is then NE,
   *     NEURO-8)
   * @param followUps each follow-up's exam in date order, empty where none was done, not null
   * @param criteria the criteria: {@code neuroImprovement}, {@code neuroMissingDomains} and
   *     {@code neuroReference} apply, not null
   * @return one finding per follow-up, in the same order, not null
   * @throws InvalidInputException if a follow-up exam uses another instrument than the baseline
   */
  public static ImmutableList<NeuroFinding> assessSeries(Optional<NeuroExam> baseline,
      List<Optional<NeuroExam>> followUps, Criteria criteria) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUps, "followUps");
    Objects.requireNonNull(criteria, "criteria");
    ImmutableList.Builder<NeuroFinding> findings = ImmutableList.builderWithExpectedSize(followUps.size());
    if (baseline.isEmpty()) {
      NeuroFinding none = NeuroFinding.of(NeuroStatus.NE, ImmutableList.of(),
          ImmutableList.of(RuleId.NEURO_8),
          ImmutableList.of("no neurological exam at baseline: no reference (NEURO-8)"));
      for (int i = 0; i < followUps.size(); i++) {
        findings.add(none);
      }
      return findings.build();
    }
    Instrument instrument = baseline.get().instrument();
    List<Domain> domains = instrument.domains();
    int[] reference = new int[domains.size()];
    boolean[] hasReference = new boolean[domains.size()];
    for (int d = 0; d < domains.size(); d++) {
      OptionalInt level = baseline.get().value(domains.get(d)).level();
      hasReference[d] = level.isPresent();
      reference[d] = level.orElse(0);
    }
    for (int i = 0; i < followUps.size(); i++) {
      Optional<NeuroExam> exam = followUps.get(i);
      if (exam.isEmpty()) {
        findings.add(NeuroFinding.of(NeuroStatus.NE, ImmutableList.of(),
            ImmutableList.of(RuleId.NEURO_8),
            ImmutableList.of("no neurological exam at this visit (NEURO-8)")));
        continue;
      }
      if (!exam.get().instrument().equals(instrument)) {
        throw InvalidInputException.of("", exam.get().instrument().name(),
            "the exam uses the instrument " + exam.get().instrument().name()
                + " but the baseline used " + instrument.name());
      }
      findings.add(assess(exam.get(), domains, reference, hasReference, criteria));
      if (criteria.neuroReference() == NeuroReference.BEST_SO_FAR) {
        lowerReferences(exam.get(), domains, reference, hasReference);
      }
    }
    return findings.build();
  }

  /**
   * Applies the investigator's judgement of clinical deterioration (NEURO-9) to a follow-up's
   * finding: under {@code clinicalDeteriorationIsProgression} the exam becomes PROGRESSION with
   * rule NEURO-9, whatever its domains show (also when the exam was not done); otherwise the
   * judgement is only reported in the reasons.
   *
   * @param finding the follow-up's finding from its domains, not null
   * @param deterioration whether the follow-up records definite clinical deterioration from LM
   * @param criteria the criteria, not null
   * @return the finding, the same one when {@code deterioration} is false, not null
   */
  public static NeuroFinding clinicalDeterioration(NeuroFinding finding, boolean deterioration,
      Criteria criteria) {
    java.util.Objects.requireNonNull(finding, "finding");
    java.util.Objects.requireNonNull(criteria, "criteria");
    if (!deterioration) {
      return finding;
    }
    if (!criteria.clinicalDeteriorationIsProgression()) {
      return NeuroFinding.of(finding.status(), finding.domains(), finding.rules(),
          ImmutableList.<String>builder().addAll(finding.reasons())
              .add("clinical deterioration reported by the investigator: not progression under "
                  + "clinicalDeteriorationIsProgression = false (NEURO-9)")
              .build());
    }
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    rules.addAll(finding.rules());
    rules.removeAll(EnumSet.of(RuleId.NEURO_3, RuleId.NEURO_5, RuleId.NEURO_6));
    rules.add(RuleId.NEURO_9);
    List<String> reasons = new ArrayList<>(finding.reasons());
    if (!reasons.isEmpty() && reasons.get(reasons.size() - 1).startsWith("neurological exam:")) {
      reasons.remove(reasons.size() - 1); // the summary of the domains' own status
    }
    reasons.add(0, "definite clinical deterioration from LM judged by the investigator "
        + "(NEURO-9)");
    reasons.add("neurological exam: PROGRESSION (NEURO-9)");
    return NeuroFinding.of(NeuroStatus.PROGRESSION, finding.domains(),
        inOrderApplied(rules), ImmutableList.copyOf(reasons));
  }

  /**
   * The rules in the order they are applied: first those that set each domain's reference
   * (NEURO-7, then NEURO-8 for the domains left without one), then those that judge the domains
   * against it and decide the exam (NEURO-1 to NEURO-6), then NEURO-9's override.
   */
  private static ImmutableList<RuleId> inOrderApplied(Set<RuleId> rules) {
    ImmutableList.Builder<RuleId> ordered = ImmutableList.builderWithExpectedSize(rules.size());
    for (RuleId reference : List.of(RuleId.NEURO_7, RuleId.NEURO_8)) {
      if (rules.contains(reference)) {
        ordered.add(reference);
      }
    }
    for (RuleId rule : rules) { // an EnumSet: in the order of the rule numbers
      if (rule != RuleId.NEURO_7 && rule != RuleId.NEURO_8) {
        ordered.add(rule);
      }
    }
    return ordered.build();
  }

  /** NEURO-7 BEST_SO_FAR: an evaluable level that counts lowers the reference. */
  private static void lowerReferences(
      NeuroExam exam, List<Domain> domains, int[] reference, boolean[] hasReference) {
    for (int d = 0; d < domains.size(); d++) {
      DomainValue value = exam.value(domains.get(d));
      OptionalInt seen = value.level();
      if (!hasReference[d] || seen.isEmpty()) {
        continue;
      }
      int level = seen.getAsInt();
      boolean excluded = value.attributedTo().isPresent() && level > reference[d];
      if (!excluded) {
        reference[d] = Math.min(reference[d], level);
      }
    }
  }

  private static NeuroFinding assess(NeuroExam exam, List<Domain> domains, int[] reference,
      boolean[] hasReference, Criteria criteria) {
    ImmutableList.Builder<DomainFinding> perDomain = ImmutableList.builderWithExpectedSize(domains.size());
    List<String> progressionReasons = new ArrayList<>(2);
    List<String> otherReasons = new ArrayList<>(2);
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    boolean progression = false;
    boolean improved = false;
    int notEvaluable = 0;
    int judged = 0;
    for (int d = 0; d < domains.size(); d++) {
      Domain domain = domains.get(d);
      DomainValue value = exam.value(domain);
      OptionalInt ref = hasReference[d] ? OptionalInt.of(reference[d]) : OptionalInt.empty();
      DomainFinding finding = judge(domain, ref, value, criteria.neuroImprovement());
      perDomain.add(finding);
      if (finding.outcome() != DomainOutcome.NO_REFERENCE) {
        judged++;
      }
      switch (finding.outcome()) {
        case PROGRESSION -> {
          progression = true;
          rules.addAll(finding.rules());
          progressionReasons.add(describe(finding));
        }
        case IMPROVED -> {
          improved = true;
          otherReasons.add(describe(finding));
        }
        case EXCLUDED -> {
          rules.add(RuleId.NEURO_4);
          otherReasons.add(describe(finding));
        }
        case NE -> {
          notEvaluable++;
          rules.addAll(finding.rules());
          otherReasons.add(describe(finding));
        }
        case NO_REFERENCE -> {
          rules.add(RuleId.NEURO_8);
          otherReasons.add(describe(finding));
        }
        case STABLE -> { }
      }
    }
    if (criteria.neuroReference() == NeuroReference.BEST_SO_FAR) {
      rules.add(RuleId.NEURO_7);
      otherReasons.add("each domain compared with its best level so far (BEST_SO_FAR, NEURO-7)");
    }
    NeuroStatus status;
    if (progression) {
      status = NeuroStatus.PROGRESSION;
      rules.remove(RuleId.NEURO_6);
    } else if (judged == 0) {
      // NEURO-8: no domain had a reference
      status = NeuroStatus.NE;
    } else if (notEvaluable > 0
        && (criteria.neuroMissingDomains() == NeuroMissingDomains.STRICT
            || notEvaluable == judged)) {
      status = NeuroStatus.NE;
      rules.add(RuleId.NEURO_6);
    } else if (improved && criteria.neuroImprovement() == NeuroImprovement.SYMMETRIC) {
      status = NeuroStatus.IMPROVED;
      rules.add(RuleId.NEURO_5);
    } else {
      status = NeuroStatus.STABLE;
      rules.add(RuleId.NEURO_3);
      if (notEvaluable > 0) {
        rules.add(RuleId.NEURO_6);
      }
    }
    ImmutableList<String> reasons = ImmutableList.<String>builderWithExpectedSize(
            progressionReasons.size() + otherReasons.size() + 1)
        .addAll(progressionReasons)
        .addAll(otherReasons)
        .add(summary(status, notEvaluable, judged, criteria))
        .build();
    return NeuroFinding.of(status, perDomain.build(), inOrderApplied(rules), reasons);
  }

  private static String summary(NeuroStatus status, int notEvaluable, int judged,
      Criteria criteria) {
    return switch (status) {
      case PROGRESSION -> "neurological exam: PROGRESSION";
      case NE -> judged == 0
          ? "neurological exam: NE, no domain was evaluable at baseline (NEURO-8)"
          : "neurological exam: NE, " + notEvaluable + " domain(s) not evaluable ("
              + criteria.neuroMissingDomains() + ", NEURO-6)";
      case IMPROVED -> "neurological exam: IMPROVED (NEURO-5)";
      case STABLE -> notEvaluable > 0
          ? "neurological exam: STABLE on the evaluable domains (EVALUABLE_ONLY, NEURO-6)"
          : "neurological exam: STABLE, no domain changed by a rule's threshold (NEURO-3)";
    };
  }

  /**
   * Judges one domain against its reference (NEURO-1, -2, -4, -5, -6, -8).
   *
   * @param domain the domain
   * @param reference the reference level, empty when the domain has none
   * @param value the follow-up value
   * @param improvement the improvement policy
   * @return the finding
   */
  static DomainFinding judge(
      Domain domain, OptionalInt reference, DomainValue value, NeuroImprovement improvement) {
    if (reference.isEmpty()) {
      return DomainFinding.of(domain, reference, value, DomainOutcome.NO_REFERENCE,
          ImmutableList.of(RuleId.NEURO_8));
    }
    OptionalInt level = value.level();
    if (level.isEmpty()) {
      return DomainFinding.of(domain, reference, value, DomainOutcome.NE,
          ImmutableList.of(RuleId.NEURO_6));
    }
    int from = reference.getAsInt();
    int to = level.getAsInt();
    if (to > from && value.attributedTo().isPresent()) {
      return DomainFinding.of(domain, reference, value, DomainOutcome.EXCLUDED,
          ImmutableList.of(RuleId.NEURO_4));
    }
    boolean neuro1 = to - from >= 2;
    boolean neuro2 = domain.isHighest(to) && from < to;
    if (neuro1 || neuro2) {
      ImmutableList<RuleId> progression = neuro1 && neuro2
          ? ImmutableList.of(RuleId.NEURO_1, RuleId.NEURO_2)
          : ImmutableList.of(neuro1 ? RuleId.NEURO_1 : RuleId.NEURO_2);
      return DomainFinding.of(domain, reference, value, DomainOutcome.PROGRESSION, progression);
    }
    boolean better = from - to >= 2 || (domain.isHighest(from) && to < from);
    if (better && improvement == NeuroImprovement.SYMMETRIC) {
      return DomainFinding.of(domain, reference, value, DomainOutcome.IMPROVED,
          ImmutableList.of(RuleId.NEURO_5));
    }
    return DomainFinding.of(domain, reference, value, DomainOutcome.STABLE, ImmutableList.of());
  }

  private static String describe(DomainFinding finding) {
    String name = finding.domain().displayName();
    OptionalInt ref = finding.reference();
    DomainValue value = finding.value();
    return switch (finding.outcome()) {
      case NO_REFERENCE ->
          name + " not evaluable at baseline: no reference, left out of the exam (NEURO-8)";
      case NE -> name + " not evaluable" + value.note().map(n -> " (" + n + ")").orElse("");
      case EXCLUDED -> name + " " + ref.getAsInt() + " -> " + value.level().getAsInt()
          + " attributed to " + value.attributedTo().orElseThrow()
          + ": excluded, treated as unchanged (NEURO-4)";
      case IMPROVED -> name + " " + ref.getAsInt() + " -> " + value.level().getAsInt()
          + " improved (NEURO-5)";
      case PROGRESSION -> {
        int from = ref.getAsInt();
        int to = value.level().getAsInt();
        StringBuilder text = new StringBuilder(name + " " + from + " -> " + to);
        if (finding.rules().contains(RuleId.NEURO_1)) {
          text.append(" is ").append(to - from).append(" levels worse (NEURO-1)");
        }
        if (finding.rules().contains(RuleId.NEURO_2)) {
          text.append(finding.rules().contains(RuleId.NEURO_1) ? " and" : "")
              .append(" reaches the domain's highest level (NEURO-2)");
        }
        yield text.toString();
      }
      case STABLE -> name + " stable";
    };
  }
}
