package org.rano;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Site;
import org.rano.neuro.Attribution;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * Named courses for the time-course tests: response sequences by day, visits that score as a chosen
 * overall response against {@link Fixtures#twoLesionBaseline()}, and the few QuickTheories
 * generators (response sequences, raw cases, criteria) the property tests share.
 */
final class CourseFixtures {
  private CourseFixtures() {}

  /** The reference date of the response sequences (that of the public example ex3). */
  static final LocalDate REFERENCE = LocalDate.parse("2026-01-10");

  /** The baseline date of the raw cases, that of {@link Fixtures#twoLesionBaseline()}. */
  static final LocalDate BASELINE = LocalDate.parse(Fixtures.BASELINE_DATE);

  /** The engine with the specification's defaults. */
  static final RanoLm DEFAULTS = RanoLm.withDefaults();

  // ---------------------------------------------------------------------------------------------
  // Response sequences

  /**
   * A response some days after {@link #REFERENCE}.
   *
   * @param day days after the reference date
   * @param response the overall response of that time point
   * @return the dated response
   */
  static DatedResponse at(int day, Response response) {
    return DatedResponse.of(REFERENCE.plusDays(day), response);
  }

  /**
   * The date some days after {@link #REFERENCE}.
   *
   * @param day days after the reference date
   * @return the date
   */
  static LocalDate day(int day) {
    return REFERENCE.plusDays(day);
  }

  /**
   * A response sequence from {@link #REFERENCE}.
   *
   * @param points the time points in date order
   * @return the sequence
   */
  static ResponseSequence sequence(DatedResponse... points) {
    return sequence(List.of(points));
  }

  /**
   * A response sequence from {@link #REFERENCE}.
   *
   * @param points the time points in date order
   * @return the sequence
   */
  static ResponseSequence sequence(List<DatedResponse> points) {
    ResponseSequence.Builder builder = ResponseSequence.from(REFERENCE);
    for (DatedResponse point : points) {
      builder.add(point.date(), point.response());
    }
    return builder.build();
  }

  /**
   * Scores a sequence under the defaults.
   *
   * @param points the time points in date order
   * @return the assessment
   */
  static CaseAssessment assess(DatedResponse... points) {
    return DEFAULTS.assess(sequence(points));
  }

  /**
   * Scores a sequence under some criteria.
   *
   * @param criteria the criteria
   * @param points the time points in date order
   * @return the assessment
   */
  static CaseAssessment assess(Criteria criteria, DatedResponse... points) {
    return RanoLm.of(criteria).assess(sequence(points));
  }

  /**
   * The rank of a response for the best overall response (TIME-4: CR > PR > SD > NON-CR/NON-PD > PD
   * > NE), written out here so that the tests do not lean on the engine's own comparison.
   *
   * @param response the response
   * @return 5 for CR down to 0 for NE
   */
  static int rank(Response response) {
    return switch (response) {
      case CR -> 5;
      case PR -> 4;
      case SD -> 3;
      case NON_CR_NON_PD -> 2;
      case PD -> 1;
      case NE -> 0;
    };
  }

  /**
   * The confirmed flag of every time point.
   *
   * @param result an assessment
   * @return the flags in date order
   */
  static List<Boolean> confirmedFlags(CaseAssessment result) {
    List<Boolean> flags = new ArrayList<>();
    for (TimePoint point : result.timePoints()) {
      flags.add(point.confirmed());
    }
    return flags;
  }

  /**
   * The overall responses of an assessment as a sequence with the baseline date as reference: what
   * the response-sequence entry sees of a raw case.
   *
   * @param baseline the baseline (reference) date
   * @param result the assessment of a raw case
   * @return the sequence
   */
  static ResponseSequence asSequence(LocalDate baseline, CaseAssessment result) {
    ResponseSequence.Builder builder = ResponseSequence.from(baseline);
    for (TimePoint point : result.timePoints()) {
      builder.add(point.date(), point.overall());
    }
    return builder.build();
  }

  // ---------------------------------------------------------------------------------------------
  // Raw visits against Fixtures.twoLesionBaseline(): normal exam, positive cytology, targets T1
  // (BRAIN_NODULE) and T2 (SPINE_LEPTOMENINGEAL_ENHANCEMENT) scored 2 each (composite 4),
  // steroids 4 mg/day. No steroid dose is given at follow-ups, so STER-1 always holds.

  /**
   * The two-lesion baseline.
   *
   * @return the baseline visit
   */
  static Visit baseline() {
    return Fixtures.twoLesionBaseline().build();
  }

  /**
   * A follow-up with a normal exam some days after {@link #BASELINE}, to add components to.
   *
   * @param day days after baseline
   * @return the builder
   */
  static Visit.Builder followUp(int day) {
    return Visit.on(BASELINE.plusDays(day)).neuro(NeuroExam.normal());
  }

  /**
   * A follow-up whose overall response is {@code response}: CR (composite 0, cytology cleared), PR
   * (composite 2, -50 %), SD (composite 4), PD (composite 6, +50 %) or NE (no imaging, IMG-14),
   * each with a normal exam.
   *
   * @param day days after baseline
   * @param response the overall response the visit scores as
   * @return the builder, to add more (e.g. an equivocal new lesion)
   */
  static Visit.Builder visit(int day, Response response) {
    Visit.Builder visit = followUp(day);
    return switch (response) {
      case CR -> visit.csf(CsfSample.negative(10)).target("T1", 0).target("T2", 0);
      case PR -> visit.csf(CsfSample.positive()).target("T1", 1).target("T2", 1);
      case SD -> visit.csf(CsfSample.positive()).target("T1", 2).target("T2", 2);
      case PD -> visit.csf(CsfSample.positive()).target("T1", 3).target("T2", 3);
      case NE -> visit.csf(CsfSample.positive());
      case NON_CR_NON_PD ->
          throw new IllegalArgumentException("no raw visit scores NON-CR/NON-PD: " + response);
    };
  }

  /**
   * A stable follow-up (composite 4) that reports an equivocal new lesion: SD (IMG-5).
   *
   * @param day days after baseline
   * @param site the site of the lesion
   * @return the visit
   */
  static Visit equivocalAt(int day, Site site) {
    return visit(day, Response.SD).equivocalNewLesion(site).build();
  }

  /**
   * A follow-up with stable targets (composite 4) and an unequivocal new lesion: PD (IMG-5).
   *
   * @param day days after baseline
   * @param site the site of the lesion
   * @return the visit
   */
  static Visit unequivocalAt(int day, Site site) {
    return visit(day, Response.SD).newLesion(site).build();
  }

  /**
   * A follow-up with stable targets (composite 4), a normal exam and a CSF sample.
   *
   * @param day days after baseline
   * @param sample the CSF sample
   * @return the visit
   */
  static Visit csfAt(int day, CsfSample sample) {
    return followUp(day).csf(sample).target("T1", 2).target("T2", 2).build();
  }

  // ---------------------------------------------------------------------------------------------
  // QuickTheories generators. They shrink towards short courses, normal exams and no imaging
  // surprises; every value they produce is valid input.

  private static final List<Response> RESPONSE_MIX =
      List.of(
          Response.CR,
          Response.CR,
          Response.PR,
          Response.PR,
          Response.PR,
          Response.SD,
          Response.SD,
          Response.NON_CR_NON_PD,
          Response.NE,
          Response.NE,
          Response.PD);

  /** One time point of a generated sequence: days after the previous one, and its response. */
  record Step(int gap, Response response) {}

  /**
   * Steps of a response sequence, with gaps of 0 to 45 days (the first may fall on the reference
   * date; later ones are at least a day apart, see {@link #toDated}).
   *
   * @param maxSize the most steps
   * @return the generator
   */
  static Gen<List<Step>> steps(int maxSize) {
    Gen<Step> step = integers().between(0, 45).zip(Generate.pick(RESPONSE_MIX), Step::new);
    return lists().of(step).ofSizeBetween(0, maxSize);
  }

  /**
   * The dated responses of generated steps from {@link #REFERENCE}: the first at its gap, each
   * later one its gap plus one day after the previous.
   *
   * @param steps the steps
   * @return the dated responses, strictly increasing, none before the reference date
   */
  static List<DatedResponse> toDated(List<Step> steps) {
    List<DatedResponse> points = new ArrayList<>();
    LocalDate date = REFERENCE;
    for (int i = 0; i < steps.size(); i++) {
      date = date.plusDays(steps.get(i).gap() + (i == 0 ? 0 : 1));
      points.add(DatedResponse.of(date, steps.get(i).response()));
    }
    return points;
  }

  /**
   * Dated responses that continue a course after its last time point, each its gap plus one day
   * after the previous.
   *
   * @param course the course so far, not empty
   * @param more the steps to append
   * @return the course with the new time points after it
   */
  static List<DatedResponse> append(List<DatedResponse> course, List<Step> more) {
    List<DatedResponse> all = new ArrayList<>(course);
    LocalDate date = course.get(course.size() - 1).date();
    for (Step step : more) {
      date = date.plusDays(step.gap() + 1);
      all.add(DatedResponse.of(date, step.response()));
    }
    return all;
  }

  /**
   * A generated sequence.
   *
   * @param steps the steps
   * @return the sequence from {@link #REFERENCE}
   */
  static ResponseSequence toSequence(List<Step> steps) {
    return sequence(toDated(steps));
  }

  /**
   * Criteria with the time-course policies varied (TIME-2, TIME-3, TIME-7), the others at their
   * defaults.
   *
   * @return the generator
   */
  static Gen<Criteria> timeCriteria() {
    return Generate.pick(List.of(28, 0, 7, 14, 21, 35, 56))
        .zip(
            Generate.pick(List.of(1, 0, 2, 3)),
            Generate.booleans(),
            Generate.pick(List.of(28, 0, 14, 42)),
            Generate.booleans(),
            (confirmation, maxNe, acceptSd, sdMinimum, prAfterCr) ->
                Criteria.defaults()
                    .withConfirmationDays(confirmation)
                    .withMaxNeBetween(maxNe)
                    .withAcceptSdBetween(acceptSd)
                    .withSdMinimumDays(sdMinimum)
                    .withPrAfterCrBreaksConfirmation(!prAfterCr));
  }

  /**
   * The baseline of a generated raw case.
   *
   * @param csf 0 no sample, 1 positive, 2 negative, 3 equivocal
   * @param t1 the score of target T1 at baseline, 1-3
   * @param t2 the score of target T2 at baseline, 1-3
   * @param imaging whether imaging was done at baseline
   * @param steroids the dose in mg/day, or -1 for none given
   */
  record BaselineSpec(int csf, int t1, int t2, boolean imaging, int steroids) {}

  /**
   * The imaging of a generated follow-up.
   *
   * @param done whether imaging was done
   * @param t1 the score of T1, 0-3, or -1 for NE
   * @param t2 the score of T2, 0-3, or -1 for NE
   * @param newLesion 0 none, 1 equivocal, 2 unequivocal
   * @param site the site of the new lesion
   */
  record ImagingSpec(boolean done, int t1, int t2, int newLesion, Site site) {}

  /**
   * The components of a generated follow-up.
   *
   * @param neuro 0 normal, 1 gait 1, 2 gait 3 (NEURO-2), 3 hearing NE, 4 no exam, 5 strength 3
   *     attributed to toxicity (NEURO-4)
   * @param csf 0 no sample, 1 positive, 2 negative 10 mL, 3 negative 3 mL, 4 equivocal, 5 not done
   * @param imaging the imaging
   * @param steroids the dose in mg/day, or -1 for none given
   */
  record Components(int neuro, int csf, ImagingSpec imaging, int steroids) {}

  /**
   * A generated follow-up.
   *
   * @param gap days after the previous visit (or baseline), at least 1
   * @param repeat whether the visit repeats the components of the previous follow-up (so that
   *     responses come in runs and get confirmed); the first follow-up uses its own
   * @param own the components used when not repeating
   */
  record VisitSpec(int gap, boolean repeat, Components own) {}

  /** A generated raw case: its baseline and follow-ups. */
  record CaseSpec(BaselineSpec baseline, List<VisitSpec> followUps) {

    /** The number of follow-ups. */
    int size() {
      return followUps.size();
    }

    /** The case with only its first {@code n} follow-ups. */
    CaseSpec first(int n) {
      return new CaseSpec(baseline, followUps.subList(0, n));
    }

    /** Whether a follow-up after {@code index} reports an unequivocal new lesion. */
    boolean unequivocalLesionAfter(int index) {
      for (int i = index + 1; i < followUps.size(); i++) {
        ImagingSpec imaging = components(followUps, i).imaging();
        if (imaging.done() && imaging.newLesion() == 2) {
          return true;
        }
      }
      return false;
    }
  }

  /** The components follow-up {@code index} uses: its own, or those of the one it repeats. */
  static Components components(List<VisitSpec> followUps, int index) {
    int i = index;
    while (i > 0 && followUps.get(i).repeat()) {
      i--;
    }
    return followUps.get(i).own();
  }

  private static Gen<Integer> pick(Integer... values) {
    return Generate.pick(List.of(values));
  }

  private static final List<Site> NEW_LESION_SITES =
      List.of(Site.SPINE_NODULE, Site.SPINE_NODULE, Site.BRAIN_NODULE);

  /**
   * Raw cases of the 2017 profile with every component varied, against a baseline of two targets.
   *
   * @param maxFollowUps the most follow-ups
   * @return the generator
   */
  static Gen<CaseSpec> rawCases(int maxFollowUps) {
    Gen<BaselineSpec> baseline =
        pick(1, 1, 1, 2, 0, 3)
            .zip(
                integers().between(1, 3),
                integers().between(1, 3),
                Generate.pick(List.of(true, true, true, true, true, true, true, false)),
                pick(-1, 4, 4, 0, 8),
                BaselineSpec::new);
    Gen<Integer> score = pick(2, 2, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 3, 3, -1);
    Gen<ImagingSpec> imaging =
        Generate.pick(List.of(true, true, true, true, true, true, true, false))
            .zip(
                score,
                score,
                pick(0, 0, 0, 0, 0, 0, 1, 1, 1, 2),
                Generate.pick(NEW_LESION_SITES),
                ImagingSpec::new);
    Gen<Components> components =
        pick(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5)
            .zip(
                pick(1, 1, 1, 1, 2, 2, 2, 2, 2, 0, 3, 4, 5),
                imaging,
                pick(-1, -1, -1, -1, 0, 2, 4, 8),
                Components::new);
    Gen<VisitSpec> visit =
        integers()
            .between(1, 45)
            .zip(Generate.pick(List.of(false, true)), components, VisitSpec::new);
    return baseline.zip(lists().of(visit).ofSizeBetween(0, maxFollowUps), CaseSpec::new);
  }

  /**
   * Builds a generated raw case.
   *
   * @param spec the generated case
   * @return the case, baseline on {@link #BASELINE}
   */
  static LmCase toCase(CaseSpec spec) {
    BaselineSpec base = spec.baseline();
    Visit.Builder baseline = Visit.on(BASELINE).neuro(NeuroExam.normal().with(Lano.GAIT, 1));
    csf(baseline, new int[] {0, 1, 2, 4}[base.csf()]);
    if (base.imaging()) {
      baseline
          .target("T1", Site.BRAIN_NODULE, base.t1())
          .target("T2", Site.SPINE_LEPTOMENINGEAL_ENHANCEMENT, base.t2());
    }
    if (base.steroids() >= 0) {
      baseline.steroids(base.steroids());
    }
    LmCase.Builder lmCase = LmCase.builder().baseline(baseline.build());
    LocalDate date = BASELINE;
    for (int i = 0; i < spec.size(); i++) {
      date = date.plusDays(spec.followUps().get(i).gap());
      lmCase.followUp(toVisit(date, components(spec.followUps(), i), base.imaging()));
    }
    return lmCase.build();
  }

  private static Visit toVisit(LocalDate date, Components spec, boolean baselineImaging) {
    Visit.Builder visit = Visit.on(date);
    NeuroExam normal = NeuroExam.normal();
    switch (spec.neuro()) {
      case 0 -> visit.neuro(normal);
      case 1 -> visit.neuro(normal.with(Lano.GAIT, 1));
      case 2 -> visit.neuro(normal.with(Lano.GAIT, 3));
      case 3 -> visit.neuro(normal.with(Lano.GAIT, 1).withNotEvaluable(Lano.HEARING, "not tested"));
      case 4 -> {}
      default ->
          visit.neuro(
              normal
                  .with(Lano.GAIT, 1)
                  .withAttributed(Lano.STRENGTH, 3, Attribution.TREATMENT_TOXICITY));
    }
    csf(visit, spec.csf());
    ImagingSpec imaging = spec.imaging();
    if (imaging.done()) {
      visit.imagingDone();
      if (baselineImaging) {
        target(visit, "T1", imaging.t1());
        target(visit, "T2", imaging.t2());
      }
      if (imaging.newLesion() == 1) {
        visit.equivocalNewLesion(imaging.site());
      } else if (imaging.newLesion() == 2) {
        visit.newLesion(imaging.site());
      }
    }
    if (spec.steroids() >= 0) {
      visit.steroids(spec.steroids());
    }
    return visit.build();
  }

  private static void target(Visit.Builder visit, String id, int score) {
    if (score < 0) {
      visit.targetNotEvaluable(id);
    } else {
      visit.target(id, score);
    }
  }

  private static void csf(Visit.Builder visit, int kind) {
    switch (kind) {
      case 0 -> {}
      case 1 -> visit.csf(CsfSample.positive());
      case 2 -> visit.csf(CsfSample.negative(10));
      case 3 -> visit.csf(CsfSample.negative(3));
      case 4 -> visit.csf(CsfResult.EQUIVOCAL);
      default -> visit.csf(CsfResult.NOT_DONE);
    }
  }
}
