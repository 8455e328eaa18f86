package org.rano.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rano.report.stats.ProportionInterval;

/** The report's contents on small hand-built cohorts, counted in its SVG and HTML. */
class CohortReportTest {

  /** Three 2017 cases (PR, SD, PD), a response sequence and a line that is not a case. */
  private static final String SMALL =
      Fixtures.ndjson(
          Fixtures.raw("PR-CASE", 2, 1, 1, 1),
          Fixtures.raw("SD-CASE", 2, 2, 2),
          Fixtures.raw("PD-CASE", 2, 2, 3),
          Fixtures.sequence("SEQ", "SD", "PR", "PR", "PD"),
          "{\"id\":\"BROKEN\",\"baseline\":{}}");

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String chart(String html, String name) {
    Matcher m =
        Pattern.compile("<svg[^>]*data-chart=\"" + name + "\".*?</svg>", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("chart " + name).isTrue();
    return m.group();
  }

  @Test
  void smallCohort_lanesPointsAndBars() {
    String html = Cohorts.read(SMALL).build().html();
    String swimmer = chart(html, "swimmer");
    assertThat(count(swimmer, "class=\"lane-g\"")).isEqualTo(4);
    assertThat(count(swimmer, "class=\"tp\"")).isEqualTo(3 + 2 + 2 + 4);
    assertThat(count(swimmer, "data-progression=")).isEqualTo(2); // PD-CASE, SEQ
    assertThat(count(swimmer, "data-ongoing=")).isEqualTo(2);
    String spider = chart(html, "spider");
    assertThat(count(spider, "class=\"spider-case\"")).isEqualTo(3);
    assertThat(count(spider, "class=\"sp ")).isEqualTo(3 + 2 + 2);
    String waterfall = chart(html, "waterfall");
    assertThat(count(waterfall, "class=\"bar wf ")).isEqualTo(3);
    // best change: PR -50.0, SD 0.0, PD 0.0 (the +50.0 of day 56 is the progression itself,
    // and the waterfall's lowest change up to it is 0.0)
    assertThat(waterfall).contains("data-change=\"-50.0\"");
    String km = chart(html, "km");
    assertThat(km).contains("data-events=\"2\"").contains("data-censored=\"2\"");
    assertThat(count(html, "<section class=\"case\"")).isEqualTo(4);
    assertThat(count(html, "data-chart=\"strip\"")).isEqualTo(3);
    assertThat(count(html, "data-chart=\"composite\"")).isEqualTo(3);
  }

  @Test
  void smallCohort_rejectedCaseIsListedWithItsPathAndMessage() {
    CohortReport report = Cohorts.read(SMALL).build();
    assertThat(report.rejections()).hasSize(1);
    CohortReport.Rejection rejection = report.rejections().get(0);
    assertThat(rejection.caseId()).isEqualTo("BROKEN");
    String html = report.html();
    assertThat(html).contains("<section id=\"rejected\">");
    assertThat(count(html, "<tr class=\"rej\">")).isEqualTo(1);
    assertThat(html).contains("line 5").contains("BROKEN");
    assertThat(html).contains(org.rano.report.svg.Xml.escape(rejection.message()));
    assertThat(html)
        .contains("<code>" + org.rano.report.svg.Xml.escape(rejection.path()) + "</code>");
    assertThat(html).contains("5 cases read: 4 assessed, 1 rejected");
  }

  @Test
  void sequenceAndLano2019_areListedAsNotApplicable() throws IOException {
    String lano = oneLine(resource("lano2019.json"));
    String html =
        Cohorts.read(Fixtures.ndjson(Fixtures.sequence("SEQ", "SD", "PD"), lano)).build().html();
    assertThat(chart(html, "spider")).contains("data-cases=\"0\"");
    assertThat(chart(html, "waterfall")).contains("data-bars=\"0\"");
    assertThat(html)
        .contains("SEQ</a>: a response sequence (responses assessed elsewhere): no scorecard")
        .contains(
            "EX-LANO2019</a>: 2019 scorecard (LANO-1 to LANO-5): items are rated, no composite")
        .contains("2019 scorecard: items are rated, there is no composite to chart.")
        .contains("A sequence of responses assessed elsewhere: no component data");
  }

  @Test
  void summary_countsBestResponses_andTheResponseRateWithItsExactInterval() {
    CohortReport report = Cohorts.read(SMALL).build();
    // confirmed: PR-CASE (PR on day 28, confirmed by day 56) and SEQ (PR confirmed) respond
    ProportionInterval rate = report.objectiveResponseRate(true).orElseThrow();
    assertThat(rate.successes()).isEqualTo(2);
    assertThat(rate.trials()).isEqualTo(4);
    String html = report.html();
    assertThat(html).contains("2 of 4 = 50.0 % (95 % CI " + CohortReport.percent(rate.lower()));
    assertThat(CohortReport.builder().build().objectiveResponseRate(false)).isEmpty();
  }

  @Test
  void html_isWellFormedXml_andLoadsNothing() throws Exception {
    String html = Cohorts.read(Cohorts.exampleCohortText()).build().html();
    String xml = html.replace("<!DOCTYPE html>", "");
    // XHTML-compatible: every element closed (meta tags aside, which are void in HTML)
    String closed = xml.replaceAll("<meta ([^>]*)>", "<meta $1/>");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(closed.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("url(");
    assertThat(count(html, "href=\"http")).isZero();
  }

  @Test
  void hostileIds_areEscaped() {
    String html =
        Cohorts.read(Fixtures.ndjson(Fixtures.raw("<script>alert('x')</script>&\u202E", 2, 1, 1)))
            .build()
            .html();
    assertThat(html).doesNotContain("<script>").doesNotContain("\u202E");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\uFFFD");
  }

  @Test
  void sameInput_sameBytes() {
    String first = Cohorts.read(SMALL).title("T").build().html();
    String second = Cohorts.read(SMALL).title("T").build().html();
    assertThat(second).isEqualTo(first);
    assertThat(Cohorts.read(SMALL).build().svgFiles())
        .isEqualTo(Cohorts.read(SMALL).build().svgFiles());
  }

  @Test
  void svgFiles_areStandaloneWithTheirStylesheet() {
    var files = Cohorts.read(SMALL).build().svgFiles();
    assertThat(files)
        .containsKeys(
            "swimmer.svg",
            "spider.svg",
            "waterfall.svg",
            "progression-free.svg",
            "case-1-strip.svg",
            "case-1-composite.svg")
        .doesNotContainKey("case-4-strip.svg"); // the sequence
    for (String svg : files.values()) {
      assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<style>");
    }
  }

  @Test
  void caseNumbers_countTheRejectedCasesBeforeThem() {
    String noId = Fixtures.raw("x", 2, 1, 1).replaceFirst("\"id\":\"x\",", "");
    assertThat(noId).startsWith("{\"baseline\"");
    CohortReport report = Cohorts.read(Fixtures.ndjson("{\"baseline\":1}", noId, noId)).build();
    assertThat(report.rejections()).hasSize(1);
    assertThat(report.svgFiles())
        .containsKeys("case-2-strip.svg", "case-3-strip.svg")
        .doesNotContainKey("case-1-strip.svg");
    assertThat(report.html()).contains("case 2", "case 3", "id=\"case-2\"");
  }

  @Test
  void pdLines_followTheCriteria_ofTheCasesDrawn() {
    String one = Fixtures.raw("A", 2, 1, 3);
    java.util.function.Function<org.rano.Criteria, org.rano.CaseAssessment> assess =
        criteria -> org.rano.json.CaseFormat.withCriteria(criteria).read(one).assess();
    org.rano.Criteria defaults = org.rano.Criteria.defaults();
    org.rano.CaseAssessment plain = assess.apply(defaults);
    org.rano.CaseAssessment twoPoints = assess.apply(defaults.withCompositeMinIncrease(2));
    org.rano.CaseAssessment nadir =
        assess.apply(
            defaults.withImagingProgressionReference(org.rano.ImagingProgressionReference.NADIR));

    assertThat(CohortCharts.spider(List.of(plain))).contains("+25 %: PD (IMG-6)");
    assertThat(CohortCharts.waterfall(List.of(plain, twoPoints)))
        .contains("+25 %: PD (IMG-6) with at least 2 points more");
    assertThat(CohortCharts.spider(List.of(plain, nadir)))
        .contains(CohortCharts.NO_PD_LINE)
        .doesNotContain("+25 %: PD");
    // one case, baseline 2: PD from 3 (+25 % is 2.5), from 4 with two points more, none against
    // the nadir
    assertThat(CaseCharts.compositeOverTime(plain).orElseThrow()).contains("PD from 3 (IMG-6)");
    assertThat(CaseCharts.compositeOverTime(twoPoints).orElseThrow()).contains("PD from 4 (IMG-6)");
    assertThat(CaseCharts.compositeOverTime(nadir).orElseThrow()).doesNotContain("PD from");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CohortReportTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String oneLine(String json) {
    return json.replace("\n", " ").replace("\r", " ");
  }
}
