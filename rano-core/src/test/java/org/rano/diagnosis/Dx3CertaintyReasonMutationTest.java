package org.rano.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rano.csf.CsfResult;

/**
 * DX-3: the reason for the certainty names what it rests on: the positive cytology or the
 * biopsy, the clinical signs (with an equivocal cytology mentioned), or the typical MRI pattern.
 */
class Dx3CertaintyReasonMutationTest {

  @Test
  void dx3_confirmed_namesCytologyOrBiopsy() {
    String byCytology = dx3(DiagnosticFindings.builder().cytology(CsfResult.POSITIVE).build());
    String byBiopsy = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .positiveBiopsy(true).build());

    assertThat(byCytology).contains("CONFIRMED", "cytology", "DX-3").doesNotContain("biopsy");
    assertThat(byBiopsy).contains("CONFIRMED", "biopsy").doesNotContain("cytology");
  }

  @Test
  void dx3_possibleFromSigns_mentionsAnEquivocalCytology() {
    String equivocal = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .clinicalSigns(true).build());
    String negative = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .clinicalSigns(true).build());

    assertThat(equivocal).contains("POSSIBLE", "equivocal");
    assertThat(negative).contains("POSSIBLE").doesNotContain("equivocal");
  }

  @Test
  void dx3_possibleFromTheMri_namesThePattern_andNotTheCytology() {
    String mri = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .nodularDisease(true).build());
    String signs = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .clinicalSigns(true).build());

    assertThat(mri).contains("POSSIBLE", "(B)").doesNotContain("equivocal");
    assertThat(mri).isNotEqualTo(signs);
  }

  @Test
  void dx3_probable_namesThePattern() {
    String probable = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .clinicalSigns(true).linearEnhancement(true).build());

    assertThat(probable).contains("PROBABLE", "(A)");
  }

  private static String dx3(DiagnosticFindings findings) {
    return EanoClassification.classify(findings).reasons().get(2);
  }
}
