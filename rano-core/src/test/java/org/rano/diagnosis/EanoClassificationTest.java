package org.rano.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.RuleId;
import org.rano.csf.CsfResult;

/**
 * Every combination of the EANO-ESMO classification inputs (DX-1 to DX-3), against an oracle; and
 * DX-3's reason, which names what the certainty rests on (the positive cytology or the biopsy,
 * the clinical signs with an equivocal cytology mentioned, or the typical MRI pattern).
 */
class EanoClassificationTest {

  static Stream<Arguments> everyCombination() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (CsfResult cytology : CsfResult.values()) {
      for (int bits = 0; bits < 32; bits++) {
        all.add(Arguments.of(cytology, (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
            (bits & 8) != 0, (bits & 16) != 0));
      }
    }
    return all.build();
  }

  @ParameterizedTest(name = "{0} biopsy={1} signs={2} linear={3} nodular={4} hydro={5}")
  @MethodSource("everyCombination")
  void dx_everyCombination_matchesTable(CsfResult cytology, boolean biopsy, boolean signs,
      boolean linear, boolean nodular, boolean hydrocephalus) {
    Diagnosis diagnosis = EanoClassification.classify(DiagnosticFindings.builder()
        .cytology(cytology).positiveBiopsy(biopsy).clinicalSigns(signs)
        .linearEnhancement(linear).nodularDisease(nodular).hydrocephalus(hydrocephalus)
        .build());

    MriPattern pattern = linear && nodular ? MriPattern.C
        : linear ? MriPattern.A
        : nodular ? MriPattern.B
        : hydrocephalus ? MriPattern.D_HYDROCEPHALUS : MriPattern.D_NORMAL;
    boolean typicalMri = linear || nodular;
    LmType type = cytology == CsfResult.POSITIVE ? LmType.I : LmType.II;
    Certainty certainty = cytology == CsfResult.POSITIVE || biopsy ? Certainty.CONFIRMED
        : signs && typicalMri ? Certainty.PROBABLE
        : signs || typicalMri ? Certainty.POSSIBLE
        : Certainty.LACK_OF_EVIDENCE;

    assertThat(diagnosis.pattern()).isEqualTo(pattern);
    assertThat(diagnosis.type()).isEqualTo(type);
    assertThat(diagnosis.certainty()).isEqualTo(certainty);
    assertThat(diagnosis.label()).isEqualTo(type.name() + pattern.name().substring(0, 1));
    assertThat(diagnosis.rules()).containsExactly(RuleId.DX_1, RuleId.DX_2, RuleId.DX_3);
    assertThat(diagnosis.reasons()).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labels")
  void dx_labels(String expected, DiagnosticFindings findings) {
    assertThat(EanoClassification.classify(findings).label()).isEqualTo(expected);
  }

  static Stream<Arguments> labels() {
    return Stream.of(
        Arguments.of("IC", DiagnosticFindings.builder().cytology(CsfResult.POSITIVE)
            .linearEnhancement(true).nodularDisease(true).build()),
        Arguments.of("IIA", DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
            .linearEnhancement(true).clinicalSigns(true).build()),
        Arguments.of("IID", DiagnosticFindings.builder().hydrocephalus(true).build()),
        Arguments.of("IB", DiagnosticFindings.builder().cytology(CsfResult.POSITIVE)
            .nodularDisease(true).build()));
  }

  @Test
  void dx3_confirmed_reasonNamesTheCytologyOrTheBiopsy() {
    String byCytology = dx3(DiagnosticFindings.builder().cytology(CsfResult.POSITIVE).build());
    String byBiopsy = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .positiveBiopsy(true).build());

    assertThat(byCytology).contains("CONFIRMED", "cytology", "DX-3").doesNotContain("biopsy");
    assertThat(byBiopsy).contains("CONFIRMED", "biopsy").doesNotContain("cytology");
  }

  @Test
  void dx3_possibleFromSigns_reasonMentionsAnEquivocalCytology() {
    String equivocal = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .clinicalSigns(true).build());
    String negative = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .clinicalSigns(true).build());

    assertThat(equivocal).contains("POSSIBLE", "equivocal");
    assertThat(negative).contains("POSSIBLE").doesNotContain("equivocal");
  }

  @Test
  void dx3_possibleFromTheMri_reasonNamesThePatternNotTheCytology() {
    String mri = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .nodularDisease(true).build());
    String signs = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .clinicalSigns(true).build());

    assertThat(mri).contains("POSSIBLE", "(B)").doesNotContain("equivocal");
    assertThat(mri).isNotEqualTo(signs);
  }

  @Test
  void dx3_probable_reasonNamesThePattern() {
    String probable = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .clinicalSigns(true).linearEnhancement(true).build());

    assertThat(probable).contains("PROBABLE", "(A)");
  }

  private static String dx3(DiagnosticFindings findings) {
    return EanoClassification.classify(findings).reasons().get(2);
  }
}
