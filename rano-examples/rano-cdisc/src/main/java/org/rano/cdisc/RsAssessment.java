package org.rano.cdisc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rano.Response;

/**
 * One overall response of a subject as read from SDTM RS ({@code RSTESTCD = OVRLRESP}).
 *
 * @param row the row number in the RS file, the header being row 1
 * @param date the analysis date, from {@code RSDTC} (imputed under {@link PartialDates}), not null
 * @param adtf the date imputation flag: empty, {@code D} or {@code M}, not null
 * @param response the response; {@code NE} when the response was missing, not null
 * @param missing whether {@code RSSTRESC} and {@code RSORRES} were both missing (not evaluated)
 * @param visit {@code VISIT}, or null when missing
 * @param visitNumber {@code VISITNUM}, or null when missing
 * @param sequence {@code RSSEQ}, or null when missing
 */
public record RsAssessment(
    long row,
    LocalDate date,
    String adtf,
    Response response,
    boolean missing,
    @Nullable String visit,
    @Nullable BigDecimal visitNumber,
    @Nullable Long sequence) {

  /**
   * Creates the record, checking and copying its components.
   *
   * @param row the row number in the RS file, the header being row 1
   * @param date the analysis date, from {@code RSDTC} (imputed under {@link PartialDates}), not
   *     null
   * @param adtf the date imputation flag: empty, {@code D} or {@code M}, not null
   * @param response the response; {@code NE} when the response was missing, not null
   * @param missing whether {@code RSSTRESC} and {@code RSORRES} were both missing (not evaluated)
   * @param visit {@code VISIT}, or null when missing
   * @param visitNumber {@code VISITNUM}, or null when missing
   * @param sequence {@code RSSEQ}, or null when missing
   * @throws NullPointerException naming a null component that must not be null
   */
  public RsAssessment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(adtf, "adtf");
    Objects.requireNonNull(response, "response");
  }
}
