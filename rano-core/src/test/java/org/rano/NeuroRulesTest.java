package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rano.Fixtures.day;
import static org.rano.Fixtures.examOnlyBaseline;
import static org.rano.Fixtures.examOnlyFollowUp;
import static org.rano.Fixtures.kinds;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainFinding;
import org.rano.neuro.DomainOutcome;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;
import org.rano.neuro.NeuroFinding;
import org.rano.neuro.NeuroStatus;

/**
 * NEURO-1 to NEURO-8 (spec section 2.2), each on both sides of its boundary, and the reasons that
 * explain the neurological component (only names, levels and rule IDs are checked; the wording is
 * free).
 */
class NeuroRulesTest {

  private static final Criteria DEFAULTS = Criteria.defaults();
  private static final Criteria EVALUABLE_ONLY =
      Criteria.defaults().withNeuroMissingDomains(NeuroMissingDomains.EVALUABLE_ONLY);
  private static final Criteria BEST_SO_FAR =
      Criteria.defaults().withNeuroReference(NeuroReference.BEST_SO_FAR);

  private static NeuroFinding neuro(Criteria criteria, NeuroExam baseline, NeuroExam followUp) {
    return Fixtures.assess(criteria, examOnlyBaseline(baseline), examOnlyFollowUp(followUp))
        .neuro();
  }

  private static NeuroFinding neuro(NeuroExam baseline, NeuroExam followUp) {
    return neuro(DEFAULTS, baseline, followUp);
  }

  private static NeuroExam at(Domain domain, int level) {
    return NeuroExam.normal().with(domain, level);
  }

  private static DomainFinding finding(NeuroFinding finding, Domain domain) {
    return finding.domains().stream()
        .filter(d -> d.domain().equals(domain))
        .findFirst()
        .orElseThrow();
  }

  private static NeuroFinding[] series(
      Criteria criteria, NeuroExam baseline, NeuroExam... followUps) {
    Visit[] visits = new Visit[followUps.length];
    for (int i = 0; i < followUps.length; i++) {
      visits[i] = Visit.on(day(28 * (i + 1))).neuro(followUps[i]).build();
    }
    CaseAssessment result =
        Fixtures.assessCase(
            criteria, Visit.on(Fixtures.BASELINE_DATE).neuro(baseline).build(), visits);
    NeuroFinding[] findings = new NeuroFinding[followUps.length];
    for (int i = 0; i < followUps.length; i++) {
      findings[i] = Fixtures.visit(result, i).neuro();
    }
    return findings;
  }

  // NEURO-1: worse by two or more levels

  @Test
  void neuro1_gaitZeroToTwo_isProgression() {
    NeuroFinding result = neuro(at(Lano.GAIT, 0), at(Lano.GAIT, 2));

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.rules()).contains(RuleId.NEURO_1).doesNotContain(RuleId.NEURO_2);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.PROGRESSION);
    assertThat(finding(result, Lano.GAIT).rules()).containsExactly(RuleId.NEURO_1);
  }

  @Test
  void neuro1_gaitZeroToOne_isStable() {
    NeuroFinding result = neuro(at(Lano.GAIT, 0), at(Lano.GAIT, 1));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.STABLE);
  }

  @Test
  void neuro1_strengthOneToThree_isProgressionByBothRules() {
    NeuroFinding result = neuro(at(Lano.STRENGTH, 1), at(Lano.STRENGTH, 3));

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(finding(result, Lano.STRENGTH).rules())
        .containsExactly(RuleId.NEURO_1, RuleId.NEURO_2);
  }

  @Test
  void neuro1_levelOfConsciousnessOneToThree_isProgression() {
    assertThat(
            neuro(at(Lano.LEVEL_OF_CONSCIOUSNESS, 1), at(Lano.LEVEL_OF_CONSCIOUSNESS, 3)).status())
        .isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro1_visionOneToTwo_isStable() {
    assertThat(neuro(at(Lano.VISION, 1), at(Lano.VISION, 2)).status())
        .isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro1_sensationZeroToTwo_isProgression() {
    NeuroFinding result = neuro(at(Lano.SENSATION, 0), at(Lano.SENSATION, 2));

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(finding(result, Lano.SENSATION).rules())
        .containsExactly(RuleId.NEURO_1, RuleId.NEURO_2);
  }

  // NEURO-2: reaches the highest level from below

  @Test
  void neuro2_gaitTwoToThree_isProgression() {
    NeuroFinding result = neuro(at(Lano.GAIT, 2), at(Lano.GAIT, 3));

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.rules()).contains(RuleId.NEURO_2).doesNotContain(RuleId.NEURO_1);
    assertThat(finding(result, Lano.GAIT).rules()).containsExactly(RuleId.NEURO_2);
  }

  @Test
  void neuro2_gaitOneToTwo_isStable() {
    assertThat(neuro(at(Lano.GAIT, 1), at(Lano.GAIT, 2)).status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro2_sensationOneToTwo_isProgression() {
    NeuroFinding result = neuro(at(Lano.SENSATION, 1), at(Lano.SENSATION, 2));

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(finding(result, Lano.SENSATION).rules()).containsExactly(RuleId.NEURO_2);
  }

  @Test
  void neuro2_sensationZeroToOne_isStable() {
    assertThat(neuro(at(Lano.SENSATION, 0), at(Lano.SENSATION, 1)).status())
        .isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro2_hearingOneToTwo_isProgression() {
    assertThat(neuro(at(Lano.HEARING, 1), at(Lano.HEARING, 2)).status())
        .isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro2_facialStrengthOneToTwo_isProgression() {
    assertThat(neuro(at(Lano.FACIAL_STRENGTH, 1), at(Lano.FACIAL_STRENGTH, 2)).status())
        .isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro2_gaitThreeToThree_isStable() {
    NeuroFinding result = neuro(at(Lano.GAIT, 3), at(Lano.GAIT, 3));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.STABLE);
  }

  @Test
  void neuro2_behaviourTwoToTwo_isStable() {
    assertThat(neuro(at(Lano.BEHAVIOUR, 2), at(Lano.BEHAVIOUR, 2)).status())
        .isEqualTo(NeuroStatus.STABLE);
  }

  // NEURO-3: per domain, one-level changes do not add up

  @Test
  void neuro3_oneLevelWorseInEveryDomain_isStable() {
    NeuroExam worse = NeuroExam.normal();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      worse = worse.with(domain, 1);
    }

    NeuroFinding result = neuro(NeuroExam.normal(), worse);

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(result.rules())
        .contains(RuleId.NEURO_3)
        .doesNotContain(RuleId.NEURO_1, RuleId.NEURO_2);
  }

  @Test
  void neuro3_oneLevelWorseInTheThreeLevelDomainsFromOne_isStable() {
    NeuroExam base =
        NeuroExam.normal()
            .with(Lano.GAIT, 1)
            .with(Lano.STRENGTH, 1)
            .with(Lano.VISION, 1)
            .with(Lano.EYE_MOVEMENTS, 1)
            .with(Lano.LEVEL_OF_CONSCIOUSNESS, 1);
    NeuroExam worse =
        NeuroExam.normal()
            .with(Lano.GAIT, 2)
            .with(Lano.STRENGTH, 2)
            .with(Lano.VISION, 2)
            .with(Lano.EYE_MOVEMENTS, 2)
            .with(Lano.LEVEL_OF_CONSCIOUSNESS, 2)
            .with(Lano.SENSATION, 1)
            .with(Lano.HEARING, 1);

    assertThat(neuro(base, worse).status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro3_twoLevelsWorseInOneDomain_isProgression() {
    NeuroExam worse =
        NeuroExam.normal().with(Lano.GAIT, 1).with(Lano.STRENGTH, 1).with(Lano.VISION, 2);

    NeuroFinding result = neuro(NeuroExam.normal(), worse);

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.domainsWith(DomainOutcome.PROGRESSION))
        .extracting(DomainFinding::domain)
        .containsExactly(Lano.VISION);
  }

  @Test
  void neuro3_unchangedExam_isStable() {
    NeuroFinding result = neuro(NeuroExam.normal(), NeuroExam.normal());

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(result.rules()).containsExactly(RuleId.NEURO_3);
    assertThat(result.domains())
        .hasSize(10)
        .allSatisfy(d -> assertThat(d.outcome()).isEqualTo(DomainOutcome.STABLE));
  }

  // NEURO-4: attribution to a non-LM cause

  @Test
  void neuro4_attributedWorseningToHighestLevel_isExcluded() {
    NeuroExam base = at(Lano.STRENGTH, 1);
    NeuroFinding result =
        neuro(base, base.withAttributed(Lano.STRENGTH, 3, Attribution.BRAIN_METASTASES));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(result.rules())
        .contains(RuleId.NEURO_4)
        .doesNotContain(RuleId.NEURO_1, RuleId.NEURO_2);
    DomainFinding strength = finding(result, Lano.STRENGTH);
    assertThat(strength.outcome()).isEqualTo(DomainOutcome.EXCLUDED);
    assertThat(strength.rules()).containsExactly(RuleId.NEURO_4);
    assertThat(strength.excludedCause()).hasValue(Attribution.BRAIN_METASTASES);
  }

  @Test
  void neuro4_sameWorseningUnattributed_isProgression() {
    NeuroExam base = at(Lano.STRENGTH, 1);

    assertThat(neuro(base, base.with(Lano.STRENGTH, 3)).status())
        .isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro4_attributedWorsening_doesNotMakeTheExamNe() {
    for (Attribution cause : Attribution.values()) {
      NeuroFinding result =
          neuro(NeuroExam.normal(), NeuroExam.normal().withAttributed(Lano.GAIT, 3, cause));

      assertThat(result.status()).as("%s", cause).isEqualTo(NeuroStatus.STABLE);
      assertThat(finding(result, Lano.GAIT).excludedCause()).hasValue(cause);
    }
  }

  @Test
  void neuro4_attributedOneLevelWorsening_isExcluded() {
    NeuroFinding result =
        neuro(
            NeuroExam.normal(), NeuroExam.normal().withAttributed(Lano.GAIT, 1, Attribution.OTHER));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.EXCLUDED);
  }

  @Test
  void neuro4_attributedLevelThatIsNotAWorsening_isUsedAsGiven() {
    NeuroFinding result =
        neuro(
            at(Lano.GAIT, 2),
            NeuroExam.normal().withAttributed(Lano.GAIT, 0, Attribution.TREATMENT_TOXICITY));

    assertThat(result.status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.IMPROVED);
    assertThat(finding(result, Lano.GAIT).excludedCause()).isEmpty();
  }

  @Test
  void neuro4_attributedUnchangedLevel_isStableNotExcluded() {
    NeuroFinding result =
        neuro(at(Lano.GAIT, 2), NeuroExam.normal().withAttributed(Lano.GAIT, 2, Attribution.OTHER));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.STABLE);
    assertThat(result.rules()).doesNotContain(RuleId.NEURO_4);
  }

  @Test
  void neuro4_attributedLevelAtBaseline_isTheReference() {
    NeuroExam base = NeuroExam.normal().withAttributed(Lano.GAIT, 1, Attribution.OTHER);

    assertThat(neuro(base, at(Lano.GAIT, 3)).status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(neuro(base, at(Lano.GAIT, 2)).status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro4_attributedWorseningInOneDomain_doesNotHideProgressionInAnother() {
    NeuroExam followUp =
        NeuroExam.normal()
            .withAttributed(Lano.GAIT, 3, Attribution.SYSTEMIC_PROGRESSION)
            .with(Lano.VISION, 2);

    NeuroFinding result = neuro(NeuroExam.normal(), followUp);

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.EXCLUDED);
    assertThat(finding(result, Lano.VISION).outcome()).isEqualTo(DomainOutcome.PROGRESSION);
  }

  @Test
  void neuro4_attributedWorseningAlone_givesNoOverallProgression() {
    Visit.Builder baseline = Fixtures.twoLesionBaseline();
    Visit.Builder followUp =
        Fixtures.twoLesionFollowUp(2, 2)
            .neuro(NeuroExam.normal().withAttributed(Lano.GAIT, 3, Attribution.BRAIN_METASTASES));

    assertThat(Fixtures.assess(baseline, followUp).overall()).isEqualTo(Response.SD);
  }

  // NEURO-5: improvement (policy neuroImprovement)

  @Test
  void neuro5_gaitTwoToZero_isImproved() {
    NeuroFinding result = neuro(at(Lano.GAIT, 2), at(Lano.GAIT, 0));

    assertThat(result.status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(result.rules()).contains(RuleId.NEURO_5);
    assertThat(finding(result, Lano.GAIT).rules()).containsExactly(RuleId.NEURO_5);
  }

  @Test
  void neuro5_gaitOneToZero_isStable() {
    assertThat(neuro(at(Lano.GAIT, 1), at(Lano.GAIT, 0)).status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro5_gaitThreeToTwo_isImprovedFromTheHighestLevel() {
    assertThat(neuro(at(Lano.GAIT, 3), at(Lano.GAIT, 2)).status()).isEqualTo(NeuroStatus.IMPROVED);
  }

  @Test
  void neuro5_gaitTwoToOne_isStable() {
    assertThat(neuro(at(Lano.GAIT, 2), at(Lano.GAIT, 1)).status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro5_sensationTwoToOne_isImproved() {
    assertThat(neuro(at(Lano.SENSATION, 2), at(Lano.SENSATION, 1)).status())
        .isEqualTo(NeuroStatus.IMPROVED);
  }

  @Test
  void neuro5_sensationOneToZero_isStable() {
    assertThat(neuro(at(Lano.SENSATION, 1), at(Lano.SENSATION, 0)).status())
        .isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro5_improvementWithAnotherDomainProgressing_isProgression() {
    NeuroExam base = at(Lano.GAIT, 3);
    NeuroExam followUp = NeuroExam.normal().with(Lano.GAIT, 0).with(Lano.VISION, 3);

    assertThat(neuro(base, followUp).status()).isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro5_improvementWithOneLevelWorseningElsewhere_isImproved() {
    NeuroExam base = at(Lano.GAIT, 3);
    NeuroExam followUp = NeuroExam.normal().with(Lano.GAIT, 0).with(Lano.VISION, 1);

    assertThat(neuro(base, followUp).status()).isEqualTo(NeuroStatus.IMPROVED);
  }

  @Test
  void neuro5_improvementWithAnExcludedWorseningElsewhere_isImproved() {
    NeuroExam followUp =
        NeuroExam.normal()
            .with(Lano.GAIT, 0)
            .withAttributed(Lano.VISION, 3, Attribution.BRAIN_METASTASES);

    assertThat(neuro(at(Lano.GAIT, 2), followUp).status()).isEqualTo(NeuroStatus.IMPROVED);
  }

  @Test
  void neuro5_policyNone_neverImproved() {
    Criteria none = Criteria.defaults().withNeuroImprovement(NeuroImprovement.NONE);

    NeuroFinding result = neuro(none, at(Lano.GAIT, 3), at(Lano.GAIT, 0));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(result, Lano.GAIT).outcome()).isEqualTo(DomainOutcome.STABLE);
    assertThat(result.rules()).doesNotContain(RuleId.NEURO_5);
  }

  @Test
  void neuro5_policyNone_progressionStillCounts() {
    Criteria none = Criteria.defaults().withNeuroImprovement(NeuroImprovement.NONE);

    assertThat(neuro(none, at(Lano.GAIT, 0), at(Lano.GAIT, 2)).status())
        .isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro5_improvedExamAlone_isNoResponse() {
    Visit.Builder baseline = Fixtures.twoLesionBaseline().neuro(at(Lano.GAIT, 3));
    Visit.Builder followUp = Fixtures.twoLesionFollowUp(2, 2).neuro(at(Lano.GAIT, 0));

    var result = Fixtures.assess(baseline, followUp);

    assertThat(result.neuro().status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(result.overall()).isEqualTo(Response.SD);
  }

  // NEURO-6: domains that are not evaluable (policy neuroMissingDomains)

  @Test
  void neuro6_strict_oneDomainNe_isNe() {
    NeuroFinding result =
        neuro(
            NeuroExam.normal(),
            NeuroExam.normal().withNotEvaluable(Lano.HEARING, "hearing aid lost"));

    assertThat(result.status()).isEqualTo(NeuroStatus.NE);
    assertThat(result.rules()).contains(RuleId.NEURO_6);
    assertThat(result.domainsWith(DomainOutcome.NE))
        .extracting(DomainFinding::domain)
        .containsExactly(Lano.HEARING);
  }

  @Test
  void neuro6_strict_noDomainNe_isNotNe() {
    assertThat(neuro(NeuroExam.normal(), NeuroExam.normal()).status())
        .isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro6_strict_progressionInAnEvaluableDomain_stands() {
    NeuroExam followUp =
        NeuroExam.normal()
            .withNotEvaluable(Lano.HEARING, "intubated")
            .withNotEvaluable(Lano.SWALLOWING, "intubated")
            .with(Lano.GAIT, 2);

    NeuroFinding result = neuro(NeuroExam.normal(), followUp);

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.rules()).contains(RuleId.NEURO_1);
  }

  @Test
  void neuro6_strict_improvementWithOneNeDomain_isNe() {
    NeuroFinding result =
        neuro(at(Lano.GAIT, 3), at(Lano.GAIT, 0).withNotEvaluable(Lano.VISION, "eyes swollen"));

    assertThat(result.status()).isEqualTo(NeuroStatus.NE);
  }

  @Test
  void neuro6_evaluableOnly_oneDomainNe_judgesTheOthersAndFlagsIt() {
    NeuroFinding result =
        neuro(
            EVALUABLE_ONLY,
            NeuroExam.normal(),
            NeuroExam.normal().withNotEvaluable(Lano.HEARING, "hearing aid lost"));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(result.rules()).contains(RuleId.NEURO_6);
    assertThat(result.domainsWith(DomainOutcome.NE))
        .extracting(DomainFinding::domain)
        .containsExactly(Lano.HEARING);
  }

  @Test
  void neuro6_evaluableOnly_improvementWithOneNeDomain_isImproved() {
    NeuroFinding result =
        neuro(
            EVALUABLE_ONLY,
            at(Lano.GAIT, 3),
            at(Lano.GAIT, 0).withNotEvaluable(Lano.VISION, "eyes swollen"));

    assertThat(result.status()).isEqualTo(NeuroStatus.IMPROVED);
  }

  @Test
  void neuro6_evaluableOnly_progressionInTheOnlyEvaluableDomain_isProgression() {
    NeuroExam followUp = allNotEvaluable().with(Lano.GAIT, 2);

    assertThat(neuro(EVALUABLE_ONLY, NeuroExam.normal(), followUp).status())
        .isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro6_evaluableOnly_oneEvaluableStableDomain_isStable() {
    NeuroExam followUp = allNotEvaluable().with(Lano.GAIT, 1);

    assertThat(neuro(EVALUABLE_ONLY, NeuroExam.normal(), followUp).status())
        .isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro6_evaluableOnly_noEvaluableDomain_isNe() {
    NeuroFinding result = neuro(EVALUABLE_ONLY, NeuroExam.normal(), allNotEvaluable());

    assertThat(result.status()).isEqualTo(NeuroStatus.NE);
    assertThat(result.rules()).contains(RuleId.NEURO_6);
  }

  @Test
  void neuro6_evaluableOnly_noDomainWithAReference_isNe() {
    NeuroFinding result = neuro(EVALUABLE_ONLY, allNotEvaluable(), NeuroExam.normal());

    assertThat(result.status()).isEqualTo(NeuroStatus.NE);
  }

  @Test
  void neuro6_neExamAtFollowUp_makesTheVisitNe() {
    Visit.Builder followUp =
        Fixtures.twoLesionFollowUp(1, 1)
            .neuro(NeuroExam.normal().withNotEvaluable(Lano.VISION, "eyes swollen"));

    var result = Fixtures.assess(Fixtures.twoLesionBaseline(), followUp);

    assertThat(result.overall()).isEqualTo(Response.NE);
    assertThat(result.rules()).contains(RuleId.NEURO_6, RuleId.OVR_2);
  }

  private static NeuroExam allNotEvaluable() {
    NeuroExam exam = NeuroExam.normal();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      exam = exam.withNotEvaluable(domain, "sedated");
    }
    return exam;
  }

  // NEURO-7: the reference level (policy neuroReference)

  @Test
  void neuro7_baseline_twoLevelsAboveAnEarlierBetterFollowUp_isStable() {
    NeuroFinding[] findings =
        series(DEFAULTS, at(Lano.GAIT, 2), at(Lano.GAIT, 0), at(Lano.GAIT, 2));

    assertThat(findings[0].status()).isEqualTo(NeuroStatus.IMPROVED);
    assertThat(findings[1].status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(findings[1].rules()).doesNotContain(RuleId.NEURO_7);
    assertThat(finding(findings[1], Lano.GAIT).reference()).hasValue(2);
  }

  @Test
  void neuro7_bestSoFar_twoLevelsAboveTheBestEarlierLevel_isProgression() {
    NeuroFinding[] findings =
        series(BEST_SO_FAR, at(Lano.GAIT, 2), at(Lano.GAIT, 0), at(Lano.GAIT, 2));

    assertThat(findings[1].status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(findings[1].rules()).contains(RuleId.NEURO_1, RuleId.NEURO_7);
    assertThat(finding(findings[1], Lano.GAIT).reference()).hasValue(0);
    // the reason gives the best level so far as the reference, then names the policy
    assertThat(kinds(findings[1].reasons()))
        .containsExactly(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO, ReasonKind.NEURO_BEST_SO_FAR);
    assertThat(findings[1].reasons().get(0).integer(Fact.LEVEL_BEFORE)).isEqualTo(0);
  }

  @Test
  void neuro7_bestSoFar_oneLevelAboveTheBestEarlierLevel_isStable() {
    NeuroFinding[] findings =
        series(BEST_SO_FAR, at(Lano.GAIT, 2), at(Lano.GAIT, 1), at(Lano.GAIT, 2));

    assertThat(findings[1].status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(findings[1], Lano.GAIT).reference()).hasValue(1);
  }

  @Test
  void neuro7_bestSoFar_worseFollowUpDoesNotRaiseTheReference() {
    NeuroFinding[] findings =
        series(BEST_SO_FAR, at(Lano.GAIT, 0), at(Lano.GAIT, 1), at(Lano.GAIT, 2));

    assertThat(findings[1].status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(finding(findings[1], Lano.GAIT).reference()).hasValue(0);
  }

  @Test
  void neuro7_bestSoFar_excludedAttributedWorseningKeepsTheReference() {
    NeuroFinding[] findings =
        series(
            BEST_SO_FAR,
            at(Lano.GAIT, 1),
            NeuroExam.normal().withAttributed(Lano.GAIT, 3, Attribution.TREATMENT_TOXICITY),
            at(Lano.GAIT, 2));

    assertThat(findings[0].status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(findings[1], Lano.GAIT).reference()).hasValue(1);
    assertThat(findings[1].status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro7_bestSoFar_attributedLevelThatIsNotAWorsening_lowersTheReference() {
    NeuroFinding[] findings =
        series(
            BEST_SO_FAR,
            at(Lano.GAIT, 2),
            NeuroExam.normal().withAttributed(Lano.GAIT, 0, Attribution.OTHER),
            at(Lano.GAIT, 2));

    assertThat(finding(findings[1], Lano.GAIT).reference()).hasValue(0);
    assertThat(findings[1].status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(findings[1].rules()).contains(RuleId.NEURO_1, RuleId.NEURO_7);
  }

  @Test
  void neuro7_bestSoFar_neAtAnEarlierFollowUpLeavesTheReference() {
    Criteria criteria = BEST_SO_FAR.withNeuroMissingDomains(NeuroMissingDomains.EVALUABLE_ONLY);
    NeuroFinding[] findings =
        series(
            criteria,
            at(Lano.GAIT, 2),
            NeuroExam.normal().withNotEvaluable(Lano.GAIT, "wheelchair"),
            at(Lano.GAIT, 3));

    assertThat(finding(findings[1], Lano.GAIT).reference()).hasValue(2);
    assertThat(findings[1].status()).isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro7_bestSoFar_missingExamAtAnEarlierFollowUpLeavesTheReference() {
    CaseAssessment result =
        Fixtures.assessCase(
            BEST_SO_FAR,
            Visit.on(Fixtures.BASELINE_DATE).neuro(at(Lano.GAIT, 1)).build(),
            Visit.on(day(28)).build(),
            Visit.on(day(56)).neuro(at(Lano.GAIT, 2)).build());

    assertThat(Fixtures.visit(result, 0).neuro().status()).isEqualTo(NeuroStatus.NE);
    assertThat(Fixtures.visit(result, 1).neuro().status()).isEqualTo(NeuroStatus.STABLE);
  }

  // NEURO-8: no reference, no exam

  @Test
  void neuro8_domainNeAtBaseline_isLeftOutOfTheExam() {
    NeuroExam base = NeuroExam.normal().withNotEvaluable(Lano.HEARING, "hearing aid lost");

    NeuroFinding result = neuro(base, NeuroExam.normal());

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    DomainFinding hearing = finding(result, Lano.HEARING);
    assertThat(hearing.outcome()).isEqualTo(DomainOutcome.NO_REFERENCE);
    assertThat(hearing.reference()).isEmpty();
    assertThat(hearing.rules()).containsExactly(RuleId.NEURO_8);
    assertThat(result.rules()).contains(RuleId.NEURO_8).doesNotContain(RuleId.NEURO_6);
    assertThat(result.reasons().get(0).kind()).isEqualTo(ReasonKind.NEURO_DOMAIN_NO_REFERENCE);
    assertThat(result.reasons().get(0).string(Fact.DOMAIN)).isEqualTo("hearing");
  }

  @Test
  void neuro8_domainNeAtBaseline_cannotProgress() {
    NeuroExam base = NeuroExam.normal().withNotEvaluable(Lano.HEARING, "hearing aid lost");

    NeuroFinding strict = neuro(base, at(Lano.HEARING, 2));
    NeuroFinding evaluableOnly = neuro(EVALUABLE_ONLY, base, at(Lano.HEARING, 2));

    assertThat(strict.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(evaluableOnly.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(finding(evaluableOnly, Lano.HEARING).outcome())
        .isEqualTo(DomainOutcome.NO_REFERENCE);
  }

  @Test
  void neuro8_domainNeAtBaselineAndAnotherNeAtFollowUp_strictIsNe() {
    NeuroExam base = NeuroExam.normal().withNotEvaluable(Lano.HEARING, "not tested");
    NeuroExam followUp = NeuroExam.normal().withNotEvaluable(Lano.VISION, "eye patch");

    NeuroFinding strict = neuro(base, followUp);
    NeuroFinding evaluableOnly = neuro(EVALUABLE_ONLY, base, followUp);

    assertThat(strict.status()).isEqualTo(NeuroStatus.NE);
    // in the order applied: the reference first (NEURO-8), then the missing domain (NEURO-6)
    assertThat(strict.rules()).containsExactly(RuleId.NEURO_8, RuleId.NEURO_6);
    Reason summary = last(strict);
    assertThat(summary.kind()).isEqualTo(ReasonKind.NEURO_EXAM_NOT_EVALUABLE);
    assertThat(summary.integer(Fact.DOMAINS_NOT_EVALUABLE)).isEqualTo(1);
    assertThat(summary.integer(Fact.DOMAINS_JUDGED)).isEqualTo(9);
    assertThat(evaluableOnly.status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void neuro8_domainNeAtBaselineDoesNotHideProgressionElsewhere() {
    NeuroExam base = NeuroExam.normal().withNotEvaluable(Lano.HEARING, "not tested");

    NeuroFinding result = neuro(base, at(Lano.GAIT, 2));

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.rules()).contains(RuleId.NEURO_1, RuleId.NEURO_8);
  }

  @Test
  void neuro8_everyDomainNeAtBaseline_examIsNe() {
    NeuroExam base = NeuroExam.normal();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      base = base.with(domain, DomainValue.notEvaluable());
    }

    NeuroFinding strict = neuro(base, NeuroExam.normal());
    NeuroFinding evaluableOnly = neuro(EVALUABLE_ONLY, base, at(Lano.GAIT, 3));

    assertThat(strict.status()).isEqualTo(NeuroStatus.NE);
    assertThat(strict.rules()).containsExactly(RuleId.NEURO_8);
    assertThat(last(strict).kind()).isEqualTo(ReasonKind.NEURO_EXAM_NO_EVALUABLE_BASELINE);
    assertThat(evaluableOnly.status()).isEqualTo(NeuroStatus.NE);
  }

  @Test
  void neuro8_evaluableOnly_noEvaluableDomainAmongThoseWithAReference_isNe() {
    NeuroExam base = NeuroExam.normal();
    NeuroExam followUp = NeuroExam.normal();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      if (domain.equals(Lano.GAIT)) {
        base = base.with(domain, DomainValue.notEvaluable());
      } else {
        followUp = followUp.with(domain, DomainValue.notEvaluable());
      }
    }

    NeuroFinding result = neuro(EVALUABLE_ONLY, base, followUp);

    assertThat(result.status()).isEqualTo(NeuroStatus.NE);
    assertThat(result.rules()).contains(RuleId.NEURO_6);
  }

  @Test
  void neuro8_domainEvaluableAtBaseline_hasItsReference() {
    NeuroFinding result = neuro(at(Lano.HEARING, 1), at(Lano.HEARING, 2));

    assertThat(finding(result, Lano.HEARING).reference()).hasValue(1);
    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
  }

  @Test
  void neuro8_noExamAtBaseline_everyFollowUpExamIsNe() {
    CaseAssessment result =
        Fixtures.assessCase(
            DEFAULTS,
            Visit.on(Fixtures.BASELINE_DATE).build(),
            Visit.on(day(28)).neuro(NeuroExam.normal()).build(),
            Visit.on(day(56)).neuro(at(Lano.GAIT, 3)).build());

    for (int i = 0; i < 2; i++) {
      NeuroFinding neuro = Fixtures.visit(result, i).neuro();
      assertThat(neuro.status()).isEqualTo(NeuroStatus.NE);
      assertThat(neuro.rules()).contains(RuleId.NEURO_8);
      assertThat(neuro.domains()).isEmpty();
    }
  }

  @Test
  void neuro8_noExamAtFollowUp_isNe() {
    NeuroFinding result =
        Fixtures.assess(examOnlyBaseline(NeuroExam.normal()), Visit.on(day(28))).neuro();

    assertThat(result.status()).isEqualTo(NeuroStatus.NE);
    assertThat(result.rules()).contains(RuleId.NEURO_8);
  }

  @Test
  void neuro8_noExamAtFollowUp_makesTheVisitNe() {
    Visit.Builder followUp =
        Visit.on(day(28))
            .csf(org.rano.csf.CsfSample.negative())
            .target("T1", 0)
            .target("T2", 0)
            .steroids(4);

    var result = Fixtures.assess(Fixtures.twoLesionBaseline(), followUp);

    assertThat(result.overall()).isEqualTo(Response.NE);
    assertThat(result.rules()).contains(RuleId.NEURO_8, RuleId.OVR_2);
  }

  @Test
  void neuro8_bestSoFar_domainNeAtBaselineStaysLeftOut() {
    Criteria criteria = BEST_SO_FAR.withNeuroMissingDomains(NeuroMissingDomains.EVALUABLE_ONLY);
    NeuroExam base = NeuroExam.normal().withNotEvaluable(Lano.HEARING, "hearing aid lost");

    NeuroFinding[] findings = series(criteria, base, at(Lano.HEARING, 0), at(Lano.HEARING, 2));

    for (NeuroFinding finding : findings) {
      assertThat(finding(finding, Lano.HEARING).outcome()).isEqualTo(DomainOutcome.NO_REFERENCE);
      assertThat(finding(finding, Lano.HEARING).reference()).isEmpty();
    }
    assertThat(findings[1].status()).isEqualTo(NeuroStatus.STABLE);
  }

  @Test
  void rules_inTheOrderApplied_referencesFirst() {
    NeuroExam base = NeuroExam.normal().withNotEvaluable(Lano.HEARING, "not tested");

    NeuroFinding[] findings = series(BEST_SO_FAR, base, at(Lano.GAIT, 2));

    assertThat(findings[0].rules()).containsExactly(RuleId.NEURO_7, RuleId.NEURO_8, RuleId.NEURO_1);
  }

  @Test
  void neuro8_bestSoFar_strict_domainNeAtBaselineDoesNotMakeTheExamNe() {
    NeuroExam base = NeuroExam.normal().withNotEvaluable(Lano.HEARING, "hearing aid lost");

    NeuroFinding[] findings = series(BEST_SO_FAR, base, at(Lano.HEARING, 0), at(Lano.HEARING, 2));

    assertThat(findings[0].status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(findings[1].status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(findings[1].rules()).contains(RuleId.NEURO_8);
  }

  // The reasons: each domain that counted with its levels and rule, then the deciding rule

  private static Reason last(NeuroFinding finding) {
    return finding.reasons().get(finding.reasons().size() - 1);
  }

  @Test
  void neuro1And2_gaitOneToThree_reasonNamesBothRulesAndTheLevels() {
    NeuroFinding result = neuro(at(Lano.GAIT, 1), at(Lano.GAIT, 3));

    assertThat(result.status()).isEqualTo(NeuroStatus.PROGRESSION);
    assertThat(result.rules()).contains(RuleId.NEURO_1, RuleId.NEURO_2);
    // one reason per rule, each with the domain and its levels; no summary after them
    assertThat(kinds(result.reasons()))
        .containsExactly(
            ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO, ReasonKind.NEURO_DOMAIN_REACHES_HIGHEST);
    for (Reason reason : result.reasons()) {
      assertThat(reason.string(Fact.DOMAIN)).isEqualTo("gait");
      assertThat(reason.integer(Fact.LEVEL_BEFORE)).isEqualTo(1);
      assertThat(reason.integer(Fact.LEVEL_AFTER)).isEqualTo(3);
    }
    assertThat(result.reasons().get(1).integer(Fact.LEVEL_HIGHEST)).isEqualTo(3);
  }

  @Test
  void neuro1_gaitZeroToTwo_reasonNamesNeuro1NotNeuro2() {
    NeuroFinding result = neuro(NeuroExam.normal(), at(Lano.GAIT, 2));

    assertThat(result.reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.kind()).isEqualTo(ReasonKind.NEURO_DOMAIN_WORSE_BY_TWO);
              assertThat(reason.rule()).isEqualTo(RuleId.NEURO_1);
              assertThat(reason.integer(Fact.LEVEL_BEFORE)).isEqualTo(0);
              assertThat(reason.integer(Fact.LEVEL_AFTER)).isEqualTo(2);
            });
  }

  @Test
  void neuro2_gaitTwoToThree_reasonNamesNeuro2NotNeuro1() {
    NeuroFinding result = neuro(at(Lano.GAIT, 2), at(Lano.GAIT, 3));

    assertThat(result.reasons())
        .singleElement()
        .satisfies(
            reason -> {
              assertThat(reason.kind()).isEqualTo(ReasonKind.NEURO_DOMAIN_REACHES_HIGHEST);
              assertThat(reason.rule()).isEqualTo(RuleId.NEURO_2);
              assertThat(reason.string(Fact.DOMAIN)).isEqualTo("gait");
              assertThat(reason.integer(Fact.LEVEL_BEFORE)).isEqualTo(2);
              assertThat(reason.integer(Fact.LEVEL_AFTER)).isEqualTo(3);
              assertThat(reason.integer(Fact.LEVEL_HIGHEST)).isEqualTo(3);
            });
  }

  @Test
  void neuro4_excludedWorsening_reasonNamesTheCause_summaryCitesNeuro3() {
    NeuroFinding result =
        neuro(
            NeuroExam.normal(),
            NeuroExam.normal().withAttributed(Lano.GAIT, 2, Attribution.TREATMENT_TOXICITY));

    assertThat(result.status()).isEqualTo(NeuroStatus.STABLE);
    Reason excluded = result.reasons().get(0);
    assertThat(excluded.kind()).isEqualTo(ReasonKind.NEURO_DOMAIN_EXCLUDED);
    assertThat(excluded.string(Fact.DOMAIN)).isEqualTo("gait");
    assertThat(excluded.integer(Fact.LEVEL_BEFORE)).isEqualTo(0);
    assertThat(excluded.integer(Fact.LEVEL_AFTER)).isEqualTo(2);
    assertThat(excluded.value(Fact.ATTRIBUTION, Attribution.class))
        .isEqualTo(Attribution.TREATMENT_TOXICITY);
    assertThat(last(result).kind()).isEqualTo(ReasonKind.NEURO_EXAM_STABLE);
    assertThat(last(result).rule()).isEqualTo(RuleId.NEURO_3);
  }

  @Test
  void neuro5_gaitTwoToZero_reasonAndSummaryCiteNeuro5() {
    NeuroFinding result = neuro(at(Lano.GAIT, 2), NeuroExam.normal());

    Reason improved = result.reasons().get(0);
    assertThat(improved.kind()).isEqualTo(ReasonKind.NEURO_DOMAIN_IMPROVED);
    assertThat(improved.integer(Fact.LEVEL_BEFORE)).isEqualTo(2);
    assertThat(improved.integer(Fact.LEVEL_AFTER)).isEqualTo(0);
    assertThat(improved.integer(Fact.LEVEL_HIGHEST)).isEqualTo(3);
    assertThat(last(result).kind()).isEqualTo(ReasonKind.NEURO_EXAM_IMPROVED);
  }

  @Test
  void neuro6_strict_domainNe_reasonGivesTheNote_summaryTheCountAndPolicy() {
    NeuroFinding result =
        neuro(
            NeuroExam.normal(),
            NeuroExam.normal().withNotEvaluable(Lano.HEARING, "patient intubated"));

    assertThat(result.status()).isEqualTo(NeuroStatus.NE);
    Reason hearing = result.reasons().get(0);
    assertThat(hearing.kind()).isEqualTo(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE);
    assertThat(hearing.string(Fact.DOMAIN)).isEqualTo("hearing");
    assertThat(hearing.string(Fact.NOTE)).isEqualTo("patient intubated");
    Reason summary = last(result);
    assertThat(summary.kind()).isEqualTo(ReasonKind.NEURO_EXAM_NOT_EVALUABLE);
    assertThat(summary.integer(Fact.DOMAINS_NOT_EVALUABLE)).isEqualTo(1);
    assertThat(summary.integer(Fact.DOMAINS_JUDGED)).isEqualTo(10);
    assertThat(summary.value(Fact.NEURO_MISSING_DOMAINS, NeuroMissingDomains.class))
        .isEqualTo(NeuroMissingDomains.STRICT);
  }

  @Test
  void neuro6_evaluableOnly_stableSummaryCitesNeuro6_fullExamCitesNeuro3() {
    NeuroFinding partial =
        neuro(
            EVALUABLE_ONLY,
            NeuroExam.normal(),
            NeuroExam.normal().withNotEvaluable(Lano.HEARING, "no audiometry"));
    NeuroFinding full = neuro(EVALUABLE_ONLY, NeuroExam.normal(), NeuroExam.normal());

    assertThat(partial.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(last(partial).kind()).isEqualTo(ReasonKind.NEURO_EXAM_STABLE_ON_EVALUABLE);
    assertThat(last(partial).integer(Fact.DOMAINS_NOT_EVALUABLE)).isEqualTo(1);
    assertThat(last(partial).rule()).isEqualTo(RuleId.NEURO_3);
    assertThat(partial.reasons().get(0).kind()).isEqualTo(ReasonKind.NEURO_DOMAIN_NOT_EVALUABLE);
    assertThat(partial.reasons().get(0).rule()).isEqualTo(RuleId.NEURO_6);
    assertThat(full.status()).isEqualTo(NeuroStatus.STABLE);
    assertThat(kinds(full.reasons())).containsExactly(ReasonKind.NEURO_EXAM_STABLE);
  }

  @Test
  void neuro8_noBaselineExam_everyFollowUpIsNe_reasonBlamesTheBaseline() {
    List<NeuroFinding> findings =
        NeuroRules.assessSeries(
            Optional.empty(), List.of(Optional.of(NeuroExam.normal()), Optional.empty()), DEFAULTS);

    assertThat(findings)
        .hasSize(2)
        .allSatisfy(
            finding -> {
              assertThat(finding.status()).isEqualTo(NeuroStatus.NE);
              assertThat(finding.rules()).containsExactly(RuleId.NEURO_8);
              assertThat(kinds(finding.reasons()))
                  .containsExactly(ReasonKind.NEURO_NO_BASELINE_EXAM);
            });
  }

  @Test
  void neuro8_noExamAtAFollowUp_isNe_withoutBlamingTheBaseline() {
    List<NeuroFinding> findings =
        NeuroRules.assessSeries(
            Optional.of(NeuroExam.normal()), List.of(Optional.empty()), DEFAULTS);

    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.status()).isEqualTo(NeuroStatus.NE);
              assertThat(finding.rules()).containsExactly(RuleId.NEURO_8);
              assertThat(kinds(finding.reasons())).containsExactly(ReasonKind.NEURO_EXAM_NOT_DONE);
            });
  }
}
