package org.rano.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.Fixtures;
import org.rano.RuleId;
import org.rano.Visit;

/** Exhaustive IMG-6..9: every reachable (B, F) pair against the exact rational thresholds. */
class CompositeThresholdTest {

  /** How the composites are spread over the targets. */
  enum Layout {
    /** As many targets as allowed (min(B, 5)), scores spread evenly. */
    MOST_TARGETS_EVEN,
    /** As few targets as can hold B (ceil(B / 3)), scores filled greedily. */
    FEWEST_TARGETS_GREEDY;

    int targets(int baseline) {
      return this == MOST_TARGETS_EVEN ? Math.min(baseline, 5) : (baseline + 2) / 3;
    }

    int[] scores(int total, int targets) {
      return this == MOST_TARGETS_EVEN
          ? Fixtures.evenScores(total, targets)
          : Fixtures.greedyScores(total, targets);
    }
  }

  /**
   * The oracle, as spec section 4.3 states the rules: the change (F - B) / B in percent, computed
   * by division to 40 significant digits (the code decides on integers, 4 (F - B) >= B and 2 F <=
   * B; this oracle does not), then +25 % or more is PD (IMG-6), F = 0 without anything blocking it
   * is CR (IMG-7), -50 % or less is PR (IMG-8), otherwise SD (IMG-9). With B at most 15, no
   * quotient comes within 10^-38 of a threshold without being equal to it.
   */
  static ImagingStatus expected(int b, int f, boolean crBlocked) {
    BigDecimal percent =
        BigDecimal.valueOf(100L * (f - b))
            .divide(BigDecimal.valueOf(b), new MathContext(40, RoundingMode.HALF_EVEN));
    if (percent.compareTo(BigDecimal.valueOf(25)) >= 0) {
      return ImagingStatus.PD;
    }
    if (f == 0 && !crBlocked) {
      return ImagingStatus.CR;
    }
    if (percent.compareTo(BigDecimal.valueOf(-50)) <= 0) {
      return ImagingStatus.PR;
    }
    return ImagingStatus.SD;
  }

  static Stream<Arguments> everyReachablePair() {
    List<Arguments> rows = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (int b = 1; b <= 15; b++) {
        int targets = layout.targets(b);
        for (int f = 0; f <= 15; f++) {
          if (f <= 3 * targets) {
            rows.add(Arguments.of(b, f, layout));
          }
        }
      }
    }
    return rows.stream();
  }

  private static ImagingFinding assess(int b, int f, Layout layout, boolean blockingNonTarget) {
    int targets = layout.targets(b);
    Visit.Builder baseline = Fixtures.scoredBaseline(layout.scores(b, targets));
    Visit.Builder followUp = Fixtures.scoredFollowUp(layout.scores(f, targets));
    if (blockingNonTarget) {
      baseline.nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT);
      followUp.nonTarget("N1", NonTargetStatus.PRESENT);
    }
    return Fixtures.assess(baseline, followUp).imaging();
  }

  @ParameterizedTest(name = "B={0} F={1} {2}")
  @MethodSource("everyReachablePair")
  void everyPair_matchesTheExactRule(int b, int f, Layout layout) {
    ImagingFinding finding = assess(b, f, layout, false);

    assertThat(finding.status()).isEqualTo(expected(b, f, false));
    assertThat(finding.baselineCompositeScore()).hasValue(b);
    assertThat(finding.compositeScore()).hasValue(f);
    assertThat(finding.rules()).contains(ruleOf(finding.status()));
  }

  @ParameterizedTest(name = "B={0} F={1} {2}")
  @MethodSource("everyReachablePair")
  void everyPair_withANonTargetStillPresent_neverGivesCr(int b, int f, Layout layout) {
    ImagingFinding finding = assess(b, f, layout, true);

    assertThat(finding.status()).isEqualTo(expected(b, f, true));
  }

  @ParameterizedTest(name = "B={0} F={1} {2}")
  @MethodSource("everyReachablePair")
  void everyPair_reportsTheChangeRoundedFromTheExactValue(int b, int f, Layout layout) {
    ImagingFinding finding = assess(b, f, layout, false);

    BigDecimal exact =
        BigDecimal.valueOf(100L * (f - b))
            .divide(BigDecimal.valueOf(b), 10, RoundingMode.HALF_EVEN);
    assertThat(finding.compositeChangePercent())
        .hasValueSatisfying(
            change -> {
              assertThat(change.subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
              assertThat(change.scale()).isEqualTo(1);
            });
  }

  private static RuleId ruleOf(ImagingStatus status) {
    return switch (status) {
      case PD -> RuleId.IMG_6;
      case CR -> RuleId.IMG_7;
      case PR -> RuleId.IMG_8;
      default -> RuleId.IMG_9;
    };
  }

  @Test
  void theTableCoversEveryBaselineCompositeAndEveryFollowUpComposite() {
    List<Arguments> rows = everyReachablePair().toList();

    for (int b = 1; b <= 15; b++) {
      int baseline = b;
      assertThat(rows)
          .as("B=%s", b)
          .anySatisfy(row -> assertThat(row.get()[0]).isEqualTo(baseline));
    }
    for (int f = 0; f <= 15; f++) {
      int followUp = f;
      assertThat(rows)
          .as("F=%s", f)
          .anySatisfy(row -> assertThat(row.get()[1]).isEqualTo(followUp));
    }
  }

  @Test
  void boundaries_onBothSides() {
    // IMG-6: the boundary itself is progression
    assertThat(expected(4, 5, false)).isEqualTo(ImagingStatus.PD);
    assertThat(assess(4, 5, Layout.MOST_TARGETS_EVEN, false).status()).isEqualTo(ImagingStatus.PD);
    assertThat(assess(8, 10, Layout.MOST_TARGETS_EVEN, false).status()).isEqualTo(ImagingStatus.PD);
    assertThat(assess(8, 9, Layout.MOST_TARGETS_EVEN, false).status()).isEqualTo(ImagingStatus.SD);
    assertThat(assess(12, 15, Layout.MOST_TARGETS_EVEN, false).status())
        .isEqualTo(ImagingStatus.PD);
    assertThat(assess(12, 14, Layout.MOST_TARGETS_EVEN, false).status())
        .isEqualTo(ImagingStatus.SD);
    // IMG-8: the boundary itself is response
    assertThat(assess(4, 2, Layout.MOST_TARGETS_EVEN, false).status()).isEqualTo(ImagingStatus.PR);
    assertThat(assess(4, 3, Layout.MOST_TARGETS_EVEN, false).status()).isEqualTo(ImagingStatus.SD);
    assertThat(assess(14, 7, Layout.MOST_TARGETS_EVEN, false).status()).isEqualTo(ImagingStatus.PR);
    assertThat(assess(14, 8, Layout.MOST_TARGETS_EVEN, false).status()).isEqualTo(ImagingStatus.SD);
  }
}
