/**
 * The vocabulary every part of RANO-LM shares: the response categories ({@link
 * org.rano.Response}), the rule identifiers of the specification ({@link org.rano.RuleId}), the
 * reasons every rule gives as values ({@link org.rano.Reason}, with its {@link
 * org.rano.ReasonKind} and {@link org.rano.Fact facts}), the criteria with every configurable
 * policy ({@link org.rano.Criteria}) and the one exception that reports invalid input ({@link
 * org.rano.InvalidInputException}).
 */
@NullMarked
@RanoStyle
package org.rano;

import org.jspecify.annotations.NullMarked;
import org.rano.internal.RanoStyle;
