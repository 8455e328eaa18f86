package org.rano;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.rano.imaging.Imaging;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Scorecard;
import org.rano.internal.Checks;
import org.rano.neuro.NeuroExam;

/**
 * A patient's case: one baseline assessment before treatment and its follow-ups in date order (spec
 * sections 1 and 7). A case is valid by construction: its builder checks each visit as it is added,
 * in the order of the case format: the baseline as a baseline (IMG-1, IMG-2, IMG-5, IMG-13,
 * NEURO-9), each follow-up's date (TIME-1), instrument and scorecard against the baseline (IMG-1,
 * IMG-13, IMG-14), and one imaging profile for the whole case. The values a visit holds were
 * checked when they were made.
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
    return builder()
        .baseline(Objects.requireNonNull(baseline, "baseline"))
        .followUps(List.of(Objects.requireNonNull(followUps, "followUps")))
        .build();
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

  /**
   * The imaging profile of the case's scorecards: the profile of the first visit with a scorecard,
   * which every other scorecard of the case shares.
   *
   * @return the profile, or empty when no visit has imaging
   */
  public final Optional<ImagingProfile> imagingProfile() {
    int visit = firstScorecardVisit();
    return visit < 0 ? Optional.empty() : visit(visit).scorecard().map(Scorecard::profile);
  }

  /**
   * The case-format path of the first scorecard of the case, e.g. {@code baseline.targets} or
   * {@code followUps[0].lano2019}, for an error about the profile as a whole.
   */
  final String firstScorecardPath() {
    int visit = firstScorecardVisit();
    if (visit < 0) {
      return "";
    }
    String field = visit(visit).scorecard().orElseThrow().field();
    return (visit == 0 ? "baseline" : Checks.at("followUps", visit - 1)) + "." + field;
  }

  /** The visit (0 the baseline, i + 1 follow-up i) of the first scorecard, or -1 for none. */
  private int firstScorecardVisit() {
    for (int i = 0; i <= followUps().size(); i++) {
      if (visit(i).scorecard().isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private Visit visit(int index) {
    return index == 0 ? baseline() : followUps().get(index - 1);
  }

  /**
   * The error for a scorecard of the other profile than the criteria select, which would otherwise
   * be ignored.
   *
   * @param path the path of the scorecard, e.g. {@code baseline.targets}
   * @param selected the profile the criteria select
   */
  static InvalidInputException wrongProfile(String path, ImagingProfile selected) {
    if (selected == ImagingProfile.LANO_2019) {
      return InvalidInputException.of(
          path,
          "the 2017 scorecard",
          "the criteria select imaging "
              + "LANO_2019, which reads the lano2019 block; give the visit's MRI as lano2019, or "
              + "score with imaging RANO_LM_2017 to use targets, nonTargets and newLesions");
    }
    return InvalidInputException.of(
        path,
        "the 2019 scorecard",
        "the criteria select imaging "
            + "RANO_LM_2017, which reads targets, nonTargets and newLesions; give the visit's MRI "
            + "as those, or score with imaging LANO_2019 to use lano2019");
  }

  /**
   * Builds a case, checking each visit as it is added, in the order of the case format: the
   * baseline when it is given, each follow-up against the baseline and the follow-up before it. A
   * follow-up added before the baseline is checked when the baseline comes. A visit that fails its
   * check is not added, and the error names its path in the case ({@code baseline...}, {@code
   * followUps[i]...}). Not thread-safe; the case it builds is.
   */
  public static final class Builder {
    private Optional<String> id = Optional.empty();
    private @Nullable Visit baseline;
    private final List<Visit> followUps = new ArrayList<>();
    private @Nullable Scorecard profileSetter;
    private @Nullable ImagingProfile selected;

    private Builder() {}

    /**
     * Declares the imaging profile the criteria select, so that a scorecard of the other profile is
     * rejected when its visit is added rather than when the case is assessed (as {@link
     * RanoLm#assess(LmCase)} would).
     *
     * @param profile the profile of the criteria's {@code imaging} policy, not null
     * @return this builder, not null
     * @throws InvalidInputException if a visit already added has a scorecard of the other profile
     */
    public Builder imagingProfile(ImagingProfile profile) {
      Objects.requireNonNull(profile, "profile");
      Scorecard first = profileSetter;
      if (first != null && first.profile() != profile) {
        throw wrongProfile(first.field(), profile);
      }
      this.selected = profile;
      return this;
    }

    /**
     * Sets the case id.
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
     * Sets the baseline visit and checks it as a baseline (IMG-1, IMG-2, IMG-5, IMG-13, NEURO-9,
     * spec section 4.4); follow-ups already added are then checked against it.
     *
     * @param visit the baseline, not null
     * @return this builder, not null
     * @throws InvalidInputException with a {@code baseline...} path: a baseline target without a
     *     site or with a score outside 1..3, a baseline non-target in progression, new lesions, a
     *     2019 item rated with a change, clinical deterioration, or a scorecard of the other
     *     profile than the follow-ups already added; or the first such error of a follow-up already
     *     added, at its {@code followUps[i]...} path
     * @throws IllegalStateException if the baseline was set already
     */
    public Builder baseline(Visit visit) {
      Objects.requireNonNull(visit, "visit");
      if (baseline != null) {
        throw new IllegalStateException("the baseline was set already; a case has one");
      }
      at("baseline", () -> checkBaseline(visit));
      Scorecard setter = profileSetter;
      List<Visit> pending = List.copyOf(followUps);
      followUps.clear();
      profileSetter = null;
      baseline = visit;
      visit.scorecard().ifPresent(scorecard -> profileSetter = scorecard);
      try {
        for (Visit followUp : pending) {
          followUp(followUp);
        }
      } catch (RuntimeException e) {
        baseline = null;
        profileSetter = setter;
        followUps.clear();
        followUps.addAll(pending);
        throw e;
      }
      return this;
    }

    /**
     * Adds a follow-up after those already added and, once the baseline is set, checks it against
     * the baseline and the follow-up before it (TIME-1, IMG-1, IMG-13, IMG-14, one instrument, one
     * imaging profile).
     *
     * @param visit the follow-up, not null
     * @return this builder, not null
     * @throws InvalidInputException with a {@code followUps[i]...} path: a date not after the
     *     baseline or the previous follow-up, an exam with another instrument than the baseline, a
     *     target or non-target unknown at baseline, a baseline target left out, a site that differs
     *     from baseline, a 2019 item without its change, or a scorecard of the other profile than
     *     the case's earlier visits
     */
    public Builder followUp(Visit visit) {
      Objects.requireNonNull(visit, "visit");
      int index = followUps.size();
      Visit base = baseline;
      if (base != null) {
        try {
          checkFollowUp(base, index == 0 ? null : followUps.get(index - 1), visit);
        } catch (InvalidInputException e) {
          // the path is made only for an error
          throw e.withPrefix(Checks.at("followUps", index));
        }
      }
      followUps.add(visit);
      return this;
    }

    /**
     * Adds follow-ups after those already added, each checked as {@link #followUp(Visit)} does.
     *
     * @param visits the follow-ups in date order, not null
     * @return this builder, not null
     * @throws InvalidInputException as {@link #followUp(Visit)}, for the first follow-up that
     *     fails; those before it are added
     */
    public Builder followUps(List<Visit> visits) {
      Objects.requireNonNull(visits, "visits");
      for (Visit visit : visits) {
        followUp(visit);
      }
      return this;
    }

    /**
     * Builds the case. Every visit was checked when it was added, so a case is valid by
     * construction.
     *
     * @return the case, not null
     * @throws InvalidInputException with path {@code baseline} when the baseline is missing
     */
    public LmCase build() {
      Visit base = baseline;
      if (base == null) {
        throw InvalidInputException.of(
            "baseline", null, "is missing; a case needs its baseline assessment");
      }
      return new ImmutableLmCase.Builder().id(id).baseline(base).followUps(followUps).build();
    }

    /** The checks of a visit as the baseline; paths relative to the visit. */
    private void checkBaseline(Visit visit) {
      Optional<Scorecard> scorecard = visit.scorecard();
      if (scorecard.isPresent()) {
        requireProfile(scorecard.get());
        if (scorecard.get() instanceof Imaging imaging) {
          CaseChecks.imagingBaseline(imaging);
        } else if (scorecard.get() instanceof Lano2019Imaging lano) {
          CaseChecks.lanoBaseline(lano);
        }
      }
      if (visit.clinicalDeterioration()) {
        throw InvalidInputException.of(
            "clinicalDeterioration",
            true,
            "is for follow-ups only: "
                + "deterioration needs a reference (NEURO-9); leave it out at baseline");
      }
    }

    /** The checks of one follow-up against the baseline and the previous follow-up. */
    private void checkFollowUp(Visit base, @Nullable Visit previous, Visit visit) {
      if (!visit.date().isAfter(base.date())) {
        throw InvalidInputException.of(
            "date",
            visit.date(),
            "follow-up date "
                + visit.date()
                + " is not after the baseline date "
                + base.date()
                + " (TIME-1)");
      }
      if (previous != null && !visit.date().isAfter(previous.date())) {
        throw InvalidInputException.of(
            "date",
            visit.date(),
            "follow-up date "
                + visit.date()
                + " is not after the previous follow-up, "
                + previous.date()
                + "; allowed: strictly increasing dates (TIME-1)");
      }
      if (visit.neuro().isPresent() && base.neuro().isPresent()) {
        NeuroExam exam = visit.neuro().get();
        if (!exam.instrument().equals(base.neuro().get().instrument())) {
          throw InvalidInputException.of(
              "neuro",
              exam.instrument(),
              "the exam uses "
                  + exam.instrument()
                  + " but the baseline used "
                  + base.neuro().get().instrument());
        }
      }
      Optional<Scorecard> scorecard = visit.scorecard();
      if (scorecard.isPresent()) {
        requireProfile(scorecard.get());
        if (scorecard.get() instanceof Imaging imaging) {
          // Without baseline imaging every target or non-target named later is unknown; only
          // new lesions can be reported (and imaging stays NE, IMG-14).
          CaseChecks.imagingFollowUp(imaging, base.imaging().orElse(Imaging.none()));
        } else if (scorecard.get() instanceof Lano2019Imaging lano) {
          CaseChecks.lanoFollowUp(lano);
        }
        if (profileSetter == null) {
          profileSetter = scorecard.get();
        }
      }
    }

    /** A case uses one imaging profile: the criteria's when declared, else the first one's. */
    private void requireProfile(Scorecard scorecard) {
      ImagingProfile expected = selected;
      if (expected != null && scorecard.profile() != expected) {
        throw wrongProfile(scorecard.field(), expected);
      }
      Scorecard first = profileSetter;
      if (first != null && first.profile() != scorecard.profile()) {
        throw InvalidInputException.of(
            scorecard.field(),
            scorecard.profile(),
            "the case's "
                + "earlier visits use the "
                + first.profile()
                + " scorecard ("
                + first.field()
                + "); a case uses one imaging profile throughout");
      }
    }

    private static void at(String prefix, Runnable check) {
      try {
        check.run();
      } catch (InvalidInputException e) {
        throw e.withPrefix(prefix);
      }
    }
  }
}
