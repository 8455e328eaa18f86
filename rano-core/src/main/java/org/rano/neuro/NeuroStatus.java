package org.rano.neuro;

/** The result of the neurological component at a follow-up (spec section 2.2). */
public enum NeuroStatus {
  /** Improved under the policy {@code neuroImprovement} (NEURO-5); never a response on its own. */
  IMPROVED,
  /** Neither progression nor improvement (NEURO-3). */
  STABLE,
  /** Neurological progression (NEURO-1, NEURO-2). */
  PROGRESSION,
  /** Not evaluable (NEURO-6, NEURO-8). */
  NE
}
