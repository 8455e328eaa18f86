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
 * The overall response of one follow-up, OVR-1 to OVR-5 with STER-1 to STER-3 (spec sections 5 and
 * 6): the first rule that holds decides, and every rule that fired is listed.
 */
final class OverallRules {
  private OverallRules() {}

  static VisitAssessment combine(
      NeuroFinding neuro,
      CsfFinding csf,
      ImagingFinding imaging,
      boolean baselineCsfPositive,
      Optional<BigDecimal> baselineSteroids,
      Visit visit,
      Criteria criteria) {
    // In the order applied. Each component lists its rules once and the families (NEURO, CSF,
    // IMG or LANO, STER, OVR) are disjoint, so the list holds every rule once.
    List<RuleId> rules = new ArrayList<>(8);
    List<Reason> reasons = new ArrayList<>();
    rules.addAll(neuro.rules());
    reasons.addAll(neuro.reasons());
    rules.add(csf.rule());
    reasons.addAll(csf.reasons());
    rules.addAll(imaging.rules());
    reasons.addAll(imaging.reasons());

    Optional<BigDecimal> steroids = visit.steroidMgPerDay();
    boolean doseUp =
        baselineSteroids.isPresent()
            && steroids.isPresent()
            && steroids.get().compareTo(baselineSteroids.get()) > 0;
    Response overall =
        decide(
            neuro,
            csf,
            imaging,
            baselineCsfPositive,
            doseUp,
            baselineSteroids,
            steroids,
            criteria,
            rules,
            reasons);
    if (doseUp) {
      // in the order applied: after STER-1 (a response the increase blocked), before the
      // deciding OVR rule, which is last
      rules.add(rules.size() - 1, RuleId.STER_2);
      reasons.add(
          reasons.size() - 1,
          Reason.builder(ReasonKind.STEROID_INCREASE)
              .with(Fact.STEROIDS_BEFORE, baselineSteroids.get())
              .with(Fact.STEROIDS_AFTER, steroids.get())
              .build());
    }
    return VisitAssessment.of(
        neuro,
        csf,
        imaging,
        overall,
        ImmutableList.copyOf(rules),
        ImmutableList.copyOf(reasons),
        visit.parenchymal());
  }

  private static Response decide(
      NeuroFinding neuro,
      CsfFinding csf,
      ImagingFinding imaging,
      boolean baselineCsfPositive,
      boolean doseUp,
      Optional<BigDecimal> baselineSteroids,
      Optional<BigDecimal> steroids,
      Criteria criteria,
      List<RuleId> rules,
      List<Reason> reasons) {
    boolean progression =
        neuro.status() == NeuroStatus.PROGRESSION || imaging.status() == ImagingStatus.PD;
    if (csf.status() == CsfStatus.CONVERTED) {
      if (criteria.csfConversionIsProgression()) {
        progression = true;
      } else {
        reasons.add(Reason.of(ReasonKind.CSF_CONVERSION_NOT_PROGRESSION));
      }
    }
    if (progression) {
      return decided(
          Response.PD,
          components(ReasonKind.OVERALL_PROGRESSION, neuro, csf, imaging)
              .with(Fact.CSF_CONVERSION_IS_PROGRESSION, criteria.csfConversionIsProgression()),
          rules,
          reasons);
    }

    boolean csfMissing = baselineCsfPositive && csf.status().isNotEvaluable();
    if (neuro.status() == NeuroStatus.NE
        || imaging.status() == ImagingStatus.NE
        || (csfMissing && criteria.csfMissingBlocks() == CsfMissingBlocks.ALL)) {
      return decided(
          Response.NE,
          components(ReasonKind.OVERALL_NOT_EVALUABLE, neuro, csf, imaging)
              .with(Fact.CSF_POSITIVE_AT_BASELINE, baselineCsfPositive)
              .with(Fact.CSF_MISSING_BLOCKS, criteria.csfMissingBlocks()),
          rules,
          reasons);
    }

    boolean steroidsHold = !doseUp;
    boolean noSteroids = steroids.isEmpty() || steroids.get().signum() == 0;
    boolean imagingCr =
        imaging.status() == ImagingStatus.CR && csf.status().allowsCompleteResponse();
    boolean normalMriCr =
        imaging.status() == ImagingStatus.NOT_APPLICABLE
            && !imaging.anyNewLesion()
            && imaging.allNonTargetsAbsent()
            && csf.status() == CsfStatus.CLEARED;
    boolean imagingResponse =
        imaging.status() == ImagingStatus.CR || imaging.status() == ImagingStatus.PR;

    if ((imagingCr || normalMriCr || imagingResponse) && !steroidsHold) {
      rules.add(RuleId.STER_1);
      reasons.add(
          Reason.builder(ReasonKind.STEROIDS_BLOCK_RESPONSE)
              .with(Fact.IMAGING, imaging.status())
              .with(Fact.STEROIDS_BEFORE, baselineSteroids.orElseThrow())
              .with(Fact.STEROIDS_AFTER, steroids.orElseThrow())
              .build());
      return decided(
          Response.SD,
          components(ReasonKind.OVERALL_RESPONSE_WITH_STEROIDS_UP, neuro, csf, imaging),
          rules,
          reasons);
    }
    if (csfMissing) {
      // only reached under csfMissingBlocks = CR_ONLY: the CSF status already rules out CR
      reasons.add(
          Reason.builder(ReasonKind.OVERALL_CSF_MISSING_RULES_OUT_CR)
              .with(Fact.CSF, csf.status())
              .build());
    }
    boolean attributed = !neuro.domainsWith(DomainOutcome.EXCLUDED).isEmpty();
    if ((imagingCr || normalMriCr) && attributed && criteria.attributedWorseningBlocksCr()) {
      reasons.add(Reason.of(ReasonKind.OVERALL_CR_BLOCKED_BY_ATTRIBUTED_WORSENING));
    } else if (imagingCr || normalMriCr) {
      if (criteria.crRequiresNoSteroids() && !noSteroids) {
        rules.add(RuleId.STER_3);
        reasons.add(
            Reason.builder(ReasonKind.OVERALL_CR_NEEDS_NO_STEROIDS)
                .with(Fact.STEROIDS_AFTER, steroids.orElseThrow())
                .build());
      } else {
        return decided(
            Response.CR,
            components(
                normalMriCr
                    ? ReasonKind.OVERALL_COMPLETE_RESPONSE_NORMAL_MRI
                    : ReasonKind.OVERALL_COMPLETE_RESPONSE,
                neuro,
                csf,
                imaging),
            rules,
            reasons);
      }
    }
    if (imagingResponse) {
      if (csf.status() == CsfStatus.CONVERTED) {
        return decided(
            Response.SD,
            components(ReasonKind.OVERALL_RESPONSE_BLOCKED_BY_CSF_CONVERSION, neuro, csf, imaging),
            rules,
            reasons);
      }
      if (criteria.responseRequiresCsfClearance()
          && baselineCsfPositive
          && csf.status() != CsfStatus.CLEARED) {
        return decided(
            Response.SD,
            components(ReasonKind.OVERALL_RESPONSE_NEEDS_CSF_CLEARANCE, neuro, csf, imaging),
            rules,
            reasons);
      }
      return decided(
          Response.PR,
          components(
              imaging.status() == ImagingStatus.CR
                  ? ReasonKind.OVERALL_PARTIAL_RESPONSE_FROM_RADIOLOGICAL_CR
                  : ReasonKind.OVERALL_PARTIAL_RESPONSE,
              neuro,
              csf,
              imaging),
          rules,
          reasons);
    }
    return decided(
        Response.SD, components(ReasonKind.OVERALL_STABLE, neuro, csf, imaging), rules, reasons);
  }

  /** A reason of the overall response with the three components' statuses. */
  private static Reason.Builder components(
      ReasonKind kind, NeuroFinding neuro, CsfFinding csf, ImagingFinding imaging) {
    return Reason.builder(kind)
        .with(Fact.NEURO, neuro.status())
        .with(Fact.CSF, csf.status())
        .with(Fact.IMAGING, imaging.status());
  }

  /** The deciding rule, the reason's own, comes last with its reason. */
  private static Response decided(
      Response response, Reason.Builder reason, List<RuleId> rules, List<Reason> reasons) {
    Reason decided = reason.build();
    rules.add(decided.rule());
    reasons.add(decided);
    return response;
  }
}
