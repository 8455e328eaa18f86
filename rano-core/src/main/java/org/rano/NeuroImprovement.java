package org.rano;

/**
 * When a neurological exam counts as improved (criteria policy {@code neuroImprovement}, NEURO-5).
 */
public enum NeuroImprovement {
  /**
   * The default: improvement mirrors progression, so a domain better by 2 or more levels, or down
   * from its highest level, makes the exam IMPROVED when no domain progressed.
   */
  SYMMETRIC,
  /** The exam is never IMPROVED, only STABLE, PROGRESSION or NE. */
  NONE
}
