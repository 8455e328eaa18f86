package org.rano;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The criteria a case is scored under: every policy of the specification with its default. Obtain
 * the defaults with {@link #defaults()} and derive variants with the {@code with} methods, e.g.
 * {@code Criteria.defaults().withConfirmationDays(14)}. Every result reports the criteria in force
 * ({@link #policies()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = true, singleton = true)
public abstract class Criteria {

  private static final BigDecimal FIVE_ML = BigDecimal.valueOf(5);
  private static final BigDecimal MAX_VOLUME_ML = BigDecimal.valueOf(1000);

  Criteria() {}

  /**
   * Holds the defaults, so that initialising {@code Criteria} does not initialise its generated
   * subclass (a class-initialisation deadlock risk); see Jimfs's {@code Configuration.UnixHolder}.
   */
  private static final class Defaults {
    static final Criteria INSTANCE = ImmutableCriteria.of();

    private Defaults() {}
  }

  /**
   * Obtains the criteria of the specification with every policy at its default.
   *
   * @return the default criteria, not null
   */
  public static Criteria defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * The imaging scorecard (policy {@code imaging}); default {@link ImagingProfile#RANO_LM_2017}.
   *
   * @return the profile, not null
   */
  @Value.Default
  public ImagingProfile imaging() {
    return ImagingProfile.RANO_LM_2017;
  }

  /**
   * The minimum days between a CR or PR and the visit confirming it (TIME-2, policy {@code
   * confirmationDays}); default 28, range 0 or more.
   *
   * @return the days, at least 0
   */
  @Value.Default
  public int confirmationDays() {
    return 28;
  }

  /**
   * The most NE time points allowed between a response and its confirmation (TIME-2, policy {@code
   * maxNeBetween}); default 1, range 0 or more.
   *
   * @return the count, at least 0
   */
  @Value.Default
  public int maxNeBetween() {
    return 1;
  }

  /**
   * Whether SD time points may lie between a PR and its confirmation (TIME-2, policy {@code
   * acceptSdBetween}); default false. CR confirmation never accepts SD.
   *
   * @return true when SD is accepted between a PR and its confirmation
   */
  @Value.Default
  public boolean acceptSdBetween() {
    return false;
  }

  /**
   * The minimum days after baseline for a time point to count as SD (TIME-3, policy {@code
   * sdMinimumDays}); default 28, range 0 or more.
   *
   * @return the days, at least 0
   */
  @Value.Default
  public int sdMinimumDays() {
    return 28;
  }

  /**
   * When the neurological exam counts as improved (NEURO-5, policy {@code neuroImprovement});
   * default {@link NeuroImprovement#SYMMETRIC}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public NeuroImprovement neuroImprovement() {
    return NeuroImprovement.SYMMETRIC;
  }

  /**
   * What an NE domain does to the exam (NEURO-6, policy {@code neuroMissingDomains}); default
   * {@link NeuroMissingDomains#STRICT}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public NeuroMissingDomains neuroMissingDomains() {
    return NeuroMissingDomains.STRICT;
  }

  /**
   * The level a domain is compared with (NEURO-7, policy {@code neuroReference}); default {@link
   * NeuroReference#BASELINE}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public NeuroReference neuroReference() {
    return NeuroReference.BASELINE;
  }

  /**
   * The composite that imaging progression is judged against (IMG-12, policy {@code
   * imagingProgressionReference}); default {@link ImagingProgressionReference#BASELINE}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public ImagingProgressionReference imagingProgressionReference() {
    return ImagingProgressionReference.BASELINE;
  }

  /**
   * The size from which a nodule is measurable (IMG-4, policy {@code measurableNodule}); default
   * {@link MeasurableNodule#GT_10X5}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public MeasurableNodule measurableNodule() {
    return MeasurableNodule.GT_10X5;
  }

  /**
   * Whether a PR in a patient with positive baseline cytology also needs the CSF cleared (OVR-4,
   * policy {@code responseRequiresCsfClearance}); default false.
   *
   * @return true when PR needs cleared cytology
   */
  @Value.Default
  public boolean responseRequiresCsfClearance() {
    return false;
  }

  /**
   * Whether CR also needs no steroids (STER-3, policy {@code crRequiresNoSteroids}); default true
   * since 2026-11-30, as RANO-BM's CR requires; false restores the earlier default.
   *
   * @return true when CR needs a dose of 0 or none given
   */
  @Value.Default
  public boolean crRequiresNoSteroids() {
    return true;
  }

  /**
   * Whether cytology that converts to positive is progression (CSF-4, policy {@code
   * csfConversionIsProgression}); default true. When false, conversion still blocks CR and PR.
   *
   * @return true when conversion is PD
   */
  @Value.Default
  public boolean csfConversionIsProgression() {
    return true;
  }

  /**
   * The minimum days between a clearing sample and the negative sample that confirms it (CSF-6,
   * policy {@code csfClearanceConfirmationDays}); default 7, range 0 or more.
   *
   * @return the days, at least 0
   */
  @Value.Default
  public int csfClearanceConfirmationDays() {
    return 7;
  }

  /**
   * Whether a PR after a CR breaks the confirmation of an earlier PR (TIME-7, policy {@code
   * prAfterCrBreaksConfirmation}); default true.
   *
   * @return true when a PR after a CR breaks confirmation
   */
  @Value.Default
  public boolean prAfterCrBreaksConfirmation() {
    return true;
  }

  /**
   * What a positive sample after a confirmed clearance is, with a positive baseline (CSF-7, policy
   * {@code csfRelapseAfterClearance}); default {@link CsfRelapseAfterClearance#CONVERTED}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public CsfRelapseAfterClearance csfRelapseAfterClearance() {
    return CsfRelapseAfterClearance.CONVERTED;
  }

  /**
   * Whether a back-dated progression (IMG-5) makes the back-dated visit's overall response PD
   * (policy {@code backdatedProgressionRewritesVisit}); default true since 2026-11-30, so that best
   * response, confirmation and progression date agree. False moves only the progression date.
   *
   * @return true when the back-dated visit becomes PD
   */
  @Value.Default
  public boolean backdatedProgressionRewritesVisit() {
    return true;
  }

  /**
   * What CSF not evaluable does to a visit when the baseline cytology was positive (OVR-2, policy
   * {@code csfMissingBlocks}); default {@link CsfMissingBlocks#ALL}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public CsfMissingBlocks csfMissingBlocks() {
    return CsfMissingBlocks.ALL;
  }

  /**
   * What a positive sample after an equivocal baseline is (CSF-4, policy {@code
   * csfEquivocalThenPositive}); default {@link CsfEquivocalThenPositive#CONVERTED}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public CsfEquivocalThenPositive csfEquivocalThenPositive() {
    return CsfEquivocalThenPositive.CONVERTED;
  }

  /**
   * How a negative baseline sample below the adequacy volume is read (CSF-1, policy {@code
   * csfInadequateBaselineNegative}); default {@link CsfInadequateBaselineNegative#NEGATIVE}.
   *
   * @return the policy, not null
   */
  @Value.Default
  public CsfInadequateBaselineNegative csfInadequateBaselineNegative() {
    return CsfInadequateBaselineNegative.NEGATIVE;
  }

  /**
   * The volume from which a negative sample is adequate, in mL (CSF-1, policy {@code
   * csfMinimumVolumeMl}); default 5 (EANO-ESMO's figure), range 0 or more, at most 1000 with at
   * most 6 decimals. A negative sample of exactly this volume is adequate.
   *
   * @return the volume, at least 0, not null
   */
  @Value.Default
  public BigDecimal csfMinimumVolumeMl() {
    return FIVE_ML;
  }

  /**
   * The fewest composite points by which the composite must rise for IMG-6 progression, besides the
   * +25 % (policy {@code compositeMinIncrease}); default 1 (no extra condition), range 1 or more.
   *
   * @return the points, at least 1
   */
  @Value.Default
  public int compositeMinIncrease() {
    return 1;
  }

  /**
   * Whether a worsening attributed to a non-LM cause (NEURO-4) rules out CR (policy {@code
   * attributedWorseningBlocksCr}); default false.
   *
   * @return true when such a visit is at best PR
   */
  @Value.Default
  public boolean attributedWorseningBlocksCr() {
    return false;
  }

  /**
   * Whether a follow-up's {@code clinicalDeterioration} is neurological progression (NEURO-9,
   * policy {@code clinicalDeteriorationIsProgression}); default true. When false it is reported and
   * changes nothing.
   *
   * @return true when clinical deterioration is progression
   */
  @Value.Default
  public boolean clinicalDeteriorationIsProgression() {
    return true;
  }

  /**
   * Returns these criteria with another imaging profile.
   *
   * @param profile the profile, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withImaging(ImagingProfile profile);

  /**
   * Returns these criteria with another confirmation interval (TIME-2).
   *
   * @param days the days, at least 0
   * @return the new criteria, not null
   * @throws InvalidInputException if days is negative
   */
  public abstract Criteria withConfirmationDays(int days);

  /**
   * Returns these criteria with another limit of NE time points before confirmation (TIME-2).
   *
   * @param count the count, at least 0
   * @return the new criteria, not null
   * @throws InvalidInputException if count is negative
   */
  public abstract Criteria withMaxNeBetween(int count);

  /**
   * Returns these criteria with SD accepted, or not, between a PR and its confirmation (TIME-2).
   *
   * @param accept whether SD is accepted
   * @return the new criteria, not null
   */
  public abstract Criteria withAcceptSdBetween(boolean accept);

  /**
   * Returns these criteria with another SD window (TIME-3).
   *
   * @param days the days, at least 0
   * @return the new criteria, not null
   * @throws InvalidInputException if days is negative
   */
  public abstract Criteria withSdMinimumDays(int days);

  /**
   * Returns these criteria with another neurological improvement policy (NEURO-5).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withNeuroImprovement(NeuroImprovement policy);

  /**
   * Returns these criteria with another missing-domain policy (NEURO-6).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withNeuroMissingDomains(NeuroMissingDomains policy);

  /**
   * Returns these criteria with another neurological reference (NEURO-7).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withNeuroReference(NeuroReference policy);

  /**
   * Returns these criteria with another imaging progression reference (IMG-12).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withImagingProgressionReference(ImagingProgressionReference policy);

  /**
   * Returns these criteria with another measurable-nodule threshold (IMG-4).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withMeasurableNodule(MeasurableNodule policy);

  /**
   * Returns these criteria with PR needing cleared cytology, or not (OVR-4).
   *
   * @param required whether a PR needs CSF cleared when baseline cytology was positive
   * @return the new criteria, not null
   */
  public abstract Criteria withResponseRequiresCsfClearance(boolean required);

  /**
   * Returns these criteria with CR needing no steroids, or not (STER-3).
   *
   * @param required whether CR needs a steroid dose of 0 or none given
   * @return the new criteria, not null
   */
  public abstract Criteria withCrRequiresNoSteroids(boolean required);

  /**
   * Returns these criteria with CSF conversion counted as progression, or not (CSF-4).
   *
   * @param progression whether conversion is PD
   * @return the new criteria, not null
   */
  public abstract Criteria withCsfConversionIsProgression(boolean progression);

  /**
   * Returns these criteria with another clearance confirmation interval (CSF-6).
   *
   * @param days the days, at least 0
   * @return the new criteria, not null
   * @throws InvalidInputException if days is negative
   */
  public abstract Criteria withCsfClearanceConfirmationDays(int days);

  /**
   * Returns these criteria with a PR after a CR breaking confirmation, or not (TIME-7).
   *
   * @param breaks whether the PR breaks confirmation
   * @return the new criteria, not null
   */
  public abstract Criteria withPrAfterCrBreaksConfirmation(boolean breaks);

  /**
   * Returns these criteria with another reading of a positive sample after a confirmed clearance
   * (CSF-7).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withCsfRelapseAfterClearance(CsfRelapseAfterClearance policy);

  /**
   * Returns these criteria with the back-dated visit made PD, or not (IMG-5).
   *
   * @param rewrites whether the back-dated visit becomes PD
   * @return the new criteria, not null
   */
  public abstract Criteria withBackdatedProgressionRewritesVisit(boolean rewrites);

  /**
   * Returns these criteria with another reading of CSF not evaluable (OVR-2).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withCsfMissingBlocks(CsfMissingBlocks policy);

  /**
   * Returns these criteria with another reading of a positive sample after an equivocal baseline
   * (CSF-4).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withCsfEquivocalThenPositive(CsfEquivocalThenPositive policy);

  /**
   * Returns these criteria with another reading of an inadequate negative baseline (CSF-1).
   *
   * @param policy the policy, not null
   * @return the new criteria, not null
   */
  public abstract Criteria withCsfInadequateBaselineNegative(CsfInadequateBaselineNegative policy);

  /**
   * Returns these criteria with another adequacy volume (CSF-1).
   *
   * @param volumeMl the volume in mL, 0 to 1000 with at most 6 decimals, not null
   * @return the new criteria, not null
   * @throws InvalidInputException if the volume is out of range
   */
  public abstract Criteria withCsfMinimumVolumeMl(BigDecimal volumeMl);

  /**
   * Returns these criteria with another minimum composite increase for IMG-6.
   *
   * @param points the points, at least 1
   * @return the new criteria, not null
   * @throws InvalidInputException if points is below 1
   */
  public abstract Criteria withCompositeMinIncrease(int points);

  /**
   * Returns these criteria with an attributed worsening ruling out CR, or not (NEURO-4).
   *
   * @param blocks whether such a visit is at best PR
   * @return the new criteria, not null
   */
  public abstract Criteria withAttributedWorseningBlocksCr(boolean blocks);

  /**
   * Returns these criteria with clinical deterioration counted as progression, or not (NEURO-9).
   *
   * @param progression whether clinical deterioration is progression
   * @return the new criteria, not null
   */
  public abstract Criteria withClinicalDeteriorationIsProgression(boolean progression);

  /**
   * Returns these criteria with one policy set from its name in the specification and its value as
   * text, e.g. {@code with("confirmationDays", "14")} or {@code with("imaging", "LANO_2019")}. This
   * is how the case format's {@code criteria} object and command-line options are applied.
   *
   * @param policy the policy name, one of the keys of {@link #policies()}, not null
   * @param value the value: a whole number for days and counts, {@code true} or {@code false} for
   *     switches, an enum word for the others; not null
   * @return the new criteria, not null
   * @throws InvalidInputException naming the policy as path if the name is unknown or the value is
   *     not allowed
   */
  public Criteria with(String policy, String value) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(value, "value");
    return Policy.ofKey(policy).set(this, value);
  }

  /**
   * Obtains every policy in force, by its name in the specification, in the specification's order:
   * {@code Integer} for days and counts, {@code BigDecimal} for the volume {@code
   * csfMinimumVolumeMl}, {@code Boolean} for switches, the enum word as a {@code String} for the
   * others.
   *
   * @return the policies, an immutable ordered map, not null
   */
  @Value.Lazy // computed once per criteria: every result reports them
  public ImmutableMap<String, Object> policies() {
    ImmutableMap.Builder<String, Object> policies = ImmutableMap.builder();
    for (Policy policy : Policy.values()) {
      policies.put(policy.key(), policy.valueIn(this));
    }
    return policies.buildOrThrow();
  }

  /**
   * Obtains the names of all policies, in the specification's order.
   *
   * @return the names, comma separated, not null
   */
  public static String policyNames() {
    return String.join(", ", Defaults.INSTANCE.policies().keySet());
  }

  @Value.Check
  void check() {
    requireNotNegative("confirmationDays", confirmationDays());
    requireNotNegative("maxNeBetween", maxNeBetween());
    requireNotNegative("sdMinimumDays", sdMinimumDays());
    requireNotNegative("csfClearanceConfirmationDays", csfClearanceConfirmationDays());
    if (compositeMinIncrease() < 1) {
      throw InvalidInputException.of(
          "compositeMinIncrease",
          compositeMinIncrease(),
          compositeMinIncrease() + " is below 1; allowed: a whole number of 1 or more");
    }
    requireVolume("csfMinimumVolumeMl", csfMinimumVolumeMl());
  }

  /** CSF-1's adequacy volume: 0 to 1000 mL, at most 6 decimals (checked before any arithmetic). */
  private static void requireVolume(String policy, BigDecimal volume) {
    if (volume.scale() > 6
        || volume.precision() - volume.scale() > 4
        || volume.signum() < 0
        || volume.compareTo(MAX_VOLUME_ML) > 0) {
      throw InvalidInputException.of(
          policy,
          volume.toString(),
          volume
              + " is not allowed; allowed: a volume in mL from 0 to 1000 with at most 6 decimals");
    }
  }

  private static void requireNotNegative(String policy, int value) {
    if (value < 0) {
      throw InvalidInputException.of(
          policy, value, value + " is negative; allowed: a whole number of 0 or more");
    }
  }
}
