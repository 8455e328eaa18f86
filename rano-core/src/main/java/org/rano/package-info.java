/**
 * Scoring a case under RANO-LM: everything a caller needs, in one package.
 *
 * <ul>
 *   <li>{@link org.rano.RanoLm}, the engine, for some {@link org.rano.Criteria} (the policies, each
 *       a {@link org.rano.Policy}).
 *   <li>{@link org.rano.Visit}, one assessment; {@link org.rano.LmCase}, a baseline and its
 *       follow-ups, checked once when built; {@link org.rano.ResponseSequence}, responses assessed
 *       elsewhere.
 *   <li>The results: {@link org.rano.CaseAssessment} with its {@link org.rano.TimePoint}s, each
 *       follow-up's {@link org.rano.VisitAssessment}, the {@link org.rano.BestResponse}s and the
 *       {@link org.rano.Progression}; every decision names its {@link org.rano.RuleId}s and gives
 *       its {@link org.rano.Reason}s as values (a {@link org.rano.ReasonKind} and its {@link
 *       org.rano.Fact facts}), rendered in English by {@link org.rano.Reason#text()}.
 *   <li>{@link org.rano.Response}, the five categories, and {@link org.rano.InvalidInputException},
 *       the one exception for bad input, naming the field's path.
 * </ul>
 *
 * <p>The engine gives each follow-up its overall response (OVR-1 to OVR-5, STER-1 to STER-3) and
 * the case its time course (TIME-1 to TIME-7).
 */
@NullMarked
@RanoStyle
package org.rano;

import org.jspecify.annotations.NullMarked;
import org.rano.internal.RanoStyle;
