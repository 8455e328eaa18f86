package org.rano.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rano.json.CaseInput;

/**
 * One reader's rating of one patient: a case read from the case format, with its {@code id} (the
 * patient) and its {@code reader}, and where it was read (e.g. {@code line 3}) for messages.
 *
 * <p>A rating made with {@link #of} has its follow-ups matched with the other readers' by position.
 * A rating made with {@link #ofVisits} (e.g. a reader's overall responses in SDTM RS) names the
 * visit of each response, and its responses are matched with the other readers' by visit, whatever
 * their dates and order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rating {

  private final String source;
  private final CaseInput input;
  private final @Nullable List<String> visits;
  private final Set<String> notEvaluated;

  private Rating(
      String source, CaseInput input, @Nullable List<String> visits, Set<String> notEvaluated) {
    this.source = source;
    this.input = input;
    this.visits = visits;
    this.notEvaluated = notEvaluated;
  }

  /**
   * Obtains a rating whose follow-ups are matched by position.
   *
   * @param source where the rating was read, e.g. {@code line 3}, not null
   * @param input the case, not null; a rating without {@code id} or {@code reader} becomes an error
   *     record of the analysis
   * @return the rating, not null
   */
  public static Rating of(String source, CaseInput input) {
    return new Rating(
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(input, "input"),
        null,
        Set.of());
  }

  /**
   * Obtains a rating whose responses are matched with the other readers' by visit: response {@code
   * i} of the sequence is the reader's call at {@code visits.get(i)} (e.g. SDTM's {@code
   * VISITNUM}). The readers of one patient may date one visit differently; each reader's time
   * course (best responses, progression date) is derived from the reader's own dates.
   *
   * @param source where the rating was read, e.g. {@code rs.csv (RADIOLOGIST 1)}, not null
   * @param input the responses, not null; without {@code id} or {@code reader} the rating becomes
   *     an error record of the analysis
   * @param visits the visit of each response, in the order of the responses, each non-blank and
   *     distinct, not null
   * @param notEvaluated the visits whose response was missing (not evaluated, scored as NE), a
   *     subset of {@code visits}, for completeness, not null
   * @return the rating, not null
   * @throws IllegalArgumentException if {@code visits} does not have one distinct non-blank visit
   *     per response, or {@code notEvaluated} names another visit
   */
  public static Rating ofVisits(
      String source, CaseInput.Sequence input, List<String> visits, Set<String> notEvaluated) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(input, "input");
    List<String> keys = List.copyOf(visits);
    Set<String> missing = Set.copyOf(notEvaluated);
    int responses = input.sequence().responses().size();
    if (keys.size() != responses) {
      throw new IllegalArgumentException(
          "visits has " + keys.size() + " entries; allowed: one per response (" + responses + ")");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (key.isBlank()) {
        throw new IllegalArgumentException(
            "visits[" + i + "] is blank; allowed: a non-blank visit, e.g. \"7\"");
      }
      if (!seen.add(key)) {
        throw new IllegalArgumentException(
            "visits[" + i + "] \"" + key + "\" appears twice; allowed: one response per visit");
      }
    }
    for (String key : missing) {
      if (!seen.contains(key)) {
        throw new IllegalArgumentException(
            "notEvaluated names \"" + key + "\"; allowed: one of visits " + keys);
      }
    }
    return new Rating(source, input, keys, missing);
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

  /**
   * The visit of each response, when the rating is matched by visit.
   *
   * @return the visits in the order of the responses, or empty for a rating matched by position
   */
  public Optional<List<String>> visits() {
    return Optional.ofNullable(visits);
  }

  /**
   * The visits whose response was missing (not evaluated).
   *
   * @return the visits, empty for a rating matched by position, not null
   */
  public Set<String> notEvaluated() {
    return notEvaluated;
  }

  @Override
  public String toString() {
    return "Rating["
        + source
        + ", "
        + input.id().orElse("?")
        + " by "
        + input.reader().orElse("?")
        + (visits == null ? "" : ", visits " + visits)
        + "]";
  }
}
