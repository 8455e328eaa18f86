/**
 * JMH benchmarks of scoring: one follow-up, a whole case, reading a case's JSON, reading and
 * assessing, and writing the result JSON; and {@link org.rano.bench.JacksonFloor}, the Jackson
 * read-tree-and-write-back program that {@code e2e.sh} runs beside {@code rano score --ndjson}. Run
 * the benchmarks from the benchmarks jar, e.g. {@code java -jar
 * rano-examples/rano-benchmarks/target/rano-benchmarks.jar -f 1 -wi 3 -i 5}, and the floor with
 * {@code java -cp rano-examples/rano-benchmarks/target/rano-benchmarks.jar
 * org.rano.bench.JacksonFloor}; the {@code rano} jar leaves this package out.
 */
@NullMarked
package org.rano.bench;

import org.jspecify.annotations.NullMarked;
