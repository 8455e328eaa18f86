package org.rano.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request body whose every read must return within the read timeout: the server's clock
 * interrupts a read that waits longer, which closes the connection's channel (the JDK server reads
 * it in blocking mode, and a blocking channel closes when its reader is interrupted); the read then
 * throws {@link CutOff}. The reading thread's interrupt is cleared before it goes on.
 */
final class GuardedInput extends InputStream {
  private static final int IDLE = 0;
  private static final int READING = 1;
  private static final int CUT = 2;

  private final InputStream in;
  private final long timeoutNanos;
  private final Set<GuardedInput> reads;
  private final Thread reader = Thread.currentThread();
  private final AtomicInteger state = new AtomicInteger(IDLE);
  private volatile long deadline;

  GuardedInput(InputStream in, long timeoutNanos, Set<GuardedInput> reads) {
    this.in = in;
    this.timeoutNanos = timeoutNanos;
    this.reads = reads;
    reads.add(this);
  }

  /** Called by the clock: interrupts the reader when its read has waited too long. */
  void cutOffIfLate(long now) {
    if (now - deadline > 0 && state.compareAndSet(READING, CUT)) {
      reader.interrupt();
    }
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
    if (state.get() == CUT) {
      throw new CutOff();
    }
    deadline = System.nanoTime() + timeoutNanos;
    state.set(READING);
  }

  /** True when the read ended by itself; false when the clock cut it off. */
  private boolean finish() {
    if (state.compareAndSet(READING, IDLE)) {
      return true;
    }
    // Clear the clock's interrupt (should it come a moment later, the pool clears it before the
    // thread's next task, and this request is cut off anyway).
    boolean unused = Thread.interrupted();
    return false;
  }
}
