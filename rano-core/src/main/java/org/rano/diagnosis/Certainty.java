package org.rano.diagnosis;

/** The EANO-ESMO level of certainty of the LM diagnosis (DX-3). */
public enum Certainty {
  /** Positive cytology or a leptomeningeal biopsy showing tumour. */
  CONFIRMED,
  /** Typical clinical signs and a typical MRI (A, B or C), cytology not positive. */
  PROBABLE,
  /**
   * Typical clinical signs or a typical MRI, not both; or equivocal cytology with clinical signs
   * (policy for equivocal cells).
   */
  POSSIBLE,
  /** None of the above. */
  LACK_OF_EVIDENCE
}
