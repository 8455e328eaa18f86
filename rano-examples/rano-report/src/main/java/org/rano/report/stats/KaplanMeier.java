package org.rano.report.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The Kaplan-Meier (product-limit) estimate of a survival function from right-censored times, with
 * Greenwood's variance, the pointwise confidence interval on the log-log scale, and the median with
 * the Brookmeyer-Crowley confidence interval.
 *
 * <p>Methods, as in Collett, <i>Modelling Survival Data in Medical Research</i>, 3rd ed. (2015),
 * chapter 2, and Kleinbaum and Klein, <i>Survival Analysis</i>, 3rd ed. (2012), chapter 2:
 *
 * <ul>
 *   <li>At each distinct event time t<sub>j</sub>, with n<sub>j</sub> at risk (time at least
 *       t<sub>j</sub>) and d<sub>j</sub> events, S(t) = Π (1 - d<sub>j</sub> / n<sub>j</sub>) over
 *       t<sub>j</sub> &le; t. A time censored at an event time is at risk at that time (censoring
 *       after the events).
 *   <li>Greenwood: var(log S(t)) = Σ d<sub>j</sub> / (n<sub>j</sub> (n<sub>j</sub> -
 *       d<sub>j</sub>)).
 *   <li>Log-log interval (Kalbfleisch and Prentice 1980): S(t)<sup>exp(±z se / log S(t))</sup> with
 *       se = sqrt(var(log S(t))) and z the normal quantile of the level; it stays within [0, 1].
 *       Where S(t) is 1 it is [1, 1]; where S(t) is 0, [0, 0].
 *   <li>Median: the smallest time at which S(t) &le; 0.5; when S(t) is exactly 0.5 from one event
 *       time to the next, their midpoint (as R's {@code survival} package does). Not reached when S
 *       stays above 0.5.
 *   <li>Brookmeyer and Crowley (Biometrics 1982; 38: 29-41): the interval of the median is the set
 *       of times at which the pointwise interval of S(t) contains 0.5; its lower limit is the
 *       median of the lower band, its upper limit the median of the upper band, not reached when
 *       that band stays above 0.5.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KaplanMeier {

  /**
   * One observed time: an event or a censoring.
   *
   * @param time the time, 0 or more and finite
   * @param event true for an event, false for a time censored (no event seen up to it)
   */
  public record Observation(double time, boolean event) {
    /**
     * Checks the time.
     *
     * @param time the time, 0 or more and finite
     * @param event true for an event, false for a censored time
     * @throws IllegalArgumentException if the time is negative, NaN or infinite
     */
    public Observation {
      if (!(time >= 0 && Double.isFinite(time))) {
        throw new IllegalArgumentException("a time must be finite and 0 or more, not " + time);
      }
    }

    /**
     * Obtains an event at a time.
     *
     * @param time the time, 0 or more
     * @return the observation, not null
     */
    public static Observation event(double time) {
      return new Observation(time, true);
    }

    /**
     * Obtains a time censored.
     *
     * @param time the time, 0 or more
     * @return the observation, not null
     */
    public static Observation censored(double time) {
      return new Observation(time, false);
    }
  }

  /**
   * The estimate at one distinct event time.
   *
   * @param time the event time
   * @param atRisk the number at risk just before it (time at least this)
   * @param events the number of events at it
   * @param survival S(t) from this time on, 0 to 1
   * @param lower the lower limit of the pointwise log-log interval, 0 to {@code survival}
   * @param upper the upper limit of the pointwise log-log interval, {@code survival} to 1; where
   *     {@code survival} is 0 the interval is undefined (log 0) and both limits are given as 0,
   *     which {@link #median()} does not use
   */
  public record Step(
      double time, int atRisk, int events, double survival, double lower, double upper) {}

  /**
   * The median with its Brookmeyer-Crowley interval; each is empty when not reached.
   *
   * @param estimate the median, or empty when S stays above 0.5
   * @param lower the lower limit, or empty when the lower band stays above 0.5
   * @param upper the upper limit, or empty when the upper band stays above 0.5 while S is above 0
   *     (where S is 0 the band is undefined)
   */
  public record Median(OptionalDouble estimate, OptionalDouble lower, OptionalDouble upper) {}

  private final List<Observation> observations;
  private final List<Step> steps;
  private final double confidence;

  private KaplanMeier(List<Observation> observations, List<Step> steps, double confidence) {
    this.observations = observations;
    this.steps = steps;
    this.confidence = confidence;
  }

  /**
   * Obtains the estimate from observed times, with 95 % intervals.
   *
   * @param observations the times, in any order, possibly empty, not null
   * @return the estimate, not null
   */
  public static KaplanMeier estimate(List<Observation> observations) {
    return estimate(observations, 0.95);
  }

  /**
   * Obtains the estimate from observed times.
   *
   * @param observations the times, in any order, possibly empty, not null
   * @param confidence the level of the intervals, greater than 0 and less than 1
   * @return the estimate, not null
   * @throws IllegalArgumentException if the level is out of range
   */
  public static KaplanMeier estimate(List<Observation> observations, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "the confidence level must be greater than 0 and less than 1, not " + confidence);
    }
    List<Observation> sorted = new ArrayList<>(observations);
    sorted.forEach(o -> Objects.requireNonNull(o, "observation"));
    // events before censorings at the same time
    sorted.sort(
        Comparator.comparingDouble(Observation::time)
            .thenComparing(o -> !o.event(), Comparator.naturalOrder()));
    double z = Normal.quantile(1 - (1 - confidence) / 2);
    List<Step> steps = new ArrayList<>();
    double survival = 1;
    double greenwood = 0;
    int n = sorted.size();
    int i = 0;
    while (i < n) {
      double time = sorted.get(i).time();
      int atRisk = n - i;
      int events = 0;
      int j = i;
      while (j < n && sorted.get(j).time() == time) {
        if (sorted.get(j).event()) {
          events++;
        }
        j++;
      }
      if (events > 0) {
        survival *= 1 - (double) events / atRisk;
        greenwood =
            events == atRisk
                ? Double.POSITIVE_INFINITY
                : greenwood + (double) events / ((double) atRisk * (atRisk - events));
        double lower;
        double upper;
        if (survival <= 0) {
          lower = 0;
          upper = 0;
        } else {
          double logS = Math.log(survival);
          double spread = z * Math.sqrt(greenwood) / logS; // negative
          lower = Math.pow(survival, Math.exp(-spread));
          upper = Math.pow(survival, Math.exp(spread));
        }
        steps.add(new Step(time, atRisk, events, Math.max(0, survival), lower, upper));
      }
      i = j;
    }
    return new KaplanMeier(
        Collections.unmodifiableList(sorted), Collections.unmodifiableList(steps), confidence);
  }

  /**
   * The observations, sorted by time (events before censorings at the same time).
   *
   * @return the observations, not null
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * The estimate at each distinct event time, in time order.
   *
   * @return the steps, empty when there was no event, not null
   */
  public List<Step> steps() {
    return steps;
  }

  /**
   * The level of the intervals.
   *
   * @return e.g. 0.95
   */
  public double confidence() {
    return confidence;
  }

  /**
   * The estimate S(t): the survival of the last step at or before t, 1 before the first event.
   *
   * @param time the time
   * @return S(t), 0 to 1
   */
  public double survival(double time) {
    double s = 1;
    for (Step step : steps) {
      if (step.time() > time) {
        break;
      }
      s = step.survival();
    }
    return s;
  }

  /**
   * The number at risk at a time: the observations whose time is at least t.
   *
   * @param time the time
   * @return the number, 0 or more
   */
  public int atRisk(double time) {
    int count = 0;
    for (Observation o : observations) {
      if (o.time() >= time) {
        count++;
      }
    }
    return count;
  }

  /**
   * The number of events.
   *
   * @return the number, 0 or more
   */
  public int events() {
    int count = 0;
    for (Step step : steps) {
      count += step.events();
    }
    return count;
  }

  /**
   * The median and its Brookmeyer-Crowley interval on the log-log scale.
   *
   * @return the median, not null
   */
  public Median median() {
    // Where S is 0 the log-log band is undefined (log 0): R's survfit gives NA there, and its
    // quantile() then finds no crossing of that band. The upper limit, from the upper band, is
    // therefore "not reached" unless the band fell to 0.5 while S was above 0.
    return new Median(
        crossing(Step::survival),
        crossing(Step::lower),
        crossing(step -> step.survival() > 0 ? step.upper() : Double.NaN));
  }

  /** A curve of the steps: S, or one of its bands. */
  private interface Curve {
    double at(Step step);
  }

  /**
   * The first time a curve is at or below 0.5, or the midpoint of the flat stretch where it is
   * exactly 0.5 (to 1e-12) up to the next step; empty when it never falls to 0.5.
   */
  private OptionalDouble crossing(Curve curve) {
    for (int k = 0; k < steps.size(); k++) {
      double value = curve.at(steps.get(k));
      if (Double.isNaN(value)) {
        continue; // undefined there
      }
      if (value <= 0.5 + 1e-12) {
        if (Math.abs(value - 0.5) <= 1e-12) {
          if (k + 1 < steps.size()) {
            return OptionalDouble.of((steps.get(k).time() + steps.get(k + 1).time()) / 2);
          }
          return OptionalDouble.empty(); // flat at 0.5 to the end of follow-up: not reached
        }
        return OptionalDouble.of(steps.get(k).time());
      }
    }
    return OptionalDouble.empty();
  }
}
