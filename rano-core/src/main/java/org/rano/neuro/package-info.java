/**
 * The standardised neurological examination of RANO-LM (spec section 2): the LANO instrument as
 * data ({@link org.rano.neuro.Instrument}, {@link org.rano.neuro.Lano}), an exam at one visit
 * ({@link org.rano.neuro.NeuroExam}), and the rules NEURO-1 to NEURO-8 that compare a follow-up
 * exam with its reference ({@link org.rano.NeuroRules}).
 */
@NullMarked
@RanoStyle
package org.rano.neuro;

import org.jspecify.annotations.NullMarked;
import org.rano.internal.RanoStyle;
