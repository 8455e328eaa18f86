package org.rano.neuro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.NeuroMissingDomains;
import org.rano.RuleId;

/**
 * The explanation of the neurological component (NEURO-1 to NEURO-8): each domain that counted
 * is described with its name, its levels and the rule that applied, and the last reason sums up
 * the exam with its deciding rule. The wording is free: only names, numbers and rule IDs are
 * checked.
 */
class NeuroReasonsMutationTest {

  private static final Criteria DEFAULTS = Criteria.defaults();

  @Test
  void neuro1And2_bothRulesAndTheLevelsWorseAreNamed() {
    NeuroFinding finding = assess(NeuroExam.normal().with(Lano.GAIT, 1),
        NeuroExam.normal().with(Lano.GAIT, 3), DEFAULTS);

    assertThat(finding.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(finding.rules()).contains(RuleId.NEURO_1, RuleId.NEURO_2);
    assertThat(finding.reasons().get(0)).contains("gait", "1", "3", " 2 levels", "NEURO-1",
        "NEURO-2");
    assertThat(last(finding)).contains("PROGRESSION");
  }

  @Test
  void neuro1Only_namesNeuro1NotNeuro2() {
    NeuroFinding finding = assess(NeuroExam.normal(), NeuroExam.normal().with(Lano.GAIT, 2),
        DEFAULTS);

    assertThat(finding.rules()).contains(RuleId.NEURO_1).doesNotContain(RuleId.NEURO_2);
    assertThat(finding.reasons().get(0)).contains("gait", " 2 levels", "NEURO-1")
        .doesNotContain("NEURO-2");
  }

  @Test
  void neuro2Only_namesNeuro2NotNeuro1() {
    NeuroFinding finding = assess(NeuroExam.normal().with(Lano.GAIT, 2),
        NeuroExam.normal().with(Lano.GAIT, 3), DEFAULTS);

    assertThat(finding.rules()).contains(RuleId.NEURO_2).doesNotContain(RuleId.NEURO_1);
    assertThat(finding.reasons().get(0)).contains("gait", "NEURO-2").doesNotContain("NEURO-1");
  }

  @Test
  void neuro4_excludedWorsening_namesTheCause() {
    NeuroFinding finding = assess(NeuroExam.normal(),
        NeuroExam.normal().withAttributed(Lano.GAIT, 2, Attribution.TREATMENT_TOXICITY),
        DEFAULTS);

    assertThat(finding.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding.reasons().get(0)).contains("gait", "TREATMENT_TOXICITY", "NEURO-4");
    assertThat(last(finding)).contains("NEURO-3");
  }

  @Test
  void neuro5_improvement_isNamed() {
    NeuroFinding finding = assess(NeuroExam.normal().with(Lano.GAIT, 2), NeuroExam.normal(),
        DEFAULTS);

    assertThat(finding.status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(finding.reasons().get(0)).contains("gait", "NEURO-5");
    assertThat(last(finding)).contains("IMPROVED", "NEURO-5");
  }

  @Test
  void neuro6_notEvaluable_givesTheNote_andTheCount() {
    NeuroFinding finding = assess(NeuroExam.normal(),
        NeuroExam.normal().withNotEvaluable(Lano.HEARING, "patient intubated"), DEFAULTS);

    assertThat(finding.status()).isEqualTo(NeuroStatus.NE);
    assertThat(finding.reasons().get(0)).contains("hearing", "patient intubated");
    assertThat(last(finding)).contains("NE", "1", "STRICT", "NEURO-6");
  }

  @Test
  void neuro6_evaluableOnly_stableSummaryCitesNeuro6_fullExamCitesNeuro3() {
    Criteria evaluableOnly = DEFAULTS.withNeuroMissingDomains(NeuroMissingDomains.EVALUABLE_ONLY);

    NeuroFinding partial = assess(NeuroExam.normal(),
        NeuroExam.normal().withNotEvaluable(Lano.HEARING, "no audiometry"), evaluableOnly);
    NeuroFinding full = assess(NeuroExam.normal(), NeuroExam.normal(), evaluableOnly);

    assertThat(partial.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(last(partial)).contains("EVALUABLE_ONLY", "NEURO-6").doesNotContain("NEURO-3");
    assertThat(full.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(last(full)).contains("NEURO-3").doesNotContain("NEURO-6");
  }

  @Test
  void neuro8_domainNotEvaluableAtBaseline_isNamed() {
    NeuroFinding finding = assess(NeuroExam.normal().withNotEvaluable(Lano.VISION, "blind"),
        NeuroExam.normal(), DEFAULTS);

    assertThat(finding.rules()).contains(RuleId.NEURO_8);
    assertThat(finding.reasons().get(0)).contains("vision", "NEURO-8");
  }

  @Test
  void neuro8_noBaselineExam_everyFollowUpIsNe() {
    List<NeuroFinding> findings = NeuroRules.assessSeries(Optional.empty(),
        List.of(Optional.of(NeuroExam.normal()), Optional.empty()), DEFAULTS);

    assertThat(findings).hasSize(2).allSatisfy(finding -> {
      assertThat(finding.status()).isEqualTo(NeuroStatus.NE);
      assertThat(finding.rules()).containsExactly(RuleId.NEURO_8);
      assertThat(finding.reasons()).singleElement().asString().contains("baseline", "NEURO-8");
    });
  }

  @Test
  void neuro8_noExamAtAFollowUp_isNe_withoutBlamingTheBaseline() {
    List<NeuroFinding> findings = NeuroRules.assessSeries(Optional.of(NeuroExam.normal()),
        List.of(Optional.empty()), DEFAULTS);

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.status()).isEqualTo(NeuroStatus.NE);
      assertThat(finding.rules()).containsExactly(RuleId.NEURO_8);
      assertThat(finding.reasons()).singleElement().asString().contains("NEURO-8")
          .doesNotContain("baseline");
    });
  }

  private static NeuroFinding assess(NeuroExam baseline, NeuroExam followUp, Criteria criteria) {
    return NeuroRules.assessSeries(Optional.of(baseline), List.of(Optional.of(followUp)),
        criteria).get(0);
  }

  private static String last(NeuroFinding finding) {
    return finding.reasons().get(finding.reasons().size() - 1);
  }
}
