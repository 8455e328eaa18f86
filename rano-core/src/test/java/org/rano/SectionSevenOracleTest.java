package org.rano;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.rano.CourseFixtures.components;
import static org.rano.CourseFixtures.rawCases;
import static org.rano.CourseFixtures.timeCriteria;
import static org.rano.CourseFixtures.toCase;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rano.CourseFixtures.CaseSpec;
import org.rano.CourseFixtures.ImagingSpec;
import org.rano.imaging.Site;

/**
 * Spec section 7 (TIME-1 to TIME-7, with section 10) through both entries, against {@link
 * SectionSevenOracle}, the test's own reading of the text: every response sequence of up to four
 * time points on every choice of dates from a table of boundary days, every sequence of up to five
 * evenly spaced, seeded random longer ones; and the raw entry's time course over its own overall
 * responses, with IMG-5's back-dated progression read from the generated case. The two entries are
 * never compared with each other: each is compared with the oracle.
 */
class SectionSevenOracleTest {

  /**
   * Criteria with the time-course policies at the defaults and at the other values that change a
   * decision (TIME-2 {@code confirmationDays}, {@code maxNeBetween}, {@code acceptSdBetween};
   * TIME-3 {@code sdMinimumDays}; TIME-7 {@code prAfterCrBreaksConfirmation}).
   */
  private static final List<Criteria> CRITERIA =
      List.of(
          Criteria.defaults(),
          Criteria.defaults().withMaxNeBetween(0),
          Criteria.defaults().withMaxNeBetween(2),
          Criteria.defaults().withAcceptSdBetween(true),
          Criteria.defaults().withPrAfterCrBreaksConfirmation(false),
          Criteria.defaults().withSdMinimumDays(14),
          Criteria.defaults().withConfirmationDays(0).withSdMinimumDays(0),
          Criteria.defaults()
              .withConfirmationDays(14)
              .withAcceptSdBetween(true)
              .withPrAfterCrBreaksConfirmation(false)
              .withMaxNeBetween(3)
              .withSdMinimumDays(42));

  /**
   * Days from the reference date: 0 (TIME-1 lets a sequence start on the reference date), and pairs
   * one day either side of 28 (the default {@code confirmationDays} and {@code sdMinimumDays}) and
   * of 14: 27 / 28, 0 / 27 / 28, 14 / 42, 27 / 55, 28 / 55 / 56, 56 / 84.
   */
  private static final int[] DAY_TABLE = {0, 14, 27, 28, 42, 55, 56, 84};

  private static final Response[] RESPONSES = Response.values();

  /** Every sequence of {@code length} responses. */
  private static List<List<Response>> sequences(int length) {
    List<List<Response>> all = new ArrayList<>();
    all.add(List.of());
    for (int k = 0; k < length; k++) {
      List<List<Response>> longer = new ArrayList<>();
      for (List<Response> prefix : all) {
        for (Response response : RESPONSES) {
          List<Response> next = new ArrayList<>(prefix);
          next.add(response);
          longer.add(next);
        }
      }
      all = longer;
    }
    return all;
  }

  /** Every increasing choice of {@code length} days from {@link #DAY_TABLE}. */
  private static List<int[]> dayChoices(int length) {
    List<int[]> all = new ArrayList<>();
    choose(new int[length], 0, 0, all);
    return all;
  }

  private static void choose(int[] chosen, int filled, int from, List<int[]> all) {
    if (filled == chosen.length) {
      all.add(chosen.clone());
      return;
    }
    for (int t = from; t < DAY_TABLE.length; t++) {
      chosen[filled] = DAY_TABLE[t];
      choose(chosen, filled + 1, t + 1, all);
    }
  }

  /** Scores a sequence from {@link CourseFixtures#REFERENCE} and lists its differences. */
  private static List<String> sequenceDifferences(
      Criteria criteria, int[] days, List<Response> responses) {
    ResponseSequence.Builder builder = ResponseSequence.from(CourseFixtures.REFERENCE).id("S");
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      dates.add(CourseFixtures.day(days[i]));
      builder.add(dates.get(i), responses.get(i));
    }
    CaseAssessment result = RanoLm.of(criteria).assess(builder.build());
    String course =
        "days " + Arrays.toString(days) + " " + responses + " under " + criteria.policies();
    List<String> differences =
        new ArrayList<>(
            SectionSevenOracle.differences(
                SectionSevenOracle.apply(criteria, days, responses, -1),
                result,
                CourseFixtures.REFERENCE,
                dates,
                responses,
                course));
    // a sequence has no imaging: nothing is back-dated, no IMG-5 warning, no CSF-6 note
    if (result.progression().isPresent() && result.progression().get().backdated()) {
      differences.add(course + ": a sequence's progression is back-dated");
    }
    if (result.warnings().stream().anyMatch(w -> w.rule() != RuleId.TIME_7)) {
      differences.add(course + ": warnings other than TIME-7 " + result.warnings());
    }
    if (!result.notes().isEmpty() || !result.id().equals(Optional.of("S"))) {
      differences.add(course + ": notes " + result.notes() + ", id " + result.id());
    }
    return differences;
  }

  private static void assertNoDifferences(List<String> differences) {
    assertThat(differences.subList(0, Math.min(20, differences.size())))
        .as("%s differences, the first ones", differences.size())
        .isEmpty();
  }

  // --- response sequences: exhaustive ---------------------------------------------------------

  /**
   * TIME-1 to TIME-7: each of the 1,555 sequences of up to four responses over {CR, PR, SD,
   * NON-CR/NON-PD, PD, NE}, on each increasing choice of its dates from {@link #DAY_TABLE} (103,873
   * dated courses), under each of eight criteria: 830,984 courses.
   */
  @Test
  void time2to7_everySequenceOfUpToFour_onEveryChoiceOfBoundaryDays_agreesWithTheOracle() {
    List<String> differences = new ArrayList<>();
    int courses = 0;
    for (int length = 0; length <= 4; length++) {
      List<int[]> choices = dayChoices(length);
      for (List<Response> responses : sequences(length)) {
        for (int[] days : choices) {
          for (Criteria criteria : CRITERIA) {
            differences.addAll(sequenceDifferences(criteria, days, responses));
            courses++;
          }
        }
      }
    }
    assertThat(courses).isEqualTo((1 + 6 * 8 + 36 * 28 + 216 * 56 + 1296 * 70) * CRITERIA.size());
    assertNoDifferences(differences);
  }

  /**
   * TIME-1 to TIME-7: each of the 9,331 sequences of up to five responses, evenly spaced 7, 14 or
   * 28 days apart from the first at that distance, under each of eight criteria: 223,944 courses.
   */
  @Test
  void time2to7_everySequenceOfUpToFive_evenlySpaced_agreesWithTheOracle() {
    List<String> differences = new ArrayList<>();
    int courses = 0;
    for (int length = 0; length <= 5; length++) {
      for (List<Response> responses : sequences(length)) {
        for (int gap : new int[] {7, 14, 28}) {
          int[] days = new int[length];
          for (int i = 0; i < length; i++) {
            days[i] = gap * (i + 1);
          }
          for (Criteria criteria : CRITERIA) {
            differences.addAll(sequenceDifferences(criteria, days, responses));
            courses++;
          }
        }
      }
    }
    assertThat(courses).isEqualTo(9331 * 3 * CRITERIA.size());
    assertNoDifferences(differences);
  }

  // --- response sequences: seeded random, longer ----------------------------------------------

  /** TIME-1 to TIME-7: seeded random sequences of up to 14 time points, gaps of 0 to 45 days. */
  @Test
  void time2to7_randomSequencesOfUpToFourteen_agreeWithTheOracle() {
    qt().withFixedSeed(20260110L)
        .withExamples(3000)
        .forAll(CourseFixtures.steps(14), timeCriteria())
        .checkAssert(
            (steps, criteria) -> {
              List<DatedResponse> points = CourseFixtures.toDated(steps);
              int[] days = new int[points.size()];
              List<Response> responses = new ArrayList<>();
              for (int i = 0; i < days.length; i++) {
                days[i] =
                    (int) ChronoUnit.DAYS.between(CourseFixtures.REFERENCE, points.get(i).date());
                responses.add(points.get(i).response());
              }
              assertThat(sequenceDifferences(criteria, days, responses)).isEmpty();
            });
  }

  // --- raw cases: the time course of their own overall responses ------------------------------

  /**
   * IMG-5 and section 10 read from a generated case: the first follow-up of a run of consecutive
   * follow-ups with imaging that showed an equivocal new lesion at one site, when the follow-up
   * right after the run shows an unequivocal new lesion at that site; the earliest such, or -1. A
   * baseline without imaging leaves new lesions without effect (section 10).
   */
  static int earliestBackdating(CaseSpec spec) {
    if (!spec.baseline().imaging()) {
      return -1;
    }
    int earliest = -1;
    int runStart = -1;
    Optional<Site> runSite = Optional.empty();
    for (int j = 0; j < spec.size(); j++) {
      ImagingSpec imaging = components(spec.followUps(), j).imaging();
      boolean unequivocal = imaging.done() && imaging.newLesion() == 2;
      boolean equivocal = imaging.done() && imaging.newLesion() == 1;
      if (unequivocal && runStart >= 0 && runSite.equals(Optional.of(imaging.site()))) {
        earliest = earliest < 0 ? runStart : Math.min(earliest, runStart);
      }
      if (equivocal && runStart >= 0 && runSite.equals(Optional.of(imaging.site()))) {
        continue; // the run goes on
      }
      runStart = equivocal ? j : -1;
      runSite = equivocal ? Optional.of(imaging.site()) : Optional.empty();
    }
    return earliest;
  }

  /**
   * TIME-2 to TIME-7 over a raw case's overall responses, under both values of {@code
   * backdatedProgressionRewritesVisit}: TIME-5's date is the first PD or IMG-5's earlier back-dated
   * visit; with the rewrite that visit is itself the first PD (IMG-5, revised 2026-11-30). The
   * response-sequence entry given the same responses agrees with the oracle too, with nothing
   * back-dated.
   */
  @Test
  void time2to7_rawCases_andTheirResponsesAsASequence_agreeWithTheOracle() {
    // cases with a back-dating, and those where it moved the date before the first PD
    int[] backdated = new int[2];
    qt().withFixedSeed(7001L)
        .withExamples(2000)
        .forAll(rawCases(10), timeCriteria())
        .checkAssert(
            (spec, someCriteria) -> {
              int backdating = earliestBackdating(spec);
              backdated[0] += backdating >= 0 ? 1 : 0;
              for (boolean rewrites : new boolean[] {false, true}) {
                Criteria criteria = someCriteria.withBackdatedProgressionRewritesVisit(rewrites);
                LmCase lmCase = toCase(spec);
                CaseAssessment raw = RanoLm.of(criteria).assess(lmCase);
                LocalDate baseline = lmCase.baseline().date();
                List<LocalDate> dates = new ArrayList<>();
                for (Visit visit : lmCase.followUps()) {
                  dates.add(visit.date());
                }
                List<Response> responses = new ArrayList<>();
                for (TimePoint point : raw.timePoints()) {
                  responses.add(point.overall());
                }
                int[] days = new int[dates.size()];
                for (int i = 0; i < days.length; i++) {
                  days[i] = (int) ChronoUnit.DAYS.between(baseline, dates.get(i));
                }
                int firstPd = responses.indexOf(Response.PD);
                if (backdating >= 0 && rewrites) {
                  assertThat(firstPd)
                      .as("IMG-5 rewrite: the first PD by the back-dated visit %s", backdating)
                      .isBetween(0, backdating);
                }
                if (backdating >= 0 && !rewrites && (firstPd < 0 || backdating < firstPd)) {
                  backdated[1]++;
                }
                if (backdating < 0) {
                  assertThat(raw.progression().filter(Progression::backdated)).isEmpty();
                }

                assertThat(
                        SectionSevenOracle.differences(
                            SectionSevenOracle.apply(criteria, days, responses, backdating),
                            raw,
                            baseline,
                            dates,
                            responses,
                            "raw " + spec + " under " + criteria.policies()))
                    .isEmpty();

                ResponseSequence.Builder sequence = ResponseSequence.from(baseline);
                for (int i = 0; i < dates.size(); i++) {
                  sequence.add(dates.get(i), responses.get(i));
                }
                CaseAssessment fromSequence = RanoLm.of(criteria).assess(sequence.build());
                assertThat(
                        SectionSevenOracle.differences(
                            SectionSevenOracle.apply(criteria, days, responses, -1),
                            fromSequence,
                            baseline,
                            dates,
                            responses,
                            "sequence of " + spec))
                    .isEmpty();
              }
            });
    assertThat(backdated[0]).as("cases with a back-dating").isGreaterThan(20);
    assertThat(backdated[1]).as("back-dated before the first PD").isGreaterThan(5);
  }
}
