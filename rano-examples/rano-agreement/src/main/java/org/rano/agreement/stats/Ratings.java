package org.rano.agreement.stats;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A table of ratings: units (rows) rated by readers (columns), each cell a number or missing.
 * Categories of a nominal item are numbers used as codes (only equality matters); an ordinal item's
 * categories are numbers whose order is the scale's; an interval item's are its values.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratings {

  private final double[][] cells;
  private final int readers;

  private Ratings(double[][] cells, int readers) {
    this.cells = cells;
    this.readers = readers;
  }

  /**
   * Obtains a table from rows of ratings, one row per unit and one column per reader, {@link
   * Double#NaN} marking a missing rating.
   *
   * @param rows the ratings, {@code rows[unit][reader]}, not null; every row of the same length, 1
   *     or more; copied
   * @return the table, not null
   * @throws IllegalArgumentException if the rows differ in length, have no reader, or hold an
   *     infinite value
   */
  public static Ratings of(double[][] rows) {
    Objects.requireNonNull(rows, "rows");
    int readers = rows.length == 0 ? 0 : rows[0].length;
    double[][] copy = new double[rows.length][];
    for (int u = 0; u < rows.length; u++) {
      double[] row = Objects.requireNonNull(rows[u], "rows[" + u + "]");
      if (row.length != readers) {
        throw new IllegalArgumentException(
            "rows[" + u + "] has " + row.length + " ratings; allowed: " + readers + ", as row 0");
      }
      for (int r = 0; r < row.length; r++) {
        if (Double.isInfinite(row[r])) {
          throw new IllegalArgumentException(
              "rows[" + u + "][" + r + "] is " + row[r] + "; allowed: a finite number or NaN");
        }
      }
      copy[u] = row.clone();
    }
    if (rows.length > 0 && readers == 0) {
      throw new IllegalArgumentException("rows have no reader; allowed: 1 or more readers");
    }
    return new Ratings(copy, readers);
  }

  /**
   * The number of units.
   *
   * @return 0 or more
   */
  public int units() {
    return cells.length;
  }

  /**
   * The number of readers.
   *
   * @return 0 for a table without units, else 1 or more
   */
  public int readers() {
    return readers;
  }

  /**
   * One rating.
   *
   * @param unit the unit, 0 to {@link #units()} - 1
   * @param reader the reader, 0 to {@link #readers()} - 1
   * @return the rating, or empty when it is missing
   * @throws IndexOutOfBoundsException if either index is out of range
   */
  public OptionalDouble rating(int unit, int reader) {
    double value = cells[unit][reader];
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The table of two readers only, in the order given.
   *
   * @param first a reader, 0 to {@link #readers()} - 1
   * @param second another reader
   * @return the two columns, not null
   * @throws IndexOutOfBoundsException if either index is out of range
   */
  public Ratings pair(int first, int second) {
    Objects.checkIndex(first, readers);
    Objects.checkIndex(second, readers);
    double[][] rows = new double[cells.length][];
    for (int u = 0; u < cells.length; u++) {
      rows[u] = new double[] {cells[u][first], cells[u][second]};
    }
    return new Ratings(rows, 2);
  }

  /** The raw cell, NaN when missing; for the statistics of this package. */
  double at(int unit, int reader) {
    return cells[unit][reader];
  }

  /** The table of the given units, in that order, repeats allowed: a bootstrap sample. */
  Ratings ofUnits(int[] units) {
    double[][] rows = new double[units.length][];
    for (int i = 0; i < units.length; i++) {
      rows[i] = cells[units[i]];
    }
    return new Ratings(rows, readers);
  }

  /** The values of one unit that are not missing. */
  double[] present(int unit) {
    double[] row = cells[unit];
    int count = 0;
    for (double value : row) {
      if (!Double.isNaN(value)) {
        count++;
      }
    }
    double[] values = new double[count];
    int i = 0;
    for (double value : row) {
      if (!Double.isNaN(value)) {
        values[i++] = value;
      }
    }
    return values;
  }

  /** The distinct values of the table, sorted. */
  double[] categories() {
    double[] values = new double[cells.length * readers];
    int n = 0;
    for (double[] row : cells) {
      for (double v : row) {
        if (!Double.isNaN(v)) {
          values[n++] = v;
        }
      }
    }
    return sortedDistinct(values, n);
  }

  /** Up to this many distinct values are found by a scan rather than by sorting every value. */
  private static final int FEW = 32;

  /**
   * The distinct values of the first {@code length} of {@code values}, sorted, -0.0 and 0.0 being
   * one value; as {@code DoubleStream.distinct().sorted()} gives them, without boxing (the
   * bootstrap asks for them thousands of times). The array may be reordered.
   *
   * @param values the values, none NaN; changed
   * @param length how many of them count
   * @return the distinct values, ascending
   */
  static double[] sortedDistinct(double[] values, int length) {
    for (int i = 0; i < length; i++) {
      if (values[i] == 0) {
        values[i] = 0; // -0.0 and 0.0 are one category
      }
    }
    // Most items have a few categories: gather them by a scan, and sort only those.
    double[] few = new double[FEW];
    int found = 0;
    scan:
    for (int i = 0; i < length; i++) {
      double v = values[i];
      for (int j = 0; j < found; j++) {
        if (few[j] == v) {
          continue scan;
        }
      }
      if (found == FEW) {
        found = -1; // many values: sort them all
        break;
      }
      few[found++] = v;
    }
    if (found >= 0) {
      Arrays.sort(few, 0, found);
      return Arrays.copyOf(few, found);
    }
    Arrays.sort(values, 0, length);
    int distinct = 0;
    for (int i = 0; i < length; i++) {
      if (distinct == 0 || values[i] != values[distinct - 1]) {
        values[distinct++] = values[i];
      }
    }
    return Arrays.copyOf(values, distinct);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ratings that && Arrays.deepEquals(cells, that.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(cells);
  }

  @Override
  public String toString() {
    return "Ratings[" + cells.length + " units x " + readers + " readers]";
  }
}
