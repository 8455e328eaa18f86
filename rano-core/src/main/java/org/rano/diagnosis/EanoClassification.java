package org.rano.diagnosis;

import com.google.common.collect.ImmutableList;
import org.rano.Fact;
import org.rano.Reason;
import org.rano.ReasonKind;
import org.rano.RuleId;
import org.rano.csf.CsfResult;

/**
 * Classifies an LM diagnosis under EANO-ESMO [EANO2023] (spec section 8): DX-1 the MRI pattern,
 * DX-2 the type from cytology, DX-3 the certainty.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EanoClassification {
  private EanoClassification() {}

  /**
   * Classifies the findings.
   *
   * @param findings the findings, not null
   * @return the classification, not null
   */
  public static Diagnosis classify(DiagnosticFindings findings) {
    java.util.Objects.requireNonNull(findings, "findings");
    MriPattern pattern = pattern(findings);
    boolean positive = findings.cytology() == CsfResult.POSITIVE;
    LmType type = positive ? LmType.I : LmType.II;
    Certainty certainty;
    Reason.Builder why;
    if (positive || findings.positiveBiopsy()) {
      certainty = Certainty.CONFIRMED;
      why =
          positive
              ? Reason.builder(ReasonKind.DX_CONFIRMED_BY_CYTOLOGY)
                  .with(Fact.CYTOLOGY, findings.cytology())
              : Reason.builder(ReasonKind.DX_CONFIRMED_BY_BIOPSY);
    } else if (findings.clinicalSigns() && pattern.isTypical()) {
      certainty = Certainty.PROBABLE;
      why = Reason.builder(ReasonKind.DX_PROBABLE).with(Fact.PATTERN, pattern);
    } else if (findings.clinicalSigns() || pattern.isTypical()) {
      certainty = Certainty.POSSIBLE;
      why =
          findings.clinicalSigns()
              ? Reason.builder(
                      findings.cytology() == CsfResult.EQUIVOCAL
                          ? ReasonKind.DX_POSSIBLE_FROM_SIGNS_EQUIVOCAL_CYTOLOGY
                          : ReasonKind.DX_POSSIBLE_FROM_SIGNS)
                  .with(Fact.PATTERN, pattern)
                  .with(Fact.CYTOLOGY, findings.cytology())
              : Reason.builder(ReasonKind.DX_POSSIBLE_FROM_MRI).with(Fact.PATTERN, pattern);
    } else {
      certainty = Certainty.LACK_OF_EVIDENCE;
      why =
          Reason.builder(ReasonKind.DX_LACK_OF_EVIDENCE)
              .with(Fact.PATTERN, pattern)
              .with(Fact.CYTOLOGY, findings.cytology());
    }
    return Diagnosis.builder()
        .pattern(pattern)
        .type(type)
        .certainty(certainty)
        .rules(ImmutableList.of(RuleId.DX_1, RuleId.DX_2, RuleId.DX_3))
        .reasons(
            ImmutableList.of(
                Reason.builder(ReasonKind.DX_PATTERN).with(Fact.PATTERN, pattern).build(),
                Reason.builder(ReasonKind.DX_TYPE)
                    .with(Fact.LM_TYPE, type)
                    .with(Fact.CYTOLOGY, findings.cytology())
                    .build(),
                why.with(Fact.CERTAINTY, certainty).build()))
        .build();
  }

  private static MriPattern pattern(DiagnosticFindings findings) {
    if (findings.linearEnhancement() && findings.nodularDisease()) {
      return MriPattern.C;
    }
    if (findings.linearEnhancement()) {
      return MriPattern.A;
    }
    if (findings.nodularDisease()) {
      return MriPattern.B;
    }
    return findings.hydrocephalus() ? MriPattern.D_HYDROCEPHALUS : MriPattern.D_NORMAL;
  }
}
