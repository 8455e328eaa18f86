package org.rano.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads UTF-8 lines from a stream one at a time, in constant memory apart from the longest line,
 * and calls a hook just before it would block waiting for more input, so that the program can
 * flush its output first (the co-process use of {@code rano score --ndjson -}).
 *
 * <p>A line ends at {@code \n}; a {@code \r} before it is dropped. A byte-order mark at the start
 * of the stream is skipped. Not thread-safe.
 */
final class LineReader {

  /** One line, or the fact that its bytes are not UTF-8. */
  record Line(String text, boolean validUtf8) {}

  private final InputStream in;
  private final Runnable beforeBlocking;
  private final byte[] buffer = new byte[8192];
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private int position;
  private int limit;
  private boolean first = true;
  private boolean ended;

  /**
   * Obtains a reader.
   *
   * @param in the stream, not null
   * @param beforeBlocking called when no input is available and the reader is about to wait
   */
  LineReader(InputStream in, Runnable beforeBlocking) {
    this.in = in;
    this.beforeBlocking = beforeBlocking;
  }

  /**
   * Reads the next line.
   *
   * @return the line without its line break, or null at the end of the stream
   * @throws IOException if reading fails
   */
  @Nullable Line next() throws IOException {
    line.reset();
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (ended || !fill()) {
          ended = true;
          return any ? decode() : null;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      line.write(buffer, start, position - start);
      if (position < limit) {
        position++;
        return decode();
      }
    }
  }

  private boolean fill() throws IOException {
    if (in.available() <= 0) {
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

  private Line decode() {
    byte[] bytes = line.toByteArray();
    int start = 0;
    if (first && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    first = false;
    int end = bytes.length;
    if (end > start && bytes[end - 1] == '\r') {
      end--;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, end - start))
          .toString();
      return new Line(text, true);
    } catch (CharacterCodingException e) {
      return new Line("", false);
    }
  }
}
