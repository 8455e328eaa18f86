package org.rano;

/** The imaging scorecard a case is read with (criteria policy {@code imaging}). */
public enum ImagingProfile {
  /** The 2017 RANO-LM scorecard: target lesions scored 0-3 and their composite (IMG-1..14). */
  RANO_LM_2017,
  /** The revised 2019 scorecard of five items rated present, absent or NE (LANO-1..5). */
  LANO_2019
}
