package org.rano.imaging;

/** Where a leptomeningeal lesion is seen on MRI (spec section 4.1). */
public enum Site {
  /** A subarachnoid or ventricular nodule in the brain. */
  BRAIN_NODULE(true),
  /** A nodule in the spinal leptomeninges. */
  SPINE_NODULE(true),
  /** Linear leptomeningeal enhancement in the brain. */
  BRAIN_LEPTOMENINGEAL_ENHANCEMENT(false),
  /** Linear leptomeningeal enhancement in the spine. */
  SPINE_LEPTOMENINGEAL_ENHANCEMENT(false),
  /** Enhancement of cranial nerves. */
  CRANIAL_NERVE_ENHANCEMENT(false),
  /** Enhancement of spinal nerve roots, including the cauda equina. */
  SPINAL_NERVE_ROOT_ENHANCEMENT(false),
  /** Hydrocephalus. */
  HYDROCEPHALUS(false);

  private final boolean nodule;

  Site(boolean nodule) {
    this.nodule = nodule;
  }

  /**
   * Tells whether lesions at this site are nodules, the only ones whose diameters make them
   * measurable (IMG-4).
   *
   * @return true for brain and spine nodules
   */
  public boolean isNodule() {
    return nodule;
  }
}
