package org.rano;

/**
 * The composite score that imaging progression is judged against (criteria policy {@code
 * imagingProgressionReference}, IMG-12). Response is always judged against baseline.
 */
public enum ImagingProgressionReference {
  /** The default, as the source review states it: the baseline composite. */
  BASELINE,
  /**
   * The lowest complete composite at baseline or any earlier follow-up (the RANO-BM convention); a
   * nadir of 0 makes any composite above 0 progression.
   */
  NADIR
}
