package org.rano;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rano.imaging.Site;

/**
 * Issue 10: the work of a time course (TIME-2 confirmation, TIME-5 with IMG-5 back-dating, the
 * TIME-7 and IMG-5 warnings) grows linearly with the number of time points, whatever the criteria.
 * Each test scores, in one run and alternately, a hostile course of n time points {@value #FACTOR}
 * times over and one course of {@value #FACTOR} n time points once: the same number of time points
 * either way. Linear work gives a ratio near 1 (up to about 2.5 where garbage collection and caches
 * make a large course cost more per point); quadratic work gives {@value #FACTOR}. The best of a
 * few rounds after warm-up is compared; no absolute time is asserted. (A first version compared
 * single runs of n and 4 n: on a loaded 2-core machine the small run took 1.5 ms and noise decided
 * the ratio.)
 */
class TimeCourseScalingTest {

  private static final int FACTOR = 16;
  private static final int WARM_UP = 2;
  private static final int RUNS = 5;

  /** A third of the quadratic {@value #FACTOR}, more than twice the linear worst seen. */
  private static final double MAX_RATIO = 6;

  /** The time of {@code times} runs in a row, in nanoseconds. */
  private static long time(Supplier<CaseAssessment> run, int times) {
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      assertThat(run.get().timePoints()).isNotEmpty();
    }
    return System.nanoTime() - start;
  }

  /**
   * The ratio of the best time of the large course to the best time of the small course run {@value
   * #FACTOR} times; the first rounds only warm up.
   */
  private static double ratio(
      String shape, Supplier<CaseAssessment> small, Supplier<CaseAssessment> large) {
    long smallNanos = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    for (int round = 0; round < WARM_UP + RUNS; round++) {
      long smallRuns = time(small, FACTOR);
      long largeRun = time(large, 1);
      if (round >= WARM_UP) {
        smallNanos = Math.min(smallNanos, smallRuns);
        largeNanos = Math.min(largeNanos, largeRun);
      }
    }
    double ratio = (double) largeNanos / smallNanos;
    System.out.printf(
        "%s: %d small courses %.1f ms, one %d times as large %.1f ms, ratio %.2f%n",
        shape, FACTOR, smallNanos / 1e6, FACTOR, largeNanos / 1e6, ratio);
    return ratio;
  }

  /**
   * A sequence of PR every 14 days, none of them confirmable within the criteria's window. (The
   * largest, 160,000 time points, ends in the year 8159: dates stop at 9999-12-31.)
   */
  private static ResponseSequence allPartialResponses(int points) {
    List<DatedResponse> course = new ArrayList<>(points);
    for (int i = 1; i <= points; i++) {
      course.add(CourseFixtures.at(14 * i, Response.PR));
    }
    return CourseFixtures.sequence(course);
  }

  /** A case whose every follow-up shows an equivocal and an unequivocal new lesion at one site. */
  private static LmCase newLesionsAtEveryFollowUp(int followUps) {
    LmCase.Builder lmCase = LmCase.builder().baseline(CourseFixtures.baseline());
    for (int i = 1; i <= followUps; i++) {
      lmCase.followUp(
          CourseFixtures.visit(i, Response.SD)
              .equivocalNewLesion(Site.BRAIN_NODULE)
              .newLesion(Site.BRAIN_NODULE)
              .build());
    }
    return lmCase.build();
  }

  @Test
  void time2_prUnderHugeConfirmationWindow_costGrowsLinearlyWithTimePoints() {
    RanoLm rano = RanoLm.of(Criteria.defaults().withConfirmationDays(Integer.MAX_VALUE));
    ResponseSequence small = allPartialResponses(10_000);
    ResponseSequence large = allPartialResponses(10_000 * FACTOR);

    assertThat(rano.assess(small).timePoints()).noneMatch(TimePoint::confirmed);
    assertThat(
            ratio(
                "TIME-2, confirmationDays 2147483647, all PR",
                () -> rano.assess(small),
                () -> rano.assess(large)))
        .isLessThan(MAX_RATIO);
  }

  @Test
  void img5_equivocalAndUnequivocalNewLesionAtEveryFollowUp_costGrowsLinearly() {
    RanoLm rano = RanoLm.withDefaults();
    LmCase small = newLesionsAtEveryFollowUp(5_000);
    LmCase large = newLesionsAtEveryFollowUp(5_000 * FACTOR);

    CaseAssessment result = rano.assess(small);
    assertThat(result.progression())
        .hasValueSatisfying(
            p -> assertThat(p.date()).isEqualTo(CourseFixtures.BASELINE.plusDays(1)));
    assertThat(
            ratio(
                "IMG-5, equivocal and unequivocal new lesion at every follow-up",
                () -> rano.assess(small),
                () -> rano.assess(large)))
        .isLessThan(MAX_RATIO);
  }
}
