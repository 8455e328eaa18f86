package org.rano;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Imaging;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.Lano2019Imaging;
import org.rano.neuro.NeuroExam;
import org.rano.neuro.NeuroFinding;

/**
 * The RANO-LM engine: scores a case visit by visit (spec sections 2 to 6) and over time (section 7)
 * under one set of criteria.
 *
 * <pre>{@code
 * CaseAssessment result = RanoLm.withDefaults().assess(lmCase);
 * result.bestOverallResponse().response();   // e.g. Response.PR
 * result.timePoints().get(0).assessment().orElseThrow().rules();   // e.g. [CSF-2, IMG-8, OVR-4]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: one instance may score any number of cases from any
 * number of threads.
 */
public final class RanoLm {

  private static final RanoLm DEFAULTS = new RanoLm(Criteria.defaults());

  private final Criteria criteria;

  private RanoLm(Criteria criteria) {
    this.criteria = criteria;
  }

  /**
   * Obtains the engine with the criteria of the specification at their defaults.
   *
   * @return the engine, not null
   */
  public static RanoLm withDefaults() {
    return DEFAULTS;
  }

  /**
   * Obtains the engine for some criteria.
   *
   * @param criteria the criteria, not null
   * @return the engine, not null
   */
  public static RanoLm of(Criteria criteria) {
    return new RanoLm(Objects.requireNonNull(criteria, "criteria"));
  }

  /**
   * The criteria this engine scores under.
   *
   * @return the criteria, not null
   */
  public Criteria criteria() {
    return criteria;
  }

  /**
   * Assesses one follow-up against its baseline: the components and the overall response (spec
   * sections 2 to 6). Policies that look at earlier follow-ups (NEURO-7 BEST_SO_FAR, IMG-12 NADIR)
   * see none; assess the whole case for those.
   *
   * @param baseline the baseline visit, not null
   * @param followUp the follow-up visit, not null
   * @return the assessment, not null
   * @throws InvalidInputException as {@link LmCase.Builder} does for the two visits, or as {@link
   *     #assess(LmCase)} does for a scorecard of the other profile
   */
  public VisitAssessment assessVisit(Visit baseline, Visit followUp) {
    LmCase lmCase =
        LmCase.of(
            Objects.requireNonNull(baseline, "baseline"),
            Objects.requireNonNull(followUp, "followUp"));
    List<LocalDate> dates = dates(lmCase);
    return assessFollowUps(lmCase, dates, csfCourse(lmCase, dates)).get(0);
  }

  /**
   * Assesses a whole case: every follow-up, the confirmation of responses, the best overall
   * responses and the progression date (spec sections 2 to 7).
   *
   * @param lmCase the case, not null
   * @return the assessment, not null
   * @throws InvalidInputException when the case's scorecards are in the other profile than the
   *     criteria select ({@code targets}, {@code nonTargets}, {@code newLesions} under LANO_2019;
   *     {@code lano2019} under RANO_LM_2017), since they would otherwise be ignored; the path is
   *     the case's first scorecard, e.g. {@code baseline.lano2019}
   */
  public CaseAssessment assess(LmCase lmCase) {
    Objects.requireNonNull(lmCase, "lmCase");
    List<LocalDate> dates = dates(lmCase);
    CsfCourse csf = csfCourse(lmCase, dates);
    List<VisitAssessment> assessments = assessFollowUps(lmCase, dates, csf);
    int n = assessments.size();
    List<Optional<ImagingFinding>> imagingByVisit = new ArrayList<>(n);
    for (VisitAssessment assessment : assessments) {
      imagingByVisit.add(Optional.of(assessment.imaging()));
    }
    List<TimeCourse.Backdating> backdatings = TimeCourse.backdatings(imagingByVisit);
    if (criteria.backdatedProgressionRewritesVisit()) {
      rewriteBackdatedVisit(assessments, backdatings, dates);
    }
    List<Response> responses = new ArrayList<>(n);
    for (VisitAssessment assessment : assessments) {
      responses.add(assessment.overall());
    }
    TimeCourse course = new TimeCourse(criteria, lmCase.baseline().date(), dates, responses);
    return assemble(
        lmCase.id(),
        course,
        dates,
        responses,
        assessments,
        imagingByVisit,
        backdatings,
        csf.notes());
  }

  /**
   * IMG-5 under {@code backdatedProgressionRewritesVisit}: when TIME-5 dates the progression back
   * to the follow-up that first showed as equivocal a new lesion later confirmed at the same site,
   * before any PD, that follow-up becomes PD (OVR-1), its earlier response kept in the reasons, so
   * that TIME-2, TIME-4 and TIME-6 see the first PD where the progression is dated. A back-dating
   * to a follow-up after the first PD changes nothing: progression is dated already.
   */
  private static void rewriteBackdatedVisit(
      List<VisitAssessment> assessments,
      List<TimeCourse.Backdating> backdatings,
      List<LocalDate> dates) {
    int firstPd = assessments.size();
    for (int i = 0; i < assessments.size(); i++) {
      if (assessments.get(i).overall() == Response.PD) {
        firstPd = i;
        break;
      }
    }
    Optional<TimeCourse.Backdating> earliest = Optional.empty();
    for (TimeCourse.Backdating backdating : backdatings) {
      if (backdating.start() < firstPd
          && (earliest.isEmpty() || backdating.start() < earliest.get().start())) {
        earliest = Optional.of(backdating);
      }
    }
    if (earliest.isEmpty()) {
      return;
    }
    TimeCourse.Backdating backdating = earliest.get();
    VisitAssessment visit = assessments.get(backdating.start());
    List<RuleId> rules = new ArrayList<>(visit.rules());
    RuleId decided = rules.remove(rules.size() - 1); // the OVR rule of the earlier response
    rules.add(RuleId.OVR_1);
    List<Reason> reasons = new ArrayList<>(visit.reasons());
    reasons.add(
        Reason.builder(ReasonKind.OVERALL_BACKDATED_NEW_LESION)
            .with(Fact.SITE, backdating.site())
            .with(Fact.DATE, dates.get(backdating.confirming()))
            .with(Fact.RESPONSE_BEFORE, visit.overall())
            .with(Fact.RULE_BEFORE, decided)
            .build());
    reasons.add(Reason.of(ReasonKind.OVERALL_PROGRESSION_BACKDATED));
    assessments.set(
        backdating.start(),
        VisitAssessment.of(
            visit.neuro(),
            visit.csf(),
            visit.imaging(),
            Response.PD,
            ImmutableList.copyOf(rules),
            ImmutableList.copyOf(reasons),
            visit.parenchymal()));
  }

  private static List<LocalDate> dates(LmCase lmCase) {
    List<LocalDate> dates = new ArrayList<>(lmCase.followUps().size());
    for (Visit visit : lmCase.followUps()) {
      dates.add(visit.date());
    }
    return dates;
  }

  /** CSF-1 to CSF-7 over the follow-ups, in one pass. */
  private CsfCourse csfCourse(LmCase lmCase, List<LocalDate> dates) {
    List<Optional<CsfSample>> samples = new ArrayList<>(dates.size());
    for (Visit visit : lmCase.followUps()) {
      samples.add(visit.csf());
    }
    return CsfCourse.of(lmCase.baseline().csf(), samples, dates, criteria);
  }

  /** Each follow-up's components and overall response (spec sections 2 to 6), in date order. */
  private List<VisitAssessment> assessFollowUps(
      LmCase lmCase, List<LocalDate> dates, CsfCourse csf) {
    Visit baseline = lmCase.baseline();
    List<Visit> followUps = lmCase.followUps();
    int n = followUps.size();
    List<Optional<NeuroExam>> exams = new ArrayList<>(n);
    List<Optional<Imaging>> scorecards = new ArrayList<>(n);
    List<Optional<Lano2019Imaging>> lanoScorecards = new ArrayList<>(n);
    boolean lano = criteria.imaging() == ImagingProfile.LANO_2019;
    requireProfile(lmCase);
    for (int i = 0; i < n; i++) {
      Visit visit = followUps.get(i);
      exams.add(visit.neuro());
      scorecards.add(visit.imaging());
      lanoScorecards.add(visit.lano2019());
    }
    ImmutableList<NeuroFinding> neuro = NeuroRules.assessSeries(baseline.neuro(), exams, criteria);
    ImmutableList<ImagingFinding> imaging =
        lano
            ? Lano2019Rules.assessSeries(baseline.lano2019(), lanoScorecards)
            : ImagingRules.assessSeries(baseline.imaging(), scorecards, dates, criteria);
    Optional<CsfSample> baselineCsf = baseline.csf();
    boolean baselinePositive =
        baselineCsf.isPresent() && baselineCsf.get().result() == CsfResult.POSITIVE;
    Optional<BigDecimal> baselineSteroids = baseline.steroidMgPerDay();
    List<VisitAssessment> assessments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Visit visit = followUps.get(i);
      NeuroFinding exam =
          NeuroRules.clinicalDeterioration(neuro.get(i), visit.clinicalDeterioration(), criteria);
      assessments.add(
          OverallRules.combine(
              exam,
              csf.findings().get(i),
              imaging.get(i),
              baselinePositive,
              baselineSteroids,
              visit,
              criteria));
    }
    return assessments;
  }

  /**
   * Fails when the case's scorecards are in the other profile than the criteria select, since they
   * would otherwise be ignored; the path is the case's first scorecard.
   */
  private void requireProfile(LmCase lmCase) {
    Optional<ImagingProfile> profile = lmCase.imagingProfile();
    if (profile.isEmpty() || profile.get() == criteria.imaging()) {
      return;
    }
    throw LmCase.wrongProfile(lmCase.firstScorecardPath(), criteria.imaging());
  }

  /**
   * Assesses a sequence of responses assessed elsewhere: confirmation, best overall responses and
   * progression (spec section 7).
   *
   * @param sequence the sequence, not null
   * @return the assessment; its time points carry no visit assessment, not null
   */
  public CaseAssessment assess(ResponseSequence sequence) {
    Objects.requireNonNull(sequence, "sequence");
    List<LocalDate> dates = new ArrayList<>(sequence.responses().size());
    List<Response> responses = new ArrayList<>(sequence.responses().size());
    for (DatedResponse response : sequence.responses()) {
      dates.add(response.date());
      responses.add(response.response());
    }
    TimeCourse course = new TimeCourse(criteria, sequence.referenceDate(), dates, responses);
    return assemble(
        sequence.id(),
        course,
        dates,
        responses,
        List.of(),
        List.of(),
        List.of(),
        ImmutableList.of());
  }

  private CaseAssessment assemble(
      Optional<String> id,
      TimeCourse course,
      List<LocalDate> dates,
      List<Response> responses,
      List<VisitAssessment> assessments,
      List<Optional<ImagingFinding>> imaging,
      List<TimeCourse.Backdating> backdatings,
      ImmutableList<Reason> notes) {
    int n = dates.size();
    boolean[] confirmed = new boolean[n];
    for (int i = 0; i < n; i++) {
      confirmed[i] = course.confirmed(i);
    }
    int firstPd = course.firstProgression();
    ImmutableList.Builder<TimePoint> points = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      points.add(
          TimePoint.builder()
              .date(dates.get(i))
              .daysFromBaseline(course.days(i))
              .overall(responses.get(i))
              .confirmed(confirmed[i])
              .afterProgression(firstPd >= 0 && i > firstPd)
              .assessment(
                  assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(i)))
              .build());
    }
    return CaseAssessment.builder()
        .id(id)
        .timePoints(points.build())
        .bestOverallResponse(course.best(confirmed, false))
        .confirmedBestOverallResponse(course.best(confirmed, true))
        .progression(course.progression(backdatings))
        .warnings(course.warnings(imaging))
        .notes(notes)
        .criteria(criteria)
        .build();
  }

  @Override
  public String toString() {
    return "RanoLm" + criteria.policies();
  }
}
