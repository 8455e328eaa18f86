package org.rano.diagnosis;

import com.google.common.collect.ImmutableList;
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
    String why;
    if (positive || findings.positiveBiopsy()) {
      certainty = Certainty.CONFIRMED;
      why = positive ? "positive cytology" : "a positive leptomeningeal biopsy";
    } else if (findings.clinicalSigns() && pattern.isTypical()) {
      certainty = Certainty.PROBABLE;
      why = "typical clinical signs and a typical MRI (" + pattern + ")";
    } else if (findings.clinicalSigns() || pattern.isTypical()) {
      certainty = Certainty.POSSIBLE;
      why = findings.clinicalSigns()
          ? "typical clinical signs without a typical MRI"
              + (findings.cytology() == CsfResult.EQUIVOCAL ? ", equivocal cytology" : "")
          : "a typical MRI (" + pattern + ") without typical clinical signs";
    } else {
      certainty = Certainty.LACK_OF_EVIDENCE;
      why = "no positive cytology or biopsy, no typical clinical signs, no typical MRI";
    }
    return Diagnosis.builder()
        .pattern(pattern)
        .type(type)
        .certainty(certainty)
        .rules(ImmutableList.of(RuleId.DX_1, RuleId.DX_2, RuleId.DX_3))
        .reasons(ImmutableList.of(
            "MRI pattern " + pattern + " (DX-1)",
            "type " + type + ": cytology " + findings.cytology() + " (DX-2)",
            certainty + ": " + why + " (DX-3)"))
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
