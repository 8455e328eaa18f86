package org.rano.cdisc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of ADRS, the response analysis data set. The columns are those of {@link
 * AdrsWriter#COLUMNS}.
 *
 * @param studyId {@code STUDYID}, not null
 * @param usubjid {@code USUBJID}, not null
 * @param paramcd {@code PARAMCD}, e.g. {@code BOR}, not null
 * @param param {@code PARAM}, the parameter's label, not null
 * @param avalc {@code AVALC}: a response ({@code CR}, ..., {@code MISSING}) or {@code Y}/{@code N},
 *     not null
 * @param aval {@code AVAL}: the response code (CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD 5, NE 6,
 *     MISSING 7) or 1 for Y, 0 for N
 * @param adt {@code ADT}, the analysis date, or null
 * @param ady {@code ADY}, the study day of {@code ADT} (the reference date is day 1), or null
 * @param adtf {@code ADTF}, the date imputation flag ({@code D}, {@code M}), or null
 * @param avisit {@code AVISIT}, or null
 * @param avisitn {@code AVISITN}, or null
 * @param anl01fl {@code ANL01FL}, {@code Y} on every row written, not null
 * @param srcdom {@code SRCDOM}, {@code RS} when the row comes from one RS record, or null
 * @param srcseq {@code SRCSEQ}, the {@code RSSEQ} of that record, or null
 * @param rules {@code RULES}, the RANO-LM rule ids behind the value, e.g. {@code TIME-2; TIME-4},
 *     possibly empty, not null
 * @param reason {@code REASON}, the rule trace in words, possibly empty, not null
 */
public record AdrsRow(
    String studyId,
    String usubjid,
    String paramcd,
    String param,
    String avalc,
    int aval,
    @Nullable LocalDate adt,
    @Nullable Integer ady,
    @Nullable String adtf,
    @Nullable String avisit,
    @Nullable BigDecimal avisitn,
    String anl01fl,
    @Nullable String srcdom,
    @Nullable Long srcseq,
    String rules,
    String reason) {

  /**
   * Creates the record, checking and copying its components.
   *
   * @param studyId {@code STUDYID}, not null
   * @param usubjid {@code USUBJID}, not null
   * @param paramcd {@code PARAMCD}, e.g. {@code BOR}, not null
   * @param param {@code PARAM}, the parameter's label, not null
   * @param avalc {@code AVALC}: a response ({@code CR}, ..., {@code MISSING}) or {@code Y}/{@code
   *     N},
   *     <p>not null
   * @param aval {@code AVAL}: the response code (CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD 5, NE 6,
   *     <p>MISSING 7) or 1 for Y, 0 for N
   * @param adt {@code ADT}, the analysis date, or null
   * @param ady {@code ADY}, the study day of {@code ADT} (the reference date is day 1), or null
   * @param adtf {@code ADTF}, the date imputation flag ({@code D}, {@code M}), or null
   * @param avisit {@code AVISIT}, or null
   * @param avisitn {@code AVISITN}, or null
   * @param anl01fl {@code ANL01FL}, {@code Y} on every row written, not null
   * @param srcdom {@code SRCDOM}, {@code RS} when the row comes from one RS record, or null
   * @param srcseq {@code SRCSEQ}, the {@code RSSEQ} of that record, or null
   * @param rules {@code RULES}, the RANO-LM rule ids behind the value, e.g. {@code TIME-2; TIME-4},
   *     <p>possibly empty, not null
   * @param reason {@code REASON}, the rule trace in words, possibly empty, not null
   * @throws NullPointerException naming a null component that must not be null
   */
  public AdrsRow {
    Objects.requireNonNull(studyId, "studyId");
    Objects.requireNonNull(usubjid, "usubjid");
    Objects.requireNonNull(paramcd, "paramcd");
    Objects.requireNonNull(param, "param");
    Objects.requireNonNull(avalc, "avalc");
    Objects.requireNonNull(anl01fl, "anl01fl");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(reason, "reason");
  }
}
