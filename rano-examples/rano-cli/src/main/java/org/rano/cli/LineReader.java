package org.rano.cli;

import com.google.common.base.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads UTF-8 lines from a stream one at a time, in memory bounded by the longest line allowed, and
 * calls a hook just before it would block waiting for more input, so that the program can flush its
 * output first (the co-process use of {@code rano score --ndjson -}).
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped. A byte-order mark at the start
 * of the stream is skipped. A line longer than the maximum is not kept: its bytes are read in
 * chunks and dropped up to its end, and it is returned as {@link Status#TOO_LONG} with its length.
 * Not thread-safe.
 */
final class LineReader {

  /** What a line holds. */
  enum Status {
    /** Text in valid UTF-8. */
    TEXT,
    /** Bytes that are not valid UTF-8; the text is empty. */
    NOT_UTF8,
    /** More bytes than the maximum; the text is empty and the bytes were dropped. */
    TOO_LONG
  }

  /**
   * One line: its bytes when they are well-formed UTF-8, else only its status and length.
   *
   * <p>Instances are immutable (the bytes are the line's own copy, never changed).
   */
  static final class Line {
    private static final byte[] NONE = new byte[0];
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The high bit of each of eight bytes: set only in bytes beyond ASCII. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] bytes;
    private final Status status;
    private final long size;

    private Line(byte[] bytes, Status status, long size) {
      this.bytes = bytes;
      this.status = status;
      this.size = size;
    }

    /**
     * The line of some bytes: {@link Status#TEXT} with a copy of them when they are well-formed
     * UTF-8, {@link Status#NOT_UTF8} otherwise.
     *
     * @param source the bytes
     * @param start the first byte of the line
     * @param end after the last byte of the line, without its line break
     * @return the line, not null
     */
    static Line of(byte[] source, int start, int end) {
      if (!isWellFormed(source, start, end)) {
        return new Line(NONE, Status.NOT_UTF8, end - start);
      }
      return new Line(Arrays.copyOfRange(source, start, end), Status.TEXT, end - start);
    }

    /**
     * Whether bytes are well-formed UTF-8, as Guava's {@link Utf8#isWellFormed(byte[], int, int)}
     * says, with the ASCII start of the line (all of it, in nearly every case) checked eight bytes
     * at a time.
     */
    private static boolean isWellFormed(byte[] bytes, int start, int end) {
      int i = start;
      while (i + Long.BYTES <= end && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += Long.BYTES;
      }
      for (; i < end; i++) {
        if (bytes[i] < 0) {
          // everything before i is ASCII, so i starts a sequence: Guava judges the rest
          return Utf8.isWellFormed(bytes, i, end - i);
        }
      }
      return true;
    }

    /**
     * A line longer than the maximum, whose bytes were dropped.
     *
     * @param size its length in bytes, without its line break
     * @return the line, not null
     */
    static Line tooLong(long size) {
      return new Line(NONE, Status.TOO_LONG, size);
    }

    /** What the line holds. */
    Status status() {
      return status;
    }

    /** The length of the line in bytes, without its line break. */
    long size() {
      return size;
    }

    /**
     * The bytes of a {@link Status#TEXT} line (well-formed UTF-8), else none; not to be changed.
     */
    byte[] bytes() {
      return bytes;
    }

    /** The text of a {@link Status#TEXT} line, else empty. */
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Tells whether the line is blank, and so skipped: it holds nothing but spaces, tabs and
     * carriage returns (a line of other characters that look blank is not JSON whitespace and gets
     * an error record). A line that is not text is not blank.
     */
    boolean isBlank() {
      if (status != Status.TEXT) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final Runnable beforeBlocking;
  private final int maxBytes;
  private final byte[] buffer = new byte[8192];
  private byte[] line = new byte[256];
  private int lineLength;
  private int position;
  private int limit;
  private boolean first = true;
  private boolean ended;

  /**
   * Obtains a reader.
   *
   * @param in the stream, not null
   * @param beforeBlocking called when no input is available and the reader is about to wait
   * @param maxBytes the longest line kept, in bytes, 1 or more
   */
  LineReader(InputStream in, Runnable beforeBlocking, int maxBytes) {
    this.in = in;
    this.beforeBlocking = beforeBlocking;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads the next line.
   *
   * @return the line without its line break, or null at the end of the stream
   * @throws IOException if reading fails
   */
  @Nullable Line next() throws IOException {
    lineLength = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (ended || !fill()) {
          ended = true;
          return any ? finish(total) : null;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      int count = position - start;
      // A line of maxBytes plus its \r is still within the maximum.
      if (total + count <= maxBytes + 1L) {
        append(start, count);
      }
      total += count;
      if (position < limit) {
        position++;
        return finish(total);
      }
    }
  }

  /**
   * Tells whether the next line can be started without waiting for input: bytes are buffered or the
   * stream says some are available (a guess for a pipe, see {@link InputStream#available()}).
   *
   * @return true when reading would not wait, as far as can be told
   * @throws IOException if asking the stream fails
   */
  boolean ready() throws IOException {
    return position < limit || (!ended && available() > 0);
  }

  /**
   * What the stream says can be read without waiting, or 0 when it cannot tell: a pipe opened as a
   * file ({@code rano score --ndjson <(...)}, whose {@code /dev/fd/N} is a pipe) fails to seek when
   * asked, "Illegal seek"; a read error of the stream itself shows on the next read.
   */
  private int available() {
    try {
      return in.available();
    } catch (IOException e) {
      return 0;
    }
  }

  private void append(int start, int count) {
    if (lineLength + count > line.length) {
      line = Arrays.copyOf(line, Math.max(lineLength + count, line.length * 2));
    }
    System.arraycopy(buffer, start, line, lineLength, count);
    lineLength += count;
  }

  private boolean fill() throws IOException {
    if (available() <= 0) {
      beforeBlocking.run();
    }
    int read = in.read(buffer);
    while (read == 0) {
      read = in.read(buffer);
    }
    if (read < 0) {
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }

  private Line finish(long total) {
    int start = 0;
    if (first
        && lineLength >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    first = false;
    if (total > lineLength) {
      return Line.tooLong(total - start);
    }
    int end = lineLength;
    if (end > start && line[end - 1] == '\r') {
      end--;
    }
    if (end - start > maxBytes) {
      return Line.tooLong(end - start);
    }
    byte[] bytes = line;
    if (line.length > 1 << 16) {
      // Do not keep the memory of one long line for the rest of the stream.
      line = new byte[256];
    }
    return Line.of(bytes, start, end);
  }
}
