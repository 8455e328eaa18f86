package org.rano;

import java.util.Objects;
import java.util.Optional;

/**
 * A response category of RANO-LM, with the CDISC-compatible codes used in trial data.
 *
 * <p>Ranking for the best overall response (TIME-4) is CR &gt; PR &gt; SD &gt; NON-CR/NON-PD &gt;
 * PD &gt; NE; use {@link #isBetterThan(Response)} rather than {@link #ordinal()}, whose order is
 * not part of the contract.
 *
 * <p>{@link #NON_CR_NON_PD} is not a RANO-LM call: no raw assessment ever gives it. It exists for
 * response sequences recorded under other criteria (trial data in SDTM RS, where a patient with
 * non-measurable disease only is rated NON-CR/NON-PD), ranked as pharmaverse admiralonco ranks it.
 * Outside RANO-LM's five codes, it is an extension of spec section 7 (issue 15).
 *
 * <p>{@link #code()} is the code written in the case format and in CDISC data; {@link #toString()}
 * returns it too.
 */
public enum Response {
  /** Complete response: all leptomeningeal disease gone (OVR-3). */
  CR(5, "complete response", "CR"),
  /** Partial response (OVR-4). */
  PR(4, "partial response", "PR"),
  /** Stable disease (OVR-5). */
  SD(3, "stable disease", "SD"),
  /**
   * Neither complete response nor progressive disease, the call for non-measurable disease only
   * under other criteria (e.g. RECIST 1.1); only ever given in a response sequence. It counts as SD
   * does for the SD window (TIME-3), cannot confirm a response and breaks a confirmation it lies
   * within (TIME-2), and ranks between SD and PD (TIME-4).
   */
  NON_CR_NON_PD(2, "neither complete response nor progressive disease", "NON-CR/NON-PD"),
  /** Progressive disease (OVR-1). */
  PD(1, "progressive disease", "PD"),
  /** Not evaluable (OVR-2). */
  NE(0, "not evaluable", "NE");

  private final int rank;
  private final String meaning;
  private final String code;

  Response(int rank, String meaning, String code) {
    this.rank = rank;
    this.meaning = meaning;
    this.code = code;
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
   * Tells whether this is one of RANO-LM's own five calls (CR, PR, SD, PD, NE), the only ones a raw
   * assessment gives; false for {@link #NON_CR_NON_PD}.
   *
   * @return true for CR, PR, SD, PD and NE
   */
  public boolean isRanoLm() {
    return this != NON_CR_NON_PD;
  }

  /**
   * Obtains the plain-language meaning of the code, e.g. "partial response".
   *
   * @return the meaning, not null
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Obtains the code written in the case format and in CDISC data: the constant's name, except
   * {@code NON-CR/NON-PD} for {@link #NON_CR_NON_PD}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Finds the response of a code, exactly as {@link #code()} gives it (case-sensitive).
   *
   * @param code the code, e.g. {@code "PR"} or {@code "NON-CR/NON-PD"}, not null
   * @return the response, or empty when no response has that code
   */
  public static Optional<Response> ofCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Response response : values()) {
      if (response.code.equals(code)) {
        return Optional.of(response);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the {@link #code()}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
