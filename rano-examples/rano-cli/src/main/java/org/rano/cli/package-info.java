/**
 * The {@code rano} command: reads cases in the JSON case format (README, "The case format"), scores
 * them with {@link org.rano.RanoLm} and writes the result as JSON or as a readable table. A thin
 * shell: every clinical decision comes from {@code rano-core}; this package only parses, validates
 * the JSON shape and prints.
 *
 * <p>Entry point: {@link org.rano.cli.Main}.
 */
@NullMarked
package org.rano.cli;

import org.jspecify.annotations.NullMarked;
