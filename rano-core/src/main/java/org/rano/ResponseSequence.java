package org.rano;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.rano.internal.Checks;

/**
 * A sequence of per-visit responses already assessed elsewhere, e.g. investigator responses in
 * trial data, with the reference (baseline) date. Only the time course applies: confirmation, best
 * overall response and progression (spec section 7).
 *
 * <pre>{@code
 * ResponseSequence seq = ResponseSequence.from("2026-01-10")
 *     .add("2026-02-07", Response.PR).add("2026-03-07", Response.PR).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResponseSequence {

  ResponseSequence() {}

  /**
   * Starts a sequence from its reference date.
   *
   * @param referenceDate the baseline date, not null
   * @return a new builder, not null
   * @throws InvalidInputException with path {@code referenceDate} if the year is before 0 or after
   *     9999, which the case format cannot write as {@code yyyy-mm-dd}
   */
  public static Builder from(LocalDate referenceDate) {
    return new Builder(
        Visit.checkYear("referenceDate", Objects.requireNonNull(referenceDate, "referenceDate")));
  }

  /**
   * Starts a sequence from its reference date written as ISO-8601 text.
   *
   * @param referenceDate the baseline date, e.g. {@code 2026-01-10}, not null
   * @return a new builder, not null
   * @throws InvalidInputException with path {@code referenceDate} if the text is not a date
   */
  public static Builder from(String referenceDate) {
    return new Builder(
        Visit.parseDate("referenceDate", Objects.requireNonNull(referenceDate, "referenceDate")));
  }

  /**
   * The sequence id, e.g. a subject number.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> id();

  /**
   * The reference (baseline) date.
   *
   * @return the date, not null
   */
  public abstract LocalDate referenceDate();

  /**
   * The dated responses, on or after the reference date, in strictly increasing date order.
   *
   * @return the responses, possibly empty, not null
   */
  public abstract ImmutableList<DatedResponse> responses();

  /** Builds a sequence. Not thread-safe; the sequence it builds is. */
  public static final class Builder {
    private final LocalDate referenceDate;
    private Optional<String> id = Optional.empty();
    private final List<DatedResponse> responses = new ArrayList<>();

    private Builder(LocalDate referenceDate) {
      this.referenceDate = Objects.requireNonNull(referenceDate, "referenceDate");
    }

    /**
     * Sets the id.
     *
     * @param id the id: valid Unicode text (no lone surrogate), not blank, at most 256 characters,
     *     not null
     * @return this builder, not null
     * @throws InvalidInputException with path {@code id} for a blank id, one longer than 256
     *     characters or one with a lone surrogate
     */
    public Builder id(String id) {
      this.id = Optional.of(Checks.id("id", id));
      return this;
    }

    /**
     * Adds a response after those already added. Any {@link Response} is accepted, {@link
     * Response#NON_CR_NON_PD} included (trial data under other criteria); a response that was not
     * given is {@link Response#NE}.
     *
     * @param date the date of the time point, not null
     * @param response the response, not null
     * @return this builder, not null
     * @throws InvalidInputException with path {@code responses[i].date} if the year is before 0 or
     *     after 9999, which the case format cannot write as {@code yyyy-mm-dd}
     */
    public Builder add(LocalDate date, Response response) {
      Objects.requireNonNull(date, "date");
      Visit.checkYear(Checks.at("responses", responses.size()) + ".date", date);
      responses.add(DatedResponse.of(date, response));
      return this;
    }

    /**
     * Adds a response after those already added, its date written as ISO-8601 text.
     *
     * @param isoDate the date, not null
     * @param response the response, not null
     * @return this builder, not null
     * @throws InvalidInputException with path {@code responses[i].date} if the text is not a date
     *     written {@code yyyy-mm-dd}
     */
    public Builder add(String isoDate, Response response) {
      Objects.requireNonNull(isoDate, "isoDate");
      return add(
          Visit.parseDate(Checks.at("responses", responses.size()) + ".date", isoDate), response);
    }

    /**
     * Builds the sequence.
     *
     * @return the sequence, not null
     * @throws InvalidInputException with path {@code responses[i].date} for a date before the
     *     reference date or not after the previous one (TIME-1)
     */
    public ResponseSequence build() {
      for (int i = 0; i < responses.size(); i++) {
        LocalDate date = responses.get(i).date();
        String path = Checks.at("responses", i) + ".date";
        if (date.isBefore(referenceDate)) {
          throw InvalidInputException.of(
              path,
              date,
              "date " + date + " is before the reference date " + referenceDate + " (TIME-1)");
        }
        if (i > 0 && !date.isAfter(responses.get(i - 1).date())) {
          throw InvalidInputException.of(
              path,
              date,
              "date "
                  + date
                  + " is not after the "
                  + "previous one, "
                  + responses.get(i - 1).date()
                  + "; allowed: strictly increasing dates (TIME-1)");
        }
      }
      return new ImmutableResponseSequence.Builder()
          .id(id)
          .referenceDate(referenceDate)
          .responses(responses)
          .build();
    }
  }
}
