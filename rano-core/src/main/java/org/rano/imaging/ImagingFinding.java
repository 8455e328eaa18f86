package org.rano.imaging;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
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

  static ImmutableImagingFinding.Builder builder() {
    return new ImmutableImagingFinding.Builder();
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
