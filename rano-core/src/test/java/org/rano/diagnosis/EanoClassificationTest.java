package org.rano.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The EANO-ESMO classification (spec section 8, DX-1 to DX-3) against the section's tables written
 * out below row by row, one table per rule (MRI pattern, type, certainty, label), and every one of
 * the 128 combinations of the inputs looked up in them; and DX-3's reason, which names what the
 * certainty rests on (the positive cytology or the biopsy, the clinical signs with an equivocal
 * cytology mentioned, or the typical MRI pattern), as reason kinds and facts.
 */
class EanoClassificationTest {

  /**
   * DX-1, spec section 8 [EANO2023]: A linear, B nodular, C both, D_HYDROCEPHALUS hydrocephalus
   * only, D_NORMAL no (or equivocal) leptomeningeal finding; "typical MRI" is A, B or C (DX-3).
   * Hydrocephalus beside a linear or nodular finding is not "hydrocephalus only".
   */
  private static final String PATTERNS =
      """
      linear | nodular | hydrocephalus | pattern         | typical
      no     | no      | no            | D_NORMAL        | no
      no     | no      | yes           | D_HYDROCEPHALUS | no
      yes    | no      | no            | A               | yes
      yes    | no      | yes           | A               | yes
      no     | yes     | no            | B               | yes
      no     | yes     | yes           | B               | yes
      yes    | yes     | no            | C               | yes
      yes    | yes     | yes           | C               | yes
      """;

  /** DX-2, spec section 8 (settled 2026-11-30): the type follows cytology only. */
  private static final String TYPES =
      """
      cytology  | type
      POSITIVE  | I
      EQUIVOCAL | II
      NEGATIVE  | II
      NOT_DONE  | II
      """;

  /**
   * DX-3, spec section 8: CONFIRMED with positive cytology or a positive leptomeningeal biopsy;
   * PROBABLE with typical clinical signs and a typical MRI, cytology not positive; POSSIBLE with
   * signs or a typical MRI but not both (equivocal cytology with signs is POSSIBLE, the policy for
   * equivocal cells); LACK_OF_EVIDENCE with none of them.
   */
  private static final String CERTAINTIES =
      """
      cytology  | biopsy | signs | typical MRI | certainty
      POSITIVE  | no     | no    | no          | CONFIRMED
      POSITIVE  | no     | no    | yes         | CONFIRMED
      POSITIVE  | no     | yes   | no          | CONFIRMED
      POSITIVE  | no     | yes   | yes         | CONFIRMED
      POSITIVE  | yes    | no    | no          | CONFIRMED
      POSITIVE  | yes    | no    | yes         | CONFIRMED
      POSITIVE  | yes    | yes   | no          | CONFIRMED
      POSITIVE  | yes    | yes   | yes         | CONFIRMED
      EQUIVOCAL | no     | no    | no          | LACK_OF_EVIDENCE
      EQUIVOCAL | no     | no    | yes         | POSSIBLE
      EQUIVOCAL | no     | yes   | no          | POSSIBLE
      EQUIVOCAL | no     | yes   | yes         | PROBABLE
      EQUIVOCAL | yes    | no    | no          | CONFIRMED
      EQUIVOCAL | yes    | no    | yes         | CONFIRMED
      EQUIVOCAL | yes    | yes   | no          | CONFIRMED
      EQUIVOCAL | yes    | yes   | yes         | CONFIRMED
      NEGATIVE  | no     | no    | no          | LACK_OF_EVIDENCE
      NEGATIVE  | no     | no    | yes         | POSSIBLE
      NEGATIVE  | no     | yes   | no          | POSSIBLE
      NEGATIVE  | no     | yes   | yes         | PROBABLE
      NEGATIVE  | yes    | no    | no          | CONFIRMED
      NEGATIVE  | yes    | no    | yes         | CONFIRMED
      NEGATIVE  | yes    | yes   | no          | CONFIRMED
      NEGATIVE  | yes    | yes   | yes         | CONFIRMED
      NOT_DONE  | no     | no    | no          | LACK_OF_EVIDENCE
      NOT_DONE  | no     | no    | yes         | POSSIBLE
      NOT_DONE  | no     | yes   | no          | POSSIBLE
      NOT_DONE  | no     | yes   | yes         | PROBABLE
      NOT_DONE  | yes    | no    | no          | CONFIRMED
      NOT_DONE  | yes    | no    | yes         | CONFIRMED
      NOT_DONE  | yes    | yes   | no          | CONFIRMED
      NOT_DONE  | yes    | yes   | yes         | CONFIRMED
      """;

  /** Spec section 8: the label is the type and the pattern letter; both D patterns give D. */
  private static final String LABELS =
      """
      type | pattern         | label
      I    | A               | IA
      I    | B               | IB
      I    | C               | IC
      I    | D_HYDROCEPHALUS | ID
      I    | D_NORMAL        | ID
      II   | A               | IIA
      II   | B               | IIB
      II   | C               | IIC
      II   | D_HYDROCEPHALUS | IID
      II   | D_NORMAL        | IID
      """;

  /** A table as a map from its key columns (joined by spaces) to its last column(s). */
  private static Map<String, String> table(String text, int keyColumns) {
    Map<String, String> rows = new LinkedHashMap<>();
    List<String> lines = Splitter.on('\n').omitEmptyStrings().trimResults().splitToList(text);
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Splitter.on('|').trimResults().splitToList(line);
      String key = String.join(" ", cells.subList(0, keyColumns));
      if (rows.put(key, String.join(" ", cells.subList(keyColumns, cells.size()))) != null) {
        throw new IllegalStateException("row " + key + " given twice");
      }
    }
    return rows;
  }

  /** The row of a table for a key, failing when the table has none. */
  private static String row(Map<String, String> table, String key) {
    String row = table.get(key);
    assertThat(row).as("a table row for %s", key).isNotNull();
    return Objects.requireNonNull(row);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }

  @Test
  void dx_tables_haveOneRowForEveryInput() {
    assertThat(table(PATTERNS, 3)).hasSize(8);
    assertThat(table(TYPES, 1)).hasSize(CsfResult.values().length);
    assertThat(table(CERTAINTIES, 4)).hasSize(CsfResult.values().length * 8);
    assertThat(table(LABELS, 2)).hasSize(LmType.values().length * MriPattern.values().length);
  }

  static Stream<Arguments> everyCombination() {
    Stream.Builder<Arguments> all = Stream.builder();
    for (CsfResult cytology : CsfResult.values()) {
      for (boolean biopsy : new boolean[] {false, true}) {
        for (boolean signs : new boolean[] {false, true}) {
          for (boolean linear : new boolean[] {false, true}) {
            for (boolean nodular : new boolean[] {false, true}) {
              for (boolean hydrocephalus : new boolean[] {false, true}) {
                all.add(Arguments.of(cytology, biopsy, signs, linear, nodular, hydrocephalus));
              }
            }
          }
        }
      }
    }
    return all.build();
  }

  /** DX-1 to DX-3 and the label: each of the 128 combinations of the inputs, in the tables. */
  @ParameterizedTest(name = "{0} biopsy={1} signs={2} linear={3} nodular={4} hydro={5}")
  @MethodSource("everyCombination")
  void dx_everyCombination_isTheTablesRow(
      CsfResult cytology,
      boolean biopsy,
      boolean signs,
      boolean linear,
      boolean nodular,
      boolean hydrocephalus) {
    Diagnosis diagnosis =
        EanoClassification.classify(
            DiagnosticFindings.builder()
                .cytology(cytology)
                .positiveBiopsy(biopsy)
                .clinicalSigns(signs)
                .linearEnhancement(linear)
                .nodularDisease(nodular)
                .hydrocephalus(hydrocephalus)
                .build());

    List<String> patternRow =
        Splitter.on(' ')
            .splitToList(
                row(
                    table(PATTERNS, 3),
                    yesNo(linear) + " " + yesNo(nodular) + " " + yesNo(hydrocephalus)));
    String pattern = patternRow.get(0);
    String typical = patternRow.get(1);
    String type = row(table(TYPES, 1), cytology.name());
    String certainty =
        row(
            table(CERTAINTIES, 4),
            cytology.name() + " " + yesNo(biopsy) + " " + yesNo(signs) + " " + typical);

    assertThat(diagnosis.pattern().name()).as("DX-1").isEqualTo(pattern);
    assertThat(diagnosis.type().name()).as("DX-2").isEqualTo(type);
    assertThat(diagnosis.certainty().name()).as("DX-3").isEqualTo(certainty);
    assertThat(diagnosis.label()).isEqualTo(row(table(LABELS, 2), type + " " + pattern));
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
        Arguments.of(
            "IC",
            DiagnosticFindings.builder()
                .cytology(CsfResult.POSITIVE)
                .linearEnhancement(true)
                .nodularDisease(true)
                .build()),
        Arguments.of(
            "IIA",
            DiagnosticFindings.builder()
                .cytology(CsfResult.NEGATIVE)
                .linearEnhancement(true)
                .clinicalSigns(true)
                .build()),
        Arguments.of("IID", DiagnosticFindings.builder().hydrocephalus(true).build()),
        Arguments.of(
            "IB",
            DiagnosticFindings.builder()
                .cytology(CsfResult.POSITIVE)
                .nodularDisease(true)
                .build()));
  }

  @Test
  void dx_reasons_oneKindPerRule_withTheirFacts() {
    Diagnosis diagnosis =
        EanoClassification.classify(
            DiagnosticFindings.builder()
                .cytology(CsfResult.NEGATIVE)
                .clinicalSigns(true)
                .linearEnhancement(true)
                .nodularDisease(true)
                .build());

    assertThat(diagnosis.reasons())
        .extracting(Reason::kind)
        .containsExactly(ReasonKind.DX_PATTERN, ReasonKind.DX_TYPE, ReasonKind.DX_PROBABLE);
    assertThat(diagnosis.reasons())
        .extracting(Reason::rule)
        .containsExactlyElementsOf(diagnosis.rules());
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
    Reason byBiopsy =
        dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE).positiveBiopsy(true).build());

    assertThat(byCytology.kind()).isEqualTo(ReasonKind.DX_CONFIRMED_BY_CYTOLOGY);
    assertThat(byCytology.value(Fact.CYTOLOGY, CsfResult.class)).isEqualTo(CsfResult.POSITIVE);
    assertThat(byBiopsy.kind()).isEqualTo(ReasonKind.DX_CONFIRMED_BY_BIOPSY);
    assertThat(byBiopsy.has(Fact.CYTOLOGY)).isFalse();
    assertThat(byBiopsy.value(Fact.CERTAINTY, Certainty.class)).isEqualTo(Certainty.CONFIRMED);
  }

  @Test
  void dx3_possibleFromSigns_reasonMentionsAnEquivocalCytology() {
    Reason equivocal =
        dx3(DiagnosticFindings.builder().cytology(CsfResult.EQUIVOCAL).clinicalSigns(true).build());
    Reason negative =
        dx3(DiagnosticFindings.builder().cytology(CsfResult.NEGATIVE).clinicalSigns(true).build());

    assertThat(equivocal.kind()).isEqualTo(ReasonKind.DX_POSSIBLE_FROM_SIGNS_EQUIVOCAL_CYTOLOGY);
    assertThat(negative.kind()).isEqualTo(ReasonKind.DX_POSSIBLE_FROM_SIGNS);
    assertThat(negative.value(Fact.CERTAINTY, Certainty.class)).isEqualTo(Certainty.POSSIBLE);
  }

  @Test
  void dx3_possibleFromTheMri_reasonNamesThePatternNotTheCytology() {
    Reason mri =
        dx3(
            DiagnosticFindings.builder()
                .cytology(CsfResult.EQUIVOCAL)
                .nodularDisease(true)
                .build());

    assertThat(mri.kind()).isEqualTo(ReasonKind.DX_POSSIBLE_FROM_MRI);
    assertThat(mri.value(Fact.PATTERN, MriPattern.class)).isEqualTo(MriPattern.B);
    assertThat(mri.has(Fact.CYTOLOGY)).isFalse();
  }

  @Test
  void dx3_probable_reasonNamesThePattern() {
    Reason probable =
        dx3(
            DiagnosticFindings.builder()
                .cytology(CsfResult.NEGATIVE)
                .clinicalSigns(true)
                .linearEnhancement(true)
                .build());

    assertThat(probable.kind()).isEqualTo(ReasonKind.DX_PROBABLE);
    assertThat(probable.value(Fact.PATTERN, MriPattern.class)).isEqualTo(MriPattern.A);
  }

  @Test
  void dx3_lackOfEvidence_reasonCarriesThePatternAndCytology() {
    Reason none =
        dx3(DiagnosticFindings.builder().cytology(CsfResult.NOT_DONE).hydrocephalus(true).build());

    assertThat(none.kind()).isEqualTo(ReasonKind.DX_LACK_OF_EVIDENCE);
    assertThat(none.value(Fact.PATTERN, MriPattern.class)).isEqualTo(MriPattern.D_HYDROCEPHALUS);
    assertThat(none.value(Fact.CYTOLOGY, CsfResult.class)).isEqualTo(CsfResult.NOT_DONE);
  }

  private static Reason dx3(DiagnosticFindings findings) {
    return EanoClassification.classify(findings).reasons().get(2);
  }
}
