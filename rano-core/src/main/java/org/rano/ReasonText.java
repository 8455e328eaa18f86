package org.rano;

import java.math.BigDecimal;

/**
 * The one place where reasons become English: a sentence per {@link ReasonKind}, filled from the
 * reason's facts and ending with the rule it cites, e.g. {@code composite 4 -> 2 (-50.0 %): -50 %
 * or more (IMG-8)}. The text reads the facts only; it decides nothing (a flag or a policy of this
 * package may choose between two wordings, never a clinical value).
 *
 * <p>This class is stateless and thread-safe.
 */
final class ReasonText {
  private ReasonText() {}

  /**
   * Renders a reason.
   *
   * @param r the reason
   * @return its text
   */
  static String render(Reason r) {
    return switch (r.kind()) {
      // --- NEURO
      case NEURO_NO_BASELINE_EXAM -> cite(r, "no neurological exam at baseline: no reference");
      case NEURO_EXAM_NOT_DONE -> cite(r, "no neurological exam at this visit");
      case NEURO_DOMAIN_NO_REFERENCE ->
          cite(
              r,
              r.string(Fact.DOMAIN)
                  + " not evaluable at baseline: no reference, left out of the exam");
      case NEURO_DOMAIN_NOT_EVALUABLE ->
          cite(
              r,
              r.string(Fact.DOMAIN)
                  + " not evaluable"
                  + (r.has(Fact.NOTE) ? ": " + r.string(Fact.NOTE) : ""));
      case NEURO_DOMAIN_EXCLUDED ->
          cite(
              r,
              levels(r)
                  + " attributed to "
                  + show(r, Fact.ATTRIBUTION)
                  + ": excluded, treated as unchanged");
      case NEURO_DOMAIN_IMPROVED -> cite(r, levels(r) + " improved");
      case NEURO_DOMAIN_WORSE_BY_TWO ->
          cite(
              r,
              levels(r)
                  + " is "
                  + (r.integer(Fact.LEVEL_AFTER) - r.integer(Fact.LEVEL_BEFORE))
                  + " levels worse");
      case NEURO_DOMAIN_REACHES_HIGHEST ->
          cite(r, levels(r) + " reaches the domain's highest level");
      case NEURO_BEST_SO_FAR ->
          cite(r, "each domain compared with its best level so far", "BEST_SO_FAR");
      case NEURO_EXAM_NO_EVALUABLE_BASELINE ->
          cite(r, "neurological exam: NE, no domain was evaluable at baseline");
      case NEURO_EXAM_NOT_EVALUABLE ->
          cite(
              r,
              "neurological exam: NE, " + ofDomains(r) + " not evaluable",
              show(r, Fact.NEURO_MISSING_DOMAINS));
      case NEURO_EXAM_IMPROVED -> cite(r, "neurological exam: IMPROVED");
      case NEURO_EXAM_STABLE_ON_EVALUABLE ->
          cite(
              r,
              "neurological exam: STABLE on the "
                  + "evaluable domains, "
                  + ofDomains(r)
                  + " not evaluable",
              NeuroMissingDomains.EVALUABLE_ONLY.name() + ", " + RuleId.NEURO_6.id());
      case NEURO_EXAM_STABLE ->
          cite(r, "neurological exam: STABLE, no domain changed by a rule's threshold");
      case NEURO_CLINICAL_DETERIORATION ->
          cite(
              r,
              "definite clinical deterioration from LM "
                  + "judged by the investigator: neurological progression");
      case NEURO_CLINICAL_DETERIORATION_NOT_PROGRESSION ->
          cite(
              r,
              "clinical deterioration "
                  + "reported by the investigator: not progression under "
                  + "clinicalDeteriorationIsProgression = false");
      // --- CSF
      case CSF_NO_BASELINE_SAMPLE -> cite(r, "no CSF cytology at baseline: not evaluable");
      case CSF_NOT_DONE -> cite(r, "no CSF cytology at this visit: not evaluable");
      case CSF_BASELINE_READ_AS_EQUIVOCAL ->
          cite(
              r,
              "the baseline negative from "
                  + show(r, Fact.BASELINE_VOLUME_ML)
                  + " mL, less than "
                  + show(r, Fact.MINIMUM_VOLUME_ML)
                  + " mL, is read as EQUIVOCAL",
              "csfInadequateBaselineNegative");
      case CSF_INADEQUATE ->
          cite(
              r,
              cytology(r)
                  + "negative from less than "
                  + show(r, Fact.MINIMUM_VOLUME_ML)
                  + " mL is inadequate");
      case CSF_PERSISTENT -> cite(r, cytology(r) + "persistent");
      case CSF_CONFIRMS_SUSPECTED ->
          cite(
              r,
              cytology(r)
                  + "confirms the disease suspected at "
                  + "baseline: persistent, not a conversion",
              "csfEquivocalThenPositive");
      case CSF_CONVERTED -> cite(r, cytology(r) + "converted");
      case CSF_EQUIVOCAL -> cite(r, cytology(r) + "equivocal");
      case CSF_CLEARED -> cite(r, cytology(r) + "cleared");
      case CSF_NEGATIVE -> cite(r, cytology(r) + "negative");
      case CSF_RELAPSE ->
          cite(
              r,
              cytology(r)
                  + "relapse after the clearance of "
                  + show(r, Fact.CLEARANCE_DATE)
                  + " confirmed on "
                  + show(r, Fact.CONFIRMATION_DATE)
                  + ", counted as conversion",
              "",
              RuleId.CSF_4.id());
      case CSF_CLEARANCE_CONFIRMED ->
          cite(
              r,
              "CSF clearance of "
                  + show(r, Fact.CLEARANCE_DATE)
                  + " confirmed by the negative sample of "
                  + show(r, Fact.CONFIRMATION_DATE));
      case CSF_CLEARANCE_NOT_CONFIRMED ->
          cite(
              r,
              "CSF clearance of "
                  + show(r, Fact.CLEARANCE_DATE)
                  + " not confirmed: no later adequate negative sample "
                  + "at least "
                  + show(r, Fact.MINIMUM_DAYS)
                  + " days after it");
      case CSF_CLEARANCE_VOIDED ->
          cite(
              r,
              "CSF clearance of "
                  + show(r, Fact.CLEARANCE_DATE)
                  + " not confirmed: a "
                  + show(r, Fact.CYTOLOGY)
                  + " sample followed on "
                  + show(r, Fact.DATE));
      // --- IMAGING (2017)
      case IMAGING_NO_BASELINE -> cite(r, "no imaging at baseline: not evaluable");
      case IMAGING_NOT_DONE -> cite(r, "no imaging at this visit: not evaluable");
      case IMAGING_NEW_LESION ->
          cite(r, "unequivocal new lesion at " + show(r, Fact.SITE) + ": progression");
      case IMAGING_EQUIVOCAL_NEW_LESION ->
          cite(r, "equivocal new lesion at " + show(r, Fact.SITE) + ": flagged, blocks CR");
      case IMAGING_NON_TARGET_PROGRESSED ->
          cite(r, "non-target " + show(r, Fact.LESION) + " progressed unequivocally");
      case IMAGING_NON_TARGET_NOT_REPORTED ->
          cite(r, "non-target " + show(r, Fact.LESION) + " not reported: NE");
      case IMAGING_TARGET_NOT_EVALUABLE ->
          cite(r, "target " + show(r, Fact.LESION) + " not evaluable");
      case IMAGING_TARGET_SEEN_AGAIN ->
          cite(
              r,
              "disease seen again after the radiological CR of "
                  + show(r, Fact.CR_DATE)
                  + ": target "
                  + show(r, Fact.LESION)
                  + " scored "
                  + show(r, Fact.SCORE));
      case IMAGING_NON_TARGET_SEEN_AGAIN ->
          cite(
              r,
              "disease seen again after the radiological "
                  + "CR of "
                  + show(r, Fact.CR_DATE)
                  + ": non-target "
                  + show(r, Fact.LESION)
                  + " PRESENT");
      case IMAGING_NO_TARGET_DISEASE ->
          cite(r, "no target disease at baseline: imaging not applicable");
      case IMAGING_RISE_BELOW_MIN_INCREASE ->
          cite(
              r,
              against(r)
                  + ": +25 % or more but less "
                  + "than "
                  + show(r, Fact.MIN_INCREASE)
                  + " points higher, not progression",
              "compositeMinIncrease");
      case IMAGING_COMPOSITE_PROGRESSION -> cite(r, against(r) + ": +25 % or more");
      case IMAGING_NADIR_REFERENCE ->
          cite(
              r,
              "progression judged against the nadir, composite " + show(r, Fact.COMPOSITE_BEFORE),
              "imagingProgressionReference = NADIR");
      case IMAGING_TARGET_NE_PROGRESSION_STANDS ->
          cite(r, "a target is not evaluable, but progression stands");
      case IMAGING_TARGET_NE ->
          cite(r, "a target is not evaluable and nothing else shows progression");
      case IMAGING_COMPLETE_RESPONSE ->
          cite(r, change(r) + ", no new lesion, every non-target absent");
      case IMAGING_CR_BLOCKED_BY_NEW_LESION ->
          cite(r, composites(r) + " but CR is blocked by a new lesion");
      case IMAGING_CR_BLOCKED_BY_NON_TARGET ->
          cite(r, composites(r) + " but CR is blocked by a non-target not absent");
      case IMAGING_PARTIAL_RESPONSE -> cite(r, change(r) + ": -50 % or more");
      case IMAGING_STABLE -> cite(r, change(r) + ": neither -50 % nor +25 %");
      case IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION ->
          cite(
              r,
              "equivocal new lesion at "
                  + show(r, Fact.SITE)
                  + " on "
                  + show(r, Fact.DATE)
                  + " awaits confirmation at the next follow-up");
      case IMAGING_EQUIVOCAL_NOT_CONFIRMED ->
          cite(
              r,
              "equivocal new lesion at "
                  + show(r, Fact.SITE)
                  + " on "
                  + show(r, Fact.DATE)
                  + " was not confirmed by the next follow-up");
      // --- LANO (2019)
      case LANO_NO_BASELINE -> cite(r, "no 2019 scorecard at baseline: not evaluable");
      case LANO_NOT_DONE -> cite(r, "no 2019 scorecard at this visit: not evaluable");
      case LANO_ITEM_WORSE -> cite(r, "PD: " + show(r, Fact.ITEM) + " rated WORSE");
      case LANO_ITEM_APPEARED ->
          cite(r, "PD: " + show(r, Fact.ITEM) + " absent at baseline, present now");
      case LANO_ITEM_NOT_EVALUABLE_AT_BASELINE ->
          cite(r, "NE: " + show(r, Fact.ITEM) + " not evaluable at baseline");
      case LANO_ITEM_NOT_EVALUABLE ->
          cite(
              r,
              "NE: "
                  + show(r, Fact.ITEM)
                  + " not evaluable "
                  + "(presence "
                  + show(r, Fact.PRESENCE)
                  + ", change "
                  + show(r, Fact.CHANGE)
                  + ")");
      case LANO_NO_ITEM_AT_BASELINE ->
          cite(r, "no item present at baseline: imaging not applicable");
      case LANO_COMPLETE_RESPONSE -> cite(r, "CR: every item present at baseline is absent now");
      case LANO_ITEM_IMPROVED -> cite(r, "PR: " + show(r, Fact.ITEM) + " improved");
      case LANO_STABLE -> cite(r, "SD: no item worse, none improved, disease remains");
      // --- STER, OVR
      case STEROID_INCREASE ->
          cite(
              r,
              "steroids "
                  + show(r, Fact.STEROIDS_BEFORE)
                  + " -> "
                  + show(r, Fact.STEROIDS_AFTER)
                  + " mg/day: an increase alone is not progression");
      case CSF_CONVERSION_NOT_PROGRESSION ->
          cite(
              r,
              "CSF converted to positive: not "
                  + "progression under csfConversionIsProgression = false, but it blocks CR and PR");
      case OVERALL_PROGRESSION ->
          cite(
              r,
              "PD: progression in a component; neurological exam "
                  + show(r, Fact.NEURO)
                  + ", CSF "
                  + show(r, Fact.CSF)
                  + ", imaging "
                  + show(r, Fact.IMAGING));
      case OVERALL_NOT_EVALUABLE ->
          cite(
              r,
              "NE: a needed component not evaluable; "
                  + "neurological exam "
                  + show(r, Fact.NEURO)
                  + ", CSF "
                  + show(r, Fact.CSF)
                  + (r.flag(Fact.CSF_POSITIVE_AT_BASELINE)
                      ? " with positive baseline cytology"
                      : "")
                  + ", imaging "
                  + show(r, Fact.IMAGING));
      case STEROIDS_BLOCK_RESPONSE ->
          cite(
              r,
              "imaging "
                  + show(r, Fact.IMAGING)
                  + " while the steroid dose went up from "
                  + show(r, Fact.STEROIDS_BEFORE)
                  + " to "
                  + show(r, Fact.STEROIDS_AFTER)
                  + " mg/day: not a response");
      case OVERALL_RESPONSE_WITH_STEROIDS_UP ->
          cite(
              r,
              "SD: imaging "
                  + show(r, Fact.IMAGING)
                  + ", neurological exam "
                  + show(r, Fact.NEURO)
                  + ", CSF "
                  + show(r, Fact.CSF)
                  + ", but the steroid dose went up",
              RuleId.STER_1.id());
      case OVERALL_CSF_MISSING_RULES_OUT_CR ->
          cite(
              r,
              "CSF not evaluated ("
                  + show(r, Fact.CSF)
                  + "): rules out CR only, csfMissingBlocks = CR_ONLY");
      case OVERALL_CR_BLOCKED_BY_ATTRIBUTED_WORSENING ->
          cite(
              r,
              "CR ruled out by a worsening "
                  + "attributed to a non-LM cause, attributedWorseningBlocksCr = true");
      case OVERALL_CR_NEEDS_NO_STEROIDS ->
          cite(
              r,
              "CR needs no steroids under "
                  + "crRequiresNoSteroids; the dose is "
                  + show(r, Fact.STEROIDS_AFTER)
                  + " mg/day");
      case OVERALL_COMPLETE_RESPONSE_NORMAL_MRI ->
          cite(
              r,
              "CR: no target disease, no new "
                  + "lesion, every non-target absent, CSF "
                  + show(r, Fact.CSF)
                  + ", neurological exam "
                  + show(r, Fact.NEURO));
      case OVERALL_COMPLETE_RESPONSE ->
          cite(
              r,
              "CR: radiological CR, CSF "
                  + show(r, Fact.CSF)
                  + ", neurological exam "
                  + show(r, Fact.NEURO));
      case OVERALL_RESPONSE_BLOCKED_BY_CSF_CONVERSION ->
          cite(
              r,
              "SD: imaging "
                  + show(r, Fact.IMAGING)
                  + ", but CSF "
                  + show(r, Fact.CSF)
                  + " blocks a response",
              RuleId.CSF_4.id());
      case OVERALL_RESPONSE_NEEDS_CSF_CLEARANCE ->
          cite(
              r,
              "SD: PR needs CSF CLEARED under "
                  + "responseRequiresCsfClearance, CSF is "
                  + show(r, Fact.CSF),
              RuleId.OVR_4.id());
      case OVERALL_PARTIAL_RESPONSE_FROM_RADIOLOGICAL_CR ->
          cite(
              r,
              "PR: radiological CR "
                  + "without the CR conditions (CSF "
                  + show(r, Fact.CSF)
                  + "), neurological exam "
                  + show(r, Fact.NEURO));
      case OVERALL_PARTIAL_RESPONSE ->
          cite(
              r,
              "PR: radiological PR, CSF "
                  + show(r, Fact.CSF)
                  + ", neurological exam "
                  + show(r, Fact.NEURO));
      case OVERALL_STABLE ->
          cite(
              r,
              "SD: imaging "
                  + show(r, Fact.IMAGING)
                  + ", neurological exam "
                  + show(r, Fact.NEURO)
                  + ", CSF "
                  + show(r, Fact.CSF));
      case OVERALL_BACKDATED_NEW_LESION ->
          cite(
              r,
              "the equivocal new lesion at "
                  + show(r, Fact.SITE)
                  + " first seen here was unequivocal on "
                  + show(r, Fact.DATE)
                  + ": progression is dated back to this visit, which scored "
                  + show(r, Fact.RESPONSE_BEFORE)
                  + " ("
                  + show(r, Fact.RULE_BEFORE)
                  + ") before",
              "",
              "backdatedProgressionRewritesVisit");
      case OVERALL_PROGRESSION_BACKDATED ->
          cite(r, "PD: radiological progression dated back", RuleId.IMG_5.id());
      // --- TIME
      case TIME_NO_FOLLOW_UP -> "no follow-up assessment"; // the case format's own words
      case TIME_BEST_OF_ALL -> cite(r, "best of all time points");
      case TIME_BEST_UP_TO_FIRST_PD ->
          cite(
              r,
              "best of the time points up to the first PD, on " + show(r, Fact.PROGRESSION_DATE),
              "",
              RuleId.TIME_6.id());
      case TIME_CONFIRMED -> cite(r, show(r, Fact.RESPONSE) + " confirmed by a later visit");
      case TIME_NOT_CONFIRMED ->
          cite(
              r, show(r, Fact.RESPONSE) + " not confirmed, counted as " + show(r, Fact.COUNTED_AS));
      case TIME_BEFORE_MINIMUM_DAYS ->
          cite(
              r,
              show(r, Fact.RESPONSE)
                  + " counted as "
                  + show(r, Fact.COUNTED_AS)
                  + ": day "
                  + show(r, Fact.DAYS)
                  + " is before day "
                  + show(r, Fact.MINIMUM_DAYS));
      case TIME_PR_AFTER_CR_BREAKS_CONFIRMATION ->
          cite(
              r,
              "PR on "
                  + show(r, Fact.DATE)
                  + " after CR on "
                  + show(r, Fact.CR_DATE)
                  + ": it breaks confirmation of an earlier PR across the CR");
      case TIME_PR_AFTER_CR_REPORTED ->
          cite(
              r,
              "PR on "
                  + show(r, Fact.DATE)
                  + " after CR on "
                  + show(r, Fact.CR_DATE)
                  + ": reported only, prAfterCrBreaksConfirmation = false");
      // --- DX
      case DX_PATTERN -> cite(r, "MRI pattern " + show(r, Fact.PATTERN));
      case DX_TYPE ->
          cite(r, "type " + show(r, Fact.LM_TYPE) + ": cytology " + show(r, Fact.CYTOLOGY));
      case DX_CONFIRMED_BY_CYTOLOGY -> cite(r, show(r, Fact.CERTAINTY) + ": positive cytology");
      case DX_CONFIRMED_BY_BIOPSY ->
          cite(r, show(r, Fact.CERTAINTY) + ": a positive leptomeningeal biopsy");
      case DX_PROBABLE ->
          cite(
              r,
              show(r, Fact.CERTAINTY)
                  + ": typical clinical signs and a "
                  + "typical MRI, pattern "
                  + show(r, Fact.PATTERN));
      case DX_POSSIBLE_FROM_SIGNS ->
          cite(r, show(r, Fact.CERTAINTY) + ": typical clinical signs without a typical MRI");
      case DX_POSSIBLE_FROM_SIGNS_EQUIVOCAL_CYTOLOGY ->
          cite(
              r,
              show(r, Fact.CERTAINTY)
                  + ": typical clinical signs without a typical MRI, equivocal cytology");
      case DX_POSSIBLE_FROM_MRI ->
          cite(
              r,
              show(r, Fact.CERTAINTY)
                  + ": a typical MRI, pattern "
                  + show(r, Fact.PATTERN)
                  + ", without typical clinical signs");
      case DX_LACK_OF_EVIDENCE ->
          cite(
              r,
              show(r, Fact.CERTAINTY)
                  + ": no positive cytology or "
                  + "biopsy, no typical clinical signs, no typical MRI");
    };
  }

  /**
   * The sentence, then in parentheses what the text cites before the reason's rule (a policy or
   * another rule, if any), the rule, and what it cites after it (if any).
   */
  private static String cite(Reason r, String sentence, String before, String after) {
    StringBuilder text = new StringBuilder(sentence.length() + 48).append(sentence).append(" (");
    if (!before.isEmpty()) {
      text.append(before).append(", ");
    }
    text.append(r.rule().id());
    if (!after.isEmpty()) {
      text.append(", ").append(after);
    }
    return text.append(')').toString();
  }

  private static String cite(Reason r, String sentence, String before) {
    return cite(r, sentence, before, "");
  }

  private static String cite(Reason r, String sentence) {
    return cite(r, sentence, "", "");
  }

  /** A fact as text: a decimal in plain notation, anything else as itself. */
  private static String show(Reason r, Fact fact) {
    Object value = r.value(fact, Object.class);
    return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
  }

  /** E.g. {@code gait 1 -> 3}. */
  private static String levels(Reason r) {
    return r.string(Fact.DOMAIN)
        + " "
        + r.integer(Fact.LEVEL_BEFORE)
        + " -> "
        + r.integer(Fact.LEVEL_AFTER);
  }

  /** E.g. {@code 2 of 10 domains}. */
  private static String ofDomains(Reason r) {
    int judged = r.integer(Fact.DOMAINS_JUDGED);
    return r.integer(Fact.DOMAINS_NOT_EVALUABLE)
        + " of "
        + judged
        + (judged == 1 ? " domain" : " domains");
  }

  /** E.g. {@code cytology POSITIVE at baseline, NEGATIVE (8 mL) now: }. */
  private static String cytology(Reason r) {
    return "cytology "
        + sample(r, Fact.BASELINE_CYTOLOGY, Fact.BASELINE_VOLUME_ML)
        + " at baseline, "
        + sample(r, Fact.CYTOLOGY, Fact.VOLUME_ML)
        + " now: ";
  }

  private static String sample(Reason r, Fact result, Fact volume) {
    return show(r, result) + (r.has(volume) ? " (" + show(r, volume) + " mL)" : "");
  }

  /** E.g. {@code composite 4 -> 0}. */
  private static String composites(Reason r) {
    return "composite "
        + r.integer(Fact.COMPOSITE_BEFORE)
        + " -> "
        + r.integer(Fact.COMPOSITE_AFTER);
  }

  /** E.g. {@code composite 4 -> 2 (-50.0 %)}. */
  private static String change(Reason r) {
    return composites(r) + " (" + percent(r.decimal(Fact.PERCENT)) + " %)";
  }

  /** E.g. {@code evaluable composite 5 against nadir 2 (+150.0 %)}. */
  private static String against(Reason r) {
    boolean nadir =
        r.value(Fact.IMAGING_REFERENCE, ImagingProgressionReference.class)
            == ImagingProgressionReference.NADIR;
    return (r.flag(Fact.EVALUABLE_ONLY) ? "evaluable composite " : "composite ")
        + r.integer(Fact.COMPOSITE_AFTER)
        + " against "
        + (nadir ? "nadir " : "baseline ")
        + r.integer(Fact.COMPOSITE_BEFORE)
        + (r.has(Fact.PERCENT) ? " (" + percent(r.decimal(Fact.PERCENT)) + " %)" : "");
  }

  /** A change with its sign, e.g. {@code -50.0}, {@code +25.0}, {@code 0.0}. */
  private static String percent(BigDecimal change) {
    return (change.signum() > 0 ? "+" : "") + change.toPlainString();
  }
}
