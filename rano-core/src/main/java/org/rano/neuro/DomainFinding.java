package org.rano.neuro;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
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

  /**
   * Obtains the finding of a domain judged against its reference level (NEURO-7).
   *
   * @param domain the domain, not null
   * @param reference the reference level
   * @param value the value seen, not null
   * @param outcome the outcome, not null
   * @param rules the rules behind it, not null
   * @return the finding, not null
   */
  public static DomainFinding of(
      Domain domain, int reference, DomainValue value, DomainOutcome outcome, List<RuleId> rules) {
    return create(domain, OptionalInt.of(reference), value, outcome, rules);
  }

  /**
   * Obtains the finding of a domain that has no reference level (NEURO-8).
   *
   * @param domain the domain, not null
   * @param value the value seen, not null
   * @param outcome the outcome, not null
   * @param rules the rules behind it, not null
   * @return the finding, not null
   */
  public static DomainFinding withoutReference(
      Domain domain, DomainValue value, DomainOutcome outcome, List<RuleId> rules) {
    return create(domain, OptionalInt.empty(), value, outcome, rules);
  }

  private static DomainFinding create(
      Domain domain,
      OptionalInt reference,
      DomainValue value,
      DomainOutcome outcome,
      List<RuleId> rules) {
    return ImmutableDomainFinding.of(
        Objects.requireNonNull(domain, "domain"),
        reference,
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(outcome, "outcome"),
        ImmutableList.copyOf(Objects.requireNonNull(rules, "rules")));
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
