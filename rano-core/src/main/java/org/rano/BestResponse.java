package org.rano;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A best overall response (TIME-4): the response, the date of the time point that gave it, and the
 * reasons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BestResponse {

  BestResponse() {}

  static BestResponse of(
      Response response, Optional<LocalDate> date, ImmutableList<Reason> reasons) {
    return new ImmutableBestResponse.Builder()
        .response(response)
        .date(date)
        .reasons(reasons)
        .build();
  }

  /**
   * The best overall response.
   *
   * @return the response, not null
   */
  public abstract Response response();

  /**
   * The date of the time point that gave it (the earliest on ties).
   *
   * @return the date, or empty when there was no time point
   */
  public abstract Optional<LocalDate> date();

  /**
   * Why: how the time point that gave the response counted (TIME-2 confirmed or not, TIME-3 too
   * early for SD), if that changed or confirmed it, then which time points were compared (TIME-4,
   * up to the first PD by TIME-6); or, when no time point supports the response, the reason of kind
   * {@link org.rano.ReasonKind#TIME_NO_FOLLOW_UP}.
   *
   * @return the reasons, at least one, not null
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * The reasons in English, joined by {@code "; "}, e.g. {@code PR confirmed by a later visit
   * (TIME-2); best of all time points (TIME-4)}, or {@code no follow-up assessment}: the {@code
   * reason} of the case format's result when the response has no date.
   *
   * @return the text, not null
   */
  public String reason() {
    return String.join("; ", Reason.texts(reasons()));
  }
}
