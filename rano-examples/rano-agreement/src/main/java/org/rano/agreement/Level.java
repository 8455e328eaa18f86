package org.rano.agreement;

/** The level of measurement of an item, which chooses its statistics. */
enum Level {
  /** Categories without order: kappa, Fleiss' kappa, nominal alpha. */
  NOMINAL("nominal"),
  /** Ordered categories: also linear weighted kappa and ordinal alpha. */
  ORDINAL("ordinal"),
  /** Numbers with a unit of difference: interval alpha and ICC(2,1). */
  INTERVAL("interval"),
  /** A date or none: agreement within the date tolerance. */
  DATE("date");

  private final String key;

  Level(String key) {
    this.key = key;
  }

  /** The name in the output. */
  String key() {
    return key;
  }
}
