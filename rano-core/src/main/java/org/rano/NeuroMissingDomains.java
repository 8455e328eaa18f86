package org.rano;

/**
 * What a domain that is not evaluable does to the exam (criteria policy {@code
 * neuroMissingDomains}, NEURO-6).
 */
public enum NeuroMissingDomains {
  /** The default: without progression elsewhere, one NE domain makes the exam NE. */
  STRICT,
  /** The evaluable domains are judged on their own; the NE ones are flagged in the reasons. */
  EVALUABLE_ONLY
}
