package org.rano.imaging;

/**
 * An item of the revised 2019 MRI scorecard [LR2019] (spec section 4.4). Cranial nerve enhancement
 * is not an item.
 */
public enum Lano2019Item {
  /** Brain nodules; up to the three largest measurable nodules are recorded. */
  BRAIN_NODULES("brainNodules", true),
  /** Linear leptomeningeal enhancement of the brain. */
  BRAIN_LINEAR("brainLinear", false),
  /** Hydrocephalus. */
  HYDROCEPHALUS("hydrocephalus", false),
  /** Spine nodules; up to the three largest measurable nodules are recorded. */
  SPINE_NODULES("spineNodules", true),
  /** Linear leptomeningeal enhancement of the spine. */
  SPINE_LINEAR("spineLinear", false);

  private final String key;
  private final boolean nodular;

  Lano2019Item(String key, boolean nodular) {
    this.key = key;
    this.nodular = nodular;
  }

  /**
   * The key of the item in the case format, e.g. {@code brainNodules}.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Tells whether the item records nodules with their diameters.
   *
   * @return true for brain and spine nodules
   */
  public boolean isNodular() {
    return nodular;
  }
}
