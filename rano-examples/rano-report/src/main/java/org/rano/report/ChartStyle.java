package org.rano.report;

/**
 * The stylesheet of the charts: the HTML report holds it once in its head, and a standalone SVG (a
 * {@code --svg} file, a chart of {@link CaseCharts}) in its own {@code <style>}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ChartStyle {
  private ChartStyle() {}

  /** The rules, scoped to SVG elements of class {@code rc} so that they leave a page alone. */
  static final String CSS =
      "svg.rc{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:11px;"
          + "background:#fff}\n"
          + "svg.rc text{fill:#000}\n"
          + "svg.rc .ttl{font-size:14px;font-weight:bold}\n"
          + "svg.rc .ax{stroke:#000;stroke-width:1;fill:none}\n"
          + "svg.rc .gr{stroke:#ddd;stroke-width:1;fill:none}\n"
          + "svg.rc .ref{stroke:#000;stroke-width:1.2;stroke-dasharray:6 3}\n"
          + "svg.rc .zero{stroke:#555;stroke-width:1}\n"
          + "svg.rc .lane{fill:#e6e6e6}\n"
          + "svg.rc .mk{stroke:#fff;stroke-width:1}\n"
          + "svg.rc .cf{stroke:#000;stroke-width:2.2}\n"
          + "svg.rc .ap{opacity:.45}\n"
          + "svg.rc .lt{font-size:8px;font-weight:bold;text-anchor:middle}\n"
          + "svg.rc .prog{stroke:#000;stroke-width:3}\n"
          + "svg.rc .ong{stroke:#000;stroke-width:1.5;fill:none}\n"
          + "svg.rc .spoke{fill:none;stroke-width:1.6}\n"
          + "svg.rc .bar{stroke:none}\n"
          + "svg.rc .km{fill:none;stroke:#0072B2;stroke-width:2}\n"
          + "svg.rc .band{fill:#56B4E9;opacity:.3}\n"
          + "svg.rc .cens{stroke:#000;stroke-width:1.2}\n"
          + "svg.rc .med{stroke:#555;stroke-width:1;stroke-dasharray:2 2;fill:none}\n"
          + "svg.rc .cp{fill:none;stroke:#000;stroke-width:1.5}\n"
          + "svg.rc .h0{fill:#eff3ff}svg.rc .h1{fill:#bdd7e7}svg.rc .h2{fill:#6baed6}"
          + "svg.rc .h3{fill:#3182bd}svg.rc .h4{fill:#08519c}\n"
          + "svg.rc .hw{fill:#fff}svg.rc .gap{stroke:#fff;stroke-width:2}\n"
          + "svg.rc .ne{fill:#fff;stroke:#999;stroke-dasharray:2 2}\n"
          + "svg.rc .np{fill:none;stroke:#D55E00;stroke-width:2.5}\n"
          + "svg.rc .c-ok{fill:#009E73}svg.rc .c-no{fill:#E69F00}svg.rc .c-ne{fill:#ccc}\n"
          + "svg.rc .ct{font-size:9px;text-anchor:middle}\n"
          + "svg.rc .sm{font-size:9px}svg.rc .tc{text-anchor:middle}svg.rc .tr{text-anchor:end}\n"
          + "svg.rc .lr{font-size:9px;text-anchor:end}\n"
          + ResponseStyle.css().replace(".r-", "svg.rc .r-").replace("}.", "}svg.rc .");
}
