package org.rano;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assessment of a whole case (spec section 7): every time point, the unconfirmed and the
 * confirmed best overall response, the progression date, warnings, notes and the criteria in force.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseAssessment {

  CaseAssessment() {}

  static ImmutableCaseAssessment.Builder builder() {
    return new ImmutableCaseAssessment.Builder();
  }

  /**
   * The case id.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> id();

  /**
   * The time points in date order.
   *
   * @return the time points, possibly empty, not null
   */
  public abstract ImmutableList<TimePoint> timePoints();

  /**
   * The best overall response without confirmation (TIME-4): CR and PR count as they are, SD needs
   * the TIME-3 window.
   *
   * @return the best response, not null
   */
  public abstract BestResponse bestOverallResponse();

  /**
   * The best overall response with confirmation (TIME-4): CR and PR count only when confirmed
   * (TIME-2); unconfirmed ones count as SD under TIME-3.
   *
   * @return the best response, not null
   */
  public abstract BestResponse confirmedBestOverallResponse();

  /**
   * The progression date (TIME-5).
   *
   * @return the progression, or empty when there was none
   */
  public abstract Optional<Progression> progression();

  /**
   * Warnings, as reasons with their dates: a PR after a CR (TIME-7), an equivocal new lesion
   * awaiting confirmation or not confirmed (IMG-5).
   *
   * @return the warnings, not null
   */
  public abstract ImmutableList<Reason> warnings();

  /**
   * Information that does not change any response, as reasons with their dates: whether each CSF
   * clearance was confirmed (CSF-6).
   *
   * @return the notes, not null
   */
  public abstract ImmutableList<Reason> notes();

  /**
   * The criteria the case was scored under.
   *
   * @return the criteria, not null
   */
  public abstract Criteria criteria();
}
