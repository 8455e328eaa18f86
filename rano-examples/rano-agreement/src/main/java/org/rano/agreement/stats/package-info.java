/**
 * Agreement statistics for ratings of units by several readers, each against its published
 * definition: percent agreement, Cohen's kappa (unweighted, linear weighted, agreement within a
 * tolerance), Fleiss' kappa, Krippendorff's alpha (nominal, ordinal, interval, within a tolerance;
 * missing ratings as the coincidence-matrix method defines), ICC(2,1), and a seeded percentile
 * bootstrap over units. The data are a {@link org.rano.agreement.stats.Ratings} table; a
 * coefficient that its definition leaves undefined (no variation, no pairable ratings) is a {@link
 * org.rano.agreement.stats.Coefficient} without a value that says why, never NaN.
 */
@NullMarked
package org.rano.agreement.stats;

import org.jspecify.annotations.NullMarked;
