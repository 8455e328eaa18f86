package org.rano.json;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * A writer onto an {@link Appendable} that writes each lone surrogate (not valid Unicode, so not
 * encodable as UTF-8) as its JSON escape, e.g. {@code \uD800}, which a JSON reader decodes back to
 * the same code unit; surrogate pairs pass unchanged, even when split between two writes. Only JSON
 * text may go through it: outside strings JSON has no surrogates.
 *
 * <p>One instance serves one text on one thread.
 */
final class LoneSurrogateEscaper extends Writer {

  private final Appendable out;
  private char pendingHigh;
  private boolean pending;

  LoneSurrogateEscaper(Appendable out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int end = offset + length;
    int from = offset;
    int i = offset;
    if (pending && i < end) {
      pending = false;
      if (Character.isLowSurrogate(chars[i])) {
        out.append(pendingHigh).append(chars[i]);
        i++;
      } else {
        escape(pendingHigh);
      }
      from = i;
    }
    while (i < end) {
      char c = chars[i];
      if (!Character.isSurrogate(c)) {
        i++;
        continue;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
          i += 2;
          continue;
        }
        if (i + 1 == end) {
          flushRun(chars, from, i);
          pendingHigh = c;
          pending = true;
          return;
        }
      }
      flushRun(chars, from, i);
      escape(c);
      i++;
      from = i;
    }
    flushRun(chars, from, end);
  }

  private void flushRun(char[] chars, int from, int to) throws IOException {
    if (to > from) {
      if (out instanceof StringBuilder builder) {
        builder.append(chars, from, to - from);
      } else if (out instanceof Writer writer) {
        writer.write(chars, from, to - from);
      } else {
        out.append(CharBuffer.wrap(chars, from, to - from));
      }
    }
  }

  private void escape(char c) throws IOException {
    // upper-case hex digits, as Jackson's UTF-8 generator writes them: text and bytes agree
    out.append(String.format("\\u%04X", (int) c));
  }

  /** Writes a high surrogate left at the end of the text as its escape. */
  void finish() throws IOException {
    if (pending) {
      pending = false;
      escape(pendingHigh);
    }
  }

  @Override
  public void flush() {
    // the target is flushed by its owner
  }

  @Override
  public void close() {
    // the target is closed by its owner
  }
}
