package org.rano;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rano.csf.CsfFinding;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;

/**
 * The CSF component over a case's follow-ups: each follow-up's status from the table (CSF-1 to
 * CSF-5), the confirmation of a clearance (CSF-6) and a relapse after a confirmed clearance
 * (CSF-7), read in one pass in date order.
 *
 * <p>With a POSITIVE baseline a clearance starts at the first adequate NEGATIVE sample (CLEARED,
 * CSF-2). It is confirmed by a later adequate NEGATIVE sample at least {@code
 * csfClearanceConfirmationDays} after it; a POSITIVE or EQUIVOCAL sample before that voids it. Once
 * confirmed, it stays confirmed until a POSITIVE sample, which under {@code
 * csfRelapseAfterClearance = CONVERTED} is a relapse: {@link CsfStatus#CONVERTED} by CSF-7. An
 * EQUIVOCAL sample after the confirmation is PERSISTENT (CSF-3) and does not end it: only a relapse
 * does, after which a new clearance must be confirmed again. Samples not done, and negatives under
 * the adequacy volume (CSF-1), leave the state as it is.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CsfCourse {

  private final ImmutableList<CsfFinding> findings;
  private final ImmutableList<Reason> notes;

  private CsfCourse(ImmutableList<CsfFinding> findings, ImmutableList<Reason> notes) {
    this.findings = findings;
    this.notes = notes;
  }

  /**
   * Reads the CSF samples of a case's follow-ups against its baseline.
   *
   * @param baseline the baseline sample, or empty when none was taken; not null
   * @param followUps each follow-up's sample (empty when none was taken), in date order; not null
   * @param dates each follow-up's date, as many as samples, strictly increasing; not null
   * @param criteria the criteria, for the policies of the CSF table (CSF-1 to CSF-5), {@code
   *     csfClearanceConfirmationDays} (CSF-6) and {@code csfRelapseAfterClearance} (CSF-7); not
   *     null
   * @return the course, not null
   * @throws IllegalArgumentException if the lists differ in size
   */
  public static CsfCourse of(
      Optional<CsfSample> baseline,
      List<Optional<CsfSample>> followUps,
      List<LocalDate> dates,
      Criteria criteria) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(followUps, "followUps");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(criteria, "criteria");
    if (followUps.size() != dates.size()) {
      throw new IllegalArgumentException(
          "one date per follow-up sample: "
              + followUps.size()
              + " samples, "
              + dates.size()
              + " dates");
    }
    return new Reader(baseline, dates, criteria).read(followUps);
  }

  /**
   * Obtains each follow-up's CSF finding, in the order of the follow-ups.
   *
   * @return the findings, not null
   */
  public ImmutableList<CsfFinding> findings() {
    return findings;
  }

  /**
   * Obtains the notes on clearances: each one confirmed (CSF-6) or not, in date order, as reasons
   * of kind {@link ReasonKind#CSF_CLEARANCE_CONFIRMED}, {@link ReasonKind#CSF_CLEARANCE_VOIDED} or
   * {@link ReasonKind#CSF_CLEARANCE_NOT_CONFIRMED} with the dates. They inform and change no time
   * point's response (CSF-6); a relapse is reported in the finding of its follow-up (CSF-7).
   *
   * @return the notes, not null
   */
  public ImmutableList<Reason> notes() {
    return notes;
  }

  /** The one pass over the follow-ups; holds the clearance state between them. */
  private static final class Reader {
    private final Optional<CsfSample> baseline;
    private final List<LocalDate> dates;
    private final Criteria criteria;
    private final ImmutableList.Builder<Reason> notes = ImmutableList.builder();

    /** The follow-up whose sample started the current clearance, or -1. */
    private int clearing = -1;

    /** The follow-up whose sample confirmed the current clearance, or -1. */
    private int confirming = -1;

    Reader(Optional<CsfSample> baseline, List<LocalDate> dates, Criteria criteria) {
      this.baseline = baseline;
      this.dates = dates;
      this.criteria = criteria;
    }

    CsfCourse read(List<Optional<CsfSample>> samples) {
      ImmutableList.Builder<CsfFinding> findings =
          ImmutableList.builderWithExpectedSize(samples.size());
      for (int i = 0; i < samples.size(); i++) {
        findings.add(next(i, samples.get(i)));
      }
      if (clearing >= 0 && confirming < 0) {
        notes.add(
            Reason.builder(ReasonKind.CSF_CLEARANCE_NOT_CONFIRMED)
                .with(Fact.CLEARANCE_DATE, dates.get(clearing))
                .with(Fact.MINIMUM_DAYS, criteria.csfClearanceConfirmationDays())
                .build());
      }
      return new CsfCourse(findings.build(), notes.build());
    }

    private CsfFinding next(int i, Optional<CsfSample> sample) {
      CsfFinding table = CsfRules.assess(baseline, sample, criteria);
      if (sample.isEmpty() || !sample.get().isDone()) {
        return table;
      }
      CsfResult result = sample.get().result();
      if (result == CsfResult.POSITIVE && confirming >= 0) {
        return relapse(sample.get(), table);
      }
      if (result == CsfResult.POSITIVE || result == CsfResult.EQUIVOCAL) {
        if (clearing >= 0 && confirming < 0) {
          notes.add(
              Reason.builder(ReasonKind.CSF_CLEARANCE_VOIDED)
                  .with(Fact.CLEARANCE_DATE, dates.get(clearing))
                  .with(Fact.CYTOLOGY, result)
                  .with(Fact.DATE, dates.get(i))
                  .build());
          clearing = -1;
        }
        return table;
      }
      if (clearing < 0 && table.status() == CsfStatus.CLEARED) {
        clearing = i;
      } else if (clearing >= 0
          && confirming < 0
          && sample.get().isAdequateNegative(criteria.csfMinimumVolumeMl())
          && ChronoUnit.DAYS.between(dates.get(clearing), dates.get(i))
              >= criteria.csfClearanceConfirmationDays()) {
        confirming = i;
        notes.add(
            Reason.builder(ReasonKind.CSF_CLEARANCE_CONFIRMED)
                .with(Fact.CLEARANCE_DATE, dates.get(clearing))
                .with(Fact.CONFIRMATION_DATE, dates.get(i))
                .build());
      }
      return table;
    }

    /** CSF-7: a POSITIVE sample after the confirmed clearance; ends the confirmed state. */
    private CsfFinding relapse(CsfSample sample, CsfFinding table) {
      LocalDate cleared = dates.get(clearing);
      LocalDate confirmed = dates.get(confirming);
      clearing = -1;
      confirming = -1;
      if (criteria.csfRelapseAfterClearance() == CsfRelapseAfterClearance.PERSISTENT) {
        return table;
      }
      return CsfFinding.of(
          CsfStatus.CONVERTED,
          RuleId.CSF_7,
          CsfRules.samples(ReasonKind.CSF_RELAPSE, baseline.orElseThrow(), sample)
              .with(Fact.CLEARANCE_DATE, cleared)
              .with(Fact.CONFIRMATION_DATE, confirmed)
              .build());
    }
  }
}
