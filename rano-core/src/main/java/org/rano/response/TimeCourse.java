package org.rano.response;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.Response;
import org.rano.imaging.ImagingFinding;
import org.rano.imaging.Site;

/**
 * The time course of a case, TIME-2 to TIME-7 (spec section 7), over the overall responses of
 * its time points; shared by raw assessments and response sequences.
 */
final class TimeCourse {
  private final Criteria criteria;
  private final LocalDate baseline;
  private final List<LocalDate> dates;
  private final List<Response> responses;
  private final int[] days;

  TimeCourse(Criteria criteria, LocalDate baseline, List<LocalDate> dates,
      List<Response> responses) {
    assert dates.size() == responses.size() : "bug: one response per date";
    this.criteria = criteria;
    this.baseline = baseline;
    this.dates = dates;
    this.responses = responses;
    this.days = new int[dates.size()];
    for (int i = 0; i < days.length; i++) {
      days[i] = daysBetween(baseline, dates.get(i));
    }
  }

  static int daysBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    assert days >= Integer.MIN_VALUE && days <= Integer.MAX_VALUE
        : "bug: TIME-1 checks keep every date within an int of days from baseline";
    return (int) days;
  }

  /**
   * TIME-1: fails unless a date lies within the days an int can count from baseline.
   *
   * @param path the date's path
   * @param baseline the baseline date
   * @param date the date
   */
  static void requireCountableDays(String path, LocalDate baseline, LocalDate date) {
    long days = ChronoUnit.DAYS.between(baseline, date);
    if (days > Integer.MAX_VALUE || days < Integer.MIN_VALUE) {
      throw InvalidInputException.of(path, date, "date " + date + " is " + days
          + " days from the baseline date " + baseline + "; allowed: at most "
          + Integer.MAX_VALUE + " days (TIME-1)");
    }
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
    Response response = responses.get(index);
    if (!response.isResponse()) {
      return false;
    }
    boolean cr = response == Response.CR;
    int notEvaluable = 0;
    boolean crSeen = false;
    boolean prAfterCr = false;
    for (int j = index + 1; j < responses.size(); j++) {
      Response later = responses.get(j);
      boolean confirms = (later == Response.CR || (!cr && later == Response.PR))
          && days[j] - days[index] >= criteria.confirmationDays();
      if (later == Response.PR && crSeen) {
        prAfterCr = true;
      }
      if (later == Response.CR) {
        crSeen = true;
      }
      if (confirms) {
        return cr || !(prAfterCr && criteria.prAfterCrBreaksConfirmation());
      }
      switch (later) {
        case NE:
          notEvaluable++;
          if (notEvaluable > criteria.maxNeBetween()) {
            return false;
          }
          break;
        case CR:
          break;
        case PR:
          if (cr) {
            return false;
          }
          break;
        case SD:
          if (cr || !criteria.acceptSdBetween()) {
            return false;
          }
          break;
        case PD:
          return false;
      }
    }
    return false;
  }

  /** TIME-3: whether a time point is far enough from baseline to count as SD. */
  private boolean countsAsSd(int index) {
    return days[index] >= criteria.sdMinimumDays();
  }

  /** The value a time point contributes to the best response (TIME-3, TIME-4). */
  private Response bestValue(int index, boolean[] confirmed, boolean withConfirmation) {
    Response response = responses.get(index);
    switch (response) {
      case CR:
      case PR:
        if (!withConfirmation || confirmed[index]) {
          return response;
        }
        return countsAsSd(index) ? Response.SD : Response.NE;
      case SD:
        return countsAsSd(index) ? Response.SD : Response.NE;
      case PD:
      case NE:
        return response;
    }
    throw new IllegalStateException("bug: unknown response " + response);
  }

  /** TIME-4: the best response over the time points up to and including the first PD. */
  BestResponse best(boolean[] confirmed, boolean withConfirmation) {
    if (responses.isEmpty()) {
      return BestResponse.of(Response.NE, Optional.empty(), "no follow-up assessment (TIME-4)");
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
    StringBuilder reason = new StringBuilder(128).append(best).append(" on ")
        .append(dates.get(bestIndex));
    if (best != seen) {
      reason.append(" (").append(seen).append(" counted as ").append(best).append(": ")
          .append(best == Response.NE
              ? "day " + days[bestIndex] + " is before day " + criteria.sdMinimumDays()
                  + " (TIME-3)"
              : "not confirmed (TIME-2)")
          .append(')');
    } else if (withConfirmation && best.isResponse()) {
      reason.append(", confirmed by a later visit (TIME-2)");
    }
    reason.append(firstPd >= 0 ? "; best of the time points up to the first PD (TIME-4, TIME-6)"
        : "; best of all time points (TIME-4)");
    return BestResponse.of(best, Optional.of(dates.get(bestIndex)), reason.toString());
  }

  /**
   * TIME-5 with IMG-5: the progression date, moved back to the first of consecutive follow-ups
   * that showed as equivocal a new lesion that a later follow-up confirmed at the same site.
   */
  Optional<Progression> progression(List<Optional<ImagingFinding>> imaging) {
    int firstPd = firstProgression();
    int earliest = firstPd >= 0 ? firstPd : Integer.MAX_VALUE;
    boolean backdated = false;
    for (int j = 1; j < imaging.size(); j++) {
      Optional<ImagingFinding> confirming = imaging.get(j);
      if (confirming.isEmpty() || !confirming.get().done()) {
        continue;
      }
      for (Site site : confirming.get().unequivocalNewLesionSites()) {
        int start = j;
        for (int k = j - 1; k >= 0 && showsEquivocal(imaging.get(k), site); k--) {
          start = k;
        }
        if (start < earliest) {
          earliest = start;
          backdated = true;
        }
      }
    }
    if (earliest == Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(Progression.of(dates.get(earliest), days[earliest], backdated));
  }

  private static boolean showsEquivocal(Optional<ImagingFinding> finding, Site site) {
    return finding.isPresent() && finding.get().done()
        && finding.get().equivocalNewLesionSites().contains(site);
  }

  /** TIME-7 and IMG-5: warnings about the course. */
  ImmutableList<String> warnings(List<Optional<ImagingFinding>> imaging) {
    ImmutableList.Builder<String> warnings = new ImmutableList.Builder();
    int firstCr = responses.indexOf(Response.CR);
    if (firstCr >= 0) {
      for (int i = firstCr + 1; i < responses.size(); i++) {
        if (responses.get(i) == Response.PR) {
          warnings.add("PR on " + dates.get(i) + " after CR on " + dates.get(firstCr)
              + (criteria.prAfterCrBreaksConfirmation()
                  ? ": it breaks confirmation of an earlier PR across the CR (TIME-7)"
                  : ": reported only, prAfterCrBreaksConfirmation = false (TIME-7)"));
        }
      }
    }
    for (int k = 0; k < imaging.size(); k++) {
      Optional<ImagingFinding> finding = imaging.get(k);
      if (finding.isEmpty() || finding.get().equivocalNewLesionSites().isEmpty()) {
        continue;
      }
      boolean last = k == imaging.size() - 1;
      for (Site site : finding.get().equivocalNewLesionSites()) {
        boolean laterSighting = !last && imaging.get(k + 1).isPresent()
            && imaging.get(k + 1).get().done()
            && (imaging.get(k + 1).get().equivocalNewLesionSites().contains(site)
                || imaging.get(k + 1).get().unequivocalNewLesionSites().contains(site));
        if (last) {
          warnings.add("equivocal new lesion at " + site + " on " + dates.get(k)
              + " awaits confirmation at the next follow-up (IMG-5)");
        } else if (!laterSighting) {
          warnings.add("equivocal new lesion at " + site + " on " + dates.get(k)
              + " was not confirmed by the next follow-up (IMG-5)");
        }
      }
    }
    return warnings.build();
  }

  LocalDate baseline() {
    return baseline;
  }
}
