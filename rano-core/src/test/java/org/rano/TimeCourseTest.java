package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.PD;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TIME-2 to TIME-7 against an independent reading of spec section 7, exhaustive and seeded. */
class TimeCourseTest {

  /**
   * An independent reading of TIME-2, TIME-3, TIME-4, TIME-5, TIME-6 and TIME-7 (spec section 7
   * and section 10), written from the text and not from the engine.
   */
  static final class Reading {
    private final Criteria criteria;
    private final int[] days;
    private final List<Response> responses;

    Reading(Criteria criteria, int[] days, List<Response> responses) {
      this.criteria = criteria;
      this.days = days;
      this.responses = responses;
    }

    /** TIME-2: the response at i is confirmed when some later visit confirms it. */
    boolean confirmed(int i) {
      if (responses.get(i) != CR && responses.get(i) != PR) {
        return false;
      }
      for (int j = i + 1; j < responses.size(); j++) {
        if (confirms(i, j)) {
          return true;
        }
      }
      return false;
    }

    private boolean confirms(int i, int j) {
      Response response = responses.get(i);
      Response later = responses.get(j);
      boolean rightKind = response == CR ? later == CR : later == CR || later == PR;
      if (!rightKind || days[j] - days[i] < criteria.confirmationDays()) {
        return false;
      }
      int notEvaluable = 0;
      for (int k = i + 1; k < j; k++) {
        Response between = responses.get(k);
        if (between == NE) {
          notEvaluable++;
        } else if (between == PD) {
          return false;
        } else if (between == SD && (response == CR || !criteria.acceptSdBetween())) {
          return false;
        } else if (between == PR && response == CR) {
          return false;
        }
      }
      if (notEvaluable > criteria.maxNeBetween()) {
        return false;
      }
      // TIME-7 (section 10): a PR breaks it only when a CR lies between the PR being confirmed
      // and its confirming visit, inclusive, and a PR follows that CR up to the confirming visit
      if (response == PR && criteria.prAfterCrBreaksConfirmation()) {
        for (int c = i + 1; c <= j; c++) {
          if (responses.get(c) == CR) {
            for (int p = c + 1; p <= j; p++) {
              if (responses.get(p) == PR) {
                return false;
              }
            }
          }
        }
      }
      return true;
    }

    int firstPd() {
      return responses.indexOf(PD);
    }

    /** TIME-3 and TIME-4: what the time point at i counts as. */
    Response counts(int i, boolean withConfirmation) {
      Response response = responses.get(i);
      boolean inWindow = days[i] >= criteria.sdMinimumDays();
      if (response == CR || response == PR) {
        if (!withConfirmation || confirmed(i)) {
          return response;
        }
        return inWindow ? SD : NE;
      }
      if (response == SD) {
        return inWindow ? SD : NE;
      }
      return response;
    }

    /** TIME-4: the index of the best time point, or -1 without time points. */
    int best(boolean withConfirmation) {
      int last = firstPd() >= 0 ? firstPd() : responses.size() - 1;
      int best = -1;
      for (int i = 0; i <= last; i++) {
        if (best < 0 || CourseFixtures.rank(counts(i, withConfirmation))
            > CourseFixtures.rank(counts(best, withConfirmation))) {
          best = i;
        }
      }
      return best;
    }
  }

  private static final List<Criteria> CRITERIA = List.of(
      Criteria.defaults(),
      Criteria.defaults().withMaxNeBetween(0),
      Criteria.defaults().withMaxNeBetween(2),
      Criteria.defaults().withAcceptSdBetween(true),
      Criteria.defaults().withPrAfterCrBreaksConfirmation(false),
      Criteria.defaults().withSdMinimumDays(14),
      Criteria.defaults().withConfirmationDays(0),
      Criteria.defaults().withConfirmationDays(14).withAcceptSdBetween(true)
          .withPrAfterCrBreaksConfirmation(false).withMaxNeBetween(3));

  private static final int[] GAPS = {7, 14, 28};

  private static List<List<Response>> allSequences(int maxLength) {
    List<List<Response>> all = new ArrayList<>();
    all.add(List.of());
    List<List<Response>> previous = List.of(List.of());
    for (int length = 1; length <= maxLength; length++) {
      List<List<Response>> next = new ArrayList<>();
      for (List<Response> prefix : previous) {
        for (Response response : Response.values()) {
          List<Response> longer = new ArrayList<>(prefix);
          longer.add(response);
          next.add(longer);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }

  /** Compares the engine with the reading; returns a description of each difference. */
  private static List<String> differences(Criteria criteria, int[] days,
      List<Response> responses) {
    List<DatedResponse> points = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      points.add(CourseFixtures.at(days[i], responses.get(i)));
    }
    CaseAssessment result = RanoLm.of(criteria).assess(CourseFixtures.sequence(points));
    Reading reading = new Reading(criteria, days, responses);
    List<String> differences = new ArrayList<>();
    String course = "days " + java.util.Arrays.toString(days) + " " + responses + " under "
        + criteria.policies();
    for (int i = 0; i < responses.size(); i++) {
      TimePoint point = result.timePoints().get(i);
      if (point.confirmed() != reading.confirmed(i)) {
        differences.add(course + ": confirmed[" + i + "] is " + point.confirmed()
            + ", expected " + reading.confirmed(i));
      }
      boolean after = reading.firstPd() >= 0 && i > reading.firstPd();
      if (point.afterProgression() != after) {
        differences.add(course + ": afterProgression[" + i + "] is " + point.afterProgression());
      }
      if (point.daysFromBaseline() != days[i]) {
        differences.add(course + ": daysFromBaseline[" + i + "] is " + point.daysFromBaseline());
      }
    }
    for (boolean withConfirmation : new boolean[] {false, true}) {
      BestResponse best = withConfirmation ? result.confirmedBestOverallResponse()
          : result.bestOverallResponse();
      int index = reading.best(withConfirmation);
      Response expected = index < 0 ? NE : reading.counts(index, withConfirmation);
      Optional<LocalDate> date = index < 0 ? Optional.empty()
          : Optional.of(CourseFixtures.day(days[index]));
      if (best.response() != expected || !best.date().equals(date)) {
        differences.add(course + ": " + (withConfirmation ? "confirmed " : "") + "best is "
            + best.response() + " " + best.date() + ", expected " + expected + " " + date);
      }
    }
    Optional<LocalDate> progression = reading.firstPd() < 0 ? Optional.empty()
        : Optional.of(CourseFixtures.day(days[reading.firstPd()]));
    if (!result.progression().map(Progression::date).equals(progression)) {
      differences.add(course + ": progression is " + result.progression() + ", expected "
          + progression);
    }
    return differences;
  }

  @Test
  void time2to7_everySequenceOfUpToFiveResponsesAgreesWithTheSpecification() {
    List<String> differences = new ArrayList<>();
    int courses = 0;
    for (List<Response> responses : allSequences(5)) {
      for (int gap : GAPS) {
        int[] days = new int[responses.size()];
        for (int i = 0; i < days.length; i++) {
          days[i] = gap * (i + 1);
        }
        for (Criteria criteria : CRITERIA) {
          differences.addAll(differences(criteria, days, responses));
          courses++;
        }
      }
    }
    assertThat(courses).isEqualTo(3906 * GAPS.length * CRITERIA.size());
    assertThat(differences.subList(0, Math.min(20, differences.size())))
        .as("%s differences, the first ones", differences.size()).isEmpty();
  }

  @Test
  void time2to7_randomCoursesAgreeWithTheSpecification() {
    qt().withFixedSeed(20260110L).withExamples(2000)
        .forAll(CourseFixtures.steps(10), CourseFixtures.timeCriteria())
        .checkAssert((steps, criteria) -> {
          List<DatedResponse> points = CourseFixtures.toDated(steps);
          int[] days = new int[points.size()];
          List<Response> responses = new ArrayList<>();
          for (int i = 0; i < days.length; i++) {
            days[i] = TimeCourse.daysBetween(CourseFixtures.REFERENCE, points.get(i).date());
            responses.add(points.get(i).response());
          }
          assertThat(differences(criteria, days, responses)).isEmpty();
        });
  }

  @Test
  void daysBetweenCountsCalendarDays() {
    assertThat(TimeCourse.daysBetween(LocalDate.parse("2028-02-28"),
        LocalDate.parse("2028-03-01"))).isEqualTo(2);
    assertThat(TimeCourse.daysBetween(LocalDate.parse("2025-12-31"),
        LocalDate.parse("2026-01-01"))).isEqualTo(1);
    assertThat(TimeCourse.daysBetween(CourseFixtures.REFERENCE, CourseFixtures.REFERENCE))
        .isZero();
  }

  @Test
  void time2_confirmedDirectly() {
    List<LocalDate> dates = List.of(CourseFixtures.day(28), CourseFixtures.day(42),
        CourseFixtures.day(56));
    TimeCourse course = new TimeCourse(Criteria.defaults(), CourseFixtures.REFERENCE, dates,
        List.of(CR, NE, CR));

    assertThat(course.confirmed(0)).isTrue();
    assertThat(course.confirmed(1)).isFalse();
    assertThat(course.confirmed(2)).isFalse();
    assertThat(course.firstProgression()).isEqualTo(-1);
    assertThat(course.days(2)).isEqualTo(56);
  }

  @Test
  void time5_firstProgressionDirectly() {
    List<LocalDate> dates = List.of(CourseFixtures.day(28), CourseFixtures.day(42),
        CourseFixtures.day(56));
    TimeCourse course = new TimeCourse(Criteria.defaults(), CourseFixtures.REFERENCE, dates,
        List.of(SD, PD, PD));

    assertThat(course.firstProgression()).isEqualTo(1);
    assertThat(course.progression(List.of())).hasValueSatisfying(p -> {
      assertThat(p.date()).isEqualTo(CourseFixtures.day(42));
      assertThat(p.backdated()).isFalse();
    });
  }
}
