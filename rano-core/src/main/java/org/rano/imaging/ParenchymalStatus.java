package org.rano.imaging;

/**
 * The state of parenchymal (brain or intramedullary) metastases, recorded beside the LM response
 * and never changing it (spec section 4.6).
 */
public enum ParenchymalStatus {
  /** No parenchymal metastases. */
  ABSENT,
  /** RANO-BM complete response. */
  CR,
  /** RANO-BM partial response. */
  PR,
  /** RANO-BM stable disease. */
  SD,
  /** RANO-BM progressive disease. */
  PD,
  /** Not evaluable. */
  NE
}
