package org.rano;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A response at a date, as one element of a {@link ResponseSequence}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DatedResponse {

  DatedResponse() {}

  /**
   * Obtains a dated response.
   *
   * @param date the date, not null
   * @param response the response, not null
   * @return the dated response, not null
   */
  public static DatedResponse of(LocalDate date, Response response) {
    return new ImmutableDatedResponse.Builder().date(date).response(response).build();
  }

  /**
   * The date of the time point.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * The response at that date.
   *
   * @return the response, not null
   */
  public abstract Response response();
}
