package org.rano;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.Site;

/**
 * The time course of a case, TIME-2 to TIME-7 (spec section 7), over the overall responses of its
 * time points; shared by raw assessments and response sequences.
 */
final class TimeCourse {
  private final Criteria criteria;
  private final LocalDate baseline;
  private final List<LocalDate> dates;
  private final List<Response> responses;
  private final int[] days;

  /** TIME-2 and TIME-7: whether each time point's CR or PR is confirmed. */
  private final boolean[] confirmed;

  TimeCourse(
      Criteria criteria, LocalDate baseline, List<LocalDate> dates, List<Response> responses) {
    assert dates.size() == responses.size() : "bug: one response per date";
    this.criteria = criteria;
    this.baseline = baseline;
    this.dates = dates;
    this.responses = responses;
    this.days = new int[dates.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = daysBetween(baseline, dates.get(i));
      assert i == 0 || days[i] > days[i - 1] : "bug: TIME-1 checks keep the dates increasing";
    }
    this.confirmed = confirmAll(criteria, days, responses);
  }

  static int daysBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    assert days >= Integer.MIN_VALUE && days <= Integer.MAX_VALUE
        : "bug: dates have years 0 to 9999 (Visit.checkYear), so days fit an int";
    return (int) days;
  }

  int days(int index) {
    return days[index];
  }

  /** The index of the first PD, or -1 (TIME-5, TIME-6). */
  int firstProgression() {
    return responses.indexOf(Response.PD);
  }

  /** TIME-2 and TIME-7: whether the CR or PR at {@code index} is confirmed. */
  boolean confirmed(int index) {
    return confirmed[index];
  }

  /**
   * TIME-2 and TIME-7 for every time point at once, in O(n): a CR or PR at {@code i} is confirmed
   * by the first later time point {@code j} of the right kind (CR for a CR; CR or PR for a PR) at
   * least {@code confirmationDays} after it, when nothing between them breaks the confirmation:
   * more than {@code maxNeBetween} NE, a PD, an SD (for a CR, or without {@code acceptSdBetween}),
   * a NON-CR/NON-PD (always: like SD, but no policy accepts it between, as in admiralonco), a PR
   * (for a CR), or under {@code prAfterCrBreaksConfirmation} a PR after a CR up to {@code j}
   * (section 10). Only the first such {@code j} matters: whatever breaks the confirmation by {@code
   * j} breaks it by every later time point too.
   *
   * <p>The arrays hold, for each index {@code k}, the first index at or after {@code k} of a kind
   * ({@code n} for none), and the count of NE before {@code k}; the first time point far enough
   * from {@code i} moves forward with {@code i}, as the days increase (TIME-1).
   */
  private static boolean[] confirmAll(Criteria criteria, int[] days, List<Response> responses) {
    int n = responses.size();
    int[] nextCr = new int[n + 1];
    int[] nextPr = new int[n + 1];
    int[] nextResponse = new int[n + 1];
    int[] nextPd = new int[n + 1];
    int[] nextSd = new int[n + 1];
    int[] nextNonCrNonPd = new int[n + 1];
    int[] notEvaluableBefore = new int[n + 1];
    nextCr[n] = n;
    nextPr[n] = n;
    nextResponse[n] = n;
    nextPd[n] = n;
    nextSd[n] = n;
    nextNonCrNonPd[n] = n;
    for (int k = n - 1; k >= 0; k--) {
      Response response = responses.get(k);
      nextCr[k] = response == Response.CR ? k : nextCr[k + 1];
      nextPr[k] = response == Response.PR ? k : nextPr[k + 1];
      nextResponse[k] = response.isResponse() ? k : nextResponse[k + 1];
      nextPd[k] = response == Response.PD ? k : nextPd[k + 1];
      nextSd[k] = response == Response.SD ? k : nextSd[k + 1];
      nextNonCrNonPd[k] = response == Response.NON_CR_NON_PD ? k : nextNonCrNonPd[k + 1];
    }
    for (int k = 0; k < n; k++) {
      notEvaluableBefore[k + 1] = notEvaluableBefore[k] + (responses.get(k) == Response.NE ? 1 : 0);
    }
    boolean[] confirmed = new boolean[n];
    int farEnough = 0;
    for (int i = 0; i < n; i++) {
      farEnough = Math.max(farEnough, i + 1);
      while (farEnough < n && (long) days[farEnough] - days[i] < criteria.confirmationDays()) {
        farEnough++;
      }
      Response response = responses.get(i);
      if (!response.isResponse()) {
        continue;
      }
      boolean cr = response == Response.CR;
      int j = cr ? nextCr[farEnough] : nextResponse[farEnough];
      if (j == n) {
        continue;
      }
      int broken = Math.min(nextPd[i + 1], nextNonCrNonPd[i + 1]);
      if (cr) {
        broken = Math.min(broken, Math.min(nextSd[i + 1], nextPr[i + 1]));
      } else if (!criteria.acceptSdBetween()) {
        broken = Math.min(broken, nextSd[i + 1]);
      }
      boolean tooManyNe =
          notEvaluableBefore[j] - notEvaluableBefore[i + 1] > criteria.maxNeBetween();
      if (broken < j || tooManyNe) {
        continue;
      }
      if (!cr && criteria.prAfterCrBreaksConfirmation()) {
        int firstCr = nextCr[i + 1];
        if (firstCr < j && nextPr[firstCr + 1] <= j) {
          continue;
        }
      }
      confirmed[i] = true;
    }
    return confirmed;
  }

  /** TIME-3: whether a time point is far enough from baseline to count as SD. */
  private boolean countsAsSd(int index) {
    return days[index] >= criteria.sdMinimumDays();
  }

  /**
   * The value a time point contributes to the best response (TIME-3, TIME-4); a NON-CR/NON-PD
   * counts under the SD window as SD does.
   */
  private Response bestValue(int index, boolean[] confirmed, boolean withConfirmation) {
    Response response = responses.get(index);
    return switch (response) {
      case CR, PR -> {
        if (!withConfirmation || confirmed[index]) {
          yield response;
        }
        yield countsAsSd(index) ? Response.SD : Response.NE;
      }
      case SD, NON_CR_NON_PD -> countsAsSd(index) ? response : Response.NE;
      case PD, NE -> response;
    };
  }

  /** TIME-4: the best response over the time points up to and including the first PD. */
  BestResponse best(boolean[] confirmed, boolean withConfirmation) {
    if (responses.isEmpty()) {
      // rendered as the case format writes it when no time point supports the response
      return BestResponse.of(
          Response.NE, Optional.empty(), ImmutableList.of(Reason.of(ReasonKind.TIME_NO_FOLLOW_UP)));
    }
    int firstPd = firstProgression();
    int last = firstPd >= 0 ? firstPd : responses.size() - 1;
    int bestIndex = 0;
    Response best = bestValue(0, confirmed, withConfirmation);
    for (int i = 1; i <= last; i++) {
      Response value = bestValue(i, confirmed, withConfirmation);
      if (value.isBetterThan(best)) {
        best = value;
        bestIndex = i;
      }
    }
    Response seen = responses.get(bestIndex);
    LocalDate date = dates.get(bestIndex);
    ImmutableList.Builder<Reason> reasons = ImmutableList.builderWithExpectedSize(2);
    if (best != seen) {
      reasons.add(
          best == Response.NE
              ? Reason.builder(ReasonKind.TIME_BEFORE_MINIMUM_DAYS)
                  .with(Fact.RESPONSE, seen)
                  .with(Fact.COUNTED_AS, best)
                  .with(Fact.DATE, date)
                  .with(Fact.DAYS, days[bestIndex])
                  .with(Fact.MINIMUM_DAYS, criteria.sdMinimumDays())
                  .build()
              : Reason.builder(ReasonKind.TIME_NOT_CONFIRMED)
                  .with(Fact.RESPONSE, seen)
                  .with(Fact.COUNTED_AS, best)
                  .with(Fact.DATE, date)
                  .build());
    } else if (withConfirmation && best.isResponse()) {
      reasons.add(
          Reason.builder(ReasonKind.TIME_CONFIRMED)
              .with(Fact.RESPONSE, best)
              .with(Fact.DATE, date)
              .build());
    }
    reasons.add(
        firstPd >= 0
            ? Reason.builder(ReasonKind.TIME_BEST_UP_TO_FIRST_PD)
                .with(Fact.RESPONSE, best)
                .with(Fact.DATE, date)
                .with(Fact.PROGRESSION_DATE, dates.get(firstPd))
                .build()
            : Reason.builder(ReasonKind.TIME_BEST_OF_ALL)
                .with(Fact.RESPONSE, best)
                .with(Fact.DATE, date)
                .build());
    return BestResponse.of(best, Optional.of(date), reasons.build());
  }

  /**
   * TIME-5 with IMG-5: the progression date, moved back to the first of consecutive follow-ups that
   * showed as equivocal a new lesion that a later follow-up confirmed at the same site. Under
   * {@code backdatedProgressionRewritesVisit} that first follow-up is already PD (see {@link
   * #backdatings}), and the progression still counts as back-dated.
   */
  Optional<Progression> progression(List<Backdating> backdatings) {
    int firstPd = firstProgression();
    int earliest = firstPd >= 0 ? firstPd : Integer.MAX_VALUE;
    boolean backdated = false;
    boolean rewrites = criteria.backdatedProgressionRewritesVisit();
    for (Backdating backdating : backdatings) {
      if (backdating.start() < earliest || (rewrites && backdating.start() == earliest)) {
        earliest = backdating.start();
        backdated = true;
      }
    }
    if (earliest == Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(Progression.of(dates.get(earliest), days[earliest], backdated));
  }

  /**
   * IMG-5: a new lesion first seen as equivocal at follow-up {@code start} (the first of a run of
   * consecutive follow-ups showing it so) and seen unequivocal at the same site at follow-up {@code
   * confirming}, the next one after the run.
   *
   * @param start the index of the first follow-up of the run
   * @param confirming the index of the confirming follow-up
   * @param site the site
   */
  record Backdating(int start, int confirming, Site site) {}

  /**
   * IMG-5: every back-dating of a case, in the order of the confirming follow-ups, in one pass. A
   * follow-up without imaging ends a run of equivocal sightings and cannot confirm one (spec
   * section 10).
   *
   * @param imaging each follow-up's imaging finding, empty where none
   * @return the back-datings, not null
   */
  static List<Backdating> backdatings(List<Optional<ImagingFinding>> imaging) {
    List<Backdating> backdatings = new ArrayList<>();
    Map<Site, Integer> runStart = new EnumMap<>(Site.class);
    Map<Site, Integer> runEnd = new EnumMap<>(Site.class);
    for (int j = 0; j < imaging.size(); j++) {
      Optional<ImagingFinding> finding = imaging.get(j);
      if (finding.isEmpty() || !finding.get().done()) {
        continue;
      }
      if (j >= 1) {
        for (Site site : finding.get().unequivocalNewLesionSites()) {
          Integer end = runEnd.get(site);
          if (end != null && end == j - 1) {
            backdatings.add(new Backdating(requireNonNull(runStart.get(site)), j, site));
          }
        }
      }
      for (Site site : finding.get().equivocalNewLesionSites()) {
        Integer end = runEnd.get(site);
        if (end == null || end < j - 1) {
          runStart.put(site, j);
        }
        runEnd.put(site, j);
      }
    }
    return backdatings;
  }

  /** TIME-7 and IMG-5: warnings about the course, in O(n) in the time points and new lesions. */
  ImmutableList<Reason> warnings(List<Optional<ImagingFinding>> imaging) {
    ImmutableList.Builder<Reason> warnings = ImmutableList.builder();
    int firstCr = responses.indexOf(Response.CR);
    if (firstCr >= 0) {
      for (int i = firstCr + 1; i < responses.size(); i++) {
        if (responses.get(i) == Response.PR) {
          warnings.add(
              Reason.builder(
                      criteria.prAfterCrBreaksConfirmation()
                          ? ReasonKind.TIME_PR_AFTER_CR_BREAKS_CONFIRMATION
                          : ReasonKind.TIME_PR_AFTER_CR_REPORTED)
                  .with(Fact.DATE, dates.get(i))
                  .with(Fact.CR_DATE, dates.get(firstCr))
                  .build());
        }
      }
    }
    for (int k = 0; k < imaging.size(); k++) {
      Optional<ImagingFinding> finding = imaging.get(k);
      if (finding.isEmpty() || finding.get().equivocalNewLesionSites().isEmpty()) {
        continue;
      }
      boolean last = k == imaging.size() - 1;
      Set<Site> sightedNext =
          last ? EnumSet.noneOf(Site.class) : newLesionSites(imaging.get(k + 1));
      for (Site site : finding.get().equivocalNewLesionSites()) {
        if (last || !sightedNext.contains(site)) {
          warnings.add(
              Reason.builder(
                      last
                          ? ReasonKind.IMAGING_EQUIVOCAL_AWAITS_CONFIRMATION
                          : ReasonKind.IMAGING_EQUIVOCAL_NOT_CONFIRMED)
                  .with(Fact.SITE, site)
                  .with(Fact.DATE, dates.get(k))
                  .build());
        }
      }
    }
    return warnings.build();
  }

  /** The sites of the equivocal and unequivocal new lesions of a done follow-up, else none. */
  private static Set<Site> newLesionSites(Optional<ImagingFinding> finding) {
    Set<Site> sites = EnumSet.noneOf(Site.class);
    if (finding.isPresent() && finding.get().done()) {
      sites.addAll(finding.get().equivocalNewLesionSites());
      sites.addAll(finding.get().unequivocalNewLesionSites());
    }
    return sites;
  }

  LocalDate baseline() {
    return baseline;
  }
}
