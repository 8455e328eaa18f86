package org.rano;

import static org.rano.Response.CR;
import static org.rano.Response.NE;
import static org.rano.Response.NON_CR_NON_PD;
import static org.rano.Response.PD;
import static org.rano.Response.PR;
import static org.rano.Response.SD;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reference implementation of spec section 7 (TIME-2 to TIME-7) with the settled details of
 * section 10, written from the text and not from {@code TimeCourse}: plain loops over the time
 * points, one rule at a time, quadratic where the text is (for each response, every later visit
 * that might confirm it, and every visit between). It is what the response-sequence entry {@link
 * RanoLm#assess(ResponseSequence)} must give, and what the raw entry must give from its own overall
 * responses.
 *
 * <p>The rules as read here:
 *
 * <ul>
 *   <li>TIME-2: a CR at i is confirmed when some later CR at j lies at least {@code
 *       confirmationDays} after it with only CR or NE strictly between, at most {@code
 *       maxNeBetween} of them NE. A PR at i is confirmed when some later CR or PR at j lies at
 *       least {@code confirmationDays} after it with only CR, PR or NE between (SD too under {@code
 *       acceptSdBetween}; never PD), at most {@code maxNeBetween} NE. {@code confirmed} is given
 *       for every time point, also after progression (section 10); SD, PD and NE are never
 *       confirmed.
 *   <li>TIME-7: under {@code prAfterCrBreaksConfirmation} a PR at i is not confirmed by j when a CR
 *       lies after i and a PR after that CR, both no later than j (section 10: "a CR between the PR
 *       being confirmed and its confirming visit (inclusive)"). Every PR after the first CR is
 *       warned about, under either setting.
 *   <li>TIME-3: a time point counts as SD (an SD, or an unconfirmed CR or PR where confirmation is
 *       required) only at least {@code sdMinimumDays} after baseline; earlier, as NE.
 *   <li>TIME-4: the best of CR > PR > SD > PD > NE over the time points up to and including the
 *       first PD, the earliest on a tie; unconfirmed (CR and PR as they are) and confirmed (CR and
 *       PR only when confirmed). No time point: NE, no date, "no follow-up assessment".
 *   <li>TIME-5: progression is the first PD, or earlier the first visit of a run of equivocal
 *       sightings that a later visit confirmed (IMG-5; given by the caller, as only raw cases have
 *       imaging).
 *   <li>TIME-6: the time points after the first PD are after progression.
 *   <li>NON-CR/NON-PD (issue 15, admiralonco's convention, only in response sequences): it is not
 *       among the responses allowed between a response and its confirmation, so it breaks one
 *       (under any policy), and it confirms nothing; under TIME-3 it counts as itself at least
 *       {@code sdMinimumDays} after baseline, else as NE; TIME-4 ranks it between SD and PD.
 * </ul>
 */
final class SectionSevenOracle {
  private SectionSevenOracle() {}

  /**
   * What section 7 says of a course.
   *
   * @param confirmed TIME-2 and TIME-7, per time point
   * @param afterProgression TIME-6, per time point
   * @param best TIME-4 without confirmation
   * @param bestAt the time point it rests on, -1 without time points
   * @param confirmedBest TIME-4 with confirmation
   * @param confirmedBestAt the time point it rests on, -1 without time points
   * @param progressionAt TIME-5: the time point of the progression date, -1 for none
   * @param prAfterCr TIME-7: the time points of the PRs after the first CR, in order
   */
  record Expected(
      List<Boolean> confirmed,
      List<Boolean> afterProgression,
      Response best,
      int bestAt,
      Response confirmedBest,
      int confirmedBestAt,
      int progressionAt,
      List<Integer> prAfterCr) {}

  /**
   * Applies section 7 to a course.
   *
   * @param criteria the policies in force
   * @param days each time point's days from baseline, increasing
   * @param responses each time point's overall response
   * @param backdatedTo IMG-5's earliest back-dated time point, -1 for none
   * @return what the result must say
   */
  static Expected apply(Criteria criteria, int[] days, List<Response> responses, int backdatedTo) {
    int n = responses.size();
    int firstPd = responses.indexOf(PD);

    List<Boolean> confirmed = new ArrayList<>();
    List<Boolean> after = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean any = false;
      for (int j = i + 1; j < n; j++) {
        any |= confirms(criteria, days, responses, i, j);
      }
      confirmed.add(any);
      after.add(firstPd >= 0 && i > firstPd);
    }

    int last = firstPd >= 0 ? firstPd : n - 1;
    int bestAt = -1;
    int confirmedBestAt = -1;
    for (int i = 0; i <= last; i++) {
      if (bestAt < 0
          || better(
              counts(criteria, days, responses, confirmed, i, false),
              counts(criteria, days, responses, confirmed, bestAt, false))) {
        bestAt = i;
      }
      if (confirmedBestAt < 0
          || better(
              counts(criteria, days, responses, confirmed, i, true),
              counts(criteria, days, responses, confirmed, confirmedBestAt, true))) {
        confirmedBestAt = i;
      }
    }
    Response best = bestAt < 0 ? NE : counts(criteria, days, responses, confirmed, bestAt, false);
    Response confirmedBest =
        confirmedBestAt < 0
            ? NE
            : counts(criteria, days, responses, confirmed, confirmedBestAt, true);

    int progressionAt = firstPd;
    if (backdatedTo >= 0 && (progressionAt < 0 || backdatedTo < progressionAt)) {
      progressionAt = backdatedTo;
    }

    List<Integer> prAfterCr = new ArrayList<>();
    int firstCr = responses.indexOf(CR);
    for (int i = firstCr + 1; firstCr >= 0 && i < n; i++) {
      if (responses.get(i) == PR) {
        prAfterCr.add(i);
      }
    }
    return new Expected(
        confirmed, after, best, bestAt, confirmedBest, confirmedBestAt, progressionAt, prAfterCr);
  }

  /** TIME-2 and TIME-7: whether the visit at j confirms the response at i. */
  private static boolean confirms(
      Criteria criteria, int[] days, List<Response> responses, int i, int j) {
    Response first = responses.get(i);
    Response later = responses.get(j);
    if (first == CR) {
      if (later != CR) {
        return false;
      }
    } else if (first == PR) {
      if (later != CR && later != PR) {
        return false;
      }
    } else {
      return false;
    }
    if (days[j] - days[i] < criteria.confirmationDays()) {
      return false;
    }
    int ne = 0;
    for (int k = i + 1; k < j; k++) {
      Response between = responses.get(k);
      boolean allowed =
          between == NE
              || between == CR
              || (first == PR && between == PR)
              || (first == PR && between == SD && criteria.acceptSdBetween());
      if (!allowed) {
        return false;
      }
      if (between == NE) {
        ne++;
      }
    }
    if (ne > criteria.maxNeBetween()) {
      return false;
    }
    if (first == PR && criteria.prAfterCrBreaksConfirmation()) {
      boolean crSeen = false;
      for (int k = i + 1; k <= j; k++) {
        if (crSeen && responses.get(k) == PR) {
          return false;
        }
        crSeen |= responses.get(k) == CR;
      }
    }
    return true;
  }

  /** TIME-3 and TIME-4: what the time point at i counts as in the best response. */
  private static Response counts(
      Criteria criteria,
      int[] days,
      List<Response> responses,
      List<Boolean> confirmed,
      int i,
      boolean withConfirmation) {
    Response response = responses.get(i);
    boolean longEnough = days[i] >= criteria.sdMinimumDays();
    return switch (response) {
      case CR, PR -> !withConfirmation || confirmed.get(i) ? response : longEnough ? SD : NE;
      case SD -> longEnough ? SD : NE;
      case NON_CR_NON_PD -> longEnough ? NON_CR_NON_PD : NE;
      case PD, NE -> response;
    };
  }

  /** TIME-4's order, CR > PR > SD > NON-CR/NON-PD > PD > NE, written out here. */
  private static boolean better(Response a, Response b) {
    List<Response> order = List.of(NE, PD, NON_CR_NON_PD, SD, PR, CR);
    return order.indexOf(a) > order.indexOf(b);
  }

  // ------------------------------------------------------------------------------ comparison

  /**
   * Compares an assessment with the oracle.
   *
   * @param expected the oracle's answer
   * @param result the library's assessment
   * @param baseline the baseline or reference date
   * @param dates the dates of the time points
   * @param responses the overall responses the oracle was given
   * @param course how to name the course in a difference
   * @return one line per difference, empty when they agree
   */
  static List<String> differences(
      Expected expected,
      CaseAssessment result,
      LocalDate baseline,
      List<LocalDate> dates,
      List<Response> responses,
      String course) {
    List<String> out = new ArrayList<>();
    int n = dates.size();
    if (result.timePoints().size() != n) {
      out.add(course + ": " + result.timePoints().size() + " time points, expected " + n);
      return out;
    }
    for (int i = 0; i < n; i++) {
      TimePoint point = result.timePoints().get(i);
      String at = course + ": time point " + i + " ";
      if (!point.date().equals(dates.get(i))) {
        out.add(at + "date " + point.date());
      }
      if (point.daysFromBaseline() != ChronoUnit.DAYS.between(baseline, dates.get(i))) {
        out.add(at + "daysFromBaseline " + point.daysFromBaseline());
      }
      if (point.overall() != responses.get(i)) {
        out.add(at + "overall " + point.overall() + ", expected " + responses.get(i));
      }
      if (point.confirmed() != expected.confirmed().get(i)) {
        out.add(at + "confirmed " + point.confirmed() + " (TIME-2/TIME-7)");
      }
      if (point.afterProgression() != expected.afterProgression().get(i)) {
        out.add(at + "afterProgression " + point.afterProgression() + " (TIME-6)");
      }
    }
    compareBest(
        out,
        course + ": bestOverallResponse ",
        result.bestOverallResponse(),
        expected.best(),
        expected.bestAt(),
        dates);
    compareBest(
        out,
        course + ": confirmedBestOverallResponse ",
        result.confirmedBestOverallResponse(),
        expected.confirmedBest(),
        expected.confirmedBestAt(),
        dates);
    Optional<LocalDate> progression =
        expected.progressionAt() < 0
            ? Optional.empty()
            : Optional.of(dates.get(expected.progressionAt()));
    if (!result.progression().map(Progression::date).equals(progression)) {
      out.add(
          course
              + ": progression "
              + result.progression()
              + ", expected "
              + progression
              + " (TIME-5)");
    } else if (result.progression().isPresent()
        && result.progression().get().daysFromBaseline()
            != ChronoUnit.DAYS.between(baseline, progression.orElseThrow())) {
      out.add(course + ": progression days " + result.progression().get().daysFromBaseline());
    }
    List<Reason> time7 = result.warnings().stream().filter(w -> w.rule() == RuleId.TIME_7).toList();
    if (time7.size() != expected.prAfterCr().size()) {
      out.add(
          course
              + ": TIME-7 warnings "
              + time7
              + ", expected one for each PR at "
              + expected.prAfterCr());
    } else {
      for (int k = 0; k < time7.size(); k++) {
        LocalDate date = dates.get(expected.prAfterCr().get(k));
        if (!time7.get(k).date(Fact.DATE).equals(date)) {
          out.add(course + ": TIME-7 warning " + k + " does not name the PR on " + date);
        }
      }
    }
    return out;
  }

  private static void compareBest(
      List<String> out,
      String name,
      BestResponse best,
      Response response,
      int at,
      List<LocalDate> dates) {
    Optional<LocalDate> date = at < 0 ? Optional.empty() : Optional.of(dates.get(at));
    if (best.response() != response || !best.date().equals(date)) {
      out.add(
          name
              + best.response()
              + " "
              + best.date()
              + ", expected "
              + response
              + " "
              + date
              + " (TIME-3/TIME-4)");
    }
    if (at < 0 && !best.reason().contains("no follow-up assessment")) {
      out.add(name + "reason '" + best.reason() + "' (TIME-4: no follow-up assessment)");
    }
    if (best.reason().isBlank()) {
      out.add(name + "without a reason");
    }
  }
}
