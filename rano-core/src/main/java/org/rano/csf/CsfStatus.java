package org.rano.csf;

/**
 * The CSF status of a follow-up against baseline (the table of CSF-1 to CSF-5). What each allows:
 * CR needs {@link #CLEARED} or {@link #NEGATIVE}; PR is blocked only by {@link #CONVERTED}; {@link
 * #INADEQUATE} counts as {@link #NE} wherever NE matters (OVR-2).
 */
public enum CsfStatus {
  /** Positive at baseline, adequately negative now (CSF-2). */
  CLEARED,
  /** Positive at baseline, positive or equivocal now (CSF-3). */
  PERSISTENT,
  /** Not positive at baseline, positive now (CSF-4). */
  CONVERTED,
  /** Not positive at baseline, adequately negative now (CSF-5). */
  NEGATIVE,
  /** Not positive at baseline, equivocal now (CSF-5). */
  EQUIVOCAL,
  /** Negative from less than 5 mL (CSF-1). */
  INADEQUATE,
  /** Not evaluable: no sample now or at baseline (CSF-5). */
  NE;

  /**
   * Tells whether this status allows a complete response (OVR-3).
   *
   * @return true for CLEARED and NEGATIVE
   */
  public boolean allowsCompleteResponse() {
    return this == CLEARED || this == NEGATIVE;
  }

  /**
   * Tells whether this status counts as not evaluable (OVR-2).
   *
   * @return true for NE and INADEQUATE
   */
  public boolean isNotEvaluable() {
    return this == NE || this == INADEQUATE;
  }
}
