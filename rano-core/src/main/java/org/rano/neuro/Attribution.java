package org.rano.neuro;

/**
 * A non-LM cause that a neurological finding is attributed to (NEURO-4). A worsening so attributed
 * does not count towards progression.
 */
public enum Attribution {
  /** Parenchymal brain metastases. */
  BRAIN_METASTASES,
  /** Progression of the systemic cancer. */
  SYSTEMIC_PROGRESSION,
  /** Toxicity of treatment. */
  TREATMENT_TOXICITY,
  /** Another non-LM cause, described in the note. */
  OTHER
}
