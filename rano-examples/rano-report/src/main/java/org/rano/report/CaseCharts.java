package org.rano.report;

import static org.rano.report.svg.SvgWriter.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rano.CaseAssessment;
import org.rano.TimePoint;
import org.rano.VisitAssessment;
import org.rano.csf.CsfStatus;
import org.rano.imaging.ImagingFinding;
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
   * the composites at which the change from baseline reaches -50 % (PR, IMG-8) and +25 % (PD,
   * IMG-6), each follow-up marked by its radiological status; a follow-up whose composite is not
   * evaluable (a target NE, IMG-10, or no imaging) is marked NE on the time axis.
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
    double yMax = Math.min(15, Math.max(4, Math.ceil(Math.max(highest, b * 1.25) + 0.5)));
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
      double pd = Math.min(15, b * 1.25);
      svg.line(x.at(0), y.at(pr), x.at(x.max()), y.at(pr), "class", "ref");
      svg.text(x.at(x.max()) - 2, y.at(pr) + 10, "-50 %: PR", "text-anchor", "end", "class", "sm");
      if (b * 1.25 <= yMax) {
        svg.line(x.at(0), y.at(pd), x.at(x.max()), y.at(pd), "class", "ref");
        svg.text(x.at(x.max()) - 2, y.at(pd) - 3, "+25 %: PD", "text-anchor", "end", "class", "sm");
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
    svg.start("g", "class", "cpt");
    svg.circle(x.at(0), y.at(b), 3.5, "class", "bl");
    svg.text(x.at(0) + 6, y.at(b) - 6, "baseline " + b, "class", "sm");
    for (TimePoint point : c.assessment().timePoints()) {
      Optional<ImagingFinding> imaging = point.assessment().map(VisitAssessment::imaging);
      if (imaging.isEmpty()) {
        continue;
      }
      double px = x.at(point.daysFromBaseline());
      String status = imaging.get().status().name();
      if (imaging.get().compositeScore().isPresent()) {
        int score = imaging.get().compositeScore().getAsInt();
        svg.start("g", "class", "cpp", "data-composite", Integer.toString(score));
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
                + status);
        svg.circle(px, y.at(score), 3.5, "class", "bl");
        svg.text(
            px, y.at(score) - 7, status.equals("NOT_APPLICABLE") ? "n/a" : status, "class", "ct");
        svg.end();
      } else {
        svg.start("g", "class", "cpp", "data-composite", "NE");
        svg.element(
            "title",
            point.date()
                + " (day "
                + point.daysFromBaseline()
                + "): composite not evaluable, imaging "
                + status);
        svg.text(px, bottom - 4, "NE", "class", "ct");
        svg.end();
      }
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
    double top = 62;
    int rows = domains.size() + 3;
    double width = Math.max(500, LABEL_W + points.size() * CELL_W + 20);
    double height = top + rows * CELL_H + 58;
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
            Integer.toString(points.size()));
    svg.text(
        LABEL_W + points.size() * CELL_W / 2,
        top - 20,
        "Follow-up (day)",
        "text-anchor",
        "middle",
        "class",
        "sm");
    for (int col = 0; col < points.size(); col++) {
      svg.text(
          LABEL_W + col * CELL_W + CELL_W / 2,
          top - 5,
          Integer.toString(points.get(col).daysFromBaseline()),
          "class",
          "ct");
    }
    for (int row = 0; row < domains.size(); row++) {
      Domain domain = domains.get(row);
      double ry = top + row * CELL_H;
      svg.text(
          LABEL_W - 6,
          ry + 12,
          CohortCharts.shorten(domain.displayName(), 24),
          "text-anchor",
          "end",
          "class",
          "sm");
      for (int col = 0; col < points.size(); col++) {
        double rx = LABEL_W + col * CELL_W;
        Optional<DomainFinding> finding =
            points.get(col).assessment().orElseThrow().neuro().domains().stream()
                .filter(f -> f.domain().equals(domain))
                .findFirst();
        heatCell(svg, rx, ry, domain, finding);
      }
    }
    double csfY = top + domains.size() * CELL_H + 4;
    svg.text(LABEL_W - 6, csfY + 12, "CSF cytology", "text-anchor", "end", "class", "sm");
    svg.text(LABEL_W - 6, csfY + CELL_H + 12, "Imaging", "text-anchor", "end", "class", "sm");
    svg.text(
        LABEL_W - 6,
        csfY + 2 * CELL_H + 12,
        "Overall response",
        "text-anchor",
        "end",
        "class",
        "sm");
    for (int col = 0; col < points.size(); col++) {
      VisitAssessment visit = points.get(col).assessment().orElseThrow();
      double rx = LABEL_W + col * CELL_W;
      CsfStatus csf = visit.csf().status();
      String csfClass =
          csf.allowsCompleteResponse() ? "c-ok" : csf.isNotEvaluable() ? "c-ne" : "c-no";
      svg.rect(rx + 1, csfY + 1, CELL_W - 2, CELL_H - 2, "class", csfClass, "data-csf", csf.name());
      svg.text(rx + CELL_W / 2, csfY + 12, abbreviate(csf.name()), "class", "ct");
      String imaging = visit.imaging().status().name();
      svg.rect(rx + 1, csfY + CELL_H + 1, CELL_W - 2, CELL_H - 2, "class", "c-ne");
      svg.text(
          rx + CELL_W / 2,
          csfY + CELL_H + 12,
          imaging.equals("NOT_APPLICABLE") ? "n/a" : imaging,
          "class",
          "ct");
      double oy = csfY + 2 * CELL_H;
      svg.rect(
          rx + 1,
          oy + 1,
          CELL_W - 2,
          CELL_H - 2,
          "class",
          ResponseStyle.fillClass(visit.overall()));
      svg.text(
          rx + CELL_W / 2,
          oy + 12,
          visit.overall().name(),
          "class",
          "ct t-" + visit.overall().name());
    }
    stripLegend(svg, 10, height - 26);
    return Optional.of(svg.finish());
  }

  private static void heatCell(
      SvgWriter svg, double rx, double ry, Domain domain, Optional<DomainFinding> finding) {
    if (finding.isEmpty() || finding.get().value().level().isEmpty()) {
      svg.rect(rx + 1, ry + 1, CELL_W - 2, CELL_H - 2, "class", "ne", "data-level", "NE");
      svg.text(rx + CELL_W / 2, ry + 12, "NE", "class", "ct");
      return;
    }
    DomainFinding f = finding.get();
    int level = f.value().level().getAsInt();
    int max = Math.max(1, domain.maxLevel());
    int shade = (int) Math.round(4.0 * level / max);
    svg.rect(
        rx + 1,
        ry + 1,
        CELL_W - 2,
        CELL_H - 2,
        "class",
        "h" + shade,
        "data-level",
        Integer.toString(level));
    if (f.outcome() == DomainOutcome.PROGRESSION) {
      svg.rect(rx + 2, ry + 2, CELL_W - 4, CELL_H - 4, "class", "np");
    }
    if (level > 0 || f.excludedCause().isPresent()) {
      svg.text(
          rx + CELL_W / 2,
          ry + 12,
          level + (f.excludedCause().isPresent() ? "*" : ""),
          "class",
          shade >= 3 ? "ct hw" : "ct");
    }
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
