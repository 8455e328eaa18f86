package org.rano.serve;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's executor, bounded: at most {@code limit} exchanges at once, each from the moment the
 * JDK server hands it over (the first byte of its head has arrived) until its answer is sent, on at
 * most {@code limit} threads. An exchange beyond the limit is refused with {@link
 * RejectedExecutionException}, and the JDK server then closes its connection without reading it.
 */
final class TaskLimit implements Executor {
  private final Semaphore slots;
  private final ThreadPoolExecutor pool;
  private final AtomicInteger started = new AtomicInteger();

  TaskLimit(int limit) {
    this.slots = new Semaphore(limit);
    this.pool =
        new ThreadPoolExecutor(
            limit,
            limit,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "rano-serve-" + started.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  @Override
  public void execute(Runnable task) {
    if (!slots.tryAcquire()) {
      throw new RejectedExecutionException("too many connections being served");
    }
    try {
      pool.execute(
          () -> {
            try {
              task.run();
            } finally {
              slots.release();
            }
          });
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
  }

  /** The pool, to be shut down when the server stops. */
  ExecutorService pool() {
    return pool;
  }

  /** The number of threads started so far (for tests). */
  int threadsStarted() {
    return started.get();
  }
}
