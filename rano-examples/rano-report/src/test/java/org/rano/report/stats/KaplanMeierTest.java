package org.rano.report.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.rano.report.stats.KaplanMeier.Median;
import org.rano.report.stats.KaplanMeier.Observation;
import org.rano.report.stats.KaplanMeier.Step;

/**
 * The Kaplan-Meier estimate, its median and the Brookmeyer-Crowley interval on the remission data
 * of Freireich et al. (Blood 1963; 21: 699-716): weeks in remission of 42 children with acute
 * leukaemia, 21 on 6-mercaptopurine (6-MP) and 21 on placebo, as tabulated and analysed in
 * Kleinbaum and Klein, <i>Survival Analysis: A Self-Learning Text</i>, 3rd ed. (Springer 2012),
 * chapter 2 (data on p. 65, "+" = censored), and in Collett, <i>Modelling Survival Data in Medical
 * Research</i>, 3rd ed. (2015).
 */
class KaplanMeierTest {

  /**
   * Group 1 (6-MP): 6, 6, 6, 7, 10, 13, 16, 22, 23, 6+, 9+, 10+, 11+, 17+, 19+, 20+, 25+, 32+, 32+,
   * 34+, 35+.
   */
  static final List<Observation> SIX_MP =
      List.of(
          Observation.event(6),
          Observation.event(6),
          Observation.event(6),
          Observation.censored(6),
          Observation.event(7),
          Observation.censored(9),
          Observation.event(10),
          Observation.censored(10),
          Observation.censored(11),
          Observation.event(13),
          Observation.event(16),
          Observation.censored(17),
          Observation.censored(19),
          Observation.censored(20),
          Observation.event(22),
          Observation.event(23),
          Observation.censored(25),
          Observation.censored(32),
          Observation.censored(32),
          Observation.censored(34),
          Observation.censored(35));

  /** Group 2 (placebo): 1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23. */
  static final List<Observation> PLACEBO =
      events(1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23);

  private static List<Observation> events(double... times) {
    List<Observation> list = new ArrayList<>();
    for (double t : times) {
      list.add(Observation.event(t));
    }
    return list;
  }

  @Test
  void sixMp_estimate_isKleinbaumAndKleinsTable() {
    // Kleinbaum and Klein (2012), chapter 2, the KM table of group 1: t(j), n(j), m(j), S(t(j))
    // 6: 21, 3, 0.8571; 7: 17, 1, 0.8067; 10: 15, 1, 0.7529; 13: 12, 1, 0.6902;
    // 16: 11, 1, 0.6275; 22: 7, 1, 0.5378; 23: 6, 1, 0.4482.
    KaplanMeier km = KaplanMeier.estimate(SIX_MP);
    assertThat(km.steps())
        .extracting(Step::time)
        .containsExactly(6.0, 7.0, 10.0, 13.0, 16.0, 22.0, 23.0);
    assertThat(km.steps()).extracting(Step::atRisk).containsExactly(21, 17, 15, 12, 11, 7, 6);
    assertThat(km.steps()).extracting(Step::events).containsExactly(3, 1, 1, 1, 1, 1, 1);
    double[] published = {0.8571, 0.8067, 0.7529, 0.6902, 0.6275, 0.5378, 0.4482};
    for (int i = 0; i < published.length; i++) {
      assertThat(km.steps().get(i).survival()).isCloseTo(published[i], within(0.00005));
    }
    assertThat(km.events()).isEqualTo(9);
    assertThat(km.survival(5.9)).isEqualTo(1.0);
    assertThat(km.survival(21)).isCloseTo(0.6275, within(0.00005));
    assertThat(km.atRisk(10)).isEqualTo(15);
    assertThat(km.atRisk(0)).isEqualTo(21);
    assertThat(km.atRisk(36)).isZero();
  }

  @Test
  void placebo_estimate_isKleinbaumAndKleinsTable() {
    // group 2 has no censoring: S(t) = (number still in remission) / 21; the table reads
    // 1: 0.905, 2: 0.810, 3: 0.762, 4: 0.667, 5: 0.571, 8: 0.381, 11: 0.286, 12: 0.190,
    // 15: 0.143, 17: 0.095, 22: 0.048, 23: 0.000.
    KaplanMeier km = KaplanMeier.estimate(PLACEBO);
    double[] published = {
      0.905, 0.810, 0.762, 0.667, 0.571, 0.381, 0.286, 0.190, 0.143, 0.095, 0.048, 0.000
    };
    assertThat(km.steps()).hasSize(published.length);
    for (int i = 0; i < published.length; i++) {
      assertThat(km.steps().get(i).survival()).isCloseTo(published[i], within(0.0005));
    }
    Step last = km.steps().get(km.steps().size() - 1);
    assertThat(last.lower()).isZero();
    assertThat(last.upper()).isZero();
  }

  @Test
  void sixMp_median_is23Weeks_andItsLogLogIntervalIs13ToNotReached() {
    // Median: Kleinbaum and Klein (2012), chapter 2: "the median survival time is 23 weeks for
    // group 1 and 8 weeks for group 2".
    // Interval, by hand: Greenwood's sum at t = 10 is 3/(21*18) + 1/(17*16) + 1/(15*14) = 0.016375,
    // se = 0.12796, log S = log 0.7529 = -0.28383, so the lower band is
    // 0.7529^exp(1.95996 * 0.12796 / 0.28383) = 0.7529^2.4197 = 0.5032 > 0.5; at t = 13 the sum is
    // 0.023951, se = 0.15476, log S = -0.37077, lower = 0.6902^exp(0.81809) = 0.4316 <= 0.5: the
    // lower limit is 13. The upper band at the last event, t = 23 (sum 0.090184, se 0.30031,
    // log S = -0.80252), is 0.4482^exp(-0.73344) = 0.6801 > 0.5: the upper limit is not reached.
    Median median = KaplanMeier.estimate(SIX_MP).median();
    assertThat(median.estimate()).hasValue(23.0);
    assertThat(median.lower()).hasValue(13.0);
    assertThat(median.upper()).isEmpty();
    Step at10 = KaplanMeier.estimate(SIX_MP).steps().get(2);
    assertThat(at10.lower()).isCloseTo(0.5032, within(0.0001));
    Step at13 = KaplanMeier.estimate(SIX_MP).steps().get(3);
    assertThat(at13.lower()).isCloseTo(0.4316, within(0.0001));
    Step at23 = KaplanMeier.estimate(SIX_MP).steps().get(6);
    assertThat(at23.upper()).isCloseTo(0.6801, within(0.0001));
  }

  @Test
  void placebo_median_is8Weeks_andItsLogLogIntervalIs4To11() {
    // By hand (no censoring, so var(log S) = 1/n(t) - 1/21 with n(t) still in remission):
    // at t = 4, S = 14/21, sum = 1/14 - 1/21 = 0.023810, se = 0.15430, log S = -0.40547,
    // lower = (2/3)^exp(0.74586) = 0.4254 <= 0.5, and at t = 3, S = 16/21, sum = 0.014881,
    // se = 0.12199, log S = -0.27193, lower = 0.7619^exp(0.87925) = 0.5194 > 0.5: lower limit 4.
    // At t = 11, S = 6/21, sum = 1/6 - 1/21 = 0.119048, se = 0.34503, log S = -1.25276,
    // upper = 0.2857^exp(-0.53980) = 0.4818 <= 0.5; at t = 8, S = 8/21, sum = 0.077381,
    // se = 0.27817, log S = -0.96508, upper = 0.3810^exp(-0.56493) = 0.5778 > 0.5: upper 11.
    KaplanMeier km = KaplanMeier.estimate(PLACEBO);
    Median median = km.median();
    assertThat(median.estimate()).hasValue(8.0);
    assertThat(median.lower()).hasValue(4.0);
    assertThat(median.upper()).hasValue(11.0);
    assertThat(km.steps().get(3).lower()).isCloseTo(0.4254, within(0.0001));
    assertThat(km.steps().get(2).lower()).isCloseTo(0.5194, within(0.0001));
    assertThat(km.steps().get(6).upper()).isCloseTo(0.4818, within(0.0001));
    assertThat(km.steps().get(5).upper()).isCloseTo(0.5778, within(0.0001));
  }

  @Test
  void lastEventEmptyingTheRiskSet_leavesTheUpperLimitNotReached() {
    // Three events at 1, 2 and 3 weeks, none censored: S = 2/3, 1/3, 0; the median is 2. The
    // upper log-log band is 0.945 at t = 1 (Greenwood sum 1/6) and 0.774 at t = 2 (sum 2/3:
    // (1/3)^exp(1.96 * 0.8165 / ln(1/3)) = (1/3)^0.2330), both above 0.5; at t = 3, S = 0 and the
    // band is undefined (log 0), as R's survfit(conf.type = "log-log") gives NA there, so the
    // upper limit is not reached rather than 3.
    KaplanMeier km =
        KaplanMeier.estimate(
            java.util.List.of(
                new KaplanMeier.Observation(1, true),
                new KaplanMeier.Observation(2, true),
                new KaplanMeier.Observation(3, true)));
    assertThat(km.steps().get(1).upper()).isCloseTo(0.774, within(0.001));
    KaplanMeier.Median median = km.median();
    assertThat(median.estimate()).hasValue(2.0);
    assertThat(median.lower()).hasValue(1.0);
    assertThat(median.upper()).isEmpty();
  }

  @Test
  void median_flatAtOneHalf_isTheMidpointToTheNextEvent() {
    // four subjects, events at 1, 2, 3, 4: S(2) = 0.5 exactly until t = 3
    Median median = KaplanMeier.estimate(events(1, 2, 3, 4)).median();
    assertThat(median.estimate()).hasValue(2.5);
  }

  @Test
  void noEvent_hasNoStep_andNoMedian() {
    KaplanMeier km =
        KaplanMeier.estimate(List.of(Observation.censored(3), Observation.censored(5)));
    assertThat(km.steps()).isEmpty();
    assertThat(km.survival(100)).isEqualTo(1.0);
    assertThat(km.median().estimate()).isEmpty();
    assertThat(KaplanMeier.estimate(List.of()).steps()).isEmpty();
  }

  @Test
  void censoredAtAnEventTime_isAtRiskAtIt() {
    KaplanMeier km = KaplanMeier.estimate(List.of(Observation.censored(2), Observation.event(2)));
    assertThat(km.steps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.atRisk()).isEqualTo(2);
              assertThat(s.survival()).isEqualTo(0.5);
            });
  }

  @Test
  void badInput_isRejectedWithTheValue() {
    assertThatThrownBy(() -> Observation.event(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> Observation.event(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KaplanMeier.estimate(PLACEBO, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0");
  }

  private static Gen<List<Observation>> cohorts() {
    Gen<Observation> one =
        integers()
            .between(0, 60)
            .zip(integers().between(0, 2), (t, e) -> new Observation(t, e > 0));
    return lists().of(one).ofSizeBetween(0, 40);
  }

  @Test
  void property_survivalIsNonIncreasingWithinZeroAndOne_andBandsContainIt() {
    qt().withFixedSeed(13L)
        .withExamples(500)
        .forAll(cohorts())
        .checkAssert(
            observations -> {
              KaplanMeier km = KaplanMeier.estimate(observations);
              double previous = 1;
              for (Step step : km.steps()) {
                assertThat(step.survival()).isBetween(0.0, previous);
                assertThat(step.lower()).isBetween(0.0, step.survival() + 1e-12);
                assertThat(step.upper()).isBetween(step.survival() - 1e-12, 1.0);
                previous = step.survival();
              }
            });
  }

  @Test
  void property_medianIntervalContainsTheMedian() {
    qt().withFixedSeed(1963L)
        .withExamples(500)
        .forAll(cohorts())
        .checkAssert(
            observations -> {
              Median median = KaplanMeier.estimate(observations).median();
              if (median.estimate().isPresent()) {
                double m = median.estimate().getAsDouble();
                if (median.lower().isPresent()) {
                  assertThat(median.lower().getAsDouble()).isLessThanOrEqualTo(m);
                }
                if (median.upper().isPresent()) {
                  assertThat(median.upper().getAsDouble()).isGreaterThanOrEqualTo(m);
                }
              } else {
                assertThat(median.upper()).isEmpty();
              }
              assertThat(median.lower().isPresent() || median.estimate().isEmpty()).isTrue();
            });
  }

  @Test
  void property_withoutCensoring_survivalIsTheFractionStillEventFree() {
    qt().withFixedSeed(21L)
        .withExamples(300)
        .forAll(lists().of(integers().between(0, 50)).ofSizeBetween(1, 30))
        .checkAssert(
            times -> {
              List<Observation> obs = new ArrayList<>();
              times.forEach(t -> obs.add(Observation.event(t)));
              KaplanMeier km = KaplanMeier.estimate(obs);
              for (Step step : km.steps()) {
                long later = times.stream().filter(t -> t > step.time()).count();
                assertThat(step.survival()).isCloseTo((double) later / times.size(), within(1e-12));
              }
            });
  }
}
