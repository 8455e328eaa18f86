package org.rano;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when input breaks the specification (rano-lm.md section 9): the message names the field
 * path, the bad value and what is allowed, e.g. {@code followUps[2].neuro.sensation: level 3 is out
 * of range; allowed: 0..2}.
 *
 * <p>Nothing is half accepted: a factory or builder that throws this has created nothing. The path
 * uses the names of the JSON case format ({@code baseline.targets[1].id}); a value created on its
 * own reports the path relative to itself, and the containers that receive it prefix theirs.
 *
 * <p>A message stays short whatever the input: a bad value longer than {@value #MAX_QUOTED_CHARS}
 * characters is quoted in the message and in {@link #problem()} by its first {@value
 * #MAX_QUOTED_CHARS} characters followed by {@code ... (N characters)} (see {@link
 * #abbreviate(String)}); {@link #value()} keeps the value as written.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most characters of a bad value that a message quotes; longer values are abbreviated. */
  public static final int MAX_QUOTED_CHARS = 100;

  /** The field path, e.g. {@code followUps[2].neuro.sensation}; empty for the whole input. */
  private final String path;

  /** The offending value as written, or null when the field is missing. */
  private final @Nullable String value;

  /** What is wrong and what is allowed. */
  private final String problem;

  private InvalidInputException(String path, @Nullable String value, String problem) {
    super(render(path, problem));
    this.path = path;
    this.value = value;
    this.problem = problem;
  }

  /**
   * Obtains an exception for a field with a bad value.
   *
   * @param path the field path, e.g. {@code neuro.gait}; empty for the whole input; not null
   * @param value the offending value as written, or null when the field is missing
   * @param problem what is wrong and what is allowed, not null
   * @return the exception, not null
   */
  public static InvalidInputException of(String path, @Nullable Object value, String problem) {
    requireNonNull(path, "path");
    requireNonNull(problem, "problem");
    String text = value == null ? null : String.valueOf(value);
    String shown =
        text == null || text.length() <= MAX_QUOTED_CHARS
            ? problem
            : problem.replace(text, abbreviate(text));
    return new InvalidInputException(path, text, shown);
  }

  /**
   * Obtains the form in which a message quotes a value: the value itself when it has at most
   * {@value #MAX_QUOTED_CHARS} characters, otherwise its first {@value #MAX_QUOTED_CHARS}
   * characters (one fewer when the cut would split a surrogate pair) followed by {@code ... (N
   * characters)}, N being the value's length.
   *
   * @param value the value, not null
   * @return the quoted form, at most {@value #MAX_QUOTED_CHARS} characters plus the suffix, not
   *     null
   */
  public static String abbreviate(String value) {
    java.util.Objects.requireNonNull(value, "value");
    if (value.length() <= MAX_QUOTED_CHARS) {
      return value;
    }
    int end =
        Character.isHighSurrogate(value.charAt(MAX_QUOTED_CHARS - 1))
            ? MAX_QUOTED_CHARS - 1
            : MAX_QUOTED_CHARS;
    return value.substring(0, end) + "... (" + value.length() + " characters)";
  }

  /**
   * Returns the same error seen from an enclosing structure, e.g. {@code sensation} becomes {@code
   * followUps[2].neuro.sensation} with the prefix {@code followUps[2].neuro}.
   *
   * @param prefix the path of the enclosing field, not null
   * @return a new exception with the longer path, not null
   */
  public InvalidInputException withPrefix(String prefix) {
    java.util.Objects.requireNonNull(prefix, "prefix");
    if (prefix.isEmpty()) {
      return this;
    }
    String joined;
    if (path.isEmpty()) {
      joined = prefix;
    } else if (path.startsWith("[")) {
      joined = prefix + path;
    } else {
      joined = prefix + "." + path;
    }
    InvalidInputException prefixed = new InvalidInputException(joined, value, problem);
    prefixed.setStackTrace(getStackTrace());
    return prefixed;
  }

  /**
   * Obtains the path of the offending field in the case format, e.g. {@code
   * followUps[0].targets[1].score}.
   *
   * @return the path, empty when the whole input is at fault, not null
   */
  public String path() {
    return path;
  }

  /**
   * Obtains the offending value as written, in full even when the message abbreviates it (see
   * {@link #abbreviate(String)} to quote it).
   *
   * @return the value, or null when the field is missing
   */
  public @Nullable String value() {
    return value;
  }

  /**
   * Obtains the description of the problem without the path, e.g. {@code level 3 is out of range;
   * allowed: 0..2}; a value longer than {@value #MAX_QUOTED_CHARS} characters is quoted
   * abbreviated.
   *
   * @return the problem, not null
   */
  public String problem() {
    return problem;
  }

  private static String render(String path, String problem) {
    return (path.isEmpty() ? "" : path + ": ") + problem;
  }
}
