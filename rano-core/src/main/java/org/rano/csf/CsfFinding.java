package org.rano.csf;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.rano.Reason;
import org.rano.RuleId;

/**
 * The CSF component of one follow-up: its status, the rule that set it and the reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CsfFinding {

  CsfFinding() {}

  /**
   * Obtains a finding with one reason.
   *
   * @param status the status, not null
   * @param rule the rule that set it, not null
   * @param reason why, not null
   * @return the finding, not null
   */
  public static CsfFinding of(CsfStatus status, RuleId rule, Reason reason) {
    return of(status, rule, List.of(Objects.requireNonNull(reason, "reason")));
  }

  /**
   * Obtains a finding.
   *
   * @param status the status, not null
   * @param rule the rule that set it, not null
   * @param reasons why, in the order found, not null
   * @return the finding, not null
   */
  public static CsfFinding of(CsfStatus status, RuleId rule, List<Reason> reasons) {
    return ImmutableCsfFinding.of(
        Objects.requireNonNull(status, "status"),
        Objects.requireNonNull(rule, "rule"),
        ImmutableList.copyOf(Objects.requireNonNull(reasons, "reasons")));
  }

  /**
   * The status.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract CsfStatus status();

  /**
   * The rule that set the status: a rule of the CSF table (CSF-1 to CSF-5), or CSF-7 for a relapse
   * after a confirmed clearance.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract RuleId rule();

  /**
   * Why the sample has its status: the reason of {@link #rule()}, last, with the samples' results
   * and volumes, e.g. of kind {@link org.rano.ReasonKind#CSF_CLEARED}, rendered "cytology POSITIVE
   * at baseline, NEGATIVE (8 mL) now: cleared (CSF-2)"; before it, when the baseline negative was
   * read as EQUIVOCAL (policy {@code csfInadequateBaselineNegative}), the reason of that reading
   * (CSF-1).
   *
   * @return the reasons, one or two, not null
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();
}
