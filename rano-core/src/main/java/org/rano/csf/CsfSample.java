package org.rano.csf;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.rano.InvalidInputException;
import org.rano.internal.Checks;

/**
 * A CSF cytology sample: its result and, optionally, its volume in mL (CSF-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CsfSample {

  /** The smallest adequate volume of a negative sample, in mL (CSF-1, EANO2023). */
  public static final BigDecimal ADEQUATE_VOLUME_ML = BigDecimal.valueOf(5);

  CsfSample() {}

  /**
   * Obtains a sample without a volume (counted as adequate).
   *
   * @param result the result, not null
   * @return the sample, not null
   */
  public static CsfSample of(CsfResult result) {
    return new ImmutableCsfSample.Builder().result(result).build();
  }

  /**
   * Obtains a sample with its volume.
   *
   * @param result the result, not null
   * @param volumeMl the volume in mL, finite, 0 or more and at most 1,000,000
   * @return the sample, not null
   * @throws InvalidInputException with path {@code volumeMl} if the volume is negative, NaN,
   *     infinite, above 1,000,000 mL or has more than 100 digits after the decimal point
   */
  public static CsfSample of(CsfResult result, double volumeMl) {
    return of(result, Checks.finite("volumeMl", volumeMl));
  }

  /**
   * Obtains a sample with its volume as an exact decimal.
   *
   * <p>The volume is bounded before anything else is done with it: at most 100 digits after the
   * decimal point as given ({@code scale() <= 100}, trailing zeros included) and at most 1,000,000
   * mL.
   *
   * @param result the result, not null
   * @param volumeMl the volume in mL, 0 or more and at most 1,000,000, with at most 100 digits
   *     after the decimal point, not null
   * @return the sample, not null
   * @throws InvalidInputException with path {@code volumeMl} if the volume has more than 100 digits
   *     after the decimal point, is above 1,000,000 mL or is negative
   */
  public static CsfSample of(CsfResult result, BigDecimal volumeMl) {
    Checks.bounded("volumeMl", Objects.requireNonNull(volumeMl, "volumeMl"), "mL");
    Checks.notNegative("volumeMl", volumeMl, "mL");
    return new ImmutableCsfSample.Builder()
        .result(result)
        .volumeMl(volumeMl.stripTrailingZeros())
        .build();
  }

  /**
   * Obtains a positive sample without a volume.
   *
   * @return the sample, not null
   */
  public static CsfSample positive() {
    return of(CsfResult.POSITIVE);
  }

  /**
   * Obtains a negative sample without a volume (adequate).
   *
   * @return the sample, not null
   */
  public static CsfSample negative() {
    return of(CsfResult.NEGATIVE);
  }

  /**
   * Obtains a negative sample of a given volume.
   *
   * @param volumeMl the volume in mL, finite, 0 or more and at most 1,000,000
   * @return the sample, not null
   * @throws InvalidInputException with path {@code volumeMl} if the volume is negative, NaN,
   *     infinite, above 1,000,000 mL or has more than 100 digits after the decimal point
   */
  public static CsfSample negative(double volumeMl) {
    return of(CsfResult.NEGATIVE, volumeMl);
  }

  /**
   * The laboratory result.
   *
   * @return the result, not null
   */
  public abstract CsfResult result();

  /**
   * The volume examined, in mL.
   *
   * @return the volume, or empty when not given
   */
  public abstract Optional<BigDecimal> volumeMl();

  /**
   * Tells whether the sample is an inadequate negative under the default adequacy volume: negative
   * from less than 5 mL (CSF-1; exactly 5 mL is adequate; no volume given counts as adequate).
   *
   * @return true for a negative sample below 5 mL
   */
  public boolean isInadequateNegative() {
    return isInadequateNegative(ADEQUATE_VOLUME_ML);
  }

  /**
   * Tells whether the sample is an inadequate negative: negative from less than {@code minimumMl}
   * (CSF-1, policy {@code csfMinimumVolumeMl}; exactly the minimum is adequate; no volume given
   * counts as adequate).
   *
   * @param minimumMl the adequacy volume in mL, not null
   * @return true for a negative sample below the minimum
   */
  public boolean isInadequateNegative(BigDecimal minimumMl) {
    java.util.Objects.requireNonNull(minimumMl, "minimumMl");
    return result() == CsfResult.NEGATIVE
        && volumeMl().map(v -> v.compareTo(minimumMl) < 0).orElse(false);
  }

  /**
   * Tells whether the sample is an adequate negative under the default adequacy volume (CSF-1,
   * CSF-2).
   *
   * @return true for a negative sample of 5 mL or more, or without a volume
   */
  public boolean isAdequateNegative() {
    return isAdequateNegative(ADEQUATE_VOLUME_ML);
  }

  /**
   * Tells whether the sample is an adequate negative (CSF-1, CSF-2, policy {@code
   * csfMinimumVolumeMl}).
   *
   * @param minimumMl the adequacy volume in mL, not null
   * @return true for a negative sample of the minimum or more, or without a volume
   */
  public boolean isAdequateNegative(BigDecimal minimumMl) {
    return result() == CsfResult.NEGATIVE && !isInadequateNegative(minimumMl);
  }

  /**
   * Tells whether a sample was examined.
   *
   * @return false for {@link CsfResult#NOT_DONE}
   */
  public boolean isDone() {
    return result() != CsfResult.NOT_DONE;
  }

  @Override
  public String toString() {
    return result() + volumeMl().map(v -> " (" + v.toPlainString() + " mL)").orElse("");
  }
}
