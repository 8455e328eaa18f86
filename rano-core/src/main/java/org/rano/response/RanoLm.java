package org.rano.response;

import java.util.Objects;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rano.Criteria;
import org.rano.ImagingProfile;
import org.rano.InvalidInputException;
import org.rano.Response;
import org.rano.csf.CsfFinding;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfRules;
import org.rano.csf.CsfSample;
import org.rano.csf.CsfStatus;
import org.rano.imaging.Imaging;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.ImagingRules;
import org.rano.imaging.Lano2019Imaging;
import org.rano.imaging.Lano2019Rules;
import org.rano.neuro.NeuroExam;
import org.rano.neuro.NeuroFinding;
import org.rano.neuro.NeuroRules;

/**
 * The RANO-LM engine: scores a case visit by visit (spec sections 2 to 6) and over time (section
 * 7) under one set of criteria.
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
   * Assesses one follow-up against its baseline: the components and the overall response
   * (spec sections 2 to 6). Policies that look at earlier follow-ups (NEURO-7 BEST_SO_FAR, IMG-12
   * NADIR) see none; assess the whole case for those.
   *
   * @param baseline the baseline visit, not null
   * @param followUp the follow-up visit, not null
   * @return the assessment, not null
   * @throws InvalidInputException as {@link LmCase.Builder#build()} does for the two visits
   */
  public VisitAssessment assessVisit(Visit baseline, Visit followUp) {
    return assessFollowUps(LmCase.of(Objects.requireNonNull(baseline, "baseline"),
        Objects.requireNonNull(followUp, "followUp"))).get(0);
  }

  /**
   * Assesses a whole case: every follow-up, the confirmation of responses, the best overall
   * responses and the progression date (spec sections 2 to 7).
   *
   * @param lmCase the case, not null
   * @return the assessment, not null
   * @throws InvalidInputException when a visit gives the imaging block of the other profile
   *     than the criteria select ({@code targets}, {@code nonTargets}, {@code newLesions} under
   *     LANO_2019; {@code lano2019} under RANO_LM_2017), since it would otherwise be ignored
   */
  public CaseAssessment assess(LmCase lmCase) {
    Objects.requireNonNull(lmCase, "lmCase");
    List<VisitAssessment> assessments = assessFollowUps(lmCase);
    int n = assessments.size();
    List<LocalDate> dates = new ArrayList<>(n);
    List<Response> responses = new ArrayList<>(n);
    List<CsfFinding> csfFindings = new ArrayList<>(n);
    List<Optional<ImagingFinding>> imagingByVisit = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      VisitAssessment assessment = assessments.get(i);
      dates.add(lmCase.followUps().get(i).date());
      responses.add(assessment.overall());
      csfFindings.add(assessment.csf());
      imagingByVisit.add(Optional.of(assessment.imaging()));
    }
    TimeCourse course = new TimeCourse(criteria, lmCase.baseline().date(), dates, responses);
    return assemble(lmCase.id(), course, dates, responses, assessments, imagingByVisit,
        csfNotes(lmCase.followUps(), csfFindings, dates));
  }

  /** Each follow-up's components and overall response (spec sections 2 to 6), in date order. */
  private List<VisitAssessment> assessFollowUps(LmCase lmCase) {
    Visit baseline = lmCase.baseline();
    List<Visit> followUps = lmCase.followUps();
    int n = followUps.size();
    List<Optional<NeuroExam>> exams = new ArrayList<>(n);
    List<Optional<Imaging>> scorecards = new ArrayList<>(n);
    List<Optional<Lano2019Imaging>> lanoScorecards = new ArrayList<>(n);
    boolean lano = criteria.imaging() == ImagingProfile.LANO_2019;
    requireProfile(baseline, -1, lano);
    for (int i = 0; i < n; i++) {
      Visit visit = followUps.get(i);
      requireProfile(visit, i, lano);
      exams.add(visit.neuro());
      scorecards.add(visit.imaging());
      lanoScorecards.add(visit.lano2019());
    }
    ImmutableList<NeuroFinding> neuro = NeuroRules.assessSeries(baseline.neuro(), exams, criteria);
    ImmutableList<ImagingFinding> imaging = lano
        ? Lano2019Rules.assessSeries(baseline.lano2019(), lanoScorecards)
        : ImagingRules.assessSeries(baseline.imaging(), scorecards, criteria);
    Optional<CsfSample> baselineCsf = baseline.csf();
    boolean baselinePositive = baselineCsf.isPresent()
        && baselineCsf.get().result() == CsfResult.POSITIVE;
    Optional<BigDecimal> baselineSteroids = baseline.steroidMgPerDay();
    List<VisitAssessment> assessments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Visit visit = followUps.get(i);
      CsfFinding csf = CsfRules.assess(baselineCsf, visit.csf());
      assessments.add(OverallRules.combine(neuro.get(i), csf, imaging.get(i), baselinePositive,
          baselineSteroids, visit, criteria));
    }
    return assessments;
  }

  /** Fails for the imaging block of the other profile; {@code followUp} -1 is the baseline. */
  private static void requireProfile(Visit visit, int followUp, boolean lano) {
    if (lano && visit.imaging().isPresent()) {
      throw InvalidInputException.of(visitPath(followUp) + ".targets", "the 2017 scorecard", "the criteria "
          + "select imaging LANO_2019, which reads the lano2019 block; give the visit's MRI "
          + "as lano2019, or score with imaging RANO_LM_2017");
    }
    if (!lano && visit.lano2019().isPresent()) {
      throw InvalidInputException.of(visitPath(followUp) + ".lano2019", "the 2019 scorecard", "the criteria "
          + "select imaging RANO_LM_2017, which reads targets, nonTargets and newLesions; "
          + "score with imaging LANO_2019 to use lano2019");
    }
  }

  private static String visitPath(int followUp) {
    return followUp < 0 ? "baseline" : "followUps[" + followUp + "]";
  }

  /**
   * Assesses a sequence of responses assessed elsewhere: confirmation, best overall responses
   * and progression (spec section 7).
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
    return assemble(sequence.id(), course, dates, responses, List.of(), List.of(),
        ImmutableList.of());
  }

  private CaseAssessment assemble(Optional<String> id, TimeCourse course, List<LocalDate> dates,
      List<Response> responses, List<VisitAssessment> assessments,
      List<Optional<ImagingFinding>> imaging, ImmutableList<String> notes) {
    int n = dates.size();
    boolean[] confirmed = new boolean[n];
    for (int i = 0; i < n; i++) {
      confirmed[i] = course.confirmed(i);
    }
    int firstPd = course.firstProgression();
    ImmutableList.Builder<TimePoint> points = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      points.add(TimePoint.builder()
          .date(dates.get(i))
          .daysFromBaseline(course.days(i))
          .overall(responses.get(i))
          .confirmed(confirmed[i])
          .afterProgression(firstPd >= 0 && i > firstPd)
          .assessment(assessments.isEmpty() ? Optional.empty() : Optional.of(assessments.get(i)))
          .build());
    }
    return CaseAssessment.builder()
        .id(id)
        .timePoints(points.build())
        .bestOverallResponse(course.best(confirmed, false))
        .confirmedBestOverallResponse(course.best(confirmed, true))
        .progression(course.progression(imaging))
        .warnings(course.warnings(imaging))
        .notes(notes)
        .criteria(criteria)
        .build();
  }

  /**
   * CSF-6: a clearance is confirmed by a later adequate negative sample at least {@code
   * csfClearanceConfirmationDays} after it, with no positive or equivocal sample between.
   */
  private ImmutableList<String> csfNotes(List<Visit> visits, List<CsfFinding> findings,
      List<LocalDate> dates) {
    ImmutableList.Builder<String> notes = new ImmutableList.Builder();
    int clearing = -1;
    boolean confirmedClearing = false;
    for (int i = 0; i < visits.size(); i++) {
      Optional<CsfSample> sample = visits.get(i).csf();
      if (sample.isEmpty() || !sample.get().isDone()) {
        continue;
      }
      CsfResult result = sample.get().result();
      if (clearing >= 0 && (result == CsfResult.POSITIVE || result == CsfResult.EQUIVOCAL)) {
        if (!confirmedClearing) {
          notes.add(unconfirmed(dates.get(clearing), "a " + result + " sample followed on "
              + dates.get(i)));
        }
        clearing = -1;
        confirmedClearing = false;
        continue;
      }
      if (clearing < 0 && findings.get(i).status() == CsfStatus.CLEARED) {
        clearing = i;
      } else if (clearing >= 0 && !confirmedClearing && sample.get().isAdequateNegative()
          && TimeCourse.daysBetween(dates.get(clearing), dates.get(i))
              >= criteria.csfClearanceConfirmationDays()) {
        confirmedClearing = true;
        notes.add("CSF clearance of " + dates.get(clearing) + " confirmed by the negative "
            + "sample of " + dates.get(i) + " (CSF-6)");
      }
    }
    if (clearing >= 0 && !confirmedClearing) {
      notes.add(unconfirmed(dates.get(clearing), "no later adequate negative sample at least "
          + criteria.csfClearanceConfirmationDays() + " days after it"));
    }
    return notes.build();
  }

  private static String unconfirmed(LocalDate date, String why) {
    return "CSF clearance of " + date + " not confirmed: " + why + " (CSF-6)";
  }

  @Override
  public String toString() {
    return "RanoLm" + criteria.policies();
  }
}
