package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.rano.RuleId;

/**
 * How one domain compares with its reference at a follow-up: the reference level, the level seen,
 * the outcome and the rules behind it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DomainFinding {

  DomainFinding() {}

  static DomainFinding of(
      Domain domain,
      OptionalInt reference,
      DomainValue value,
      DomainOutcome outcome,
      ImmutableList<RuleId> rules) {
    return ImmutableDomainFinding.of(domain, reference, value, outcome, rules);
  }

  /**
   * The domain.
   *
   * @return the domain, not null
   */
  @Value.Parameter
  public abstract Domain domain();

  /**
   * The reference level (NEURO-7), empty when the domain has none (NEURO-8).
   *
   * @return the reference level, or empty
   */
  @Value.Parameter
  public abstract OptionalInt reference();

  /**
   * The value recorded at the follow-up.
   *
   * @return the value, not null
   */
  @Value.Parameter
  public abstract DomainValue value();

  /**
   * The outcome of the domain.
   *
   * @return the outcome, not null
   */
  @Value.Parameter
  public abstract DomainOutcome outcome();

  /**
   * The rules that decided the outcome, e.g. NEURO-1 and NEURO-2 for gait 0 to 3.
   *
   * @return the rules, possibly empty for a stable domain, not null
   */
  @Value.Parameter
  public abstract ImmutableList<RuleId> rules();

  /**
   * The cause a worsening was attributed to, when it was excluded (NEURO-4).
   *
   * @return the cause, or empty
   */
  public Optional<Attribution> excludedCause() {
    return outcome() == DomainOutcome.EXCLUDED ? value().attributedTo() : Optional.empty();
  }
}
