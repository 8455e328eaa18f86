package org.rano;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rano.csf.CsfFinding;
import org.rano.csf.CsfStatus;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingStatus;
import org.rano.neuro.DomainOutcome;
import org.rano.neuro.NeuroFinding;
import org.rano.neuro.NeuroStatus;

/**
 * The overall response of one follow-up, OVR-1 to OVR-5 with STER-1 to STER-3 (spec sections 5
 * and 6): the first rule that holds decides, and every rule that fired is listed.
 */
final class OverallRules {
  private OverallRules() {}

  static VisitAssessment combine(NeuroFinding neuro, CsfFinding csf, ImagingFinding imaging,
      boolean baselineCsfPositive, Optional<BigDecimal> baselineSteroids, Visit visit,
      Criteria criteria) {
    // In the order applied. Each component lists its rules once and the families (NEURO, CSF,
    // IMG or LANO, STER, OVR) are disjoint, so the list holds every rule once.
    List<RuleId> rules = new ArrayList<>(8);
    List<String> reasons = new ArrayList<>();
    rules.addAll(neuro.rules());
    reasons.addAll(neuro.reasons());
    rules.add(csf.rule());
    reasons.add(csf.reason());
    rules.addAll(imaging.rules());
    reasons.addAll(imaging.reasons());

    Optional<BigDecimal> steroids = visit.steroidMgPerDay();
    boolean doseUp = baselineSteroids.isPresent() && steroids.isPresent()
        && steroids.get().compareTo(baselineSteroids.get()) > 0;
    Response overall = decide(neuro, csf, imaging, baselineCsfPositive, doseUp, steroids,
        criteria, rules, reasons);
    if (doseUp) {
      // in the order applied: after STER-1 (a response the increase blocked), before the
      // deciding OVR rule, which is last
      rules.add(rules.size() - 1, RuleId.STER_2);
      reasons.add(reasons.size() - 1, "steroids " + baselineSteroids.get().toPlainString()
          + " -> " + steroids.get().toPlainString() + " mg/day: an increase alone is not "
          + "progression (STER-2)");
    }
    return VisitAssessment.of(neuro, csf, imaging, overall, ImmutableList.copyOf(rules),
        ImmutableList.copyOf(reasons), visit.parenchymal());
  }

  private static Response decide(NeuroFinding neuro, CsfFinding csf, ImagingFinding imaging,
      boolean baselineCsfPositive, boolean doseUp, Optional<BigDecimal> steroids,
      Criteria criteria, List<RuleId> rules, List<String> reasons) {
    List<String> progression = new ArrayList<>();
    if (neuro.status() == NeuroStatus.PROGRESSION) {
      progression.add("neurological progression");
    }
    if (imaging.status() == ImagingStatus.PD) {
      progression.add("radiological progression");
    }
    if (csf.status() == CsfStatus.CONVERTED) {
      if (criteria.csfConversionIsProgression()) {
        progression.add("CSF converted to positive");
      } else {
        reasons.add("CSF converted to positive: not progression under "
            + "csfConversionIsProgression = false, but it blocks CR and PR (CSF-4)");
      }
    }
    if (!progression.isEmpty()) {
      return decided(Response.PD, RuleId.OVR_1, "PD: " + String.join(", ", progression)
          + " (OVR-1)", rules, reasons);
    }

    List<String> notEvaluable = new ArrayList<>();
    if (neuro.status() == NeuroStatus.NE) {
      notEvaluable.add("neurological exam NE");
    }
    if (imaging.status() == ImagingStatus.NE) {
      notEvaluable.add("imaging NE");
    }
    boolean csfMissing = baselineCsfPositive && csf.status().isNotEvaluable();
    if (csfMissing && criteria.csfMissingBlocks() == CsfMissingBlocks.ALL) {
      notEvaluable.add("CSF " + csf.status() + " with positive baseline cytology");
    }
    if (!notEvaluable.isEmpty()) {
      return decided(Response.NE, RuleId.OVR_2, "NE: " + String.join(", ", notEvaluable)
          + " (OVR-2)", rules, reasons);
    }

    boolean steroidsHold = !doseUp;
    boolean noSteroids = steroids.isEmpty() || steroids.get().signum() == 0;
    boolean imagingCr = imaging.status() == ImagingStatus.CR
        && csf.status().allowsCompleteResponse();
    boolean normalMriCr = imaging.status() == ImagingStatus.NOT_APPLICABLE
        && !imaging.anyNewLesion() && imaging.allNonTargetsAbsent()
        && csf.status() == CsfStatus.CLEARED;
    boolean imagingResponse = imaging.status() == ImagingStatus.CR
        || imaging.status() == ImagingStatus.PR;

    if ((imagingCr || normalMriCr || imagingResponse) && !steroidsHold) {
      rules.add(RuleId.STER_1);
      return decided(Response.SD, RuleId.OVR_5, "SD: a response while the steroid dose went "
          + "up above baseline (STER-1, OVR-5)", rules, reasons);
    }
    if (csfMissing) {
      // only reached under csfMissingBlocks = CR_ONLY: the CSF status already rules out CR
      reasons.add("CSF not evaluated (" + csf.status() + "): rules out CR only, "
          + "csfMissingBlocks = CR_ONLY (OVR-2)");
    }
    boolean attributed = !neuro.domainsWith(DomainOutcome.EXCLUDED).isEmpty();
    if ((imagingCr || normalMriCr) && attributed && criteria.attributedWorseningBlocksCr()) {
      reasons.add("CR ruled out by a worsening attributed to a non-LM cause, "
          + "attributedWorseningBlocksCr = true (NEURO-4)");
    } else if (imagingCr || normalMriCr) {
      if (criteria.crRequiresNoSteroids() && !noSteroids) {
        rules.add(RuleId.STER_3);
        reasons.add("CR needs no steroids under crRequiresNoSteroids (STER-3)");
      } else {
        return decided(Response.CR, RuleId.OVR_3, normalMriCr
            ? "CR: no target disease, no new lesion, every non-target absent, CSF cleared "
                + "(OVR-3)"
            : "CR: radiological CR, CSF " + csf.status() + ", neurological exam "
                + neuro.status() + " (OVR-3)", rules, reasons);
      }
    }
    if (imagingResponse) {
      if (csf.status() == CsfStatus.CONVERTED) {
        return decided(Response.SD, RuleId.OVR_5, "SD: CSF converted blocks a response "
            + "(CSF-4, OVR-5)", rules, reasons);
      }
      if (criteria.responseRequiresCsfClearance() && baselineCsfPositive
          && csf.status() != CsfStatus.CLEARED) {
        return decided(Response.SD, RuleId.OVR_5, "SD: PR needs CSF CLEARED under "
            + "responseRequiresCsfClearance, CSF is " + csf.status() + " (OVR-4, OVR-5)",
            rules, reasons);
      }
      String why = imaging.status() == ImagingStatus.CR
          ? "PR: radiological CR without the CR conditions (CSF " + csf.status() + ")"
          : "PR: radiological PR";
      return decided(Response.PR, RuleId.OVR_4, why + ", neurological exam "
          + neuro.status() + " (OVR-4)", rules, reasons);
    }
    return decided(Response.SD, RuleId.OVR_5, "SD: imaging " + imaging.status()
        + ", neurological exam " + neuro.status() + ", CSF " + csf.status()
        + " (OVR-5)", rules, reasons);
  }

  private static Response decided(Response response, RuleId rule, String reason,
      List<RuleId> rules, List<String> reasons) {
    rules.add(rule);
    reasons.add(reason);
    return response;
  }
}
