package org.rano.report;

import static org.rano.report.svg.SvgWriter.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.ImagingProgressionReference;
import org.rano.TimePoint;
import org.rano.VisitAssessment;
import org.rano.csf.CsfStatus;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainFinding;
import org.rano.neuro.DomainOutcome;
import org.rano.report.svg.SvgWriter;

/**
 * The charts of one case, each a standalone SVG document (its stylesheet inside), for the report
 * and for any page that shows a single case: the composite score over time and the heat strip of
 * the components at each follow-up.
 *
 * <p>Both need the visits' assessments: a sequence of responses assessed elsewhere has none, and
 * the methods return empty for it. The composite needs the 2017 scorecard.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CaseCharts {
  private static final double CELL_W = 46;
  private static final double CELL_H = 17;
  private static final double LABEL_W = 150;

  private CaseCharts() {}

  /**
   * Obtains the stylesheet the charts use, for a page that writes several charts inline and wants
   * the rules once: the charts' root elements have class {@code rc}.
   *
   * @return the CSS rules, not null
   */
  public static String stylesheet() {
    return ChartStyle.CSS;
  }

  /**
   * Draws the composite score (IMG-3, 0 to 15) of a case at baseline and at each follow-up, with
   * the composite at which the change from baseline reaches -50 % (PR, IMG-8) and, when the case's
   * criteria judge progression against the baseline (IMG-12), the lowest composite that is PD by
   * IMG-6 (at least +25 % and at least {@code compositeMinIncrease} points more), each follow-up
   * marked by its radiological status; a follow-up whose composite is not evaluable (a target NE,
   * IMG-10, or no imaging) is marked NE on the time axis.
   *
   * @param assessment the case's assessment, not null
   * @return the SVG document, or empty for a response sequence, a case of the 2019 scorecard or a
   *     case without a baseline composite
   */
  public static Optional<String> compositeOverTime(CaseAssessment assessment) {
    return compositeOverTime(
        new CaseView(1, Objects.requireNonNull(assessment, "assessment")), true);
  }

  static Optional<String> compositeOverTime(CaseView c, boolean standalone) {
    if (c.isSequence() || c.isLano2019()) {
      return Optional.empty();
    }
    Optional<Integer> baseline = c.baselineComposite();
    if (baseline.isEmpty()) {
      return Optional.empty();
    }
    int b = baseline.get();
    double width = 440;
    double height = 250;
    double top = 40;
    double bottom = 190;
    Scale x = Scale.of(0, Scale.niceCeiling(c.lastDay(), 28, 6), 60, width - 20);
    int highest = b;
    for (TimePoint point : c.assessment().timePoints()) {
      Optional<ImagingFinding> imaging = point.assessment().map(VisitAssessment::imaging);
      if (imaging.isPresent() && imaging.get().compositeScore().isPresent()) {
        highest = Math.max(highest, imaging.get().compositeScore().getAsInt());
      }
    }
    // up to the highest composite and the +25 % line, at least 4 points, at most the scale's 15
    // PD by IMG-6 against the baseline: the smallest composite F with F >= 1.25 B (4F >= 5B) and
    // F - B >= compositeMinIncrease; under IMG-12 NADIR the reference moves, so no line is drawn
    Criteria criteria = c.assessment().criteria();
    boolean fromBaseline =
        criteria.imagingProgressionReference() == ImagingProgressionReference.BASELINE;
    int pdFrom = Math.max((5 * b + 3) / 4, b + criteria.compositeMinIncrease());
    double yMax = Math.min(15, Math.max(4, Math.max(highest, fromBaseline ? pdFrom : b) + 1));
    Scale y = Scale.of(0, yMax, bottom, top);
    SvgWriter svg =
        Plot.start(
            width,
            height,
            "Composite score over time: " + CohortCharts.shorten(c.label(), 28),
            standalone,
            "data-chart",
            "composite");
    Plot.axisLeft(svg, y, x.at(0), x.at(x.max()), 5, "Composite (points)", "");
    Plot.axisBottom(svg, x, bottom, 6, "Time from baseline", "days");
    if (b > 0) {
      double pr = b * 0.5;
      svg.line(x.at(0), y.at(pr), x.at(x.max()), y.at(pr), "class", "ref");
      svg.text(x.at(x.max()) - 2, y.at(pr) + 10, "-50 %: PR", "class", "lr");
      if (fromBaseline && pdFrom <= yMax) {
        svg.line(x.at(0), y.at(pdFrom), x.at(x.max()), y.at(pdFrom), "class", "ref");
        svg.text(
            x.at(x.max()) - 2, y.at(pdFrom) - 3, "PD from " + pdFrom + " (IMG-6)", "class", "lr");
      }
    }
    StringBuilder d = new StringBuilder("M").append(num(x.at(0))).append(' ').append(num(y.at(b)));
    for (TimePoint point : c.assessment().timePoints()) {
      Optional<ImagingFinding> imaging = point.assessment().map(VisitAssessment::imaging);
      if (imaging.isPresent() && imaging.get().compositeScore().isPresent()) {
        int score = imaging.get().compositeScore().getAsInt();
        d.append('L')
            .append(num(x.at(point.daysFromBaseline())))
            .append(' ')
            .append(num(y.at(score)));
      }
    }
    svg.empty("path", "d", d.toString(), "class", "cp");
    // the points (one circle each, its composite in data-composite), then their labels as one
    // text: the radiological status above each point, NE on the time axis where the composite
    // is not evaluable
    svg.circle(x.at(0), y.at(b), 3.5, "class", "bl", "data-composite", Integer.toString(b));
    List<String[]> labels = new ArrayList<>();
    labels.add(new String[] {num(x.at(0) + 30), num(y.at(b) - 7), "baseline " + b});
    for (TimePoint point : c.assessment().timePoints()) {
      Optional<ImagingFinding> imaging = point.assessment().map(VisitAssessment::imaging);
      if (imaging.isEmpty()) {
        continue;
      }
      double px = x.at(point.daysFromBaseline());
      ImagingStatus status = imaging.get().status();
      String name = status == ImagingStatus.NOT_APPLICABLE ? "n/a" : status.name();
      if (imaging.get().compositeScore().isPresent()) {
        int score = imaging.get().compositeScore().getAsInt();
        if (standalone) {
          svg.start(
              "circle",
              "cx",
              num(px),
              "cy",
              num(y.at(score)),
              "r",
              "3.5",
              "class",
              "bl",
              "data-composite",
              Integer.toString(score));
          svg.element(
              "title",
              point.date()
                  + " (day "
                  + point.daysFromBaseline()
                  + "): composite "
                  + score
                  + imaging
                      .get()
                      .compositeChangePercent()
                      .map(p -> " (" + p.toPlainString() + " %)")
                      .orElse("")
                  + ", imaging "
                  + name);
          svg.end();
        } else {
          // the report shows these numbers in the time-point table above the chart
          svg.circle(
              px, y.at(score), 3.5, "class", "bl", "data-composite", Integer.toString(score));
        }
        labels.add(new String[] {num(px), num(y.at(score) - 7), name});
      } else {
        labels.add(new String[] {num(px), num(bottom - 4), "NE"});
      }
    }
    svg.start("text", "class", "ct");
    for (String[] label : labels) {
      svg.element("tspan", label[2], "x", label[0], "y", label[1]);
    }
    svg.end();
    return Optional.of(svg.finish());
  }

  /**
   * Draws the heat strip of a case's components at each follow-up (one column per time point): one
   * row per neurological domain, its level as a shade from light (0) to dark (the domain's highest
   * level), the level written on it except 0, NE as a dashed white cell, a domain that progressed
   * (NEURO-1, NEURO-2) outlined in vermillion, an excluded worsening (NEURO-4) starred; then the
   * CSF status (green: allows CR; orange: persistent or converted; grey: not evaluable), the
   * radiological status and the overall response.
   *
   * @param assessment the case's assessment, not null
   * @return the SVG document, or empty for a response sequence or a case without follow-up
   */
  public static Optional<String> neuroHeatStrip(CaseAssessment assessment) {
    return neuroHeatStrip(new CaseView(1, Objects.requireNonNull(assessment, "assessment")), true);
  }

  static Optional<String> neuroHeatStrip(CaseView c, boolean standalone) {
    List<TimePoint> points = new ArrayList<>();
    for (TimePoint point : c.assessment().timePoints()) {
      if (point.assessment().isPresent()) {
        points.add(point);
      }
    }
    if (points.isEmpty()) {
      return Optional.empty();
    }
    List<Domain> domains = new ArrayList<>();
    for (TimePoint point : points) {
      for (DomainFinding f : point.assessment().orElseThrow().neuro().domains()) {
        if (!domains.contains(f.domain())) {
          domains.add(f.domain());
        }
      }
    }
    int columns = points.size();
    double top = 62;
    int rows = domains.size() + 3;
    double width = Math.max(500, LABEL_W + columns * CELL_W + 20);
    // a standalone strip carries its legend; the report draws it once for all cases
    double height = top + rows * CELL_H + (standalone ? 58 : 22);
    double csfY = top + domains.size() * CELL_H + 4;
    double overallY = csfY + 2 * CELL_H;

    // what each cell shows: its class (shade, status colour) and its text
    List<List<String>> classes = new ArrayList<>();
    List<String[]> texts = new ArrayList<>();
    List<String[]> textClasses = new ArrayList<>();
    List<Double> rowYs = new ArrayList<>();
    StringBuilder levels = new StringBuilder();
    StringBuilder progressed = new StringBuilder();
    for (int row = 0; row < domains.size(); row++) {
      Domain domain = domains.get(row);
      double ry = top + row * CELL_H;
      int max = Math.max(1, domain.maxLevel());
      List<String> rowClasses = new ArrayList<>();
      String[] rowTexts = new String[columns];
      String[] rowTextClasses = new String[columns];
      levels.append(row == 0 ? "" : "|");
      for (int col = 0; col < columns; col++) {
        Optional<DomainFinding> finding =
            points.get(col).assessment().orElseThrow().neuro().domains().stream()
                .filter(f -> f.domain().equals(domain))
                .findFirst();
        levels.append(col == 0 ? "" : " ");
        rowTextClasses[col] = "";
        if (finding.isEmpty() || finding.get().value().level().isEmpty()) {
          rowClasses.add("ne");
          rowTexts[col] = "NE";
          levels.append("NE");
          continue;
        }
        DomainFinding f = finding.get();
        int level = f.value().level().getAsInt();
        long shade = Math.round(4.0 * level / max);
        boolean excluded = f.excludedCause().isPresent();
        rowClasses.add("h" + shade);
        rowTexts[col] = level > 0 || excluded ? level + (excluded ? "*" : "") : "";
        rowTextClasses[col] = shade >= 3 ? "hw" : "";
        levels.append(level);
        if (f.outcome() == DomainOutcome.PROGRESSION) {
          progressed
              .append('M')
              .append(num(LABEL_W + col * CELL_W + 3))
              .append(' ')
              .append(num(ry + 2))
              .append('h')
              .append(num(CELL_W - 6))
              .append('v')
              .append(num(CELL_H - 4))
              .append('h')
              .append(num(-(CELL_W - 6)))
              .append('z');
        }
      }
      classes.add(rowClasses);
      texts.add(rowTexts);
      textClasses.add(rowTextClasses);
      rowYs.add(ry);
    }
    List<String> csfClasses = new ArrayList<>();
    List<String> imagingClasses = new ArrayList<>();
    List<String> overallClasses = new ArrayList<>();
    String[] csfTexts = new String[columns];
    String[] imagingTexts = new String[columns];
    String[] overallTexts = new String[columns];
    String[] overallTextClasses = new String[columns];
    String[] none = new String[columns];
    String[] days = new String[columns];
    StringBuilder csfNames = new StringBuilder();
    StringBuilder overallNames = new StringBuilder();
    for (int col = 0; col < columns; col++) {
      VisitAssessment visit = points.get(col).assessment().orElseThrow();
      CsfStatus csf = visit.csf().status();
      csfClasses.add(
          csf.allowsCompleteResponse() ? "c-ok" : csf.isNotEvaluable() ? "c-ne" : "c-no");
      csfTexts[col] = abbreviate(csf.name());
      csfNames.append(col == 0 ? "" : " ").append(csf.name());
      ImagingStatus imaging = visit.imaging().status();
      imagingClasses.add("c-ne");
      imagingTexts[col] = imaging == ImagingStatus.NOT_APPLICABLE ? "n/a" : imaging.name();
      overallClasses.add(ResponseStyle.fillClass(visit.overall()));
      overallTexts[col] = ResponseStyle.code(visit.overall());
      overallTextClasses[col] = "t-" + visit.overall().name();
      overallNames.append(col == 0 ? "" : " ").append(visit.overall().code());
      none[col] = "";
      days[col] = Integer.toString(points.get(col).daysFromBaseline());
    }
    classes.add(csfClasses);
    texts.add(csfTexts);
    textClasses.add(none);
    rowYs.add(csfY);
    classes.add(imagingClasses);
    texts.add(imagingTexts);
    textClasses.add(none);
    rowYs.add(csfY + CELL_H);
    classes.add(overallClasses);
    texts.add(overallTexts);
    textClasses.add(overallTextClasses);
    rowYs.add(overallY);

    SvgWriter svg =
        Plot.start(
            width,
            height,
            "Components at each follow-up: " + CohortCharts.shorten(c.label(), 28),
            standalone,
            "data-chart",
            "strip",
            "data-domains",
            Integer.toString(domains.size()),
            "data-visits",
            Integer.toString(columns),
            "data-levels",
            levels.toString(),
            "data-csf",
            csfNames.toString(),
            "data-overall",
            overallNames.toString());
    svg.text(
        LABEL_W + columns * CELL_W / 2,
        top - 20,
        "Follow-up (day)",
        "text-anchor",
        "middle",
        "class",
        "sm");
    double[] xs = centres(columns);
    Plot.centredRow(svg, top - 5, xs, days, none);
    // the cells: runs of one class as one rectangle, one path per class
    Map<String, StringBuilder> paths = new TreeMap<>();
    for (int row = 0; row < classes.size(); row++) {
      runs(paths, rowYs.get(row), classes.get(row));
    }
    for (Map.Entry<String, StringBuilder> path : paths.entrySet()) {
      svg.empty("path", "d", path.getValue().toString(), "class", path.getKey());
    }
    // white gaps between the columns, over every row
    StringBuilder gaps = new StringBuilder();
    for (int col = 1; col < columns; col++) {
      gaps.append('M')
          .append(num(LABEL_W + col * CELL_W))
          .append(' ')
          .append(num(top))
          .append('V')
          .append(num(overallY + CELL_H));
    }
    if (gaps.length() > 0) {
      svg.empty("path", "d", gaps.toString(), "class", "gap");
    }
    if (progressed.length() > 0) {
      svg.empty("path", "d", progressed.toString(), "class", "np");
    }
    // the row labels, as one text
    svg.start("text", "class", "lr");
    for (int row = 0; row < domains.size(); row++) {
      svg.element(
          "tspan",
          CohortCharts.shorten(domains.get(row).displayName(), 24),
          "x",
          num(LABEL_W - 6),
          "y",
          num(rowYs.get(row) + 12));
    }
    svg.element("tspan", "CSF cytology", "x", num(LABEL_W - 6), "y", num(csfY + 12));
    svg.element("tspan", "Imaging", "x", num(LABEL_W - 6), "y", num(csfY + CELL_H + 12));
    svg.element("tspan", "Overall response", "x", num(LABEL_W - 6), "y", num(overallY + 12));
    svg.end();
    for (int row = 0; row < texts.size(); row++) {
      Plot.centredRow(svg, rowYs.get(row) + 12, xs, texts.get(row), textClasses.get(row));
    }
    if (standalone) {
      stripLegend(svg, 10, height - 26);
    }
    return Optional.of(svg.finish());
  }

  /** The x of each column's centre. */
  private static double[] centres(int columns) {
    double[] xs = new double[columns];
    for (int col = 0; col < columns; col++) {
      xs[col] = LABEL_W + col * CELL_W + CELL_W / 2;
    }
    return xs;
  }

  /**
   * Adds a row of cells, one per column, each of a CSS class, to the paths by class: each run of
   * equal classes is one rectangle (the white gaps between the columns are drawn over the whole
   * strip afterwards).
   */
  private static void runs(Map<String, StringBuilder> paths, double ry, List<String> classes) {
    int start = 0;
    while (start < classes.size()) {
      int end = start;
      while (end + 1 < classes.size() && classes.get(end + 1).equals(classes.get(start))) {
        end++;
      }
      double w = (end - start + 1) * CELL_W - 2;
      paths
          .computeIfAbsent(classes.get(start), k -> new StringBuilder())
          .append('M')
          .append(num(LABEL_W + start * CELL_W + 1))
          .append(' ')
          .append(num(ry + 1))
          .append('h')
          .append(num(w))
          .append('v')
          .append(num(CELL_H - 2))
          .append('h')
          .append(num(-w))
          .append('z');
      start = end + 1;
    }
  }

  /** The legend of the heat strips, drawn once in the report above the cases. */
  static String stripLegend() {
    SvgWriter svg = Plot.start(560, 58, "Legend of the heat strips", false, "data-chart", "legend");
    stripLegend(svg, 10, 34);
    return svg.finish();
  }

  private static void stripLegend(SvgWriter svg, double x, double y) {
    svg.start("g", "class", "leg");
    svg.text(x, y, "level:", "class", "sm");
    for (int i = 0; i <= 4; i++) {
      svg.rect(x + 34 + i * 16, y - 10, 14, 12, "class", "h" + i);
    }
    svg.text(x + 118, y, "0 to highest", "class", "sm");
    svg.rect(x + 190, y - 10, 14, 12, "class", "h2");
    svg.rect(x + 191, y - 9, 12, 10, "class", "np");
    svg.text(x + 210, y, "progressed (NEURO-1/2)", "class", "sm");
    svg.text(x, y + 15, "* worsening excluded (NEURO-4); NE: not evaluable", "class", "sm");
    svg.end();
  }

  /** A CSF status short enough for a cell, e.g. {@code PERSIST}. */
  private static String abbreviate(String status) {
    return status.length() <= 8 ? status : status.substring(0, 7) + ".";
  }
}
