package org.rano.csf;

import java.util.Optional;
import java.util.Objects;
import org.rano.RuleId;

/**
 * The CSF table of the specification (CSF-1 to CSF-5): the status of a follow-up from the
 * baseline result and the follow-up result. Conversion (CSF-4) being progression is decided by
 * the overall response under {@code csfConversionIsProgression}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsfRules {
  private CsfRules() {}

  /**
   * Obtains the CSF status of a follow-up.
   *
   * @param baseline the baseline sample, or empty when none was taken
   * @param followUp the follow-up sample, or empty when none was taken
   * @return the finding, not null
   */
  public static CsfFinding assess(Optional<CsfSample> baseline, Optional<CsfSample> followUp) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUp, "followUp");
    if (baseline.isEmpty() || !baseline.get().isDone()) {
      return CsfFinding.of(CsfStatus.NE, RuleId.CSF_5,
          "no CSF cytology at baseline: not evaluable (CSF-5)");
    }
    if (followUp.isEmpty() || !followUp.get().isDone()) {
      return CsfFinding.of(CsfStatus.NE, RuleId.CSF_5,
          "no CSF cytology at this visit: not evaluable (CSF-5)");
    }
    CsfSample before = baseline.get();
    CsfSample now = followUp.get();
    String seen = "cytology " + before + " at baseline, " + now + " now: ";
    if (now.isInadequateNegative()) {
      return CsfFinding.of(CsfStatus.INADEQUATE, RuleId.CSF_1,
          seen + "negative from less than 5 mL is inadequate (CSF-1)");
    }
    boolean positiveBefore = before.result() == CsfResult.POSITIVE;
    switch (now.result()) {
      case POSITIVE:
        return positiveBefore
            ? CsfFinding.of(CsfStatus.PERSISTENT, RuleId.CSF_3, seen + "persistent (CSF-3)")
            : CsfFinding.of(CsfStatus.CONVERTED, RuleId.CSF_4, seen + "converted (CSF-4)");
      case EQUIVOCAL:
        return positiveBefore
            ? CsfFinding.of(CsfStatus.PERSISTENT, RuleId.CSF_3, seen + "persistent (CSF-3)")
            : CsfFinding.of(CsfStatus.EQUIVOCAL, RuleId.CSF_5, seen + "equivocal (CSF-5)");
      case NEGATIVE:
        return positiveBefore
            ? CsfFinding.of(CsfStatus.CLEARED, RuleId.CSF_2, seen + "cleared (CSF-2)")
            : CsfFinding.of(CsfStatus.NEGATIVE, RuleId.CSF_5, seen + "negative (CSF-5)");
      case NOT_DONE:
        break;
    }
    throw new IllegalStateException("bug: unhandled CSF result " + now.result());
  }
}
