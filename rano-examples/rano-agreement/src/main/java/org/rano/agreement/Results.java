package org.rano.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.rano.agreement.stats.Coefficient;
import org.rano.agreement.stats.Interval;

/** The computed parts of a study, as data for the writers. */
final class Results {
  private Results() {}

  /** A coefficient and its bootstrap interval. */
  record Estimate(Coefficient value, Optional<Interval> ci) {}

  /** Cohen's kappa of one pair of readers. */
  record Pair(String first, String second, int units, Estimate estimate) {}

  /** Cohen's kappa of every pair, with the median, minimum and maximum of the defined ones. */
  record Kappas(List<Pair> pairs) {
    OptionalDouble median() {
      double[] values = defined();
      if (values.length == 0) {
        return OptionalDouble.empty();
      }
      int mid = values.length / 2;
      return OptionalDouble.of(
          values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2);
    }

    OptionalDouble min() {
      double[] values = defined();
      return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(values[0]);
    }

    OptionalDouble max() {
      double[] values = defined();
      return values.length == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(values[values.length - 1]);
    }

    private double[] defined() {
      return pairs.stream()
          .map(pair -> pair.estimate().value().value())
          .filter(OptionalDouble::isPresent)
          .mapToDouble(OptionalDouble::getAsDouble)
          .sorted()
          .toArray();
    }
  }

  /** One item's statistics. */
  record Item(
      String name,
      Level level,
      int units,
      int ratedByOne,
      int readers,
      Coefficient percentAgreement,
      Kappas cohen,
      @Nullable Kappas weighted,
      Estimate fleiss,
      Estimate alpha,
      @Nullable Estimate icc) {}

  /** One reader's completeness. */
  record Completeness(
      String reader, int ratings, int complete, List<Map.Entry<String, Integer>> missing) {}

  /** A follow-up whose reported call differs from the library's. */
  record Disagreement(
      String caseId,
      int followUp,
      String date,
      String reported,
      String derived,
      List<String> rules) {}

  /** One reader's reported calls against the library's. */
  record Reported(String reader, int calls, int agreeing, List<Disagreement> disagreements) {}

  /** A unit to adjudicate: the readers' values of an item that they do not agree on. */
  record Adjudication(
      String caseId,
      String item,
      int followUp,
      String date,
      String visit,
      Map<String, String> dates,
      List<String[]> values) {
    static List<String[]> list() {
      return new ArrayList<>();
    }
  }
}
