package org.rano.diagnosis;

/** The EANO-ESMO MRI pattern of leptomeningeal disease (DX-1). */
public enum MriPattern {
  /** Linear enhancement only. */
  A("A"),
  /** Nodular disease only. */
  B("B"),
  /** Both linear and nodular. */
  C("C"),
  /** No leptomeningeal finding but hydrocephalus. */
  D_HYDROCEPHALUS("D"),
  /** No leptomeningeal finding, or only equivocal ones. */
  D_NORMAL("D");

  private final String letter;

  MriPattern(String letter) {
    this.letter = letter;
  }

  /**
   * The letter used in the label, e.g. {@code D} for both D patterns.
   *
   * @return the letter, not null
   */
  public String letter() {
    return letter;
  }

  /**
   * Tells whether the pattern is typical of LM (A, B or C).
   *
   * @return true for A, B and C
   */
  public boolean isTypical() {
    return this == A || this == B || this == C;
  }
}
