package org.rano.imaging;

import org.rano.ImagingProfile;

/**
 * The MRI scorecard of one visit, in one of the two profiles of spec section 4: the 2017 scorecard
 * of target, non-target and new lesions ({@link Imaging}), or the revised 2019 scorecard of five
 * rated items ({@link Lano2019Imaging}, section 4.4). A visit holds at most one scorecard, and a
 * case uses one profile throughout.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Scorecard permits Imaging, Lano2019Imaging {

  /**
   * The profile this scorecard is written in; the criteria's {@code imaging} policy must select it.
   *
   * @return the profile, not null
   */
  ImagingProfile profile();

  /**
   * The case-format field where this scorecard begins in a visit: {@code targets} for the 2017
   * scorecard, {@code lano2019} for the 2019 one. Errors about the scorecard as a whole name it.
   *
   * @return the field name, not null
   */
  String field();
}
