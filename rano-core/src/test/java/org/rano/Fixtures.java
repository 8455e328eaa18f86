package org.rano;

import org.rano.csf.CsfSample;
import org.rano.imaging.Site;
import org.rano.response.Visit;

/** Named fixtures shared by the tests: the building blocks of typical cases. */
public final class Fixtures {
  private Fixtures() {}

  /** Baseline date of the fixtures. */
  public static final String BASELINE_DATE = "2026-01-05";

  /**
   * A baseline with a normal exam, positive cytology, two target lesions scored 2 (composite 4)
   * and steroids 4 mg/day.
   *
   * @return the visit builder, to add more before building
   */
  public static Visit.Builder twoLesionBaseline() {
    return Visit.on(BASELINE_DATE)
        .neuro(org.rano.neuro.NeuroExam.normal())
        .csf(CsfSample.positive())
        .target("T1", Site.BRAIN_NODULE, 2)
        .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 2)
        .steroids(4);
  }
}
