package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.PD;
import static org.rano.Response.SD;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The package-private time course directly: calendar days, confirmation and the first PD. The time
 * course through both entries is compared with the specification in {@link SectionSevenOracleTest}.
 */
class TimeCourseTest {

  @Test
  void daysBetweenCountsCalendarDays() {
    assertThat(TimeCourse.daysBetween(LocalDate.parse("2028-02-28"), LocalDate.parse("2028-03-01")))
        .isEqualTo(2);
    assertThat(TimeCourse.daysBetween(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-01-01")))
        .isEqualTo(1);
    assertThat(TimeCourse.daysBetween(CourseFixtures.REFERENCE, CourseFixtures.REFERENCE)).isZero();
  }

  @Test
  void time2_confirmedDirectly() {
    List<LocalDate> dates =
        List.of(CourseFixtures.day(28), CourseFixtures.day(42), CourseFixtures.day(56));
    TimeCourse course =
        new TimeCourse(Criteria.defaults(), CourseFixtures.REFERENCE, dates, List.of(CR, NE, CR));

    assertThat(course.confirmed(0)).isTrue();
    assertThat(course.confirmed(1)).isFalse();
    assertThat(course.confirmed(2)).isFalse();
    assertThat(course.firstProgression()).isEqualTo(-1);
    assertThat(course.days(2)).isEqualTo(56);
  }

  @Test
  void time5_firstProgressionDirectly() {
    List<LocalDate> dates =
        List.of(CourseFixtures.day(28), CourseFixtures.day(42), CourseFixtures.day(56));
    TimeCourse course =
        new TimeCourse(Criteria.defaults(), CourseFixtures.REFERENCE, dates, List.of(SD, PD, PD));

    assertThat(course.firstProgression()).isEqualTo(1);
    assertThat(course.progression(List.of()))
        .hasValueSatisfying(
            p -> {
              assertThat(p.date()).isEqualTo(CourseFixtures.day(42));
              assertThat(p.backdated()).isFalse();
            });
  }
}
