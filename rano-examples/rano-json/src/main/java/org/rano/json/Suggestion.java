package org.rano.json;

import java.util.Collection;

/**
 * "Did you mean": a known name one edit away from an unknown one (one character inserted, deleted
 * or substituted, or two adjacent characters transposed), e.g. {@code behavior} for {@code
 * behaviour}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Suggestion {

  private Suggestion() {}

  /**
   * Obtains the suggestion to append to the message of an unknown name.
   *
   * @param name the unknown name
   * @param known the known names, in the format's order
   * @return {@code ; did you mean "x"?} for the first known name one edit away, or empty
   */
  static String of(String name, Collection<String> known) {
    for (String candidate : known) {
      if (oneEdit(name, candidate)) {
        return "; did you mean \"" + candidate + "\"?";
      }
    }
    return "";
  }

  /**
   * Whether two different strings are one insertion, deletion, substitution or transposition apart.
   */
  static boolean oneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (a.equals(b) || Math.abs(la - lb) > 1) {
      return false;
    }
    int start = 0;
    while (start < la && start < lb && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    if (la == lb) {
      // substitution: the rest after one differing character is equal
      if (a.regionMatches(start + 1, b, start + 1, la - start - 1)) {
        return true;
      }
      // transposition of two adjacent characters
      return start + 1 < la
          && a.charAt(start) == b.charAt(start + 1)
          && a.charAt(start + 1) == b.charAt(start)
          && a.regionMatches(start + 2, b, start + 2, la - start - 2);
    }
    // insertion or deletion: skip one character of the longer
    String longer = la > lb ? a : b;
    String shorter = la > lb ? b : a;
    return longer.regionMatches(start + 1, shorter, start, shorter.length() - start);
  }
}
