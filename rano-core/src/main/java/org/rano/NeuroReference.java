package org.rano;

/**
 * The level each domain of a follow-up is compared with (criteria policy {@code neuroReference},
 * NEURO-7).
 */
public enum NeuroReference {
  /** The default: the baseline level. */
  BASELINE,
  /** The lowest level of the domain at baseline or any earlier follow-up. */
  BEST_SO_FAR
}
