package org.rano.neuro;

/** What one domain did at a follow-up, compared with its reference (spec section 2.2). */
public enum DomainOutcome {
  /** Worse by 2 or more levels (NEURO-1) or up to the highest level (NEURO-2). */
  PROGRESSION,
  /** Better by 2 or more levels, or down from the highest level (NEURO-5). */
  IMPROVED,
  /** No change that a rule counts (NEURO-3). */
  STABLE,
  /** A worsening attributed to a non-LM cause, treated as unchanged (NEURO-4). */
  EXCLUDED,
  /** Not evaluable at this visit, though it had a reference (NEURO-6). */
  NE,
  /**
   * Not evaluable at baseline, so without a reference: left out of the exam at every follow-up and
   * reported; it does not make the exam NE (NEURO-8, revised 2026-11-30).
   */
  NO_REFERENCE
}
