/**
 * CSF cytology (spec section 3): a sample's result and volume ({@link org.rano.csf.CsfSample}) and
 * its status at a follow-up against baseline, CSF-1 to CSF-5 ({@link org.rano.CsfRules}).
 */
@NullMarked
@RanoStyle
package org.rano.csf;

import org.jspecify.annotations.NullMarked;
import org.rano.internal.RanoStyle;
