package org.rano.diagnosis;

/** The EANO-ESMO type of leptomeningeal metastasis (DX-2). */
public enum LmType {
  /** Tumour cells in the CSF: positive cytology. */
  I,
  /** Cytology not positive. */
  II
}
