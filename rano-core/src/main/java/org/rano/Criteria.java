package org.rano;

import java.util.Objects;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The criteria a case is scored under: every policy of the specification with its default. Obtain
 * the defaults with {@link #defaults()} and derive variants with the {@code with} methods, e.g.
 * {@code Criteria.defaults().withConfirmationDays(14)}. Every result reports the criteria in
 * force ({@link #policies()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = true, singleton = true)
public abstract class Criteria {

  private static final Criteria DEFAULTS = ImmutableCriteria.of();

  Criteria() {}

  /**
   * Obtains the criteria of the specification with every policy at its default.
   *
   * @return the default criteria, not null
   */
  public static Criteria defaults() {
    return DEFAULTS;
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
   * The most NE time points allowed between a response and its confirmation (TIME-2, policy
   * {@code maxNeBetween}); default 1, range 0 or more.
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
   * Whether CR also needs no steroids (STER-3, policy {@code crRequiresNoSteroids}); default
   * false.
   *
   * @return true when CR needs a dose of 0 or none given
   */
  @Value.Default
  public boolean crRequiresNoSteroids() {
    return false;
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
   * Returns these criteria with one policy set from its name in the specification and its value
   * as text, e.g. {@code with("confirmationDays", "14")} or {@code with("imaging", "LANO_2019")}.
   * This is how the case format's {@code criteria} object and command-line options are applied.
   *
   * @param policy the policy name, one of the keys of {@link #policies()}, not null
   * @param value the value: a whole number for days and counts, {@code true} or {@code false}
   *     for switches, an enum word for the others; not null
   * @return the new criteria, not null
   * @throws InvalidInputException naming the policy as path if the name is unknown or the value
   *     is not allowed
   */
  public Criteria with(String policy, String value) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(value, "value");
    switch (policy) {
      case "imaging":
        return withImaging(parseEnum(policy, value, ImagingProfile.class));
      case "confirmationDays":
        return withConfirmationDays(parseDays(policy, value));
      case "maxNeBetween":
        return withMaxNeBetween(parseDays(policy, value));
      case "acceptSdBetween":
        return withAcceptSdBetween(parseBoolean(policy, value));
      case "sdMinimumDays":
        return withSdMinimumDays(parseDays(policy, value));
      case "neuroImprovement":
        return withNeuroImprovement(parseEnum(policy, value, NeuroImprovement.class));
      case "neuroMissingDomains":
        return withNeuroMissingDomains(parseEnum(policy, value, NeuroMissingDomains.class));
      case "neuroReference":
        return withNeuroReference(parseEnum(policy, value, NeuroReference.class));
      case "imagingProgressionReference":
        return withImagingProgressionReference(
            parseEnum(policy, value, ImagingProgressionReference.class));
      case "measurableNodule":
        return withMeasurableNodule(parseEnum(policy, value, MeasurableNodule.class));
      case "responseRequiresCsfClearance":
        return withResponseRequiresCsfClearance(parseBoolean(policy, value));
      case "crRequiresNoSteroids":
        return withCrRequiresNoSteroids(parseBoolean(policy, value));
      case "csfConversionIsProgression":
        return withCsfConversionIsProgression(parseBoolean(policy, value));
      case "csfClearanceConfirmationDays":
        return withCsfClearanceConfirmationDays(parseDays(policy, value));
      case "prAfterCrBreaksConfirmation":
        return withPrAfterCrBreaksConfirmation(parseBoolean(policy, value));
      default:
        throw InvalidInputException.of(
            policy, policy, "unknown policy \"" + policy + "\"; allowed: " + policyNames());
    }
  }

  /**
   * Obtains every policy in force, by its name in the specification, in the specification's
   * order: {@code Integer} for days and counts, {@code Boolean} for switches, the enum word as a
   * {@code String} for the others.
   *
   * @return the policies, an immutable ordered map, not null
   */
  @Value.Lazy // computed once per criteria: every result reports them
  public ImmutableMap<String, Object> policies() {
    return ImmutableMap.<String, Object>builder()
        .put("imaging", imaging().name())
        .put("confirmationDays", confirmationDays())
        .put("maxNeBetween", maxNeBetween())
        .put("acceptSdBetween", acceptSdBetween())
        .put("sdMinimumDays", sdMinimumDays())
        .put("neuroImprovement", neuroImprovement().name())
        .put("neuroMissingDomains", neuroMissingDomains().name())
        .put("neuroReference", neuroReference().name())
        .put("imagingProgressionReference", imagingProgressionReference().name())
        .put("measurableNodule", measurableNodule().name())
        .put("responseRequiresCsfClearance", responseRequiresCsfClearance())
        .put("crRequiresNoSteroids", crRequiresNoSteroids())
        .put("csfConversionIsProgression", csfConversionIsProgression())
        .put("csfClearanceConfirmationDays", csfClearanceConfirmationDays())
        .put("prAfterCrBreaksConfirmation", prAfterCrBreaksConfirmation())
        .buildOrThrow();
  }

  /**
   * Obtains the names of all policies, in the specification's order.
   *
   * @return the names, comma separated, not null
   */
  public static String policyNames() {
    return String.join(", ", DEFAULTS.policies().keySet());
  }

  @Value.Check
  void check() {
    requireNotNegative("confirmationDays", confirmationDays());
    requireNotNegative("maxNeBetween", maxNeBetween());
    requireNotNegative("sdMinimumDays", sdMinimumDays());
    requireNotNegative("csfClearanceConfirmationDays", csfClearanceConfirmationDays());
  }

  private static void requireNotNegative(String policy, int value) {
    if (value < 0) {
      throw InvalidInputException.of(
          policy, value, value + " is negative; allowed: a whole number of 0 or more");
    }
  }

  private static int parseDays(String policy, String value) {
    try {
      int days = Integer.parseInt(value);
      requireNotNegative(policy, days);
      return days;
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(
          policy, value, "\"" + value + "\" is not a whole number; allowed: 0 or more");
    }
  }

  private static boolean parseBoolean(String policy, String value) {
    switch (value) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw InvalidInputException.of(
            policy, value, "\"" + value + "\" is not allowed; allowed: true, false");
    }
  }

  private static <E extends Enum<E>> E parseEnum(String policy, String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    throw InvalidInputException.of(
        policy,
        value,
        "\"" + value + "\" is not allowed; allowed: " + enumWords(type, Enum::name));
  }

  private static <E extends Enum<E>> String enumWords(Class<E> type, Function<E, String> word) {
    StringBuilder words = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (words.length() > 0) {
        words.append(", ");
      }
      words.append(word.apply(constant).toUpperCase(Locale.ROOT));
    }
    return words.toString();
  }
}
