package org.rano;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Imaging;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Parenchymal;
import org.rano.imaging.Scorecard;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.internal.Checks;
import org.rano.neuro.NeuroExam;

/**
 * One assessment of a patient, at baseline or at a follow-up (spec section 1): its date and up to
 * three components, the neurological exam, CSF cytology and the MRI scorecard, plus the steroid
 * dose and parenchymal metastases. A component left out was not done.
 *
 * <p>Write a visit in a few lines:
 *
 * <pre>{@code
 * Visit week4 = Visit.on("2026-02-02")
 *     .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
 *     .csf(CsfSample.negative(8))
 *     .target("T1", 1)
 *     .target("T2", 1)
 *     .steroids(4)
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Visit {

  Visit() {}

  /**
   * Starts a visit on a date.
   *
   * @param date the date of the assessment, not null
   * @return a new builder, not null
   * @throws InvalidInputException with path {@code date} if the year is before 0 or after 9999,
   *     which the case format cannot write as {@code yyyy-mm-dd}
   */
  public static Builder on(LocalDate date) {
    return new Builder(checkYear("date", Objects.requireNonNull(date, "date")));
  }

  /**
   * Starts a visit on a date written as ISO-8601 text, e.g. {@code 2026-02-02}.
   *
   * @param isoDate the date, not null
   * @return a new builder, not null
   * @throws InvalidInputException with path {@code date} if the text is not a date written {@code
   *     yyyy-mm-dd}
   */
  public static Builder on(String isoDate) {
    return new Builder(parseDate("date", Objects.requireNonNull(isoDate, "isoDate")));
  }

  /**
   * Reads a date written {@code yyyy-mm-dd} (ISO 8601's calendar date with a four-digit year and no
   * sign, as the case format and its schema's {@code "format": "date"} have it). The JDK's parser
   * also reads {@code +12026-01-05}, a date the format cannot write back: it is rejected.
   *
   * @throws InvalidInputException with the path and the text if it is not such a date
   */
  static LocalDate parseDate(String path, String text) {
    LocalDate plain = plainDate(text);
    if (plain == null) {
      throw InvalidInputException.of(
          path,
          text,
          EXPANDED_YEAR.matcher(text).matches()
              ? "\""
                  + text
                  + "\" has a signed or longer year; allowed: a date written yyyy-mm-dd, in the"
                  + " years 0000 to 9999, such as 2026-01-05"
              : "\"" + text + "\" is not a date; allowed: an ISO date such as 2026-01-05");
    }
    return plain;
  }

  /** ISO 8601's expanded form of a date: a signed year, or one of more than four digits. */
  private static final Pattern EXPANDED_YEAR =
      Pattern.compile("([+-][0-9]{4,}|[0-9]{5,})-[0-9]{2}-[0-9]{2}");

  /**
   * Checks that a date can be written {@code yyyy-mm-dd}: its year is 0 to 9999.
   *
   * @return the date
   * @throws InvalidInputException with the path and the date otherwise
   */
  static LocalDate checkYear(String path, LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      throw InvalidInputException.of(
          path,
          date.toString(),
          date
              + " is outside the years 0000 to 9999; allowed: a date that can be written"
              + " yyyy-mm-dd, such as 2026-01-05");
    }
    return date;
  }

  /**
   * The date of a text of exactly ten ASCII characters {@code yyyy-mm-dd} naming a day that exists,
   * as {@link LocalDate#parse} reads it; null for any other text.
   */
  static @Nullable LocalDate plainDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || (day > 28 && day > lengthOf(year, month))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** The value of the ASCII digits text[from, to), or -1 if one is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int lengthOf(int year, int month) {
    return java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /**
   * The date of the assessment.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * The neurological exam.
   *
   * @return the exam, or empty when not done
   */
  public abstract Optional<NeuroExam> neuro();

  /**
   * The CSF cytology sample.
   *
   * @return the sample, or empty when none was taken
   */
  public abstract Optional<CsfSample> csf();

  /**
   * The MRI scorecard, in one of the two profiles (spec section 4).
   *
   * @return the scorecard, or empty when imaging was not done (IMG-14)
   */
  public abstract Optional<Scorecard> scorecard();

  /**
   * The 2017 MRI scorecard, read when the criteria select {@code imaging = RANO_LM_2017}.
   *
   * @return the scorecard, or empty when imaging was not done or is in the 2019 profile
   */
  public final Optional<Imaging> imaging() {
    return scorecard().filter(Imaging.class::isInstance).map(Imaging.class::cast);
  }

  /**
   * The revised 2019 MRI scorecard, read when the criteria select {@code imaging = LANO_2019} (spec
   * section 4.4).
   *
   * @return the scorecard, or empty when imaging was not done or is in the 2017 profile
   */
  public final Optional<Lano2019Imaging> lano2019() {
    return scorecard().filter(Lano2019Imaging.class::isInstance).map(Lano2019Imaging.class::cast);
  }

  /**
   * The corticosteroid dose in mg/day dexamethasone equivalent (STER-1 to STER-3).
   *
   * @return the dose, 0 or more, or empty when not given
   */
  public abstract Optional<BigDecimal> steroidMgPerDay();

  /**
   * Parenchymal metastases, recorded beside the LM response (spec section 4.6).
   *
   * @return the record, or empty
   */
  public abstract Optional<Parenchymal> parenchymal();

  /**
   * Whether the investigator judged definite clinical deterioration from LM that the ten domains do
   * not capture (raised intracranial pressure, encephalopathy, cauda equina syndrome, seizures;
   * NEURO-9). Follow-ups only; false when not given.
   *
   * @return true when clinical deterioration was recorded
   */
  @Value.Default
  public boolean clinicalDeterioration() {
    return false;
  }

  /** Builds a visit. Not thread-safe; the visit it builds is. */
  public static final class Builder {
    private final LocalDate date;
    private Optional<NeuroExam> neuro = Optional.empty();
    private Optional<CsfSample> csf = Optional.empty();
    private Optional<Imaging> imaging = Optional.empty();
    private final List<TargetLesion> targets = new ArrayList<>();
    private final List<NonTargetLesion> nonTargets = new ArrayList<>();
    private final List<NewLesion> newLesions = new ArrayList<>();
    private boolean imagingDone;
    private Optional<Lano2019Imaging> lano2019 = Optional.empty();
    private Optional<BigDecimal> steroids = Optional.empty();
    private Optional<Parenchymal> parenchymal = Optional.empty();
    private boolean clinicalDeterioration;

    private Builder(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * Sets the neurological exam.
     *
     * @param exam the exam, not null
     * @return this builder, not null
     */
    public Builder neuro(NeuroExam exam) {
      this.neuro = Optional.of(Objects.requireNonNull(exam, "exam"));
      return this;
    }

    /**
     * Sets the CSF sample.
     *
     * @param sample the sample, not null
     * @return this builder, not null
     */
    public Builder csf(CsfSample sample) {
      this.csf = Optional.of(Objects.requireNonNull(sample, "sample"));
      return this;
    }

    /**
     * Sets the CSF result without a volume.
     *
     * @param result the result, not null
     * @return this builder, not null
     */
    public Builder csf(CsfResult result) {
      return csf(CsfSample.of(result));
    }

    /**
     * Sets a whole MRI scorecard, instead of adding its lesions one by one.
     *
     * @param scorecard the scorecard, not null
     * @return this builder, not null
     * @throws IllegalStateException if lesions were already added one by one
     * @throws InvalidInputException with the field's path if the visit has a 2019 scorecard
     *     already: a visit holds one scorecard
     */
    public Builder imaging(Imaging scorecard) {
      Objects.requireNonNull(scorecard, "scorecard");
      if (!targets.isEmpty() || !nonTargets.isEmpty() || !newLesions.isEmpty()) {
        throw new IllegalStateException(
            "lesions were already added one by one; give the "
                + "scorecard either whole or lesion by lesion, not both");
      }
      requireNoLano2019("targets");
      this.imaging = Optional.of(scorecard);
      return this;
    }

    /**
     * Sets the revised 2019 scorecard, used under {@code imaging = LANO_2019} (spec section 4.4).
     *
     * @param scorecard the scorecard, not null
     * @return this builder, not null
     * @throws InvalidInputException with path {@code lano2019} if the visit has a 2017 scorecard
     *     already: a visit holds one scorecard
     */
    public Builder lano2019(Lano2019Imaging scorecard) {
      Objects.requireNonNull(scorecard, "scorecard");
      if (imaging.isPresent()
          || imagingDone
          || !targets.isEmpty()
          || !nonTargets.isEmpty()
          || !newLesions.isEmpty()) {
        throw InvalidInputException.of(
            "lano2019",
            "the 2019 scorecard",
            "the visit has a 2017 "
                + "scorecard (targets, nonTargets, newLesions) already; a visit holds one scorecard, "
                + "in the profile the criteria select");
      }
      this.lano2019 = Optional.of(scorecard);
      return this;
    }

    /**
     * Records that imaging was done even if no lesion is added, e.g. a normal MRI (IMG-11).
     *
     * @return this builder, not null
     * @throws InvalidInputException with the field's path if the visit has a 2019 scorecard
     *     already: a visit holds one scorecard
     */
    public Builder imagingDone() {
      requireNoLano2019("targets");
      this.imagingDone = true;
      return this;
    }

    /**
     * Adds a target lesion with its site, as at baseline (IMG-1).
     *
     * @param id the lesion id, not blank, at most 256 characters, valid Unicode, not null
     * @param site the site, not null
     * @param score the extent score, 1-3 at baseline
     * @return this builder, not null
     * @throws InvalidInputException with a {@code targets[i]} path for a bad id or score
     */
    public Builder target(String id, Site site, int score) {
      return target(withPrefix(() -> TargetLesion.of(id, site, score), "targets", targets.size()));
    }

    /**
     * Adds a scored target lesion at a follow-up, its site taken from baseline.
     *
     * @param id the id of a baseline target, not blank, at most 256 characters, not null
     * @param score the extent score 0-3
     * @return this builder, not null
     * @throws InvalidInputException with a {@code targets[i]} path for a bad id or score
     */
    public Builder target(String id, int score) {
      return target(withPrefix(() -> TargetLesion.of(id, score), "targets", targets.size()));
    }

    /**
     * Adds a target lesion that was not evaluable (IMG-10).
     *
     * @param id the id of a baseline target, not blank, at most 256 characters, not null
     * @return this builder, not null
     * @throws InvalidInputException with a {@code targets[i]} path for a blank id, one over 256
     *     characters or one with a lone surrogate
     */
    public Builder targetNotEvaluable(String id) {
      return target(withPrefix(() -> TargetLesion.notEvaluable(id), "targets", targets.size()));
    }

    /**
     * Adds a target lesion.
     *
     * @param lesion the lesion, not null
     * @return this builder, not null
     * @throws IllegalStateException if {@link #imaging(Imaging)} gave a whole scorecard
     * @throws InvalidInputException with the field's path if the visit has a 2019 scorecard
     *     already: a visit holds one scorecard
     */
    public Builder target(TargetLesion lesion) {
      requireNoWholeScorecard();
      requireNoLano2019("targets");
      targets.add(Objects.requireNonNull(lesion, "lesion"));
      return this;
    }

    /**
     * Adds a non-target lesion with its site, as at baseline (IMG-13).
     *
     * @param id the lesion id, not blank, at most 256 characters, valid Unicode, not null
     * @param site the site, not null
     * @param status the status, not null
     * @return this builder, not null
     * @throws InvalidInputException with a {@code nonTargets[i]} path for a blank id, one over 256
     *     characters or one with a lone surrogate
     */
    public Builder nonTarget(String id, Site site, NonTargetStatus status) {
      return nonTarget(
          withPrefix(() -> NonTargetLesion.of(id, site, status), "nonTargets", nonTargets.size()));
    }

    /**
     * Adds a non-target lesion at a follow-up, its site taken from baseline.
     *
     * @param id the id of a baseline non-target, not blank, at most 256 characters, not null
     * @param status the status, not null
     * @return this builder, not null
     * @throws InvalidInputException with a {@code nonTargets[i]} path for a blank id, one over 256
     *     characters or one with a lone surrogate
     */
    public Builder nonTarget(String id, NonTargetStatus status) {
      return nonTarget(
          withPrefix(() -> NonTargetLesion.of(id, status), "nonTargets", nonTargets.size()));
    }

    /**
     * Adds a non-target lesion.
     *
     * @param lesion the lesion, not null
     * @return this builder, not null
     * @throws IllegalStateException if {@link #imaging(Imaging)} gave a whole scorecard
     * @throws InvalidInputException with the field's path if the visit has a 2019 scorecard
     *     already: a visit holds one scorecard
     */
    public Builder nonTarget(NonTargetLesion lesion) {
      requireNoWholeScorecard();
      requireNoLano2019("nonTargets");
      nonTargets.add(Objects.requireNonNull(lesion, "lesion"));
      return this;
    }

    /**
     * Adds an unequivocal new lesion (PD, IMG-5).
     *
     * @param site the site, not null
     * @return this builder, not null
     */
    public Builder newLesion(Site site) {
      return newLesion(NewLesion.unequivocal(site));
    }

    /**
     * Adds an equivocal new lesion (blocks CR, IMG-5).
     *
     * @param site the site, not null
     * @return this builder, not null
     */
    public Builder equivocalNewLesion(Site site) {
      return newLesion(NewLesion.equivocal(site));
    }

    /**
     * Adds a new lesion.
     *
     * @param lesion the lesion, not null
     * @return this builder, not null
     * @throws IllegalStateException if {@link #imaging(Imaging)} gave a whole scorecard
     * @throws InvalidInputException with the field's path if the visit has a 2019 scorecard
     *     already: a visit holds one scorecard
     */
    public Builder newLesion(NewLesion lesion) {
      requireNoWholeScorecard();
      requireNoLano2019("newLesions");
      newLesions.add(Objects.requireNonNull(lesion, "lesion"));
      return this;
    }

    /**
     * Sets the steroid dose (STER-1).
     *
     * @param mgPerDay the dose in mg/day dexamethasone equivalent, finite, 0 or more and at most
     *     1,000,000
     * @return this builder, not null
     * @throws InvalidInputException with path {@code steroidMgPerDay} for a negative, NaN or
     *     infinite dose, a dose above 1,000,000 mg/day or with more than 100 digits after the
     *     decimal point
     */
    public Builder steroids(double mgPerDay) {
      return steroids(Checks.finite("steroidMgPerDay", mgPerDay));
    }

    /**
     * Sets the steroid dose as an exact decimal (STER-1). The dose is bounded before anything else
     * is done with it: at most 100 digits after the decimal point as given ({@code scale() <= 100},
     * trailing zeros included) and at most 1,000,000 mg/day.
     *
     * @param mgPerDay the dose in mg/day dexamethasone equivalent, 0 or more and at most 1,000,000,
     *     with at most 100 digits after the decimal point, not null
     * @return this builder, not null
     * @throws InvalidInputException with path {@code steroidMgPerDay} for a dose with more than 100
     *     digits after the decimal point, above 1,000,000 mg/day or negative
     */
    public Builder steroids(BigDecimal mgPerDay) {
      Checks.bounded("steroidMgPerDay", Objects.requireNonNull(mgPerDay, "mgPerDay"), "mg/day");
      this.steroids =
          Optional.of(
              Checks.notNegative("steroidMgPerDay", mgPerDay, "mg/day").stripTrailingZeros());
      return this;
    }

    /**
     * Sets the parenchymal metastases record (spec section 4.6).
     *
     * @param record the record, not null
     * @return this builder, not null
     */
    public Builder parenchymal(Parenchymal record) {
      this.parenchymal = Optional.of(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * Records the investigator's judgement of definite clinical deterioration from LM (NEURO-9); a
     * follow-up only, since a case rejects it at baseline.
     *
     * @param deterioration whether clinical deterioration was judged
     * @return this builder, not null
     */
    public Builder clinicalDeterioration(boolean deterioration) {
      this.clinicalDeterioration = deterioration;
      return this;
    }

    /**
     * Builds the visit.
     *
     * @return the visit, not null
     * @throws InvalidInputException with a path relative to the visit (e.g. {@code targets}) for
     *     more than five targets or an id used twice
     */
    public Visit build() {
      Optional<Scorecard> scorecard =
          lano2019.isPresent() ? Optional.of(lano2019.get()) : imaging.map(Scorecard.class::cast);
      if (scorecard.isEmpty()
          && (imagingDone
              || !targets.isEmpty()
              || !nonTargets.isEmpty()
              || !newLesions.isEmpty())) {
        scorecard = Optional.of(Imaging.of(targets, nonTargets, newLesions));
      }
      return new ImmutableVisit.Builder()
          .date(date)
          .neuro(neuro)
          .csf(csf)
          .scorecard(scorecard)
          .steroidMgPerDay(steroids)
          .parenchymal(parenchymal)
          .clinicalDeterioration(clinicalDeterioration)
          .build();
    }

    private void requireNoLano2019(String field) {
      if (lano2019.isPresent()) {
        throw InvalidInputException.of(
            field,
            "the 2017 scorecard",
            "the visit has a 2019 "
                + "scorecard (lano2019) already; a visit holds one scorecard, in the profile the "
                + "criteria select");
      }
    }

    private void requireNoWholeScorecard() {
      if (imaging.isPresent()) {
        throw new IllegalStateException(
            "a whole scorecard was already given with imaging(...); "
                + "give the scorecard either whole or lesion by lesion, not both");
      }
    }

    private static <T> T withPrefix(
        java.util.function.Supplier<T> factory, String array, int index) {
      try {
        return factory.get();
      } catch (InvalidInputException e) {
        throw e.withPrefix(Checks.at(array, index));
      }
    }
  }
}
