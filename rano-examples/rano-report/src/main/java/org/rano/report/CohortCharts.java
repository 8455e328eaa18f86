package org.rano.report;

import static org.rano.report.svg.SvgWriter.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.ImagingProgressionReference;
import org.rano.Response;
import org.rano.TimePoint;
import org.rano.report.stats.KaplanMeier;
import org.rano.report.stats.KaplanMeier.Median;
import org.rano.report.stats.KaplanMeier.Observation;
import org.rano.report.stats.KaplanMeier.Step;
import org.rano.report.svg.SvgWriter;

/**
 * The charts of a cohort, each a standalone SVG document: the swimmer plot, the spider plot and the
 * waterfall plot of the composite change (2017 scorecard), and the Kaplan-Meier curve of
 * progression-free time.
 *
 * <p>The elements that a test or a reader counts carry classes and {@code data-} attributes: a
 * swimmer lane is {@code <g class="lane-g" data-case="ID">} with one {@code <g class="tp"
 * data-response="PR">} per time point; a spider line is {@code <g class="spider-case">} with one
 * {@code <circle class="sp">} per composite change; a waterfall bar is {@code <rect class="bar
 * wf">}; the Kaplan-Meier curve has {@code data-events} and {@code data-censored}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CohortCharts {
  static final double WIDTH = 960;
  private static final double LEFT = 170;
  private static final double RIGHT = 40;
  private static final double LANE = 22;

  /**
   * The spider and waterfall plots show changes up to this many percent; larger ones are capped.
   */
  static final double CAP = 200;

  private CohortCharts() {}

  private static List<CaseView> views(List<CaseAssessment> cases) {
    Objects.requireNonNull(cases, "cases");
    List<CaseView> views = new ArrayList<>();
    for (CaseAssessment a : cases) {
      views.add(new CaseView(views.size() + 1, Objects.requireNonNull(a, "case")));
    }
    return views;
  }

  /**
   * Draws the swimmer plot: one lane per case, the longest time on study at the top, each time
   * point marked by its overall response (colour and code; a confirmed CR or PR ringed in black;
   * time points after progression faded), the progression date as a black bar, and an arrow at the
   * end of a lane without progression.
   *
   * @param cases the assessed cases, in input order, not null
   * @return the SVG document, standalone, not null
   */
  public static String swimmer(List<CaseAssessment> cases) {
    return swimmer(views(cases), true);
  }

  static String swimmer(List<CaseView> cases, boolean standalone) {
    List<CaseView> lanes = new ArrayList<>(cases);
    lanes.sort(
        Comparator.comparingInt(CaseView::lastDay)
            .reversed()
            .thenComparing(CaseView::label)
            .thenComparingInt(CaseView::number));
    int maxDay = lanes.stream().mapToInt(CaseView::lastDay).max().orElse(0);
    double top = 78;
    double plotBottom = top + Math.max(1, lanes.size()) * LANE;
    double height = plotBottom + 50;
    Scale x = Scale.of(0, Scale.niceCeiling(maxDay, 28, 10), LEFT, WIDTH - RIGHT);
    SvgWriter svg =
        Plot.start(
            WIDTH,
            height,
            "Swimmer plot: overall response at each time point",
            standalone,
            "data-chart",
            "swimmer",
            "data-lanes",
            Integer.toString(lanes.size()));
    double after = Plot.responseLegend(svg, 10, 36);
    swimmerLegend(svg, 10, 58, after);
    svg.start("g", "class", "lanes");
    for (double t : x.ticks(10)) {
      svg.line(x.at(t), top, x.at(t), plotBottom, "class", "gr");
    }
    int row = 0;
    for (CaseView c : lanes) {
      double cy = top + row * LANE + LANE / 2;
      svg.start("g", "class", "lane-g", "data-case", c.label());
      svg.start("a", "href", "#" + c.anchor());
      svg.element("title", laneTitle(c));
      svg.text(LEFT - 8, cy + 4, shorten(c.label(), 24), "text-anchor", "end");
      svg.end();
      svg.rect(x.at(0), cy - 4, Math.max(0, x.at(c.lastDay()) - x.at(0)), 8, "class", "lane");
      c.assessment()
          .progression()
          .ifPresent(
              p -> {
                double px = x.at(p.daysFromBaseline());
                svg.line(px, cy - 10, px, cy + 10, "class", "prog", "data-progression", "true");
              });
      if (c.assessment().progression().isEmpty()) {
        double ex = x.at(c.lastDay()) + 11;
        svg.empty(
            "path",
            "d",
            "M" + num(ex) + " " + num(cy) + "h9m-4 -4l4 4l-4 4",
            "class",
            "ong",
            "data-ongoing",
            "true");
      }
      for (TimePoint point : c.assessment().timePoints()) {
        double px = x.at(point.daysFromBaseline());
        svg.start("g", "class", "tp", "data-response", point.overall().code());
        svg.element(
            "title",
            point.date()
                + " (day "
                + point.daysFromBaseline()
                + "): "
                + point.overall().code()
                + (point.confirmed() ? ", confirmed" : "")
                + (point.afterProgression() ? ", after progression" : ""));
        List<String> classes = new ArrayList<>();
        if (point.confirmed()) {
          classes.add("cf");
        }
        if (point.afterProgression()) {
          classes.add("ap");
        }
        Plot.marker(svg, px, cy, point.overall(), classes.toArray(new String[0]));
        svg.end();
      }
      svg.end();
      row++;
    }
    svg.end();
    Plot.axisBottom(svg, x, plotBottom + 4, 10, "Time from baseline", "days");
    svg.text(
        0,
        0,
        "Cases, by time on study",
        "transform",
        "translate(14 " + num((top + plotBottom) / 2) + ") rotate(-90)",
        "text-anchor",
        "middle");
    return svg.finish();
  }

  private static String laneTitle(CaseView c) {
    return c.label()
        + ": best overall response "
        + c.assessment().bestOverallResponse().response().code()
        + ", confirmed "
        + c.assessment().confirmedBestOverallResponse().response().code()
        + c.assessment()
            .progression()
            .map(p -> ", progression on " + p.date() + " (day " + p.daysFromBaseline() + ")")
            .orElse(", no progression");
  }

  private static void swimmerLegend(SvgWriter svg, double x, double y, double unused) {
    svg.start("g", "class", "leg");
    svg.circle(x + 8, y, 7, "class", "mk r-PR cf");
    svg.text(x + 20, y + 4, "confirmed CR or PR (TIME-2)");
    double at = x + 190;
    svg.circle(at + 8, y, 7, "class", "mk r-SD ap");
    svg.text(at + 20, y + 4, "after progression (TIME-6)");
    at += 180;
    svg.line(at + 8, y - 9, at + 8, y + 9, "class", "prog");
    svg.text(at + 18, y + 4, "progression date (TIME-5)");
    at += 175;
    svg.empty("path", "d", "M" + num(at) + " " + num(y) + "h9m-4 -4l4 4l-4 4", "class", "ong");
    svg.text(at + 18, y + 4, "no progression: follow-up goes on");
    svg.end();
  }

  /** Shortens a label to at most {@code max} characters, ending it with an ellipsis. */
  static String shorten(String label, int max) {
    if (label.codePointCount(0, label.length()) <= max) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  /**
   * Draws the spider plot: for each case of the 2017 scorecard, the change of the composite score
   * from baseline (%) at each time point, from 0 % at day 0, coloured by the case's confirmed best
   * overall response, with the lines of -50 % (PR, IMG-8) and +25 % (PD, IMG-6). Cases without a
   * composite change are not drawn (the report lists them, with the reason).
   *
   * @param cases the assessed cases, in input order, not null
   * @return the SVG document, standalone, not null
   */
  public static String spider(List<CaseAssessment> cases) {
    return spider(views(cases), true);
  }

  static String spider(List<CaseView> cases, boolean standalone) {
    List<CaseView> shown = new ArrayList<>();
    for (CaseView c : cases) {
      if (!c.isSequence() && !c.isLano2019() && !c.changes().isEmpty()) {
        shown.add(c);
      }
    }
    int maxDay = 0;
    double maxChange = 0;
    for (CaseView c : shown) {
      for (CaseView.Change change : c.changes()) {
        maxDay = Math.max(maxDay, change.day());
        maxChange = Math.max(maxChange, change.percent().doubleValue());
      }
    }
    double height = 460;
    double top = 66;
    double bottom = height - 60;
    double yMax = Math.min(CAP, Scale.niceCeiling(maxChange, 50, 5));
    Scale x = Scale.of(0, Scale.niceCeiling(maxDay, 28, 10), 80, WIDTH - RIGHT);
    Scale y = Scale.of(-100, yMax, bottom, top);
    SvgWriter svg =
        Plot.start(
            WIDTH,
            height,
            "Spider plot: change of the composite score from baseline (2017 scorecard)",
            standalone,
            "data-chart",
            "spider",
            "data-cases",
            Integer.toString(shown.size()));
    Plot.responseLegend(svg, 10, 38);
    svg.text(
        WIDTH - RIGHT,
        56,
        "colour: confirmed best overall response; "
            + shown.size()
            + " of "
            + cases.size()
            + " cases have a composite change",
        "text-anchor",
        "end",
        "class",
        "sm");
    Plot.axisLeft(svg, y, x.at(0), x.at(x.max()), 6, "Composite score change from baseline", " %");
    Plot.axisBottom(svg, x, bottom, 10, "Time from baseline", "days");
    svg.line(x.at(0), y.at(0), x.at(x.max()), y.at(0), "class", "zero");
    thresholdLines(svg, x, y, shown);
    for (CaseView c : shown) {
      Response best = c.assessment().confirmedBestOverallResponse().response();
      svg.start("g", "class", "spider-case", "data-case", c.label());
      svg.element("title", c.label() + " (confirmed best " + best.name() + ")");
      StringBuilder d =
          new StringBuilder("M").append(num(x.at(0))).append(' ').append(num(y.at(0)));
      for (CaseView.Change change : c.changes()) {
        d.append('L')
            .append(num(x.at(change.day())))
            .append(' ')
            .append(num(y.at(Math.min(yMax, change.percent().doubleValue()))));
      }
      svg.empty("path", "d", d.toString(), "class", "spoke " + ResponseStyle.strokeClass(best));
      for (CaseView.Change change : c.changes()) {
        double value = change.percent().doubleValue();
        boolean capped = value > yMax;
        svg.start(
            "circle",
            "cx",
            num(x.at(change.day())),
            "cy",
            num(y.at(Math.min(yMax, value))),
            "r",
            capped ? "4.5" : "3",
            "class",
            "sp " + ResponseStyle.fillClass(best),
            "data-change",
            change.percent().toPlainString());
        svg.element(
            "title",
            c.label()
                + ", day "
                + change.day()
                + ": "
                + change.percent().toPlainString()
                + " %"
                + (capped ? " (drawn at the top of the axis)" : ""));
        svg.end();
      }
      svg.end();
    }
    return svg.finish();
  }

  private static void thresholdLines(SvgWriter svg, Scale x, Scale y, List<CaseView> cases) {
    svg.line(x.at(x.min()), y.at(-50), x.at(x.max()), y.at(-50), "class", "ref");
    svg.text(x.at(x.min()) + 6, y.at(-50) + 14, "-50 %: PR (IMG-8)", "class", "sm");
    Optional<String> pd = pdLine(cases);
    if (pd.isPresent()) {
      svg.line(x.at(x.min()), y.at(25), x.at(x.max()), y.at(25), "class", "ref");
      svg.text(x.at(x.min()) + 6, y.at(25) - 4, pd.get(), "class", "sm");
    } else {
      svg.text(x.at(x.min()) + 6, y.at(25) - 4, NO_PD_LINE, "class", "sm");
    }
  }

  /** Said where no +25 % line is drawn. */
  static final String NO_PD_LINE =
      "no PD line: some cases judge progression against the nadir (IMG-12)";

  /**
   * The label of the +25 % line when it is IMG-6's threshold for every case drawn: their criteria
   * judge progression against the baseline (IMG-12 BASELINE); when some also require a minimum
   * increase in points (compositeMinIncrease above 1), the label says so. Empty when a case judges
   * progression against the nadir, where a change from baseline has no PD threshold.
   */
  static Optional<String> pdLine(List<CaseView> cases) {
    int most = 1;
    for (CaseView c : cases) {
      Criteria criteria = c.assessment().criteria();
      if (criteria.imagingProgressionReference() != ImagingProgressionReference.BASELINE) {
        return Optional.empty();
      }
      most = Math.max(most, criteria.compositeMinIncrease());
    }
    return Optional.of(
        most == 1
            ? "+25 %: PD (IMG-6)"
            : "+25 %: PD (IMG-6) with at least " + most + " points more");
  }

  /**
   * Draws the waterfall plot: one bar per case of the 2017 scorecard, its best (lowest) composite
   * change up to the first progression, largest increase left to largest decrease right, coloured
   * and labelled by the case's confirmed best overall response, with the lines of -50 % and +25 %.
   *
   * @param cases the assessed cases, in input order, not null
   * @return the SVG document, standalone, not null
   */
  public static String waterfall(List<CaseAssessment> cases) {
    return waterfall(views(cases), true);
  }

  static String waterfall(List<CaseView> cases, boolean standalone) {
    List<CaseView> bars = new ArrayList<>();
    for (CaseView c : cases) {
      if (c.compositeNotApplicable().isEmpty()) {
        bars.add(c);
      }
    }
    bars.sort(
        Comparator.comparing((CaseView c) -> c.bestChange().orElseThrow().percent())
            .reversed()
            .thenComparing(CaseView::label)
            .thenComparingInt(CaseView::number));
    double maxChange = 0;
    for (CaseView c : bars) {
      maxChange = Math.max(maxChange, c.bestChange().orElseThrow().percent().doubleValue());
    }
    double height = 420;
    double top = 66;
    double bottom = height - 60;
    double yMax = Math.min(CAP, Scale.niceCeiling(maxChange, 50, 5));
    double left = 80;
    double right = WIDTH - RIGHT;
    Scale y = Scale.of(-100, yMax, bottom, top);
    SvgWriter svg =
        Plot.start(
            WIDTH,
            height,
            "Waterfall plot: best change of the composite score from baseline (2017 scorecard)",
            standalone,
            "data-chart",
            "waterfall",
            "data-bars",
            Integer.toString(bars.size()));
    Plot.responseLegend(svg, 10, 38);
    svg.text(
        right,
        56,
        "bar: lowest change up to the first progression; colour and code: confirmed best overall"
            + " response",
        "text-anchor",
        "end",
        "class",
        "sm");
    Plot.axisLeft(svg, y, left, right, 6, "Best composite score change", " %");
    svg.line(left, bottom, right, bottom, "class", "ax");
    svg.text(
        (left + right) / 2,
        bottom + 30,
        "Cases (" + bars.size() + "), from largest increase to largest decrease",
        "text-anchor",
        "middle");
    double slot = Math.min(60, (right - left) / Math.max(1, bars.size()));
    double gap = slot > 6 ? Math.min(4, slot * 0.2) : 0;
    int i = 0;
    for (CaseView c : bars) {
      CaseView.Change best = c.bestChange().orElseThrow();
      double value = Math.min(yMax, best.percent().doubleValue());
      Response response = c.assessment().confirmedBestOverallResponse().response();
      double bx = left + ((right - left) - slot * bars.size()) / 2 + i * slot + gap / 2;
      double y0 = y.at(0);
      double y1 = y.at(value);
      svg.start(
          "rect",
          "x",
          num(bx),
          "y",
          num(Math.min(y0, y1)),
          "width",
          num(Math.max(0.5, slot - gap)),
          "height",
          num(Math.max(value == 0 ? 1 : 0.5, Math.abs(y1 - y0))),
          "class",
          "bar wf " + ResponseStyle.fillClass(response),
          "data-case",
          c.label(),
          "data-change",
          best.percent().toPlainString());
      svg.element(
          "title",
          c.label()
              + ": "
              + best.percent().toPlainString()
              + " % on day "
              + best.day()
              + "; confirmed best overall response "
              + response.code());
      svg.end();
      if (slot >= 16) {
        double ly = value <= 0 ? y1 + 11 : y1 - 3;
        svg.text(bx + (slot - gap) / 2, ly, ResponseStyle.code(response), "class", "ct");
      }
      i++;
    }
    svg.line(left, y.at(0), right, y.at(0), "class", "zero");
    svg.line(left, y.at(-50), right, y.at(-50), "class", "ref");
    svg.text(right - 4, y.at(-50) + 13, "-50 %: PR (IMG-8)", "text-anchor", "end");
    Optional<String> pd = pdLine(bars);
    if (pd.isPresent()) {
      svg.line(left, y.at(25), right, y.at(25), "class", "ref");
      svg.text(right - 4, y.at(25) - 4, pd.get(), "text-anchor", "end");
    } else {
      svg.text(right - 4, y.at(25) - 4, NO_PD_LINE, "text-anchor", "end");
    }
    return svg.finish();
  }

  /**
   * The Kaplan-Meier estimate of progression-free time of the cases: the event is the progression
   * date (TIME-5); a case without progression is censored at its last time point.
   *
   * @param cases the assessed cases, not null
   * @return the estimate, with 95 % intervals, not null
   */
  public static KaplanMeier progressionFree(List<CaseAssessment> cases) {
    return progressionFreeOf(views(cases));
  }

  static KaplanMeier progressionFreeOf(List<CaseView> cases) {
    List<Observation> observations = new ArrayList<>();
    for (CaseView c : cases) {
      observations.add(
          new Observation(c.progressionFreeDays(), c.assessment().progression().isPresent()));
    }
    return KaplanMeier.estimate(observations);
  }

  /**
   * Draws the Kaplan-Meier curve of progression-free time (see {@link #progressionFree(List)}) with
   * its 95 % pointwise log-log band, censored times as ticks, the median with its
   * Brookmeyer-Crowley interval, and the number at risk under the time axis.
   *
   * @param cases the assessed cases, not null
   * @return the SVG document, standalone, not null
   */
  public static String progressionFreeCurve(List<CaseAssessment> cases) {
    List<CaseView> views = views(cases);
    return progressionFreeCurve(progressionFreeOf(views), true);
  }

  static String progressionFreeCurve(KaplanMeier km, boolean standalone) {
    double maxTime = 0;
    for (Observation o : km.observations()) {
      maxTime = Math.max(maxTime, o.time());
    }
    double height = 470;
    double top = 66;
    double bottom = 350;
    Scale x = Scale.of(0, Scale.niceCeiling(maxTime, 28, 10), 110, WIDTH - RIGHT);
    Scale y = Scale.of(0, 100, bottom, top);
    int censored = km.observations().size() - km.events();
    SvgWriter svg =
        Plot.start(
            WIDTH,
            height,
            "Progression-free time (Kaplan-Meier)",
            standalone,
            "data-chart",
            "km",
            "data-events",
            Integer.toString(km.events()),
            "data-censored",
            Integer.toString(censored));
    Median median = km.median();
    svg.text(
        10,
        38,
        "n = "
            + km.observations().size()
            + ", "
            + km.events()
            + " progressions, "
            + censored
            + " censored; median "
            + describe(median.estimate())
            + " (95 % CI "
            + describe(median.lower())
            + " to "
            + describe(median.upper())
            + ", Brookmeyer-Crowley, log-log)");
    kmLegend(svg, 10, 56);
    Plot.axisLeft(svg, y, x.at(0), x.at(x.max()), 5, "Progression-free (% of cases)", " %");
    Plot.axisBottom(svg, x, bottom, 10, "Time from baseline", "days");
    // band and curve
    List<Step> steps = km.steps();
    if (!steps.isEmpty()) {
      StringBuilder band = new StringBuilder();
      StringBuilder lowerPath = new StringBuilder();
      band.append('M').append(num(x.at(0))).append(' ').append(num(y.at(100)));
      for (Step s : steps) {
        band.append('H').append(num(x.at(s.time()))).append('V').append(num(y.at(100 * s.upper())));
      }
      double end = Math.max(steps.get(steps.size() - 1).time(), maxTime);
      band.append('H').append(num(x.at(end)));
      lowerPath.append('V').append(num(y.at(100 * steps.get(steps.size() - 1).lower())));
      for (int k = steps.size() - 1; k >= 0; k--) {
        Step s = steps.get(k);
        lowerPath.append('H').append(num(x.at(s.time())));
        double before = k == 0 ? 1 : steps.get(k - 1).lower();
        lowerPath.append('V').append(num(y.at(100 * before)));
      }
      lowerPath.append('H').append(num(x.at(0))).append('Z');
      svg.empty("path", "d", band + lowerPath.toString(), "class", "band");
    }
    StringBuilder curve = new StringBuilder();
    curve.append('M').append(num(x.at(0))).append(' ').append(num(y.at(100)));
    for (Step s : steps) {
      curve
          .append('H')
          .append(num(x.at(s.time())))
          .append('V')
          .append(num(y.at(100 * s.survival())));
    }
    curve.append('H').append(num(x.at(maxTime)));
    svg.empty(
        "path", "d", curve.toString(), "class", "km", "data-steps", Integer.toString(steps.size()));
    StringBuilder ticks = new StringBuilder();
    for (Observation o : km.observations()) {
      if (!o.event()) {
        double cy = y.at(100 * km.survival(o.time()));
        ticks.append('M').append(num(x.at(o.time()))).append(' ').append(num(cy - 5)).append("v10");
      }
    }
    if (ticks.length() > 0) {
      svg.empty("path", "d", ticks.toString(), "class", "cens");
    }
    if (median.estimate().isPresent()) {
      double m = median.estimate().getAsDouble();
      svg.empty(
          "path",
          "d",
          "M" + num(x.at(0)) + " " + num(y.at(50)) + "H" + num(x.at(m)) + "V" + num(bottom),
          "class",
          "med");
    }
    atRiskTable(svg, km, x, bottom + 52);
    return svg.finish();
  }

  private static void kmLegend(SvgWriter svg, double x, double y) {
    svg.start("g", "class", "leg");
    svg.line(x, y, x + 24, y, "class", "km");
    svg.text(x + 30, y + 4, "Kaplan-Meier estimate");
    double at = x + 180;
    svg.rect(at, y - 6, 24, 12, "class", "band");
    svg.text(at + 30, y + 4, "95 % pointwise interval (log-log)");
    at += 230;
    svg.line(at + 12, y - 5, at + 12, y + 5, "class", "cens");
    svg.text(at + 22, y + 4, "censored (no progression by the last time point)");
    at += 330;
    svg.line(at, y, at + 24, y, "class", "med");
    svg.text(at + 30, y + 4, "median");
    svg.end();
  }

  private static void atRiskTable(SvgWriter svg, KaplanMeier km, Scale x, double y) {
    svg.start("g", "class", "atrisk");
    svg.text(10, y - 16, "Number at risk", "class", "sm");
    svg.text(10, y, "(time at least t)", "class", "sm");
    for (double t : x.ticks(10)) {
      svg.text(x.at(t), y, Integer.toString(km.atRisk(t)), "text-anchor", "middle", "class", "nr");
    }
    svg.end();
  }

  /** A time in days, or {@code not reached}. */
  static String describe(OptionalDouble days) {
    return days.isPresent() ? num(days.getAsDouble()) + " days" : "not reached";
  }
}
