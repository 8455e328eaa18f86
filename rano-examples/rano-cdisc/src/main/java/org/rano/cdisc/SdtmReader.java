package org.rano.cdisc;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rano.Response;

/**
 * Reads SDTM RS and DM (or ADSL) as CSV with a header row, through jackson-dataformat-csv: the
 * standard variable names, extra columns ignored, {@code NA} and empty cells missing.
 *
 * <p>From RS it takes the rows with {@code RSTESTCD = OVRLRESP} of the chosen evaluator ({@code
 * RSEVAL}, default {@code INVESTIGATOR}; {@code RSEVALID} to pick one independent reader), the
 * response from {@code RSSTRESC} falling back to {@code RSORRES} (both missing: not evaluated, NE),
 * the date from {@code RSDTC} (a date-time keeps its date). From the reference file it takes each
 * subject's reference date from the chosen column (default {@code RFSTDTC}). Every subject of the
 * reference file is read; one without responses needs no reference date.
 *
 * <p>The responses allowed are CR, PR, SD, NON-CR/NON-PD (non-measurable disease only, ranked
 * between SD and PD as admiralonco ranks it), PD and NE, or a missing one.
 *
 * <p>Bad rows are never dropped silently: a response outside those words (e.g. {@code CHECK}), a
 * partial date (under {@link PartialDates#REJECT}), an impossible date, a date before the reference
 * date, two different responses on one date, several independent readers without an evaluator id, a
 * subject missing from the reference file, a bad {@code VISITNUM} or {@code RSSEQ}: each is a
 * {@link RowError}, its subject gets no ADRS rows, every other subject is read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdtmReader {

  /** {@code RSTESTCD} of the overall response. */
  public static final String OVERALL_RESPONSE = "OVRLRESP";

  /** The most digits, and decimal places, of a {@code VISITNUM}. */
  private static final int MAX_VISIT_DIGITS = 18;

  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})(-+)?");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})(-+)?");

  private final String evaluator;
  private final @Nullable String evaluatorId;
  private final String referenceColumn;
  private final PartialDates partialDates;

  private SdtmReader(Builder builder) {
    this.evaluator = builder.evaluator;
    this.evaluatorId = builder.evaluatorId;
    this.referenceColumn = builder.referenceColumn;
    this.partialDates = builder.partialDates;
  }

  /**
   * Obtains a reader with the defaults: evaluator {@code INVESTIGATOR}, reference date {@code
   * RFSTDTC}, partial dates rejected.
   *
   * @return the reader, not null
   */
  public static SdtmReader withDefaults() {
    return builder().build();
  }

  /**
   * Starts a reader with the defaults.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The evaluator read ({@code RSEVAL}).
   *
   * @return e.g. {@code INVESTIGATOR}, not null
   */
  public String evaluator() {
    return evaluator;
  }

  /**
   * Reads an RS file and a reference file (DM or ADSL).
   *
   * @param rs the RS CSV file, not null
   * @param reference the DM or ADSL CSV file, not null
   * @return the subjects and error records, not null
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file, for a file without a needed column or one
   *     that is not CSV
   */
  public SdtmData read(Path rs, Path reference) throws IOException {
    try (Reader rsReader = Files.newBufferedReader(rs, StandardCharsets.UTF_8);
        Reader refReader = Files.newBufferedReader(reference, StandardCharsets.UTF_8)) {
      return read(rs.toString(), rsReader, reference.toString(), refReader);
    }
  }

  /**
   * Reads RS and a reference file (DM or ADSL) from readers.
   *
   * @param rsName the name of the RS file, for error records, not null
   * @param rs the RS CSV, not null
   * @param referenceName the name of the reference file, not null
   * @param reference the DM or ADSL CSV, not null
   * @return the subjects and error records, not null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException naming the file, for a file without a needed column or one
   *     that is not CSV
   */
  public SdtmData read(String rsName, Reader rs, String referenceName, Reader reference)
      throws IOException {
    Objects.requireNonNull(rsName, "rsName");
    Objects.requireNonNull(referenceName, "referenceName");
    List<RowError> errors = new ArrayList<>();
    Map<String, SubjectRows> subjects = new LinkedHashMap<>();
    for (CsvTable.Row row :
        CsvTable.rows(referenceName, reference, List.of("USUBJID", referenceColumn))) {
      String usubjid = row.get("USUBJID");
      if (usubjid == null) {
        errors.add(row.error("", "USUBJID", "", "missing; every row needs a subject"));
        continue;
      }
      SubjectRows subject = subjects.get(usubjid);
      if (subject != null) {
        subject.errors.add(
            row.error(usubjid, "USUBJID", usubjid, "the subject appears twice in the file"));
        continue;
      }
      subject = new SubjectRows(rsName, usubjid, orEmpty(row.get("STUDYID")));
      subjects.put(usubjid, subject);
      String text = row.get(referenceColumn);
      if (text != null) {
        LocalDate date = fullDate(text);
        if (date == null) {
          subject.errors.add(
              row.error(
                  usubjid,
                  referenceColumn,
                  text,
                  "not a full date; allowed: YYYY-MM-DD, optionally followed by a time"));
        } else {
          subject.reference = date;
        }
      } else {
        subject.referenceRow = row;
      }
    }
    List<String> rsColumns = List.of("USUBJID", "RSTESTCD", "RSEVAL", "RSDTC");
    for (CsvTable.Row row : CsvTable.rows(rsName, rs, rsColumns)) {
      readResponse(rsName, row, subjects, errors);
    }
    List<Subject> read = new ArrayList<>();
    for (SubjectRows subject : subjects.values()) {
      subject.finish();
      if (subject.errors.isEmpty()) {
        read.add(
            new Subject(
                subject.studyId,
                subject.usubjid,
                Optional.ofNullable(subject.reference),
                subject.assessments));
      } else {
        errors.addAll(subject.errors);
      }
    }
    return new SdtmData(read, errors);
  }

  /**
   * Lists who gave the overall responses ({@code RSTESTCD = OVRLRESP}) of an RS file: each {@code
   * RSEVAL} with the {@code RSEVALID} values of its rows, e.g. to check the evaluators asked for
   * before reading them, or to find the {@code RSEVAL} of an independent reader.
   *
   * @param rsName the name of the RS file, for messages, not null
   * @param rs the RS CSV, not null
   * @return each {@code RSEVAL} (empty for rows without one) with its {@code RSEVALID} values
   *     (empty for rows without one), both in alphabetical order, unmodifiable, not null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException naming the file, for a file without a needed column or one
   *     that is not CSV
   */
  public static Map<String, Set<String>> evaluators(String rsName, Reader rs) throws IOException {
    Objects.requireNonNull(rsName, "rsName");
    Map<String, Set<String>> found = new TreeMap<>();
    for (CsvTable.Row row : CsvTable.rows(rsName, rs, List.of("RSTESTCD", "RSEVAL"))) {
      if (OVERALL_RESPONSE.equals(row.get("RSTESTCD"))) {
        found
            .computeIfAbsent(orEmpty(row.get("RSEVAL")), key -> new TreeSet<>())
            .add(orEmpty(row.get("RSEVALID")));
      }
    }
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    found.forEach((evaluator, ids) -> copy.put(evaluator, Collections.unmodifiableSet(ids)));
    return Collections.unmodifiableMap(copy);
  }

  private void readResponse(
      String rsName, CsvTable.Row row, Map<String, SubjectRows> subjects, List<RowError> errors) {
    if (!OVERALL_RESPONSE.equals(row.get("RSTESTCD")) || !evaluator.equals(row.get("RSEVAL"))) {
      return;
    }
    String readerId = row.get("RSEVALID");
    if (evaluatorId != null && !evaluatorId.equals(readerId)) {
      return;
    }
    String usubjid = row.get("USUBJID");
    if (usubjid == null) {
      errors.add(row.error("", "USUBJID", "", "missing; every row needs a subject"));
      return;
    }
    SubjectRows subject = subjects.get(usubjid);
    if (subject == null) {
      subject = new SubjectRows(rsName, usubjid, orEmpty(row.get("STUDYID")));
      subject.missingFromReference = true;
      subjects.put(usubjid, subject);
    }
    if (subject.studyId.isEmpty()) {
      subject.studyId = orEmpty(row.get("STUDYID"));
    }
    if (subject.missingFromReference) {
      subject.errors.add(
          row.error(
              usubjid,
              "USUBJID",
              usubjid,
              "the subject is not in the reference file (DM or ADSL)"));
      return;
    }
    if (readerId != null) {
      subject.readers.add(readerId);
    }
    int before = subject.errors.size();
    Response response = Response.NE;
    boolean missing = false;
    String variable = row.get("RSSTRESC") != null ? "RSSTRESC" : "RSORRES";
    String word = row.get(variable);
    if (word == null) {
      missing = true;
    } else {
      Response parsed = response(word);
      if (parsed == null) {
        subject.errors.add(
            row.error(
                usubjid,
                variable,
                word,
                "not a response; allowed: CR, PR, SD, NON-CR/NON-PD, PD, NE or missing (not"
                    + " evaluated)"));
      } else {
        response = parsed;
      }
    }
    String dtc = orEmpty(row.get("RSDTC"));
    String[] adtf = {""};
    LocalDate date = analysisDate(dtc, adtf);
    if (date == null) {
      subject.errors.add(
          row.error(
              usubjid,
              "RSDTC",
              dtc,
              dtc.isEmpty()
                  ? "missing; every overall response needs a date"
                  : partialDates == PartialDates.REJECT && isPartial(dtc)
                      ? "a partial date, rejected under --partial-dates reject; allowed: a full"
                          + " date YYYY-MM-DD, or choose --partial-dates first|last"
                      : "not a date; allowed: YYYY-MM-DD (a real calendar date, with an ISO 8601 time"
                          + " such as T10:30 or none), YYYY-MM or YYYY"
                          + " under --partial-dates first|last"));
    }
    BigDecimal visitNumber = null;
    String visitNum = row.get("VISITNUM");
    if (visitNum != null) {
      try {
        visitNumber = new BigDecimal(visitNum);
        if (visitNumber.precision() > MAX_VISIT_DIGITS
            || Math.abs(visitNumber.scale()) > MAX_VISIT_DIGITS) {
          // e.g. 1e2147483647: written out, it would not fit in memory
          visitNumber = null;
          subject.errors.add(
              row.error(
                  usubjid,
                  "VISITNUM",
                  visitNum,
                  "out of range; allowed: a number such as 2 or 2.1, of at most "
                      + MAX_VISIT_DIGITS
                      + " digits and decimal places"));
        }
      } catch (NumberFormatException e) {
        subject.errors.add(row.error(usubjid, "VISITNUM", visitNum, "not a number"));
      }
    }
    Long sequence = null;
    String seq = row.get("RSSEQ");
    if (seq != null) {
      try {
        sequence = Long.valueOf(seq);
      } catch (NumberFormatException e) {
        subject.errors.add(row.error(usubjid, "RSSEQ", seq, "not an integer"));
      }
    }
    if (subject.errors.size() == before && date != null) {
      subject.assessments.add(
          new RsAssessment(
              row.number,
              date,
              adtf[0],
              response,
              missing,
              row.get("VISIT"),
              visitNumber,
              sequence));
      subject.words.put(row.number, missing ? "" : orEmpty(word));
    }
  }

  /** The date of an RSDTC value, imputed under the policy, or null when it cannot be had. */
  private @Nullable LocalDate analysisDate(String dtc, String[] adtf) {
    LocalDate full = fullDate(dtc);
    if (full != null || partialDates == PartialDates.REJECT) {
      return full;
    }
    try {
      Matcher month = YEAR_MONTH.matcher(dtc);
      if (month.matches()) {
        adtf[0] = "D";
        return partialDates.imputeMonth(
            YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
      }
      Matcher year = YEAR.matcher(dtc);
      if (year.matches()) {
        adtf[0] = "M";
        int y = Integer.parseInt(year.group(1));
        return partialDates == PartialDates.FIRST ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static boolean isPartial(String dtc) {
    return YEAR_MONTH.matcher(dtc).matches() || YEAR.matcher(dtc).matches();
  }

  /** A full ISO 8601 date, or a date-time's date; null for anything else. */
  private static @Nullable LocalDate fullDate(String text) {
    Matcher m = SdtmCases.FULL_DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static @Nullable Response response(String word) {
    return Response.ofCode(word).orElse(null);
  }

  private static String orEmpty(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** Builds a reader. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private String evaluator = "INVESTIGATOR";
    private @Nullable String evaluatorId;
    private String referenceColumn = "RFSTDTC";
    private PartialDates partialDates = PartialDates.REJECT;

    private Builder() {}

    /**
     * Sets the evaluator whose responses are read ({@code RSEVAL}).
     *
     * @param evaluator e.g. {@code INVESTIGATOR} (the default) or {@code INDEPENDENT ASSESSOR}, not
     *     null
     * @return this builder, not null
     * @throws IllegalArgumentException for a blank evaluator
     */
    public Builder evaluator(String evaluator) {
      this.evaluator = notBlank("evaluator", evaluator);
      return this;
    }

    /**
     * Sets the one reader whose responses are read ({@code RSEVALID}), e.g. of an independent
     * review with several readers.
     *
     * @param evaluatorId e.g. {@code RADIOLOGIST 1}, not null
     * @return this builder, not null
     * @throws IllegalArgumentException for a blank id
     */
    public Builder evaluatorId(String evaluatorId) {
      this.evaluatorId = notBlank("evaluator id", evaluatorId);
      return this;
    }

    /**
     * Sets the column of the reference file that holds the reference date.
     *
     * @param referenceColumn e.g. {@code RFSTDTC} (the default) in DM or {@code RANDDT} in ADSL,
     *     not null
     * @return this builder, not null
     * @throws IllegalArgumentException for a blank column name
     */
    public Builder referenceColumn(String referenceColumn) {
      this.referenceColumn = notBlank("reference date column", referenceColumn);
      return this;
    }

    /**
     * Sets what to do with a partial {@code RSDTC}.
     *
     * @param partialDates the policy (default {@link PartialDates#REJECT}), not null
     * @return this builder, not null
     */
    public Builder partialDates(PartialDates partialDates) {
      this.partialDates = Objects.requireNonNull(partialDates, "partialDates");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader, not null
     */
    public SdtmReader build() {
      return new SdtmReader(this);
    }

    private static String notBlank(String what, String value) {
      Objects.requireNonNull(value, what);
      if (value.isBlank()) {
        throw new IllegalArgumentException(what + " is blank; allowed: a non-blank value");
      }
      return value;
    }
  }

  /** The rows of one subject while reading. */
  private final class SubjectRows {
    final String rsFile;
    final String usubjid;
    String studyId;
    @Nullable LocalDate reference;
    CsvTable.@Nullable Row referenceRow;
    boolean missingFromReference;
    final List<RsAssessment> assessments = new ArrayList<>();
    final Map<Long, String> words = new HashMap<>();
    final Set<String> readers = new LinkedHashSet<>();
    final List<RowError> errors = new ArrayList<>();

    SubjectRows(String rsFile, String usubjid, String studyId) {
      this.rsFile = rsFile;
      this.usubjid = usubjid;
      this.studyId = studyId;
    }

    /** Checks the subject's responses as a whole and puts them in date order, one per date. */
    void finish() {
      if (!errors.isEmpty() || assessments.isEmpty()) {
        return;
      }
      CsvTable.Row refRow = referenceRow;
      LocalDate ref = reference;
      if (ref == null) {
        errors.add(
            refRow == null
                ? new RowError("", 0, usubjid, referenceColumn, "", "missing")
                : refRow.error(
                    usubjid,
                    referenceColumn,
                    "",
                    "missing, and the subject has overall responses; allowed: a full date"));
        return;
      }
      if (evaluatorId == null && readers.size() > 1) {
        RsAssessment first = assessments.get(0);
        errors.add(
            new RowError(
                fileOf(),
                first.row(),
                usubjid,
                "RSEVALID",
                String.join(", ", readers),
                "several readers of " + evaluator + "; choose one with --evaluator-id"));
        return;
      }
      assessments.sort(
          Comparator.comparing(RsAssessment::date).thenComparingLong(RsAssessment::row));
      List<RsAssessment> kept = new ArrayList<>();
      for (RsAssessment assessment : assessments) {
        if (assessment.date().isBefore(ref)) {
          errors.add(
              new RowError(
                  fileOf(),
                  assessment.row(),
                  usubjid,
                  "RSDTC",
                  assessment.date().toString(),
                  "before the reference date " + ref + " (TIME-1)"));
          continue;
        }
        RsAssessment last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (last != null && last.date().equals(assessment.date())) {
          if (last.response() != assessment.response() || last.missing() != assessment.missing()) {
            errors.add(
                new RowError(
                    fileOf(),
                    assessment.row(),
                    usubjid,
                    "RSSTRESC",
                    words.getOrDefault(assessment.row(), ""),
                    "two different responses on "
                        + assessment.date()
                        + " for "
                        + evaluator
                        + " (rows "
                        + last.row()
                        + " and "
                        + assessment.row()
                        + ": '"
                        + words.getOrDefault(last.row(), "")
                        + "' and '"
                        + words.getOrDefault(assessment.row(), "")
                        + "')"));
          }
          continue; // the same response twice on one date counts once (the first row)
        }
        kept.add(assessment);
      }
      assessments.clear();
      assessments.addAll(kept);
    }

    private String fileOf() {
      return rsFile;
    }
  }
}
