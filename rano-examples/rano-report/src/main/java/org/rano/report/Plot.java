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
    if (standalone) {
      svg.empty("rect", "width", "100%", "height", "100%", "fill", "#fff");
    }
    svg.text(10, 18, title, "class", "ttl");
    return svg;
  }

  /** A horizontal axis at {@code y}, with ticks, tick labels and its label below. */
  static void axisBottom(SvgWriter svg, Scale x, double y, int ticks, String label, String unit) {
    StringBuilder d = new StringBuilder();
    d.append('M').append(num(x.at(x.min()))).append(' ').append(num(y));
    d.append('H').append(num(x.at(x.max())));
    for (double t : x.ticks(ticks)) {
      d.append('M').append(num(x.at(t))).append(' ').append(num(y)).append("v4");
    }
    svg.empty("path", "d", d.toString(), "class", "ax");
    svg.start("text", "y", num(y + 15), "class", "tc");
    for (double t : x.ticks(ticks)) {
      svg.element("tspan", num(t), "x", num(x.at(t)));
    }
    svg.end();
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
    StringBuilder axis = new StringBuilder();
    StringBuilder grid = new StringBuilder();
    axis.append('M').append(num(x)).append(' ').append(num(y.at(y.min())));
    axis.append('V').append(num(y.at(y.max())));
    for (double t : y.ticks(ticks)) {
      String py = num(y.at(t));
      grid.append('M').append(num(x + 1)).append(' ').append(py).append('H').append(num(right));
      axis.append('M').append(num(x - 4)).append(' ').append(py).append("h4");
    }
    svg.empty("path", "d", grid.toString(), "class", "gr");
    svg.empty("path", "d", axis.toString(), "class", "ax");
    svg.start("text", "x", num(x - 6), "class", "tr");
    for (double t : y.ticks(ticks)) {
      svg.element("tspan", num(t) + suffix, "x", num(x - 6), "y", num(y.at(t) + 4));
    }
    svg.end();
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

  /**
   * A row of texts at one baseline, each centred on its x, as one {@code <text>} of {@code
   * <tspan>}s; an empty text is left out.
   */
  static void centredRow(SvgWriter svg, double y, double[] xs, String[] texts, String[] classes) {
    boolean any = false;
    for (String text : texts) {
      any |= !text.isEmpty();
    }
    if (!any) {
      return;
    }
    svg.start("text", "y", num(y), "class", "ct");
    for (int i = 0; i < texts.length; i++) {
      if (texts[i].isEmpty()) {
        continue;
      }
      if (classes[i].isEmpty()) {
        svg.element("tspan", texts[i], "x", num(xs[i]));
      } else {
        svg.element("tspan", texts[i], "x", num(xs[i]), "class", classes[i]);
      }
    }
    svg.end();
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

  /**
   * The legend of RANO-LM's five responses, in a row from (x, y); returns the x after it. A
   * NON-CR/NON-PD marker of a response sequence is not in it: it reads {@code NN} and its title
   * gives the code in full.
   */
  static double responseLegend(SvgWriter svg, double x, double y) {
    double at = x;
    for (Response r : Response.values()) {
      if (!r.isRanoLm()) {
        continue;
      }
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
