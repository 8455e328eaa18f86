/**
 * JMH benchmarks of scoring: one follow-up, a whole case, reading a case's JSON, reading and
 * assessing, and writing the result JSON. Run them from the benchmarks jar, e.g. {@code java -jar
 * rano-examples/target/rano-benchmarks.jar -f 1 -wi 3 -i 5}; the {@code rano} jar leaves this
 * package out.
 */
@NullMarked
package org.rano.bench;

import org.jspecify.annotations.NullMarked;
