package org.rano.csf;

/** The result of CSF cytology as reported by the laboratory [EANO2023]. */
public enum CsfResult {
  /** Tumour cells found. */
  POSITIVE,
  /** Suspicious or atypical cells. */
  EQUIVOCAL,
  /** No tumour cells. */
  NEGATIVE,
  /** No sample examined; the same as leaving the CSF component out. */
  NOT_DONE
}
