package org.rano.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The table of {@code rano agreement --text}: every line at most {@value #WIDTH} columns (a longer
 * line is wrapped at a space, or cut where it has none, and continued indented).
 *
 * <p>This class is stateless and thread-safe.
 */
final class StudyText {
  private StudyText() {}

  /** The most columns of a line. */
  static final int WIDTH = 100;

  private static final String ROW = "%-30s %-8s %5s %5s %6s %6s %6s %-20s %6s";

  static String write(AgreementStudy study) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "rano agreement: "
            + study.readers().size()
            + " readers ("
            + String.join(", ", study.readers())
            + "), "
            + study.cases()
            + " cases, "
            + study.ratings()
            + " ratings, "
            + study.errors().size()
            + " error records");
    lines.add(
        "95 % CI: percentile bootstrap over patients, "
            + study.bootstrap()
            + " replicates, seed "
            + study.seed()
            + "; date tolerance "
            + study.toleranceDays()
            + " days");
    lines.add("");
    lines.add(
        String.format(
                Locale.ROOT,
                ROW,
                "item",
                "level",
                "units",
                "agree",
                "kappa",
                "wkappa",
                "fleiss",
                "alpha [95 % CI]",
                "icc")
            .stripTrailing());
    for (Results.Item item : study.items()) {
      lines.add(
          String.format(
                  Locale.ROOT,
                  ROW,
                  fit(item.name(), 30),
                  item.level().key(),
                  item.units(),
                  number(item.percentAgreement().value()),
                  number(item.cohen().median()),
                  item.weighted() == null ? "-" : number(item.weighted().median()),
                  number(item.fleiss().value().value()),
                  withCi(item.alpha()),
                  item.icc() == null ? "-" : number(item.icc().value().value()))
              .stripTrailing());
    }
    lines.add("");
    lines.add(
        "agree: percent agreement; kappa: median of Cohen's kappa over reader pairs; wkappa: the "
            + "same, linear weighted (ordinal items); n/a: undefined (the JSON says why); -: not "
            + "for this level.");
    lines.add("");
    lines.add(
        study.byVisit()
            ? "Completeness: ratings with a response at every visit any reader rated"
            : "Completeness: ratings with every required field at every visit");
    lines.add(
        String.format(
            Locale.ROOT,
            "%-20s %7s %8s %6s  %s",
            "reader",
            "ratings",
            "complete",
            "share",
            "most often missing (visits)"));
    for (Results.Completeness reader : study.completeness()) {
      List<String> missing = new ArrayList<>();
      for (Map.Entry<String, Integer> field : reader.missing()) {
        // by visit, "overall" is a missing response and "visit" a visit only others rated
        String name =
            !study.byVisit()
                ? field.getKey()
                : switch (field.getKey()) {
                  case "overall" -> "response missing";
                  case "visit" -> "visit not rated";
                  default -> field.getKey();
                };
        missing.add(name + " (" + field.getValue() + ")");
      }
      lines.add(
          String.format(
                  Locale.ROOT,
                  "%-20s %7d %8d %6s  %s",
                  fit(reader.reader(), 20),
                  reader.ratings(),
                  reader.complete(),
                  number(AgreementStudy.shareOf(reader.complete(), reader.ratings())),
                  String.join(", ", missing))
              .stripTrailing());
    }
    lines.add("");
    lines.add(
        study.byVisit()
            ? "Reported overall call against the library's: none (the responses are the readers'"
                + " own calls)"
            : "Reported overall call against the library's");
    if (!study.reported().isEmpty()) {
      lines.add(
          String.format(Locale.ROOT, "%-20s %7s %8s %6s", "reader", "calls", "agreeing", "share"));
    }
    for (Results.Reported reader : study.reported()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%-20s %7d %8d %6s",
              fit(reader.reader(), 20),
              reader.calls(),
              reader.agreeing(),
              number(AgreementStudy.shareOf(reader.agreeing(), reader.calls()))));
      for (Results.Disagreement disagreement : reader.disagreements()) {
        lines.add(
            "  "
                + disagreement.caseId()
                + " followUps["
                + disagreement.followUp()
                + "] "
                + disagreement.date()
                + ": reported "
                + disagreement.reported()
                + ", derived "
                + disagreement.derived()
                + " ("
                + String.join(", ", disagreement.rules())
                + ")");
      }
    }
    lines.add("");
    lines.add(
        "Adjudication: "
            + study.adjudication().size()
            + " units where readers disagree on the overall response, a best response or the "
            + "progression date");
    for (Results.Adjudication unit : study.adjudication()) {
      List<String> values = new ArrayList<>();
      boolean differ = unit.dates().values().stream().distinct().count() > 1;
      for (String[] value : unit.values()) {
        String date = unit.dates().get(value[0]);
        values.add(value[0] + " " + value[1] + (differ && date != null ? " on " + date : ""));
      }
      lines.add(
          "  "
              + unit.caseId()
              + (unit.followUp() < 0
                  ? ""
                  : unit.visit().isEmpty()
                      ? " followUps[" + unit.followUp() + "] " + unit.date()
                      : " visit " + unit.visit() + " " + unit.date())
              + " "
              + unit.item()
              + ": "
              + String.join(", ", values));
    }
    if (study.byVisit()) {
      lines.add("");
      lines.add(
          "Visits the readers dated differently: "
              + study.differingDates().size()
              + " (matched by visit all the same)");
      for (ItemTable.Unit unit : study.differingDates()) {
        List<String> dates = new ArrayList<>();
        new java.util.TreeMap<>(unit.dates())
            .forEach((reader, date) -> dates.add(reader + " " + date));
        lines.add(
            "  " + unit.caseId() + " visit " + unit.visitKey() + ": " + String.join(", ", dates));
      }
      lines.add("");
      lines.add("Notes");
      for (String note : AgreementStudy.NOTES_BY_VISIT) {
        lines.add("  " + note);
      }
    }
    if (!study.errors().isEmpty()) {
      lines.add("");
      lines.add("Error records (left out of the statistics)");
      for (RatingError error : study.errors()) {
        lines.add("  " + error);
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      wrap(line, text);
    }
    return text.toString();
  }

  private static String fit(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "n/a";
  }

  private static String withCi(Results.Estimate estimate) {
    String value = number(estimate.value().value());
    return estimate
        .ci()
        .map(
            ci ->
                value
                    + " ["
                    + String.format(Locale.ROOT, "%.2f", ci.lower())
                    + ", "
                    + String.format(Locale.ROOT, "%.2f", ci.upper())
                    + "]")
        .orElse(value);
  }

  /** Appends a line, wrapped at {@link #WIDTH} columns with a four-space indent. */
  static void wrap(String line, StringBuilder out) {
    String rest = line;
    boolean first = true;
    while (true) {
      String prefix = first ? "" : "    ";
      int room = WIDTH - prefix.length();
      if (rest.length() <= room) {
        out.append(prefix).append(rest).append('\n');
        return;
      }
      int cut = rest.lastIndexOf(' ', room);
      if (cut <= 0) {
        cut = room;
      }
      out.append(prefix).append(rest, 0, cut).append('\n');
      rest = rest.substring(cut).stripLeading();
      first = false;
    }
  }
}
