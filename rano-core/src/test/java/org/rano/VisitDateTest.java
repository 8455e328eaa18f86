package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code Visit.parseDate} reads a date written {@code yyyy-mm-dd} itself, without the JDK's parser.
 * These tests hold it to that parser: the same date, or a rejection, for every month and day number
 * of a set of years chosen for their leap rules, and for every day of 1900-2100. Texts of other
 * shapes are rejected, also those the JDK's parser reads ({@code +12026-01-05}): the case format
 * and its schema ({@code "format": "date"}) have a four-digit year without a sign, and a year past
 * 9999 could not be written back as one.
 */
class VisitDateTest {

  private static final int[] YEARS = {0, 1, 4, 100, 400, 1600, 1700, 1900, 2000, 2023, 2024, 9999};

  @Test
  void everyMonthAndDayNumber_ofLeapAndCommonYears_isReadAsTheJdkReadsIt() {
    int checked = 0;
    for (int year : YEARS) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          agree(String.format("%04d-%02d-%02d", year, month, day));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(YEARS.length * 14 * 33);
  }

  @Test
  void everyDayOf1900To2100_isReadAsTheJdkReadsIt() {
    for (LocalDate day = LocalDate.of(1900, 1, 1);
        day.isBefore(LocalDate.of(2101, 1, 1));
        day = day.plusDays(1)) {
      assertThat(Visit.parseDate("date", day.toString())).isEqualTo(day);
    }
  }

  @Test
  void textsOfOtherShapes_areRejected_evenThoseTheJdkReads() {
    String[] texts = {
      "+12026-01-05",
      "-0001-01-01",
      "2026-1-05",
      "2026-01-5",
      "2026/01/05",
      "2026-01-05T00:00",
      " 2026-01-05",
      "2026-01-05 ",
      "２０２６-01-05",
      "2026-0a-05",
      "20260105",
      "",
      "2026-02-3x",
      "2026--1-05",
      "+2026-01-05"
    };
    for (String text : texts) {
      assertThatThrownBy(() -> Visit.parseDate("date", text))
          .as(text)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.path()).isEqualTo("date");
                assertThat(e.value()).isEqualTo(text);
              });
    }
    assertThatThrownBy(() -> Visit.parseDate("date", "+12026-01-05"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(
                        "\"+12026-01-05\" has a signed or longer year; allowed: a date written"
                            + " yyyy-mm-dd, in the years 0000 to 9999, such as 2026-01-05"));
    assertThatThrownBy(() -> Visit.parseDate("date", "2026-1-05"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.problem()).contains("is not a date"));
    // the JDK reads these two: the reason for not handing it any text
    assertThat(LocalDate.parse("+12026-01-05")).isEqualTo(LocalDate.of(12026, 1, 5));
    assertThat(LocalDate.parse("-0001-01-01")).isEqualTo(LocalDate.of(-1, 1, 1));
  }

  @Test
  void aDateGivenAsLocalDate_isCheckedForAYearThatFitsFourDigits_onBothSides() {
    assertThat(Visit.on(LocalDate.of(0, 1, 1)).build().date()).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Visit.on(LocalDate.of(9999, 12, 31)).build().date())
        .isEqualTo(LocalDate.of(9999, 12, 31));
    assertThatThrownBy(() -> Visit.on(LocalDate.of(10000, 1, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.path()).isEqualTo("date");
              assertThat(e.value()).isEqualTo("+10000-01-01");
              assertThat(e.problem())
                  .isEqualTo(
                      "+10000-01-01 is outside the years 0000 to 9999; allowed: a date that can be"
                          + " written yyyy-mm-dd, such as 2026-01-05");
            });
    assertThatThrownBy(() -> Visit.on(LocalDate.of(-1, 12, 31)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.value()).isEqualTo("-0001-12-31"));
    assertThatThrownBy(() -> ResponseSequence.from(LocalDate.of(10000, 1, 1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("referenceDate"));
    ResponseSequence.Builder sequence =
        ResponseSequence.from(LocalDate.of(9999, 1, 1))
            .add(LocalDate.of(9999, 12, 31), Response.SD);
    assertThatThrownBy(() -> sequence.add(LocalDate.of(10000, 1, 1), Response.PD))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("responses[1].date"));
  }

  @Test
  void plainDate_readsEveryPlainDate_andNothingElse() {
    // the shortcut's own answers, not only the outcome (which the JDK's parser would give too)
    for (LocalDate day = LocalDate.of(1999, 12, 1);
        day.isBefore(LocalDate.of(2001, 3, 31));
        day = day.plusDays(1)) {
      assertThat(Visit.plainDate(day.toString())).isEqualTo(day);
    }
    assertThat(Visit.plainDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Visit.plainDate("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(Visit.plainDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(Visit.plainDate("2026-12-28")).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(Visit.plainDate("2026-01-29")).isEqualTo(LocalDate.of(2026, 1, 29));
    // '/' and ':' stand just below and above the digits
    for (String other :
        new String[] {
          "2026-0/-05", "2026-0:-05", "/026-01-05", ":026-01-05", "2026-01-0/", "2026-01-0:",
          "2023-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-01-00", "2026/01/05",
          "2026-01-5", "+2026-01-05", "20260-1-05", "2026-01-050"
        }) {
      assertThat(Visit.plainDate(other)).as(other).isNull();
    }
  }

  @Test
  void aRejectedText_namesThePathAndTheText() {
    assertThatThrownBy(() -> Visit.parseDate("followUps[1].date", "2026-02-30"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.path()).isEqualTo("followUps[1].date");
              assertThat(e.value()).isEqualTo("2026-02-30");
              assertThat(e.problem())
                  .isEqualTo(
                      "\"2026-02-30\" is not a date; allowed: an ISO date such as 2026-01-05");
            });
  }

  private static void agree(String text) {
    @Nullable LocalDate expected;
    try {
      expected = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      expected = null;
    }
    if (expected != null) {
      assertThat(Visit.parseDate("date", text)).as(text).isEqualTo(expected);
    } else {
      assertThatThrownBy(() -> Visit.parseDate("date", text))
          .as(text)
          .isInstanceOf(InvalidInputException.class);
    }
  }
}
