package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rano.Fixtures.day;
import static org.rano.Fixtures.lano2019Baseline;
import static org.rano.Fixtures.lano2019FollowUp;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.ItemChange;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Instrument;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * Every invalid input of spec section 9 that reaches the core: its path, value and message,
 * including a scorecard of the other imaging profile (section 4.4), and how an error seen from an
 * enclosing structure keeps its value, problem and stack trace under the longer path.
 */
class InvalidInputTest {

  private static InvalidInputException rejected(ThrowingCallable call) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    return e;
  }

  // A level outside its domain's range

  @Test
  void neuroLevelAboveTheDomainMaximum_namesTheDomain() {
    InvalidInputException e = rejected(() -> NeuroExam.normal().with(Lano.SENSATION, 3));

    assertThat(e.path()).isEqualTo("sensation");
    assertThat(e.value()).isEqualTo("3");
    assertThat(e.getMessage()).contains("3").contains("allowed").contains("0..2");
  }

  @Test
  void neuroLevelAboveTheDomainMaximum_inTheBuilder_namesTheDomain() {
    InvalidInputException e =
        rejected(() -> NeuroExam.builder().set("levelOfConsciousness", DomainValue.level(4)));

    assertThat(e.path()).isEqualTo("levelOfConsciousness");
    assertThat(e.getMessage()).contains("4").contains("0..3");
  }

  @Test
  void neuroLevelNegative_namesTheDomain() {
    InvalidInputException e = rejected(() -> NeuroExam.normal().with(Lano.GAIT, -1));

    assertThat(e.path()).isEqualTo("gait");
    assertThat(e.getMessage()).contains("-1").contains("allowed").contains("0..3");
  }

  @Test
  void neuroUnknownDomainKey_namesItAndListsTheKeys() {
    InvalidInputException e =
        rejected(() -> NeuroExam.builder().set("hearingLoss", DomainValue.level(0)));

    assertThat(e.path()).isEqualTo("hearingLoss");
    assertThat(e.getMessage()).contains("hearingLoss").contains("hearing, swallowing");
  }

  @Test
  void neuroExamMissingADomain_namesIt() {
    NeuroExam.Builder builder = NeuroExam.builder();
    for (Domain domain : Lano.INSTRUMENT.domains()) {
      if (!domain.equals(Lano.GAIT)) {
        builder.set(domain, 0);
      }
    }

    InvalidInputException e = rejected(builder::build);

    assertThat(e.path()).isEqualTo("gait");
    assertThat(e.getMessage()).contains("missing");
  }

  @Test
  void neuroExamOfAnotherInstrumentThanBaseline_namesTheFollowUpExam() {
    Domain mood = Domain.of("mood", "mood", ImmutableList.of("normal", "low"), "test", false);
    NeuroExam other = NeuroExam.normal(Instrument.of("MOOD", ImmutableList.of(mood)));

    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on(Fixtures.BASELINE_DATE).neuro(NeuroExam.normal()).build(),
                    Visit.on(day(28)).neuro(other).build()));

    assertThat(e.path()).isEqualTo("followUps[0].neuro");
    assertThat(e.getMessage()).contains("MOOD").contains("LANO");
  }

  // A lesion score outside 0-3

  @Test
  void targetScoreFour_namesTheTarget() {
    InvalidInputException e = rejected(() -> Visit.on(day(28)).target("T1", 2).target("T2", 4));

    assertThat(e.path()).isEqualTo("targets[1].score");
    assertThat(e.value()).isEqualTo("4");
    assertThat(e.getMessage()).contains("4").contains("allowed").contains("0..3");
  }

  @Test
  void targetScoreNegative_onItsOwn_isRelativeToTheLesion() {
    InvalidInputException e = rejected(() -> TargetLesion.of("T1", Site.BRAIN_NODULE, -1));

    assertThat(e.path()).isEqualTo("score");
    assertThat(e.getMessage()).contains("-1").contains("0..3");
  }

  @Test
  void baselineTargetScoreZero_namesTheBaselineTarget() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on(Fixtures.BASELINE_DATE)
                        .target("T1", Site.BRAIN_NODULE, 2)
                        .target("T2", Site.SPINE_NODULE, 0)
                        .build()));

    assertThat(e.path()).isEqualTo("baseline.targets[1].score");
    assertThat(e.value()).isEqualTo("0");
    assertThat(e.getMessage()).contains("0").contains("allowed").contains("1..3");
  }

  @Test
  void baselineTargetNotEvaluable_namesTheBaselineTarget() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on(Fixtures.BASELINE_DATE)
                        .target(TargetLesion.notEvaluable("T1").withSite(Site.BRAIN_NODULE))
                        .build()));

    assertThat(e.path()).isEqualTo("baseline.targets[0].score");
    assertThat(e.value()).isEqualTo("NE");
    assertThat(e.getMessage()).contains("NE").contains("allowed").contains("1..3");
  }

  // Six target lesions

  @Test
  void sixTargets_namesTheTargets() {
    Visit.Builder visit = Visit.on(Fixtures.BASELINE_DATE);
    for (int i = 1; i <= 6; i++) {
      visit.target("T" + i, Site.BRAIN_NODULE, 1);
    }

    InvalidInputException e = rejected(visit::build);

    assertThat(e.path()).isEqualTo("targets");
    assertThat(e.value()).isEqualTo("6");
    assertThat(e.getMessage()).contains("6").contains("allowed").contains("5");
  }

  // A duplicate lesion id

  @Test
  void duplicateTargetId_namesTheSecondUse() {
    InvalidInputException e =
        rejected(
            () ->
                Visit.on(Fixtures.BASELINE_DATE)
                    .target("T1", Site.BRAIN_NODULE, 1)
                    .target("T2", Site.SPINE_NODULE, 1)
                    .target("T1", Site.HYDROCEPHALUS, 1)
                    .build());

    assertThat(e.path()).isEqualTo("targets[2].id");
    assertThat(e.value()).isEqualTo("T1");
    assertThat(e.getMessage()).contains("T1").contains("allowed");
  }

  @Test
  void nonTargetReusingATargetId_namesTheNonTarget() {
    InvalidInputException e =
        rejected(
            () ->
                Visit.on(Fixtures.BASELINE_DATE)
                    .target("L1", Site.BRAIN_NODULE, 1)
                    .nonTarget("L2", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT)
                    .nonTarget("L1", Site.SPINE_NODULE, NonTargetStatus.PRESENT)
                    .build());

    assertThat(e.path()).isEqualTo("nonTargets[1].id");
    assertThat(e.getMessage()).contains("L1");
  }

  @Test
  void blankLesionId_namesIt() {
    InvalidInputException e =
        rejected(() -> Visit.on(Fixtures.BASELINE_DATE).target(" ", Site.BRAIN_NODULE, 1));

    assertThat(e.path()).isEqualTo("targets[0].id");
    assertThat(e.getMessage()).contains("allowed");
  }

  // A follow-up that lacks a baseline target or names an unknown one

  @Test
  void followUpLackingABaselineTarget_namesTheTargetsOfTheFollowUp() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Fixtures.scoredBaseline(2, 2, 1).build(),
                    Fixtures.scoredFollowUp(2, 2).build()));

    assertThat(e.path()).isEqualTo("followUps[0].targets");
    assertThat(e.value()).isEqualTo("T3");
    assertThat(e.getMessage()).contains("T3");
  }

  @Test
  void followUpNamingAnUnknownTarget_namesItsId() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Fixtures.scoredBaseline(2, 2).build(),
                    Fixtures.scoredFollowUp(2, 2).build(),
                    Visit.on(day(56)).target("T1", 1).target("T9", 1).build()));

    assertThat(e.path()).isEqualTo("followUps[1].targets[1].id");
    assertThat(e.value()).isEqualTo("T9");
    assertThat(e.getMessage()).contains("T9").contains("allowed").contains("T1, T2");
  }

  @Test
  void followUpNamingAnUnknownNonTarget_namesItsId() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Fixtures.scoredBaseline(2).build(),
                    Fixtures.scoredFollowUp(2).nonTarget("N1", NonTargetStatus.ABSENT).build()));

    assertThat(e.path()).isEqualTo("followUps[0].nonTargets[0].id");
    assertThat(e.getMessage()).contains("N1");
  }

  @Test
  void followUpTargetWithoutBaselineImaging_isUnknown() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on(Fixtures.BASELINE_DATE).neuro(NeuroExam.normal()).build(),
                    Visit.on(day(28)).target("T1", 1).build()));

    assertThat(e.path()).isEqualTo("followUps[0].targets[0].id");
    assertThat(e.getMessage()).contains("T1");
  }

  @Test
  void followUpRepeatingAnotherSite_namesTheSite() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Fixtures.scoredBaseline(2, 2).build(),
                    Visit.on(day(28)).target("T1", Site.SPINE_NODULE, 1).target("T2", 1).build()));

    assertThat(e.path()).isEqualTo("followUps[0].targets[0].site");
    assertThat(e.value()).isEqualTo("SPINE_NODULE");
    assertThat(e.getMessage())
        .contains("SPINE_NODULE")
        .contains("allowed")
        .contains("BRAIN_NODULE");
  }

  @Test
  void followUpListingATargetTwice_namesTheSecondUse() {
    InvalidInputException e =
        rejected(() -> Visit.on(day(28)).target("T1", 1).target("T1", 2).build());

    assertThat(e.path()).isEqualTo("targets[1].id");
    assertThat(e.getMessage()).contains("T1");
  }

  @Test
  void followUpListingANonTargetTwice_namesTheSecondUse() {
    InvalidInputException e =
        rejected(
            () ->
                Visit.on(day(28))
                    .target("T1", 1)
                    .nonTarget("N1", NonTargetStatus.ABSENT)
                    .nonTarget("N1", NonTargetStatus.PRESENT)
                    .build());

    assertThat(e.path()).isEqualTo("nonTargets[1].id");
  }

  // Diameters that are zero, negative, NaN or infinite; long < short

  @Test
  void diameterZero_namesIt() {
    InvalidInputException e = rejected(() -> Diameters.of(12, 0));

    assertThat(e.path()).isEqualTo("diametersMm[1]");
    assertThat(e.getMessage()).contains("0").contains("allowed");
  }

  @Test
  void diameterNegative_namesIt() {
    InvalidInputException e = rejected(() -> Diameters.of(-12, 5));

    assertThat(e.path()).isEqualTo("diametersMm[0]");
    assertThat(e.getMessage()).contains("-12").contains("allowed");
  }

  @Test
  void diameterNaN_namesIt() {
    InvalidInputException e = rejected(() -> Diameters.of(12, Double.NaN));

    assertThat(e.path()).isEqualTo("diametersMm[1]");
    assertThat(e.getMessage()).contains("NaN").contains("allowed");
  }

  @Test
  void diameterInfinite_namesIt() {
    InvalidInputException e = rejected(() -> Diameters.of(Double.POSITIVE_INFINITY, 5));

    assertThat(e.path()).isEqualTo("diametersMm[0]");
    assertThat(e.getMessage()).contains("Infinity").contains("allowed");
  }

  @Test
  void diameterZeroAsExactDecimal_namesIt() {
    InvalidInputException e = rejected(() -> Diameters.of(BigDecimal.TEN, BigDecimal.ZERO));

    assertThat(e.path()).isEqualTo("diametersMm[1]");
  }

  @Test
  void diametersLongBelowShort_namesThePair() {
    InvalidInputException e = rejected(() -> Diameters.of(5, 8));

    assertThat(e.path()).isEqualTo("diametersMm");
    assertThat(e.getMessage()).contains("5").contains("8").contains("allowed");
  }

  @Test
  void diametersOfATarget_areCheckedWhenGiven() {
    InvalidInputException e =
        rejected(() -> TargetLesion.of("T1", Site.BRAIN_NODULE, 2).withDiameters(10, -1));

    assertThat(e.path()).isEqualTo("diametersMm[1]");
  }

  // A negative CSF volume or steroid dose

  @Test
  void csfVolumeNegative_namesIt() {
    InvalidInputException e = rejected(() -> CsfSample.negative(-1));

    assertThat(e.path()).isEqualTo("volumeMl");
    assertThat(e.getMessage()).contains("-1").contains("allowed");
  }

  @Test
  void csfVolumeNaN_namesIt() {
    InvalidInputException e = rejected(() -> CsfSample.of(CsfResult.NEGATIVE, Double.NaN));

    assertThat(e.path()).isEqualTo("volumeMl");
    assertThat(e.getMessage()).contains("NaN").contains("allowed");
  }

  @Test
  void csfVolumeInfinite_namesIt() {
    InvalidInputException e =
        rejected(() -> CsfSample.of(CsfResult.POSITIVE, Double.POSITIVE_INFINITY));

    assertThat(e.path()).isEqualTo("volumeMl");
  }

  @Test
  void steroidDoseNegative_namesIt() {
    InvalidInputException e = rejected(() -> Visit.on(day(28)).steroids(-2));

    assertThat(e.path()).isEqualTo("steroidMgPerDay");
    assertThat(e.getMessage()).contains("-2").contains("allowed");
  }

  @Test
  void steroidDoseNegativeAsExactDecimal_namesIt() {
    InvalidInputException e = rejected(() -> Visit.on(day(28)).steroids(new BigDecimal("-0.25")));

    assertThat(e.path()).isEqualTo("steroidMgPerDay");
    assertThat(e.getMessage()).contains("-0.25");
  }

  @Test
  void steroidDoseNaN_namesIt() {
    InvalidInputException e = rejected(() -> Visit.on(day(28)).steroids(Double.NaN));

    assertThat(e.path()).isEqualTo("steroidMgPerDay");
    assertThat(e.getMessage()).contains("NaN");
  }

  @Test
  void steroidDoseInfinite_namesIt() {
    InvalidInputException e = rejected(() -> Visit.on(day(28)).steroids(Double.NEGATIVE_INFINITY));

    assertThat(e.path()).isEqualTo("steroidMgPerDay");
  }

  // An unknown enum word

  @Test
  void unknownPolicyWord_namesThePolicy() {
    InvalidInputException e =
        rejected(() -> Criteria.defaults().with("neuroMissingDomains", "LENIENT"));

    assertThat(e.path()).isEqualTo("neuroMissingDomains");
    assertThat(e.getMessage())
        .contains("LENIENT")
        .contains("allowed")
        .contains("STRICT, EVALUABLE_ONLY");
  }

  // Dates out of order

  @Test
  void followUpOnTheBaselineDate_namesItsDate() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on(Fixtures.BASELINE_DATE).build(),
                    Visit.on(Fixtures.BASELINE_DATE).build()));

    assertThat(e.path()).isEqualTo("followUps[0].date");
    assertThat(e.value()).isEqualTo(Fixtures.BASELINE_DATE);
    assertThat(e.getMessage()).contains(Fixtures.BASELINE_DATE);
  }

  @Test
  void followUpBeforeTheBaseline_namesItsDate() {
    InvalidInputException e =
        rejected(
            () -> LmCase.of(Visit.on(Fixtures.BASELINE_DATE).build(), Visit.on(day(-1)).build()));

    assertThat(e.path()).isEqualTo("followUps[0].date");
    assertThat(e.getMessage()).contains(day(-1).toString());
  }

  @Test
  void followUpsOutOfOrder_namesTheLaterOne() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on(Fixtures.BASELINE_DATE).build(),
                    Visit.on(day(56)).build(),
                    Visit.on(day(28)).build()));

    assertThat(e.path()).isEqualTo("followUps[1].date");
    assertThat(e.value()).isEqualTo(day(28).toString());
    assertThat(e.getMessage())
        .contains(day(28).toString())
        .contains(day(56).toString())
        .contains("allowed");
  }

  @Test
  void followUpsOnTheSameDay_namesTheSecond() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on(Fixtures.BASELINE_DATE).build(),
                    Visit.on(day(28)).build(),
                    Visit.on(day(28)).build()));

    assertThat(e.path()).isEqualTo("followUps[1].date");
  }

  @Test
  void followUpOneDayAfterTheBaseline_isValid() {
    LmCase lmCase = LmCase.of(Visit.on(Fixtures.BASELINE_DATE).build(), Visit.on(day(1)).build());

    assertThat(lmCase.followUps()).hasSize(1);
  }

  @Test
  void dateThatIsNotADate_namesIt() {
    InvalidInputException e = rejected(() -> Visit.on("2026-02-30"));

    assertThat(e.path()).isEqualTo("date");
    assertThat(e.getMessage()).contains("2026-02-30").contains("allowed");
  }

  // A missing baseline

  @Test
  void missingBaseline_namesIt() {
    InvalidInputException e =
        rejected(() -> LmCase.builder().followUp(Visit.on(day(28)).build()).build());

    assertThat(e.path()).isEqualTo("baseline");
    assertThat(e.value()).isNull();
    assertThat(e.getMessage()).contains("missing");
  }

  // Baseline-only checks

  @Test
  void nonTargetProgressionAtBaseline_namesItsStatus() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Fixtures.scoredBaseline(2)
                        .nonTarget(
                            "N1", Site.HYDROCEPHALUS, NonTargetStatus.UNEQUIVOCAL_PROGRESSION)
                        .build()));

    assertThat(e.path()).isEqualTo("baseline.nonTargets[0].status");
    assertThat(e.value()).isEqualTo("UNEQUIVOCAL_PROGRESSION");
    assertThat(e.getMessage()).contains("UNEQUIVOCAL_PROGRESSION").contains("allowed");
  }

  @Test
  void newLesionAtBaseline_namesTheNewLesions() {
    InvalidInputException e =
        rejected(() -> LmCase.of(Fixtures.scoredBaseline(2).newLesion(Site.SPINE_NODULE).build()));

    assertThat(e.path()).isEqualTo("baseline.newLesions");
  }

  // The scorecard of the other imaging profile (policy imaging, section 4.4): rejected, not
  // ignored, at the baseline as at any follow-up; 2019 scorecards checked with the visit's path

  private static final RanoLm LANO_2019 =
      RanoLm.of(Criteria.defaults().withImaging(ImagingProfile.LANO_2019));
  private static final RanoLm RANO_LM_2017 = RanoLm.withDefaults();

  @Test
  void imaging_lano2019_baselineWith2017Scorecard_isRejectedAtBaselineTargets() {
    LmCase lmCase =
        LmCase.of(
            Visit.on("2026-01-05").target("T1", Site.BRAIN_NODULE, 2).build(),
            Visit.on("2026-02-02").target("T1", 2).build());

    InvalidInputException e = rejected(() -> LANO_2019.assess(lmCase));

    assertThat(e.path()).isEqualTo("baseline.targets");
    assertThat(e.problem()).contains("LANO_2019");
  }

  @Test
  void imaging_lano2019_firstScorecardAtAFollowUp_isRejectedAtItsTargets() {
    LmCase lmCase =
        LmCase.of(
            Visit.on("2026-01-05").build(),
            Visit.on("2026-02-02").build(),
            Visit.on("2026-03-02").imagingDone().build());

    InvalidInputException e = rejected(() -> LANO_2019.assess(lmCase));

    assertThat(e.path()).isEqualTo("followUps[1].targets");
  }

  @Test
  void imaging_caseMixingProfiles_isRejectedWhenBuilt_atTheFirstVisitThatDiffers() {
    Visit lanoBaseline = Visit.on("2026-01-05").lano2019(lano2019Baseline()).build();
    Visit lanoFollowUp =
        Visit.on("2026-02-02").lano2019(lano2019FollowUp(ItemChange.NO_CHANGE)).build();
    Visit rano2017 = Visit.on("2026-03-02").imagingDone().build();

    InvalidInputException e = rejected(() -> LmCase.of(lanoBaseline, lanoFollowUp, rano2017));

    assertThat(e.path()).isEqualTo("followUps[1].targets");
    assertThat(e.value()).isEqualTo("RANO_LM_2017");
    assertThat(e.problem()).contains("LANO_2019", "one imaging profile");

    InvalidInputException fromBaseline =
        rejected(
            () ->
                LmCase.of(
                    Visit.on("2026-01-05").target("T1", Site.BRAIN_NODULE, 2).build(),
                    Visit.on("2026-02-02").build(),
                    Visit.on("2026-03-02").lano2019(lano2019FollowUp(ItemChange.WORSE)).build()));

    assertThat(fromBaseline.path()).isEqualTo("followUps[1].lano2019");
  }

  @Test
  void imaging_visitWithBothScorecards_isRejectedAtTheSecond() {
    InvalidInputException lanoSecond =
        rejected(
            () ->
                Visit.on("2026-01-05")
                    .target("T1", Site.BRAIN_NODULE, 2)
                    .lano2019(lano2019Baseline()));
    InvalidInputException targetSecond =
        rejected(
            () ->
                Visit.on("2026-01-05")
                    .lano2019(lano2019Baseline())
                    .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT));

    assertThat(lanoSecond.path()).isEqualTo("lano2019");
    assertThat(lanoSecond.problem()).contains("one scorecard");
    assertThat(targetSecond.path()).isEqualTo("nonTargets");
    assertThat(targetSecond.problem()).contains("one scorecard");
  }

  @Test
  void imaging_rano2017_baselineWith2019Scorecard_isRejectedAtBaselineLano2019() {
    LmCase lmCase =
        LmCase.of(
            Visit.on("2026-01-05").lano2019(lano2019Baseline()).build(),
            Visit.on("2026-02-02").build());

    InvalidInputException e = rejected(() -> RANO_LM_2017.assess(lmCase));

    assertThat(e.path()).isEqualTo("baseline.lano2019");
    assertThat(e.problem()).contains("RANO_LM_2017");
  }

  @Test
  void imaging_rano2017_followUpWith2019Scorecard_isRejectedAtItsLano2019() {
    Visit base = Visit.on("2026-01-05").build();
    Visit followUp =
        Visit.on("2026-02-02").lano2019(lano2019FollowUp(ItemChange.NO_CHANGE)).build();

    InvalidInputException e = rejected(() -> RANO_LM_2017.assessVisit(base, followUp));

    assertThat(e.path()).isEqualTo("followUps[0].lano2019");
  }

  @Test
  void imaging_lano2019WithItsOwnScorecard_isAssessed() {
    LmCase lano =
        LmCase.of(
            Visit.on("2026-01-05").lano2019(lano2019Baseline()).build(),
            Visit.on("2026-02-02").lano2019(lano2019FollowUp(ItemChange.NO_CHANGE)).build());

    assertThat(LANO_2019.assess(lano).timePoints()).hasSize(1);
  }

  @Test
  void lano2019_baselineWithAChange_isRejectedAtTheBaselinePath() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on("2026-01-05")
                        .lano2019(lano2019FollowUp(ItemChange.IMPROVED))
                        .build()));

    assertThat(e.path()).isEqualTo("baseline.lano2019.brainNodules.change");
    assertThat(e.value()).isEqualTo("IMPROVED");
  }

  @Test
  void lano2019_followUpWithoutChange_isRejectedAtTheFollowUpPath() {
    InvalidInputException e =
        rejected(
            () ->
                LmCase.of(
                    Visit.on("2026-01-05").lano2019(lano2019Baseline()).build(),
                    Visit.on("2026-02-02").lano2019(lano2019FollowUp(ItemChange.NO_CHANGE)).build(),
                    Visit.on("2026-03-02").lano2019(lano2019Baseline()).build()));

    assertThat(e.path()).isEqualTo("followUps[1].lano2019.brainNodules.change");
    assertThat(e.problem()).contains("IMPROVED, NO_CHANGE, WORSE, NE");
  }

  // Nothing is half accepted

  @Test
  void aRejectedCase_leavesTheVisitsUsable() {
    Visit baseline = Fixtures.scoredBaseline(2, 2).build();
    Visit bad = Fixtures.scoredFollowUp(2).build();
    Visit good = Fixtures.scoredFollowUp(2, 2).build();

    rejected(() -> LmCase.of(baseline, bad));
    LmCase lmCase = LmCase.of(baseline, good);

    assertThat(lmCase.followUps()).containsExactly(good);
    assertThat(lmCase.baseline()).isEqualTo(baseline);
  }

  @Test
  void invalidInputException_isAnIllegalArgumentException() {
    InvalidInputException e = rejected(() -> CsfSample.negative(-1));

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.problem()).doesNotStartWith("volumeMl");
    assertThat(e.getMessage()).isEqualTo("volumeMl: " + e.problem());
  }

  @Test
  void invalidInputException_prefixesNestedPaths() {
    InvalidInputException inner = InvalidInputException.of("sensation", 3, "level 3");

    assertThat(inner.withPrefix("followUps[2].neuro").path())
        .isEqualTo("followUps[2].neuro.sensation");
    assertThat(InvalidInputException.of("[1]", 0, "x").withPrefix("diametersMm").path())
        .isEqualTo("diametersMm[1]");
    assertThat(InvalidInputException.of("", 0, "x").withPrefix("baseline").path())
        .isEqualTo("baseline");
    assertThat(inner.withPrefix("").path()).isEqualTo("sensation");
    assertThat(inner.withPrefix("")).isSameAs(inner);
  }

  @Test
  void invalidInputException_withPrefix_keepsValueProblemAndStackTrace() {
    InvalidInputException original = InvalidInputException.of("score", 4, "allowed: 0..3");

    InvalidInputException prefixed = original.withPrefix("targets[1]");

    assertThat(prefixed.path()).isEqualTo("targets[1].score");
    assertThat(prefixed.value()).isEqualTo("4");
    assertThat(prefixed.problem()).isEqualTo("allowed: 0..3");
    assertThat(prefixed.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(prefixed.getMessage()).contains("targets[1].score");
  }

  @Test
  void visitDate_isParsedAsIso() {
    assertThat(Visit.on("2026-02-02").build().date()).isEqualTo(LocalDate.of(2026, 2, 2));
  }
}
