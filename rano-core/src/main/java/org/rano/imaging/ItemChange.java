package org.rano.imaging;

/** How an item of the 2019 scorecard changed since the reference, rated at follow-ups. */
public enum ItemChange {
  /** Better than at the reference. */
  IMPROVED,
  /** No change. */
  NO_CHANGE,
  /** Worse than at the reference: PD (LANO-1). */
  WORSE,
  /** Not evaluable (LANO-2). */
  NE
}
