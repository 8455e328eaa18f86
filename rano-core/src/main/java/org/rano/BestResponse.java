package org.rano;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A best overall response (TIME-4): the response, the date of the time point that gave it, and
 * why when there is none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BestResponse {

  BestResponse() {}

  static BestResponse of(Response response, Optional<LocalDate> date, String reason) {
    return new ImmutableBestResponse.Builder().response(response).date(date).reason(reason).build();
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
   * A readable reason, e.g. "PR on 2026-03-30, confirmed (TIME-2)" or "no follow-up
   * assessment".
   *
   * @return the reason, not null
   */
  public abstract String reason();
}
