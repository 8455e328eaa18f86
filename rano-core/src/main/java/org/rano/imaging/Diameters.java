package org.rano.imaging;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.rano.InvalidInputException;
import org.rano.MeasurableNodule;
import org.rano.internal.Checks;

/**
 * The two orthogonal diameters of a nodule in mm, long and short (IMG-4). Their product, summed
 * over measurable target nodules (SPD), is reported beside the composite and never changes it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Diameters {

  Diameters() {}

  /**
   * Obtains diameters.
   *
   * @param longMm the longest diameter in mm, finite, above 0 and at most 1,000,000
   * @param shortMm the orthogonal diameter in mm, finite, above 0 and at most {@code longMm}
   * @return the diameters, not null
   * @throws InvalidInputException with path {@code diametersMm[0]} or {@code diametersMm[1]} for a
   *     value that is not a positive finite number, is above 1,000,000 mm or has more than 100
   *     digits after the decimal point (e.g. 1e-300), {@code diametersMm} when long &lt; short
   */
  public static Diameters of(double longMm, double shortMm) {
    return of(Checks.finite("diametersMm[0]", longMm), Checks.finite("diametersMm[1]", shortMm));
  }

  /**
   * Obtains diameters from exact decimals.
   *
   * <p>Each diameter is bounded before anything else is done with it: at most 100 digits after the
   * decimal point as given ({@code scale() <= 100}, trailing zeros included) and at most 1,000,000
   * mm, so that no input can exhaust memory and {@link #product()} is always exact.
   *
   * @param longMm the longest diameter in mm, above 0 and at most 1,000,000, with at most 100
   *     digits after the decimal point, not null
   * @param shortMm the orthogonal diameter in mm, above 0 and at most {@code longMm}, with at most
   *     100 digits after the decimal point, not null
   * @return the diameters, not null
   * @throws InvalidInputException with path {@code diametersMm[0]} or {@code diametersMm[1]} for a
   *     value with more than 100 digits after the decimal point, above 1,000,000 mm or not
   *     positive, {@code diametersMm} when long &lt; short
   */
  public static Diameters of(BigDecimal longMm, BigDecimal shortMm) {
    Checks.bounded("diametersMm[0]", Objects.requireNonNull(longMm, "longMm"), "mm");
    Checks.bounded("diametersMm[1]", Objects.requireNonNull(shortMm, "shortMm"), "mm");
    Checks.positive("diametersMm[0]", longMm, "mm");
    Checks.positive("diametersMm[1]", shortMm, "mm");
    if (longMm.compareTo(shortMm) < 0) {
      throw InvalidInputException.of(
          "diametersMm",
          "[" + longMm.toPlainString() + ", " + shortMm.toPlainString() + "]",
          "the long diameter "
              + longMm.toPlainString()
              + " mm is below the short one "
              + shortMm.toPlainString()
              + " mm; allowed: [long, short] with long >= short");
    }
    return new ImmutableDiameters.Builder()
        .longMm(longMm.stripTrailingZeros())
        .shortMm(shortMm.stripTrailingZeros())
        .build();
  }

  /**
   * The longest diameter in mm.
   *
   * @return the diameter, above 0, not null
   */
  public abstract BigDecimal longMm();

  /**
   * The diameter orthogonal to the longest, in mm.
   *
   * @return the diameter, above 0 and at most {@link #longMm()}, not null
   */
  public abstract BigDecimal shortMm();

  /**
   * The product of the two diameters in mm², computed exactly; it never throws, as each diameter is
   * bounded (at most 1,000,000 mm, at most 100 decimals).
   *
   * @return the product, above 0 and at most 10^12, not null
   */
  public BigDecimal product() {
    return longMm().multiply(shortMm());
  }

  /**
   * Tells whether a nodule of these diameters is measurable under a threshold (IMG-4).
   *
   * @param threshold the threshold in force, not null
   * @return true when measurable
   */
  public boolean isMeasurable(MeasurableNodule threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return threshold.isMeasurable(longMm(), shortMm());
  }

  @Override
  public String toString() {
    return longMm().toPlainString() + " x " + shortMm().toPlainString() + " mm";
  }
}
