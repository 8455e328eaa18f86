package org.rano;

/**
 * What a POSITIVE sample after an EQUIVOCAL baseline is (criteria policy {@code
 * csfEquivocalThenPositive}, CSF-4, specification section 11).
 */
public enum CsfEquivocalThenPositive {
  /** The default: a conversion (CSF-4), progression under {@code csfConversionIsProgression}. */
  CONVERTED,
  /** The confirmation of disease already suspected: PERSISTENT, which blocks CR and is not PD. */
  PERSISTENT
}
