/**
 * The case format as a library: {@link org.rano.json.CaseFormat} reads cases, diagnosis inputs and
 * instrument definitions from JSON, streaming onto rano-core's builders, and writes results; a
 * rejected input is a {@link org.rano.json.CaseRejection} with the path of the first invalid field.
 */
@NullMarked
package org.rano.json;

import org.jspecify.annotations.NullMarked;
