package org.rano.report.stats;

/**
 * A proportion with its exact two-sided confidence interval by the method of Clopper and Pearson
 * (Biometrika 1934; 26: 404-413): the interval of every p for which neither tail of Binomial(n, p)
 * at the observed count is below (1 - confidence) / 2. Its limits are beta quantiles: the lower is
 * the (1 - confidence) / 2 quantile of Beta(x, n - x + 1), 0 when x = 0; the upper the (1 +
 * confidence) / 2 quantile of Beta(x + 1, n - x), 1 when x = n.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param successes the number of successes x, 0 to {@code trials}
 * @param trials the number of trials n, 1 or more
 * @param confidence the confidence level, e.g. 0.95
 * @param lower the lower limit, 0 to the estimate
 * @param upper the upper limit, the estimate to 1
 */
public record ProportionInterval(
    int successes, int trials, double confidence, double lower, double upper) {

  /**
   * Checks the interval.
   *
   * @param successes the number of successes, 0 to {@code trials}
   * @param trials the number of trials, 1 or more
   * @param confidence the confidence level, greater than 0 and less than 1
   * @param lower the lower limit, 0 to {@code upper}
   * @param upper the upper limit, {@code lower} to 1
   * @throws IllegalArgumentException if a count, the level or a limit is out of range
   */
  public ProportionInterval {
    check(successes, trials, confidence);
    if (!(lower >= 0 && lower <= upper && upper <= 1)) {
      throw new IllegalArgumentException(
          "the limits must satisfy 0 <= lower <= upper <= 1, not " + lower + " and " + upper);
    }
  }

  /**
   * Obtains the exact Clopper-Pearson interval of x successes in n trials.
   *
   * @param successes the number of successes, 0 to {@code trials}
   * @param trials the number of trials, 1 or more
   * @param confidence the confidence level, greater than 0 and less than 1, e.g. 0.95
   * @return the interval, not null
   * @throws IllegalArgumentException if a count or the level is out of range
   */
  public static ProportionInterval clopperPearson(int successes, int trials, double confidence) {
    check(successes, trials, confidence);
    double alpha = 1 - confidence;
    double lower =
        successes == 0 ? 0 : Beta.quantile(alpha / 2, successes, trials - successes + 1.0);
    double upper =
        successes == trials ? 1 : Beta.quantile(1 - alpha / 2, successes + 1.0, trials - successes);
    return new ProportionInterval(successes, trials, confidence, lower, upper);
  }

  private static void check(int successes, int trials, double confidence) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be 1 or more, not " + trials);
    }
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "successes must be 0 to the " + trials + " trials, not " + successes);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "the confidence level must be greater than 0 and less than 1, not " + confidence);
    }
  }

  /**
   * The estimate x / n.
   *
   * @return the proportion, 0 to 1
   */
  public double estimate() {
    return (double) successes / trials;
  }
}
