package org.rano;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a {@link Reason} says: one kind per sentence the rules give. Each kind belongs to one rule
 * ({@link #rule()}), the rule whose application it reports, and carries a fixed set of {@link Fact
 * facts} ({@link #facts()}), all of them required but those listed in {@link #optionalFacts()}. Its
 * English is rendered by {@link Reason#text()}; a kind described as citing another rule too names
 * that rule in its text as well.
 *
 * <p>The kinds are grouped by the component that gives them: NEURO, CSF, IMAGING (the 2017
 * scorecard), LANO (the 2019 scorecard), the overall response (STER, OVR), the time course (TIME;
 * also the best responses and the warnings of {@link org.rano.CaseAssessment}) and the EANO-ESMO
 * diagnosis (DX).
 */
public enum ReasonKind {
  /** No neurological exam at baseline: no follow-up exam has a reference. */
  NEURO_NO_BASELINE_EXAM(RuleId.NEURO_8),
  /** No neurological exam at the follow-up. */
  NEURO_EXAM_NOT_DONE(RuleId.NEURO_8),
  /** A domain not evaluable at baseline has no reference and is left out. */
  NEURO_DOMAIN_NO_REFERENCE(RuleId.NEURO_8, Fact.DOMAIN),
  /** A domain with a reference is not evaluable at the follow-up. */
  NEURO_DOMAIN_NOT_EVALUABLE(RuleId.NEURO_6, setOf(Fact.DOMAIN), setOf(Fact.NOTE)),
  /** A worsening attributed to a non-LM cause is excluded, treated as unchanged. */
  NEURO_DOMAIN_EXCLUDED(
      RuleId.NEURO_4, Fact.DOMAIN, Fact.LEVEL_BEFORE, Fact.LEVEL_AFTER, Fact.ATTRIBUTION),
  /** A domain improved by two levels or more, or down from its highest level. */
  NEURO_DOMAIN_IMPROVED(
      RuleId.NEURO_5, Fact.DOMAIN, Fact.LEVEL_BEFORE, Fact.LEVEL_AFTER, Fact.LEVEL_HIGHEST),
  /** A domain two or more levels worse than its reference: progression. */
  NEURO_DOMAIN_WORSE_BY_TWO(RuleId.NEURO_1, Fact.DOMAIN, Fact.LEVEL_BEFORE, Fact.LEVEL_AFTER),
  /** A domain that reaches its highest level from below: progression. */
  NEURO_DOMAIN_REACHES_HIGHEST(
      RuleId.NEURO_2, Fact.DOMAIN, Fact.LEVEL_BEFORE, Fact.LEVEL_AFTER, Fact.LEVEL_HIGHEST),
  /**
   * Each domain is compared with its best level so far (policy {@code neuroReference =
   * BEST_SO_FAR}).
   */
  NEURO_BEST_SO_FAR(RuleId.NEURO_7),
  /** The exam is NE: no domain was evaluable at baseline. */
  NEURO_EXAM_NO_EVALUABLE_BASELINE(RuleId.NEURO_8),
  /** The exam is NE: domains are not evaluable (policy {@code neuroMissingDomains}). */
  NEURO_EXAM_NOT_EVALUABLE(
      RuleId.NEURO_6, Fact.DOMAINS_NOT_EVALUABLE, Fact.DOMAINS_JUDGED, Fact.NEURO_MISSING_DOMAINS),
  /** The exam is IMPROVED. */
  NEURO_EXAM_IMPROVED(RuleId.NEURO_5),
  /**
   * The exam is STABLE on its evaluable domains (policy {@code neuroMissingDomains =
   * EVALUABLE_ONLY} of NEURO-6, which it cites too).
   */
  NEURO_EXAM_STABLE_ON_EVALUABLE(RuleId.NEURO_3, Fact.DOMAINS_NOT_EVALUABLE, Fact.DOMAINS_JUDGED),
  /** The exam is STABLE: no domain changed by a rule's threshold. */
  NEURO_EXAM_STABLE(RuleId.NEURO_3),
  /**
   * Definite clinical deterioration from LM judged by the investigator: the exam is PROGRESSION.
   */
  NEURO_CLINICAL_DETERIORATION(RuleId.NEURO_9),
  /**
   * Clinical deterioration reported, not progression under {@code
   * clinicalDeteriorationIsProgression = false}.
   */
  NEURO_CLINICAL_DETERIORATION_NOT_PROGRESSION(RuleId.NEURO_9),
  /** No CSF cytology at baseline: not evaluable. */
  CSF_NO_BASELINE_SAMPLE(RuleId.CSF_5),
  /** No CSF cytology at the follow-up: not evaluable. */
  CSF_NOT_DONE(RuleId.CSF_5),
  /**
   * An inadequate baseline negative read as EQUIVOCAL (policy {@code
   * csfInadequateBaselineNegative}).
   */
  CSF_BASELINE_READ_AS_EQUIVOCAL(RuleId.CSF_1, Fact.BASELINE_VOLUME_ML, Fact.MINIMUM_VOLUME_ML),
  /** A negative sample under the adequacy volume: INADEQUATE. */
  CSF_INADEQUATE(
      RuleId.CSF_1,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY, Fact.VOLUME_ML, Fact.MINIMUM_VOLUME_ML),
      setOf(Fact.BASELINE_VOLUME_ML)),
  /** Positive at baseline, positive or equivocal now: PERSISTENT. */
  CSF_PERSISTENT(
      RuleId.CSF_3,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY),
      setOf(Fact.BASELINE_VOLUME_ML, Fact.VOLUME_ML)),
  /** Equivocal at baseline, positive now: PERSISTENT (policy {@code csfEquivocalThenPositive}). */
  CSF_CONFIRMS_SUSPECTED(
      RuleId.CSF_4,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY),
      setOf(Fact.BASELINE_VOLUME_ML, Fact.VOLUME_ML)),
  /** Not positive at baseline, positive now: CONVERTED. */
  CSF_CONVERTED(
      RuleId.CSF_4,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY),
      setOf(Fact.BASELINE_VOLUME_ML, Fact.VOLUME_ML)),
  /** Not positive at baseline, equivocal now: EQUIVOCAL. */
  CSF_EQUIVOCAL(
      RuleId.CSF_5,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY),
      setOf(Fact.BASELINE_VOLUME_ML, Fact.VOLUME_ML)),
  /** Positive at baseline, adequately negative now: CLEARED. */
  CSF_CLEARED(
      RuleId.CSF_2,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY),
      setOf(Fact.BASELINE_VOLUME_ML, Fact.VOLUME_ML)),
  /** Not positive at baseline, negative now: NEGATIVE. */
  CSF_NEGATIVE(
      RuleId.CSF_5,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY),
      setOf(Fact.BASELINE_VOLUME_ML, Fact.VOLUME_ML)),
  /** A positive sample after a confirmed clearance: a relapse, CONVERTED (cites CSF-4 too). */
  CSF_RELAPSE(
      RuleId.CSF_7,
      setOf(Fact.BASELINE_CYTOLOGY, Fact.CYTOLOGY, Fact.CLEARANCE_DATE, Fact.CONFIRMATION_DATE),
      setOf(Fact.BASELINE_VOLUME_ML, Fact.VOLUME_ML)),
  /** A clearance confirmed by a later adequate negative sample (a note). */
  CSF_CLEARANCE_CONFIRMED(RuleId.CSF_6, Fact.CLEARANCE_DATE, Fact.CONFIRMATION_DATE),
  /** A clearance without a later adequate negative sample far enough after it (a note). */
  CSF_CLEARANCE_NOT_CONFIRMED(RuleId.CSF_6, Fact.CLEARANCE_DATE, Fact.MINIMUM_DAYS),
  /** A clearance voided by a positive or equivocal sample before its confirmation (a note). */
  CSF_CLEARANCE_VOIDED(RuleId.CSF_6, Fact.CLEARANCE_DATE, Fact.CYTOLOGY, Fact.DATE),
  /** No imaging at baseline: not evaluable. */
  IMAGING_NO_BASELINE(RuleId.IMG_14),
  /** No imaging at the follow-up: not evaluable. */
  IMAGING_NOT_DONE(RuleId.IMG_14),
  /** An unequivocal new lesion: progression. */
  IMAGING_NEW_LESION(RuleId.IMG_5, Fact.SITE),
  /** An equivocal new lesion: flagged, blocks CR. */
  IMAGING_EQUIVOCAL_NEW_LESION(RuleId.IMG_5, Fact.SITE),
  /** A non-target lesion progressed unequivocally: progression. */
  IMAGING_NON_TARGET_PROGRESSED(RuleId.IMG_13, Fact.LESION),
  /** A baseline non-target lesion not reported at the follow-up: NE, blocks CR. */
  IMAGING_NON_TARGET_NOT_REPORTED(RuleId.IMG_13, Fact.LESION),
  /** A target lesion not evaluable. */
  IMAGING_TARGET_NOT_EVALUABLE(RuleId.IMG_10, Fact.LESION),
  /** A target scored 1 or more after a radiological CR: progression. */
  IMAGING_TARGET_SEEN_AGAIN(RuleId.IMG_15, Fact.LESION, Fact.SCORE, Fact.CR_DATE),
  /** A non-target PRESENT after a radiological CR: progression. */
  IMAGING_NON_TARGET_SEEN_AGAIN(RuleId.IMG_15, Fact.LESION, Fact.CR_DATE),
  /** No target disease at baseline: imaging not applicable. */
  IMAGING_NO_TARGET_DISEASE(RuleId.IMG_11),
  /**
   * The composite rose by 25 % or more, but by fewer points than {@code compositeMinIncrease}: not
   * progression.
   */
  IMAGING_RISE_BELOW_MIN_INCREASE(
      RuleId.IMG_6,
      setOf(
          Fact.COMPOSITE_BEFORE,
          Fact.COMPOSITE_AFTER,
          Fact.EVALUABLE_ONLY,
          Fact.IMAGING_REFERENCE,
          Fact.MIN_INCREASE),
      setOf(Fact.PERCENT)),
  /** The composite rose by 25 % or more against the reference of IMG-12: progression. */
  IMAGING_COMPOSITE_PROGRESSION(
      RuleId.IMG_6,
      setOf(
          Fact.COMPOSITE_BEFORE, Fact.COMPOSITE_AFTER, Fact.EVALUABLE_ONLY, Fact.IMAGING_REFERENCE),
      setOf(Fact.PERCENT)),
  /**
   * Progression was judged against the nadir, the lowest complete composite so far (policy {@code
   * imagingProgressionReference = NADIR}).
   */
  IMAGING_NADIR_REFERENCE(RuleId.IMG_12, Fact.COMPOSITE_BEFORE),
  /** A target is not evaluable, but progression stands. */
  IMAGING_TARGET_NE_PROGRESSION_STANDS(RuleId.IMG_10),
  /** A target is not evaluable and nothing else shows progression: NE. */
  IMAGING_TARGET_NE(RuleId.IMG_10),
  /** Composite 0 from above 0, no new lesion, every non-target absent: CR. */
  IMAGING_COMPLETE_RESPONSE(
      RuleId.IMG_7, Fact.COMPOSITE_BEFORE, Fact.COMPOSITE_AFTER, Fact.PERCENT),
  /** Composite 0, but a new lesion blocks CR. */
  IMAGING_CR_BLOCKED_BY_NEW_LESION(RuleId.IMG_7, Fact.COMPOSITE_BEFORE, Fact.COMPOSITE_AFTER),
  /** Composite 0, but a non-target not absent blocks CR. */
  IMAGING_CR_BLOCKED_BY_NON_TARGET(RuleId.IMG_7, Fact.COMPOSITE_BEFORE, Fact.COMPOSITE_AFTER),
  /** The composite fell by 50 % or more from baseline: PR. */
  IMAGING_PARTIAL_RESPONSE(RuleId.IMG_8, Fact.COMPOSITE_BEFORE, Fact.COMPOSITE_AFTER, Fact.PERCENT),
  /** The composite changed by neither -50 % nor +25 %: SD. */
  IMAGING_STABLE(RuleId.IMG_9, Fact.COMPOSITE_BEFORE, Fact.COMPOSITE_AFTER, Fact.PERCENT),
  /** An equivocal new lesion at the last follow-up awaits confirmation (a warning). */
  IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION(RuleId.IMG_5, Fact.SITE, Fact.DATE),
  /** An equivocal new lesion not seen at the same site at the next follow-up (a warning). */
  IMAGING_EQUIVOCAL_NOT_CONFIRMED(RuleId.IMG_5, Fact.SITE, Fact.DATE),
  /** No 2019 scorecard at baseline: not evaluable. */
  LANO_NO_BASELINE(RuleId.IMG_14),
  /** No 2019 scorecard at the follow-up: not evaluable. */
  LANO_NOT_DONE(RuleId.IMG_14),
  /** An item rated WORSE: PD. */
  LANO_ITEM_WORSE(RuleId.LANO_1, Fact.ITEM),
  /** An item absent at baseline and present now: PD. */
  LANO_ITEM_APPEARED(RuleId.LANO_1, Fact.ITEM),
  /** An item not evaluable at baseline: NE. */
  LANO_ITEM_NOT_EVALUABLE_AT_BASELINE(RuleId.LANO_2, Fact.ITEM),
  /** An item whose presence or change is not evaluable now: NE. */
  LANO_ITEM_NOT_EVALUABLE(RuleId.LANO_2, Fact.ITEM, Fact.PRESENCE, Fact.CHANGE),
  /** No item present at baseline: imaging not applicable. */
  LANO_NO_ITEM_AT_BASELINE(RuleId.IMG_11),
  /** Every item present at baseline is absent now: CR. */
  LANO_COMPLETE_RESPONSE(RuleId.LANO_3),
  /** An item rated IMPROVED: PR. */
  LANO_ITEM_IMPROVED(RuleId.LANO_4, Fact.ITEM),
  /** No item worse, none improved, disease remains: SD. */
  LANO_STABLE(RuleId.LANO_5),
  /** The steroid dose went up; an increase alone is not progression. */
  STEROID_INCREASE(RuleId.STER_2, Fact.STEROIDS_BEFORE, Fact.STEROIDS_AFTER),
  /**
   * CSF converted, not progression under {@code csfConversionIsProgression = false}, but it blocks
   * CR and PR.
   */
  CSF_CONVERSION_NOT_PROGRESSION(RuleId.CSF_4),
  /** Progression in a component: PD. */
  OVERALL_PROGRESSION(
      RuleId.OVR_1, Fact.NEURO, Fact.CSF, Fact.IMAGING, Fact.CSF_CONVERSION_IS_PROGRESSION),
  /** A needed component not evaluable: NE. */
  OVERALL_NOT_EVALUABLE(
      RuleId.OVR_2,
      Fact.NEURO,
      Fact.CSF,
      Fact.IMAGING,
      Fact.CSF_POSITIVE_AT_BASELINE,
      Fact.CSF_MISSING_BLOCKS),
  /** A response while the steroid dose went up above baseline does not count as one. */
  STEROIDS_BLOCK_RESPONSE(RuleId.STER_1, Fact.IMAGING, Fact.STEROIDS_BEFORE, Fact.STEROIDS_AFTER),
  /** A response blocked by the steroid rule (STER-1): SD (cites STER-1 too). */
  OVERALL_RESPONSE_WITH_STEROIDS_UP(RuleId.OVR_5, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /**
   * CSF not evaluated with a positive baseline rules out CR only (policy {@code csfMissingBlocks =
   * CR_ONLY}).
   */
  OVERALL_CSF_MISSING_RULES_OUT_CR(RuleId.OVR_2, Fact.CSF),
  /**
   * CR ruled out by a worsening attributed to a non-LM cause (policy {@code
   * attributedWorseningBlocksCr}).
   */
  OVERALL_CR_BLOCKED_BY_ATTRIBUTED_WORSENING(RuleId.NEURO_4),
  /** CR needs no steroids (policy {@code crRequiresNoSteroids}). */
  OVERALL_CR_NEEDS_NO_STEROIDS(RuleId.STER_3, Fact.STEROIDS_AFTER),
  /** CR without target disease: no new lesion, every non-target absent, CSF cleared. */
  OVERALL_COMPLETE_RESPONSE_NORMAL_MRI(RuleId.OVR_3, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /** CR: radiological CR with the CR conditions. */
  OVERALL_COMPLETE_RESPONSE(RuleId.OVR_3, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /** A radiological response blocked by CSF converted: SD (cites CSF-4 too). */
  OVERALL_RESPONSE_BLOCKED_BY_CSF_CONVERSION(RuleId.OVR_5, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /** PR needs CSF CLEARED (policy {@code responseRequiresCsfClearance}): SD (cites OVR-4 too). */
  OVERALL_RESPONSE_NEEDS_CSF_CLEARANCE(RuleId.OVR_5, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /** A radiological CR without the CR conditions: PR. */
  OVERALL_PARTIAL_RESPONSE_FROM_RADIOLOGICAL_CR(RuleId.OVR_4, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /** A radiological PR: PR. */
  OVERALL_PARTIAL_RESPONSE(RuleId.OVR_4, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /** None of the above: SD. */
  OVERALL_STABLE(RuleId.OVR_5, Fact.NEURO, Fact.CSF, Fact.IMAGING),
  /**
   * Progression dated back to the follow-up that first showed the lesion equivocal (policy {@code
   * backdatedProgressionRewritesVisit}).
   */
  OVERALL_BACKDATED_NEW_LESION(
      RuleId.IMG_5, Fact.SITE, Fact.DATE, Fact.RESPONSE_BEFORE, Fact.RULE_BEFORE),
  /** Radiological progression dated back: PD (cites IMG-5 too). */
  OVERALL_PROGRESSION_BACKDATED(RuleId.OVR_1),
  /** No time point supports the best response: the case has no follow-up assessment. */
  TIME_NO_FOLLOW_UP(RuleId.TIME_4),
  /** The best response of all time points. */
  TIME_BEST_OF_ALL(RuleId.TIME_4, Fact.RESPONSE, Fact.DATE),
  /** The best response of the time points up to the first PD (cites TIME-6 too). */
  TIME_BEST_UP_TO_FIRST_PD(RuleId.TIME_4, Fact.RESPONSE, Fact.DATE, Fact.PROGRESSION_DATE),
  /** A CR or PR confirmed by a later visit. */
  TIME_CONFIRMED(RuleId.TIME_2, Fact.RESPONSE, Fact.DATE),
  /** A CR or PR not confirmed counts as SD. */
  TIME_NOT_CONFIRMED(RuleId.TIME_2, Fact.RESPONSE, Fact.COUNTED_AS, Fact.DATE),
  /** A time point before {@code sdMinimumDays} counts as NE. */
  TIME_BEFORE_MINIMUM_DAYS(
      RuleId.TIME_3, Fact.RESPONSE, Fact.COUNTED_AS, Fact.DATE, Fact.DAYS, Fact.MINIMUM_DAYS),
  /** A PR after a CR breaks confirmation of an earlier PR across the CR (a warning). */
  TIME_PR_AFTER_CR_BREAKS_CONFIRMATION(RuleId.TIME_7, Fact.DATE, Fact.CR_DATE),
  /**
   * A PR after a CR, reported only under {@code prAfterCrBreaksConfirmation = false} (a warning).
   */
  TIME_PR_AFTER_CR_REPORTED(RuleId.TIME_7, Fact.DATE, Fact.CR_DATE),
  /** The MRI pattern. */
  DX_PATTERN(RuleId.DX_1, Fact.PATTERN),
  /** The type, from cytology. */
  DX_TYPE(RuleId.DX_2, Fact.LM_TYPE, Fact.CYTOLOGY),
  /** CONFIRMED by positive cytology. */
  DX_CONFIRMED_BY_CYTOLOGY(RuleId.DX_3, Fact.CERTAINTY, Fact.CYTOLOGY),
  /** CONFIRMED by a positive leptomeningeal biopsy. */
  DX_CONFIRMED_BY_BIOPSY(RuleId.DX_3, Fact.CERTAINTY),
  /** PROBABLE: typical clinical signs and a typical MRI. */
  DX_PROBABLE(RuleId.DX_3, Fact.CERTAINTY, Fact.PATTERN),
  /** POSSIBLE: typical clinical signs without a typical MRI. */
  DX_POSSIBLE_FROM_SIGNS(RuleId.DX_3, Fact.CERTAINTY, Fact.PATTERN, Fact.CYTOLOGY),
  /** POSSIBLE: typical clinical signs without a typical MRI, with equivocal cytology. */
  DX_POSSIBLE_FROM_SIGNS_EQUIVOCAL_CYTOLOGY(
      RuleId.DX_3, Fact.CERTAINTY, Fact.PATTERN, Fact.CYTOLOGY),
  /** POSSIBLE: a typical MRI without typical clinical signs. */
  DX_POSSIBLE_FROM_MRI(RuleId.DX_3, Fact.CERTAINTY, Fact.PATTERN),
  /**
   * LACK_OF_EVIDENCE: no positive cytology or biopsy, no typical clinical signs, no typical MRI.
   */
  DX_LACK_OF_EVIDENCE(RuleId.DX_3, Fact.CERTAINTY, Fact.PATTERN, Fact.CYTOLOGY);

  private final RuleId rule;
  private final ImmutableSet<Fact> facts;
  private final ImmutableList<Fact> factList;
  private final ImmutableSet<Fact> optionalFacts;

  /** The position of each fact of {@link #facts()} in {@link #factList()}. */
  private final ImmutableMap<Fact, Integer> positions;

  ReasonKind(RuleId rule, Fact... required) {
    this(rule, setOf(required), EnumSet.noneOf(Fact.class));
  }

  ReasonKind(RuleId rule, Set<Fact> required, Set<Fact> optional) {
    this.rule = rule;
    this.facts = Sets.immutableEnumSet(Sets.union(required, optional));
    this.factList = facts.asList();
    this.optionalFacts = Sets.immutableEnumSet(optional);
    EnumMap<Fact, Integer> byFact = new EnumMap<>(Fact.class);
    for (int i = 0; i < factList.size(); i++) {
      byFact.put(factList.get(i), i);
    }
    this.positions = Maps.immutableEnumMap(byFact);
  }

  private static Set<Fact> setOf(Fact... facts) {
    EnumSet<Fact> set = EnumSet.noneOf(Fact.class);
    set.addAll(Arrays.asList(facts));
    return set;
  }

  /**
   * Obtains the rule whose application a reason of this kind reports.
   *
   * @return the rule, not null
   */
  public RuleId rule() {
    return rule;
  }

  /**
   * Obtains every fact a reason of this kind may carry, in the order of {@link Fact}.
   *
   * @return the facts, possibly empty, not null
   */
  public ImmutableSet<Fact> facts() {
    return facts;
  }

  /** The facts of {@link #facts()} as a list, for {@link Reason}'s positions. */
  ImmutableList<Fact> factList() {
    return factList;
  }

  /** The position of a fact in {@link #factList()}, or -1 when a reason of this kind has none. */
  int position(Fact fact) {
    Integer position = positions.get(fact);
    return position == null ? -1 : position;
  }

  /**
   * Obtains the facts a reason of this kind carries only when they exist, e.g. the volume of a
   * sample ({@link Fact#VOLUME_ML}) or an examiner's note ({@link Fact#NOTE}); every other fact of
   * {@link #facts()} is always there.
   *
   * @return the optional facts, possibly empty, not null
   */
  public ImmutableSet<Fact> optionalFacts() {
    return optionalFacts;
  }
}
