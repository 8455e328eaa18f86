package org.rano.agreement;

import java.util.Objects;
import org.rano.json.CaseInput;

/**
 * One reader's rating of one patient: a case read from the case format, with its {@code id} (the
 * patient) and its {@code reader}, and where it was read (e.g. {@code line 3}) for messages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rating {

  private final String source;
  private final CaseInput input;

  private Rating(String source, CaseInput input) {
    this.source = source;
    this.input = input;
  }

  /**
   * Obtains a rating.
   *
   * @param source where the rating was read, e.g. {@code line 3}, not null
   * @param input the case, not null; a rating without {@code id} or {@code reader} becomes an error
   *     record of the analysis
   * @return the rating, not null
   */
  public static Rating of(String source, CaseInput input) {
    return new Rating(
        Objects.requireNonNull(source, "source"), Objects.requireNonNull(input, "input"));
  }

  /**
   * Where the rating was read.
   *
   * @return e.g. {@code line 3}, not null
   */
  public String source() {
    return source;
  }

  /**
   * The case.
   *
   * @return the case, not null
   */
  public CaseInput input() {
    return input;
  }

  @Override
  public String toString() {
    return "Rating["
        + source
        + ", "
        + input.id().orElse("?")
        + " by "
        + input.reader().orElse("?")
        + "]";
  }
}
