package org.rano.response;

import java.util.Objects;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;
import org.rano.imaging.Imaging;
import org.rano.internal.Checks;
import org.rano.neuro.NeuroExam;

/**
 * A patient's case: one baseline assessment before treatment and its follow-ups in date order
 * (spec sections 1 and 7). Building a case checks everything that spans visits: dates in strict
 * order after baseline (TIME-1), the baseline scorecard (IMG-1, IMG-2), every follow-up scorecard
 * against it (IMG-13, IMG-14) and one instrument for every exam.
 *
 * <pre>{@code
 * LmCase lmCase = LmCase.builder().id("LM-0001").baseline(baseline).followUp(week4).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LmCase {

  LmCase() {}

  /**
   * Obtains a case without an id.
   *
   * @param baseline the baseline visit, not null
   * @param followUps the follow-ups in date order, not null
   * @return the case, not null
   * @throws InvalidInputException with the path of the first offending field, e.g. {@code
   *     followUps[1].date} for dates out of order
   */
  public static LmCase of(Visit baseline, Visit... followUps) {
    return builder().baseline(Objects.requireNonNull(baseline, "baseline"))
        .followUps(List.of(Objects.requireNonNull(followUps, "followUps"))).build();
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The case id, e.g. a subject number.
   *
   * @return the id, or empty
   */
  public abstract Optional<String> id();

  /**
   * The baseline assessment.
   *
   * @return the baseline, not null
   */
  public abstract Visit baseline();

  /**
   * The follow-up assessments in strictly increasing date order, all after baseline.
   *
   * @return the follow-ups, possibly empty, not null
   */
  public abstract ImmutableList<Visit> followUps();

  /** Builds a case. Not thread-safe; the case it builds is. */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private Optional<Visit> baseline = Optional.empty();
    private final List<Visit> followUps = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the case id.
     *
     * @param id the id: valid Unicode text (no lone surrogate), not blank, at most 256
     *     characters, not null
     * @return this builder, not null
     * @throws InvalidInputException with path {@code id} for a blank id, one longer than 256
     *     characters or one with a lone surrogate
     */
    public Builder id(String id) {
      this.id = Optional.of(Checks.id("id", id));
      return this;
    }

    /**
     * Sets the baseline visit.
     *
     * @param visit the baseline, not null
     * @return this builder, not null
     */
    public Builder baseline(Visit visit) {
      this.baseline = Optional.of(Objects.requireNonNull(visit, "visit"));
      return this;
    }

    /**
     * Adds a follow-up after those already added.
     *
     * @param visit the follow-up, not null
     * @return this builder, not null
     */
    public Builder followUp(Visit visit) {
      followUps.add(Objects.requireNonNull(visit, "visit"));
      return this;
    }

    /**
     * Adds follow-ups after those already added.
     *
     * @param visits the follow-ups in date order, not null
     * @return this builder, not null
     */
    public Builder followUps(List<Visit> visits) {
      Objects.requireNonNull(visits, "visits");
      for (Visit visit : visits) {
        followUp(visit);
      }
      return this;
    }

    /**
     * Builds the case.
     *
     * @return the case, not null
     * @throws InvalidInputException with the path of the first offending field: {@code baseline}
     *     when missing, {@code followUps[i].date} for TIME-1, {@code baseline.targets[i].score}
     *     for a target not present at baseline, {@code followUps[i].targets} for a missing
     *     baseline target, and so on
     */
    public LmCase build() {
      Visit base = baseline.orElseThrow(() -> InvalidInputException.of("baseline", null,
          "is missing; a case needs its baseline assessment"));
      base.imaging().ifPresent(imaging -> prefixed("baseline", imaging::checkBaseline));
      base.lano2019().ifPresent(
          imaging -> prefixed("baseline.lano2019", imaging::checkBaseline));
      if (base.clinicalDeterioration()) {
        throw InvalidInputException.of("baseline.clinicalDeterioration", true, "is for "
            + "follow-ups only: deterioration needs a reference (NEURO-9); leave it out at "
            + "baseline");
      }
      for (int i = 0; i < followUps.size(); i++) {
        checkFollowUpAt(base, followUps, i);
      }
      return new ImmutableLmCase.Builder().id(id).baseline(base).followUps(followUps).build();
    }

    /**
     * Checks one follow-up; an error's path gets the follow-up's prefix, built only then, since
     * every case built is checked.
     */
    private static void checkFollowUpAt(Visit base, List<Visit> followUps, int index) {
      try {
        checkFollowUp(base, index == 0 ? null : followUps.get(index - 1), followUps.get(index));
      } catch (InvalidInputException e) {
        throw e.withPrefix(Checks.at("followUps", index));
      }
    }

    /** The checks of one follow-up against the baseline and the previous follow-up. */
    private static void checkFollowUp(Visit base, @Nullable Visit previous, Visit visit) {
      if (!visit.date().isAfter(base.date())) {
        throw InvalidInputException.of("date", visit.date(), "follow-up date "
            + visit.date() + " is not after the baseline date " + base.date()
            + " (TIME-1)");
      }
      TimeCourse.requireCountableDays("date", base.date(), visit.date());
      if (previous != null && !visit.date().isAfter(previous.date())) {
        throw InvalidInputException.of("date", visit.date(), "follow-up date "
            + visit.date() + " is not after the previous follow-up, "
            + previous.date() + "; allowed: strictly increasing dates (TIME-1)");
      }
      if (visit.neuro().isPresent() && base.neuro().isPresent()) {
        NeuroExam exam = visit.neuro().get();
        if (!exam.instrument().equals(base.neuro().get().instrument())) {
          throw InvalidInputException.of("neuro", exam.instrument(), "the exam uses "
              + exam.instrument() + " but the baseline used " + base.neuro().get().instrument());
        }
      }
      visit.lano2019().ifPresent(imaging -> prefixed("lano2019", imaging::checkFollowUp));
      if (visit.imaging().isPresent()) {
        // Without baseline imaging every target or non-target named later is unknown; only
        // new lesions can be reported (and imaging stays NE, IMG-14).
        Imaging reference = base.imaging().orElse(Imaging.none());
        visit.imaging().get().checkFollowUp(reference);
      }
    }

    private static void prefixed(String prefix, Runnable check) {
      try {
        check.run();
      } catch (InvalidInputException e) {
        throw e.withPrefix(prefix);
      }
    }
  }
}
