package org.rano.imaging;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.rano.Reason;
import org.rano.RuleId;

/**
 * The radiological component of one follow-up: its status, the numbers behind it (composite,
 * baseline composite, exact change, SPD), the new and non-target lesions that matter to the overall
 * response, the rules that decided it and the reasons (spec section 4.3).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImagingFinding {

  ImagingFinding() {}

  /**
   * Obtains a builder; {@code status} is required, every number optional.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a finding. Not thread-safe; the finding it builds is. */
  public static final class Builder {
    private final ImmutableImagingFinding.Builder finding = new ImmutableImagingFinding.Builder();

    private Builder() {}

    /**
     * Sets the radiological status.
     *
     * @param status the status, not null
     * @return this builder, not null
     */
    public Builder status(ImagingStatus status) {
      finding.status(Objects.requireNonNull(status, "status"));
      return this;
    }

    /**
     * Sets whether imaging was done.
     *
     * @param done true when the visit had an MRI
     * @return this builder, not null
     */
    public Builder done(boolean done) {
      finding.done(done);
      return this;
    }

    /**
     * Sets the composite score of the follow-up (IMG-6 to IMG-9).
     *
     * @param score the composite, 0 or more
     * @return this builder, not null
     */
    public Builder compositeScore(int score) {
      finding.compositeScore(score);
      return this;
    }

    /**
     * Sets the composite of the evaluable targets.
     *
     * @param score the composite, 0 or more
     * @return this builder, not null
     */
    public Builder evaluableCompositeScore(int score) {
      finding.evaluableCompositeScore(score);
      return this;
    }

    /**
     * Sets the baseline composite score.
     *
     * @param score the composite, 0 or more
     * @return this builder, not null
     */
    public Builder baselineCompositeScore(int score) {
      finding.baselineCompositeScore(score);
      return this;
    }

    /**
     * Sets the composite that progression is judged against (IMG-12).
     *
     * @param score the composite, 0 or more
     * @return this builder, not null
     */
    public Builder referenceCompositeScore(int score) {
      finding.referenceCompositeScore(score);
      return this;
    }

    /**
     * Sets the exact change of the composite from baseline, in percent.
     *
     * @param percent the change, not null
     * @return this builder, not null
     */
    public Builder compositeChangePercent(BigDecimal percent) {
      finding.compositeChangePercent(Objects.requireNonNull(percent, "percent"));
      return this;
    }

    /**
     * Sets the sum of the products of diameters of the measured targets.
     *
     * @param mm2 the SPD in mm², not null
     * @return this builder, not null
     */
    public Builder spd(BigDecimal mm2) {
      finding.spd(Objects.requireNonNull(mm2, "mm2"));
      return this;
    }

    /**
     * Sets the baseline SPD.
     *
     * @param mm2 the SPD in mm², not null
     * @return this builder, not null
     */
    public Builder baselineSpd(BigDecimal mm2) {
      finding.baselineSpd(Objects.requireNonNull(mm2, "mm2"));
      return this;
    }

    /**
     * Sets the sites of the unequivocal new lesions (IMG-5).
     *
     * @param sites the sites, not null
     * @return this builder, not null
     */
    public Builder unequivocalNewLesionSites(List<Site> sites) {
      finding.unequivocalNewLesionSites(Objects.requireNonNull(sites, "sites"));
      return this;
    }

    /**
     * Sets the sites of the equivocal new lesions (IMG-5).
     *
     * @param sites the sites, not null
     * @return this builder, not null
     */
    public Builder equivocalNewLesionSites(List<Site> sites) {
      finding.equivocalNewLesionSites(Objects.requireNonNull(sites, "sites"));
      return this;
    }

    /**
     * Sets whether every non-target lesion is absent (IMG-10, for CR).
     *
     * @param absent true when all are absent
     * @return this builder, not null
     */
    public Builder allNonTargetsAbsent(boolean absent) {
      finding.allNonTargetsAbsent(absent);
      return this;
    }

    /**
     * Sets the rules applied, in the order applied.
     *
     * @param rules the rules, not null
     * @return this builder, not null
     */
    public Builder rules(List<RuleId> rules) {
      finding.rules(Objects.requireNonNull(rules, "rules"));
      return this;
    }

    /**
     * Sets the reasons.
     *
     * @param reasons the reasons, not null
     * @return this builder, not null
     */
    public Builder reasons(List<Reason> reasons) {
      finding.reasons(Objects.requireNonNull(reasons, "reasons"));
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding, not null
     * @throws IllegalStateException if the status was not set
     */
    public ImagingFinding build() {
      return finding.build();
    }
  }

  /**
   * The radiological status.
   *
   * @return the status, not null
   */
  public abstract ImagingStatus status();

  /**
   * Whether the follow-up had imaging at all (IMG-14).
   *
   * @return true when imaging was done at the visit
   */
  public abstract boolean done();

  /**
   * The composite score (IMG-3), empty when a target is NE (IMG-10) or imaging was not done.
   *
   * @return the composite 0-15, or empty
   */
  public abstract OptionalInt compositeScore();

  /**
   * The sum of the evaluable target scores; present whenever imaging was done.
   *
   * @return the evaluable sum, or empty without imaging
   */
  public abstract OptionalInt evaluableCompositeScore();

  /**
   * The baseline composite B; present when baseline imaging was done.
   *
   * @return the baseline composite, or empty
   */
  public abstract OptionalInt baselineCompositeScore();

  /**
   * The composite progression was judged against (IMG-12): the baseline composite, or the nadir
   * under {@code imagingProgressionReference = NADIR}.
   *
   * @return the reference composite, or empty
   */
  public abstract OptionalInt referenceCompositeScore();

  /**
   * The change of the composite from baseline in percent, rounded half-even to one decimal for
   * display; the decisions are made exactly on integers. Empty when either composite is missing or
   * the baseline composite is 0.
   *
   * @return the change, e.g. -50.0, or empty
   */
  public abstract Optional<BigDecimal> compositeChangePercent();

  /**
   * The sum of long x short over target nodules measurable at baseline that have diameters at this
   * visit (IMG-4); information only.
   *
   * @return the SPD in mm², or empty when no such nodule was measured
   */
  public abstract Optional<BigDecimal> spd();

  /**
   * The SPD of the measurable target nodules at baseline (IMG-4); information only.
   *
   * @return the SPD in mm², or empty when no target nodule was measurable
   */
  public abstract Optional<BigDecimal> baselineSpd();

  /**
   * The sites of unequivocal new lesions (IMG-5).
   *
   * @return the sites, in report order, not null
   */
  public abstract ImmutableList<Site> unequivocalNewLesionSites();

  /**
   * The sites of equivocal new lesions (IMG-5).
   *
   * @return the sites, in report order, not null
   */
  public abstract ImmutableList<Site> equivocalNewLesionSites();

  /**
   * Whether every non-target lesion of the case is ABSENT at this visit (IMG-7); true when the case
   * has none.
   *
   * @return true when no non-target lesion remains
   */
  public abstract boolean allNonTargetsAbsent();

  /**
   * The rules that decided the status, in the order applied.
   *
   * @return the rules, at least one, not null
   */
  public abstract ImmutableList<RuleId> rules();

  /**
   * Why the imaging has its status, in the order applied: new lesions (IMG-5), non-targets
   * (IMG-13), targets not evaluable (IMG-10), disease seen again after a CR (IMG-15), then the
   * composite's call with its numbers, e.g. the reason of kind {@link
   * org.rano.ReasonKind#IMAGING_PARTIAL_RESPONSE} with composite before 4, after 2 and percent
   * -50.0, rendered "composite 4 -> 2 (-50.0 %): -50 % or more (IMG-8)"; under the 2019 scorecard,
   * the items that decided it (LANO-1 to LANO-5).
   *
   * @return the reasons, not null
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * Tells whether any new lesion, equivocal or not, was reported (blocks CR, IMG-7).
   *
   * @return true when a new lesion was reported
   */
  public boolean anyNewLesion() {
    return !unequivocalNewLesionSites().isEmpty() || !equivocalNewLesionSites().isEmpty();
  }
}
