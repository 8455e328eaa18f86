package org.rano.csf;

import org.immutables.value.Value;
import org.rano.RuleId;

/**
 * The CSF component of one follow-up: its status, the rule that set it and a readable reason.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CsfFinding {

  CsfFinding() {}

  static CsfFinding of(CsfStatus status, RuleId rule, String reason) {
    return ImmutableCsfFinding.of(status, rule, reason);
  }

  /**
   * The status.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract CsfStatus status();

  /**
   * The rule of the CSF table that set the status (CSF-1 to CSF-5).
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract RuleId rule();

  /**
   * A readable reason, e.g. "cytology POSITIVE at baseline, NEGATIVE (8 mL) now: cleared
   * (CSF-2)".
   *
   * @return the reason, not null
   */
  @Value.Parameter
  public abstract String reason();
}
