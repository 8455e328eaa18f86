/**
 * A cohort's RANO-LM responses as pictures (issue 13): {@link org.rano.report.CohortReport} writes
 * one self-contained HTML file with swimmer, spider, waterfall and progression-free plots and each
 * case's charts; {@link org.rano.report.CaseCharts} draws one case's charts on their own; {@link
 * org.rano.report.svg.SvgWriter} is the small SVG writer they share; {@code org.rano.report.stats}
 * holds the statistics (Kaplan-Meier, Clopper-Pearson).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.rano.report {
  requires transitive org.rano.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.rano.report;
  exports org.rano.report.svg;
  exports org.rano.report.stats;
}
