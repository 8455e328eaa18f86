package org.rano.json;

import org.jspecify.annotations.Nullable;

/**
 * How the reader echoes a value it was given in an error message: whole up to {@value #MAX_QUOTED}
 * characters, else shortened with its length; and where the first lone surrogate of a text is.
 * Making text harmless for a terminal is the command's business (rano-cli).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Echo {

  /** The most characters of a bad value quoted in a message. */
  static final int MAX_QUOTED = 100;

  private Echo() {}

  /**
   * Shortens a value for a message: the value itself up to {@value #MAX_QUOTED} characters,
   * otherwise its first {@value #MAX_QUOTED} characters, {@code ...} and its length, e.g. {@code
   * 2026-01-01xxxx... (10485760 characters)}. A surrogate pair is never cut in two.
   *
   * @param value the value, not null
   * @return the value or its shortened form, not null
   */
  static String quote(String value) {
    return quote(value, MAX_QUOTED);
  }

  /**
   * Shortens a text to at most {@code max} characters, then {@code ...} and its length.
   *
   * @param value the text, not null
   * @param max the most characters kept, 2 or more
   * @return the text or its shortened form, not null
   */
  static String quote(String value, int max) {
    if (value.length() <= max) {
      return value;
    }
    int end =
        Character.isHighSurrogate(value.charAt(max - 1))
                && Character.isLowSurrogate(value.charAt(max))
            ? max + 1
            : max;
    return value.substring(0, end) + "... (" + value.length() + " characters)";
  }

  /**
   * Replaces every occurrence of a long bad value in a message by its {@linkplain #quote(String)
   * shortened form}, for messages written elsewhere (the library's) that quote the whole value.
   *
   * @param message the message, not null
   * @param value the bad value the message may quote, or null
   * @return the message with the value shortened, not null
   */
  static String shortenIn(String message, @Nullable String value) {
    if (value == null || value.length() <= MAX_QUOTED || !message.contains(value)) {
      return message;
    }
    return message.replace(value, quote(value));
  }

  /**
   * Tells whether a string holds a lone surrogate, which is not valid Unicode.
   *
   * @param text the text, not null
   * @return the index of the first lone surrogate, or -1
   */
  static int loneSurrogate(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
