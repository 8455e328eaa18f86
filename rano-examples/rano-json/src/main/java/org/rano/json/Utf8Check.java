package org.rano.json;

import com.google.common.base.Utf8;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whether bytes are well-formed UTF-8, as {@link Utf8#isWellFormed(byte[], int, int)} says, with
 * the ASCII start of the text (all of it, in nearly every case) checked eight bytes at a time.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Utf8Check {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of eight bytes: set only in bytes beyond ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8Check() {}

  /**
   * Tells whether a range of bytes is well-formed UTF-8 (no overlong form, no surrogate, nothing
   * beyond U+10FFFF, no sequence cut short).
   *
   * @param bytes the bytes
   * @param offset the first byte of the range
   * @param length the length of the range
   * @return true when the range is well-formed UTF-8
   */
  static boolean isWellFormed(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
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
}
