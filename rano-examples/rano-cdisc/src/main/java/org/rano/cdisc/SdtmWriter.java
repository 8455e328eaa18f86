package org.rano.cdisc;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.rano.CaseAssessment;
import org.rano.LmCase;
import org.rano.TimePoint;
import org.rano.Visit;
import org.rano.csf.CsfResult;
import org.rano.csf.CsfSample;
import org.rano.imaging.Diameters;
import org.rano.imaging.Imaging;
import org.rano.imaging.NewLesion;
import org.rano.imaging.NonTargetLesion;
import org.rano.imaging.Parenchymal;
import org.rano.imaging.ParenchymalStatus;
import org.rano.imaging.Site;
import org.rano.imaging.TargetLesion;
import org.rano.neuro.Domain;
import org.rano.neuro.DomainValue;
import org.rano.neuro.NeuroExam;

/**
 * Writes cases of raw assessments as the SDTM records that {@link SdtmCases} reads back with the
 * same mapping: {@code dm.csv}, {@code tu.csv}, {@code tr.csv}, {@code lb.csv} and {@code qs.csv}
 * (the project's own test data, {@code rano generate --sdtm}); and {@code rs.csv}, the overall
 * response of each follow-up as the investigator's ({@code RSTESTCD = OVRLRESP}, {@code RSEVAL =
 * INVESTIGATOR}) for the cases added with their assessment, which {@link SdtmReader} reads for
 * {@code rano adrs}.
 *
 * <p>Each case is a subject ({@code USUBJID} = the case id), each visit a {@code VISITNUM} (1 the
 * baseline, {@code VISIT = BASELINE}; then {@code FOLLOW-UP 1}, ...) dated by the visit's date in
 * every {@code --DTC}; {@code RFSTDTC} is the baseline date. Every visit has the QS item "MRI done"
 * ({@code Y} or {@code N}), so that a visit without any other record is still a visit. What a case
 * can hold and SDTM cannot: the site restated on a follow-up's target (TU identifies a lesion and
 * its site once), per-case criteria, a reader and reported calls.
 *
 * <p>Not thread-safe: cases are added one by one, then written.
 */
public final class SdtmWriter {

  /** The file names written, in the order of {@link SdtmCases#read}: TU, TR, LB, QS, DM. */
  public static final List<String> FILES =
      List.of("tu.csv", "tr.csv", "lb.csv", "qs.csv", "dm.csv");

  /** The file of the overall responses (SDTM RS), written beside {@link #FILES}. */
  public static final String RS_FILE = "rs.csv";

  private static final List<String> RS =
      List.of(
          "STUDYID",
          "DOMAIN",
          "USUBJID",
          "RSSEQ",
          "RSTESTCD",
          "RSTEST",
          "RSORRES",
          "RSSTRESC",
          "RSEVAL",
          "RSEVALID",
          "VISITNUM",
          "VISIT",
          "RSDTC");

  private static final List<String> DM =
      List.of("STUDYID", "DOMAIN", "USUBJID", "SUBJID", "RFSTDTC");
  private static final List<String> TU =
      List.of(
          "STUDYID",
          "DOMAIN",
          "USUBJID",
          "TUSEQ",
          "TULNKID",
          "TUTESTCD",
          "TUTEST",
          "TUORRES",
          "TUSTRESC",
          "TULOC",
          "VISITNUM",
          "VISIT",
          "TUDTC");
  private static final List<String> TR =
      List.of(
          "STUDYID",
          "DOMAIN",
          "USUBJID",
          "TRSEQ",
          "TRLNKID",
          "TRTESTCD",
          "TRTEST",
          "TRORRES",
          "TRORRESU",
          "TRSTRESC",
          "TRSTRESN",
          "TRSTRESU",
          "TRSTAT",
          "VISITNUM",
          "VISIT",
          "TRDTC");

  private final SdtmMapping mapping;
  private final String studyId;
  private final List<String> lbColumns;
  private final List<String> qsColumns;
  private final List<@Nullable String[]> dm = new ArrayList<>();
  private final List<@Nullable String[]> tu = new ArrayList<>();
  private final List<@Nullable String[]> tr = new ArrayList<>();
  private final List<@Nullable String[]> lb = new ArrayList<>();
  private final List<@Nullable String[]> qs = new ArrayList<>();
  private final List<@Nullable String[]> rs = new ArrayList<>();
  private final java.util.Set<String> subjects = new java.util.HashSet<>();

  private SdtmWriter(SdtmMapping mapping, String studyId) {
    this.mapping = mapping;
    this.studyId = studyId;
    this.lbColumns =
        List.of(
            "STUDYID",
            "DOMAIN",
            "USUBJID",
            "LBSEQ",
            "LBTESTCD",
            "LBTEST",
            "LBCAT",
            "LBORRES",
            "LBSTRESC",
            "LBSTAT",
            "LBSPEC",
            mapping.volumeColumn,
            "VISITNUM",
            "VISIT",
            "LBDTC");
    this.qsColumns =
        List.of(
            "STUDYID",
            "DOMAIN",
            "USUBJID",
            "QSSEQ",
            "QSCAT",
            "QSTESTCD",
            "QSTEST",
            "QSORRES",
            "QSSTRESC",
            "QSSTRESN",
            "QSSTAT",
            "QSREASND",
            mapping.attributionColumn,
            "VISITNUM",
            "VISIT",
            "QSDTC");
  }

  /**
   * Obtains a writer.
   *
   * @param mapping the mapping whose codes are written, not null
   * @param studyId {@code STUDYID} of every row, not blank
   * @return the writer, not null
   * @throws IllegalArgumentException for a blank study id
   */
  public static SdtmWriter of(SdtmMapping mapping, String studyId) {
    Objects.requireNonNull(mapping, "mapping");
    if (Objects.requireNonNull(studyId, "studyId").isBlank()) {
      throw new IllegalArgumentException("studyId is blank; allowed: a non-blank id");
    }
    return new SdtmWriter(mapping, studyId);
  }

  /**
   * Adds a case as a subject.
   *
   * @param lmCase the case, with an id not used before, not null
   * @throws IllegalArgumentException for a case without an id or with an id used before, with a
   *     LANO 2019 scorecard, a baseline lesion without a site, or a value the mapping has no code
   *     for; nothing of the case is added then
   */
  public void add(LmCase lmCase) {
    addSubject(lmCase, null);
  }

  /**
   * Adds a case as a subject, with the overall response of each follow-up as the investigator's in
   * RS ({@code RSSEQ} from 1, {@code VISITNUM} and {@code RSDTC} of the follow-up).
   *
   * @param lmCase the case, with an id not used before, not null
   * @param assessment the case's assessment, one time point per follow-up, not null
   * @throws IllegalArgumentException as {@link #add(LmCase)} does, or for an assessment of another
   *     number of time points; nothing of the case is added then
   */
  public void add(LmCase lmCase, CaseAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    if (assessment.timePoints().size() != lmCase.followUps().size()) {
      throw new IllegalArgumentException(
          "the assessment has "
              + assessment.timePoints().size()
              + " time points for "
              + lmCase.followUps().size()
              + " follow-ups");
    }
    addSubject(lmCase, assessment);
  }

  private void addSubject(LmCase lmCase, @Nullable CaseAssessment assessment) {
    String usubjid =
        lmCase.id().orElseThrow(() -> new IllegalArgumentException("a case without an id"));
    if (subjects.contains(usubjid)) {
      throw new IllegalArgumentException("the case id " + usubjid + " is used twice");
    }
    Subject subject = new Subject(usubjid);
    subject.dm(lmCase.baseline());
    subject.visit(lmCase.baseline(), 1, "BASELINE", true);
    int number = 1;
    for (Visit visit : lmCase.followUps()) {
      number++;
      subject.visit(visit, number, "FOLLOW-UP " + (number - 1), false);
    }
    if (assessment != null) {
      List<TimePoint> points = assessment.timePoints();
      for (int i = 0; i < points.size(); i++) {
        String code = points.get(i).overall().code();
        rs.add(
            new @Nullable String[] {
              studyId,
              "RS",
              usubjid,
              Integer.toString(i + 1),
              SdtmReader.OVERALL_RESPONSE,
              "Overall Response",
              code,
              code,
              "INVESTIGATOR",
              null,
              Integer.toString(i + 2),
              "FOLLOW-UP " + (i + 1),
              points.get(i).date().toString()
            });
      }
    }
    subjects.add(usubjid);
    dm.addAll(subject.dm);
    tu.addAll(subject.tu);
    tr.addAll(subject.tr);
    lb.addAll(subject.lb);
    qs.addAll(subject.qs);
  }

  /**
   * Writes the five files into a directory (created if missing; existing files replaced), and
   * {@value #RS_FILE} when a case was added with its assessment.
   *
   * @param directory the directory, not null
   * @throws IOException if a file cannot be written
   */
  public void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<List<String>> columns = List.of(TU, TR, lbColumns, qsColumns, DM);
    List<List<@Nullable String[]>> rows = List.of(tu, tr, lb, qs, dm);
    for (int f = 0; f < FILES.size(); f++) {
      try (Writer out =
          Files.newBufferedWriter(directory.resolve(FILES.get(f)), StandardCharsets.UTF_8)) {
        CsvTable.write(out, columns.get(f), rows.get(f));
      }
    }
    if (!rs.isEmpty()) {
      try (Writer out =
          Files.newBufferedWriter(directory.resolve(RS_FILE), StandardCharsets.UTF_8)) {
        CsvTable.write(out, RS, rs);
      }
    }
  }

  /** The rows of one subject, kept apart until the whole case is written without error. */
  private final class Subject {
    final String usubjid;
    final List<@Nullable String[]> dm = new ArrayList<>();
    final List<@Nullable String[]> tu = new ArrayList<>();
    final List<@Nullable String[]> tr = new ArrayList<>();
    final List<@Nullable String[]> lb = new ArrayList<>();
    final List<@Nullable String[]> qs = new ArrayList<>();
    int newLesions;

    Subject(String usubjid) {
      this.usubjid = usubjid;
    }

    void dm(Visit baseline) {
      dm.add(new @Nullable String[] {studyId, "DM", usubjid, usubjid, baseline.date().toString()});
    }

    void visit(Visit visit, int number, String name, boolean baseline) {
      String num = Integer.toString(number);
      String date = visit.date().toString();
      Optional<NeuroExam> neuro = visit.neuro();
      if (neuro.isPresent()) {
        for (Map.Entry<Domain, DomainValue> entry : neuro.get().values().entrySet()) {
          Domain domain = entry.getKey();
          DomainValue value = entry.getValue();
          String code = SdtmMapping.codeOf(mapping.domains, domain, "domain");
          OptionalInt level = value.level();
          String text = level.isPresent() ? Integer.toString(level.getAsInt()) : null;
          String cause =
              value.attributedTo().isPresent()
                  ? SdtmMapping.codeOf(mapping.attributions, value.attributedTo().get(), "cause")
                  : null;
          qs(
              code,
              domain.displayName(),
              text,
              text,
              level.isPresent() ? null : SdtmCases.NOT_DONE,
              value.note().orElse(null),
              cause,
              num,
              name,
              date);
        }
      }
      Optional<BigDecimal> steroids = visit.steroidMgPerDay();
      if (steroids.isPresent()) {
        String dose = steroids.get().toPlainString();
        qs(
            mapping.steroids,
            "Steroid Dose (mg/day)",
            dose,
            dose,
            null,
            null,
            null,
            num,
            name,
            date);
      }
      Optional<Parenchymal> parenchymal = visit.parenchymal();
      if (parenchymal.isPresent()) {
        Optional<ParenchymalStatus> brain = parenchymal.get().brain();
        if (brain.isPresent()) {
          String word = SdtmMapping.codeOf(mapping.parenchymalStatuses, brain.get(), "status");
          qs(
              mapping.parenchymalBrain,
              "Brain Parenchymal Metastases",
              word,
              null,
              null,
              null,
              null,
              num,
              name,
              date);
        }
        Optional<ParenchymalStatus> spine = parenchymal.get().spine();
        if (spine.isPresent()) {
          String word = SdtmMapping.codeOf(mapping.parenchymalStatuses, spine.get(), "status");
          qs(
              mapping.parenchymalSpine,
              "Spine Parenchymal Metastases",
              word,
              null,
              null,
              null,
              null,
              num,
              name,
              date);
        }
      }
      if (visit.clinicalDeterioration()) {
        qs(
            mapping.clinicalDeterioration,
            "Clinical Deterioration",
            "Y",
            null,
            null,
            null,
            null,
            num,
            name,
            date);
      }
      Optional<Imaging> imaging = visit.imaging();
      if (visit.lano2019().isPresent()) {
        throw new IllegalArgumentException(
            usubjid + " " + visit.date() + ": a LANO 2019 scorecard; allowed: the 2017 scorecard");
      }
      qs(
          mapping.mriDone,
          "MRI Done",
          imaging.isPresent() ? "Y" : "N",
          null,
          null,
          null,
          null,
          num,
          name,
          date);
      Optional<CsfSample> csf = visit.csf();
      if (csf.isPresent()) {
        CsfResult result = csf.get().result();
        String word =
            result == CsfResult.NOT_DONE
                ? null
                : SdtmMapping.codeOf(mapping.results, result, "CSF result");
        String volume = csf.get().volumeMl().map(BigDecimal::toPlainString).orElse(null);
        lb.add(
            new @Nullable String[] {
              studyId,
              "LB",
              usubjid,
              Integer.toString(lb.size() + 1),
              mapping.lbTestCode,
              "Malignant Cells",
              "CYTOLOGY",
              word,
              word,
              result == CsfResult.NOT_DONE ? SdtmCases.NOT_DONE : null,
              mapping.lbSpec,
              volume,
              num,
              name,
              date
            });
      }
      if (imaging.isPresent()) {
        imaging(imaging.get(), num, name, date, baseline);
      }
    }

    private void imaging(Imaging imaging, String num, String name, String date, boolean baseline) {
      if (baseline) {
        for (TargetLesion target : imaging.targets()) {
          tu(
              target.id(),
              SdtmMapping.Role.TARGET,
              site(target.site(), target.id()),
              num,
              name,
              date);
        }
        for (NonTargetLesion nonTarget : imaging.nonTargets()) {
          tu(
              nonTarget.id(),
              SdtmMapping.Role.NON_TARGET,
              site(nonTarget.site(), nonTarget.id()),
              num,
              name,
              date);
        }
      }
      for (TargetLesion target : imaging.targets()) {
        OptionalInt score = target.score();
        String text = score.isPresent() ? Integer.toString(score.getAsInt()) : null;
        tr(
            target.id(),
            mapping.trScore,
            "RANO-LM Extent Score",
            text,
            null,
            text,
            score.isPresent() ? null : SdtmCases.NOT_DONE,
            num,
            name,
            date);
        Optional<Diameters> diameters = target.diameters();
        if (diameters.isPresent()) {
          String longMm = diameters.get().longMm().toPlainString();
          String shortMm = diameters.get().shortMm().toPlainString();
          tr(
              target.id(),
              mapping.trLong,
              "Longest Diameter",
              longMm,
              "mm",
              longMm,
              null,
              num,
              name,
              date);
          tr(
              target.id(),
              mapping.trShort,
              "Longest Perpendicular",
              shortMm,
              "mm",
              shortMm,
              null,
              num,
              name,
              date);
        }
      }
      for (NonTargetLesion nonTarget : imaging.nonTargets()) {
        boolean ne = nonTarget.status() == org.rano.imaging.NonTargetStatus.NE;
        String word =
            ne
                ? null
                : SdtmMapping.codeOf(mapping.statuses, nonTarget.status(), "non-target status");
        tr(
            nonTarget.id(),
            mapping.trStatus,
            "Tumor State",
            word,
            null,
            null,
            ne ? SdtmCases.NOT_DONE : null,
            num,
            name,
            date);
      }
      for (NewLesion lesion : imaging.newLesions()) {
        newLesions++;
        tu(
            "NEW" + newLesions,
            lesion.equivocal() ? SdtmMapping.Role.NEW_EQUIVOCAL : SdtmMapping.Role.NEW,
            lesion.site(),
            num,
            name,
            date);
      }
    }

    private Site site(Optional<Site> site, String id) {
      return site.orElseThrow(
          () ->
              new IllegalArgumentException(
                  usubjid + ": the baseline lesion " + id + " has no site; TU needs one"));
    }

    private void tu(
        String id, SdtmMapping.Role role, Site site, String num, String name, String date) {
      String word = SdtmMapping.codeOf(mapping.roles, role, "lesion role");
      tu.add(
          new @Nullable String[] {
            studyId,
            "TU",
            usubjid,
            Integer.toString(tu.size() + 1),
            id,
            mapping.tuTestCode,
            "Tumor Identification",
            word,
            word,
            SdtmMapping.codeOf(mapping.sites, site, "site"),
            num,
            name,
            date
          });
    }

    private void tr(
        String id,
        String code,
        String test,
        @Nullable String result,
        @Nullable String unit,
        @Nullable String numeric,
        @Nullable String stat,
        String num,
        String name,
        String date) {
      tr.add(
          new @Nullable String[] {
            studyId,
            "TR",
            usubjid,
            Integer.toString(tr.size() + 1),
            id,
            code,
            test,
            result,
            unit,
            result,
            numeric,
            unit,
            stat,
            num,
            name,
            date
          });
    }

    private void qs(
        String code,
        String test,
        @Nullable String result,
        @Nullable String numeric,
        @Nullable String stat,
        @Nullable String reason,
        @Nullable String cause,
        String num,
        String name,
        String date) {
      qs.add(
          new @Nullable String[] {
            studyId,
            "QS",
            usubjid,
            Integer.toString(qs.size() + 1),
            mapping.qsCat,
            code,
            test,
            result,
            result,
            numeric,
            stat,
            reason,
            cause,
            num,
            name,
            date
          });
    }
  }
}
