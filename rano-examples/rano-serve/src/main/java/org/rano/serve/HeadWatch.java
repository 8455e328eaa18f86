package org.rano.serve;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The read timeout of a request's head. The JDK server reads the head (request line and headers) on
 * a thread of the server's executor before it calls the handler, with no timeout of its own; each
 * of those tasks is watched from its start (the head's first byte has arrived) until the handler
 * begins. A head not read within the read timeout is cut off as a slow body is ({@link
 * GuardedInput}): the server's clock interrupts the reading thread, which closes the connection's
 * channel. A head that arrives within the read timeout, however slowly, is never cut off.
 */
final class HeadWatch {
  private static final int READING = 0;
  private static final int READ = 1;
  private static final int CUT = 2;

  private final Thread reader = Thread.currentThread();
  private final long deadline;
  private final AtomicInteger state = new AtomicInteger(READING);

  /** Starts watching the current thread's head, which must be read within timeoutNanos. */
  HeadWatch(long timeoutNanos) {
    this.deadline = System.nanoTime() + timeoutNanos;
  }

  /** Called by the clock: interrupts the reader when its head has taken too long. */
  void cutOffIfLate(long now) {
    if (now - deadline > 0 && state.compareAndSet(READING, CUT)) {
      reader.interrupt();
    }
  }

  /**
   * Called when the handler begins: the head was read in time.
   *
   * @return true when the head was read in time; false when the clock cut it off (the connection is
   *     closed, and the reading thread's interrupt is cleared)
   */
  boolean headRead() {
    if (state.compareAndSet(READING, READ)) {
      return true;
    }
    boolean unused = Thread.interrupted();
    return false;
  }

  /** Called when the task ends: clears the clock's interrupt if the head was cut off. */
  void end() {
    if (!state.compareAndSet(READING, READ) && state.get() == CUT) {
      boolean unused = Thread.interrupted();
    }
  }
}
