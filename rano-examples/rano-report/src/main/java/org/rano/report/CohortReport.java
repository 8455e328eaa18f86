package org.rano.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.rano.BestResponse;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.Reason;
import org.rano.Response;
import org.rano.RuleId;
import org.rano.TimePoint;
import org.rano.VisitAssessment;
import org.rano.imaging.ImagingFinding;
import org.rano.report.stats.KaplanMeier;
import org.rano.report.stats.KaplanMeier.Median;
import org.rano.report.stats.ProportionInterval;
import org.rano.report.svg.SvgWriter;
import org.rano.report.svg.Xml;

/**
 * The report of a cohort as one self-contained HTML file (issue 13): the cohort summary with the
 * best overall responses and the objective response rate with its exact 95 % interval, the swimmer,
 * spider, waterfall and progression-free plots, each case's time points with its heat strip and
 * composite chart, and every rejected case with its error. Inline SVG and CSS only: no script, no
 * network access, no other file.
 *
 * <p>The same cases, rejections, title and criteria always give the same bytes: nothing depends on
 * the clock, the locale or the machine.
 *
 * <p>Built with {@link #builder()}. This class is immutable and thread-safe.
 */
public final class CohortReport {

  /**
   * A case that could not be assessed, listed in the report with its error.
   *
   * @param where where it was read, e.g. {@code cohort.ndjson line 3}, not null
   * @param caseId the case id, or null when unknown
   * @param path the path of the first invalid field, {@code ""} for the whole text, not null
   * @param message what is wrong and what is allowed, not null
   */
  public record Rejection(String where, @Nullable String caseId, String path, String message) {
    /**
     * Checks the rejection.
     *
     * @param where where it was read, not null
     * @param caseId the case id, or null when unknown
     * @param path the path of the first invalid field, not null
     * @param message what is wrong and what is allowed, not null
     * @throws NullPointerException if {@code where}, {@code path} or {@code message} is null
     */
    public Rejection {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(message, "message");
    }
  }

  private final String title;
  private final Criteria criteria;
  private final List<CaseView> cases;
  private final List<Rejection> rejections;

  private CohortReport(Builder builder) {
    this.title = builder.title;
    this.criteria = builder.criteria;
    this.cases = Collections.unmodifiableList(new ArrayList<>(builder.cases));
    this.rejections = List.copyOf(builder.rejections);
  }

  /**
   * Obtains a builder of a report.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a report. Not thread-safe; the report it builds is. */
  public static final class Builder {
    private String title = "RANO-LM cohort report";
    private Criteria criteria = Criteria.defaults();
    private final List<CaseView> cases = new ArrayList<>();

    /** The cases added and rejected so far: the last one's number in the input. */
    private int inputs;

    private final List<Rejection> rejections = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title (default {@code RANO-LM cohort report}).
     *
     * @param title the title, not null
     * @return this builder, not null
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the criteria the cohort was scored under (default: the specification's defaults); a case
     * with its own criteria shows them in its section.
     *
     * @param criteria the criteria, not null
     * @return this builder, not null
     */
    public Builder criteria(Criteria criteria) {
      this.criteria = Objects.requireNonNull(criteria, "criteria");
      return this;
    }

    /**
     * Adds an assessed case, the next in the input: its number, which labels a case without an id
     * and names its anchor and SVG files, counts the cases added and rejected before it.
     *
     * @param assessment the assessment, not null
     * @return this builder, not null
     */
    public Builder add(CaseAssessment assessment) {
      Objects.requireNonNull(assessment, "assessment");
      cases.add(new CaseView(++inputs, assessment));
      return this;
    }

    /**
     * Adds a rejected case, the next in the input (it takes a number, so that the cases after it
     * keep their numbers in the input).
     *
     * @param rejection the rejection, not null
     * @return this builder, not null
     */
    public Builder reject(Rejection rejection) {
      rejections.add(Objects.requireNonNull(rejection, "rejection"));
      inputs++;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report, not null
     */
    public CohortReport build() {
      return new CohortReport(this);
    }
  }

  /**
   * The number of cases assessed.
   *
   * @return the number, 0 or more
   */
  public int assessedCases() {
    return cases.size();
  }

  /**
   * The rejected cases, in the order added.
   *
   * @return the rejections, not null
   */
  public List<Rejection> rejections() {
    return rejections;
  }

  /**
   * The objective response rate: cases whose best overall response is CR or PR, out of the assessed
   * cases, with its exact Clopper-Pearson 95 % interval.
   *
   * @param confirmed true for the confirmed best overall response (TIME-2), false for the
   *     unconfirmed one
   * @return the rate, or empty when no case was assessed
   */
  public Optional<ProportionInterval> objectiveResponseRate(boolean confirmed) {
    if (cases.isEmpty()) {
      return Optional.empty();
    }
    int responders = 0;
    for (CaseView c : cases) {
      if (best(c, confirmed).response().isResponse()) {
        responders++;
      }
    }
    return Optional.of(ProportionInterval.clopperPearson(responders, cases.size(), 0.95));
  }

  /**
   * The Kaplan-Meier estimate of progression-free time (see {@link
   * CohortCharts#progressionFree(List)}).
   *
   * @return the estimate, not null
   */
  public KaplanMeier progressionFree() {
    return CohortCharts.progressionFreeOf(cases);
  }

  private static BestResponse best(CaseView c, boolean confirmed) {
    return confirmed
        ? c.assessment().confirmedBestOverallResponse()
        : c.assessment().bestOverallResponse();
  }

  /**
   * Obtains each plot as a standalone SVG document, by file name: {@code swimmer.svg}, {@code
   * spider.svg}, {@code waterfall.svg}, {@code progression-free.svg}, and for each case with
   * component data {@code case-N-strip.svg} and {@code case-N-composite.svg} (N its number in the
   * input, from 1).
   *
   * @return the documents, sorted by file name, not null
   */
  public SortedMap<String, String> svgFiles() {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("swimmer.svg", CohortCharts.swimmer(cases, true));
    files.put("spider.svg", CohortCharts.spider(cases, true));
    files.put("waterfall.svg", CohortCharts.waterfall(cases, true));
    files.put("progression-free.svg", CohortCharts.progressionFreeCurve(progressionFree(), true));
    for (CaseView c : cases) {
      CaseCharts.neuroHeatStrip(c, true).ifPresent(s -> files.put(c.anchor() + "-strip.svg", s));
      CaseCharts.compositeOverTime(c, true)
          .ifPresent(s -> files.put(c.anchor() + "-composite.svg", s));
    }
    return files;
  }

  /**
   * Obtains the report as HTML.
   *
   * @return the HTML document, not null
   */
  public String html() {
    StringBuilder out = new StringBuilder(64 * 1024 + cases.size() * 8192);
    try {
      writeHtml(out);
    } catch (IOException e) {
      throw new IllegalStateException("bug: a StringBuilder failed", e);
    }
    return out.toString();
  }

  /**
   * Writes the report as HTML.
   *
   * @param out where to write it, not null
   * @throws IOException if writing fails
   */
  public void writeHtml(Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    Html h = new Html(out);
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.raw("<title>").text(title).raw("</title>\n<style>\n").raw(PAGE_CSS).raw(ChartStyle.CSS);
    h.raw("</style>\n</head>\n<body>\n<header>\n<h1>").text(title).raw("</h1>\n");
    h.raw("<p>RANO-LM response assessment of ")
        .text(plural(cases.size() + rejections.size(), "case"))
        .raw(" read: ")
        .text(cases.size() + " assessed, " + rejections.size() + " rejected")
        .raw(rejections.isEmpty() ? "" : " (<a href=\"#rejected\">listed below</a>)")
        .raw(".</p>\n<nav>");
    h.raw("<a href=\"#summary\">Summary</a> <a href=\"#swimmer\">Swimmer</a> ");
    h.raw("<a href=\"#spider\">Spider</a> <a href=\"#waterfall\">Waterfall</a> ");
    h.raw("<a href=\"#pfs\">Progression-free</a> <a href=\"#cases\">Cases</a>");
    if (!rejections.isEmpty()) {
      h.raw(" <a href=\"#rejected\">Rejected</a>");
    }
    h.raw(" <a href=\"#methods\">Methods</a></nav>\n</header>\n<main>\n");
    summary(h);
    h.raw("<section id=\"swimmer\">\n<h2>Swimmer plot</h2>\n<figure>");
    h.raw(CohortCharts.swimmer(cases, false));
    h.raw(
        "<figcaption>One lane per case, longest time on study first; each time point is marked"
            + " by its overall response (colour and code). Select a case's name to go to its"
            + " time points.</figcaption></figure>\n</section>\n");
    h.raw("<section id=\"spider\">\n<h2>Spider plot</h2>\n<figure>");
    h.raw(CohortCharts.spider(cases, false));
    h.raw("</figure>\n");
    notApplicable(h, false);
    h.raw("</section>\n<section id=\"waterfall\">\n<h2>Waterfall plot</h2>\n<figure>");
    h.raw(CohortCharts.waterfall(cases, false));
    h.raw("</figure>\n");
    notApplicable(h, true);
    h.raw("</section>\n");
    progressionFreeSection(h);
    h.raw(
        "<section id=\"cases\">\n<h2>Cases</h2>\n<p class=\"note\">Each case: its"
            + " time points, a heat strip of its components at each follow-up (one row per"
            + " neurological domain, then CSF cytology, imaging and the overall response; one column"
            + " per follow-up, headed by its day) and its composite score over time.</p>\n");
    h.raw(CaseCharts.stripLegend()).raw("\n");
    if (cases.isEmpty()) {
      h.raw("<p>No case was assessed.</p>\n");
    }
    for (CaseView c : cases) {
      caseSection(h, c);
    }
    h.raw("</section>\n");
    rejectedSection(h);
    methods(h);
    h.raw("</main>\n</body>\n</html>\n");
  }

  private static final String PAGE_CSS =
      "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;margin:0 auto;max-width:1000px;"
          + "padding:0 16px 40px;color:#000;background:#fff;line-height:1.4}\n"
          + "h1{font-size:24px;margin:16px 0 4px}h2{font-size:19px;margin:28px 0 8px;"
          + "border-bottom:1px solid #999}h3{font-size:16px;margin:18px 0 4px}\n"
          + "nav a{margin-right:10px}figure{margin:0}figcaption{font-size:13px;color:#333}\n"
          + "svg.rc{max-width:100%;height:auto;display:block}\n"
          + "table{border-collapse:collapse;font-size:12px;margin:6px 0}"
          + "th,td{border:1px solid #bbb;padding:2px 5px;text-align:left;vertical-align:top}"
          + "th{background:#eee}td.n{text-align:right}\n"
          + ".resp{display:inline-block;min-width:22px;text-align:center;font-weight:bold;"
          + "border-radius:3px;padding:0 3px}\n"
          + ".tr-CR{background:#009E73;color:#fff}.tr-PR{background:#0072B2;color:#fff}"
          + ".tr-SD{background:#E69F00;color:#000}.tr-PD{background:#D55E00;color:#fff}"
          + ".tr-NE{background:#999;color:#000}.tr-NON_CR_NON_PD{background:#CC79A7;color:#000}\n"
          + ".case{border-top:1px solid #ccc;margin-top:14px}.charts{display:flex;flex-wrap:wrap;"
          + "gap:8px}.charts svg{flex:0 1 auto}.note{font-size:13px;color:#333}"
          + ".warn{color:#8a3b00}\n"
          + "code{font-size:12px}\n";

  private void summary(Html h) throws IOException {
    h.raw("<section id=\"summary\">\n<h2>Cohort summary</h2>\n");
    h.raw(
        "<table class=\"bor\"><tr><th>Best overall response (TIME-4)</th>"
            + "<th>unconfirmed</th><th>confirmed (TIME-2)</th></tr>\n");
    Map<Response, Integer> unconfirmed = counts(false);
    Map<Response, Integer> confirmed = counts(true);
    for (Response r : Response.values()) {
      if (!r.isRanoLm()
          && unconfirmed.getOrDefault(r, 0) == 0
          && confirmed.getOrDefault(r, 0) == 0) {
        continue; // NON-CR/NON-PD comes only from response sequences of other criteria
      }
      h.raw("<tr><td>").raw(badge(r)).raw(" ").text(r.meaning()).raw("</td><td class=\"n\">");
      h.text(String.valueOf(unconfirmed.getOrDefault(r, 0))).raw("</td><td class=\"n\">");
      h.text(String.valueOf(confirmed.getOrDefault(r, 0))).raw("</td></tr>\n");
    }
    h.raw("<tr><th>Objective response rate (CR or PR), exact 95 % CI</th><td>");
    h.text(rate(false)).raw("</td><td>").text(rate(true)).raw("</td></tr>\n</table>\n");
    KaplanMeier km = progressionFree();
    Median median = km.median();
    h.raw("<p>Progression-free time: ")
        .text(km.events() + " progressions in " + plural(cases.size(), "case") + "; median ")
        .text(CohortCharts.describe(median.estimate()))
        .text(" (95 % CI " + CohortCharts.describe(median.lower()) + " to ")
        .text(CohortCharts.describe(median.upper()) + ").")
        .raw("</p>\n");
    h.raw("<details><summary>Criteria in force");
    long own = cases.stream().filter(c -> !c.assessment().criteria().equals(criteria)).count();
    if (own > 0) {
      h.text(" (" + plural((int) own, "case") + " with criteria of its own, shown with the case)");
    }
    h.raw("</summary>\n<table class=\"criteria\"><tr><th>policy</th><th>value</th></tr>\n");
    Map<String, Object> defaults = Criteria.defaults().policies();
    for (Map.Entry<String, Object> e : criteria.policies().entrySet()) {
      boolean changed = !e.getValue().equals(defaults.get(e.getKey()));
      h.raw("<tr><td><code>").text(e.getKey()).raw("</code></td><td>");
      h.text(String.valueOf(e.getValue())).text(changed ? " (not the default)" : "");
      h.raw("</td></tr>\n");
    }
    h.raw("</table></details>\n</section>\n");
  }

  private Map<Response, Integer> counts(boolean confirmed) {
    Map<Response, Integer> counts = new EnumMap<>(Response.class);
    for (Response r : Response.values()) {
      counts.put(r, 0);
    }
    for (CaseView c : cases) {
      counts.merge(best(c, confirmed).response(), 1, Integer::sum);
    }
    return counts;
  }

  private String rate(boolean confirmed) {
    return objectiveResponseRate(confirmed)
        .map(
            ci ->
                ci.successes()
                    + " of "
                    + ci.trials()
                    + " = "
                    + percent(ci.estimate())
                    + " (95 % CI "
                    + percent(ci.lower())
                    + " to "
                    + percent(ci.upper())
                    + ")")
        .orElse("no case assessed");
  }

  /** A proportion as a percentage with one decimal, e.g. {@code 33.3 %}. */
  static String percent(double proportion) {
    long tenths = Math.round(proportion * 1000);
    return tenths / 10 + "." + tenths % 10 + " %";
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static String badge(Response r) {
    return "<span class=\"resp tr-" + r.name() + "\">" + r.code() + "</span>";
  }

  private void notApplicable(Html h, boolean waterfall) throws IOException {
    List<String> items = new ArrayList<>();
    for (CaseView c : cases) {
      Optional<String> reason = c.compositeNotApplicable();
      boolean shown =
          waterfall
              ? reason.isEmpty()
              : !c.isSequence() && !c.isLano2019() && !c.changes().isEmpty();
      if (!shown) {
        items.add(
            "<li><a href=\"#"
                + c.anchor()
                + "\">"
                + Xml.escape(c.label())
                + "</a>: "
                + Xml.escape(reason.orElse("no composite change before progression"))
                + "</li>");
      }
    }
    if (items.isEmpty()) {
      return;
    }
    h.raw("<details class=\"na\"><summary>Not applicable: ")
        .text(plural(items.size(), "case"))
        .raw("</summary><ul>\n");
    for (String item : items) {
      h.raw(item).raw("\n");
    }
    h.raw("</ul></details>\n");
  }

  private void progressionFreeSection(Html h) throws IOException {
    KaplanMeier km = progressionFree();
    h.raw("<section id=\"pfs\">\n<h2>Progression-free time</h2>\n<figure>");
    h.raw(CohortCharts.progressionFreeCurve(km, false));
    h.raw(
        "<figcaption>Event: the progression date (TIME-5); a case without progression is"
            + " censored at its last time point. Deaths are not part of the case format.</figcaption>"
            + "</figure>\n</section>\n");
  }

  private void caseSection(Html h, CaseView c) throws IOException {
    CaseAssessment a = c.assessment();
    h.raw("<section class=\"case\" id=\"").raw(c.anchor()).raw("\">\n<h3>").text(c.label());
    h.raw("</h3>\n<p>Best overall response ")
        .raw(badge(a.bestOverallResponse().response()))
        .text(a.bestOverallResponse().date().map(d -> " on " + d).orElse(""))
        .raw(", confirmed ")
        .raw(badge(a.confirmedBestOverallResponse().response()))
        .text(a.confirmedBestOverallResponse().date().map(d -> " on " + d).orElse(""))
        .text(
            "; "
                + a.progression()
                    .map(
                        p ->
                            "progression on "
                                + p.date()
                                + " (day "
                                + p.daysFromBaseline()
                                + (p.backdated() ? ", back-dated, IMG-5" : "")
                                + ")")
                    .orElse("no progression"))
        .raw(".</p>\n");
    if (!a.criteria().equals(criteria)) {
      h.raw("<p class=\"note\">Criteria of its own: ")
          .text(differences(a.criteria()))
          .raw("</p>\n");
    }
    for (Reason w : a.warnings()) {
      h.raw("<p class=\"note warn\">Warning: ").text(w.text()).raw("</p>\n");
    }
    for (Reason n : a.notes()) {
      h.raw("<p class=\"note\">Note: ").text(n.text()).raw("</p>\n");
    }
    timePointTable(h, a, c.isSequence());
    Optional<String> strip = CaseCharts.neuroHeatStrip(c, false);
    Optional<String> composite = CaseCharts.compositeOverTime(c, false);
    if (strip.isPresent() || composite.isPresent()) {
      h.raw("<div class=\"charts\">");
      strip.ifPresent(s -> h.rawUnchecked(s));
      composite.ifPresent(s -> h.rawUnchecked(s));
      h.raw("</div>\n");
      h.check();
    }
    if (c.isSequence()) {
      h.raw(
          "<p class=\"note\">A sequence of responses assessed elsewhere: no component data, "
              + "so no heat strip and no composite chart.</p>\n");
    } else if (composite.isEmpty() && c.isLano2019()) {
      h.raw(
          "<p class=\"note\">2019 scorecard: items are rated, there is no composite to "
              + "chart.</p>\n");
    }
    h.raw("</section>\n");
  }

  private String differences(Criteria own) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> command = criteria.policies();
    for (Map.Entry<String, Object> e : own.policies().entrySet()) {
      if (!e.getValue().equals(command.get(e.getKey()))) {
        parts.add(e.getKey() + " = " + e.getValue());
      }
    }
    return String.join(", ", parts);
  }

  private static void timePointTable(Html h, CaseAssessment a, boolean sequence)
      throws IOException {
    if (a.timePoints().isEmpty()) {
      h.raw("<p class=\"note\">No follow-up: no time point.</p>\n");
      return;
    }
    h.raw("<table class=\"tp\"><tr><th>date</th><th>day</th>");
    if (!sequence) {
      h.raw("<th>neuro</th><th>CSF</th><th>imaging</th>");
    }
    h.raw("<th>overall</th><th>confirmed</th>");
    if (!sequence) {
      h.raw("<th>rules</th><th>reasons</th>");
    }
    h.raw("</tr>\n");
    for (TimePoint t : a.timePoints()) {
      h.raw("<tr><td>").text(t.date().toString()).raw("</td><td class=\"n\">");
      h.text(Integer.toString(t.daysFromBaseline())).raw("</td>");
      Optional<VisitAssessment> visit = t.assessment();
      if (!sequence) {
        if (visit.isPresent()) {
          VisitAssessment v = visit.get();
          h.raw("<td>").text(v.neuro().status().name()).raw("</td><td>");
          h.text(v.csf().status().name()).raw("</td><td>").text(imaging(v.imaging()));
          h.raw("</td>");
        } else {
          h.raw("<td></td><td></td><td></td>");
        }
      }
      h.raw("<td>").raw(badge(t.overall()));
      if (t.afterProgression()) {
        h.raw(" after PD");
      }
      h.raw("</td><td>").text(t.confirmed() ? "yes" : "no").raw("</td>");
      if (!sequence) {
        h.raw("<td>");
        if (visit.isPresent()) {
          List<String> rules = new ArrayList<>();
          for (RuleId rule : visit.get().rules()) {
            rules.add(rule.id());
          }
          h.text(String.join(" ", rules)).raw("</td><td>");
          h.text(String.join("; ", Reason.texts(visit.get().reasons())));
        } else {
          h.raw("</td><td>");
        }
        h.raw("</td>");
      }
      h.raw("</tr>\n");
    }
    h.raw("</table>\n");
  }

  private static String imaging(ImagingFinding f) {
    StringBuilder text = new StringBuilder(f.status().name());
    if (f.compositeScore().isPresent() || f.baselineCompositeScore().isPresent()) {
      text.append(' ')
          .append(
              f.compositeScore().isPresent()
                  ? Integer.toString(f.compositeScore().getAsInt())
                  : "?")
          .append('/')
          .append(
              f.baselineCompositeScore().isPresent()
                  ? Integer.toString(f.baselineCompositeScore().getAsInt())
                  : "?");
    }
    f.compositeChangePercent()
        .ifPresent(p -> text.append(" (").append(p.toPlainString()).append(" %)"));
    return text.toString();
  }

  private void rejectedSection(Html h) throws IOException {
    if (rejections.isEmpty()) {
      return;
    }
    h.raw("<section id=\"rejected\">\n<h2>Rejected cases (")
        .text(Integer.toString(rejections.size()))
        .raw(")</h2>\n<p>These cases are in no count, plot or statistic above.</p>\n");
    h.raw(
        "<table class=\"rejected\"><tr><th>where</th><th>id</th><th>field</th>"
            + "<th>error</th></tr>\n");
    for (Rejection r : rejections) {
      h.raw("<tr class=\"rej\"><td>").text(r.where()).raw("</td><td>");
      h.text(r.caseId() == null ? "" : r.caseId()).raw("</td><td><code>").text(r.path());
      h.raw("</code></td><td>").text(r.message()).raw("</td></tr>\n");
    }
    h.raw("</table>\n</section>\n");
  }

  private static void methods(Html h) throws IOException {
    h.raw("<section id=\"methods\">\n<h2>Methods</h2>\n<ul class=\"note\">\n");
    h.raw(
        "<li>Responses, confirmation and progression are rano-core's (RANO-LM rules; rule IDs"
            + " as in the specification). Colours: the Okabe-Ito palette; each marker also carries"
            + " the response's code.</li>\n");
    h.raw(
        "<li>Objective response rate: cases whose best overall response is CR or PR, out of"
            + " the assessed cases; exact two-sided 95 % interval of Clopper and Pearson (1934).</li>\n");
    h.raw(
        "<li>Progression-free time: Kaplan-Meier estimate with Greenwood's variance and the"
            + " pointwise 95 % interval on the log-log scale; the median's 95 % interval by"
            + " Brookmeyer and Crowley (1982) with the same transformation.</li>\n");
    h.raw(
        "<li>Spider and waterfall plots: change of the composite score (2017 scorecard,"
            + " IMG-3) from baseline, as rano-core reports it (one decimal); changes above +"
            + SvgWriter.num(CohortCharts.CAP)
            + " % are drawn at the top of the axis. The waterfall takes each case's lowest change"
            + " up to the first progression (TIME-6).</li>\n</ul>\n</section>\n");
  }

  /** Writes HTML to an Appendable: markup as it is, text escaped. */
  private static final class Html {
    private final Appendable out;
    private @Nullable IOException failure;

    Html(Appendable out) {
      this.out = out;
    }

    Html raw(String markup) throws IOException {
      out.append(markup);
      return this;
    }

    Html text(String text) throws IOException {
      out.append(Xml.escape(text));
      return this;
    }

    /** Appends markup from a lambda; the first failure is kept for {@link #check()}. */
    void rawUnchecked(String markup) {
      if (failure != null) {
        return;
      }
      try {
        out.append(markup);
      } catch (IOException e) {
        failure = e;
      }
    }

    void check() throws IOException {
      if (failure != null) {
        throw failure;
      }
    }
  }
}
