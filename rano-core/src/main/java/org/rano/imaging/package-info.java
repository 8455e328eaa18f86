/**
 * The MRI scorecard of RANO-LM (spec section 4): sites, target lesions scored 0-3 and their
 * composite, non-target and new lesions ({@link org.rano.imaging.Imaging}), the rules IMG-1 to
 * IMG-14 ({@link org.rano.ImagingRules}), and parenchymal metastases reported beside the LM call
 * ({@link org.rano.imaging.Parenchymal}).
 */
@NullMarked
@RanoStyle
package org.rano.imaging;

import org.jspecify.annotations.NullMarked;
import org.rano.internal.RanoStyle;
