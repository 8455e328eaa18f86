package org.rano.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rano.Fact;
import org.rano.Reason;
import org.rano.ReasonKind;
import org.rano.RuleId;
import org.rano.csf.CsfResult;

/**
 * Every combination of the EANO-ESMO classification inputs (DX-1 to DX-3), against an oracle; and
 * the reasons, whose kinds and facts name what each rule found: DX-3's names what the certainty
 * rests on (the positive cytology or the biopsy, the clinical signs with an equivocal cytology, or
 * the typical MRI pattern).
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
  void dx_reasons_oneKindPerRule_withTheirFacts() {
    Diagnosis diagnosis = EanoClassification.classify(DiagnosticFindings.builder()
        .cytology(CsfResult.NEGATIVE).clinicalSigns(true).linearEnhancement(true)
        .nodularDisease(true).build());

    assertThat(diagnosis.reasons()).extracting(Reason::kind).containsExactly(
        ReasonKind.DX_PATTERN, ReasonKind.DX_TYPE, ReasonKind.DX_PROBABLE);
    assertThat(diagnosis.reasons()).extracting(Reason::rule).containsExactlyElementsOf(
        diagnosis.rules());
    assertThat(diagnosis.reasons().get(0).value(Fact.PATTERN, MriPattern.class))
        .isEqualTo(MriPattern.C);
    assertThat(diagnosis.reasons().get(1).value(Fact.LM_TYPE, LmType.class)).isEqualTo(LmType.II);
    assertThat(diagnosis.reasons().get(1).value(Fact.CYTOLOGY, CsfResult.class))
        .isEqualTo(CsfResult.NEGATIVE);
    assertThat(diagnosis.reasons().get(2).value(Fact.CERTAINTY, Certainty.class))
        .isEqualTo(Certainty.PROBABLE);
  }

  @Test
  void dx3_confirmed_reasonNamesTheCytologyOrTheBiopsy() {
    Reason byCytology = dx3(DiagnosticFindings.builder().cytology(CsfResult.POSITIVE).build());
    Reason byBiopsy = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .positiveBiopsy(true).build());

    assertThat(byCytology.kind()).isEqualTo(ReasonKind.DX_CONFIRMED_BY_CYTOLOGY);
    assertThat(byCytology.value(Fact.CYTOLOGY, CsfResult.class)).isEqualTo(CsfResult.POSITIVE);
    assertThat(byBiopsy.kind()).isEqualTo(ReasonKind.DX_CONFIRMED_BY_BIOPSY);
    assertThat(byBiopsy.has(Fact.CYTOLOGY)).isFalse();
    assertThat(byBiopsy.value(Fact.CERTAINTY, Certainty.class)).isEqualTo(Certainty.CONFIRMED);
  }

  @Test
  void dx3_possibleFromSigns_reasonMentionsAnEquivocalCytology() {
    Reason equivocal = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .clinicalSigns(true).build());
    Reason negative = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .clinicalSigns(true).build());

    assertThat(equivocal.kind()).isEqualTo(ReasonKind.DX_POSSIBLE_FROM_SIGNS_EQUIVOCAL_CYTOLOGY);
    assertThat(negative.kind()).isEqualTo(ReasonKind.DX_POSSIBLE_FROM_SIGNS);
    assertThat(negative.value(Fact.CERTAINTY, Certainty.class)).isEqualTo(Certainty.POSSIBLE);
  }

  @Test
  void dx3_possibleFromTheMri_reasonNamesThePatternNotTheCytology() {
    Reason mri = dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL)
        .nodularDisease(true).build());

    assertThat(mri.kind()).isEqualTo(ReasonKind.DX_POSSIBLE_FROM_MRI);
    assertThat(mri.value(Fact.PATTERN, MriPattern.class)).isEqualTo(MriPattern.B);
    assertThat(mri.has(Fact.CYTOLOGY)).isFalse();
  }

  @Test
  void dx3_probable_reasonNamesThePattern() {
    Reason probable = dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE)
        .clinicalSigns(true).linearEnhancement(true).build());

    assertThat(probable.kind()).isEqualTo(ReasonKind.DX_PROBABLE);
    assertThat(probable.value(Fact.PATTERN, MriPattern.class)).isEqualTo(MriPattern.A);
  }

  @Test
  void dx3_lackOfEvidence_reasonCarriesThePatternAndCytology() {
    Reason none = dx3(DiagnosticFindings.builder().cytology(CsfResult.NOT_DONE)
        .hydrocephalus(true).build());

    assertThat(none.kind()).isEqualTo(ReasonKind.DX_LACK_OF_EVIDENCE);
    assertThat(none.value(Fact.PATTERN, MriPattern.class)).isEqualTo(MriPattern.D_HYDROCEPHALUS);
    assertThat(none.value(Fact.CYTOLOGY, CsfResult.class)).isEqualTo(CsfResult.NOT_DONE);
  }

  private static Reason dx3(DiagnosticFindings findings) {
    return EanoClassification.classify(findings).reasons().get(2);
  }
}
