package org.rano.neuro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rano.Criteria;
import org.rano.NeuroReference;
import org.rano.RuleId;

/**
 * NEURO-7 BEST_SO_FAR: every evaluable level lowers the reference, including an improvement
 * attributed to another cause (NEURO-4 excludes worsening only); an attributed worsening never
 * raises it; a domain NE at baseline keeps no reference.
 */
class Neuro7BestSoFarMutationTest {

  private static final Criteria BEST_SO_FAR = Criteria.defaults()
      .withNeuroReference(NeuroReference.BEST_SO_FAR);

  @Test
  void neuro7_attributedImprovement_lowersTheReference() {
    List<NeuroFinding> findings = series(BEST_SO_FAR, NeuroExam.normal().with(Lano.GAIT, 2),
        NeuroExam.normal().withAttributed(Lano.GAIT, 0, Attribution.TREATMENT_TOXICITY),
        NeuroExam.normal().with(Lano.GAIT, 2));

    assertThat(findings.get(1).status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(findings.get(1).rules()).contains(RuleId.NEURO_1, RuleId.NEURO_7);
  }

  @Test
  void neuro7_attributedWorsening_keepsTheReference() {
    List<NeuroFinding> findings = series(BEST_SO_FAR, NeuroExam.normal().with(Lano.GAIT, 1),
        NeuroExam.normal().withAttributed(Lano.GAIT, 3, Attribution.OTHER),
        NeuroExam.normal().with(Lano.GAIT, 2));

    assertThat(findings.get(0).status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(findings.get(1).status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro7_baselineReference_ignoresEarlierFollowUps() {
    List<NeuroFinding> findings = series(Criteria.defaults(),
        NeuroExam.normal().with(Lano.GAIT, 2), NeuroExam.normal(),
        NeuroExam.normal().with(Lano.GAIT, 2));

    assertThat(findings.get(0).status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(findings.get(1).status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(findings.get(1).rules()).doesNotContain(RuleId.NEURO_7);
  }

  @Test
  void neuro7_domainNeAtBaseline_staysWithoutReference() {
    List<NeuroFinding> findings = series(BEST_SO_FAR,
        NeuroExam.normal().withNotEvaluable(Lano.GAIT, "bed-bound"), NeuroExam.normal(),
        NeuroExam.normal().with(Lano.GAIT, 3));

    // gait 3 would be NEURO-2 progression from an earlier 0; without a reference it is left out
    assertThat(findings.get(1).status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(findings.get(1).rules()).contains(RuleId.NEURO_8);
  }

  private static List<NeuroFinding> series(Criteria criteria, NeuroExam baseline,
      NeuroExam... followUps) {
    List<Optional<NeuroExam>> exams = new java.util.ArrayList<>();
    for (NeuroExam exam : followUps) {
      exams.add(Optional.of(exam));
    }
    return NeuroRules.assessSeries(Optional.of(baseline), exams, criteria);
  }
}
