package org.rano;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The name of a fact that a {@link Reason} carries: a level, a composite score, a percent, a date,
 * a site, a status, a policy in force. Each fact has one value type ({@link #type()}): {@link
 * Integer}, {@link BigDecimal} (exact, as the rule computed it), {@link LocalDate}, {@link
 * Boolean}, {@link String} (an id, a key of the case format, a note), or an enum constant. Which
 * facts a reason carries is fixed by its {@link ReasonKind} ({@link ReasonKind#facts()}).
 *
 * <p>Enum facts of this package ({@link Response}, {@link RuleId} and the policies) name their enum
 * as {@link #type()}; enum facts of the component packages have the type {@link Enum} and name
 * their enum below.
 */
public enum Fact {
  // --- the neurological exam (NEURO-1 to NEURO-9) --------------------------------------------
  /** The domain, as its key in the case format, e.g. {@code gait}, {@code eyeMovements}. */
  DOMAIN("domain", String.class),
  /** The domain's reference level (NEURO-7): the level it is compared with. */
  LEVEL_BEFORE("levelBefore", Integer.class),
  /** The domain's level at the follow-up. */
  LEVEL_AFTER("levelAfter", Integer.class),
  /** The domain's highest level (NEURO-2, NEURO-5). */
  LEVEL_HIGHEST("levelHighest", Integer.class),
  /** The non-LM cause a worsening is attributed to, an {@link org.rano.neuro.Attribution}. */
  ATTRIBUTION("attribution", Enum.class),
  /** The examiner's note on a domain that is not evaluable. */
  NOTE("note", String.class),
  /** The number of domains with a reference that are not evaluable at the follow-up (NEURO-6). */
  DOMAINS_NOT_EVALUABLE("domainsNotEvaluable", Integer.class),
  /** The number of domains with a reference at baseline (NEURO-8), judged at the follow-up. */
  DOMAINS_JUDGED("domainsJudged", Integer.class),
  /** The policy {@code neuroMissingDomains} in force (NEURO-6). */
  NEURO_MISSING_DOMAINS("neuroMissingDomains", NeuroMissingDomains.class),

  // --- CSF cytology (CSF-1 to CSF-7) ---------------------------------------------------------
  /** The baseline cytology, a {@link org.rano.csf.CsfResult}. */
  BASELINE_CYTOLOGY("baselineCytology", Enum.class),
  /** The volume of the baseline sample in mL, when given. */
  BASELINE_VOLUME_ML("baselineVolumeMl", BigDecimal.class),
  /** The cytology of the sample, a {@link org.rano.csf.CsfResult}. */
  CYTOLOGY("cytology", Enum.class),
  /** The volume of the sample in mL, when given. */
  VOLUME_ML("volumeMl", BigDecimal.class),
  /** The adequacy volume in force, in mL (policy {@code csfMinimumVolumeMl}, CSF-1). */
  MINIMUM_VOLUME_ML("minimumVolumeMl", BigDecimal.class),
  /** The date of the follow-up whose sample started a clearance (CSF-2, CSF-6). */
  CLEARANCE_DATE("clearanceDate", LocalDate.class),
  /** The date of the follow-up whose sample confirmed a clearance (CSF-6). */
  CONFIRMATION_DATE("confirmationDate", LocalDate.class),

  // --- the MRI scorecards (IMG-3 to IMG-15, LANO-1 to LANO-5) ---------------------------------
  /** The site of a new lesion, an {@link org.rano.imaging.Site}. */
  SITE("site", Enum.class),
  /** The id of a target or non-target lesion, e.g. {@code T1}. */
  LESION("lesion", String.class),
  /** The extent score of a target lesion, 0 to 3 (IMG-2). */
  SCORE("score", Integer.class),
  /**
   * The composite the follow-up is compared with (IMG-3): the baseline composite, or for
   * progression the reference of IMG-12 ({@link #IMAGING_REFERENCE}).
   */
  COMPOSITE_BEFORE("compositeBefore", Integer.class),
  /**
   * The composite of the follow-up (IMG-3), or the sum of its evaluable targets when {@link
   * #EVALUABLE_ONLY} is true.
   */
  COMPOSITE_AFTER("compositeAfter", Integer.class),
  /**
   * The change from {@link #COMPOSITE_BEFORE} to {@link #COMPOSITE_AFTER} in percent, rounded
   * half-even to one decimal, e.g. {@code -50.0}; the rules decide on the integers.
   */
  PERCENT("percent", BigDecimal.class),
  /** Whether a target is not evaluable, so that the composite is the evaluable sum (IMG-10). */
  EVALUABLE_ONLY("evaluableOnly", Boolean.class),
  /** The composite progression is judged against (policy {@code imagingProgressionReference}). */
  IMAGING_REFERENCE("imagingReference", ImagingProgressionReference.class),
  /**
   * The smallest rise in points that counts as progression (policy {@code compositeMinIncrease}).
   */
  MIN_INCREASE("minIncrease", Integer.class),
  /** The date of the follow-up whose radiological CR disease was seen again after (IMG-15). */
  CR_DATE("crDate", LocalDate.class),
  /** An item of the 2019 scorecard, as its key in the case format, e.g. {@code brainNodules}. */
  ITEM("item", String.class),
  /**
   * Whether an item of the 2019 scorecard is seen now, an {@link org.rano.imaging.ItemPresence}.
   */
  PRESENCE("presence", Enum.class),
  /** How an item of the 2019 scorecard changed, an {@link org.rano.imaging.ItemChange}. */
  CHANGE("change", Enum.class),

  // --- the overall response (OVR-1 to OVR-5, STER-1 to STER-3) --------------------------------
  /** The neurological status of the follow-up, a {@link org.rano.neuro.NeuroStatus}. */
  NEURO("neuro", Enum.class),
  /** The CSF status of the follow-up, a {@link org.rano.csf.CsfStatus}. */
  CSF("csf", Enum.class),
  /** The radiological status of the follow-up, an {@link org.rano.imaging.ImagingStatus}. */
  IMAGING("imaging", Enum.class),
  /** Whether the baseline cytology was positive (OVR-2, policy {@code csfMissingBlocks}). */
  CSF_POSITIVE_AT_BASELINE("csfPositiveAtBaseline", Boolean.class),
  /** The policy {@code csfMissingBlocks} in force (OVR-2). */
  CSF_MISSING_BLOCKS("csfMissingBlocks", CsfMissingBlocks.class),
  /** The policy {@code csfConversionIsProgression} in force (CSF-4, OVR-1). */
  CSF_CONVERSION_IS_PROGRESSION("csfConversionIsProgression", Boolean.class),
  /** The baseline steroid dose, dexamethasone equivalent in mg/day. */
  STEROIDS_BEFORE("steroidsBefore", BigDecimal.class),
  /** The follow-up's steroid dose, dexamethasone equivalent in mg/day. */
  STEROIDS_AFTER("steroidsAfter", BigDecimal.class),

  // --- the time course (TIME-2 to TIME-7) -----------------------------------------------------
  /** A response: a time point's own (TIME-2, TIME-3), or the best response it gives (TIME-4). */
  RESPONSE("response", Response.class),
  /** The response a time point counts as in the best response (TIME-2, TIME-3). */
  COUNTED_AS("countedAs", Response.class),
  /** A follow-up's response before it was changed (IMG-5's rewrite). */
  RESPONSE_BEFORE("responseBefore", Response.class),
  /** The rule that decided a follow-up's response before it was changed, e.g. {@code OVR-5}. */
  RULE_BEFORE("ruleBefore", RuleId.class),
  /** The date of the time point or follow-up the reason is about. */
  DATE("date", LocalDate.class),
  /** A date from baseline, in days. */
  DAYS("days", Integer.class),
  /**
   * The least number of days a policy asks for ({@code sdMinimumDays}, TIME-3; {@code
   * csfClearanceConfirmationDays}, CSF-6).
   */
  MINIMUM_DAYS("minimumDays", Integer.class),
  /** The date of the first PD (TIME-4, TIME-6). */
  PROGRESSION_DATE("progressionDate", LocalDate.class),

  // --- the EANO-ESMO diagnosis (DX-1 to DX-3) -------------------------------------------------
  /** The MRI pattern, an {@link org.rano.diagnosis.MriPattern}. */
  PATTERN("pattern", Enum.class),
  /** The type, an {@link org.rano.diagnosis.LmType}. */
  LM_TYPE("lmType", Enum.class),
  /** The level of certainty, a {@link org.rano.diagnosis.Certainty}. */
  CERTAINTY("certainty", Enum.class);

  private final String key;
  private final Class<?> type;

  Fact(String key, Class<?> type) {
    this.key = key;
    this.type = type;
  }

  /**
   * Obtains the name of the fact in camel case, as the {@code rano} command writes it, e.g. {@code
   * compositeBefore}.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Obtains the type of the fact's value: {@link Integer}, {@link BigDecimal}, {@link LocalDate},
   * {@link Boolean}, {@link String}, an enum of this package, or {@link Enum} for an enum of a
   * component package (named in the constant's description).
   *
   * @return the type, not null
   */
  public Class<?> type() {
    return type;
  }
}
