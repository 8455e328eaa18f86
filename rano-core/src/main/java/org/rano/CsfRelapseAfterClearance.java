package org.rano;

/**
 * What a positive CSF sample after a confirmed clearance is, when the baseline cytology was
 * positive (criteria policy {@code csfRelapseAfterClearance}, CSF-7).
 */
public enum CsfRelapseAfterClearance {
  /**
   * The default: a relapse, {@code CONVERTED} by CSF-7 and so progression under {@code
   * csfConversionIsProgression} (Chamberlain's 1998 cytological criteria; RECIST's reappearance
   * after a complete response).
   */
  CONVERTED,
  /**
   * The table of CSF-2 to CSF-5 unchanged: positive against a positive baseline persists (CSF-3).
   */
  PERSISTENT
}
