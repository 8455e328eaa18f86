/**
 * The report of a cohort ({@link org.rano.report.CohortReport}), the charts of one case ({@link
 * org.rano.report.CaseCharts}) and of a cohort ({@link org.rano.report.CohortCharts}), and the
 * colours and letters of the responses ({@link org.rano.report.ResponseStyle}). Every chart is an
 * SVG string written with {@link org.rano.report.svg.SvgWriter}; every number comes from
 * rano-core's assessment, and this package decides no clinical outcome.
 */
@NullMarked
package org.rano.report;

import org.jspecify.annotations.NullMarked;
