package org.rano;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The date of progression (TIME-5): the first PD time point, or the first visit of a run of
 * equivocal new lesions that a later visit confirmed (IMG-5).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Progression {

  Progression() {}

  static Progression of(LocalDate date, int daysFromBaseline, boolean backdated) {
    return new ImmutableProgression.Builder()
        .date(date)
        .daysFromBaseline(daysFromBaseline)
        .backdated(backdated)
        .build();
  }

  /**
   * The progression date.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Days from baseline to progression.
   *
   * @return the days, 0 or more
   */
  public abstract int daysFromBaseline();

  /**
   * Whether the date was moved back to the first sighting of an equivocal new lesion (IMG-5).
   *
   * @return true when back-dated
   */
  public abstract boolean backdated();
}
