package org.rano.cli;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Scores the cases of {@code rano score --ndjson} on worker threads and hands their records back in
 * input order: a line is read, its case read, assessed and written to bytes on a worker while the
 * next lines are read, and {@link #next()} gives the records in the order the lines came.
 *
 * <p>Nothing changes but the time: each line yields the same record, with the same bytes, as
 * scoring it on the command's thread does, and the command writes them in order (so the output, its
 * error lines and their order are those of a sequential run). At most {@code window} lines are in
 * flight, which bounds the memory. Taking every record with {@link #next()} before waiting for
 * input keeps the co-process behaviour: every record of the lines read so far is written before the
 * command waits.
 *
 * <p>An {@link Error} on a worker (e.g. {@link OutOfMemoryError}) is thrown again on the command's
 * thread; every exception on a worker becomes the line's error record of a bug, as on the command's
 * thread.
 *
 * <p>Not thread-safe: one command thread submits and takes; the workers only score.
 */
final class ScoringPipeline implements AutoCloseable {

  /** One line's record: its bytes (with the line break), and its rejection when it has one. */
  static final class Done {
    private final byte[] bytes;
    private final Outcome.@Nullable Rejected rejected;
    private final int exitCode;
    private final String where;

    Done(byte[] bytes, Outcome.@Nullable Rejected rejected, int exitCode, String where) {
      this.bytes = bytes;
      this.rejected = rejected;
      this.exitCode = exitCode;
      this.where = where;
    }

    /** The record's UTF-8 bytes, with its line break; not to be changed. */
    byte[] bytes() {
      return bytes;
    }

    /** The line's rejection, or null when its case was scored. */
    Outcome.@Nullable Rejected rejected() {
      return rejected;
    }

    /** The line's exit code: 0 scored, 1 rejected, 4 a bug. */
    int exitCode() {
      return exitCode;
    }

    /** The line's place for its error line, e.g. {@code line 7}. */
    String where() {
      return where;
    }
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final CaseScorer scorer;
  private final ExecutorService workers;
  private final int window;
  private final Deque<Future<Done>> inFlight = new ArrayDeque<>();
  private final ThreadLocal<ResultWriter.RecordBytes> records =
      ThreadLocal.withInitial(ResultWriter.RecordBytes::new);

  /**
   * Starts the workers.
   *
   * @param scorer the scorer, thread-safe
   * @param threads the number of worker threads, 1 or more
   * @param window the most lines in flight, 1 or more
   */
  ScoringPipeline(CaseScorer scorer, int threads, int window) {
    this.scorer = scorer;
    this.window = window;
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, "rano-score-" + pool + "-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    this.workers = Executors.newFixedThreadPool(threads, factory);
  }

  /**
   * Tells whether {@link #window} lines are in flight, so that the oldest should be taken first.
   *
   * @return true when full
   */
  boolean full() {
    return inFlight.size() >= window;
  }

  /**
   * Tells whether no line is in flight.
   *
   * @return true when empty
   */
  boolean isEmpty() {
    return inFlight.isEmpty();
  }

  /**
   * Starts scoring one case.
   *
   * @param utf8 the case's line, well-formed UTF-8, not null
   * @param where the line's place for its error line, e.g. {@code line 7}
   */
  void submit(byte[] utf8, String where) {
    inFlight.add(workers.submit(() -> score(utf8, where)));
  }

  /**
   * Adds a record made on the command's thread (a line that is not text), in its place.
   *
   * @param outcome the line's outcome
   * @param where the line's place
   */
  void add(Outcome outcome, String where) {
    inFlight.add(CompletableFuture.completedFuture(render(outcome, where)));
  }

  /**
   * Takes the oldest line's record, waiting for it.
   *
   * @return the record, not null
   * @throws IllegalStateException when no line is in flight
   */
  Done next() {
    Future<Done> head = inFlight.poll();
    if (head == null) {
      throw new IllegalStateException("bug: no line in flight");
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return head.get();
        } catch (InterruptedException e) {
          interrupted = true; // the record is still owed: wait on, and keep the interrupt
        } catch (ExecutionException e) {
          // score() turns every exception into a record: only an Error gets here
          Throwable cause = e.getCause();
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException("bug: a worker failed", cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** On a worker: scores one case and writes its record; a bug becomes the line's record. */
  private Done score(byte[] utf8, String where) {
    Outcome outcome = scorer.score(utf8);
    try {
      return render(outcome, where);
    } catch (RuntimeException | StackOverflowError e) {
      @Nullable String id =
          outcome instanceof Outcome.Scored scored
              ? scored.assessment().id().orElse(null)
              : ((Outcome.Rejected) outcome).caseId();
      return render(Outcome.Rejected.ofBug(id, "could not be written", e), where);
    }
  }

  private Done render(Outcome outcome, String where) {
    ResultWriter.RecordBytes record = records.get();
    record.reset();
    ResultWriter.ONE_LINE.write(outcome, record);
    record.write('\n');
    byte[] bytes = Arrays.copyOf(record.buffer(), record.size());
    if (record.size() > 1 << 16) {
      records.remove(); // do not keep the memory of one long record for the rest of the stream
    }
    Outcome.Rejected rejected = outcome instanceof Outcome.Rejected r ? r : null;
    int code = outcome.exitCode();
    return new Done(bytes, rejected, code, where);
  }

  /** Stops the workers; lines still in flight are abandoned (the command failed). */
  @Override
  public void close() {
    for (Future<Done> future : inFlight) {
      future.cancel(false);
    }
    inFlight.clear();
    workers.shutdownNow();
  }
}
