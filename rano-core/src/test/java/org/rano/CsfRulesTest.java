package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.base.Splitter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rano.csf.CsfFinding;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;

/** CSF-1 to CSF-5 (spec section 3): sample adequacy and the whole status table. */
class CsfRulesTest {

  /** A column or row of the CSF table. */
  enum Cell {
    POSITIVE,
    EQUIVOCAL,
    NEGATIVE_ADEQUATE,
    NEGATIVE_INADEQUATE,
    NOT_DONE,
    LEFT_OUT;

    Optional<CsfSample> sample() {
      return switch (this) {
        case POSITIVE -> Optional.of(CsfSample.of(CsfResult.POSITIVE, 10));
        case EQUIVOCAL -> Optional.of(CsfSample.of(CsfResult.EQUIVOCAL));
        case NEGATIVE_ADEQUATE -> Optional.of(CsfSample.negative(5));
        case NEGATIVE_INADEQUATE -> Optional.of(CsfSample.negative(4.9));
        case NOT_DONE -> Optional.of(CsfSample.of(CsfResult.NOT_DONE));
        default -> Optional.empty();
      };
    }
  }

  /**
   * The table of spec section 3, written out: baseline row, follow-up column, expected status and
   * rule. A baseline negative below 5 mL counts as a negative baseline.
   */
  static Stream<Arguments> theCsfTable() {
    List<Arguments> rows = new ArrayList<>();
    for (Cell baseline : Cell.values()) {
      for (Cell followUp : Cell.values()) {
        rows.add(
            Arguments.of(
                baseline,
                followUp,
                expectedStatus(baseline, followUp),
                expectedRule(baseline, followUp)));
      }
    }
    return rows.stream();
  }

  /**
   * The table of spec section 3 as the specification prints it, cell by cell (not derived from the
   * code's branches): rows are the baseline, columns the follow-up, in the order POSITIVE,
   * EQUIVOCAL, NEGATIVE (adequate), NEGATIVE (below 5 mL), absent. A baseline negative below 5 mL
   * counts as a negative baseline; NOT_DONE and a left-out sample are both "absent".
   */
  private static final String[][] TABLE = {
    {"PERSISTENT CSF-3", "PERSISTENT CSF-3", "CLEARED CSF-2", "INADEQUATE CSF-1", "NE CSF-5"},
    {"CONVERTED CSF-4", "EQUIVOCAL CSF-5", "NEGATIVE CSF-5", "INADEQUATE CSF-1", "NE CSF-5"},
    {"CONVERTED CSF-4", "EQUIVOCAL CSF-5", "NEGATIVE CSF-5", "INADEQUATE CSF-1", "NE CSF-5"},
    {"NE CSF-5", "NE CSF-5", "NE CSF-5", "NE CSF-5", "NE CSF-5"},
  };

  private static int row(Cell baseline) {
    return switch (baseline) {
      case POSITIVE -> 0;
      case EQUIVOCAL -> 1;
      case NEGATIVE_ADEQUATE, NEGATIVE_INADEQUATE -> 2;
      case NOT_DONE, LEFT_OUT -> 3;
    };
  }

  private static int column(Cell followUp) {
    return switch (followUp) {
      case POSITIVE -> 0;
      case EQUIVOCAL -> 1;
      case NEGATIVE_ADEQUATE -> 2;
      case NEGATIVE_INADEQUATE -> 3;
      case NOT_DONE, LEFT_OUT -> 4;
    };
  }

  private static List<String> cell(Cell baseline, Cell followUp) {
    return Splitter.on(' ').splitToList(TABLE[row(baseline)][column(followUp)]);
  }

  static CsfStatus expectedStatus(Cell baseline, Cell followUp) {
    return CsfStatus.valueOf(cell(baseline, followUp).get(0));
  }

  static RuleId expectedRule(Cell baseline, Cell followUp) {
    return RuleId.ofId(cell(baseline, followUp).get(1));
  }

  @ParameterizedTest(name = "{0} then {1}: {2} ({3})")
  @MethodSource("theCsfTable")
  void csfTable_everyCell(Cell baseline, Cell followUp, CsfStatus status, RuleId rule) {
    CsfFinding finding = CsfRules.assess(baseline.sample(), followUp.sample());

    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.rule()).isEqualTo(rule);
    assertThat(finding.reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.rule()).isEqualTo(rule);
              assertThat(reason.has(Fact.BASELINE_CYTOLOGY))
                  .isEqualTo(
                      baseline.sample().isPresent()
                          && baseline.sample().get().isDone()
                          && followUp.sample().isPresent()
                          && followUp.sample().get().isDone());
            });
  }

  @ParameterizedTest(name = "{0} then {1}: {2} ({3})")
  @MethodSource("theCsfTable")
  void csfTable_everyCell_throughTheEngine(
      Cell baseline, Cell followUp, CsfStatus status, RuleId rule) {
    Visit.Builder base = Visit.on(Fixtures.BASELINE_DATE);
    baseline.sample().ifPresent(base::csf);
    Visit.Builder next = Visit.on(Fixtures.day(28));
    followUp.sample().ifPresent(next::csf);

    VisitAssessment result = Fixtures.assess(base, next);

    assertThat(result.csf().status()).isEqualTo(status);
    assertThat(result.rules()).contains(rule);
  }

  // CSF-2 to CSF-5: named cells of the table, both sides

  private static CsfFinding csf(CsfSample baseline, CsfSample followUp) {
    return CsfRules.assess(Optional.of(baseline), Optional.of(followUp));
  }

  @Test
  void reason_carriesBothSamples_withTheirVolumesWhenGiven() {
    Reason cleared =
        CsfRules.assess(
                Optional.of(CsfSample.of(CsfResult.POSITIVE, 12)),
                Optional.of(CsfSample.negative(8)))
            .reasons()
            .get(0);
    Reason withoutVolumes =
        CsfRules.assess(Optional.of(CsfSample.positive()), Optional.of(CsfSample.negative()))
            .reasons()
            .get(0);

    assertThat(cleared.kind()).isEqualTo(ReasonKind.CSF_CLEARED);
    assertThat(cleared.value(Fact.BASELINE_CYTOLOGY, CsfResult.class))
        .isEqualTo(CsfResult.POSITIVE);
    assertThat(cleared.decimal(Fact.BASELINE_VOLUME_ML)).isEqualByComparingTo("12");
    assertThat(cleared.value(Fact.CYTOLOGY, CsfResult.class)).isEqualTo(CsfResult.NEGATIVE);
    assertThat(cleared.decimal(Fact.VOLUME_ML)).isEqualByComparingTo("8");
    assertThat(withoutVolumes.kind()).isEqualTo(ReasonKind.CSF_CLEARED);
    assertThat(withoutVolumes.has(Fact.BASELINE_VOLUME_ML)).isFalse();
    assertThat(withoutVolumes.has(Fact.VOLUME_ML)).isFalse();
  }

  @Test
  void csf2_positiveThenAdequateNegative_isCleared() {
    CsfFinding finding = csf(CsfSample.positive(), CsfSample.negative(8));

    assertThat(finding.status()).isEqualTo(CsfStatus.CLEARED);
    assertThat(finding.rule()).isEqualTo(RuleId.CSF_2);
  }

  @Test
  void csf2_positiveThenInadequateNegative_isNotCleared() {
    assertThat(csf(CsfSample.positive(), CsfSample.negative(4)).status())
        .isEqualTo(CsfStatus.INADEQUATE);
  }

  @Test
  void csf2_negativeThenNegative_isNegativeNotCleared() {
    CsfFinding finding = csf(CsfSample.negative(), CsfSample.negative(8));

    assertThat(finding.status()).isEqualTo(CsfStatus.NEGATIVE);
    assertThat(finding.rule()).isEqualTo(RuleId.CSF_5);
  }

  @Test
  void csf3_positiveThenPositive_isPersistent() {
    CsfFinding finding = csf(CsfSample.positive(), CsfSample.positive());

    assertThat(finding.status()).isEqualTo(CsfStatus.PERSISTENT);
    assertThat(finding.rule()).isEqualTo(RuleId.CSF_3);
  }

  @Test
  void csf3_positiveThenEquivocal_isPersistent() {
    assertThat(csf(CsfSample.positive(), CsfSample.of(CsfResult.EQUIVOCAL)).status())
        .isEqualTo(CsfStatus.PERSISTENT);
  }

  @Test
  void csf4_negativeThenPositive_isConverted() {
    CsfFinding finding = csf(CsfSample.negative(), CsfSample.positive());

    assertThat(finding.status()).isEqualTo(CsfStatus.CONVERTED);
    assertThat(finding.rule()).isEqualTo(RuleId.CSF_4);
  }

  @Test
  void csf4_equivocalThenPositive_isConverted() {
    assertThat(csf(CsfSample.of(CsfResult.EQUIVOCAL), CsfSample.positive()).status())
        .isEqualTo(CsfStatus.CONVERTED);
  }

  @Test
  void csf4_positiveThenPositive_isNotConverted() {
    assertThat(csf(CsfSample.positive(), CsfSample.positive()).status())
        .isNotEqualTo(CsfStatus.CONVERTED);
  }

  @Test
  void csf5_equivocalThenEquivocal_isEquivocal() {
    CsfFinding finding = csf(CsfSample.of(CsfResult.EQUIVOCAL), CsfSample.of(CsfResult.EQUIVOCAL));

    assertThat(finding.status()).isEqualTo(CsfStatus.EQUIVOCAL);
    assertThat(finding.rule()).isEqualTo(RuleId.CSF_5);
  }

  @Test
  void csf5_noSampleAtFollowUp_isNe() {
    CsfFinding finding = CsfRules.assess(Optional.of(CsfSample.positive()), Optional.empty());

    assertThat(finding.status()).isEqualTo(CsfStatus.NE);
    assertThat(finding.rule()).isEqualTo(RuleId.CSF_5);
  }

  @Test
  void csf5_noSampleAtBaseline_isNeWhateverTheFollowUp() {
    for (CsfResult result : CsfResult.values()) {
      assertThat(CsfRules.assess(Optional.empty(), Optional.of(CsfSample.of(result))).status())
          .as("%s", result)
          .isEqualTo(CsfStatus.NE);
    }
  }

  @Test
  void csf5_sampleAtBaselineAndFollowUp_isNotNe() {
    assertThat(csf(CsfSample.negative(), CsfSample.negative()).status()).isNotEqualTo(CsfStatus.NE);
  }

  // CSF-1: adequacy of a negative sample

  @Test
  void csf1_exactlyFiveMl_isAdequate() {
    CsfSample sample = CsfSample.negative(5);

    assertThat(sample.isInadequateNegative()).isFalse();
    assertThat(sample.isAdequateNegative()).isTrue();
    assertThat(CsfRules.assess(Optional.of(CsfSample.positive()), Optional.of(sample)).status())
        .isEqualTo(CsfStatus.CLEARED);
  }

  @Test
  void csf1_4point9Ml_isInadequate() {
    CsfSample sample = CsfSample.negative(4.9);

    assertThat(sample.isInadequateNegative()).isTrue();
    assertThat(sample.isAdequateNegative()).isFalse();
    CsfFinding finding = CsfRules.assess(Optional.of(CsfSample.positive()), Optional.of(sample));
    assertThat(finding.status()).isEqualTo(CsfStatus.INADEQUATE);
    assertThat(finding.rule()).isEqualTo(RuleId.CSF_1);
  }

  @Test
  void csf1_justBelowFiveMlAsExactDecimal_isInadequate() {
    CsfSample sample = CsfSample.of(CsfResult.NEGATIVE, new BigDecimal("4.999999999999"));

    assertThat(sample.isInadequateNegative()).isTrue();
  }

  @Test
  void csf1_fiveMlWrittenWithTrailingZeros_isAdequate() {
    assertThat(CsfSample.of(CsfResult.NEGATIVE, new BigDecimal("5.000")).isAdequateNegative())
        .isTrue();
    assertThat(CsfSample.of(CsfResult.NEGATIVE, new BigDecimal("5")).isAdequateNegative()).isTrue();
  }

  @Test
  void csf1_justAboveFiveMl_isAdequate() {
    assertThat(CsfSample.negative(5.01).isAdequateNegative()).isTrue();
  }

  @Test
  void csf1_noVolumeGiven_isAdequate() {
    assertThat(CsfSample.negative().isAdequateNegative()).isTrue();
    assertThat(CsfSample.negative().volumeMl()).isEmpty();
  }

  @Test
  void csf1_zeroMl_isAllowedAndInadequate() {
    CsfSample sample = CsfSample.negative(0);

    assertThat(sample.volumeMl()).isPresent();
    assertThat(sample.isInadequateNegative()).isTrue();
  }

  @Test
  void csf1_smallPositiveSample_isNotInadequate() {
    CsfSample positive = CsfSample.of(CsfResult.POSITIVE, 1);
    CsfSample equivocal = CsfSample.of(CsfResult.EQUIVOCAL, 1);

    assertThat(positive.isInadequateNegative()).isFalse();
    assertThat(equivocal.isInadequateNegative()).isFalse();
    assertThat(CsfRules.assess(Optional.of(CsfSample.negative()), Optional.of(positive)).status())
        .isEqualTo(CsfStatus.CONVERTED);
    assertThat(CsfRules.assess(Optional.of(CsfSample.positive()), Optional.of(equivocal)).status())
        .isEqualTo(CsfStatus.PERSISTENT);
  }

  @Test
  void csf1_inadequateBaselineNegative_stillCountsAsNegativeBaseline() {
    Optional<CsfSample> baseline = Optional.of(CsfSample.negative(2));

    assertThat(CsfRules.assess(baseline, Optional.of(CsfSample.positive())).status())
        .isEqualTo(CsfStatus.CONVERTED);
    assertThat(CsfRules.assess(baseline, Optional.of(CsfSample.negative(10))).status())
        .isEqualTo(CsfStatus.NEGATIVE);
    assertThat(CsfRules.assess(baseline, Optional.of(CsfSample.of(CsfResult.EQUIVOCAL))).status())
        .isEqualTo(CsfStatus.EQUIVOCAL);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, -5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void csf1_badVolume_isInvalidInput(double volume) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> CsfSample.of(CsfResult.NEGATIVE, volume));

    assertThat(e.path()).isEqualTo("volumeMl");
    assertThat(e.getMessage()).contains(volumeText(volume)).contains("allowed");
  }

  @Test
  void csf1_negativeVolumeOfAPositiveSample_isInvalidInput() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> CsfSample.of(CsfResult.POSITIVE, -1));

    assertThat(e.path()).isEqualTo("volumeMl");
  }

  @Test
  void csf1_negativeExactVolume_isInvalidInput() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> CsfSample.of(CsfResult.NEGATIVE, new BigDecimal("-0.5")));

    assertThat(e.path()).isEqualTo("volumeMl");
    assertThat(e.getMessage()).contains("-0.5").contains("0 or more");
  }

  private static String volumeText(double volume) {
    if (Double.isNaN(volume) || Double.isInfinite(volume)) {
      return String.valueOf(volume);
    }
    return String.valueOf(volume).replaceAll("\\.0$", "");
  }

  // What each status allows

  @Test
  void statuses_allowingCompleteResponse_areClearedAndNegative() {
    for (CsfStatus status : CsfStatus.values()) {
      assertThat(status.allowsCompleteResponse())
          .as("%s", status)
          .isEqualTo(status == CsfStatus.CLEARED || status == CsfStatus.NEGATIVE);
    }
  }

  @Test
  void statuses_countingAsNe_areNeAndInadequate() {
    for (CsfStatus status : CsfStatus.values()) {
      assertThat(status.isNotEvaluable())
          .as("%s", status)
          .isEqualTo(status == CsfStatus.NE || status == CsfStatus.INADEQUATE);
    }
  }

  @Test
  void sample_notDone_isTheSameAsLeftOut() {
    assertThat(CsfSample.of(CsfResult.NOT_DONE).isDone()).isFalse();
    assertThat(
            CsfRules.assess(
                Optional.of(CsfSample.positive()), Optional.of(CsfSample.of(CsfResult.NOT_DONE))))
        .isEqualTo(CsfRules.assess(Optional.of(CsfSample.positive()), Optional.empty()));
  }
}
