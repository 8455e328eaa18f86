package org.rano.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rano.CaseAssessment;
import org.rano.LmCase;
import org.rano.RanoLm;
import org.rano.Visit;
import org.rano.VisitAssessment;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;

/**
 * The cost of each stage of scoring one case, in ns per operation: assessing one follow-up,
 * assessing a whole case of six follow-ups with five targets, reading that case's JSON into the
 * library's types (the {@code rano} command's reader, with every check, without assessing), reading
 * and assessing it, writing the result JSON, and all three.
 *
 * <p>The reader against the assessment: {@link #parseCase()} reads the case that {@link
 * #assessCase()} assesses, so {@code parseCase / assessCase} is read off one run (issue 12's goal:
 * the reader at most 3 times the assessment of the same case). Run the pair alone with {@code java
 * -jar rano-examples/rano-benchmarks/target/rano-benchmarks.jar
 * 'ScoringBenchmark\.(parseCase|assessCase)$' -f 1 -wi 8 -i 5 -w 2s -r 2s}. Every read goes through
 * the field {@code codec}, rano-json's {@link CaseFormat}, which the command uses.
 *
 * <p>Run all: {@code java -jar rano-examples/rano-benchmarks/target/rano-benchmarks.jar -f 1 -wi 3
 * -i 5} (one fork, three warm-up and five measured iterations of 2 s each); add {@code -prof gc}
 * for the bytes allocated per operation, or a name pattern such as {@code ScoringBenchmark.assess}
 * for a subset.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class ScoringBenchmark {

  /** The reader and writer under measurement: the command's own, as it scores a line. */
  private final CaseFormat codec = CaseFormat.withDefaults();

  private final RanoLm engine = RanoLm.withDefaults();
  private String json = "";
  private byte[] utf8 = new byte[0];

  /** Where results are written, reused as the command reuses its record buffer. */
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

  private LmCase lmCase = LmCase.of(Visit.on("2026-01-05").build());
  private Visit baseline = lmCase.baseline();
  private Visit followUp = lmCase.baseline();
  private CaseAssessment assessment = engine.assess(lmCase);

  /** Creates the benchmark state; JMH instantiates it, then calls {@link #setUp()}. */
  public ScoringBenchmark() {}

  /** Reads the case once, so that the assessing benchmarks start from the library's types. */
  @Setup
  public void setUp() {
    json = BenchCase.JSON;
    utf8 = json.getBytes(StandardCharsets.UTF_8);
    lmCase = readCase(json);
    baseline = lmCase.baseline();
    followUp = lmCase.followUps().get(0);
    assessment = engine.assess(lmCase);
  }

  /**
   * Assesses the first follow-up against baseline ({@link RanoLm#assessVisit}).
   *
   * @return the assessment, not null
   */
  @Benchmark
  public VisitAssessment assessVisit() {
    return engine.assessVisit(baseline, followUp);
  }

  /**
   * Assesses the whole case: six follow-ups and the time course.
   *
   * @return the assessment, not null
   */
  @Benchmark
  public CaseAssessment assessCase() {
    return engine.assess(lmCase);
  }

  /**
   * Reads the case's JSON (its UTF-8 bytes, as the command reads a line) into the library's types,
   * with every check, without assessing it: the reader of issue 12's goal, at most 3 times {@link
   * #assessCase()}.
   *
   * @return the case, not null
   */
  @Benchmark
  public LmCase parseCase() {
    return ((CaseInput.Raw) codec.read(utf8, 0, utf8.length)).lmCase();
  }

  /**
   * Reads the case's JSON from a {@code String}, as a program holding text does.
   *
   * @return the case, not null
   */
  @Benchmark
  public LmCase parseCaseText() {
    return readCase(json);
  }

  private LmCase readCase(String text) {
    return ((CaseInput.Raw) codec.read(text)).lmCase();
  }

  /**
   * Reads the case's JSON and assesses it, as {@code rano score} does before writing.
   *
   * @return the assessment, not null
   */
  @Benchmark
  public CaseAssessment parseAndAssessCase() {
    return codec.read(utf8, 0, utf8.length).assess();
  }

  /**
   * Reads, assesses and writes the case, bytes in and bytes out: all that {@code rano score
   * --ndjson} does for one line apart from reading and writing the stream. {@code parseCase /
   * scoreCase} is the share of parse-only throughput that scoring can reach once the JIT has warmed
   * up.
   *
   * @return the number of bytes written
   * @throws IOException never: the output is memory
   */
  @Benchmark
  public int scoreCase() throws IOException {
    out.reset();
    codec.write(codec.read(utf8, 0, utf8.length).assess(), out);
    return out.size();
  }

  /**
   * Writes the case's assessment as the one-line result JSON, in UTF-8 bytes.
   *
   * @return the number of bytes written
   * @throws IOException never: the output is memory
   */
  @Benchmark
  public int writeResult() throws IOException {
    out.reset();
    codec.write(assessment, out);
    return out.size();
  }

  /**
   * Writes the case's assessment as the one-line result JSON text, to a {@code String}.
   *
   * @return the JSON text, not null
   */
  @Benchmark
  public String writeResultText() {
    return codec.write(assessment);
  }
}
