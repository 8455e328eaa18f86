package org.rano.report;

import static org.rano.report.svg.SvgWriter.num;

import org.rano.Response;
import org.rano.report.svg.SvgWriter;

/**
 * The parts every chart shares: the document with its title and stylesheet, the axes with their
 * ticks and labels, and the legend entries of the responses.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Plot {
  private Plot() {}

  /**
   * Starts a chart: the document, its visible title at the top, and, when standalone, the
   * stylesheet.
   */
  static SvgWriter start(
      double width, double height, String title, boolean standalone, String... attributes) {
    String[] all = new String[attributes.length + 2];
    all[0] = "class";
    all[1] = "rc";
    System.arraycopy(attributes, 0, all, 2, attributes.length);
    SvgWriter svg = SvgWriter.create(width, height, title, all);
    if (standalone) {
      svg.element("style", ChartStyle.CSS);
    }
    svg.empty("rect", "width", "100%", "height", "100%", "fill", "#fff");
    svg.text(10, 18, title, "class", "ttl");
    return svg;
  }

  /** A horizontal axis at {@code y}, with ticks, tick labels and its label below. */
  static void axisBottom(SvgWriter svg, Scale x, double y, int ticks, String label, String unit) {
    svg.line(x.at(x.min()), y, x.at(x.max()), y, "class", "ax");
    for (double t : x.ticks(ticks)) {
      double px = x.at(t);
      svg.line(px, y, px, y + 4, "class", "ax");
      svg.text(px, y + 15, num(t), "text-anchor", "middle");
    }
    svg.text(
        (x.at(x.min()) + x.at(x.max())) / 2,
        y + 30,
        label + (unit.isEmpty() ? "" : " (" + unit + ")"),
        "text-anchor",
        "middle");
  }

  /**
   * A vertical axis at {@code x}, with ticks, grid lines to {@code right}, tick labels and its
   * label turned upright.
   */
  static void axisLeft(
      SvgWriter svg, Scale y, double x, double right, int ticks, String label, String suffix) {
    svg.line(x, y.at(y.min()), x, y.at(y.max()), "class", "ax");
    for (double t : y.ticks(ticks)) {
      double py = y.at(t);
      svg.line(x + 1, py, right, py, "class", "gr");
      svg.line(x - 4, py, x, py, "class", "ax");
      svg.text(x - 6, py + 4, num(t) + suffix, "text-anchor", "end");
    }
    double mid = (y.at(y.min()) + y.at(y.max())) / 2;
    svg.text(
        0,
        0,
        label,
        "transform",
        "translate(" + num(x - 42) + " " + num(mid) + ") rotate(-90)",
        "text-anchor",
        "middle");
  }

  /** One response marker: a circle of the response's colour with its code on it. */
  static void marker(SvgWriter svg, double cx, double cy, Response response, String... classes) {
    StringBuilder cls = new StringBuilder("mk ").append(ResponseStyle.fillClass(response));
    for (String c : classes) {
      cls.append(' ').append(c);
    }
    svg.circle(cx, cy, 8, "class", cls.toString());
    svg.text(
        cx,
        cy + 3,
        ResponseStyle.code(response),
        "class",
        "lt t-" + response.name() + (cls.indexOf(" ap") >= 0 ? " ap" : ""));
  }

  /** The legend of the five responses, in a row from (x, y); returns the x after it. */
  static double responseLegend(SvgWriter svg, double x, double y) {
    double at = x;
    for (Response r : Response.values()) {
      svg.start("g", "class", "leg");
      marker(svg, at + 8, y, r);
      String text = r.meaning();
      svg.text(at + 20, y + 4, text);
      svg.end();
      at += 28 + text.length() * 6.2;
    }
    return at;
  }
}
