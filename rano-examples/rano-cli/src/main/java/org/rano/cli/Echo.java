package org.rano.cli;

import org.jspecify.annotations.Nullable;

/**
 * How the command echoes text it did not write itself (case ids, bad values, the library's
 * messages): made harmless for a terminal, kept faithful in JSON, and shortened in the command's
 * own messages the way rano-json shortens a value in the reader's.
 *
 * <p>On a terminal ({@code --text} and standard error) every control character (U+0000-U+001F,
 * U+007F-U+009F), every bidirectional formatting character (U+200E, U+200F, U+202A-U+202E,
 * U+2066-U+2069), the line and paragraph separators U+2028 and U+2029 and every lone surrogate is
 * written as a JSON-style escape of six characters, e.g. {@code \u001b} for ESC, so that a case can
 * neither move the cursor nor reorder the text around it, and two different ids never look alike
 * because one of their characters was replaced by the same mark.
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
   * Makes text safe for a terminal: the characters named in the class description become {@code
   * \}{@code uXXXX} escapes; every other character is kept.
   *
   * @param text the text, or null
   * @param keepLineBreaks true to keep {@code \n} (a multi-line report), false to escape it too
   *     (one line of standard error)
   * @return the text, safe to print, empty for null
   */
  static String forTerminal(@Nullable String text, boolean keepLineBreaks) {
    if (text == null) {
      return "";
    }
    return escape(text, c -> c == '\n' ? !keepLineBreaks : unsafe(c));
  }

  /**
   * Escapes the lone surrogates of a JSON text as {@code \}{@code udXXX}, which a JSON reader
   * decodes back to the same code unit. A lone surrogate cannot be encoded in UTF-8, so without
   * this an encoder would replace it by {@code ?}. The text must be JSON whose strings hold the
   * surrogates (outside strings JSON has none).
   *
   * @param json the JSON text, not null
   * @return the text with each lone surrogate escaped, not null
   */
  static String escapeLoneSurrogates(String json) {
    return escape(json, Character::isSurrogate);
  }

  /** Which characters (never half of a surrogate pair) are escaped. */
  private interface Unsafe {
    boolean test(char c);
  }

  /** Escapes the characters that are unsafe, keeping surrogate pairs whole. */
  private static String escape(String text, Unsafe unsafe) {
    StringBuilder escaped = null;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1));
      boolean escape = !pair && unsafe.test(c);
      if (escape && escaped == null) {
        escaped = new StringBuilder(length + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (escape) {
          appendEscape(escaped, c);
        } else {
          escaped.append(c);
          if (pair) {
            escaped.append(text.charAt(i + 1));
          }
        }
      }
      if (pair) {
        i++;
      }
    }
    return escaped == null ? text : escaped.toString();
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c)
        || Character.isSurrogate(c)
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029';
  }

  private static void appendEscape(StringBuilder text, char c) {
    text.append("\\u").append(String.format("%04x", (int) c));
  }
}
