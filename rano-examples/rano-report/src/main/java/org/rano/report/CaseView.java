package org.rano.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rano.CaseAssessment;
import org.rano.ImagingProfile;
import org.rano.Progression;
import org.rano.TimePoint;
import org.rano.imaging.ImagingFinding;

/**
 * What the charts read of one assessed case: its label, its time on study, its composite changes
 * and, where a chart does not apply to it, why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param number the case's number in the input, from 1
 * @param assessment the case's assessment
 */
record CaseView(int number, CaseAssessment assessment) {

  /** A composite change at a time point (2017 scorecard). */
  record Change(int day, BigDecimal percent, TimePoint point) {}

  /** The case's label: its id, or {@code case N} when it has none. */
  String label() {
    return assessment.id().orElse("case " + number);
  }

  /** The anchor of the case's section in the report. */
  String anchor() {
    return "case-" + number;
  }

  /** Days on study: the last time point's days from baseline, 0 without a time point. */
  int lastDay() {
    List<TimePoint> points = assessment.timePoints();
    return points.isEmpty() ? 0 : points.get(points.size() - 1).daysFromBaseline();
  }

  /** The progression-free time: the progression's day, or the last time point's (censored). */
  int progressionFreeDays() {
    return assessment.progression().map(Progression::daysFromBaseline).orElse(lastDay());
  }

  /** True for a sequence of responses assessed elsewhere: no time point has its components. */
  boolean isSequence() {
    return !assessment.timePoints().isEmpty()
        && assessment.timePoints().stream().allMatch(t -> t.assessment().isEmpty());
  }

  /** True when the case was scored with the 2019 scorecard. */
  boolean isLano2019() {
    return assessment.criteria().imaging() == ImagingProfile.LANO_2019;
  }

  /** The composite changes from baseline of the time points that have one, in date order. */
  List<Change> changes() {
    List<Change> changes = new ArrayList<>();
    for (TimePoint point : assessment.timePoints()) {
      point
          .assessment()
          .flatMap(a -> a.imaging().compositeChangePercent())
          .ifPresent(p -> changes.add(new Change(point.daysFromBaseline(), p, point)));
    }
    return changes;
  }

  /**
   * The best (lowest) composite change up to the first progression (TIME-6: later time points do
   * not count for the best response), or empty when there is none.
   */
  Optional<Change> bestChange() {
    Change best = null;
    for (Change change : changes()) {
      if (!change.point().afterProgression()
          && (best == null || change.percent().compareTo(best.percent()) < 0)) {
        best = change;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The baseline composite, from the first follow-up that carries it. */
  Optional<Integer> baselineComposite() {
    for (TimePoint point : assessment.timePoints()) {
      Optional<ImagingFinding> imaging = point.assessment().map(a -> a.imaging());
      if (imaging.isPresent() && imaging.get().baselineCompositeScore().isPresent()) {
        return Optional.of(imaging.get().baselineCompositeScore().getAsInt());
      }
    }
    return Optional.empty();
  }

  /**
   * Why the spider and waterfall plots do not show the case, or empty when they do.
   *
   * @return the reason, e.g. {@code a response sequence: no scorecard}
   */
  Optional<String> compositeNotApplicable() {
    if (isSequence()) {
      return Optional.of("a response sequence (responses assessed elsewhere): no scorecard");
    }
    if (isLano2019()) {
      return Optional.of("2019 scorecard (LANO-1 to LANO-5): items are rated, no composite");
    }
    if (assessment.timePoints().isEmpty()) {
      return Optional.of("no follow-up");
    }
    if (changes().isEmpty()) {
      Optional<Integer> baseline = baselineComposite();
      if (baseline.isPresent() && baseline.get() == 0) {
        return Optional.of("baseline composite 0 (no target disease): no change in percent");
      }
      return Optional.of("no composite change at any follow-up (imaging not done or NE)");
    }
    if (bestChange().isEmpty()) {
      return Optional.of("no composite change before progression");
    }
    return Optional.empty();
  }
}
