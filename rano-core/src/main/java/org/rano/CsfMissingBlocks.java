package org.rano;

/**
 * What CSF that is not evaluable (NE or INADEQUATE) does to a visit when the baseline cytology was
 * positive (criteria policy {@code csfMissingBlocks}, OVR-2, specification section 11).
 */
public enum CsfMissingBlocks {
  /** The default: the visit is NE (OVR-2). */
  ALL,
  /**
   * It only rules out CR: the visit is at best PR, as RECIST treats a non-target site that was not
   * evaluated; for protocols that repeat the lumbar puncture only every few cycles.
   */
  CR_ONLY
}
