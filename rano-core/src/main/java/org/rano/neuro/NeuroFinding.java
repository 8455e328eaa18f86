package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.rano.Reason;
import org.rano.RuleId;

/**
 * The neurological component of one follow-up: its status, each domain's finding, the rules that
 * decided it and the reasons (spec section 2.2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NeuroFinding {

  NeuroFinding() {}

  /**
   * Obtains a finding.
   *
   * @param status the status of the exam, not null
   * @param domains each domain's finding in the instrument's order, not null
   * @param rules the rules applied, in the order applied, not null
   * @param reasons why, one or more for each rule, not null
   * @return the finding, not null
   */
  public static NeuroFinding of(
      NeuroStatus status, List<DomainFinding> domains, List<RuleId> rules, List<Reason> reasons) {
    return ImmutableNeuroFinding.of(
        Objects.requireNonNull(status, "status"),
        ImmutableList.copyOf(Objects.requireNonNull(domains, "domains")),
        ImmutableList.copyOf(Objects.requireNonNull(rules, "rules")),
        ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons")));
  }

  /**
   * The status of the exam.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract NeuroStatus status();

  /**
   * Each domain's finding in the instrument's order; empty when the exam or its baseline was not
   * done (NEURO-8).
   *
   * @return the findings, not null
   */
  @Value.Parameter
  public abstract ImmutableList<DomainFinding> domains();

  /**
   * The rules that decided the status, in the order of the specification.
   *
   * @return the rules, at least one, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RuleId> rules();

  /**
   * Why the exam has its status, in the order applied: each domain that progressed (NEURO-1,
   * NEURO-2), then the other domains that counted (improved, excluded, not evaluable, without a
   * reference), then the exam's status unless it is PROGRESSION; e.g. the reason of kind {@link
   * org.rano.ReasonKind#NEURO_DOMAIN_REACHES_HIGHEST} with its domain and levels, rendered
   * "sensation 1 -> 2 reaches the domain's highest level (NEURO-2)".
   *
   * @return the reasons, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * The domains with a given outcome, e.g. those that progressed.
   *
   * @param outcome the outcome, not null
   * @return the matching domain findings, not null
   */
  public ImmutableList<DomainFinding> domainsWith(DomainOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return domains().stream()
        .filter(d -> d.outcome() == outcome)
        .collect(ImmutableList.toImmutableList());
  }
}
