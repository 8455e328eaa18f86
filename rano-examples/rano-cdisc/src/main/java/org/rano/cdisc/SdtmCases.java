package org.rano.cdisc;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rano.InvalidInputException;
import org.rano.LmCase;
import org.rano.Visit;
import org.rano.cdisc.CsvTable.Row;
import org.rano.cdisc.SdtmMapping.Role;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Parenchymal;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Attribution;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * Turns SDTM records of the RANO-LM components into cases of raw assessments, one per subject of
 * DM, with {@code USUBJID} as the case id, through a {@link SdtmMapping}: lesions identified in TU
 * ({@code TUTESTCD}, role from {@code TUSTRESC} falling back to {@code TUORRES}, site from {@code
 * TULOC}, linked by {@code TULNKID}), their results in TR (linked by {@code TRLNKID}: the 0-3
 * score, the two diameters in mm, the non-target status), CSF cytology in LB ({@code LBTESTCD} and
 * {@code LBSPEC}, the volume from a merged supplemental qualifier column) and the ten neurological
 * domains, the steroid dose, parenchymal status, clinical deterioration and "MRI done" in QS (one
 * {@code QSCAT}). Rows of other tests are not RANO-LM data and are not read; but a row of a test
 * the mapping reads ({@code LBTESTCD} of CSF cytology, a {@code QSTESTCD} of the mapping's QS
 * items) under another {@code LBSPEC} or {@code QSCAT} is an error record, so that a mapping that
 * does not match the data (say {@code QSCAT 'rano-lm'} for {@code 'RANO-LM'}) drops nothing
 * silently.
 *
 * <p>A diameter is {@code TRSTRESN} in the unit {@code TRSTRESU}, or when that is missing {@code
 * TRORRES} in {@code TRORRESU}: {@code mm} is read as is, {@code cm} is converted to mm exactly
 * (times ten), a missing unit is read as mm, any other unit is an error record.
 *
 * <p>Visits are grouped by {@code VISITNUM}; a visit's date is its rows' {@code --DTC} (all its
 * dated rows must agree). The baseline is the visit with the lowest {@code VISITNUM}, or the one
 * whose {@code VISIT} the mapping names. A result that is "not done" ({@code --STAT = NOT DONE}) is
 * not evaluable (a domain, a target, a non-target) or {@code NOT_DONE} (CSF), with {@code --REASND}
 * as the note of a domain.
 *
 * <p>Every case is built by rano-core's builders, which alone decide whether it is valid. Nothing
 * is dropped silently: a code the mapping does not know, a level out of range, an exam without one
 * of the ten domains, a missing or partial date, a lesion not identified in TU, a subject missing
 * from DM, a case the builders reject: each is a {@link RowError} naming the file, row, {@code
 * USUBJID}, variable and value where it can; the subject gets no case; every other subject is read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SdtmCases {

  /** {@code --STAT} of a result not obtained. */
  static final String NOT_DONE = "NOT DONE";

  /**
   * A full ISO 8601 date, optionally with a time ({@code Thh}, {@code Thh:mm}, {@code Thh:mm:ss} or
   * {@code Thh:mm:ss.f}), as SDTM's {@code --DTC} holds it; the reader of RS uses it too.
   */
  static final Pattern FULL_DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(T([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?)?)?");

  /** The most digits, and the largest power of ten, of a {@code VISITNUM}. */
  private static final int MAX_DIGITS = 18;

  private static final Pattern DATE_AND_SOMETHING = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.+");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
  private static final Pattern VISIT_PATH =
      Pattern.compile("(baseline|followUps\\[(\\d+)\\])\\.?(.*)");
  private static final Pattern LAST_SEGMENT = Pattern.compile("(.*)(\\.[^.\\[]*|\\[\\d+\\])");

  private final SdtmMapping mapping;

  /**
   * What was read: the cases, in the order of DM, and the error records.
   *
   * @param cases the cases, each accepted by rano-core's builders, possibly empty, not null
   * @param errors the error records (a subject with one has no case), possibly empty, not null
   */
  public record Result(List<LmCase> cases, List<RowError> errors) {
    /**
     * Creates the record, copying its components.
     *
     * @param cases the cases, not null
     * @param errors the error records, not null
     */
    public Result {
      cases = List.copyOf(cases);
      errors = List.copyOf(errors);
    }
  }

  private SdtmCases(SdtmMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Obtains a reader with a mapping.
   *
   * @param mapping the mapping, e.g. {@link SdtmMapping#defaults()}, not null
   * @return the reader, not null
   */
  public static SdtmCases of(SdtmMapping mapping) {
    return new SdtmCases(Objects.requireNonNull(mapping, "mapping"));
  }

  /**
   * Reads the five SDTM files (CSV with a header row; extra columns ignored; {@code NA} and empty
   * cells missing).
   *
   * @param tu TU, not null
   * @param tr TR, not null
   * @param lb LB, not null
   * @param qs QS, not null
   * @param dm DM, not null
   * @return the cases and error records, not null
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException naming the file, for a file that is empty, not UTF-8 (a
   *     leading byte order mark is allowed), not CSV, lacks a needed column or has a column twice
   */
  public Result read(Path tu, Path tr, Path lb, Path qs, Path dm) throws IOException {
    try (Reader tuIn = CsvTable.open(tu);
        Reader trIn = CsvTable.open(tr);
        Reader lbIn = CsvTable.open(lb);
        Reader qsIn = CsvTable.open(qs);
        Reader dmIn = CsvTable.open(dm)) {
      return read(
          CsvTable.rows(tu.toString(), tuIn, List.of("USUBJID", "TUTESTCD", "VISITNUM")),
          CsvTable.rows(tr.toString(), trIn, List.of("USUBJID", "TRTESTCD", "TRLNKID", "VISITNUM")),
          CsvTable.rows(lb.toString(), lbIn, List.of("USUBJID", "LBTESTCD", "VISITNUM")),
          CsvTable.rows(qs.toString(), qsIn, List.of("USUBJID", "QSTESTCD", "VISITNUM")),
          CsvTable.rows(dm.toString(), dmIn, List.of("USUBJID")));
    }
  }

  private Result read(List<Row> tu, List<Row> tr, List<Row> lb, List<Row> qs, List<Row> dm) {
    List<RowError> errors = new ArrayList<>();
    Map<String, SubjectRows> subjects = new LinkedHashMap<>();
    for (Row row : dm) {
      String usubjid = row.get("USUBJID");
      if (usubjid == null) {
        errors.add(row.error("", "USUBJID", "", "missing; every row needs a subject"));
      } else if (subjects.containsKey(usubjid)) {
        subjects
            .get(usubjid)
            .errors
            .add(row.error(usubjid, "USUBJID", usubjid, "the subject appears twice in DM"));
      } else {
        subjects.put(usubjid, new SubjectRows(usubjid, row));
      }
    }
    Map<String, SubjectRows> strays = new LinkedHashMap<>();
    for (Row row : tu) {
      if (mapping.tuTestCode.equals(row.get("TUTESTCD"))) {
        SubjectRows subject = subjectOf(row, "TU", subjects, strays, errors);
        if (subject != null) {
          String role = roleWord(row);
          if (role != null && !isNew(mapping.roles.get(role)) && row.get("TULNKID") != null) {
            subject.linkIds.add(row.text("TULNKID"));
          }
          subject.add(row, "TU", Component.TU);
        }
      }
    }
    List<String> trCodes =
        List.of(mapping.trScore, mapping.trLong, mapping.trShort, mapping.trStatus);
    for (Row row : tr) {
      String usubjid = row.get("USUBJID");
      SubjectRows known = usubjid == null ? null : subjects.get(usubjid);
      boolean ours =
          trCodes.contains(row.text("TRTESTCD"))
              || (known != null && known.linkIds.contains(row.text("TRLNKID")));
      if (ours) {
        SubjectRows subject = subjectOf(row, "TR", subjects, strays, errors);
        if (subject != null) {
          subject.add(row, "TR", Component.TR);
        }
      }
    }
    for (Row row : lb) {
      if (mapping.lbTestCode.equals(row.get("LBTESTCD"))) {
        SubjectRows subject = subjectOf(row, "LB", subjects, strays, errors);
        if (subject == null) {
          continue;
        }
        if (mapping.lbSpec.equals(row.get("LBSPEC"))) {
          subject.add(row, "LB", Component.LB);
        } else {
          subject.errors.add(notUnder(row, subject, "LBSPEC", mapping.lbSpec, "LB.LBSPEC"));
        }
      }
    }
    java.util.Set<String> qsCodes = new java.util.HashSet<>(mapping.domains.keySet());
    qsCodes.addAll(
        List.of(
            mapping.steroids,
            mapping.parenchymalBrain,
            mapping.parenchymalSpine,
            mapping.clinicalDeterioration,
            mapping.mriDone));
    for (Row row : qs) {
      boolean category = mapping.qsCat.equals(row.get("QSCAT"));
      if (category || qsCodes.contains(row.text("QSTESTCD"))) {
        SubjectRows subject = subjectOf(row, "QS", subjects, strays, errors);
        if (subject == null) {
          continue;
        }
        if (category) {
          subject.add(row, "QS", Component.QS);
        } else {
          subject.errors.add(notUnder(row, subject, "QSCAT", mapping.qsCat, "QS.QSCAT"));
        }
      }
    }
    List<LmCase> cases = new ArrayList<>();
    for (SubjectRows subject : subjects.values()) {
      LmCase built = subject.errors.isEmpty() ? new CaseBuilder(subject).build() : null;
      if (built != null) {
        cases.add(built);
      }
      errors.addAll(subject.errors);
    }
    for (SubjectRows stray : strays.values()) {
      errors.addAll(stray.errors);
    }
    return new Result(cases, errors);
  }

  /** The words of a mapping table for an "allowed:" list, each quoted, as they may hold commas. */
  static String quoted(java.util.Collection<String> words) {
    StringBuilder text = new StringBuilder();
    for (String word : words) {
      text.append(text.length() == 0 ? "'" : ", '").append(word).append('\'');
    }
    return text.toString();
  }

  /**
   * The error record of a row of a test the mapping reads but under another category or specimen:
   * it would otherwise be left out silently, as not RANO-LM data.
   */
  private static RowError notUnder(
      Row row, SubjectRows subject, String variable, String mapped, String key) {
    String test = variable.substring(0, 2) + "TESTCD";
    return row.error(
        subject.usubjid,
        variable,
        row.get(variable),
        row.text(test) + " is read under " + variable + " '" + mapped + "' (mapping " + key + ")");
  }

  private static boolean isNew(@Nullable Role role) {
    return role == Role.NEW || role == Role.NEW_EQUIVOCAL;
  }

  private static @Nullable String roleWord(Row row) {
    String word = row.get("TUSTRESC");
    return word != null ? word : row.get("TUORRES");
  }

  /** The subject of a row; null (with an error record) when it has none or is not in DM. */
  private static @Nullable SubjectRows subjectOf(
      Row row,
      String domain,
      Map<String, SubjectRows> subjects,
      Map<String, SubjectRows> strays,
      List<RowError> errors) {
    String usubjid = row.get("USUBJID");
    if (usubjid == null) {
      errors.add(row.error("", "USUBJID", "", "missing; every row needs a subject"));
      return null;
    }
    SubjectRows subject = subjects.get(usubjid);
    if (subject != null) {
      return subject;
    }
    SubjectRows stray = strays.get(usubjid);
    if (stray == null) {
      stray = new SubjectRows(usubjid, null);
      strays.put(usubjid, stray);
      stray.errors.add(
          row.error(
              usubjid,
              "USUBJID",
              usubjid,
              "the subject of this " + domain + " row is not in DM; every subject needs a DM row"));
    }
    return null;
  }

  /** Reads a full date of a {@code --DTC}; null (with an error) when it is not one. */
  private static @Nullable LocalDate date(
      Row row, String variable, String usubjid, List<RowError> errors) {
    String text = row.get(variable);
    if (text == null) {
      return null;
    }
    Matcher matcher = FULL_DATE.matcher(text);
    if (matcher.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(matcher.group(1)),
            Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)));
      } catch (DateTimeException e) {
        errors.add(row.error(usubjid, variable, text, "not a date: " + e.getMessage()));
        return null;
      }
    }
    errors.add(
        row.error(
            usubjid,
            variable,
            text,
            (DATE_AND_SOMETHING.matcher(text).matches()
                    ? "a full date followed by something that is not an ISO 8601 time"
                    : "not a full date (a partial date cannot date a visit)")
                + "; allowed: YYYY-MM-DD, optionally followed by a time Thh, Thh:mm, Thh:mm:ss or"
                + " Thh:mm:ss.f (hours 00-23)"));
    return null;
  }

  /** The SDTM components, in the order a visit's rows are kept. */
  private enum Component {
    TU,
    TR,
    LB,
    QS
  }

  /** The rows of one subject while reading. */
  private static final class SubjectRows {
    final String usubjid;
    final @Nullable Row dmRow;
    final List<RowError> errors = new ArrayList<>();
    final java.util.Set<String> linkIds = new java.util.HashSet<>();
    final TreeMap<BigDecimal, VisitRows> visits = new TreeMap<>();

    SubjectRows(String usubjid, @Nullable Row dmRow) {
      this.usubjid = usubjid;
      this.dmRow = dmRow;
    }

    void add(Row row, String domain, Component component) {
      String text = row.get("VISITNUM");
      BigDecimal number;
      try {
        number = text == null ? null : new BigDecimal(text);
      } catch (NumberFormatException e) {
        number = null;
      }
      if (number == null) {
        errors.add(
            row.error(
                usubjid,
                "VISITNUM",
                text,
                "missing or not a number; allowed: a number such as 2 or 2.1"));
        return;
      }
      number = number.stripTrailingZeros();
      if (number.precision() > MAX_DIGITS || Math.abs((long) number.scale()) > MAX_DIGITS) {
        errors.add(
            row.error(
                usubjid,
                "VISITNUM",
                text,
                "a number of more than "
                    + MAX_DIGITS
                    + " digits or a power of ten beyond "
                    + MAX_DIGITS
                    + "; allowed: a number such as 2 or 2.1"));
        return;
      }
      VisitRows visit = visits.computeIfAbsent(number, VisitRows::new);
      String name = row.get("VISIT");
      if (name != null && visit.name == null) {
        visit.name = name;
      }
      String dtc = domain + "DTC";
      LocalDate date = date(row, dtc, usubjid, errors);
      if (date != null) {
        LocalDate before = visit.date;
        Row beforeRow = visit.dateRow;
        if (before == null) {
          visit.date = date;
          visit.dateRow = row;
          visit.dateVariable = dtc;
        } else if (!before.equals(date) && beforeRow != null) {
          errors.add(
              row.error(
                  usubjid,
                  dtc,
                  row.text(dtc),
                  "VISITNUM "
                      + text
                      + " is dated "
                      + before
                      + " by "
                      + beforeRow.file
                      + " row "
                      + beforeRow.number
                      + "; the rows of one visit must agree on its date"));
        }
      }
      visit.rows.computeIfAbsent(component, c -> new ArrayList<>()).add(row);
    }
  }

  /** The rows of one visit of a subject. */
  private static final class VisitRows {
    final BigDecimal number;
    @Nullable String name;
    @Nullable LocalDate date;
    @Nullable Row dateRow;
    String dateVariable = "";
    final Map<Component, List<Row>> rows = new java.util.EnumMap<>(Component.class);

    VisitRows(BigDecimal number) {
      this.number = number;
    }

    List<Row> of(Component component) {
      return rows.getOrDefault(component, List.of());
    }

    @Nullable Row firstRow() {
      for (List<Row> list : rows.values()) {
        if (!list.isEmpty()) {
          return list.get(0);
        }
      }
      return null;
    }

    String label() {
      return "VISITNUM " + number.toPlainString() + (name == null ? "" : " (" + name + ")");
    }
  }

  /** Where a field of a visit came from: a row and its variable, for error records. */
  private record Source(Row row, String variable) {}

  /** A lesion identified in TU. */
  private record Lesion(String id, Role role, Site site, Row row) {}

  /** The TR rows of one lesion at one visit, by test code. */
  private static final class LesionRows {
    final Map<String, Row> byTest = new HashMap<>();
  }

  /** Builds the case of one subject, adding error records to the subject. */
  private final class CaseBuilder {
    private final SubjectRows subject;
    private final List<RowError> errors;
    private final String usubjid;
    private final List<Map<String, Source>> sources = new ArrayList<>();
    private final Map<String, Lesion> lesions = new LinkedHashMap<>();

    CaseBuilder(SubjectRows subject) {
      this.subject = subject;
      this.errors = subject.errors;
      this.usubjid = subject.usubjid;
    }

    @Nullable LmCase build() {
      Row dmRow = subject.dmRow;
      if (subject.visits.isEmpty()) {
        errors.add(
            dmRow == null
                ? new RowError("", 0, usubjid, "USUBJID", usubjid, "no rows")
                : dmRow.error(
                    usubjid,
                    "USUBJID",
                    usubjid,
                    "no RANO-LM rows in TU, TR, LB or QS; a case needs at least a baseline visit"));
        return null;
      }
      List<VisitRows> visits = new ArrayList<>(subject.visits.values());
      int baseline = baselineIndex(visits);
      if (baseline < 0) {
        return null;
      }
      for (int v = 0; v < baseline; v++) {
        Row first = visits.get(v).firstRow();
        if (first != null) {
          errors.add(
              first.error(
                  usubjid,
                  "VISITNUM",
                  first.get("VISITNUM"),
                  visits.get(v).label()
                      + " comes before the baseline visit "
                      + visits.get(baseline).label()
                      + "; allowed: visits from the baseline on"));
        }
      }
      if (!errors.isEmpty()) {
        return null;
      }
      List<VisitRows> used = visits.subList(baseline, visits.size());
      for (VisitRows visit : used) {
        for (Row row : visit.of(Component.TU)) {
          identify(row, visit == used.get(0));
        }
      }
      if (!errors.isEmpty()) {
        return null; // the TR rows of a lesion not identified would only repeat the error
      }
      List<Visit> built = new ArrayList<>();
      for (int v = 0; v < used.size(); v++) {
        Map<String, Source> fieldSources = new HashMap<>();
        sources.add(fieldSources);
        Visit visit =
            visit(
                used.get(v),
                v == 0,
                fieldSources,
                v == 0 ? "baseline" : "followUps[" + (v - 1) + "]");
        if (visit != null) {
          built.add(visit);
        }
      }
      if (!errors.isEmpty()) {
        return null;
      }
      try {
        return LmCase.builder()
            .id(usubjid)
            .baseline(built.get(0))
            .followUps(built.subList(1, built.size()))
            .build();
      } catch (InvalidInputException e) {
        errors.add(located(e));
        return null;
      }
    }

    private int baselineIndex(List<VisitRows> visits) {
      String name = mapping.baselineVisit;
      if (name == null) {
        return 0;
      }
      for (int v = 0; v < visits.size(); v++) {
        if (name.equals(visits.get(v).name)) {
          return v;
        }
      }
      Row first = visits.get(0).firstRow();
      Row at = first != null ? first : subject.dmRow;
      errors.add(
          at == null
              ? new RowError("", 0, usubjid, "VISIT", "", "no baseline visit")
              : at.error(
                  usubjid,
                  "VISIT",
                  at.get("VISIT"),
                  "no visit is the baseline visit '"
                      + name
                      + "' the mapping names (baselineVisit)"));
      return -1;
    }

    /**
     * Reads a TU row: identifies a target or non-target at baseline; new lesions are read later.
     */
    private void identify(Row row, boolean atBaseline) {
      String word = roleWord(row);
      Role role = word == null ? null : mapping.roles.get(word);
      if (role == null) {
        errors.add(
            row.error(
                usubjid,
                row.get("TUSTRESC") != null ? "TUSTRESC" : "TUORRES",
                word,
                (word == null ? "missing" : "an unknown lesion role")
                    + "; allowed: "
                    + quoted(mapping.roles.keySet())));
        return;
      }
      if (isNew(role)) {
        return;
      }
      String id = row.get("TULNKID");
      if (id == null) {
        errors.add(
            row.error(
                usubjid, "TULNKID", "", "missing; a " + word + " lesion needs the id TR links to"));
        return;
      }
      if (!atBaseline) {
        errors.add(
            row.error(
                usubjid,
                "VISITNUM",
                row.get("VISITNUM"),
                "a "
                    + word
                    + " lesion identified after the baseline visit; allowed: targets and"
                    + " non-targets identified at baseline (IMG-1)"));
        return;
      }
      Lesion before = lesions.get(id);
      if (before != null) {
        errors.add(
            row.error(
                usubjid,
                "TULNKID",
                id,
                "the lesion is identified twice (also "
                    + before.row().file
                    + " row "
                    + before.row().number
                    + ")"));
        return;
      }
      Site site = site(row);
      if (site != null) {
        lesions.put(id, new Lesion(id, role, site, row));
      }
    }

    private @Nullable Site site(Row row) {
      String loc = row.get("TULOC");
      Site site = loc == null ? null : mapping.sites.get(loc);
      if (site == null) {
        errors.add(
            row.error(
                usubjid,
                "TULOC",
                loc,
                (loc == null ? "missing" : "an unknown location")
                    + "; allowed: "
                    + quoted(mapping.sites.keySet())));
      }
      return site;
    }

    private @Nullable Visit visit(
        VisitRows rows, boolean atBaseline, Map<String, Source> fieldSources, String path) {
      LocalDate date = rows.date;
      Row dateRow = rows.dateRow;
      Row first = rows.firstRow();
      if (first != null) {
        fieldSources.put("", new Source(first, "VISITNUM"));
      }
      if (date == null || dateRow == null) {
        if (first != null) {
          errors.add(
              first.error(
                  usubjid,
                  "--DTC",
                  "",
                  rows.label()
                      + " has no dated row; allowed: a full date in TUDTC, TRDTC, LBDTC or QSDTC"));
        }
        return null;
      }
      fieldSources.put("date", new Source(dateRow, rows.dateVariable));
      Visit.Builder visit = Visit.on(date);
      int before = errors.size();
      try {
        qs(rows, visit, fieldSources);
        lb(rows, visit, fieldSources);
        imaging(rows, atBaseline, visit, fieldSources);
        if (errors.size() > before) {
          return null;
        }
        return visit.build();
      } catch (InvalidInputException e) {
        errors.add(located(e.withPrefix(path)));
        return null;
      }
    }

    private void qs(VisitRows rows, Visit.Builder visit, Map<String, Source> fieldSources) {
      Map<Domain, DomainValue> values = new LinkedHashMap<>();
      Row firstDomainRow = null;
      Parenchymal parenchymal = null;
      Map<String, Row> seen = new HashMap<>();
      for (Row row : rows.of(Component.QS)) {
        String code = row.text("QSTESTCD");
        Row twice = seen.put(code, row);
        if (twice != null) {
          errors.add(
              row.error(
                  usubjid,
                  "QSTESTCD",
                  code,
                  "given twice at " + rows.label() + " (also row " + twice.number + ")"));
          continue;
        }
        if (disagree(row, "QS")) {
          continue;
        }
        Domain domain = mapping.domains.get(code);
        if (domain != null) {
          firstDomainRow = firstDomainRow == null ? row : firstDomainRow;
          fieldSources.put("neuro." + domain.key(), new Source(row, "QSSTRESN"));
          DomainValue value = domainValue(row, domain, code);
          if (value != null) {
            values.put(domain, value);
          }
        } else if (code.equals(mapping.steroids)) {
          fieldSources.put("steroidMgPerDay", new Source(row, "QSSTRESN"));
          BigDecimal dose = number(row, "QSSTRESN", "QSORRES", "a dose in mg per day");
          if (dose != null) {
            visit.steroids(dose);
          }
        } else if (code.equals(mapping.parenchymalBrain) || code.equals(mapping.parenchymalSpine)) {
          fieldSources.put("parenchymal", new Source(row, "QSSTRESC"));
          String word = result(row, "QSSTRESC", "QSORRES");
          ParenchymalStatus status = word == null ? null : mapping.parenchymalStatuses.get(word);
          if (status == null) {
            errors.add(unknown(row, "QSSTRESC", word, mapping.parenchymalStatuses.keySet()));
          } else {
            Parenchymal base = parenchymal == null ? Parenchymal.none() : parenchymal;
            parenchymal =
                code.equals(mapping.parenchymalBrain)
                    ? base.withBrain(status)
                    : base.withSpine(status);
          }
        } else if (code.equals(mapping.clinicalDeterioration)) {
          fieldSources.put("clinicalDeterioration", new Source(row, "QSSTRESC"));
          Boolean yes = yesNo(row);
          if (yes != null) {
            visit.clinicalDeterioration(yes);
          }
        } else if (code.equals(mapping.mriDone)) {
          yesNo(row);
        } else {
          List<String> allowed = new ArrayList<>(mapping.domains.keySet());
          allowed.addAll(
              List.of(
                  mapping.steroids,
                  mapping.parenchymalBrain,
                  mapping.parenchymalSpine,
                  mapping.clinicalDeterioration,
                  mapping.mriDone));
          errors.add(
              row.error(
                  usubjid,
                  "QSTESTCD",
                  code,
                  "an unknown RANO-LM item of QSCAT "
                      + mapping.qsCat
                      + "; allowed: "
                      + String.join(", ", allowed)));
        }
      }
      if (parenchymal != null) {
        visit.parenchymal(parenchymal);
      }
      if (firstDomainRow == null) {
        return;
      }
      fieldSources.put("neuro", new Source(firstDomainRow, "QSTESTCD"));
      NeuroExam.Builder exam = NeuroExam.builder();
      boolean complete = true;
      for (Map.Entry<String, Domain> entry : mapping.domains.entrySet()) {
        if (!seen.containsKey(entry.getKey())) {
          complete = false;
          errors.add(
              firstDomainRow.error(
                  usubjid,
                  "QSTESTCD",
                  entry.getKey(),
                  "the neurological exam at "
                      + rows.label()
                      + " has no row for "
                      + entry.getKey()
                      + " ("
                      + entry.getValue().key()
                      + "); an exam given names all ten domains (a domain not assessed is"
                      + " QSSTAT = NOT DONE)"));
        }
      }
      if (complete && values.size() == Lano.INSTRUMENT.domains().size()) {
        for (Map.Entry<Domain, DomainValue> entry : values.entrySet()) {
          exam.set(entry.getKey(), entry.getValue());
        }
        visit.neuro(exam.build());
      }
    }

    private @Nullable DomainValue domainValue(Row row, Domain domain, String code) {
      DomainValue value;
      if (NOT_DONE.equals(row.get("QSSTAT"))) {
        String note = row.get("QSREASND");
        value = note == null ? DomainValue.notEvaluable() : DomainValue.notEvaluable(note);
      } else {
        String text = result(row, "QSSTRESN", "QSORRES");
        if (text == null || !INTEGER.matcher(text).matches()) {
          errors.add(
              row.error(
                  usubjid,
                  "QSSTRESN",
                  text,
                  (text == null ? "missing" : "not a whole number")
                      + "; allowed: a level of "
                      + code
                      + " ("
                      + domain.key()
                      + ") 0-"
                      + domain.maxLevel()
                      + ", or QSSTAT = NOT DONE"));
          return null;
        }
        int level = Integer.parseInt(text);
        if (!domain.hasLevel(level)) {
          errors.add(
              row.error(
                  usubjid,
                  "QSSTRESN",
                  text,
                  "out of range; allowed: a level of "
                      + code
                      + " ("
                      + domain.key()
                      + ") 0-"
                      + domain.maxLevel()));
          return null;
        }
        value = DomainValue.level(level);
      }
      String cause = row.get(mapping.attributionColumn);
      if (cause != null) {
        Attribution attribution = mapping.attributions.get(cause);
        if (attribution == null) {
          errors.add(unknown(row, mapping.attributionColumn, cause, mapping.attributions.keySet()));
          return null;
        }
        value = value.withCause(attribution);
      }
      return value;
    }

    private void lb(VisitRows rows, Visit.Builder visit, Map<String, Source> fieldSources) {
      List<Row> cytology = rows.of(Component.LB);
      if (cytology.isEmpty()) {
        return;
      }
      Row row = cytology.get(0);
      for (Row other : cytology.subList(1, cytology.size())) {
        errors.add(
            other.error(
                usubjid,
                "LBTESTCD",
                other.get("LBTESTCD"),
                "a second CSF cytology at "
                    + rows.label()
                    + " (also row "
                    + row.number
                    + "); allowed: one per visit"));
      }
      fieldSources.put("csf", new Source(row, "LBSTRESC"));
      CsfResult result;
      if (NOT_DONE.equals(row.get("LBSTAT"))) {
        result = CsfResult.NOT_DONE;
      } else {
        String word = result(row, "LBSTRESC", "LBORRES");
        CsfResult mapped = word == null ? null : mapping.results.get(word);
        if (mapped == null) {
          errors.add(unknown(row, "LBSTRESC", word, mapping.results.keySet()));
          return;
        }
        result = mapped;
      }
      String volume = row.get(mapping.volumeColumn);
      if (volume == null) {
        visit.csf(CsfSample.of(result));
        return;
      }
      fieldSources.put("csf.volumeMl", new Source(row, mapping.volumeColumn));
      BigDecimal ml = number(row, mapping.volumeColumn, mapping.volumeColumn, "a volume in mL");
      if (ml != null) {
        try {
          visit.csf(CsfSample.of(result, ml));
        } catch (InvalidInputException e) {
          errors.add(
              row.error(
                  usubjid,
                  mapping.volumeColumn,
                  volume,
                  "rejected by rano-core: " + e.getMessage()));
        }
      }
    }

    private void imaging(
        VisitRows rows, boolean atBaseline, Visit.Builder visit, Map<String, Source> fieldSources) {
      Boolean mri = null;
      Row mriRow = null;
      for (Row row : rows.of(Component.QS)) {
        if (mapping.mriDone.equals(row.get("QSTESTCD"))) {
          mri = yesNoQuiet(row);
          mriRow = row;
        }
      }
      List<Row> tu = rows.of(Component.TU);
      List<Row> tr = rows.of(Component.TR);
      boolean hasRows =
          !tr.isEmpty() || (!tu.isEmpty() && !atBaseline) || (atBaseline && !lesions.isEmpty());
      if (mriRow != null && Boolean.FALSE.equals(mri) && hasRows) {
        errors.add(
            mriRow.error(
                usubjid,
                "QSSTRESC",
                mriRow.text("QSSTRESC"),
                "MRI not done at " + rows.label() + " but TU or TR rows record lesions there"));
        return;
      }
      if (!Boolean.TRUE.equals(mri) && !hasRows) {
        return;
      }
      visit.imagingDone();
      int before = errors.size();
      Map<String, LesionRows> results = new LinkedHashMap<>();
      for (Row row : tr) {
        String id = row.text("TRLNKID");
        Lesion lesion = lesions.get(id);
        if (lesion == null) {
          errors.add(
              row.error(
                  usubjid,
                  "TRLNKID",
                  id,
                  "not a target or non-target identified in TU (TULNKID) at the baseline visit"));
          continue;
        }
        if (disagree(row, "TR")) {
          continue;
        }
        String code = row.text("TRTESTCD");
        List<String> allowed =
            lesion.role() == Role.TARGET
                ? List.of(mapping.trScore, mapping.trLong, mapping.trShort)
                : List.of(mapping.trStatus);
        if (!allowed.contains(code)) {
          errors.add(
              row.error(
                  usubjid,
                  "TRTESTCD",
                  code,
                  "an unknown test of a "
                      + lesion.role().name().replace('_', '-')
                      + " lesion; allowed: "
                      + String.join(", ", allowed)));
          continue;
        }
        Row twice = results.computeIfAbsent(id, k -> new LesionRows()).byTest.put(code, row);
        if (twice != null) {
          errors.add(
              row.error(
                  usubjid,
                  "TRTESTCD",
                  code,
                  "given twice for "
                      + id
                      + " at "
                      + rows.label()
                      + " (also row "
                      + twice.number
                      + ")"));
        }
      }
      if (errors.size() > before) {
        return; // the lesions' other rows would only repeat the error
      }
      int targetIndex = 0;
      int nonTargetIndex = 0;
      for (Lesion lesion : lesions.values()) {
        LesionRows found = results.get(lesion.id());
        if (found == null && atBaseline) {
          String test = lesion.role() == Role.TARGET ? mapping.trScore : mapping.trStatus;
          errors.add(
              lesion
                  .row()
                  .error(
                      usubjid,
                      "TULNKID",
                      lesion.id(),
                      "identified at baseline without its TR result ("
                          + test
                          + ") at the baseline visit"));
          continue;
        }
        if (found == null) {
          continue; // left out: rano-core decides whether a follow-up may leave it out
        }
        if (lesion.role() == Role.TARGET) {
          TargetLesion target = target(lesion, found, atBaseline);
          if (target != null) {
            fieldSources.put(
                "targets[" + targetIndex + "]",
                new Source(found.byTest.getOrDefault(mapping.trScore, lesion.row()), "TRSTRESN"));
            targetIndex++;
            visit.target(target);
          }
        } else {
          Row row = found.byTest.get(mapping.trStatus);
          if (row == null) {
            continue;
          }
          NonTargetStatus status;
          if (NOT_DONE.equals(row.get("TRSTAT"))) {
            status = NonTargetStatus.NE;
          } else {
            String word = result(row, "TRSTRESC", "TRORRES");
            NonTargetStatus mapped = word == null ? null : mapping.statuses.get(word);
            if (mapped == null) {
              errors.add(unknown(row, "TRSTRESC", word, mapping.statuses.keySet()));
              continue;
            }
            status = mapped;
          }
          fieldSources.put("nonTargets[" + nonTargetIndex + "]", new Source(row, "TRSTRESC"));
          nonTargetIndex++;
          visit.nonTarget(
              atBaseline
                  ? NonTargetLesion.of(lesion.id(), lesion.site(), status)
                  : NonTargetLesion.of(lesion.id(), status));
        }
      }
      int newIndex = 0;
      for (Row row : tu) {
        String word = roleWord(row);
        Role role = word == null ? null : mapping.roles.get(word);
        if (isNew(role)) {
          Site site = site(row);
          if (site != null) {
            fieldSources.put("newLesions[" + newIndex + "]", new Source(row, "TULOC"));
            newIndex++;
            visit.newLesion(NewLesion.of(site, role == Role.NEW_EQUIVOCAL));
          }
        }
      }
    }

    private @Nullable TargetLesion target(Lesion lesion, LesionRows found, boolean atBaseline) {
      Row scoreRow = found.byTest.get(mapping.trScore);
      Row longRow = found.byTest.get(mapping.trLong);
      Row shortRow = found.byTest.get(mapping.trShort);
      if (scoreRow == null) {
        Row any = longRow != null ? longRow : shortRow;
        if (any != null) {
          errors.add(
              any.error(
                  usubjid,
                  "TRTESTCD",
                  any.get("TRTESTCD"),
                  "a diameter of " + lesion.id() + " without its score (" + mapping.trScore + ")"));
        }
        return null;
      }
      TargetLesion target;
      if (NOT_DONE.equals(scoreRow.get("TRSTAT"))) {
        target = TargetLesion.notEvaluable(lesion.id());
      } else {
        String text = result(scoreRow, "TRSTRESN", "TRORRES");
        if (text == null || !INTEGER.matcher(text).matches()) {
          errors.add(
              scoreRow.error(
                  usubjid,
                  "TRSTRESN",
                  text,
                  (text == null ? "missing" : "not a whole number")
                      + "; allowed: a score 0-3 (1-3 at baseline), or TRSTAT = NOT DONE"));
          return null;
        }
        try {
          target = TargetLesion.of(lesion.id(), Integer.parseInt(text));
        } catch (InvalidInputException e) {
          errors.add(
              scoreRow.error(
                  usubjid, "TRSTRESN", text, "rejected by rano-core: " + e.getMessage()));
          return null;
        }
      }
      if (atBaseline) {
        target = target.withSite(lesion.site());
      }
      if (longRow != null || shortRow != null) {
        if (longRow == null || shortRow == null) {
          Row given = longRow != null ? longRow : Objects.requireNonNull(shortRow);
          errors.add(
              given.error(
                  usubjid,
                  "TRTESTCD",
                  given.get("TRTESTCD"),
                  "one diameter of "
                      + lesion.id()
                      + " without the other; allowed: both "
                      + mapping.trLong
                      + " and "
                      + mapping.trShort
                      + ", or neither"));
          return null;
        }
        BigDecimal longMm = millimetres(longRow);
        BigDecimal shortMm = millimetres(shortRow);
        if (longMm == null || shortMm == null) {
          return null;
        }
        try {
          target = target.withDiameters(Diameters.of(longMm, shortMm));
        } catch (InvalidInputException e) {
          errors.add(
              longRow.error(
                  usubjid,
                  "TRSTRESN",
                  longRow.get("TRSTRESN"),
                  "rejected by rano-core: " + e.getMessage()));
          return null;
        }
      }
      return target;
    }

    /**
     * Whether a row's {@code --STRESC} and {@code --STRESN} are both given but are not the same
     * number; adds the error record.
     */
    private boolean disagree(Row row, String domain) {
      String character = row.get(domain + "STRESC");
      String numeric = row.get(domain + "STRESN");
      if (character == null || numeric == null) {
        return false;
      }
      try {
        if (new BigDecimal(character).compareTo(new BigDecimal(numeric)) == 0) {
          return false;
        }
      } catch (NumberFormatException e) {
        // not the same number: reported below
      }
      errors.add(
          row.error(
              usubjid,
              domain + "STRESC",
              character,
              "disagrees with "
                  + domain
                  + "STRESN '"
                  + numeric
                  + "'; allowed: the same number in both, or only one of them"));
      return true;
    }

    /**
     * A diameter in mm: {@code TRSTRESN} in the unit {@code TRSTRESU}, or else {@code TRORRES} in
     * {@code TRORRESU}; {@code mm} as is, {@code cm} times ten (exactly), no unit read as mm.
     */
    private @Nullable BigDecimal millimetres(Row row) {
      boolean standard = row.get("TRSTRESN") != null;
      BigDecimal value = number(row, "TRSTRESN", "TRORRES", "a diameter in mm");
      if (value == null) {
        return null;
      }
      String unitColumn = standard ? "TRSTRESU" : "TRORRESU";
      String unit = row.get(unitColumn);
      if (unit == null || unit.equals("mm")) {
        return value;
      }
      if (unit.equals("cm")) {
        try {
          return value.movePointRight(1);
        } catch (ArithmeticException e) { // the scale overflows: 1E+2147483647
          errors.add(
              row.error(
                  usubjid,
                  standard ? "TRSTRESN" : "TRORRES",
                  result(row, "TRSTRESN", "TRORRES"),
                  "too large to convert to mm; allowed: a diameter in mm or cm"));
          return null;
        }
      }
      errors.add(
          row.error(
              usubjid,
              unitColumn,
              unit,
              "not a unit of a diameter; allowed: 'mm', 'cm' (converted to mm), or none (read as"
                  + " mm)"));
      return null;
    }

    private @Nullable String result(Row row, String standard, String original) {
      String value = row.get(standard);
      return value != null ? value : row.get(original);
    }

    private @Nullable BigDecimal number(Row row, String standard, String original, String what) {
      String text = result(row, standard, original);
      if (text != null) {
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      errors.add(
          row.error(
              usubjid,
              standard,
              text,
              (text == null ? "missing" : "not a number") + "; allowed: " + what));
      return null;
    }

    private @Nullable Boolean yesNo(Row row) {
      Boolean yes = yesNoQuiet(row);
      if (yes == null) {
        errors.add(
            row.error(usubjid, "QSSTRESC", result(row, "QSSTRESC", "QSORRES"), "allowed: Y, N"));
      }
      return yes;
    }

    private @Nullable Boolean yesNoQuiet(Row row) {
      String word = result(row, "QSSTRESC", "QSORRES");
      return "Y".equals(word) ? Boolean.TRUE : "N".equals(word) ? Boolean.FALSE : null;
    }

    private RowError unknown(
        Row row, String variable, @Nullable String word, java.util.Set<String> allowed) {
      return row.error(
          usubjid,
          variable,
          word,
          (word == null ? "missing" : "a word the mapping does not know")
              + "; allowed: "
              + quoted(allowed));
    }

    /** An error of rano-core's builders, located at the row that gave the field where possible. */
    private RowError located(InvalidInputException e) {
      String path = e.path();
      Matcher matcher = VISIT_PATH.matcher(path);
      if (matcher.matches()) {
        int index = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)) + 1;
        if (index < sources.size()) {
          Map<String, Source> fields = sources.get(index);
          String field = matcher.group(3);
          while (true) {
            Source source = fields.get(field);
            if (source != null) {
              return source
                  .row()
                  .error(
                      usubjid,
                      source.variable(),
                      source.row().get(source.variable()),
                      "rejected by rano-core: " + e.getMessage());
            }
            if (field.isEmpty()) {
              break;
            }
            Matcher last = LAST_SEGMENT.matcher(field);
            field = last.matches() ? last.group(1) : "";
          }
        }
      }
      Row dmRow = subject.dmRow;
      return dmRow == null
          ? new RowError(
              "", 0, usubjid, "USUBJID", usubjid, "rejected by rano-core: " + e.getMessage())
          : dmRow.error(usubjid, "USUBJID", usubjid, "rejected by rano-core: " + e.getMessage());
    }
  }
}
