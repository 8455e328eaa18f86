package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfStatus;
import org.rano.diagnosis.Certainty;
import org.rano.diagnosis.LmType;
import org.rano.diagnosis.MriPattern;
import org.rano.imaging.ImagingStatus;
import org.rano.imaging.ItemChange;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.NeuroStatus;

/**
 * The reason as a value: its builder checks each fact against the kind and its type, its accessors
 * are typed, it is equal by kind and facts; and the rendering of every kind, checked once here, so
 * that the other tests check kinds and facts, never wording.
 */
class ReasonTest {

  private static final LocalDate D1 = LocalDate.parse("2026-02-02");
  private static final LocalDate D2 = LocalDate.parse("2026-02-09");
  private static final LocalDate D3 = LocalDate.parse("2026-03-30");

  /** Given as a fact's value to {@link #sample}: leave the fact out. */
  private static final Object OUT = new Object();

  /** A plausible value of every fact, for the kinds that do not give their own. */
  private static Map<Fact, Object> defaults() {
    Map<Fact, Object> v = new EnumMap<>(Fact.class);
    v.put(Fact.DOMAIN, "gait");
    v.put(Fact.LEVEL_BEFORE, 1);
    v.put(Fact.LEVEL_AFTER, 3);
    v.put(Fact.LEVEL_HIGHEST, 3);
    v.put(Fact.ATTRIBUTION, Attribution.TREATMENT_TOXICITY);
    v.put(Fact.NOTE, "patient intubated");
    v.put(Fact.DOMAINS_NOT_EVALUABLE, 1);
    v.put(Fact.DOMAINS_JUDGED, 10);
    v.put(Fact.NEURO_MISSING_DOMAINS, NeuroMissingDomains.STRICT);
    v.put(Fact.BASELINE_CYTOLOGY, CsfResult.POSITIVE);
    v.put(Fact.BASELINE_VOLUME_ML, new BigDecimal("3.5"));
    v.put(Fact.CYTOLOGY, CsfResult.NEGATIVE);
    v.put(Fact.VOLUME_ML, new BigDecimal("8"));
    v.put(Fact.MINIMUM_VOLUME_ML, new BigDecimal("5"));
    v.put(Fact.CLEARANCE_DATE, D1);
    v.put(Fact.CONFIRMATION_DATE, D2);
    v.put(Fact.SITE, Site.BRAIN_NODULE);
    v.put(Fact.LESION, "T1");
    v.put(Fact.SCORE, 2);
    v.put(Fact.COMPOSITE_BEFORE, 4);
    v.put(Fact.COMPOSITE_AFTER, 2);
    v.put(Fact.PERCENT, new BigDecimal("-50.0"));
    v.put(Fact.EVALUABLE_ONLY, false);
    v.put(Fact.IMAGING_REFERENCE, ImagingProgressionReference.BASELINE);
    v.put(Fact.MIN_INCREASE, 2);
    v.put(Fact.CR_DATE, D1);
    v.put(Fact.ITEM, "brainNodules");
    v.put(Fact.PRESENCE, ItemPresence.NE);
    v.put(Fact.CHANGE, ItemChange.NO_CHANGE);
    v.put(Fact.NEURO, NeuroStatus.STABLE);
    v.put(Fact.CSF, CsfStatus.CLEARED);
    v.put(Fact.IMAGING, ImagingStatus.PR);
    v.put(Fact.CSF_POSITIVE_AT_BASELINE, true);
    v.put(Fact.CSF_MISSING_BLOCKS, CsfMissingBlocks.ALL);
    v.put(Fact.CSF_CONVERSION_IS_PROGRESSION, true);
    v.put(Fact.STEROIDS_BEFORE, new BigDecimal("4"));
    v.put(Fact.STEROIDS_AFTER, new BigDecimal("8.5"));
    v.put(Fact.RESPONSE, Response.PR);
    v.put(Fact.COUNTED_AS, Response.SD);
    v.put(Fact.RESPONSE_BEFORE, Response.PR);
    v.put(Fact.RULE_BEFORE, RuleId.OVR_4);
    v.put(Fact.DATE, D3);
    v.put(Fact.DAYS, 10);
    v.put(Fact.MINIMUM_DAYS, 28);
    v.put(Fact.PROGRESSION_DATE, D3);
    v.put(Fact.PATTERN, MriPattern.C);
    v.put(Fact.LM_TYPE, LmType.II);
    v.put(Fact.CERTAINTY, Certainty.PROBABLE);
    return v;
  }

  /**
   * A reason of a kind with every fact the kind may carry: the given ones (fact, value pairs) and
   * the defaults for the rest; a fact given as {@link #OUT} is left out.
   */
  static Reason sample(ReasonKind kind, Object... given) {
    Map<Fact, Object> values = defaults();
    Set<Fact> left = EnumSet.noneOf(Fact.class);
    for (int i = 0; i < given.length; i += 2) {
      Fact fact = (Fact) given[i];
      if (given[i + 1] == OUT) {
        left.add(fact);
      } else {
        values.put(fact, given[i + 1]);
      }
    }
    Reason.Builder builder = Reason.builder(kind);
    for (Fact fact : kind.facts()) {
      if (!left.contains(fact)) {
        with(builder, fact, java.util.Objects.requireNonNull(values.get(fact)));
      }
    }
    return builder.build();
  }

  private static void with(Reason.Builder builder, Fact fact, Object value) {
    if (value instanceof Integer number) {
      builder.with(fact, number.intValue());
    } else if (value instanceof BigDecimal number) {
      builder.with(fact, number);
    } else if (value instanceof LocalDate date) {
      builder.with(fact, date);
    } else if (value instanceof Boolean flag) {
      builder.with(fact, flag.booleanValue());
    } else if (value instanceof String text) {
      builder.with(fact, text);
    } else {
      builder.with(fact, (Enum<?>) value);
    }
  }

  /** Every kind, once, with its text; kinds with an optional fact also without it. */
  static Stream<Arguments> renderings() {
    return Stream.of(
        // --- NEURO
        rendering(
            sample(ReasonKind.NEURO_NO_BASELINE_EXAM),
            "no neurological exam at baseline: no reference (NEURO-8)"),
        rendering(
            sample(ReasonKind.NEURO_EXAM_NOT_DONE), "no neurological exam at this visit (NEURO-8)"),
        rendering(
            sample(ReasonKind.NEURO_DOMAIN_NO_REFERENCE, Fact.DOMAIN, "hearing"),
            "hearing not evaluable at baseline: no reference, left out of the exam (NEURO-8)"),
        rendering(
            sample(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE, Fact.DOMAIN, "hearing"),
            "hearing not evaluable: patient intubated (NEURO-6)"),
        rendering(
            sample(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE, Fact.NOTE, OUT),
            "gait not evaluable (NEURO-6)"),
        rendering(
            sample(ReasonKind.NEURO_DOMAIN_EXCLUDED, Fact.LEVEL_BEFORE, 0, Fact.LEVEL_AFTER, 2),
            "gait 0 -> 2 attributed to TREATMENT_TOXICITY: excluded, treated as unchanged "
                + "(NEURO-4)"),
        rendering(
            sample(ReasonKind.NEURO_DOMAIN_IMPROVED, Fact.LEVEL_BEFORE, 3, Fact.LEVEL_AFTER, 2),
            "gait 3 -> 2 improved (NEURO-5)"),
        rendering(
            sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO),
            "gait 1 -> 3 is 2 levels worse (NEURO-1)"),
        rendering(
            sample(ReasonKind.NEURO_DOMAIN_REACHES_HIGHEST, Fact.LEVEL_BEFORE, 2),
            "gait 2 -> 3 reaches the domain's highest level (NEURO-2)"),
        rendering(
            sample(ReasonKind.NEURO_BEST_SO_FAR),
            "each domain compared with its best level so far (BEST_SO_FAR, NEURO-7)"),
        rendering(
            sample(ReasonKind.NEURO_EXAM_NO_EVALUABLE_BASELINE),
            "neurological exam: NE, no domain was evaluable at baseline (NEURO-8)"),
        rendering(
            sample(ReasonKind.NEURO_EXAM_NOT_EVALUABLE),
            "neurological exam: NE, 1 of 10 domains not evaluable (STRICT, NEURO-6)"),
        rendering(
            sample(
                ReasonKind.NEURO_EXAM_NOT_EVALUABLE,
                Fact.DOMAINS_JUDGED,
                1,
                Fact.NEURO_MISSING_DOMAINS,
                NeuroMissingDomains.EVALUABLE_ONLY),
            "neurological exam: NE, 1 of 1 domain not evaluable (EVALUABLE_ONLY, NEURO-6)"),
        rendering(sample(ReasonKind.NEURO_EXAM_IMPROVED), "neurological exam: IMPROVED (NEURO-5)"),
        rendering(
            sample(ReasonKind.NEURO_EXAM_STABLE_ON_EVALUABLE, Fact.DOMAINS_NOT_EVALUABLE, 2),
            "neurological exam: STABLE on the evaluable domains, 2 of 10 domains not evaluable "
                + "(EVALUABLE_ONLY, NEURO-6, NEURO-3)"),
        rendering(
            sample(ReasonKind.NEURO_EXAM_STABLE),
            "neurological exam: STABLE, no domain changed by a rule's threshold (NEURO-3)"),
        rendering(
            sample(ReasonKind.NEURO_CLINICAL_DETERIORATION),
            "definite clinical deterioration from LM judged by the investigator: neurological "
                + "progression (NEURO-9)"),
        rendering(
            sample(ReasonKind.NEURO_CLINICAL_DETERIORATION_NOT_PROGRESSION),
            "clinical deterioration reported by the investigator: not progression under "
                + "clinicalDeteriorationIsProgression = false (NEURO-9)"),
        // --- CSF
        rendering(
            sample(ReasonKind.CSF_NO_BASELINE_SAMPLE),
            "no CSF cytology at baseline: not evaluable (CSF-5)"),
        rendering(
            sample(ReasonKind.CSF_NOT_DONE),
            "no CSF cytology at this visit: not evaluable (CSF-5)"),
        rendering(
            sample(ReasonKind.CSF_BASELINE_READ_AS_EQUIVOCAL),
            "the baseline negative from 3.5 mL, less than 5 mL, is read as EQUIVOCAL "
                + "(csfInadequateBaselineNegative, CSF-1)"),
        rendering(
            sample(
                ReasonKind.CSF_INADEQUATE,
                Fact.BASELINE_VOLUME_ML,
                OUT,
                Fact.VOLUME_ML,
                new BigDecimal("4.9")),
            "cytology POSITIVE at baseline, NEGATIVE (4.9 mL) now: negative from less than 5 mL "
                + "is inadequate (CSF-1)"),
        rendering(
            sample(
                ReasonKind.CSF_PERSISTENT,
                Fact.BASELINE_VOLUME_ML,
                OUT,
                Fact.VOLUME_ML,
                OUT,
                Fact.CYTOLOGY,
                CsfResult.EQUIVOCAL),
            "cytology POSITIVE at baseline, EQUIVOCAL now: persistent (CSF-3)"),
        rendering(
            sample(
                ReasonKind.CSF_CONFIRMS_SUSPECTED,
                Fact.BASELINE_CYTOLOGY,
                CsfResult.EQUIVOCAL,
                Fact.BASELINE_VOLUME_ML,
                OUT,
                Fact.CYTOLOGY,
                CsfResult.POSITIVE,
                Fact.VOLUME_ML,
                OUT),
            "cytology EQUIVOCAL at baseline, POSITIVE now: confirms the disease suspected at "
                + "baseline: persistent, not a conversion (csfEquivocalThenPositive, CSF-4)"),
        rendering(
            sample(
                ReasonKind.CSF_CONVERTED,
                Fact.BASELINE_CYTOLOGY,
                CsfResult.NEGATIVE,
                Fact.BASELINE_VOLUME_ML,
                new BigDecimal("10"),
                Fact.CYTOLOGY,
                CsfResult.POSITIVE,
                Fact.VOLUME_ML,
                OUT),
            "cytology NEGATIVE (10 mL) at baseline, POSITIVE now: converted (CSF-4)"),
        rendering(
            sample(
                ReasonKind.CSF_EQUIVOCAL,
                Fact.BASELINE_CYTOLOGY,
                CsfResult.NEGATIVE,
                Fact.BASELINE_VOLUME_ML,
                OUT,
                Fact.CYTOLOGY,
                CsfResult.EQUIVOCAL,
                Fact.VOLUME_ML,
                OUT),
            "cytology NEGATIVE at baseline, EQUIVOCAL now: equivocal (CSF-5)"),
        rendering(
            sample(ReasonKind.CSF_CLEARED, Fact.BASELINE_VOLUME_ML, OUT),
            "cytology POSITIVE at baseline, NEGATIVE (8 mL) now: cleared (CSF-2)"),
        rendering(
            sample(
                ReasonKind.CSF_NEGATIVE,
                Fact.BASELINE_CYTOLOGY,
                CsfResult.NEGATIVE,
                Fact.BASELINE_VOLUME_ML,
                new BigDecimal("6")),
            "cytology NEGATIVE (6 mL) at baseline, NEGATIVE (8 mL) now: negative (CSF-5)"),
        rendering(
            sample(
                ReasonKind.CSF_RELAPSE,
                Fact.BASELINE_VOLUME_ML,
                OUT,
                Fact.CYTOLOGY,
                CsfResult.POSITIVE,
                Fact.VOLUME_ML,
                OUT),
            "cytology POSITIVE at baseline, POSITIVE now: relapse after the clearance of "
                + "2026-02-02 confirmed on 2026-02-09, counted as conversion (CSF-7, CSF-4)"),
        rendering(
            sample(ReasonKind.CSF_CLEARANCE_CONFIRMED),
            "CSF clearance of 2026-02-02 confirmed by the negative sample of 2026-02-09 (CSF-6)"),
        rendering(
            sample(ReasonKind.CSF_CLEARANCE_NOT_CONFIRMED, Fact.MINIMUM_DAYS, 7),
            "CSF clearance of 2026-02-02 not confirmed: no later adequate negative sample at "
                + "least 7 days after it (CSF-6)"),
        rendering(
            sample(
                ReasonKind.CSF_CLEARANCE_VOIDED, Fact.CYTOLOGY, CsfResult.EQUIVOCAL, Fact.DATE, D2),
            "CSF clearance of 2026-02-02 not confirmed: a EQUIVOCAL sample followed on "
                + "2026-02-09 (CSF-6)"),
        // --- IMAGING
        rendering(
            sample(ReasonKind.IMAGING_NO_BASELINE),
            "no imaging at baseline: not evaluable (IMG-14)"),
        rendering(
            sample(ReasonKind.IMAGING_NOT_DONE),
            "no imaging at this visit: not evaluable (IMG-14)"),
        rendering(
            sample(ReasonKind.IMAGING_NEW_LESION, Fact.SITE, Site.SPINE_NODULE),
            "unequivocal new lesion at SPINE_NODULE: progression (IMG-5)"),
        rendering(
            sample(ReasonKind.IMAGING_EQUIVOCAL_NEW_LESION),
            "equivocal new lesion at BRAIN_NODULE: flagged, blocks CR (IMG-5)"),
        rendering(
            sample(ReasonKind.IMAGING_NON_TARGET_PROGRESSED, Fact.LESION, "N1"),
            "non-target N1 progressed unequivocally (IMG-13)"),
        rendering(
            sample(ReasonKind.IMAGING_NON_TARGET_NOT_REPORTED, Fact.LESION, "N2"),
            "non-target N2 not reported: NE (IMG-13)"),
        rendering(
            sample(ReasonKind.IMAGING_TARGET_NOT_EVALUABLE, Fact.LESION, "T3"),
            "target T3 not evaluable (IMG-10)"),
        rendering(
            sample(ReasonKind.IMAGING_TARGET_SEEN_AGAIN, Fact.SCORE, 1),
            "disease seen again after the radiological CR of 2026-02-02: target T1 scored 1 "
                + "(IMG-15)"),
        rendering(
            sample(ReasonKind.IMAGING_NON_TARGET_SEEN_AGAIN, Fact.LESION, "N1"),
            "disease seen again after the radiological CR of 2026-02-02: non-target N1 PRESENT "
                + "(IMG-15)"),
        rendering(
            sample(ReasonKind.IMAGING_NO_TARGET_DISEASE),
            "no target disease at baseline: imaging not applicable (IMG-11)"),
        rendering(
            sample(
                ReasonKind.IMAGING_RISE_BELOW_MIN_INCREASE,
                Fact.COMPOSITE_AFTER,
                5,
                Fact.PERCENT,
                new BigDecimal("25.0")),
            "composite 5 against baseline 4 (+25.0 %): +25 % or more but less than 2 points "
                + "higher, not progression (compositeMinIncrease, IMG-6)"),
        rendering(
            sample(
                ReasonKind.IMAGING_COMPOSITE_PROGRESSION,
                Fact.COMPOSITE_AFTER,
                5,
                Fact.PERCENT,
                new BigDecimal("25.0")),
            "composite 5 against baseline 4 (+25.0 %): +25 % or more (IMG-6)"),
        rendering(
            sample(
                ReasonKind.IMAGING_COMPOSITE_PROGRESSION,
                Fact.COMPOSITE_BEFORE,
                0,
                Fact.COMPOSITE_AFTER,
                1,
                Fact.PERCENT,
                OUT,
                Fact.EVALUABLE_ONLY,
                true,
                Fact.IMAGING_REFERENCE,
                ImagingProgressionReference.NADIR),
            "evaluable composite 1 against nadir 0: +25 % or more (IMG-6)"),
        rendering(
            sample(ReasonKind.IMAGING_NADIR_REFERENCE, Fact.COMPOSITE_BEFORE, 2),
            "progression judged against the nadir, composite 2 (imagingProgressionReference = "
                + "NADIR, IMG-12)"),
        rendering(
            sample(ReasonKind.IMAGING_TARGET_NE_PROGRESSION_STANDS),
            "a target is not evaluable, but progression stands (IMG-10)"),
        rendering(
            sample(ReasonKind.IMAGING_TARGET_NE),
            "a target is not evaluable and nothing else shows progression (IMG-10)"),
        rendering(
            sample(
                ReasonKind.IMAGING_COMPLETE_RESPONSE,
                Fact.COMPOSITE_AFTER,
                0,
                Fact.PERCENT,
                new BigDecimal("-100.0")),
            "composite 4 -> 0 (-100.0 %), no new lesion, every non-target absent (IMG-7)"),
        rendering(
            sample(ReasonKind.IMAGING_CR_BLOCKED_BY_NEW_LESION, Fact.COMPOSITE_AFTER, 0),
            "composite 4 -> 0 but CR is blocked by a new lesion (IMG-7)"),
        rendering(
            sample(ReasonKind.IMAGING_CR_BLOCKED_BY_NON_TARGET, Fact.COMPOSITE_AFTER, 0),
            "composite 4 -> 0 but CR is blocked by a non-target not absent (IMG-7)"),
        rendering(
            sample(ReasonKind.IMAGING_PARTIAL_RESPONSE),
            "composite 4 -> 2 (-50.0 %): -50 % or more (IMG-8)"),
        rendering(
            sample(
                ReasonKind.IMAGING_STABLE,
                Fact.COMPOSITE_BEFORE,
                3,
                Fact.COMPOSITE_AFTER,
                2,
                Fact.PERCENT,
                new BigDecimal("-33.3")),
            "composite 3 -> 2 (-33.3 %): neither -50 % nor +25 % (IMG-9)"),
        rendering(
            sample(
                ReasonKind.IMAGING_STABLE,
                Fact.PERCENT,
                BigDecimal.valueOf(0, 1),
                Fact.COMPOSITE_AFTER,
                4),
            "composite 4 -> 4 (0.0 %): neither -50 % nor +25 % (IMG-9)"),
        rendering(
            sample(ReasonKind.IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION),
            "equivocal new lesion at BRAIN_NODULE on 2026-03-30 awaits confirmation at the next "
                + "follow-up (IMG-5)"),
        rendering(
            sample(ReasonKind.IMAGING_EQUIVOCAL_NOT_CONFIRMED),
            "equivocal new lesion at BRAIN_NODULE on 2026-03-30 was not confirmed by the next "
                + "follow-up (IMG-5)"),
        // --- LANO
        rendering(
            sample(ReasonKind.LANO_NO_BASELINE),
            "no 2019 scorecard at baseline: not evaluable (IMG-14)"),
        rendering(
            sample(ReasonKind.LANO_NOT_DONE),
            "no 2019 scorecard at this visit: not evaluable (IMG-14)"),
        rendering(sample(ReasonKind.LANO_ITEM_WORSE), "PD: brainNodules rated WORSE (LANO-1)"),
        rendering(
            sample(ReasonKind.LANO_ITEM_APPEARED, Fact.ITEM, "hydrocephalus"),
            "PD: hydrocephalus absent at baseline, present now (LANO-1)"),
        rendering(
            sample(ReasonKind.LANO_ITEM_NOT_EVALUABLE_AT_BASELINE),
            "NE: brainNodules not evaluable at baseline (LANO-2)"),
        rendering(
            sample(ReasonKind.LANO_ITEM_NOT_EVALUABLE),
            "NE: brainNodules not evaluable (presence NE, change NO_CHANGE) (LANO-2)"),
        rendering(
            sample(ReasonKind.LANO_NO_ITEM_AT_BASELINE),
            "no item present at baseline: imaging not applicable (IMG-11)"),
        rendering(
            sample(ReasonKind.LANO_COMPLETE_RESPONSE),
            "CR: every item present at baseline is absent now (LANO-3)"),
        rendering(sample(ReasonKind.LANO_ITEM_IMPROVED), "PR: brainNodules improved (LANO-4)"),
        rendering(
            sample(ReasonKind.LANO_STABLE),
            "SD: no item worse, none improved, disease remains (LANO-5)"),
        // --- STER, OVR
        rendering(
            sample(ReasonKind.STEROID_INCREASE),
            "steroids 4 -> 8.5 mg/day: an increase alone is not progression (STER-2)"),
        rendering(
            sample(ReasonKind.CSF_CONVERSION_NOT_PROGRESSION),
            "CSF converted to positive: not progression under csfConversionIsProgression = "
                + "false, but it blocks CR and PR (CSF-4)"),
        rendering(
            sample(ReasonKind.OVERALL_PROGRESSION, Fact.NEURO, NeuroStatus.PROGRESSION),
            "PD: progression in a component; neurological exam PROGRESSION, CSF CLEARED, "
                + "imaging PR (OVR-1)"),
        rendering(
            sample(ReasonKind.OVERALL_NOT_EVALUABLE, Fact.CSF, CsfStatus.NE),
            "NE: a needed component not evaluable; neurological exam STABLE, CSF NE with "
                + "positive baseline cytology, imaging PR (OVR-2)"),
        rendering(
            sample(
                ReasonKind.OVERALL_NOT_EVALUABLE,
                Fact.NEURO,
                NeuroStatus.NE,
                Fact.CSF_POSITIVE_AT_BASELINE,
                false),
            "NE: a needed component not evaluable; neurological exam NE, CSF CLEARED, imaging PR "
                + "(OVR-2)"),
        rendering(
            sample(ReasonKind.STEROIDS_BLOCK_RESPONSE),
            "imaging PR while the steroid dose went up from 4 to 8.5 mg/day: not a response "
                + "(STER-1)"),
        rendering(
            sample(ReasonKind.OVERALL_RESPONSE_WITH_STEROIDS_UP),
            "SD: imaging PR, neurological exam STABLE, CSF CLEARED, but the steroid dose went up "
                + "(STER-1, OVR-5)"),
        rendering(
            sample(ReasonKind.OVERALL_CSF_MISSING_RULES_OUT_CR, Fact.CSF, CsfStatus.NE),
            "CSF not evaluated (NE): rules out CR only, csfMissingBlocks = CR_ONLY (OVR-2)"),
        rendering(
            sample(ReasonKind.OVERALL_CR_BLOCKED_BY_ATTRIBUTED_WORSENING),
            "CR ruled out by a worsening attributed to a non-LM cause, "
                + "attributedWorseningBlocksCr = true (NEURO-4)"),
        rendering(
            sample(ReasonKind.OVERALL_CR_NEEDS_NO_STEROIDS),
            "CR needs no steroids under crRequiresNoSteroids; the dose is 8.5 mg/day (STER-3)"),
        rendering(
            sample(
                ReasonKind.OVERALL_COMPLETE_RESPONSE_NORMAL_MRI,
                Fact.IMAGING,
                ImagingStatus.NOT_APPLICABLE),
            "CR: no target disease, no new lesion, every non-target absent, CSF CLEARED, "
                + "neurological exam STABLE (OVR-3)"),
        rendering(
            sample(ReasonKind.OVERALL_COMPLETE_RESPONSE, Fact.IMAGING, ImagingStatus.CR),
            "CR: radiological CR, CSF CLEARED, neurological exam STABLE (OVR-3)"),
        rendering(
            sample(
                ReasonKind.OVERALL_RESPONSE_BLOCKED_BY_CSF_CONVERSION,
                Fact.CSF,
                CsfStatus.CONVERTED),
            "SD: imaging PR, but CSF CONVERTED blocks a response (CSF-4, OVR-5)"),
        rendering(
            sample(ReasonKind.OVERALL_RESPONSE_NEEDS_CSF_CLEARANCE, Fact.CSF, CsfStatus.PERSISTENT),
            "SD: PR needs CSF CLEARED under responseRequiresCsfClearance, CSF is PERSISTENT "
                + "(OVR-4, OVR-5)"),
        rendering(
            sample(
                ReasonKind.OVERALL_PARTIAL_RESPONSE_FROM_RADIOLOGICAL_CR,
                Fact.CSF,
                CsfStatus.PERSISTENT,
                Fact.IMAGING,
                ImagingStatus.CR),
            "PR: radiological CR without the CR conditions (CSF PERSISTENT), neurological exam "
                + "STABLE (OVR-4)"),
        rendering(
            sample(ReasonKind.OVERALL_PARTIAL_RESPONSE),
            "PR: radiological PR, CSF CLEARED, neurological exam STABLE (OVR-4)"),
        rendering(
            sample(ReasonKind.OVERALL_STABLE, Fact.IMAGING, ImagingStatus.SD),
            "SD: imaging SD, neurological exam STABLE, CSF CLEARED (OVR-5)"),
        rendering(
            sample(ReasonKind.OVERALL_BACKDATED_NEW_LESION, Fact.SITE, Site.SPINE_NODULE),
            "the equivocal new lesion at SPINE_NODULE first seen here was unequivocal on "
                + "2026-03-30: progression is dated back to this visit, which scored PR (OVR-4) "
                + "before (IMG-5, backdatedProgressionRewritesVisit)"),
        rendering(
            sample(ReasonKind.OVERALL_PROGRESSION_BACKDATED),
            "PD: radiological progression dated back (IMG-5, OVR-1)"),
        // --- TIME
        rendering(sample(ReasonKind.TIME_NO_FOLLOW_UP), "no follow-up assessment"),
        rendering(sample(ReasonKind.TIME_BEST_OF_ALL), "best of all time points (TIME-4)"),
        rendering(
            sample(ReasonKind.TIME_BEST_UP_TO_FIRST_PD),
            "best of the time points up to the first PD, on 2026-03-30 (TIME-4, TIME-6)"),
        rendering(sample(ReasonKind.TIME_CONFIRMED), "PR confirmed by a later visit (TIME-2)"),
        rendering(
            sample(ReasonKind.TIME_NOT_CONFIRMED), "PR not confirmed, counted as SD (TIME-2)"),
        rendering(
            sample(
                ReasonKind.TIME_BEFORE_MINIMUM_DAYS,
                Fact.RESPONSE,
                Response.SD,
                Fact.COUNTED_AS,
                Response.NE),
            "SD counted as NE: day 10 is before day 28 (TIME-3)"),
        rendering(
            sample(ReasonKind.TIME_PR_AFTER_CR_BREAKS_CONFIRMATION),
            "PR on 2026-03-30 after CR on 2026-02-02: it breaks confirmation of an earlier PR "
                + "across the CR (TIME-7)"),
        rendering(
            sample(ReasonKind.TIME_PR_AFTER_CR_REPORTED),
            "PR on 2026-03-30 after CR on 2026-02-02: reported only, "
                + "prAfterCrBreaksConfirmation = false (TIME-7)"),
        // --- DX
        rendering(sample(ReasonKind.DX_PATTERN), "MRI pattern C (DX-1)"),
        rendering(sample(ReasonKind.DX_TYPE), "type II: cytology NEGATIVE (DX-2)"),
        rendering(
            sample(
                ReasonKind.DX_CONFIRMED_BY_CYTOLOGY,
                Fact.CERTAINTY,
                Certainty.CONFIRMED,
                Fact.CYTOLOGY,
                CsfResult.POSITIVE),
            "CONFIRMED: positive cytology (DX-3)"),
        rendering(
            sample(ReasonKind.DX_CONFIRMED_BY_BIOPSY, Fact.CERTAINTY, Certainty.CONFIRMED),
            "CONFIRMED: a positive leptomeningeal biopsy (DX-3)"),
        rendering(
            sample(ReasonKind.DX_PROBABLE),
            "PROBABLE: typical clinical signs and a typical MRI, pattern C (DX-3)"),
        rendering(
            sample(
                ReasonKind.DX_POSSIBLE_FROM_SIGNS,
                Fact.CERTAINTY,
                Certainty.POSSIBLE,
                Fact.PATTERN,
                MriPattern.D_NORMAL),
            "POSSIBLE: typical clinical signs without a typical MRI (DX-3)"),
        rendering(
            sample(
                ReasonKind.DX_POSSIBLE_FROM_SIGNS_EQUIVOCAL_CYTOLOGY,
                Fact.CERTAINTY,
                Certainty.POSSIBLE,
                Fact.PATTERN,
                MriPattern.D_NORMAL,
                Fact.CYTOLOGY,
                CsfResult.EQUIVOCAL),
            "POSSIBLE: typical clinical signs without a typical MRI, equivocal cytology (DX-3)"),
        rendering(
            sample(
                ReasonKind.DX_POSSIBLE_FROM_MRI,
                Fact.CERTAINTY,
                Certainty.POSSIBLE,
                Fact.PATTERN,
                MriPattern.B),
            "POSSIBLE: a typical MRI, pattern B, without typical clinical signs (DX-3)"),
        rendering(
            sample(
                ReasonKind.DX_LACK_OF_EVIDENCE,
                Fact.CERTAINTY,
                Certainty.LACK_OF_EVIDENCE,
                Fact.PATTERN,
                MriPattern.D_HYDROCEPHALUS),
            "LACK_OF_EVIDENCE: no positive cytology or biopsy, no typical clinical signs, no "
                + "typical MRI (DX-3)"));
  }

  private static Arguments rendering(Reason reason, String text) {
    return Arguments.of(reason.kind(), reason, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderings")
  void text_everyKind(ReasonKind kind, Reason reason, String text) {
    assertThat(reason.text()).isEqualTo(text);
    assertThat(reason).hasToString(text);
  }

  @Test
  void text_everyKindIsRenderedAbove() {
    Set<ReasonKind> rendered = EnumSet.noneOf(ReasonKind.class);
    renderings().forEach(arguments -> rendered.add((ReasonKind) arguments.get()[0]));

    assertThat(rendered).containsExactlyInAnyOrder(ReasonKind.values());
  }

  @Test
  void text_citesTheReasonsOwnRule_butTheCaseFormatsNoFollowUp() {
    for (ReasonKind kind : ReasonKind.values()) {
      String text = sample(kind).text();
      if (kind == ReasonKind.TIME_NO_FOLLOW_UP) {
        assertThat(text).isEqualTo("no follow-up assessment");
      } else {
        assertThat(text)
            .as(kind.name())
            .containsPattern("\\((.+, )?" + kind.rule().id() + "(, .+)?\\)$");
      }
    }
  }

  // --- the value ------------------------------------------------------------------------------

  @Test
  void reason_ruleAndKindAndTypedFacts() {
    Reason reason =
        Reason.builder(ReasonKind.IMAGING_PARTIAL_RESPONSE)
            .with(Fact.PERCENT, new BigDecimal("-50.0"))
            .with(Fact.COMPOSITE_AFTER, 2)
            .with(Fact.COMPOSITE_BEFORE, 4)
            .build();

    assertThat(reason.kind()).isEqualTo(ReasonKind.IMAGING_PARTIAL_RESPONSE);
    assertThat(reason.rule()).isEqualTo(RuleId.IMG_8);
    assertThat(reason.integer(Fact.COMPOSITE_BEFORE)).isEqualTo(4);
    assertThat(reason.integer(Fact.COMPOSITE_AFTER)).isEqualTo(2);
    assertThat(reason.decimal(Fact.PERCENT)).isEqualTo(new BigDecimal("-50.0"));
    assertThat(reason.value(Fact.PERCENT, BigDecimal.class)).hasToString("-50.0");
    assertThat(reason.has(Fact.PERCENT)).isTrue();
    assertThat(reason.has(Fact.SITE)).isFalse();
    // in the order of Fact, whatever the order given
    assertThat(reason.facts().keySet())
        .containsExactly(Fact.COMPOSITE_BEFORE, Fact.COMPOSITE_AFTER, Fact.PERCENT);
  }

  @Test
  void forEachFact_givesTheFactsInTheOrderOfTheMap_forEveryKind() {
    for (ReasonKind kind : ReasonKind.values()) {
      Reason reason = sample(kind);
      java.util.Map<Fact, Object> given = new java.util.LinkedHashMap<>();
      reason.forEachFact(given::put);
      assertThat(given).as(kind.name()).containsExactlyEntriesOf(reason.facts());
    }
    // an optional fact left out is not given
    Reason without = sample(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE);
    java.util.List<Fact> facts = new java.util.ArrayList<>();
    without.forEachFact((fact, value) -> facts.add(fact));
    assertThat(facts).containsExactlyElementsOf(without.facts().keySet());
  }

  @Test
  void forEachFact_passesTheActionsExceptionOn_andStops() {
    Reason reason = sample(ReasonKind.IMAGING_COMPOSITE_PROGRESSION);
    assertThat(reason.facts()).hasSizeGreaterThan(1);
    java.util.List<Fact> seen = new java.util.ArrayList<>();
    assertThatThrownBy(
            () ->
                reason.forEachFact(
                    (fact, value) -> {
                      seen.add(fact);
                      throw new java.io.IOException("full");
                    }))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("full");
    assertThat(seen).hasSize(1);
  }

  @Test
  void reason_accessorsOfEachType() {
    Reason relapse = sample(ReasonKind.CSF_RELAPSE);
    Reason rise = sample(ReasonKind.IMAGING_COMPOSITE_PROGRESSION);
    Reason domain = sample(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE);

    assertThat(relapse.date(Fact.CLEARANCE_DATE)).isEqualTo(D1);
    assertThat(relapse.value(Fact.CYTOLOGY, CsfResult.class)).isEqualTo(CsfResult.NEGATIVE);
    assertThat(relapse.decimal(Fact.VOLUME_ML)).isEqualByComparingTo("8");
    assertThat(rise.flag(Fact.EVALUABLE_ONLY)).isFalse();
    assertThat(rise.value(Fact.IMAGING_REFERENCE, ImagingProgressionReference.class))
        .isEqualTo(ImagingProgressionReference.BASELINE);
    assertThat(domain.string(Fact.DOMAIN)).isEqualTo("gait");
    assertThat(domain.string(Fact.NOTE)).isEqualTo("patient intubated");
  }

  @Test
  void reason_missingOrMistypedFact_isRejectedByTheAccessor() {
    Reason reason = Reason.of(ReasonKind.NEURO_EXAM_STABLE);

    assertThat(reason.facts()).isEmpty();
    assertThatThrownBy(() -> reason.integer(Fact.LEVEL_BEFORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEURO_EXAM_STABLE")
        .hasMessageContaining("LEVEL_BEFORE");
    Reason levels = sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO);
    assertThatThrownBy(() -> levels.string(Fact.LEVEL_BEFORE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Integer")
        .hasMessageContaining("String");
    assertThatThrownBy(() -> levels.value(Fact.DOMAIN, Site.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_rejectsAFactTheKindDoesNotHave() {
    assertThatThrownBy(() -> Reason.builder(ReasonKind.NEURO_EXAM_STABLE).with(Fact.SCORE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NEURO_EXAM_STABLE")
        .hasMessageContaining("SCORE");
  }

  @Test
  void builder_rejectsAValueOfTheWrongType() {
    Reason.Builder builder = Reason.builder(ReasonKind.IMAGING_PARTIAL_RESPONSE);

    assertThatThrownBy(() -> builder.with(Fact.PERCENT, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PERCENT")
        .hasMessageContaining("BigDecimal");
    assertThatThrownBy(() -> builder.with(Fact.COMPOSITE_BEFORE, "4"))
        .isInstanceOf(IllegalArgumentException.class);
    Reason.Builder steroids = Reason.builder(ReasonKind.STEROID_INCREASE);
    assertThatThrownBy(() -> steroids.with(Fact.STEROIDS_AFTER, true))
        .isInstanceOf(IllegalArgumentException.class);
    Reason.Builder dated = Reason.builder(ReasonKind.TIME_BEST_OF_ALL);
    assertThatThrownBy(() -> dated.with(Fact.RESPONSE, NeuroStatus.STABLE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> dated.with(Fact.RESPONSE, D1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_requiresEveryFactButTheOptionalOnes() {
    assertThatThrownBy(
            () ->
                Reason.builder(ReasonKind.IMAGING_PARTIAL_RESPONSE)
                    .with(Fact.COMPOSITE_BEFORE, 4)
                    .with(Fact.COMPOSITE_AFTER, 2)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PERCENT");
    assertThatThrownBy(() -> Reason.of(ReasonKind.IMAGING_NEW_LESION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SITE");

    Reason withoutNote =
        Reason.builder(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE).with(Fact.DOMAIN, "vision").build();
    assertThat(withoutNote.has(Fact.NOTE)).isFalse();
  }

  @Test
  void reason_equalByKindAndFacts() {
    new EqualsTester()
        .addEqualityGroup(
            sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO),
            sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO))
        .addEqualityGroup(sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO, Fact.LEVEL_BEFORE, 0))
        .addEqualityGroup(sample(ReasonKind.NEURO_DOMAIN_IMPROVED))
        .addEqualityGroup(Reason.of(ReasonKind.NEURO_EXAM_STABLE))
        .testEquals();
  }

  @Test
  void reason_hashCode_differsWithTheKindOrAFact() {
    Reason reason = sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO);

    assertThat(reason.hashCode())
        .isEqualTo(sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO).hashCode());
    assertThat(reason.hashCode())
        .isNotEqualTo(sample(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO, Fact.LEVEL_BEFORE, 0).hashCode())
        .isNotEqualTo(Reason.of(ReasonKind.NEURO_EXAM_STABLE).hashCode())
        .isNotEqualTo(0);
  }

  @Test
  void texts_rendersEachInOrder() {
    List<Reason> reasons =
        List.of(
            sample(ReasonKind.IMAGING_PARTIAL_RESPONSE), Reason.of(ReasonKind.NEURO_EXAM_STABLE));

    assertThat(Reason.texts(reasons))
        .isEqualTo(
            ImmutableList.of(
                "composite 4 -> 2 (-50.0 %): -50 % or more (IMG-8)",
                "neurological exam: STABLE, no domain changed by a rule's threshold (NEURO-3)"));
  }

  // --- the catalogue ---------------------------------------------------------------------------

  @Test
  void kinds_optionalFactsAreAmongTheirFacts() {
    for (ReasonKind kind : ReasonKind.values()) {
      assertThat(kind.facts()).as(kind.name()).containsAll(kind.optionalFacts());
    }
  }

  @Test
  void facts_keysAreDistinctCamelCase_typesAreTheAllowedOnes() {
    Set<String> keys = new HashSet<>();
    Set<Class<?>> allowed =
        Set.of(Integer.class, BigDecimal.class, LocalDate.class, Boolean.class, String.class);
    for (Fact fact : Fact.values()) {
      assertThat(keys.add(fact.key())).as(fact.name()).isTrue();
      assertThat(fact.key()).matches("[a-z][a-zA-Z]*");
      assertThat(allowed.contains(fact.type()) || Enum.class.isAssignableFrom(fact.type()))
          .as(fact.name())
          .isTrue();
    }
  }

  @Test
  void facts_everyFactIsCarriedBySomeKind() {
    Set<Fact> used = EnumSet.noneOf(Fact.class);
    for (ReasonKind kind : ReasonKind.values()) {
      used.addAll(kind.facts());
    }

    assertThat(used).containsExactlyInAnyOrder(Fact.values());
  }
}
