package org.rano;

import java.util.Objects;

/**
 * A response category of RANO-LM, with the CDISC-compatible codes used in trial data.
 *
 * <p>Ranking for the best overall response (TIME-4) is CR &gt; PR &gt; SD &gt; PD &gt; NE; use
 * {@link #isBetterThan(Response)} rather than {@link #ordinal()}, whose order is not part of the
 * contract.
 */
public enum Response {
  /** Complete response: all leptomeningeal disease gone (OVR-3). */
  CR(4, "complete response"),
  /** Partial response (OVR-4). */
  PR(3, "partial response"),
  /** Stable disease (OVR-5). */
  SD(2, "stable disease"),
  /** Progressive disease (OVR-1). */
  PD(1, "progressive disease"),
  /** Not evaluable (OVR-2). */
  NE(0, "not evaluable");

  private final int rank;
  private final String meaning;

  Response(int rank, String meaning) {
    this.rank = rank;
    this.meaning = meaning;
  }

  /**
   * Tells whether this response ranks above another for the best overall response (TIME-4).
   *
   * @param other the response to compare with, not null
   * @return true when this response is strictly better
   */
  public boolean isBetterThan(Response other) {
    return rank > Objects.requireNonNull(other, "other").rank;
  }

  /**
   * Tells whether this is a response (CR or PR), the categories that need confirmation (TIME-2).
   *
   * @return true for CR and PR
   */
  public boolean isResponse() {
    return this == CR || this == PR;
  }

  /**
   * Obtains the plain-language meaning of the code, e.g. "partial response".
   *
   * @return the meaning, not null
   */
  public String meaning() {
    return meaning;
  }
}
