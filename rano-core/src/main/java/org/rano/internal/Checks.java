package org.rano.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/** Input checks that fail with {@link InvalidInputException} naming path, value and what is allowed. */
public final class Checks {
  private Checks() {}

  /**
   * Fails unless a value is present.
   *
   * @param path the field path
   * @param value the value, possibly null
   * @return the value
   */
  public static <T> T present(String path, @Nullable T value) {
    if (value == null) {
      throw InvalidInputException.of(path, null, "is missing");
    }
    return value;
  }

  /**
   * Fails unless {@code min <= value <= max}.
   *
   * @param path the field path
   * @param value the value
   * @param min the smallest allowed
   * @param max the largest allowed
   * @param what the noun for the value, e.g. "level"
   * @return the value
   */
  public static int inRange(String path, int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw InvalidInputException.of(
          path, value, what + " " + value + " is out of range; allowed: " + min + ".." + max);
    }
    return value;
  }

  /**
   * Fails unless a decimal is 0 or more.
   *
   * @param path the field path
   * @param value the value
   * @param unit the unit for the message, e.g. "mL"
   * @return the value
   */
  public static BigDecimal notNegative(String path, BigDecimal value, String unit) {
    if (value.signum() < 0) {
      throw InvalidInputException.of(
          path, value.toPlainString(), value.toPlainString() + " " + unit
              + " is negative; allowed: a finite number of 0 or more");
    }
    return value;
  }

  /**
   * Fails unless a decimal is above 0.
   *
   * @param path the field path
   * @param value the value
   * @param unit the unit for the message, e.g. "mm"
   * @return the value
   */
  public static BigDecimal positive(String path, BigDecimal value, String unit) {
    if (value.signum() <= 0) {
      throw InvalidInputException.of(
          path, value.toPlainString(), value.toPlainString() + " " + unit
              + " is not positive; allowed: a finite number above 0");
    }
    return value;
  }

  /**
   * Converts a double to an exact decimal, failing for NaN and infinities.
   *
   * @param path the field path
   * @param value the value
   * @return the decimal of the double's shortest representation
   */
  public static BigDecimal finite(String path, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw InvalidInputException.of(
          path, value, value + " is not a finite number; allowed: a finite number");
    }
    return BigDecimal.valueOf(value);
  }

  /**
   * Fails unless an identifier is a non-blank text.
   *
   * @param path the field path
   * @param id the identifier
   * @return the identifier
   */
  public static String id(String path, String id) {
    if (id.isBlank()) {
      throw InvalidInputException.of(path, id, "an id must not be blank; allowed: a non-blank text");
    }
    return id;
  }

  /**
   * Builds the path of an array element, e.g. {@code targets[2]}.
   *
   * @param array the array's path
   * @param index the element's index, from 0
   * @return the element's path
   */
  public static String at(String array, int index) {
    return array + "[" + index + "]";
  }
}
