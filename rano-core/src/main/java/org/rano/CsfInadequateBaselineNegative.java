package org.rano;

/**
 * How a NEGATIVE baseline sample below the adequacy volume is read (criteria policy {@code
 * csfInadequateBaselineNegative}, CSF-1, specification section 11).
 */
public enum CsfInadequateBaselineNegative {
  /** The default: as a negative baseline (the NEGATIVE row of the CSF table). */
  NEGATIVE,
  /** As the EQUIVOCAL row: an uninformative sample is no negative reference. */
  EQUIVOCAL
}
