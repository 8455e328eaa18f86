package org.rano.agreement.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of every coefficient: perfect agreement gives 1; the order of readers and of
 * units never matters; independent readers agree at chance level (kappa 0 in expectation); the
 * bootstrap gives the same interval for the same seed.
 */
class AgreementPropertiesTest {

  /** Every coefficient of a table, by name; Cohen's for the first two readers. */
  static Map<String, Coefficient> all(Ratings ratings) {
    Map<String, Coefficient> values = new LinkedHashMap<>();
    values.put("percent", PercentAgreement.of(ratings));
    values.put("percent within 1", PercentAgreement.withinTolerance(ratings, 1));
    Ratings pair = ratings.pair(0, 1);
    values.put("cohen", CohenKappa.unweighted(pair));
    values.put("cohen linear", CohenKappa.linearWeighted(pair));
    values.put("cohen within 1", CohenKappa.withinTolerance(pair, 1));
    values.put("fleiss", FleissKappa.of(ratings));
    values.put("alpha nominal", KrippendorffAlpha.nominal(ratings));
    values.put("alpha ordinal", KrippendorffAlpha.ordinal(ratings));
    values.put("alpha interval", KrippendorffAlpha.interval(ratings));
    values.put("alpha within 1", KrippendorffAlpha.withinTolerance(ratings, 1));
    values.put("icc", Icc21.of(ratings));
    return values;
  }

  /** A random table: categories 0 to 4, about a tenth of the ratings missing. */
  static double[][] randomTable(long seed, int units, int readers) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[units][readers];
    for (int u = 0; u < units; u++) {
      for (int r = 0; r < readers; r++) {
        rows[u][r] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(5);
      }
    }
    return rows;
  }

  @Test
  void perfectAgreement_givesOne_forEveryCoefficient() {
    qt().withFixedSeed(16L)
        .withExamples(500)
        .forAll(integers().between(2, 40), integers().between(2, 6), longs().all())
        .checkAssert(
            (units, readers, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              double[][] rows = new double[units][readers];
              for (int u = 0; u < units; u++) {
                // Units 0 and 1 are complete and differ, so that every coefficient is defined.
                double value = u < 2 ? u * 3 : random.nextInt(5);
                for (int r = 0; r < readers; r++) {
                  rows[u][r] = u >= 2 && random.nextInt(5) == 0 ? Double.NaN : value;
                }
              }
              all(Ratings.of(rows))
                  .forEach(
                      (name, coefficient) ->
                          assertThat(coefficient.value())
                              .as(name)
                              .hasValueCloseTo(1.0, within(1e-12)));
            });
  }

  @Test
  void reorderingReadersAndUnits_changesNothing() {
    qt().withFixedSeed(1971L)
        .withExamples(500)
        .forAll(integers().between(2, 40), integers().between(2, 6), longs().all())
        .checkAssert(
            (units, readers, seed) -> {
              double[][] rows = randomTable(seed, units, readers);
              SplittableRandom random = new SplittableRandom(~seed);
              int[] unitOrder = shuffled(units, random);
              int[] readerOrder = shuffled(readers, random);
              double[][] moved = new double[units][readers];
              for (int u = 0; u < units; u++) {
                for (int r = 0; r < readers; r++) {
                  moved[u][r] = rows[unitOrder[u]][readerOrder[r]];
                }
              }
              // Cohen's kappa of the pair: the same two readers, wherever they now stand.
              int first = indexOf(readerOrder, 0);
              int second = indexOf(readerOrder, 1);
              Map<String, Coefficient> before = all(Ratings.of(rows));
              Map<String, Coefficient> after = all(Ratings.of(moved));
              // Swapped on purpose: Cohen's kappa is symmetric in its two readers.
              Ratings movedPair = Ratings.of(moved).pair(/* first= */ second, /* second= */ first);
              after.put("cohen", CohenKappa.unweighted(movedPair));
              after.put("cohen linear", CohenKappa.linearWeighted(movedPair));
              after.put("cohen within 1", CohenKappa.withinTolerance(movedPair, 1));
              before.forEach(
                  (name, coefficient) -> {
                    Coefficient other = java.util.Objects.requireNonNull(after.get(name), name);
                    assertThat(other.isDefined()).as(name).isEqualTo(coefficient.isDefined());
                    if (coefficient.isDefined()) {
                      assertThat(other.value().getAsDouble())
                          .as(name)
                          .isCloseTo(coefficient.value().getAsDouble(), within(1e-12));
                    }
                  });
            });
  }

  /**
   * Two (or more) readers who rate independently, uniformly over three categories, agree only by
   * chance: kappa, Fleiss' kappa and alpha are 0 in expectation. The average of 4000 samples of 60
   * units is checked against 0 with a tolerance of 0.012, which is justified thus. Noise: under
   * independence the standard deviation of Cohen's kappa is about sqrt(pe / (n (1 - pe))) =
   * sqrt((1/3) / (60 * 2/3)) = 0.091, so the average of 4000 has a standard error of 0.0014, and
   * 0.012 is over 8 standard errors. Bias: the estimators are ratios with estimated chance
   * agreement, so their expectation is 0 only up to O(1/n); for Cohen's kappa E[po] = E[pe] = 1/3
   * exactly (the numerator is unbiased), and for Fleiss' kappa E[P̄e] = Σ pj² + Σ pj (1 - pj) / N
   * with N = 180 ratings, a bias of about -(2/3 / 180) / (2/3) = -0.0056; alpha corrects for the
   * sample size. So 0.012 covers noise and bias, while a coefficient without the chance correction
   * (percent agreement, 1/3 here) fails by far.
   */
  @Test
  void independentRandomReaders_agreeAtChanceLevel_kappaZeroInExpectation() {
    SplittableRandom random = new SplittableRandom(20261130L);
    int samples = 4000;
    double cohen = 0;
    double fleiss = 0;
    double alpha = 0;
    for (int s = 0; s < samples; s++) {
      double[][] rows = new double[60][3];
      for (double[] row : rows) {
        for (int r = 0; r < row.length; r++) {
          row[r] = random.nextInt(3);
        }
      }
      Ratings ratings = Ratings.of(rows);
      cohen += CohenKappa.unweighted(ratings.pair(0, 1)).value().orElseThrow();
      fleiss += FleissKappa.of(ratings).value().orElseThrow();
      alpha += KrippendorffAlpha.nominal(ratings).value().orElseThrow();
    }
    assertThat(cohen / samples).isCloseTo(0, within(0.012));
    assertThat(fleiss / samples).isCloseTo(0, within(0.012));
    assertThat(alpha / samples).isCloseTo(0, within(0.012));
  }

  @Test
  void bootstrap_sameSeed_sameInterval_otherSeed_otherInterval() {
    Ratings ratings = Ratings.of(randomTable(7L, 40, 3));
    Function<Ratings, Coefficient> alpha = KrippendorffAlpha::nominal;
    Interval first = Bootstrap.of(500, 42L).interval95(ratings, alpha).orElseThrow();
    Interval again = Bootstrap.of(500, 42L).interval95(ratings, alpha).orElseThrow();
    Interval other = Bootstrap.of(500, 43L).interval95(ratings, alpha).orElseThrow();
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(first.replicates()).isEqualTo(500);
  }

  @Test
  void bootstrap_sameSeed_sameInterval_onRandomData() {
    qt().withFixedSeed(1000L)
        .withExamples(50)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (data, seed) -> {
              Ratings ratings = Ratings.of(randomTable(data, 30, 3));
              Function<Ratings, Coefficient> fleiss = FleissKappa::of;
              assertThat(Bootstrap.of(200, seed).interval95(ratings, fleiss))
                  .isEqualTo(Bootstrap.of(200, seed).interval95(ratings, fleiss));
            });
  }

  @Test
  void clusterBootstrap_withOneUnitPerCluster_isTheUnitBootstrap() {
    Ratings ratings = Ratings.of(randomTable(9L, 25, 3));
    int[] singles = new int[25];
    for (int u = 0; u < singles.length; u++) {
      singles[u] = 100 - u;
    }
    Bootstrap bootstrap = Bootstrap.of(300, 5L);
    assertThat(bootstrap.interval95(ratings, singles, FleissKappa::of))
        .isEqualTo(bootstrap.interval95(ratings, FleissKappa::of));
  }

  @Test
  void clusterBootstrap_ofIdenticalClusters_isWiderThanPretendingUnitsAreIndependent() {
    // Ten patients, each with four follow-ups rated alike: the follow-ups carry no information
    // beyond their patient's, so resampling them one by one understates the uncertainty.
    double[][] rows = new double[40][];
    int[] clusters = new int[40];
    double[][] base = randomTable(12L, 10, 2);
    for (int u = 0; u < 40; u++) {
      rows[u] = base[u / 4].clone();
      clusters[u] = u / 4;
    }
    Ratings ratings = Ratings.of(rows);
    Function<Ratings, Coefficient> alpha = KrippendorffAlpha::nominal;
    Interval byUnit = Bootstrap.of(500, 1L).interval95(ratings, alpha).orElseThrow();
    Interval byPatient = Bootstrap.of(500, 1L).interval95(ratings, clusters, alpha).orElseThrow();
    assertThat(byPatient.upper() - byPatient.lower())
        .isGreaterThan(byUnit.upper() - byUnit.lower());
  }

  @Test
  void bootstrap_withoutReplicates_givesNoInterval() {
    assertThat(Bootstrap.of(0, 1L).interval95(Ratings.of(randomTable(1L, 10, 2)), FleissKappa::of))
        .isEmpty();
  }

  @Test
  void quantile_isType7() {
    double[] sorted = {1, 2, 3, 4};
    assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(2.5);
    assertThat(Bootstrap.quantile(sorted, 0.025)).isCloseTo(1.075, within(1e-12));
    assertThat(Bootstrap.quantile(sorted, 1)).isEqualTo(4);
  }

  @Test
  void noVariation_isUndefined_withAReason_neverNaN() {
    Ratings same = Ratings.of(new double[][] {{2, 2}, {2, 2}, {2, 2}});
    all(same)
        .forEach(
            (name, coefficient) -> {
              if (!name.startsWith("percent")) {
                assertThat(coefficient.isDefined()).as(name).isFalse();
                assertThat(coefficient.undefinedBecause()).as(name).isPresent();
              }
            });
    assertThat(PercentAgreement.of(same).value()).hasValue(1.0);
  }

  @Test
  void iccWithZeroDenominator_butVariation_isUndefined() {
    // Units' and readers' means are all equal: BMS = JMS = 0, and with n = k = 2 the denominator
    // BMS + (k-1) EMS + k (JMS - EMS) / n is 0 although the ratings vary.
    Coefficient icc = Icc21.of(Ratings.of(new double[][] {{1, 2}, {2, 1}}));
    assertThat(icc.isDefined()).isFalse();
    assertThat(icc.undefinedBecause().orElseThrow()).contains("denominator");
  }

  private static int[] shuffled(int size, SplittableRandom random) {
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    for (int i = size - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  private static int indexOf(int[] order, int value) {
    for (int i = 0; i < order.length; i++) {
      if (order[i] == value) {
        return i;
      }
    }
    throw new AssertionError("bug: " + value + " not in the order");
  }
}
