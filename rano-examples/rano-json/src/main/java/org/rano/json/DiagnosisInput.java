package org.rano.json;

import java.util.Objects;
import java.util.Optional;
import org.rano.diagnosis.Diagnosis;
import org.rano.diagnosis.DiagnosticFindings;
import org.rano.diagnosis.EanoClassification;

/**
 * The input of an EANO-ESMO diagnosis (spec section 8; README, "rano classify"), read from JSON: an
 * optional id and the findings.
 *
 * @param id the id, or empty when the input had none
 * @param findings the findings, not null
 */
public record DiagnosisInput(Optional<String> id, DiagnosticFindings findings) {

  /**
   * Obtains an input.
   *
   * @param id the id, or empty, not null
   * @param findings the findings, not null
   * @throws NullPointerException if either is null
   */
  public DiagnosisInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(findings, "findings");
  }

  /**
   * Classifies the findings (DX-1 to DX-3).
   *
   * @return the classification, not null
   */
  public Diagnosis classify() {
    return EanoClassification.classify(findings);
  }
}
