package org.rano.cdisc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * What to do with a partial {@code RSDTC} (a year and month, or a year only): reject it, or impute
 * the first or the last possible day, recorded in {@code ADTF} ({@code D} when the day was imputed,
 * {@code M} when month and day were), as admiral's {@code derive_vars_dt(highest_imputation = "M",
 * date_imputation = "first"|"last")} does.
 */
public enum PartialDates {
  /** A partial date makes the subject an error record (the default). */
  REJECT,
  /** The first possible day: {@code 2014-02} is 2014-02-01, {@code 2014} is 2014-01-01. */
  FIRST,
  /** The last possible day: {@code 2014-02} is 2014-02-28, {@code 2014} is 2014-12-31. */
  LAST;

  /**
   * Obtains a policy from its name, in any case.
   *
   * @param name {@code reject}, {@code first} or {@code last}, not null
   * @return the policy, not null
   * @throws IllegalArgumentException naming the value and what is allowed
   */
  public static PartialDates ofName(String name) {
    return switch (Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)) {
      case "reject" -> REJECT;
      case "first" -> FIRST;
      case "last" -> LAST;
      default ->
          throw new IllegalArgumentException(
              "partial dates policy '" + name + "' is unknown; allowed: reject, first, last");
    };
  }

  /** Imputes a year-month date; null when rejected. */
  LocalDate imputeMonth(YearMonth month) {
    return this == FIRST ? month.atDay(1) : month.atEndOfMonth();
  }
}
