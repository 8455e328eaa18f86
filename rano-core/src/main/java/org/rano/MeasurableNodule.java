package org.rano;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The size from which a nodule counts as measurable (criteria policy {@code measurableNodule},
 * IMG-4), by its two orthogonal diameters, long and short.
 */
public enum MeasurableNodule {
  /** The default, as the source review states it: long above 10 mm and short above 5 mm. */
  GT_10X5(10, 5, true),
  /** Long at least 10 mm and short at least 5 mm. */
  GE_10X5(10, 5, false),
  /** Both above 5 mm (LR2019, EANO2023). */
  GT_5X5(5, 5, true),
  /** Both at least 5 mm. */
  GE_5X5(5, 5, false);

  private final BigDecimal longMm;
  private final BigDecimal shortMm;
  private final boolean strict;

  MeasurableNodule(int longMm, int shortMm, boolean strict) {
    this.longMm = BigDecimal.valueOf(longMm);
    this.shortMm = BigDecimal.valueOf(shortMm);
    this.strict = strict;
  }

  /**
   * Tells whether a nodule of these diameters is measurable, compared exactly.
   *
   * @param longDiameterMm the longest diameter in mm, not null
   * @param shortDiameterMm the orthogonal diameter in mm, not null
   * @return true when both diameters pass this threshold
   */
  public boolean isMeasurable(BigDecimal longDiameterMm, BigDecimal shortDiameterMm) {
    Objects.requireNonNull(longDiameterMm, "longDiameterMm");
    Objects.requireNonNull(shortDiameterMm, "shortDiameterMm");
    return passes(longDiameterMm, longMm) && passes(shortDiameterMm, shortMm);
  }

  private boolean passes(BigDecimal value, BigDecimal threshold) {
    int sign = value.compareTo(threshold);
    return strict ? sign > 0 : sign >= 0;
  }

  /**
   * Describes the threshold, e.g. {@code long > 10 mm and short > 5 mm}.
   *
   * @return the description, not null
   */
  public String describe() {
    String op = strict ? " > " : " >= ";
    return "long" + op + longMm + " mm and short" + op + shortMm + " mm";
  }
}
