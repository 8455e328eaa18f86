package org.rano.imaging;

/** The status of a non-target lesion at a visit (IMG-13). */
public enum NonTargetStatus {
  /** No longer seen. */
  ABSENT,
  /** Still seen; blocks CR (IMG-7). */
  PRESENT,
  /** Unequivocally worse: PD in every situation (IMG-13). Not allowed at baseline. */
  UNEQUIVOCAL_PROGRESSION,
  /** Not evaluable; blocks CR (IMG-7). */
  NE
}
