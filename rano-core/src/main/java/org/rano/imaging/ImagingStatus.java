package org.rano.imaging;

/** The radiological result of a follow-up (spec section 4.3). */
public enum ImagingStatus {
  /** Complete response (IMG-7, LANO-3). */
  CR,
  /** Partial response (IMG-8, LANO-4). */
  PR,
  /** Stable disease (IMG-9, LANO-5). */
  SD,
  /** Progressive disease (IMG-5, IMG-6, IMG-10, IMG-13, LANO-1). */
  PD,
  /** Not evaluable (IMG-10, IMG-14, LANO-2). */
  NE,
  /** No target disease at baseline and no progression (IMG-11). */
  NOT_APPLICABLE
}
