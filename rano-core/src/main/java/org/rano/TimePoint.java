package org.rano;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One time point of a case's time course (spec section 7): its date and days from baseline, its
 * overall response, whether that response is confirmed (TIME-2), whether it lies after the first
 * progression (TIME-6), and, for raw assessments, the full visit assessment.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimePoint {

  TimePoint() {}

  static ImmutableTimePoint.Builder builder() {
    return new ImmutableTimePoint.Builder();
  }

  /**
   * The date of the time point.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Days from baseline (or the reference date).
   *
   * @return the days, 0 or more
   */
  public abstract int daysFromBaseline();

  /**
   * The overall response of the time point.
   *
   * @return the response, not null
   */
  public abstract Response overall();

  /**
   * Whether a CR or PR is confirmed by a later visit (TIME-2); false for other responses. Computed
   * for every time point, also after progression.
   *
   * @return true for a confirmed CR or PR
   */
  public abstract boolean confirmed();

  /**
   * Whether the time point lies after the first PD (TIME-6).
   *
   * @return true after progression
   */
  public abstract boolean afterProgression();

  /**
   * The assessment of the visit, for a case of raw assessments.
   *
   * @return the assessment, or empty for a response sequence
   */
  public abstract Optional<VisitAssessment> assessment();
}
