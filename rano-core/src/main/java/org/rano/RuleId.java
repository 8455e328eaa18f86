package org.rano;

/**
 * The rules of the specification ({@code rano-lm.md}), each with its identifier as written there
 * ({@link #id()}, e.g. {@code NEURO-2}) and a one-line summary. Every result lists the rules that
 * decided it, in the order they were applied.
 */
public enum RuleId {
  /** A domain worse by two or more levels than its reference is neurological progression. */
  NEURO_1("NEURO-1", "a domain worse by 2 or more levels is neurological progression"),
  /** A domain that reaches its highest level from below is neurological progression. */
  NEURO_2("NEURO-2", "a domain that reaches its highest level from below is progression"),
  /** The neurological rules apply per domain; one-level changes never add up. */
  NEURO_3("NEURO-3", "one-level changes in several domains do not add up"),
  /** A worsening attributed to a non-LM cause is excluded and treated as unchanged. */
  NEURO_4("NEURO-4", "a worsening attributed to a non-LM cause is excluded"),
  /** Policy {@code neuroImprovement}: when the exam counts as improved. */
  NEURO_5("NEURO-5", "improvement by 2 levels or down from the highest level (policy)"),
  /** Policy {@code neuroMissingDomains}: what a domain that is not evaluable does to the exam. */
  NEURO_6("NEURO-6", "a domain that is not evaluable makes the exam NE (policy)"),
  /** Policy {@code neuroReference}: the level each domain is compared with. */
  NEURO_7("NEURO-7", "the reference level of a domain (policy)"),
  /** A domain NE at baseline has no reference and is left out; an exam not done is NE. */
  NEURO_8("NEURO-8", "a domain NE at baseline is left out; no exam makes the exam NE"),
  /**
   * Policy {@code clinicalDeteriorationIsProgression}: the investigator's judgement of definite
   * clinical deterioration from LM is neurological progression.
   */
  NEURO_9("NEURO-9", "clinical deterioration judged by the investigator is progression (policy)"),

  /** A negative sample of less than 5 mL is inadequate. */
  CSF_1("CSF-1", "a negative sample under 5 mL is inadequate"),
  /** Positive at baseline, adequately negative at follow-up: cleared. */
  CSF_2("CSF-2", "positive cytology has cleared"),
  /** Positive at baseline, positive or equivocal at follow-up: persistent. */
  CSF_3("CSF-3", "positive cytology persists"),
  /**
   * Not positive at baseline, positive at follow-up: converted (policy {@code
   * csfConversionIsProgression}).
   */
  CSF_4("CSF-4", "cytology converted to positive"),
  /** The remaining cells of the CSF table (negative, equivocal or not evaluable). */
  CSF_5("CSF-5", "cytology status from the CSF table"),
  /**
   * Policy {@code csfClearanceConfirmationDays}: clearance confirmed by a later negative sample.
   */
  CSF_6("CSF-6", "clearance confirmed by a later adequate negative sample"),
  /**
   * Policy {@code csfRelapseAfterClearance}: with a positive baseline, a positive sample after a
   * confirmed clearance (CSF-6) is a relapse, counted as conversion (CSF-4).
   */
  CSF_7("CSF-7", "a positive sample after a confirmed clearance is a relapse (policy)"),

  /** At most five target lesions, fixed at baseline, present at baseline, unique ids. */
  IMG_1("IMG-1", "at most five target lesions fixed at baseline"),
  /** Each target lesion has an extent score 0-3 or NE. */
  IMG_2("IMG-2", "a target lesion's extent score is 0-3 or NE"),
  /** The composite score is the sum of the target scores. */
  IMG_3("IMG-3", "the composite score is the sum of the target scores"),
  /** A nodule is measurable above a size threshold (policy {@code measurableNodule}). */
  IMG_4("IMG-4", "measurable nodule by its orthogonal diameters (policy)"),
  /** An unequivocal new lesion is progression; an equivocal one blocks CR. */
  IMG_5("IMG-5", "a new lesion: unequivocal is PD, equivocal blocks CR"),
  /** The composite rose by 25 % or more: progression. */
  IMG_6("IMG-6", "composite +25 % or more is PD"),
  /** Composite 0 from above 0, no new lesion, every non-target absent: complete response. */
  IMG_7("IMG-7", "composite 0, no new lesion, non-targets absent is CR"),
  /** The composite fell by 50 % or more: partial response. */
  IMG_8("IMG-8", "composite -50 % or more is PR"),
  /** Neither progression nor response: stable. */
  IMG_9("IMG-9", "otherwise the imaging is SD"),
  /** A target that is not evaluable makes imaging NE unless progression stands anyway. */
  IMG_10("IMG-10", "a target not evaluable makes imaging NE unless PD stands"),
  /** No target disease at baseline: imaging not applicable unless progression. */
  IMG_11("IMG-11", "no target disease at baseline: imaging not applicable"),
  /** Policy {@code imagingProgressionReference}: the composite progression is judged against. */
  IMG_12("IMG-12", "the reference composite for progression (policy)"),
  /** Non-target lesions: unequivocal progression is PD; present or NE blocks CR. */
  IMG_13("IMG-13", "non-target lesions: unequivocal progression is PD"),
  /** Imaging not done at a visit (or at baseline) is not evaluable. */
  IMG_14("IMG-14", "imaging not done is NE"),
  /**
   * Disease seen again after a radiological CR (a target scored 1 or more, a non-target present) is
   * progression.
   */
  IMG_15("IMG-15", "disease seen again after a radiological CR is PD"),

  /** Revised 2019 scorecard: an item worse, or newly present, is PD. */
  LANO_1("LANO-1", "LANO 2019: an item worse or newly present is PD"),
  /** Revised 2019 scorecard: an item not evaluable at follow-up is NE. */
  LANO_2("LANO-2", "LANO 2019: an item not evaluable is NE"),
  /** Revised 2019 scorecard: every item present at reference is now absent: CR. */
  LANO_3("LANO-3", "LANO 2019: every item present at reference now absent is CR"),
  /** Revised 2019 scorecard: at least one item improved: PR. */
  LANO_4("LANO-4", "LANO 2019: at least one item improved is PR"),
  /** Revised 2019 scorecard: otherwise SD. */
  LANO_5("LANO-5", "LANO 2019: otherwise SD"),

  /** CR or PR needs a steroid dose no higher than at baseline. */
  STER_1("STER-1", "a response needs a steroid dose no higher than at baseline"),
  /** A steroid increase alone is never progression. */
  STER_2("STER-2", "a steroid increase alone is not progression"),
  /** Policy {@code crRequiresNoSteroids}: CR also needs no steroids. */
  STER_3("STER-3", "CR needs no steroids (policy)"),

  /** Progression in any component is PD. */
  OVR_1("OVR-1", "progression in any component is PD"),
  /** A needed component not evaluable: NE. */
  OVR_2("OVR-2", "a needed component not evaluable is NE"),
  /** Complete response of the visit. */
  OVR_3("OVR-3", "complete response"),
  /** Partial response of the visit. */
  OVR_4("OVR-4", "partial response"),
  /** Stable disease: none of the above. */
  OVR_5("OVR-5", "otherwise stable disease"),

  /** Follow-up dates strictly after baseline and strictly increasing. */
  TIME_1("TIME-1", "follow-up dates in strict order after baseline"),
  /** Confirmation of CR and PR by a later visit. */
  TIME_2("TIME-2", "CR and PR confirmed by a later visit"),
  /** SD counts only from a minimum time after baseline. */
  TIME_3("TIME-3", "SD counts only from the minimum time after baseline"),
  /** The best overall response up to the first PD. */
  TIME_4("TIME-4", "best overall response up to the first PD"),
  /** The date of progression. */
  TIME_5("TIME-5", "the progression date"),
  /** Visits after the first PD do not change the best response. */
  TIME_6("TIME-6", "visits after progression do not count"),
  /** A PR after a CR is reported, and breaks confirmation by policy. */
  TIME_7("TIME-7", "a PR after a CR (policy)"),

  /** EANO-ESMO diagnosis: the MRI pattern. */
  DX_1("DX-1", "EANO-ESMO MRI pattern A, B, C or D"),
  /** EANO-ESMO diagnosis: type I (positive cytology) or II. */
  DX_2("DX-2", "EANO-ESMO type I or II"),
  /** EANO-ESMO diagnosis: the level of certainty. */
  DX_3("DX-3", "EANO-ESMO certainty of the diagnosis");

  private final String id;
  private final String summary;

  RuleId(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  /**
   * Obtains the identifier as the specification writes it, e.g. {@code IMG-6}.
   *
   * @return the identifier, not null
   */
  public String id() {
    return id;
  }

  /**
   * Obtains a one-line summary of the rule, in the library's words.
   *
   * @return the summary, not null
   */
  public String summary() {
    return summary;
  }

  /**
   * Obtains the rule with the identifier as the specification writes it.
   *
   * @param id the identifier, e.g. {@code OVR-3}, not null
   * @return the rule, not null
   * @throws InvalidInputException if no rule has that identifier
   */
  public static RuleId ofId(String id) {
    java.util.Objects.requireNonNull(id, "id");
    for (RuleId rule : values()) {
      if (rule.id.equals(id)) {
        return rule;
      }
    }
    throw InvalidInputException.of("", id, "unknown rule identifier " + id);
  }

  @Override
  public String toString() {
    return id;
  }
}
