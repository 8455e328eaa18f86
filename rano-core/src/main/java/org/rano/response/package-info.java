/**
 * A patient's visits and their assessment under RANO-LM: a visit ({@link
 * org.rano.response.Visit}), a case of one baseline and its follow-ups ({@link
 * org.rano.response.LmCase}), a sequence of responses assessed elsewhere ({@link
 * org.rano.response.ResponseSequence}), and the engine ({@link org.rano.response.RanoLm}) that
 * gives each follow-up its overall response (OVR-1 to OVR-5, STER-1 to STER-3) and the case its
 * time course (TIME-1 to TIME-7).
 */
@NullMarked
@RanoStyle
package org.rano.response;

import org.jspecify.annotations.NullMarked;
import org.rano.internal.RanoStyle;
