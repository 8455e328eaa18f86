package org.rano.imaging;

/** Whether an item of the 2019 scorecard is seen (spec section 4.4): 1, 0 or NE. */
public enum ItemPresence {
  /** Seen (1). */
  PRESENT,
  /** Not seen (0). */
  ABSENT,
  /** Not evaluable. */
  NE
}
