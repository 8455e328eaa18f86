package org.rano.agreement.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every statistic against a published worked example, with its source. Published figures are
 * rounded (to two or three decimals, as printed); each test allows half a unit of the last printed
 * decimal.
 */
class PublishedExamplesTest {

  private static final double NA = Double.NaN;

  /** Rows of a two-way contingency table (first reader in rows) as the ratings of two readers. */
  static Ratings fromTable(int[][] table) {
    List<double[]> rows = new ArrayList<>();
    for (int j = 0; j < table.length; j++) {
      for (int k = 0; k < table[j].length; k++) {
        for (int c = 0; c < table[j][k]; c++) {
          rows.add(new double[] {j, k});
        }
      }
    }
    return Ratings.of(rows.toArray(new double[0][]));
  }

  /** Per-unit counts of each category (Fleiss' layout) as the ratings of as many readers. */
  static Ratings fromCounts(int[][] counts) {
    double[][] rows = new double[counts.length][];
    for (int u = 0; u < counts.length; u++) {
      List<Double> values = new ArrayList<>();
      for (int j = 0; j < counts[u].length; j++) {
        for (int c = 0; c < counts[u][j]; c++) {
          values.add((double) j);
        }
      }
      rows[u] = values.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return Ratings.of(rows);
  }

  private static double value(Coefficient coefficient) {
    assertThat(coefficient.isDefined()).as(coefficient.toString()).isTrue();
    return coefficient.value().getAsDouble();
  }

  // ------------------------------------------------------------------------------ Krippendorff

  /**
   * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
   * Communication, University of Pennsylvania, Departmental Papers 43; section C, "Nominal data,
   * any number of observers, missing data": four observers A-D, twelve units, values 1-5, with
   * missing values (unit 12 has a single value and is not pairable). Published: nominal α = 0.743,
   * and, in the paper's sections on the other metrics applied to the same data, ordinal α = 0.815
   * and interval α = 0.849.
   */
  static final Ratings KRIPPENDORFF_2011 =
      Ratings.of(
          transpose(
              new double[][] {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA}, // observer A
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3}, // observer B
                {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA}, // observer C
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA} // observer D
              }));

  static double[][] transpose(double[][] byReader) {
    double[][] rows = new double[byReader[0].length][byReader.length];
    for (int r = 0; r < byReader.length; r++) {
      for (int u = 0; u < byReader[r].length; u++) {
        rows[u][r] = byReader[r][u];
      }
    }
    return rows;
  }

  @Test
  void krippendorff2011_nominal_0743() {
    assertThat(value(KrippendorffAlpha.nominal(KRIPPENDORFF_2011))).isCloseTo(0.743, within(5e-4));
  }

  @Test
  void krippendorff2011_ordinal_0815() {
    assertThat(value(KrippendorffAlpha.ordinal(KRIPPENDORFF_2011))).isCloseTo(0.815, within(5e-4));
  }

  @Test
  void krippendorff2011_interval_0849() {
    assertThat(value(KrippendorffAlpha.interval(KRIPPENDORFF_2011))).isCloseTo(0.849, within(5e-4));
  }

  @Test
  void krippendorffInterval_isTheSameAtAnyScale_evenNearTheEndOfTheDoubles() {
    double[][] small = {{1, 2}, {0, 1}, {2, 2}, {1, Double.NaN}, {0, 0}};
    double[][] huge = new double[small.length][];
    for (int u = 0; u < small.length; u++) {
      huge[u] = new double[] {small[u][0] * 1e300, small[u][1] * 1e300};
    }
    double expected = value(KrippendorffAlpha.interval(Ratings.of(small)));
    assertThat(value(KrippendorffAlpha.interval(Ratings.of(huge))))
        .isCloseTo(expected, within(1e-12));
  }

  @Test
  void krippendorff2011_toleranceZero_isNominal() {
    assertThat(KrippendorffAlpha.withinTolerance(KRIPPENDORFF_2011, 0))
        .isEqualTo(KrippendorffAlpha.nominal(KRIPPENDORFF_2011));
  }

  // ----------------------------------------------------------------------------------- Fleiss

  /**
   * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
   * Bulletin 76(5), 378-382, Table 1: 30 patients, each diagnosed by 6 of 43 psychiatrists into 5
   * categories (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other); the
   * ratings as distributed in R's irr package ({@code data(diagnoses)}). Published: κ = 0.430
   * (irr's {@code kappam.fleiss(diagnoses)}: 0.4302445).
   */
  static final Ratings FLEISS_1971 =
      Ratings.of(
          new double[][] {
            {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
            {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
            {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
            {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
            {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
            {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
            {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
            {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}
          });

  @Test
  void fleiss1971_table1_0430() {
    assertThat(value(FleissKappa.of(FLEISS_1971))).isCloseTo(0.4302445, within(5e-8));
  }

  /**
   * The worked example of the Wikipedia article "Fleiss' kappa" (section "Worked example"), widely
   * reproduced (statsmodels' tests use it): 10 subjects, 14 raters, 5 categories, given as counts
   * per category; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
   */
  @Test
  void wikipediaWorkedExample_10x14x5_0210() {
    Ratings ratings =
        fromCounts(
            new int[][] {
              {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
              {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}
            });
    assertThat(value(FleissKappa.of(ratings))).isCloseTo(0.210, within(5e-4));
  }

  // ------------------------------------------------------------------------------------ Cohen

  /**
   * Fleiss, J. L., Levin, B. and Paik, M. C. (2003). Statistical Methods for Rates and Proportions,
   * 3rd ed., Wiley; chapter 18, "The measurement of interrater agreement", Table 18.1: two raters
   * diagnose 100 subjects as psychotic, neurotic or organic; p<sub>o</sub> = 0.89, p<sub>e</sub> =
   * 0.66, κ = 0.68 (0.676).
   */
  @Test
  void fleissLevinPaik2003_table18_1_068() {
    Ratings ratings = fromTable(new int[][] {{75, 1, 4}, {5, 4, 1}, {0, 0, 10}});
    assertThat(value(CohenKappa.unweighted(ratings))).isCloseTo(0.23 / 0.34, within(1e-12));
    assertThat(value(PercentAgreement.of(ratings))).isCloseTo(0.89, within(1e-12));
  }

  /**
   * Altman, D. G. (1991). Practical Statistics for Medical Research, Chapman and Hall; section
   * 14.3, agreement between two radiologists grading the xeromammograms of 85 women as normal,
   * benign, suspected cancer or cancer (data of Boyd et al. 1982): κ = 0.47, and weighted κ with
   * linear weights (1, 0.67, 0.33, 0) = 0.57.
   */
  @Test
  void altman1991_xeromammograms_047_weighted057() {
    Ratings ratings =
        fromTable(new int[][] {{21, 12, 0, 0}, {4, 17, 1, 0}, {3, 9, 15, 2}, {0, 0, 0, 1}});
    assertThat(value(CohenKappa.unweighted(ratings))).isCloseTo(0.47, within(5e-3));
    assertThat(value(CohenKappa.linearWeighted(ratings))).isCloseTo(0.57, within(5e-3));
    // every grade was used: weights on the scale 0-3 are the same
    assertThat(value(CohenKappa.linearWeighted(ratings, 0, 3))).isCloseTo(0.57, within(5e-3));
  }

  /**
   * SAS/STAT User's Guide, The FREQ Procedure, "Tests and measures of agreement", the 3 x 3 example
   * table {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}} whose SAS printout statsmodels reproduces in its tests:
   * simple κ = 0.4842, weighted κ with Cicchetti-Allison (linear) weights = 0.4701.
   */
  @Test
  void sasFreqExample_simple04842_linear04701() {
    Ratings ratings = fromTable(new int[][] {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}});
    assertThat(value(CohenKappa.unweighted(ratings))).isCloseTo(0.4842, within(5e-5));
    assertThat(value(CohenKappa.linearWeighted(ratings))).isCloseTo(0.4701, within(5e-5));
    assertThat(value(CohenKappa.linearWeighted(ratings, 0, 2))).isCloseTo(0.4701, within(5e-5));
  }

  /**
   * A level left unused: on the scale 0-3, readers who used 0, 1 and 3 are weighed by the values
   * (Cicchetti-Allison with scores as values, as SAS weighs them): 1 - |v_j - v_k| / 3, κ_w = 8/23
   * = 0.3478 (p_o = 13/18, p_e = 31/54, computed by hand); weighing the three categories used by
   * rank (irr's "equal" weights) treats 1 and 3 as one step apart and gives 0.400.
   */
  @Test
  void linearWeights_onTheScale_differFromRanks_whenALevelIsUnused() {
    Ratings ratings = Ratings.of(new double[][] {{0, 0}, {1, 1}, {3, 3}, {1, 3}, {0, 1}, {3, 1}});
    assertThat(value(CohenKappa.linearWeighted(ratings, 0, 3))).isCloseTo(8.0 / 23, within(1e-12));
    assertThat(value(CohenKappa.linearWeighted(ratings))).isCloseTo(0.4, within(1e-12));
    assertThatThrownBy(() -> CohenKappa.linearWeighted(ratings, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the scale");
  }

  @Test
  void cohen_toleranceZero_isUnweighted() {
    Ratings ratings = fromTable(new int[][] {{75, 1, 4}, {5, 4, 1}, {0, 0, 10}});
    assertThat(CohenKappa.withinTolerance(ratings, 0)).isEqualTo(CohenKappa.unweighted(ratings));
  }

  // -------------------------------------------------------------------------------------- ICC

  /**
   * Shrout, P. E. and Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
   * reliability. Psychological Bulletin 86(2), 420-428, Table 2: six targets rated by four judges.
   * Published (Table 4): ICC(2,1) = 0.29 (and ICC(1,1) = 0.17, ICC(3,1) = 0.71).
   */
  @Test
  void shroutFleiss1979_table2_icc21_029() {
    Ratings ratings =
        Ratings.of(
            new double[][] {
              {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
            });
    assertThat(value(Icc21.of(ratings))).isCloseTo(0.29, within(5e-3));
  }
}
