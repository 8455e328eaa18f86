package org.rano.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A request body whose every read must return within the read timeout: the server's clock
 * interrupts a read that waits longer, which closes the connection's channel (the JDK server reads
 * it in blocking mode, and a blocking channel closes when its reader is interrupted); the read then
 * throws {@link CutOff}. The reading thread's interrupt is cleared before it goes on.
 *
 * <p>The state and the deadline are one value: each read publishes a new {@link Read} (its own
 * deadline), and the clock cuts off exactly the read whose deadline it saw, by identity. A read
 * that begins while the clock looks at the previous one's expired deadline is not cut off with it.
 */
final class GuardedInput extends InputStream {
  /** One read: the deadline it must meet. A new object for each read. */
  static final class Read {
    final long deadline;

    Read(long deadline) {
      this.deadline = deadline;
    }
  }

  private static final Read IDLE = new Read(0);
  private static final Read CUT = new Read(0);

  private final InputStream in;
  private final long timeoutNanos;
  private final Set<GuardedInput> reads;
  private final Thread reader = Thread.currentThread();
  private final AtomicReference<Read> state = new AtomicReference<>(IDLE);

  GuardedInput(InputStream in, long timeoutNanos, Set<GuardedInput> reads) {
    this.in = in;
    this.timeoutNanos = timeoutNanos;
    this.reads = reads;
    reads.add(this);
  }

  /** Called by the clock: interrupts the reader when its read has waited too long. */
  void cutOffIfLate(long now) {
    cutOffIfLate(current(), now);
  }

  /** The read in progress (or the idle or cut-off marker), as the clock sees it. */
  Read current() {
    return Objects.requireNonNull(state.get());
  }

  /**
   * Cuts off the read the clock saw, if its deadline has passed and it is still the read in
   * progress; a later read (with its own deadline) is left alone.
   *
   * @return true when the read was cut off
   */
  boolean cutOffIfLate(Read seen, long now) {
    if (seen == IDLE || seen == CUT || now - seen.deadline <= 0) {
      return false;
    }
    if (state.compareAndSet(seen, CUT)) {
      reader.interrupt();
      return true;
    }
    return false;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    begin();
    int n;
    try {
      n = in.read(buffer, offset, length);
    } catch (IOException | RuntimeException e) {
      if (finish()) {
        throw e;
      }
      throw new CutOff();
    }
    if (!finish()) {
      throw new CutOff();
    }
    return n;
  }

  @Override
  public int available() throws IOException {
    return in.available();
  }

  /** Closes the body, which drains what is left of it, under the same timeout. */
  @Override
  public void close() throws IOException {
    try {
      begin();
      try {
        in.close();
      } finally {
        finish();
      }
    } finally {
      reads.remove(this);
    }
  }

  private void begin() {
    // only the reader leaves IDLE, so this fails only when the clock cut a read off before
    if (!state.compareAndSet(IDLE, new Read(System.nanoTime() + timeoutNanos))) {
      throw new CutOff();
    }
  }

  /** True when the read ended by itself; false when the clock cut it off. */
  private boolean finish() {
    Read read = current();
    if (read != CUT && read != IDLE && state.compareAndSet(read, IDLE)) {
      return true;
    }
    // Clear the clock's interrupt (should it come a moment later, the pool clears it before the
    // thread's next task, and this request is cut off anyway).
    boolean unused = Thread.interrupted();
    return false;
  }
}
