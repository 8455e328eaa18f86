package org.rano.agreement.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Ratings.sortedDistinct}, the categories of a table without boxing, gives what {@code
 * DoubleStream.map(-0.0 to 0.0).distinct().sorted()} gives, on both sides of the number of distinct
 * values it finds by a scan (32).
 */
class SortedDistinctTest {

  private static double[] reference(double[] values) {
    return Arrays.stream(values).map(v -> v == 0 ? 0 : v).distinct().sorted().toArray();
  }

  private static double[] mine(double[] values) {
    double[] copy = values.clone();
    return Ratings.sortedDistinct(copy, copy.length);
  }

  @Test
  void agreesWithTheStreamForAnyValues() {
    qt().withFixedSeed(20261201L)
        .withExamples(2000)
        .forAll(lists().of(integers().between(-40, 40)).ofSizeBetween(0, 200))
        .checkAssert(
            ints -> {
              double[] values = ints.stream().mapToDouble(i -> i / 2.0).toArray();
              assertThat(mine(values)).containsExactly(reference(values));
            });
  }

  @Test
  void boundary_32And33DistinctValues_andNegativeZero() {
    for (int distinct : List.of(0, 1, 31, 32, 33, 100)) {
      double[] values = new double[distinct * 3];
      for (int i = 0; i < values.length; i++) {
        values[i] = (i * 7) % Math.max(1, distinct) - 5.5;
      }
      assertThat(mine(values)).as("%s distinct", distinct).containsExactly(reference(values));
      assertThat(mine(values)).hasSize(distinct == 0 ? 0 : Math.min(distinct, values.length));
    }
    double[] zeros = {0.0, -0.0, 1, -0.0};
    double[] result = mine(zeros);
    assertThat(result).containsExactly(0.0, 1.0);
    assertThat(Double.doubleToRawLongBits(result[0])).isZero(); // +0.0, never -0.0
  }

  @Test
  void onlyTheFirstLengthValuesCount() {
    double[] values = {3, 1, 2, 99, 98};
    assertThat(Ratings.sortedDistinct(values, 3)).containsExactly(1, 2, 3);
  }
}
