package org.rano.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;

/**
 * Input checks that fail with {@link InvalidInputException} naming path, value and what is allowed.
 */
public final class Checks {
  /**
   * The most characters of an id (a case id or a lesion id): ids are repeated in reasons, so their
   * length bounds the size of a result.
   */
  public static final int MAX_ID_LENGTH = 256;

  /**
   * The most digits after the decimal point of a decimal input (diameters, CSF volume, steroid
   * dose), counted as given, trailing zeros included ({@code scale()}).
   */
  public static final int MAX_DECIMALS = 100;

  /** The largest magnitude of a decimal input in its unit: 1,000,000 mm, mL or mg/day. */
  public static final BigDecimal MAX_MAGNITUDE = BigDecimal.valueOf(1_000_000);

  /** The digits before the decimal point of {@link #MAX_MAGNITUDE}. */
  private static final int MAX_INTEGER_DIGITS = 7;

  /**
   * The most bits of the unscaled value of an accepted decimal: below 10^(100 + 7) needs at most
   * 356 bits; anything longer is rejected before it is compared.
   */
  private static final int MAX_UNSCALED_BITS = 400;

  private Checks() {}

  /**
   * Fails unless a decimal input is bounded: at most {@link #MAX_DECIMALS} digits after the decimal
   * point as given and a magnitude of at most {@link #MAX_MAGNITUDE}. Only the scale and the bit
   * length of the value as given are read before the bounds hold, so no input can make the check
   * (or any later arithmetic on the value) expand it.
   *
   * @param path the field path
   * @param value the value
   * @param unit the unit for the message, e.g. "mm"
   * @return the value
   */
  public static BigDecimal bounded(String path, BigDecimal value, String unit) {
    int scale = value.scale();
    if (scale > MAX_DECIMALS) {
      throw InvalidInputException.of(
          path,
          value,
          value
              + " "
              + unit
              + " has "
              + scale
              + " digits after the decimal point; allowed: a number with at most "
              + MAX_DECIMALS
              + " digits after the decimal point and at most "
              + MAX_MAGNITUDE.toPlainString()
              + " "
              + unit);
    }
    boolean tooLarge =
        value.signum() != 0
            && (scale < -MAX_INTEGER_DIGITS
                || value.unscaledValue().bitLength() > MAX_UNSCALED_BITS
                || value.abs().compareTo(MAX_MAGNITUDE) > 0);
    if (tooLarge) {
      throw InvalidInputException.of(
          path,
          value,
          value
              + " "
              + unit
              + " is too large; allowed: "
              + "a number of at most "
              + MAX_MAGNITUDE.toPlainString()
              + " "
              + unit
              + " in magnitude");
    }
    return value;
  }

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
          path,
          value.toPlainString(),
          value.toPlainString()
              + " "
              + unit
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
          path,
          value.toPlainString(),
          value.toPlainString()
              + " "
              + unit
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
   * Fails unless an identifier (a case id or a lesion id) is valid Unicode text (no lone
   * surrogate), not blank and at most {@link #MAX_ID_LENGTH} characters long.
   *
   * @param path the field path
   * @param id the identifier
   * @return the identifier
   * @throws NullPointerException naming {@code id} if the identifier is null
   */
  public static String id(String path, String id) {
    Objects.requireNonNull(id, "id");
    if (id.length() > MAX_ID_LENGTH) {
      throw InvalidInputException.of(
          path,
          id,
          "an id of "
              + id.length()
              + " characters is too long; allowed: at most "
              + MAX_ID_LENGTH
              + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < id.length()
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw InvalidInputException.of(
            path,
            id,
            "an id must be valid Unicode text, found a lone "
                + "surrogate U+"
                + Integer.toHexString(c).toUpperCase(Locale.ROOT)
                + " at index "
                + i
                + "; allowed: a non-blank text of Unicode characters");
      }
    }
    if (id.isBlank()) {
      throw InvalidInputException.of(
          path, id, "an id must not be blank; allowed: a non-blank text");
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
