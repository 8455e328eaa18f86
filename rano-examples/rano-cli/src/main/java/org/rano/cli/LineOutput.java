package org.rano.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Where the command writes its records (result lines, error records, reports, generated cases):
 * each record is given whole, buffered whole and written whole, and every write is checked.
 *
 * <ul>
 *   <li>A failed write (a full disk, a closed pipe) throws a {@link Failure} at once, and every
 *       later write throws it again, so the command stops instead of working into nowhere.
 *   <li>{@link #stop()}, called by the shutdown hook on SIGTERM or SIGINT, waits for the record
 *       being written, writes the buffered records (all of them whole) and makes every later write
 *       throw a {@link Failure} that is {@linkplain Failure#stopped() stopped}: the output ends
 *       after a whole record.
 * </ul>
 *
 * <p>Records are encoded as UTF-8. This class is thread-safe.
 */
final class LineOutput {

  /** The bytes of whole records kept before they are written. */
  static final int BUFFER_BYTES = 1 << 16;

  /** How long {@link #stop()} waits for the record being written. */
  private static final long STOP_WAIT_MILLIS = 2_000;

  /** The outputs open in this JVM, which {@link #stopAll()} stops. */
  private static final Set<LineOutput> OPEN = ConcurrentHashMap.newKeySet();

  private final OutputStream stream;
  private final String name;
  private final byte[] buffer;
  private final ReentrantLock lock = new ReentrantLock();
  private int used;
  private @Nullable Failure failure;

  private LineOutput(OutputStream stream, String name, int bufferBytes) {
    this.stream = stream;
    this.name = name;
    this.buffer = new byte[bufferBytes];
  }

  /**
   * Opens an output, which {@link #stopAll()} stops until it is {@linkplain #close(boolean)
   * closed}.
   *
   * @param stream the stream, not null; a {@link PrintStream}'s hidden errors are checked too
   * @param name the output's name in messages, e.g. {@code standard output}, not null
   * @return the output, not null
   */
  static LineOutput open(OutputStream stream, String name) {
    LineOutput output = new LineOutput(stream, name, BUFFER_BYTES);
    OPEN.add(output);
    return output;
  }

  /** Stops every open output ({@link #stop()}): the shutdown hook of the command. */
  static void stopAll() {
    for (LineOutput output : OPEN) {
      output.stop();
    }
  }

  /**
   * The output's name in messages.
   *
   * @return e.g. {@code standard output}, not null
   */
  String name() {
    return name;
  }

  /**
   * Flushes the output and forgets it for {@link #stopAll()}; closes the stream if asked.
   *
   * @param closeStream true to close the stream too (a file), false to leave it open
   * @throws Failure if the output failed or was stopped, or closing the stream failed
   */
  void close(boolean closeStream) {
    try {
      flush();
      if (closeStream) {
        lock.lock();
        try {
          stream.close();
        } catch (IOException e) {
          throw fail(e.getMessage());
        } finally {
          lock.unlock();
        }
      }
    } finally {
      OPEN.remove(this);
    }
  }

  /**
   * Adds one record, written whole with the next flush (or at once when the buffer is full).
   *
   * @param record the record with its line breaks, not null
   * @throws Failure if the output failed or was stopped
   */
  void write(String record) {
    byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
    write(bytes, 0, bytes.length);
  }

  /**
   * Writes one record of bytes, whole: it is buffered, and reaches the stream in one piece with the
   * records before and after it.
   *
   * @param bytes the bytes of the record, in UTF-8, not null
   * @param offset where the record starts in bytes
   * @param length its length
   * @throws Failure if an earlier write failed, or this one does
   */
  void write(byte[] bytes, int offset, int length) {
    lock.lock();
    try {
      check();
      if (used + length > buffer.length) {
        drain();
      }
      if (length > buffer.length) {
        put(bytes, offset, length);
      } else {
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Writes the buffered records and flushes the stream.
   *
   * @throws Failure if the output failed or was stopped
   */
  void flush() {
    lock.lock();
    try {
      check();
      drain();
      try {
        stream.flush();
      } catch (IOException e) {
        throw fail(e.getMessage());
      }
      checkPrintStream();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Ends the output after a whole record: waits (up to two seconds) for the record being written,
   * writes the buffered records and makes every later write fail as stopped. Errors are not
   * reported: the program is ending. For the shutdown hook.
   */
  void stop() {
    boolean locked;
    try {
      locked = lock.tryLock(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      locked = false;
    }
    if (!locked) {
      return;
    }
    try {
      if (failure == null) {
        try {
          drain();
          stream.flush();
        } catch (IOException | Failure e) {
          // The program is ending; there is no one left to tell.
        }
        failure = new Failure(name + ": stopped by a signal", true);
      }
    } finally {
      lock.unlock();
    }
  }

  private void check() {
    Failure failed = failure;
    if (failed != null) {
      throw failed;
    }
  }

  /** Writes the buffer; the lock is held. */
  private void drain() {
    if (used > 0) {
      int length = used;
      used = 0;
      put(buffer, 0, length);
    }
  }

  private void put(byte[] bytes, int offset, int length) {
    try {
      stream.write(bytes, offset, length);
    } catch (IOException e) {
      throw fail(e.getMessage());
    }
    checkPrintStream();
  }

  private void checkPrintStream() {
    if (stream instanceof PrintStream print && print.checkError()) {
      throw fail(null);
    }
  }

  private Failure fail(@Nullable String reason) {
    Failure failed =
        new Failure(name + ": cannot write" + (reason == null ? "" : ": " + reason), false);
    failure = failed;
    return failed;
  }

  /**
   * The output failed (a write error) or was stopped (a signal); the message names the output and
   * the reason, e.g. {@code standard output: cannot write: Broken pipe}.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean stopped;

    Failure(String message, boolean stopped) {
      super(message, null, false, false);
      this.stopped = stopped;
    }

    /**
     * Tells whether the output was stopped by a signal rather than failing.
     *
     * @return true when stopped by the shutdown hook
     */
    boolean stopped() {
      return stopped;
    }
  }
}
