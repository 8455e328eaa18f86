package org.rano.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Utf8;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Check} against Guava's {@link Utf8#isWellFormed(byte[], int, int)}, the reference it
 * shortcuts: seeded random texts of an ASCII start (of every length around the eight-byte step)
 * followed by bytes of every kind (well-formed sequences, stray continuation bytes, overlong forms,
 * surrogates, sequences cut short), read at offsets inside larger arrays.
 */
class Utf8CheckTest {

  private static final byte[][] TAILS = {
    {},
    {(byte) 0xC3, (byte) 0xA9}, // é
    {(byte) 0xE6, (byte) 0x82, (byte) 0xA3}, // 患
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, // an emoji
    {(byte) 0x80}, // a stray continuation byte
    {(byte) 0xC0, (byte) 0xAF}, // overlong
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
    {(byte) 0xE2, (byte) 0x82}, // cut short
    {(byte) 0xFF},
  };

  @Test
  void agreesWithGuava_onSeededTexts() {
    Random random = new Random(0x5EED_2026L);
    int wellFormed = 0;
    int notWellFormed = 0;
    for (int n = 0; n < 100_000; n++) {
      int ascii = random.nextInt(40);
      byte[] tail = TAILS[random.nextInt(TAILS.length)];
      int after = random.nextInt(12);
      int before = random.nextInt(9);
      byte[] bytes = new byte[before + ascii + tail.length + after + random.nextInt(9)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = random.nextInt(20) == 0 ? (byte) (0x80 + random.nextInt(128)) : (byte) 'a';
      }
      for (int i = 0; i < ascii; i++) {
        bytes[before + i] = (byte) (0x20 + random.nextInt(95));
      }
      System.arraycopy(tail, 0, bytes, before + ascii, tail.length);
      int length = ascii + tail.length + after;
      boolean expected = Utf8.isWellFormed(bytes, before, length);
      assertThat(Utf8Check.isWellFormed(bytes, before, length))
          .as("bytes %s from %d, %d long", java.util.Arrays.toString(bytes), before, length)
          .isEqualTo(expected);
      if (expected) {
        wellFormed++;
      } else {
        notWellFormed++;
      }
    }
    // both answers were exercised, many times each
    assertThat(wellFormed).isGreaterThan(10_000);
    assertThat(notWellFormed).isGreaterThan(10_000);
  }

  @Test
  void emptyAndAllAsciiRanges_areWellFormed_andTheBytesAroundThemDoNotCount() {
    byte[] bytes = {(byte) 0xFF, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', (byte) 0xFF};
    assertThat(Utf8Check.isWellFormed(bytes, 1, 9)).isTrue();
    assertThat(Utf8Check.isWellFormed(bytes, 5, 0)).isTrue();
    assertThat(Utf8Check.isWellFormed(bytes, 1, 10)).isFalse();
    assertThat(Utf8Check.isWellFormed(bytes, 0, 9)).isFalse();
  }
}
