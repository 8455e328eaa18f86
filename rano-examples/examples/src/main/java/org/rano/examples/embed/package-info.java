/**
 * Embedding examples: scoring a case with the library directly, without JSON, from a program
 * ({@link org.rano.examples.embed.ScoreOneCase}) or a test.
 */
@NullMarked
package org.rano.examples.embed;

import org.jspecify.annotations.NullMarked;
