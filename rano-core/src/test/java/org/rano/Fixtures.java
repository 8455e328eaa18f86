package org.rano;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rano.csf.CsfSample;
import org.rano.imaging.ItemChange;
import org.rano.imaging.ItemPresence;
import org.rano.imaging.ItemRating;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Lano2019Item;
import org.rano.imaging.Site;
import org.rano.neuro.NeuroExam;

/** Named fixtures shared by the tests: the building blocks of typical cases. */
public final class Fixtures {
  private Fixtures() {}

  /** Baseline date of the fixtures. */
  public static final String BASELINE_DATE = "2026-01-05";

  /** The day of the first follow-up of the fixtures, days after baseline. */
  public static final int FIRST_FOLLOW_UP_DAY = 28;

  /** The sites used for target lesions T1..T5 of the composite fixtures, nodules first. */
  private static final Site[] TARGET_SITES = {
    Site.BRAIN_NODULE,
    Site.SPINE_NODULE,
    Site.BRAIN_LEPTOMENINGEAL_ENHANCEMENT,
    Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT,
    Site.CRANIAL_NERVE_ENHANCEMENT
  };

  /**
   * Obtains the date some days after the fixtures' baseline.
   *
   * @param days days after baseline
   * @return the date
   */
  public static LocalDate day(int days) {
    return LocalDate.parse(BASELINE_DATE).plusDays(days);
  }

  /**
   * A normal LANO exam: every domain at level 0.
   *
   * @return the exam
   */
  public static NeuroExam normalExam() {
    return NeuroExam.normal();
  }

  /**
   * A baseline with a normal exam, positive cytology, two target lesions scored 2 (composite 4) and
   * steroids 4 mg/day.
   *
   * @return the visit builder, to add more before building
   */
  public static Visit.Builder twoLesionBaseline() {
    return Visit.on(BASELINE_DATE)
        .neuro(NeuroExam.normal())
        .csf(CsfSample.positive())
        .target("T1", Site.BRAIN_NODULE, 2)
        .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, 2)
        .steroids(4);
  }

  /**
   * A follow-up of {@link #twoLesionBaseline()} on day 28: normal exam, cytology still positive,
   * the two targets at the given scores and steroids unchanged at 4 mg/day. With scores 2 and 2 it
   * is stable disease.
   *
   * @param t1 the score of T1, 0-3
   * @param t2 the score of T2, 0-3
   * @return the visit builder, to add or change more before building
   */
  public static Visit.Builder twoLesionFollowUp(int t1, int t2) {
    return Visit.on(day(FIRST_FOLLOW_UP_DAY))
        .neuro(NeuroExam.normal())
        .csf(CsfSample.positive())
        .target("T1", t1)
        .target("T2", t2)
        .steroids(4);
  }

  /**
   * A baseline with a normal exam, positive cytology, a normal MRI (imaging done, no lesion,
   * IMG-11) and steroids 4 mg/day.
   *
   * @return the visit builder, to add more before building
   */
  public static Visit.Builder normalMriBaseline() {
    return Visit.on(BASELINE_DATE)
        .neuro(NeuroExam.normal())
        .csf(CsfSample.positive())
        .imagingDone()
        .steroids(4);
  }

  /**
   * A follow-up of {@link #normalMriBaseline()} on day 28: normal exam, cytology still positive, a
   * normal MRI and steroids unchanged.
   *
   * @return the visit builder, to add or change more before building
   */
  public static Visit.Builder normalMriFollowUp() {
    return Visit.on(day(FIRST_FOLLOW_UP_DAY))
        .neuro(NeuroExam.normal())
        .csf(CsfSample.positive())
        .imagingDone()
        .steroids(4);
  }

  /**
   * A baseline with only a neurological exam (no CSF, no imaging).
   *
   * @param exam the exam
   * @return the visit builder
   */
  public static Visit.Builder examOnlyBaseline(NeuroExam exam) {
    return Visit.on(BASELINE_DATE).neuro(exam);
  }

  /**
   * A follow-up on day 28 with only a neurological exam.
   *
   * @param exam the exam
   * @return the visit builder
   */
  public static Visit.Builder examOnlyFollowUp(NeuroExam exam) {
    return Visit.on(day(FIRST_FOLLOW_UP_DAY)).neuro(exam);
  }

  /**
   * Spreads a total over some lesions as evenly as possible, each 0-3, e.g. 7 over 3 is [3, 2, 2].
   *
   * @param total the total, 0..3 x count
   * @param count the number of lesions, 1-5
   * @return the scores
   */
  public static int[] evenScores(int total, int count) {
    if (total < 0 || total > 3 * count) {
      throw new IllegalArgumentException("bug in test: " + total + " over " + count);
    }
    int[] scores = new int[count];
    for (int i = 0; i < count; i++) {
      scores[i] = total / count + (i < total % count ? 1 : 0);
    }
    return scores;
  }

  /**
   * Fills lesions greedily with score 3 first, e.g. 7 over 3 is [3, 3, 1].
   *
   * @param total the total, 0..3 x count
   * @param count the number of lesions, 1-5
   * @return the scores
   */
  public static int[] greedyScores(int total, int count) {
    if (total < 0 || total > 3 * count) {
      throw new IllegalArgumentException("bug in test: " + total + " over " + count);
    }
    int[] scores = new int[count];
    int left = total;
    for (int i = 0; i < count; i++) {
      scores[i] = Math.min(3, left);
      left -= scores[i];
    }
    return scores;
  }

  /**
   * A baseline with a normal exam, negative cytology, no steroids and targets T1.. with the given
   * scores (each 1-3, at most five).
   *
   * @param scores the baseline scores
   * @return the visit builder, to add more before building
   */
  public static Visit.Builder scoredBaseline(int... scores) {
    Visit.Builder visit =
        Visit.on(BASELINE_DATE).neuro(NeuroExam.normal()).csf(CsfSample.negative());
    for (int i = 0; i < scores.length; i++) {
      visit.target("T" + (i + 1), TARGET_SITES[i], scores[i]);
    }
    return visit;
  }

  /**
   * A follow-up of {@link #scoredBaseline(int...)} on day 28 with a normal exam, negative cytology
   * and targets T1.. at the given scores (each 0-3).
   *
   * @param scores the follow-up scores, one per baseline target
   * @return the visit builder, to add more before building
   */
  public static Visit.Builder scoredFollowUp(int... scores) {
    Visit.Builder visit =
        Visit.on(day(FIRST_FOLLOW_UP_DAY)).neuro(NeuroExam.normal()).csf(CsfSample.negative());
    for (int i = 0; i < scores.length; i++) {
      visit.target("T" + (i + 1), scores[i]);
    }
    return visit;
  }

  /**
   * Assesses one follow-up against its baseline under the default criteria.
   *
   * @param baseline the baseline
   * @param followUp the follow-up
   * @return the assessment
   */
  public static VisitAssessment assess(Visit.Builder baseline, Visit.Builder followUp) {
    return RanoLm.withDefaults().assessVisit(baseline.build(), followUp.build());
  }

  /**
   * Assesses one follow-up against its baseline under some criteria.
   *
   * @param criteria the criteria
   * @param baseline the baseline
   * @param followUp the follow-up
   * @return the assessment
   */
  public static VisitAssessment assess(
      Criteria criteria, Visit.Builder baseline, Visit.Builder followUp) {
    return RanoLm.of(criteria).assessVisit(baseline.build(), followUp.build());
  }

  /**
   * Assesses a whole case under some criteria.
   *
   * @param criteria the criteria
   * @param baseline the baseline
   * @param followUps the follow-ups in date order
   * @return the assessment
   */
  public static CaseAssessment assessCase(Criteria criteria, Visit baseline, Visit... followUps) {
    return RanoLm.of(criteria).assess(LmCase.of(baseline, followUps));
  }

  /**
   * The assessment of the follow-up at an index of a case assessment.
   *
   * @param result the case assessment
   * @param index the follow-up's index
   * @return its visit assessment
   */
  public static VisitAssessment visit(CaseAssessment result, int index) {
    return result.timePoints().get(index).assessment().orElseThrow();
  }

  /**
   * A 2019 baseline scorecard (spec section 4.4) with every item present.
   *
   * @return the scorecard
   */
  public static Lano2019Imaging lano2019Baseline() {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      ratings.put(item, ItemRating.atBaseline(ItemPresence.PRESENT));
    }
    return Lano2019Imaging.of(ratings);
  }

  /**
   * A 2019 follow-up scorecard with every item present and the same change for every item.
   *
   * @param change the change of every item since the baseline, not null
   * @return the scorecard
   */
  public static Lano2019Imaging lano2019FollowUp(ItemChange change) {
    Map<Lano2019Item, ItemRating> ratings = new EnumMap<>(Lano2019Item.class);
    for (Lano2019Item item : Lano2019Item.values()) {
      ratings.put(item, ItemRating.atFollowUp(ItemPresence.PRESENT, change));
    }
    return Lano2019Imaging.of(ratings);
  }

  /**
   * The kinds of some reasons, in order.
   *
   * @param reasons the reasons
   * @return their kinds
   */
  public static List<ReasonKind> kinds(List<Reason> reasons) {
    return reasons.stream().map(Reason::kind).toList();
  }

  /**
   * The one reason of a kind among some reasons; fails unless there is exactly one.
   *
   * @param reasons the reasons
   * @param kind the kind
   * @return the reason
   */
  public static Reason only(List<Reason> reasons, ReasonKind kind) {
    List<Reason> found = reasons.stream().filter(r -> r.kind() == kind).toList();
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one reason of kind "
              + kind
              + ", found "
              + found.size()
              + " in "
              + kinds(reasons));
    }
    return found.get(0);
  }
}
