package org.rano.cli;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The number options of the command, read strictly: ASCII digits only ({@code --visits ٣}, with an
 * Arabic-Indic digit, is refused although Java's {@link Integer#parseInt} accepts it), an optional
 * minus sign, no plus sign, no spaces, no type suffix ({@code 0.5d}), no hexadecimal, no {@code
 * NaN} or {@code Infinity}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class AsciiNumbers {

  private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private AsciiNumbers() {}

  /**
   * Registers the strict converters for {@code int}, {@code long} and {@code double} options and
   * their boxed forms on a command line and its subcommands.
   *
   * @param cli the command line, its subcommands already added
   */
  static void register(CommandLine cli) {
    ITypeConverter<Integer> toInt =
        text -> whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue();
    ITypeConverter<Long> toLong = text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE);
    ITypeConverter<Double> toDouble = AsciiNumbers::decimal;
    cli.registerConverter(Integer.class, toInt);
    cli.registerConverter(Integer.TYPE, toInt);
    cli.registerConverter(Long.class, toLong);
    cli.registerConverter(Long.TYPE, toLong);
    cli.registerConverter(Double.class, toDouble);
    cli.registerConverter(Double.TYPE, toDouble);
  }

  private static Long whole(String text, long min, long max) {
    if (!WHOLE.matcher(text).matches()) {
      throw new TypeConversionException(
          "'"
              + Echo.quote(text)
              + "' is not a whole number; "
              + "allowed: ASCII digits 0-9 with an optional leading minus sign");
    }
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      // The digits matched: the number is beyond a long.
      throw outOfRange(text, min, max);
    }
    if (value < min || value > max) {
      throw outOfRange(text, min, max);
    }
    return value;
  }

  private static TypeConversionException outOfRange(String text, long min, long max) {
    return new TypeConversionException(
        "'" + Echo.quote(text) + "' is out of range; allowed: " + min + " to " + max);
  }

  private static Double decimal(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new TypeConversionException(
          "'"
              + Echo.quote(text)
              + "' is not a number; allowed: "
              + "ASCII digits 0-9 with an optional minus sign, decimal point and exponent, e.g. 0.25");
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new TypeConversionException(
          "'"
              + Echo.quote(text)
              + "' is beyond the range of a "
              + "double; allowed: a finite number");
    }
    return value;
  }
}
