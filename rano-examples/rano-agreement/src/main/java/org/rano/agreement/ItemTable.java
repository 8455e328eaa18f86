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

  /**
   * One unit: the patient and where in the case (a follow-up, or the whole case). A follow-up of
   * ratings matched by visit also has its visit and each reader's date of it (reader order).
   */
  record Unit(String caseId, int visit, String date, String visitKey, Map<String, String> dates) {
    Unit(String caseId, int visit, String date) {
      this(caseId, visit, date, "", Map.of());
    }

    /** Tells whether the readers dated this visit differently. */
    boolean datesDiffer() {
      return dates.values().stream().distinct().count() > 1;
    }
  }

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

  /** The number of units rated by one reader only (in no statistic: nobody to agree with). */
  int ratedByOne() {
    return (int)
        values.stream()
            .filter(row -> java.util.Arrays.stream(row).filter(v -> !Double.isNaN(v)).count() == 1)
            .count();
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

  /**
   * The ratings of the given units. Categories are coded by the alphabetical order of their names
   * (not by first appearance), so that the order of the ratings cannot change the sums' order.
   */
  Ratings ratings(int[] rows) {
    double[] recode = new double[codes.size()];
    List<Map.Entry<String, Double>> names = new ArrayList<>(codes.entrySet());
    names.sort(Map.Entry.comparingByKey());
    for (int rank = 0; rank < names.size(); rank++) {
      recode[names.get(rank).getValue().intValue()] = rank;
    }
    double[][] table = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      double[] row = values.get(rows[i]).clone();
      if (!codes.isEmpty()) {
        for (int r = 0; r < row.length; r++) {
          if (!Double.isNaN(row[r])) {
            row[r] = recode[(int) row[r]];
          }
        }
      }
      table[i] = row;
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
