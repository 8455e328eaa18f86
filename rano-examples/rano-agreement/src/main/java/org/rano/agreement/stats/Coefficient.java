package org.rano.agreement.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The value of an agreement coefficient, or the fact that its definition leaves it undefined for
 * the data, with the reason (for example "no variation: every rating is the same category", where
 * the expected disagreement is 0 and the coefficient would be 0/0). Never NaN.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Coefficient {

  private final double value;
  private final @Nullable String undefinedBecause;

  private Coefficient(double value, @Nullable String undefinedBecause) {
    this.value = value;
    this.undefinedBecause = undefinedBecause;
  }

  /**
   * Obtains a defined coefficient.
   *
   * @param value the value, finite
   * @return the coefficient, not null
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static Coefficient of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "bug: a coefficient of " + value + "; allowed: a finite number");
    }
    return new Coefficient(value == 0 ? 0 : value, null);
  }

  /**
   * Obtains an undefined coefficient.
   *
   * @param reason why the definition gives no value for the data, not null, not blank
   * @return the coefficient, not null
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Coefficient undefined(String reason) {
    if (Objects.requireNonNull(reason, "reason").isBlank()) {
      throw new IllegalArgumentException("reason is blank; allowed: why it is undefined");
    }
    return new Coefficient(0, reason);
  }

  /**
   * The value.
   *
   * @return the value, or empty when undefined
   */
  public OptionalDouble value() {
    return undefinedBecause == null ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * Why the coefficient is undefined.
   *
   * @return the reason, or empty when it has a value
   */
  public Optional<String> undefinedBecause() {
    return Optional.ofNullable(undefinedBecause);
  }

  /**
   * Tells whether the coefficient has a value.
   *
   * @return true when defined
   */
  public boolean isDefined() {
    return undefinedBecause == null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Coefficient that
        && Double.compare(value, that.value) == 0
        && Objects.equals(undefinedBecause, that.undefinedBecause);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, undefinedBecause);
  }

  @Override
  public String toString() {
    return undefinedBecause == null
        ? String.valueOf(value)
        : "undefined (" + undefinedBecause + ")";
  }
}
