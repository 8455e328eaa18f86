package org.rano.cdisc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rano.BestResponse;
import org.rano.CaseAssessment;
import org.rano.InvalidInputException;
import org.rano.RanoLm;
import org.rano.Reason;
import org.rano.Response;
import org.rano.TimePoint;

/**
 * Derives the ADRS rows of subjects read from SDTM RS with admiralonco's parameter conventions (the
 * {@code ad_adrs.R} template and the vignette "Creating ADRS (Including Non-standard Endpoints)" of
 * pharmaverse admiralonco), each subject's time course being rano-core's ({@link
 * RanoLm#assess(org.rano.ResponseSequence)}, spec section 7) under the criteria given.
 *
 * <p>The parameters, per subject ({@code AVAL} of a response: CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD
 * 5, NE 6, MISSING 7; of a flag: Y 1, N 0):
 *
 * <ul>
 *   <li>{@code OVR} overall response: one row per RS record read (one per date), {@code AVALC} the
 *       response as recorded (a missing one is NE, not evaluated), {@code SRCDOM = RS}, {@code
 *       SRCSEQ = RSSEQ}.
 *   <li>{@code BOR} best overall response (confirmation not required): rano's unconfirmed best
 *       overall response (TIME-3, TIME-4, TIME-6), {@code ADT} the date of the time point that gave
 *       it; {@code MISSING} (AVAL 7) for a subject without any overall response, as admiralonco's
 *       {@code no_data_missing} event.
 *   <li>{@code CBOR} best confirmed overall response: rano's confirmed best overall response
 *       (TIME-2 confirmation, unconfirmed CR/PR count as SD under TIME-3); {@code MISSING} as BOR.
 *   <li>{@code RSP} response (confirmation not required): Y when BOR is CR or PR, {@code ADT} the
 *       first CR or PR up to the first PD (admiralonco's {@code response_y} event); else N.
 *   <li>{@code CRSP} confirmed response: Y when CBOR is CR or PR, {@code ADT} the first confirmed
 *       CR or PR (admiralonco's {@code crsp_y_cr}/{@code crsp_y_pr} events); else N.
 *   <li>{@code BCP} best overall response of CR/PR: Y when BOR is CR or PR, {@code ADT} that of
 *       BOR; else N.
 *   <li>{@code CBCP} best confirmed overall response of CR/PR: Y when CBOR is CR or PR, {@code ADT}
 *       that of CBOR; else N.
 *   <li>{@code CB} clinical benefit (confirmation for response not required): Y when BOR is CR, PR,
 *       SD or NON-CR/NON-PD; {@code ADT} the first time point up to the first PD that is CR or PR,
 *       or SD or NON-CR/NON-PD at least the SD window (TIME-3, {@code sdMinimumDays}) after the
 *       reference date (admiralonco's {@code cb_y} event, which uses its own window, 42 days in the
 *       template); else N.
 *   <li>{@code CCB} confirmed clinical benefit: Y when CBOR is CR, PR, SD or NON-CR/NON-PD; {@code
 *       ADT} the earlier of CRSP's date and the first CR, PR, SD or NON-CR/NON-PD within the SD
 *       window's reach; else N.
 *   <li>{@code PD} disease progression: Y at the first PD (TIME-5), else N.
 *   <li>{@code LSTA} last disease assessment: the last OVR row (also after progression), {@code
 *       AVALC} its response; no row for a subject without any overall response.
 * </ul>
 *
 * <p>{@code ANL01FL} is Y on every row written (the reader keeps one response per date). {@code
 * RULES} and {@code REASON} carry rano's rule trace.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Adrs {

  /** The parameter codes, in the order rows are written for a subject. */
  public static final List<String> PARAMETERS =
      List.of("OVR", "BOR", "CBOR", "RSP", "CRSP", "BCP", "CBCP", "CB", "CCB", "PD", "LSTA");

  private Adrs() {}

  /**
   * What {@link #derive(SdtmData, RanoLm, String)} derived: the rows of every subject that could be
   * derived, each subject's assessment, and the error records (the reader's and those of subjects
   * whose time course was rejected).
   *
   * @param rows the ADRS rows, subject by subject, not null
   * @param assessments each derived subject's assessment by {@code USUBJID}, in order, not null
   * @param errors the error records, not null
   */
  public record Result(
      List<AdrsRow> rows, Map<String, CaseAssessment> assessments, List<RowError> errors) {

    /**
     * Creates the record, checking and copying its components.
     *
     * @param rows the ADRS rows, subject by subject, not null
     * @param assessments each derived subject's assessment by {@code USUBJID}, in order, not null
     * @param errors the error records, not null
     */
    public Result {
      rows = List.copyOf(rows);
      assessments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assessments));
      errors = List.copyOf(errors);
    }
  }

  /**
   * Derives the ADRS rows of every subject read.
   *
   * @param data the subjects and error records read, not null
   * @param lm the scorer, with the criteria, not null
   * @param evaluator the evaluator, for the parameter labels, e.g. {@code INVESTIGATOR}, not null
   * @return the rows, assessments and error records, not null
   */
  public static Result derive(SdtmData data, RanoLm lm, String evaluator) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(lm, "lm");
    Objects.requireNonNull(evaluator, "evaluator");
    List<AdrsRow> rows = new ArrayList<>();
    Map<String, CaseAssessment> assessments = new LinkedHashMap<>();
    List<RowError> errors = new ArrayList<>(data.errors());
    for (Subject subject : data.subjects()) {
      if (subject.assessments().isEmpty()) {
        rows.addAll(derive(subject, null, lm, evaluator));
        continue;
      }
      CaseAssessment assessment;
      try {
        assessment = lm.assess(subject.sequence());
      } catch (InvalidInputException e) {
        errors.add(
            new RowError(
                "", 0, subject.usubjid(), "RSDTC", Objects.toString(e.value(), ""), e.problem()));
        continue;
      }
      assessments.put(subject.usubjid(), assessment);
      rows.addAll(derive(subject, assessment, lm, evaluator));
    }
    return new Result(rows, assessments, errors);
  }

  /**
   * Derives the ADRS rows of one subject.
   *
   * @param subject the subject, not null
   * @param assessment the subject's assessment by {@code lm}, or null when it has no response
   * @param lm the scorer, for the SD window, not null
   * @param evaluator the evaluator, for the parameter labels, not null
   * @return the rows: OVR rows, then BOR, CBOR, RSP, CRSP, BCP, CBCP, CB, CCB, PD, LSTA, not null
   * @throws IllegalArgumentException when the assessment does not match the subject's responses
   */
  public static List<AdrsRow> derive(
      Subject subject, @Nullable CaseAssessment assessment, RanoLm lm, String evaluator) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(lm, "lm");
    String by = " by " + title(evaluator);
    Rows out = new Rows(subject);
    List<RsAssessment> records = subject.assessments();
    if (assessment == null || records.isEmpty()) {
      if (!records.isEmpty()) {
        throw new IllegalArgumentException("subject " + subject.usubjid() + " has no assessment");
      }
      String why = "no overall response in RS for this evaluator";
      out.missing("BOR", "Best Overall Response" + by + " (confirmation not required)", why);
      out.missing("CBOR", "Best Confirmed Overall Response" + by, why);
      for (String[] flag : FLAGS) {
        out.flag(flag[0], flag[1] + by + flag[2], false, null, "", why);
      }
      return out.rows;
    }
    List<TimePoint> points = assessment.timePoints();
    if (points.size() != records.size()) {
      throw new IllegalArgumentException(
          "subject " + subject.usubjid() + ": the assessment has another number of time points");
    }
    for (int i = 0; i < records.size(); i++) {
      out.overall(records.get(i), points.get(i), by);
    }
    BestResponse bor = assessment.bestOverallResponse();
    BestResponse cbor = assessment.confirmedBestOverallResponse();
    out.best("BOR", "Best Overall Response" + by + " (confirmation not required)", bor);
    out.best("CBOR", "Best Confirmed Overall Response" + by, cbor);
    int sdDays = lm.criteria().sdMinimumDays();
    int firstResponse = first(points, p -> p.overall().isResponse());
    int firstConfirmed = first(points, p -> p.overall().isResponse() && p.confirmed());
    int firstBenefit =
        first(
            points,
            p ->
                p.overall().isResponse()
                    || (sdLike(p.overall()) && p.daysFromBaseline() >= sdDays));
    int firstSdLike =
        first(
            points,
            p ->
                (p.overall().isResponse() || sdLike(p.overall()))
                    && p.daysFromBaseline() >= sdDays);
    boolean rsp = bor.response().isResponse();
    boolean crsp = cbor.response().isResponse();
    out.flagAt(
        "RSP",
        "Response" + by + " (confirmation not required)",
        rsp,
        firstResponse,
        "TIME-4",
        rsp ? "BOR is " + bor.response() + "; first CR or PR" : "BOR is " + bor.response());
    out.flagAt(
        "CRSP",
        "Confirmed Response" + by,
        crsp,
        firstConfirmed,
        "TIME-2; TIME-4",
        crsp
            ? "CBOR is " + cbor.response() + "; first confirmed CR or PR"
            : "CBOR is " + cbor.response());
    out.flagAtDate(
        "BCP",
        "Best Overall Response of CR/PR" + by + " (confirmation not required)",
        rsp,
        bor,
        "TIME-4",
        "BOR is " + bor.response());
    out.flagAtDate(
        "CBCP",
        "Best Confirmed Overall Response of CR/PR" + by,
        crsp,
        cbor,
        "TIME-2; TIME-4",
        "CBOR is " + cbor.response());
    boolean cb = rsp || sdLike(bor.response());
    out.flagAt(
        "CB",
        "Clinical Benefit" + by + " (confirmation for response not required)",
        cb,
        firstBenefit,
        "TIME-3; TIME-4",
        "BOR is "
            + bor.response()
            + (cb ? "; first CR, PR, SD or NON-CR/NON-PD in the SD window" : ""));
    boolean ccb = crsp || sdLike(cbor.response());
    int ccbAt = earliest(crsp ? firstConfirmed : -1, firstSdLike);
    out.flagAt(
        "CCB",
        "Confirmed Clinical Benefit" + by,
        ccb,
        ccbAt,
        "TIME-2; TIME-3; TIME-4",
        "CBOR is "
            + cbor.response()
            + (ccb
                ? "; first confirmed CR or PR, or CR, PR, SD or NON-CR/NON-PD in the SD window"
                : ""));
    int pd = first(points, p -> p.overall() == Response.PD);
    out.flagAt(
        "PD", "Disease Progression" + by, pd >= 0, pd, "TIME-5", pd >= 0 ? "first PD" : "no PD");
    RsAssessment last = records.get(records.size() - 1);
    out.rows.add(
        out.row(
            "LSTA",
            "Last Disease Assessment" + by,
            word(last),
            code(last.response()),
            last,
            "",
            "last overall response"));
    return out.rows;
  }

  /** The Y/N parameters of a subject without any response: code, label start, label end. */
  private static final String[][] FLAGS = {
    {"RSP", "Response", " (confirmation not required)"},
    {"CRSP", "Confirmed Response", ""},
    {"BCP", "Best Overall Response of CR/PR", " (confirmation not required)"},
    {"CBCP", "Best Confirmed Overall Response of CR/PR", ""},
    {"CB", "Clinical Benefit", " (confirmation for response not required)"},
    {"CCB", "Confirmed Clinical Benefit", ""},
    {"PD", "Disease Progression", ""}
  };

  /**
   * Obtains the {@code AVAL} code of a response: CR 1, PR 2, SD 3, NON-CR/NON-PD 4, PD 5, NE 6
   * (MISSING, 7, is no response but the lack of any).
   *
   * @param response the response, not null
   * @return the code, not null
   */
  public static int code(Response response) {
    return switch (response) {
      case CR -> 1;
      case PR -> 2;
      case SD -> 3;
      case NON_CR_NON_PD -> 4;
      case PD -> 5;
      case NE -> 6;
    };
  }

  /**
   * SD and NON-CR/NON-PD: the calls that give clinical benefit in the SD window (admiralonco's
   * {@code derive_param_clinbenefit()} counts both).
   */
  private static boolean sdLike(Response response) {
    return response == Response.SD || response == Response.NON_CR_NON_PD;
  }

  private static String word(RsAssessment record) {
    return record.response().code();
  }

  private static int first(List<TimePoint> points, java.util.function.Predicate<TimePoint> test) {
    for (int i = 0; i < points.size(); i++) {
      TimePoint point = points.get(i);
      if (!point.afterProgression() && test.test(point)) {
        return i;
      }
    }
    return -1;
  }

  private static int earliest(int a, int b) {
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }

  private static String title(String evaluator) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : evaluator.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ';
    }
    return out.toString();
  }

  private static String rules(BestResponse best) {
    Set<String> ids = new LinkedHashSet<>();
    for (Reason reason : best.reasons()) {
      ids.add(reason.rule().id());
    }
    return String.join("; ", ids);
  }

  /** The rows of one subject while deriving. */
  private static final class Rows {
    final Subject subject;
    final List<AdrsRow> rows = new ArrayList<>();

    Rows(Subject subject) {
      this.subject = subject;
    }

    AdrsRow row(
        String paramcd,
        String param,
        String avalc,
        int aval,
        @Nullable RsAssessment source,
        String rules,
        String reason) {
      LocalDate adt = source == null ? null : source.date();
      return new AdrsRow(
          subject.studyId(),
          subject.usubjid(),
          paramcd,
          param,
          avalc,
          aval,
          adt,
          adt == null ? null : studyDay(adt),
          source == null || source.adtf().isEmpty() ? null : source.adtf(),
          source == null ? null : source.visit(),
          source == null ? null : source.visitNumber(),
          "Y",
          source == null ? null : "RS",
          source == null ? null : source.sequence(),
          rules,
          reason);
    }

    int studyDay(LocalDate date) {
      LocalDate reference = subject.referenceDate().orElseThrow();
      long days = ChronoUnit.DAYS.between(reference, date);
      return Math.toIntExact(days >= 0 ? days + 1 : days);
    }

    void overall(RsAssessment record, TimePoint point, String by) {
      String rules = "";
      String reason = "";
      if (record.missing()) {
        reason = "RSSTRESC and RSORRES missing: not evaluated";
      } else if (point.afterProgression()) {
        rules = "TIME-6";
        reason = "after progression";
      } else if (point.confirmed()) {
        rules = "TIME-2";
        reason = "confirmed by a later time point";
      } else if (point.overall().isResponse()) {
        rules = "TIME-2";
        reason = "not confirmed";
      }
      rows.add(
          row(
              "OVR",
              "Overall Response" + by,
              word(record),
              code(record.response()),
              record,
              rules,
              reason));
    }

    void best(String paramcd, String param, BestResponse best) {
      RsAssessment source = best.date().isPresent() ? at(best.date().get()) : null;
      rows.add(
          row(
              paramcd,
              param,
              best.response().code(),
              code(best.response()),
              source,
              rules(best),
              best.reason()));
    }

    void missing(String paramcd, String param, String why) {
      rows.add(row(paramcd, param, "MISSING", 7, null, "", why));
    }

    void flagAt(String paramcd, String param, boolean yes, int index, String rules, String reason) {
      RsAssessment source = yes && index >= 0 ? subject.assessments().get(index) : null;
      flag(paramcd, param, yes, source, rules, reason);
    }

    void flagAtDate(
        String paramcd, String param, boolean yes, BestResponse best, String rules, String reason) {
      RsAssessment source = yes && best.date().isPresent() ? at(best.date().get()) : null;
      flag(paramcd, param, yes, source, rules, reason);
    }

    void flag(
        String paramcd,
        String param,
        boolean yes,
        @Nullable RsAssessment source,
        String rules,
        String reason) {
      rows.add(row(paramcd, param, yes ? "Y" : "N", yes ? 1 : 0, source, rules, reason));
    }

    @Nullable RsAssessment at(LocalDate date) {
      for (RsAssessment record : subject.assessments()) {
        if (record.date().equals(date)) {
          return record;
        }
      }
      return null;
    }
  }
}
