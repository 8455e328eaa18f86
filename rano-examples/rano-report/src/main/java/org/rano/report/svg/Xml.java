package org.rano.report.svg;

import java.util.Objects;

/**
 * Escapes text for XML 1.0 and HTML, in element content and in attribute values alike.
 *
 * <p>The markup characters (ampersand, less-than, greater-than, double and single quote) become
 * character references (the apostrophe as a number, which HTML 4 lacks as a name). A character that
 * XML 1.0 does not allow (the C0 controls but tab, line feed and carriage return; U+FFFE and
 * U+FFFF; a lone surrogate), a C1 control (U+007F to U+009F, which HTML rejects) and a
 * bidirectional override or isolate (U+202A to U+202E, U+2066 to U+2069, which could reorder the
 * text around it on screen) becomes U+FFFD, the replacement character: the text stays readable and
 * the document well-formed. A pair of surrogates (a character outside the Basic Multilingual Plane)
 * is kept.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Xml {
  private static final char REPLACEMENT = '\uFFFD';

  private Xml() {}

  /**
   * Obtains the text escaped for XML and HTML.
   *
   * @param text the text, not null
   * @return the escaped text, not null; the same string when nothing needed escaping
   * @throws NullPointerException if {@code text} is null
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    int i = 0;
    while (i < text.length() && isPlain(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(text, out);
    return out.toString();
  }

  /**
   * Appends the text escaped for XML and HTML.
   *
   * @param text the text, not null
   * @param out where to append it, not null
   * @throws NullPointerException if either is null
   */
  public static void appendEscaped(CharSequence text, StringBuilder out) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(out, "out");
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isPlain(c)) {
        out.append(c);
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t', '\n', '\r' -> out.append(c);
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            i++;
          } else {
            out.append(REPLACEMENT);
          }
        }
      }
    }
  }

  /** A character written as it is: neither markup, nor a control, nor a surrogate, nor bidi. */
  private static boolean isPlain(char c) {
    if (c < 0x20) {
      return false;
    }
    if (c < 0x7F) {
      return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
    }
    if (c <= 0x9F) {
      return false;
    }
    return !(c >= 0x202A && c <= 0x202E)
        && !(c >= 0x2066 && c <= 0x2069)
        && !Character.isSurrogate(c)
        && c != 0xFFFE
        && c != 0xFFFF;
  }
}
