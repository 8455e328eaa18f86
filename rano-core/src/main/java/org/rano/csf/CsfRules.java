package org.rano.csf;

import java.util.Objects;
import java.util.Optional;
import org.rano.Criteria;
import org.rano.CsfEquivocalThenPositive;
import org.rano.CsfInadequateBaselineNegative;
import org.rano.RuleId;

/**
 * The CSF table of the specification (CSF-1 to CSF-5): the status of a follow-up from the
 * baseline result and the follow-up result, with the table's policies of section 11 ({@code
 * csfMinimumVolumeMl}, {@code csfInadequateBaselineNegative}, {@code csfEquivocalThenPositive}).
 * Conversion (CSF-4) being progression is decided by the overall response under {@code
 * csfConversionIsProgression}; a relapse after a confirmed clearance (CSF-7) by {@link CsfCourse}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CsfRules {
  private CsfRules() {}

  /**
   * Obtains the CSF status of a follow-up under the default criteria.
   *
   * @param baseline the baseline sample, or empty when none was taken
   * @param followUp the follow-up sample, or empty when none was taken
   * @return the finding, not null
   */
  public static CsfFinding assess(Optional<CsfSample> baseline, Optional<CsfSample> followUp) {
    return assess(baseline, followUp, Criteria.defaults());
  }

  /**
   * Obtains the CSF status of a follow-up.
   *
   * @param baseline the baseline sample, or empty when none was taken
   * @param followUp the follow-up sample, or empty when none was taken
   * @param criteria the criteria, for the policies of the table; not null
   * @return the finding, not null
   */
  public static CsfFinding assess(Optional<CsfSample> baseline, Optional<CsfSample> followUp,
      Criteria criteria) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(criteria, "criteria");
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
    String minimum = criteria.csfMinimumVolumeMl().toPlainString();
    String seen = "cytology " + before + " at baseline, " + now + " now: ";
    if (now.isInadequateNegative(criteria.csfMinimumVolumeMl())) {
      return CsfFinding.of(CsfStatus.INADEQUATE, RuleId.CSF_1,
          seen + "negative from less than " + minimum + " mL is inadequate (CSF-1)");
    }
    CsfResult row = before.result();
    if (row == CsfResult.NEGATIVE && before.isInadequateNegative(criteria.csfMinimumVolumeMl())
        && criteria.csfInadequateBaselineNegative() == CsfInadequateBaselineNegative.EQUIVOCAL) {
      row = CsfResult.EQUIVOCAL;
      seen += "the baseline negative from less than " + minimum + " mL is read as EQUIVOCAL "
          + "(csfInadequateBaselineNegative, CSF-1); ";
    }
    boolean positiveBefore = row == CsfResult.POSITIVE;
    return switch (now.result()) {
      case POSITIVE -> {
        if (positiveBefore) {
          yield CsfFinding.of(CsfStatus.PERSISTENT, RuleId.CSF_3, seen + "persistent (CSF-3)");
        }
        if (row == CsfResult.EQUIVOCAL
            && criteria.csfEquivocalThenPositive() == CsfEquivocalThenPositive.PERSISTENT) {
          yield CsfFinding.of(CsfStatus.PERSISTENT, RuleId.CSF_4, seen + "confirms the disease "
              + "suspected at baseline: persistent, not a conversion (csfEquivocalThenPositive, "
              + "CSF-4)");
        }
        yield CsfFinding.of(CsfStatus.CONVERTED, RuleId.CSF_4, seen + "converted (CSF-4)");
      }
      case EQUIVOCAL -> positiveBefore
          ? CsfFinding.of(CsfStatus.PERSISTENT, RuleId.CSF_3, seen + "persistent (CSF-3)")
          : CsfFinding.of(CsfStatus.EQUIVOCAL, RuleId.CSF_5, seen + "equivocal (CSF-5)");
      case NEGATIVE -> positiveBefore
          ? CsfFinding.of(CsfStatus.CLEARED, RuleId.CSF_2, seen + "cleared (CSF-2)")
          : CsfFinding.of(CsfStatus.NEGATIVE, RuleId.CSF_5, seen + "negative (CSF-5)");
      case NOT_DONE -> throw new IllegalStateException("bug: unhandled CSF result " + now.result());
    };
  }
}
