package org.rano.serve;

/** The few JSON texts the server writes itself (criteria, health): quoting a string. */
final class Json {
  private Json() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * Appends a string as a JSON string literal, escaping quotes, backslashes and control characters.
   *
   * @param text the text
   * @param out where it goes
   * @return out
   */
  static StringBuilder quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
