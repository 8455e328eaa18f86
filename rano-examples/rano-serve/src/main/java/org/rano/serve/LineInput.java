package org.rano.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The lines of an NDJSON body as bytes, each at most a limit long: a longer line is skipped to its
 * end and reported as too long, so that memory never grows beyond the limit. Not thread-safe.
 */
final class LineInput {
  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[8192];
  private int chunkStart;
  private int chunkEnd;
  private byte[] line = new byte[256];
  private boolean ended;

  LineInput(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** One line, without its {@code \n}; its bytes are valid until the next line is read. */
  static final class Line {
    private final byte[] bytes;
    private final int length;
    private final boolean tooLong;

    Line(byte[] bytes, int length, boolean tooLong) {
      this.bytes = bytes;
      this.length = length;
      this.tooLong = tooLong;
    }

    /** The buffer holding the line from index 0. */
    byte[] bytes() {
      return bytes;
    }

    /** The line's length in bytes (0 when too long). */
    int length() {
      return length;
    }

    /** True when the line was longer than the limit (its bytes are not kept). */
    boolean tooLong() {
      return tooLong;
    }

    /** True when the line holds only spaces, tabs and CR, as {@code rano score --ndjson} skips. */
    boolean blank() {
      if (tooLong) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Reads the next line.
   *
   * @return the line, or null at the end of the body
   * @throws IOException if reading fails
   */
  @Nullable Line next() throws IOException {
    if (ended) {
      return null;
    }
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (chunkStart == chunkEnd) {
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
          ended = true;
          return any ? new Line(line, length, tooLong) : null;
        }
        chunkStart = 0;
        chunkEnd = n;
      }
      any = true;
      int newline = chunkStart;
      while (newline < chunkEnd && chunk[newline] != '\n') {
        newline++;
      }
      int count = newline - chunkStart;
      if (!tooLong) {
        if ((long) length + count > maxLineBytes) {
          tooLong = true;
        } else {
          if (length + count > line.length) {
            line =
                Arrays.copyOf(
                    line, Math.max(length + count, (int) Math.min(maxLineBytes, line.length * 2L)));
          }
          System.arraycopy(chunk, chunkStart, line, length, count);
          length += count;
        }
      }
      if (newline < chunkEnd) {
        chunkStart = newline + 1;
        return new Line(line, tooLong ? 0 : length, tooLong);
      }
      chunkStart = chunkEnd;
    }
  }
}
