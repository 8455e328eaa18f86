package org.rano.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rano.agreement.stats.Ratings;

/**
 * One item's ratings as they are collected: units in order of first appearance, one column per
 * reader of the study, each value a number and its label (a category's name, a level, a date). Not
 * thread-safe while collecting.
 */
final class ItemTable {

  /** One unit: the patient and where in the case (a follow-up, or the whole case). */
  record Unit(String caseId, int visit, String date) {}

  final String name;
  final Level level;
  private final int readers;
  private final Map<String, Integer> unitIndex = new HashMap<>();
  final List<Unit> units = new ArrayList<>();
  private final List<double[]> values = new ArrayList<>();
  private final List<String[]> labels = new ArrayList<>();
  private final Map<String, Double> codes = new LinkedHashMap<>();

  /** The ends of an ordinal item's scale, when known (for the linear weights of kappa). */
  double lowest = Double.NaN;

  double highest = Double.NaN;

  /** Sets the ends of the item's scale; returns this table. */
  ItemTable scale(double low, double high) {
    this.lowest = low;
    this.highest = high;
    return this;
  }

  ItemTable(String name, Level level, int readers) {
    this.name = name;
    this.level = level;
    this.readers = readers;
  }

  /** Adds a category of a nominal item: its code is its order of first appearance. */
  void category(Unit unit, int reader, String label) {
    Double code = codes.computeIfAbsent(label, key -> (double) codes.size());
    put(unit, reader, code, label);
  }

  /** Adds a number (a level, a score, days). */
  void number(Unit unit, int reader, double value, String label) {
    put(unit, reader, value, label);
  }

  /** Notes that a reader has no value for a unit (it exists for others). */
  void missing(Unit unit) {
    row(unit);
  }

  private void put(Unit unit, int reader, double value, String label) {
    int row = row(unit);
    values.get(row)[reader] = value;
    labels.get(row)[reader] = label;
  }

  private int row(Unit unit) {
    String key = unit.caseId() + '\u0000' + unit.visit();
    Integer index = unitIndex.get(key);
    if (index == null) {
      index = units.size();
      unitIndex.put(key, index);
      units.add(unit);
      double[] row = new double[readers];
      java.util.Arrays.fill(row, Double.NaN);
      values.add(row);
      labels.add(new String[readers]);
    }
    return index;
  }

  /** The units rated by two readers or more, as a table, with their rows' indexes. */
  int[] pairable() {
    return java.util.stream.IntStream.range(0, units.size())
        .filter(
            u -> java.util.Arrays.stream(values.get(u)).filter(v -> !Double.isNaN(v)).count() >= 2)
        .toArray();
  }

  /** The cluster (the patient, by order of first appearance) of each of the given units. */
  int[] clusters(int[] rows) {
    Map<String, Integer> patients = new HashMap<>();
    int[] clusters = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      String id = units.get(rows[i]).caseId();
      Integer cluster = patients.get(id);
      if (cluster == null) {
        cluster = patients.size();
        patients.put(id, cluster);
      }
      clusters[i] = cluster;
    }
    return clusters;
  }

  Ratings ratings(int[] rows) {
    double[][] table = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      table[i] = values.get(rows[i]);
    }
    return Ratings.of(table);
  }

  double value(int unit, int reader) {
    return values.get(unit)[reader];
  }

  String label(int unit, int reader) {
    String label = labels.get(unit)[reader];
    return label == null ? "" : label;
  }

  /** Tells whether a reader rated any unit of the item. */
  boolean rates(int reader) {
    for (double[] row : values) {
      if (!Double.isNaN(row[reader])) {
        return true;
      }
    }
    return false;
  }
}
