/**
 * The EANO-ESMO classification of a leptomeningeal metastasis diagnosis (spec section 8,
 * [EANO2023]): MRI pattern, type, level of certainty and label ({@link
 * org.rano.diagnosis.EanoClassification}).
 */
@NullMarked
@RanoStyle
package org.rano.diagnosis;

import org.jspecify.annotations.NullMarked;
import org.rano.internal.RanoStyle;
