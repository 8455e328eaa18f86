package org.rano;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The policies of the specification, each once: its name in the case format ({@link #key()}), the
 * rule or section it belongs to, the kind and range of its values, a one-line summary, and how it
 * is read from and set on {@link Criteria}. This one list drives {@link Criteria#with(String,
 * String)} and {@link Criteria#policies()}, and through them the case format's {@code criteria}
 * object, the command's options and help, the result's {@code criteria} and the README's policy
 * table (a test checks that the table matches it). Adding a policy is one constant here, its
 * accessor and wither on {@link Criteria}, and its rule.
 *
 * <p>The constants are in the specification's order; do not rely on {@code ordinal()}.
 */
public enum Policy {
  /** The imaging scorecard (spec 4.4). */
  IMAGING(
      "imaging",
      "4.4",
      Kind.ENUM,
      ImagingProfile.class,
      "the imaging scorecard: RANO_LM_2017 reads each visit's targets, nonTargets and "
          + "newLesions; LANO_2019, the revised 2019 scorecard, reads its lano2019 block",
      Criteria::imaging,
      (c, v) -> c.withImaging((ImagingProfile) v)),
  /** The days between a CR or PR and its confirmation (TIME-2). */
  CONFIRMATION_DAYS(
      "confirmationDays",
      "TIME-2",
      Kind.DAYS,
      null,
      "days between a CR or PR and the visit confirming it",
      Criteria::confirmationDays,
      (c, v) -> c.withConfirmationDays((Integer) v)),
  /** The NE time points allowed before confirmation (TIME-2). */
  MAX_NE_BETWEEN(
      "maxNeBetween",
      "TIME-2",
      Kind.DAYS,
      null,
      "NE time points allowed between a response and its confirmation",
      Criteria::maxNeBetween,
      (c, v) -> c.withMaxNeBetween((Integer) v)),
  /** Whether SD may lie between a PR and its confirmation (TIME-2). */
  ACCEPT_SD_BETWEEN(
      "acceptSdBetween",
      "TIME-2",
      Kind.SWITCH,
      null,
      "allow SD between a PR and its confirmation",
      Criteria::acceptSdBetween,
      (c, v) -> c.withAcceptSdBetween((Boolean) v)),
  /** The days from baseline before a time point counts as SD (TIME-3). */
  SD_MINIMUM_DAYS(
      "sdMinimumDays",
      "TIME-3",
      Kind.DAYS,
      null,
      "days from baseline before a time point counts as SD",
      Criteria::sdMinimumDays,
      (c, v) -> c.withSdMinimumDays((Integer) v)),
  /** When the exam counts as improved (NEURO-5). */
  NEURO_IMPROVEMENT(
      "neuroImprovement",
      "NEURO-5",
      Kind.ENUM,
      NeuroImprovement.class,
      "when the neurological exam counts as improved",
      Criteria::neuroImprovement,
      (c, v) -> c.withNeuroImprovement((NeuroImprovement) v)),
  /** What an NE domain does to the exam (NEURO-6). */
  NEURO_MISSING_DOMAINS(
      "neuroMissingDomains",
      "NEURO-6",
      Kind.ENUM,
      NeuroMissingDomains.class,
      "what a domain not evaluable at a follow-up does to the exam",
      Criteria::neuroMissingDomains,
      (c, v) -> c.withNeuroMissingDomains((NeuroMissingDomains) v)),
  /** The level each domain is compared with (NEURO-7). */
  NEURO_REFERENCE(
      "neuroReference",
      "NEURO-7",
      Kind.ENUM,
      NeuroReference.class,
      "the level each domain is compared with",
      Criteria::neuroReference,
      (c, v) -> c.withNeuroReference((NeuroReference) v)),
  /** The composite imaging progression is judged against (IMG-12). */
  IMAGING_PROGRESSION_REFERENCE(
      "imagingProgressionReference",
      "IMG-12",
      Kind.ENUM,
      ImagingProgressionReference.class,
      "the composite that progression is judged against",
      Criteria::imagingProgressionReference,
      (c, v) -> c.withImagingProgressionReference((ImagingProgressionReference) v)),
  /** The size from which a nodule is measurable (IMG-4). */
  MEASURABLE_NODULE(
      "measurableNodule",
      "IMG-4",
      Kind.ENUM,
      MeasurableNodule.class,
      "the size from which a nodule is measurable (long x short)",
      Criteria::measurableNodule,
      (c, v) -> c.withMeasurableNodule((MeasurableNodule) v)),
  /** Whether a PR after a positive baseline also needs CSF cleared (OVR-4). */
  RESPONSE_REQUIRES_CSF_CLEARANCE(
      "responseRequiresCsfClearance",
      "OVR-4",
      Kind.SWITCH,
      null,
      "a PR with positive baseline cytology also needs CSF CLEARED",
      Criteria::responseRequiresCsfClearance,
      (c, v) -> c.withResponseRequiresCsfClearance((Boolean) v)),
  /** Whether CR also needs no steroids (STER-3). */
  CR_REQUIRES_NO_STEROIDS(
      "crRequiresNoSteroids",
      "STER-3",
      Kind.SWITCH,
      null,
      "a CR also needs no steroids",
      Criteria::crRequiresNoSteroids,
      (c, v) -> c.withCrRequiresNoSteroids((Boolean) v)),
  /** Whether cytology converting to positive is progression (CSF-4). */
  CSF_CONVERSION_IS_PROGRESSION(
      "csfConversionIsProgression",
      "CSF-4",
      Kind.SWITCH,
      null,
      "cytology that converts to positive is progression",
      Criteria::csfConversionIsProgression,
      (c, v) -> c.withCsfConversionIsProgression((Boolean) v)),
  /** The days between a clearing sample and its confirmation (CSF-6). */
  CSF_CLEARANCE_CONFIRMATION_DAYS(
      "csfClearanceConfirmationDays",
      "CSF-6",
      Kind.DAYS,
      null,
      "days between a clearing sample and the negative sample confirming it",
      Criteria::csfClearanceConfirmationDays,
      (c, v) -> c.withCsfClearanceConfirmationDays((Integer) v)),
  /** Whether a PR after a CR breaks confirmation (TIME-7). */
  PR_AFTER_CR_BREAKS_CONFIRMATION(
      "prAfterCrBreaksConfirmation",
      "TIME-7",
      Kind.SWITCH,
      null,
      "a PR after a CR breaks the confirmation of an earlier PR",
      Criteria::prAfterCrBreaksConfirmation,
      (c, v) -> c.withPrAfterCrBreaksConfirmation((Boolean) v)),
  /** A positive sample after a confirmed clearance (CSF-7). */
  CSF_RELAPSE_AFTER_CLEARANCE(
      "csfRelapseAfterClearance",
      "CSF-7",
      Kind.ENUM,
      CsfRelapseAfterClearance.class,
      "with a positive baseline, a positive sample after a confirmed clearance",
      Criteria::csfRelapseAfterClearance,
      (c, v) -> c.withCsfRelapseAfterClearance((CsfRelapseAfterClearance) v)),
  /** Whether the back-dated visit becomes PD (IMG-5). */
  BACKDATED_PROGRESSION_REWRITES_VISIT(
      "backdatedProgressionRewritesVisit",
      "IMG-5",
      Kind.SWITCH,
      null,
      "a progression dated back to an equivocal new lesion's first sighting makes that visit PD",
      Criteria::backdatedProgressionRewritesVisit,
      (c, v) -> c.withBackdatedProgressionRewritesVisit((Boolean) v)),
  /** What CSF not evaluated after a positive baseline does (OVR-2, section 11). */
  CSF_MISSING_BLOCKS(
      "csfMissingBlocks",
      "OVR-2",
      Kind.ENUM,
      CsfMissingBlocks.class,
      "CSF not evaluated after a positive baseline makes the visit NE, or only rules out CR",
      Criteria::csfMissingBlocks,
      (c, v) -> c.withCsfMissingBlocks((CsfMissingBlocks) v)),
  /** A positive sample after an equivocal baseline (CSF-4, section 11). */
  CSF_EQUIVOCAL_THEN_POSITIVE(
      "csfEquivocalThenPositive",
      "CSF-4",
      Kind.ENUM,
      CsfEquivocalThenPositive.class,
      "a positive sample after an equivocal baseline: a conversion, or the suspected disease",
      Criteria::csfEquivocalThenPositive,
      (c, v) -> c.withCsfEquivocalThenPositive((CsfEquivocalThenPositive) v)),
  /** A negative baseline below the adequacy volume (CSF-1, section 11). */
  CSF_INADEQUATE_BASELINE_NEGATIVE(
      "csfInadequateBaselineNegative",
      "CSF-1",
      Kind.ENUM,
      CsfInadequateBaselineNegative.class,
      "a negative baseline below the adequacy volume counts as negative or as equivocal",
      Criteria::csfInadequateBaselineNegative,
      (c, v) -> c.withCsfInadequateBaselineNegative((CsfInadequateBaselineNegative) v)),
  /** The adequacy volume of a negative sample (CSF-1, section 11). */
  CSF_MINIMUM_VOLUME_ML(
      "csfMinimumVolumeMl",
      "CSF-1",
      Kind.VOLUME,
      null,
      "the volume in mL from which a negative sample is adequate",
      Criteria::csfMinimumVolumeMl,
      (c, v) -> c.withCsfMinimumVolumeMl((BigDecimal) v)),
  /** The fewest composite points of an IMG-6 progression (section 11). */
  COMPOSITE_MIN_INCREASE(
      "compositeMinIncrease",
      "IMG-6",
      Kind.POINTS,
      null,
      "IMG-6 progression also needs the composite this many points above its reference",
      Criteria::compositeMinIncrease,
      (c, v) -> c.withCompositeMinIncrease((Integer) v)),
  /** Whether an attributed worsening rules out CR (NEURO-4, section 11). */
  ATTRIBUTED_WORSENING_BLOCKS_CR(
      "attributedWorseningBlocksCr",
      "NEURO-4",
      Kind.SWITCH,
      null,
      "a worsening attributed to a non-LM cause rules out CR",
      Criteria::attributedWorseningBlocksCr,
      (c, v) -> c.withAttributedWorseningBlocksCr((Boolean) v)),
  /** Whether clinical deterioration is progression (NEURO-9, section 11). */
  CLINICAL_DETERIORATION_IS_PROGRESSION(
      "clinicalDeteriorationIsProgression",
      "NEURO-9",
      Kind.SWITCH,
      null,
      "a follow-up's clinicalDeterioration is neurological progression",
      Criteria::clinicalDeteriorationIsProgression,
      (c, v) -> c.withClinicalDeteriorationIsProgression((Boolean) v));

  /** The kinds of policy value. */
  public enum Kind {
    /** A word of an enum type. */
    ENUM,
    /** A whole number of days or a count, 0 or more. */
    DAYS,
    /** A whole number of composite points, 1 or more. */
    POINTS,
    /** {@code true} or {@code false}. */
    SWITCH,
    /** A volume in mL from 0 to 1000 with at most 6 decimals. */
    VOLUME
  }

  private final String key;
  private final String rule;
  private final Kind kind;
  private final @org.jspecify.annotations.Nullable Class<? extends Enum<?>> words;
  private final String summary;

  // Stateless method references and lambdas over Criteria: immutable in fact, though the
  // functional interfaces are not annotated @Immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Function<Criteria, Object> accessor;

  @SuppressWarnings("ImmutableEnumChecker")
  private final BiFunction<Criteria, Object, Criteria> wither;

  Policy(
      String key,
      String rule,
      Kind kind,
      @org.jspecify.annotations.Nullable Class<? extends Enum<?>> words,
      String summary,
      Function<Criteria, Object> accessor,
      BiFunction<Criteria, Object, Criteria> wither) {
    this.key = key;
    this.rule = rule;
    this.kind = kind;
    this.words = words;
    this.summary = summary;
    this.accessor = accessor;
    this.wither = wither;
  }

  /**
   * Obtains the policy's name in the specification and the case format, e.g. {@code
   * confirmationDays}.
   *
   * @return the name, not null
   */
  public String key() {
    return key;
  }

  /**
   * Obtains the rule (or, for {@code imaging}, the section) of the specification the policy belongs
   * to, e.g. {@code TIME-2}.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Obtains the kind of the policy's values.
   *
   * @return the kind, not null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Obtains a one-line summary of what the policy decides, in the library's words.
   *
   * @return the summary, not null
   */
  public String summary() {
    return summary;
  }

  /**
   * Obtains the values allowed, as text, e.g. {@code CONVERTED, PERSISTENT}, {@code true, false} or
   * {@code a whole number of 0 or more}.
   *
   * @return the allowed values, not null
   */
  public String allowed() {
    return switch (kind) {
      case ENUM -> {
        StringBuilder text = new StringBuilder();
        for (Enum<?> word :
            Objects.requireNonNull(words, "bug: an ENUM policy has words").getEnumConstants()) {
          text.append(text.length() == 0 ? "" : ", ").append(word.name());
        }
        yield text.toString();
      }
      case DAYS -> "a whole number of 0 or more";
      case POINTS -> "a whole number of 1 or more";
      case SWITCH -> "true, false";
      case VOLUME -> "a volume in mL from 0 to 1000 with at most 6 decimals";
    };
  }

  /**
   * Obtains the policy's value in some criteria, as {@link Criteria#policies()} reports it: {@code
   * Integer} for days, counts and points, {@code BigDecimal} for the volume, {@code Boolean} for
   * switches, the enum word as a {@code String} for the others.
   *
   * @param criteria the criteria, not null
   * @return the value, not null
   */
  public Object valueIn(Criteria criteria) {
    Object value = accessor.apply(Objects.requireNonNull(criteria, "criteria"));
    return value instanceof Enum<?> word ? word.name() : value;
  }

  /**
   * Obtains the policy's default, as {@link #valueIn(Criteria)} reports it.
   *
   * @return the default, not null
   */
  public Object defaultValue() {
    return valueIn(Criteria.defaults());
  }

  /**
   * Returns the criteria with this policy set from its value as text.
   *
   * @param criteria the criteria, not null
   * @param text the value: an enum word, {@code true} or {@code false}, or a number written with
   *     ASCII digits; not null
   * @return the new criteria, not null
   * @throws InvalidInputException with this policy's key as path when the value is not allowed
   */
  public Criteria set(Criteria criteria, String text) {
    Objects.requireNonNull(criteria, "criteria");
    return wither.apply(criteria, parse(Objects.requireNonNull(text, "text")));
  }

  /**
   * Obtains the policy with a name of the case format.
   *
   * @param key the name, e.g. {@code confirmationDays}, not null
   * @return the policy, not null
   * @throws InvalidInputException naming the key as path when no policy has that name
   */
  public static Policy ofKey(String key) {
    Objects.requireNonNull(key, "key");
    for (Policy policy : values()) {
      if (policy.key.equals(key)) {
        return policy;
      }
    }
    throw InvalidInputException.of(
        key, key, "unknown policy \"" + key + "\"; allowed: " + Criteria.policyNames());
  }

  private Object parse(String text) {
    return switch (kind) {
      case ENUM -> {
        for (Enum<?> word :
            Objects.requireNonNull(words, "bug: an ENUM policy has words").getEnumConstants()) {
          if (word.name().equals(text)) {
            yield word;
          }
        }
        throw notAllowed(text);
      }
      case DAYS -> {
        if (text.matches("-[0-9]{1,9}")) {
          throw InvalidInputException.of(
              key, text, text + " is negative; allowed: a whole number of 0 or more");
        }
        if (!text.matches("[0-9]{1,10}") || Long.parseLong(text) > Integer.MAX_VALUE) {
          // ASCII digits only: Integer.parseInt would take any script's digits
          throw InvalidInputException.of(
              key,
              text,
              "\"" + text + "\" is not a whole number in ASCII digits; allowed: 0 or more");
        }
        yield Integer.parseInt(text);
      }
      case POINTS -> {
        if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) < 1) {
          throw InvalidInputException.of(
              key,
              text,
              "\"" + text + "\" is not allowed; allowed: " + allowed() + ", in ASCII digits");
        }
        yield Integer.parseInt(text);
      }
      case SWITCH -> {
        if (text.equals("true") || text.equals("false")) {
          yield Boolean.valueOf(text);
        }
        throw notAllowed(text);
      }
      case VOLUME -> {
        // the form only (ASCII digits, no sign or exponent, short enough to parse cheaply);
        // Criteria's own check of the volume rejects a value out of range
        if (!text.matches("[0-9]{1,20}(\\.[0-9]{1,20})?")) {
          throw InvalidInputException.of(
              key,
              text,
              "\""
                  + text
                  + "\" is not allowed; allowed: "
                  + allowed()
                  + ", in ASCII digits, e.g. 10 or 7.5");
        }
        yield new BigDecimal(text);
      }
    };
  }

  private InvalidInputException notAllowed(String text) {
    return InvalidInputException.of(
        key, text, "\"" + text + "\" is not allowed; allowed: " + allowed());
  }

  @Override
  public String toString() {
    return key + " (" + rule + ")";
  }

  /**
   * Obtains the policy's name as words in lower case, e.g. {@code csf minimum volume ml}; for
   * deriving option names such as {@code --csf-minimum-volume-ml}.
   *
   * @return the words, separated by single spaces, not null
   */
  public String words() {
    return key.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
  }
}
