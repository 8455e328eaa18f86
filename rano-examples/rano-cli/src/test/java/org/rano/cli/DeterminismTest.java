package org.rano.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rano.CaseAssessment;
import org.rano.Criteria;
import org.rano.RanoLm;

/**
 * Determinism and thread safety, end to end: the same NDJSON input gives byte-identical output on
 * every run, and a generated cohort scored from {@value #THREADS} threads at once, through the
 * library ({@link RanoLm}, one shared engine per set of criteria) and through the command's
 * per-line scorer ({@link CaseScorer}, one shared instance), gives exactly what sequential scoring
 * gives.
 */
class DeterminismTest {

  private static final int COHORT = 300;
  private static final int THREADS = 8;
  private static final long SEED = 0xD37E_2026L;

  /** Lines the cohort's stream mixes in: invalid cases and a line that is not JSON. */
  private static final List<String> INVALID_LINES =
      List.of(
          Fixtures.twoLesionPr("BAD-LEVEL").replaceFirst("\"gait\":0", "\"gait\":9"),
          Fixtures.twoLesionPr("BAD-FIELD")
              .replaceFirst("\"baseline\":\\{", "\"baseline\":{\"x\":1,"),
          "{\"id\":\"CUT\",\"baseline\":");

  private static List<RandomCases.Generated> cohort;
  private static ExecutorService pool;

  @BeforeAll
  static void generateCohort() {
    RandomCases generator = new RandomCases(SEED);
    cohort = new ArrayList<>(COHORT);
    for (int i = 0; i < COHORT; i++) {
      cohort.add(generator.next("D" + i));
    }
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  // ---------------------------------------------------------------------------------------------
  // The command: byte-identical output across runs

  @Test
  void ndjson_sameInputTwice_byteIdenticalOutputAndErrors() {
    String input = ndjson();

    Cli.Run first = Cli.withInput(input, "score", "--ndjson", "-");
    Cli.Run second = Cli.withInput(input, "score", "--ndjson", "-");

    assertThat(first.outLines()).hasSize(COHORT + INVALID_LINES.size());
    assertThat(first.exitCode()).as("the invalid lines are rejected").isEqualTo(1);
    assertThat(second.exitCode()).isEqualTo(first.exitCode());
    assertThat(second.out().getBytes(UTF_8)).isEqualTo(first.out().getBytes(UTF_8));
    assertThat(second.err().getBytes(UTF_8)).isEqualTo(first.err().getBytes(UTF_8));
  }

  @Test
  void ndjsonText_sameInputTwice_byteIdenticalOutput() {
    String input = ndjson();

    Cli.Run first = Cli.withInput(input, "score", "--ndjson", "--text", "-");
    Cli.Run second = Cli.withInput(input, "score", "--ndjson", "--text", "-");

    assertThat(first.out()).isNotEmpty();
    assertThat(second.out().getBytes(UTF_8)).isEqualTo(first.out().getBytes(UTF_8));
    assertThat(second.err().getBytes(UTF_8)).isEqualTo(first.err().getBytes(UTF_8));
  }

  @Test
  void ndjson_sameAsScoringEachCaseOnItsOwn() {
    Cli.Run stream = Cli.withInput(ndjson(), "score", "--ndjson", "-");

    List<String> lines = stream.outLines();
    for (int i = 0; i < 25; i++) {
      Cli.Run single = Cli.withInput(cohort.get(i).json(), "score", "--ndjson", "-");
      assertThat(single.outLines()).as(cohort.get(i).json()).containsExactly(lines.get(i));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Thread safety: 8 threads give what sequential scoring gives

  @Test
  void library_eightThreadsSharingEngines_sameResultsAsSequential() throws Exception {
    Map<Criteria, RanoLm> engines = new HashMap<>();
    for (RandomCases.Generated generated : cohort) {
      engines.computeIfAbsent(generated.criteria(), RanoLm::of);
    }
    IntFunction<CaseAssessment> assess =
        i -> {
          RandomCases.Generated generated = cohort.get(i);
          RanoLm engine = Objects.requireNonNull(engines.get(generated.criteria()));
          return generated.lmCase() != null
              ? engine.assess(generated.lmCase())
              : engine.assess(Objects.requireNonNull(generated.sequence()));
        };
    List<CaseAssessment> sequential = new ArrayList<>();
    for (int i = 0; i < COHORT; i++) {
      sequential.add(assess.apply(i));
    }

    List<List<CaseAssessment>> concurrent = inEightThreads(assess);

    for (List<CaseAssessment> results : concurrent) {
      assertThat(results).containsExactlyElementsOf(sequential);
    }
  }

  @Test
  void cliScorer_eightThreadsSharingOneScorer_sameOutputAsSequential() throws Exception {
    CaseScorer scorer = new CaseScorer(Criteria.defaults());
    ResultWriter writer = new ResultWriter(false);
    List<String> texts = new ArrayList<>();
    for (RandomCases.Generated generated : cohort) {
      texts.add(generated.json());
    }
    texts.addAll(INVALID_LINES);
    IntFunction<String> score = i -> writer.write(scorer.score(texts.get(i)));
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      sequential.add(score.apply(i));
    }
    assertThat(sequential.subList(COHORT, texts.size()))
        .allSatisfy(line -> assertThat(line).contains("\"error\""));

    List<List<String>> concurrent = inEightThreads(score, texts.size());

    for (List<String> results : concurrent) {
      assertThat(results).containsExactlyElementsOf(sequential);
    }
    Cli.Run command = Cli.withInput(ndjson(), "score", "--ndjson", "-");
    assertThat(command.outLines()).containsExactlyElementsOf(sequential);
  }

  // ---------------------------------------------------------------------------------------------

  private static String ndjson() {
    StringBuilder input = new StringBuilder();
    for (RandomCases.Generated generated : cohort) {
      input.append(generated.json()).append('\n');
    }
    for (String line : INVALID_LINES) {
      input.append(line).append('\n');
    }
    return input.toString();
  }

  private static <T> List<List<T>> inEightThreads(IntFunction<T> work) throws Exception {
    return inEightThreads(work, COHORT);
  }

  /**
   * Runs the work over every index in each of {@value #THREADS} threads, released together, each
   * thread starting at another offset so that threads work on different cases at the same time, and
   * returns each thread's results in index order.
   */
  private static <T> List<List<T>> inEightThreads(IntFunction<T> work, int count) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<T>>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t * count / THREADS;
      Callable<List<T>> task =
          () -> {
            start.await();
            List<T> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
              results.add(null);
            }
            for (int k = 0; k < count; k++) {
              int i = (offset + k) % count;
              results.set(i, work.apply(i));
            }
            return results;
          };
      futures.add(pool.submit(task));
    }
    start.countDown();
    List<List<T>> all = new ArrayList<>();
    for (Future<List<T>> future : futures) {
      all.add(future.get(2, TimeUnit.MINUTES));
    }
    return all;
  }
}
