package org.rano.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.Response;
import org.rano.imaging.Site;

/**
 * Issue 10: the work of a time course (TIME-2 confirmation, TIME-5 with IMG-5 back-dating, the
 * TIME-7 and IMG-5 warnings) grows linearly with the number of time points, whatever the
 * criteria. Each test scores a hostile course of 10,000 and of 40,000 time points in one run,
 * alternately, after warm-up rounds, and compares the best of a few runs: linear work gives a
 * ratio near 4, quadratic work near 16. No absolute time is asserted.
 */
class TimeCourseScalingTest {

  private static final int SMALL = 10_000;
  private static final int LARGE = 40_000;
  private static final int WARM_UP = 2;
  private static final int RUNS = 5;
  /**
   * Below the quadratic 16 (the quadratic engine measured 16.3 and 18.0), with room above the
   * linear 4 for garbage collection and a shared, loaded machine (10.0 was seen once under a
   * load of 9 on 2 cores).
   */
  private static final double MAX_RATIO = 12;

  /** The time of one run in nanoseconds. */
  private static long time(Supplier<CaseAssessment> run) {
    long start = System.nanoTime();
    CaseAssessment result = run.get();
    long nanos = System.nanoTime() - start;
    assertThat(result.timePoints()).isNotEmpty();
    return nanos;
  }

  /**
   * The ratio of the best large run to the best small run; the two sizes alternate, and the
   * first rounds only warm up.
   */
  private static double ratio(String shape, Supplier<CaseAssessment> small,
      Supplier<CaseAssessment> large) {
    long smallNanos = Long.MAX_VALUE;
    long largeNanos = Long.MAX_VALUE;
    for (int round = 0; round < WARM_UP + RUNS; round++) {
      long smallRun = time(small);
      long largeRun = time(large);
      if (round >= WARM_UP) {
        smallNanos = Math.min(smallNanos, smallRun);
        largeNanos = Math.min(largeNanos, largeRun);
      }
    }
    double ratio = (double) largeNanos / smallNanos;
    System.out.printf("%s: %,d time points %.1f ms, %,d time points %.1f ms, ratio %.2f%n",
        shape, SMALL, smallNanos / 1e6, LARGE, largeNanos / 1e6, ratio);
    return ratio;
  }

  /** A sequence of PR every 28 days, none of them confirmable within the criteria's window. */
  private static ResponseSequence allPartialResponses(int points) {
    List<DatedResponse> course = new ArrayList<>(points);
    for (int i = 1; i <= points; i++) {
      course.add(CourseFixtures.at(28 * i, Response.PR));
    }
    return CourseFixtures.sequence(course);
  }

  /** A case whose every follow-up shows an equivocal and an unequivocal new lesion at one site. */
  private static LmCase newLesionsAtEveryFollowUp(int followUps) {
    LmCase.Builder lmCase = LmCase.builder().baseline(CourseFixtures.baseline());
    for (int i = 1; i <= followUps; i++) {
      lmCase.followUp(CourseFixtures.visit(i, Response.SD).equivocalNewLesion(Site.BRAIN_NODULE)
          .newLesion(Site.BRAIN_NODULE).build());
    }
    return lmCase.build();
  }

  @Test
  void time2_prUnderHugeConfirmationWindow_costGrowsLinearlyWithTimePoints() {
    RanoLm rano = RanoLm.of(Criteria.defaults().withConfirmationDays(Integer.MAX_VALUE));
    ResponseSequence small = allPartialResponses(SMALL);
    ResponseSequence large = allPartialResponses(LARGE);

    assertThat(rano.assess(small).timePoints()).noneMatch(TimePoint::confirmed);
    assertThat(ratio("TIME-2, confirmationDays 2147483647, all PR",
        () -> rano.assess(small), () -> rano.assess(large))).isLessThan(MAX_RATIO);
  }

  @Test
  void img5_equivocalAndUnequivocalNewLesionAtEveryFollowUp_costGrowsLinearly() {
    RanoLm rano = RanoLm.withDefaults();
    LmCase small = newLesionsAtEveryFollowUp(SMALL);
    LmCase large = newLesionsAtEveryFollowUp(LARGE);

    CaseAssessment result = rano.assess(small);
    assertThat(result.progression()).hasValueSatisfying(
        p -> assertThat(p.date()).isEqualTo(CourseFixtures.BASELINE.plusDays(1)));
    assertThat(ratio("IMG-5, equivocal and unequivocal new lesion at every follow-up",
        () -> rano.assess(small), () -> rano.assess(large))).isLessThan(MAX_RATIO);
  }
}
