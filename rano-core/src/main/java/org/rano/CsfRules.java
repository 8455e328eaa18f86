package org.rano;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.rano.csf.CsfFinding;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;

/**
 * The CSF table of the specification (CSF-1 to CSF-5): the status of a follow-up from the baseline
 * result and the follow-up result, with the table's policies of section 11 ({@code
 * csfMinimumVolumeMl}, {@code csfInadequateBaselineNegative}, {@code csfEquivocalThenPositive}).
 * Conversion (CSF-4) being progression is decided by the overall response under {@code
 * csfConversionIsProgression}; a relapse after a confirmed clearance (CSF-7) by {@link CsfCourse}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class CsfRules {
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
  public static CsfFinding assess(
      Optional<CsfSample> baseline, Optional<CsfSample> followUp, Criteria criteria) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUp, "followUp");
    Objects.requireNonNull(criteria, "criteria");
    if (baseline.isEmpty() || !baseline.get().isDone()) {
      return CsfFinding.of(
          CsfStatus.NE, RuleId.CSF_5, Reason.of(ReasonKind.CSF_NO_BASELINE_SAMPLE));
    }
    if (followUp.isEmpty() || !followUp.get().isDone()) {
      return CsfFinding.of(CsfStatus.NE, RuleId.CSF_5, Reason.of(ReasonKind.CSF_NOT_DONE));
    }
    CsfSample before = baseline.get();
    CsfSample now = followUp.get();
    if (now.isInadequateNegative(criteria.csfMinimumVolumeMl())) {
      return CsfFinding.of(
          CsfStatus.INADEQUATE,
          RuleId.CSF_1,
          samples(ReasonKind.CSF_INADEQUATE, before, now)
              .with(Fact.MINIMUM_VOLUME_ML, criteria.csfMinimumVolumeMl())
              .build());
    }
    CsfResult row = before.result();
    Optional<Reason> readAs = Optional.empty();
    if (row == CsfResult.NEGATIVE
        && before.isInadequateNegative(criteria.csfMinimumVolumeMl())
        && criteria.csfInadequateBaselineNegative() == CsfInadequateBaselineNegative.EQUIVOCAL) {
      row = CsfResult.EQUIVOCAL;
      readAs =
          Optional.of(
              Reason.builder(ReasonKind.CSF_BASELINE_READ_AS_EQUIVOCAL)
                  .with(Fact.BASELINE_VOLUME_ML, before.volumeMl().orElseThrow())
                  .with(Fact.MINIMUM_VOLUME_ML, criteria.csfMinimumVolumeMl())
                  .build());
    }
    boolean positiveBefore = row == CsfResult.POSITIVE;
    Table table = new Table(readAs, before, now);
    return switch (now.result()) {
      case POSITIVE -> {
        if (positiveBefore) {
          yield table.finding(CsfStatus.PERSISTENT, ReasonKind.CSF_PERSISTENT);
        }
        if (row == CsfResult.EQUIVOCAL
            && criteria.csfEquivocalThenPositive() == CsfEquivocalThenPositive.PERSISTENT) {
          yield table.finding(CsfStatus.PERSISTENT, ReasonKind.CSF_CONFIRMS_SUSPECTED);
        }
        yield table.finding(CsfStatus.CONVERTED, ReasonKind.CSF_CONVERTED);
      }
      case EQUIVOCAL ->
          positiveBefore
              ? table.finding(CsfStatus.PERSISTENT, ReasonKind.CSF_PERSISTENT)
              : table.finding(CsfStatus.EQUIVOCAL, ReasonKind.CSF_EQUIVOCAL);
      case NEGATIVE ->
          positiveBefore
              ? table.finding(CsfStatus.CLEARED, ReasonKind.CSF_CLEARED)
              : table.finding(CsfStatus.NEGATIVE, ReasonKind.CSF_NEGATIVE);
      case NOT_DONE -> throw new IllegalStateException("bug: unhandled CSF result " + now.result());
    };
  }

  /** A cell of the table: its status and rule, with the samples and the baseline's reading. */
  private record Table(Optional<Reason> readAs, CsfSample before, CsfSample now) {
    CsfFinding finding(CsfStatus status, ReasonKind kind) {
      ImmutableList.Builder<Reason> reasons = ImmutableList.builderWithExpectedSize(2);
      readAs.ifPresent(reasons::add);
      reasons.add(samples(kind, before, now).build());
      return CsfFinding.of(status, kind.rule(), reasons.build());
    }
  }

  /**
   * A reason about the two samples: each one's result and, when given, its volume.
   *
   * @param kind the kind
   * @param baseline the baseline sample
   * @param followUp the follow-up sample
   * @return the builder, for the kind's other facts
   */
  static Reason.Builder samples(ReasonKind kind, CsfSample baseline, CsfSample followUp) {
    Reason.Builder reason =
        Reason.builder(kind)
            .with(Fact.BASELINE_CYTOLOGY, baseline.result())
            .with(Fact.CYTOLOGY, followUp.result());
    baseline.volumeMl().ifPresent(volume -> reason.with(Fact.BASELINE_VOLUME_ML, volume));
    followUp.volumeMl().ifPresent(volume -> reason.with(Fact.VOLUME_ML, volume));
    return reason;
  }
}
