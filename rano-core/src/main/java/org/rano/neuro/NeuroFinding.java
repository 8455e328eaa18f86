package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.immutables.value.Value;
import org.rano.RuleId;

/**
 * The neurological component of one follow-up: its status, each domain's finding, the rules that
 * decided it and readable reasons (spec section 2.2).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class NeuroFinding {

  NeuroFinding() {}

  static NeuroFinding of(NeuroStatus status, ImmutableList<DomainFinding> domains,
      ImmutableList<RuleId> rules, ImmutableList<String> reasons) {
    return ImmutableNeuroFinding.of(status, domains, rules, reasons);
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
   * Readable reasons, e.g. "sensation 1 -> 2 reaches its highest level (NEURO-2)".
   *
   * @return the reasons, not null
   */
  @Value.Parameter
  public abstract ImmutableList<String> reasons();

  /**
   * The domains with a given outcome, e.g. those that progressed.
   *
   * @param outcome the outcome, not null
   * @return the matching domain findings, not null
   */
  public ImmutableList<DomainFinding> domainsWith(DomainOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return domains().stream().filter(d -> d.outcome() == outcome)
        .collect(ImmutableList.toImmutableList());
  }
}
