/**
 * The statistics of the report: the Kaplan-Meier estimate with Greenwood's variance, its pointwise
 * log-log interval and the Brookmeyer-Crowley interval of the median ({@link
 * org.rano.report.stats.KaplanMeier}), and the exact Clopper-Pearson interval of a proportion
 * ({@link org.rano.report.stats.ProportionInterval}), with the beta distribution it needs.
 */
@NullMarked
package org.rano.report.stats;

import org.jspecify.annotations.NullMarked;
