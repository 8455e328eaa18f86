package org.rano;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainFinding;
import org.rano.neuro.DomainOutcome;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Instrument;
import org.rano.neuro.NeuroExam;
import org.rano.neuro.NeuroFinding;
import org.rano.neuro.NeuroStatus;

/**
 * The rules of the neurological component, NEURO-1 to NEURO-9 (spec sections 2.2 and 11), applied
 * to the follow-ups of one patient in date order.
 *
 * <p>This class is stateless and thread-safe.
 */
final class NeuroRules {
  private NeuroRules() {}

  /** The kinds that state the exam's status from its domains; it comes last, if at all. */
  private static final Set<ReasonKind> SUMMARIES =
      Sets.immutableEnumSet(
          ReasonKind.NEURO_EXAM_NO_EVALUABLE_BASELINE,
          ReasonKind.NEURO_EXAM_NOT_EVALUABLE,
          ReasonKind.NEURO_EXAM_IMPROVED,
          ReasonKind.NEURO_EXAM_STABLE_ON_EVALUABLE,
          ReasonKind.NEURO_EXAM_STABLE);

  /**
   * Assesses every follow-up exam against its reference.
   *
   * @param baseline the baseline exam, or empty when none was done (every follow-up is then NE,
   *     NEURO-8)
   * @param followUps each follow-up's exam in date order, empty where none was done, not null
   * @param criteria the criteria: {@code neuroImprovement}, {@code neuroMissingDomains} and {@code
   *     neuroReference} apply, not null
   * @return one finding per follow-up, in the same order, not null
   * @throws InvalidInputException if a follow-up exam uses another instrument than the baseline
   */
  public static ImmutableList<NeuroFinding> assessSeries(
      Optional<NeuroExam> baseline, List<Optional<NeuroExam>> followUps, Criteria criteria) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUps, "followUps");
    Objects.requireNonNull(criteria, "criteria");
    ImmutableList.Builder<NeuroFinding> findings =
        ImmutableList.builderWithExpectedSize(followUps.size());
    if (baseline.isEmpty()) {
      NeuroFinding none =
          NeuroFinding.of(
              NeuroStatus.NE,
              ImmutableList.of(),
              ImmutableList.of(RuleId.NEURO_8),
              ImmutableList.of(Reason.of(ReasonKind.NEURO_NO_BASELINE_EXAM)));
      for (int i = 0; i < followUps.size(); i++) {
        findings.add(none);
      }
      return findings.build();
    }
    Instrument instrument = baseline.get().instrument();
    List<Domain> domains = instrument.domains();
    int[] reference = new int[domains.size()];
    boolean[] hasReference = new boolean[domains.size()];
    List<DomainValue> atBaseline = valuesIn(baseline.get(), domains);
    for (int d = 0; d < domains.size(); d++) {
      OptionalInt level = atBaseline.get(d).level();
      hasReference[d] = level.isPresent();
      reference[d] = level.orElse(0);
    }
    for (int i = 0; i < followUps.size(); i++) {
      Optional<NeuroExam> exam = followUps.get(i);
      if (exam.isEmpty()) {
        findings.add(
            NeuroFinding.of(
                NeuroStatus.NE,
                ImmutableList.of(),
                ImmutableList.of(RuleId.NEURO_8),
                ImmutableList.of(Reason.of(ReasonKind.NEURO_EXAM_NOT_DONE))));
        continue;
      }
      if (!exam.get().instrument().equals(instrument)) {
        throw InvalidInputException.of(
            "",
            exam.get().instrument().name(),
            "the exam uses the instrument "
                + exam.get().instrument().name()
                + " but the baseline used "
                + instrument.name());
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
  public static NeuroFinding clinicalDeterioration(
      NeuroFinding finding, boolean deterioration, Criteria criteria) {
    java.util.Objects.requireNonNull(finding, "finding");
    java.util.Objects.requireNonNull(criteria, "criteria");
    if (!deterioration) {
      return finding;
    }
    if (!criteria.clinicalDeteriorationIsProgression()) {
      return NeuroFinding.of(
          finding.status(),
          finding.domains(),
          finding.rules(),
          ImmutableList.<Reason>builder()
              .addAll(finding.reasons())
              .add(Reason.of(ReasonKind.NEURO_CLINICAL_DETERIORATION_NOT_PROGRESSION))
              .build());
    }
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    rules.addAll(finding.rules());
    rules.removeAll(EnumSet.of(RuleId.NEURO_3, RuleId.NEURO_5, RuleId.NEURO_6));
    rules.add(RuleId.NEURO_9);
    List<Reason> reasons = new ArrayList<>(finding.reasons());
    if (!reasons.isEmpty() && SUMMARIES.contains(reasons.get(reasons.size() - 1).kind())) {
      reasons.remove(reasons.size() - 1); // the domains' own status, which NEURO-9 overrides
    }
    reasons.add(0, Reason.of(ReasonKind.NEURO_CLINICAL_DETERIORATION));
    return NeuroFinding.of(
        NeuroStatus.PROGRESSION,
        finding.domains(),
        inOrderApplied(rules),
        ImmutableList.copyOf(reasons));
  }

  /**
   * The rules in the order they are applied: first those that set each domain's reference (NEURO-7,
   * then NEURO-8 for the domains left without one), then those that judge the domains against it
   * and decide the exam (NEURO-1 to NEURO-6), then NEURO-9's override.
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

  /**
   * The values of an exam in the order of domains: by position when the exam is of the instrument
   * whose domains these are (an exam's map is in its instrument's order), else looked up one by one
   * (which names a domain the exam does not have).
   */
  private static List<DomainValue> valuesIn(NeuroExam exam, List<Domain> domains) {
    if (exam.instrument().domains().equals(domains)) { // the same list, most often: at once
      return exam.valuesInOrder();
    }
    ImmutableList.Builder<DomainValue> values =
        ImmutableList.builderWithExpectedSize(domains.size());
    for (Domain domain : domains) {
      values.add(exam.value(domain));
    }
    return values.build();
  }

  /** NEURO-7 BEST_SO_FAR: an evaluable level that counts lowers the reference. */
  private static void lowerReferences(
      NeuroExam exam, List<Domain> domains, int[] reference, boolean[] hasReference) {
    List<DomainValue> values = valuesIn(exam, domains);
    for (int d = 0; d < domains.size(); d++) {
      DomainValue value = values.get(d);
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

  private static NeuroFinding assess(
      NeuroExam exam,
      List<Domain> domains,
      int[] reference,
      boolean[] hasReference,
      Criteria criteria) {
    ImmutableList.Builder<DomainFinding> perDomain =
        ImmutableList.builderWithExpectedSize(domains.size());
    List<Reason> progressionReasons = new ArrayList<>(2);
    List<Reason> otherReasons = new ArrayList<>(2);
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    boolean progression = false;
    boolean improved = false;
    int notEvaluable = 0;
    int judged = 0;
    List<DomainValue> values = valuesIn(exam, domains);
    for (int d = 0; d < domains.size(); d++) {
      Domain domain = domains.get(d);
      DomainValue value = values.get(d);
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
          progressionReasons.addAll(describeProgression(finding));
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
        case STABLE -> {}
      }
    }
    if (criteria.neuroReference() == NeuroReference.BEST_SO_FAR) {
      rules.add(RuleId.NEURO_7);
      otherReasons.add(Reason.of(ReasonKind.NEURO_BEST_SO_FAR));
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
    ImmutableList.Builder<Reason> reasons =
        ImmutableList.builderWithExpectedSize(progressionReasons.size() + otherReasons.size() + 1);
    reasons.addAll(progressionReasons).addAll(otherReasons);
    summary(status, notEvaluable, judged, criteria).ifPresent(reasons::add);
    return NeuroFinding.of(status, perDomain.build(), inOrderApplied(rules), reasons.build());
  }

  /**
   * The exam's status from its domains, with the counts that decided it; none for PROGRESSION,
   * which the domains' own reasons (NEURO-1, NEURO-2) state.
   */
  private static Optional<Reason> summary(
      NeuroStatus status, int notEvaluable, int judged, Criteria criteria) {
    return switch (status) {
      case PROGRESSION -> Optional.empty();
      case NE ->
          Optional.of(
              judged == 0
                  ? Reason.of(ReasonKind.NEURO_EXAM_NO_EVALUABLE_BASELINE)
                  : Reason.builder(ReasonKind.NEURO_EXAM_NOT_EVALUABLE)
                      .with(Fact.DOMAINS_NOT_EVALUABLE, notEvaluable)
                      .with(Fact.DOMAINS_JUDGED, judged)
                      .with(Fact.NEURO_MISSING_DOMAINS, criteria.neuroMissingDomains())
                      .build());
      case IMPROVED -> Optional.of(Reason.of(ReasonKind.NEURO_EXAM_IMPROVED));
      case STABLE ->
          Optional.of(
              notEvaluable > 0
                  ? Reason.builder(ReasonKind.NEURO_EXAM_STABLE_ON_EVALUABLE)
                      .with(Fact.DOMAINS_NOT_EVALUABLE, notEvaluable)
                      .with(Fact.DOMAINS_JUDGED, judged)
                      .build()
                  : Reason.of(ReasonKind.NEURO_EXAM_STABLE));
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
      return DomainFinding.withoutReference(
          domain, value, DomainOutcome.NO_REFERENCE, ImmutableList.of(RuleId.NEURO_8));
    }
    int from = reference.getAsInt();
    OptionalInt level = value.level();
    if (level.isEmpty()) {
      return DomainFinding.of(
          domain, from, value, DomainOutcome.NE, ImmutableList.of(RuleId.NEURO_6));
    }
    int to = level.getAsInt();
    if (to > from && value.attributedTo().isPresent()) {
      return DomainFinding.of(
          domain, from, value, DomainOutcome.EXCLUDED, ImmutableList.of(RuleId.NEURO_4));
    }
    boolean neuro1 = to - from >= 2;
    boolean neuro2 = domain.isHighest(to) && from < to;
    if (neuro1 || neuro2) {
      ImmutableList<RuleId> progression =
          neuro1 && neuro2
              ? ImmutableList.of(RuleId.NEURO_1, RuleId.NEURO_2)
              : ImmutableList.of(neuro1 ? RuleId.NEURO_1 : RuleId.NEURO_2);
      return DomainFinding.of(domain, from, value, DomainOutcome.PROGRESSION, progression);
    }
    boolean better = from - to >= 2 || (domain.isHighest(from) && to < from);
    if (better && improvement == NeuroImprovement.SYMMETRIC) {
      return DomainFinding.of(
          domain, from, value, DomainOutcome.IMPROVED, ImmutableList.of(RuleId.NEURO_5));
    }
    return DomainFinding.of(domain, from, value, DomainOutcome.STABLE, ImmutableList.of());
  }

  /** The reason of a domain that counted but did not progress. */
  private static Reason describe(DomainFinding finding) {
    String key = finding.domain().key();
    DomainValue value = finding.value();
    return switch (finding.outcome()) {
      case NO_REFERENCE ->
          Reason.builder(ReasonKind.NEURO_DOMAIN_NO_REFERENCE).with(Fact.DOMAIN, key).build();
      case NE -> {
        Reason.Builder reason =
            Reason.builder(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE).with(Fact.DOMAIN, key);
        value.note().ifPresent(note -> reason.with(Fact.NOTE, note));
        yield reason.build();
      }
      case EXCLUDED ->
          levels(ReasonKind.NEURO_DOMAIN_EXCLUDED, finding)
              .with(Fact.ATTRIBUTION, value.attributedTo().orElseThrow())
              .build();
      case IMPROVED ->
          levels(ReasonKind.NEURO_DOMAIN_IMPROVED, finding)
              .with(Fact.LEVEL_HIGHEST, finding.domain().maxLevel())
              .build();
      case PROGRESSION, STABLE ->
          throw new IllegalStateException(
              "bug: no reason of its own for a domain " + finding.outcome());
    };
  }

  /** The reasons of a domain that progressed: NEURO-1, NEURO-2 or both, one reason each. */
  private static List<Reason> describeProgression(DomainFinding finding) {
    List<Reason> reasons = new ArrayList<>(2);
    if (finding.rules().contains(RuleId.NEURO_1)) {
      reasons.add(levels(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO, finding).build());
    }
    if (finding.rules().contains(RuleId.NEURO_2)) {
      reasons.add(
          levels(ReasonKind.NEURO_DOMAIN_REACHES_HIGHEST, finding)
              .with(Fact.LEVEL_HIGHEST, finding.domain().maxLevel())
              .build());
    }
    return reasons;
  }

  /** A reason about a domain's change: its key, reference level and level now. */
  private static Reason.Builder levels(ReasonKind kind, DomainFinding finding) {
    return Reason.builder(kind)
        .with(Fact.DOMAIN, finding.domain().key())
        .with(Fact.LEVEL_BEFORE, finding.reference().getAsInt())
        .with(Fact.LEVEL_AFTER, finding.value().level().getAsInt());
  }
}
