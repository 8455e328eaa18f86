package org.rano.cdisc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rano.LmCase;
import org.rano.Visit;
import org.rano.csf.CsfSample;
import org.rano.imaging.NonTargetStatus;
import org.rano.imaging.Site;
import org.rano.neuro.Lano;
import org.rano.neuro.NeuroExam;

/**
 * {@link SdtmCases}: every kind of mapping error is an error record of its subject naming the file,
 * row, USUBJID, variable and value, and nothing else is lost (the other subject's case is read).
 * The files are written by {@link SdtmWriter} from two cases, A and B, and then one cell of B's is
 * spoilt.
 */
class SdtmCasesTest {

  @TempDir Path dir;

  /** A case with every component: exam, CSF with volume, a target with diameters, a non-target. */
  private static LmCase subject(String id, String baseline, String followUp) {
    return LmCase.builder()
        .id(id)
        .baseline(
            Visit.on(baseline)
                .neuro(NeuroExam.normal().with(Lano.GAIT, 1))
                .csf(CsfSample.of(org.rano.csf.CsfResult.POSITIVE, 10))
                .target(
                    org.rano.imaging.TargetLesion.of("T1", Site.BRAIN_NODULE, 2)
                        .withDiameters(12, 7))
                .nonTarget("N1", Site.HYDROCEPHALUS, NonTargetStatus.PRESENT)
                .steroids(4)
                .build())
        .followUp(
            Visit.on(followUp)
                .neuro(NeuroExam.normal().withNotEvaluable(Lano.HEARING, "aphasia"))
                .csf(CsfSample.negative(8))
                .target("T1", 1)
                .nonTarget("N1", NonTargetStatus.PRESENT)
                .build())
        .build();
  }

  @BeforeEach
  void writeFiles() throws IOException {
    SdtmWriter writer = SdtmWriter.of(SdtmMapping.defaults(), "STUDY1");
    writer.add(subject("A", "2026-01-05", "2026-02-02"));
    writer.add(subject("B", "2026-01-12", "2026-02-09"));
    writer.write(dir);
  }

  private SdtmCases.Result read() throws IOException {
    return read(SdtmMapping.defaults());
  }

  private SdtmCases.Result read(SdtmMapping mapping) throws IOException {
    return SdtmCases.of(mapping)
        .read(
            dir.resolve("tu.csv"),
            dir.resolve("tr.csv"),
            dir.resolve("lb.csv"),
            dir.resolve("qs.csv"),
            dir.resolve("dm.csv"));
  }

  /**
   * Replaces {@code from} by {@code to} in the first line of {@code file} of subject B that
   * contains {@code marker}; returns that line's row number (the header is row 1).
   */
  private long spoil(String file, String marker, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(path));
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.contains(",B,") && line.contains(marker) && line.contains(from)) {
        lines.set(i, line.replace(from, to));
        Files.write(path, lines);
        return i + 1L;
      }
    }
    throw new AssertionError("no line of B with " + marker + " and " + from + " in " + file);
  }

  /** Removes the first line of B in {@code file} that contains {@code marker}. */
  private void remove(String file, String marker) throws IOException {
    Path path = dir.resolve(file);
    List<String> lines = new ArrayList<>(Files.readAllLines(path));
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).contains(",B,") && lines.get(i).contains(marker)) {
        lines.remove(i);
        Files.write(path, lines);
        return;
      }
    }
    throw new AssertionError("no line of B with " + marker + " in " + file);
  }

  /** Asserts that A was read whole and B is one error record, and returns it. */
  private RowError onlyErrorOfB(SdtmCases.Result result) {
    assertThat(result.cases()).extracting(c -> c.id().orElseThrow()).containsExactly("A");
    assertThat(result.cases().get(0)).isEqualTo(subject("A", "2026-01-05", "2026-02-02"));
    assertThat(result.errors()).hasSize(1);
    RowError error = result.errors().get(0);
    assertThat(error.usubjid()).isEqualTo("B");
    return error;
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void unchangedFiles_giveBothCasesBack_equalToTheOriginals() throws IOException {
    SdtmCases.Result result = read();
    assertThat(result.errors()).isEmpty();
    assertThat(result.cases())
        .containsExactly(
            subject("A", "2026-01-05", "2026-02-02"), subject("B", "2026-01-12", "2026-02-09"));
  }

  @Test
  void unknownQsItem_isAnErrorRecord() throws IOException {
    long row = spoil("qs.csv", ",LMSTEROI,", ",LMSTEROI,", ",LMSTEROX,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.file()).isEqualTo(file("qs.csv"));
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("QSTESTCD");
    assertThat(error.value()).isEqualTo("LMSTEROX");
    assertThat(error.message())
        .startsWith("an unknown RANO-LM item of QSCAT RANO-LM; allowed: ")
        .contains("LMGAIT", "LMSTEROI", "LMMRI");
  }

  @Test
  void levelOutOfRange_isAnErrorRecord() throws IOException {
    long row = spoil("qs.csv", ",LMGAIT,", ",1,1,1,", ",9,9,9,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("QSSTRESN");
    assertThat(error.value()).isEqualTo("9");
    assertThat(error.message())
        .isEqualTo("out of range; allowed: a level of LMGAIT (gait) 0-" + Lano.GAIT.maxLevel());
  }

  @Test
  void qsstrescDisagreeingWithQsstresn_isAnErrorRecord() throws IOException {
    long row = spoil("qs.csv", ",LMGAIT,", ",1,1,1,", ",1,1,2,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("QSSTRESC");
    assertThat(error.value()).isEqualTo("1");
    assertThat(error.message())
        .isEqualTo(
            "disagrees with QSSTRESN '2'; allowed: the same number in both, or only one of them");
  }

  @Test
  void qsstrescAndQsstresn_theSameNumberWrittenTwoWays_agree() throws IOException {
    spoil("qs.csv", ",LMSTEROI,", ",4,4,4,", ",4,4,4.00,");
    assertThat(read().errors()).isEmpty();
  }

  @Test
  void trstrescDisagreeingWithTrstresn_isAnErrorRecord() throws IOException {
    long row = spoil("tr.csv", ",LDIAM,", ",12,mm,12,12,", ",12,mm,12,13,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("TRSTRESC");
    assertThat(error.message()).startsWith("disagrees with TRSTRESN '13'");
  }

  @Test
  void levelWithAFraction_isAnErrorRecord() throws IOException {
    spoil("qs.csv", ",LMGAIT,", ",1,1,1,", ",1.5,1.5,1.5,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("QSSTRESN");
    assertThat(error.value()).isEqualTo("1.5");
    assertThat(error.message()).startsWith("not a whole number; allowed: a level of LMGAIT");
  }

  @Test
  void examWithoutADomain_isAnErrorRecord_namingTheMissingCode() throws IOException {
    remove("qs.csv", ",LMSWALL,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("QSTESTCD");
    assertThat(error.value()).isEqualTo("LMSWALL");
    assertThat(error.message())
        .startsWith(
            "the neurological exam at VISITNUM 1 (BASELINE) has no row for LMSWALL (swallowing);");
  }

  @Test
  void qsItemTwiceAtOneVisit_isAnErrorRecord() throws IOException {
    Path qs = dir.resolve("qs.csv");
    String gait =
        Files.readAllLines(qs).stream()
            .filter(l -> l.contains(",B,") && l.contains(",LMGAIT,"))
            .findFirst()
            .orElseThrow();
    Files.writeString(qs, Files.readString(qs) + gait.replace(",1,1,1,", ",2,2,2,") + "\n");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(Files.readAllLines(qs).size());
    assertThat(error.variable()).isEqualTo("QSTESTCD");
    assertThat(error.value()).isEqualTo("LMGAIT");
    assertThat(error.message()).startsWith("given twice at VISITNUM 1 (BASELINE) (also row ");
  }

  @Test
  void unknownAttribution_isAnErrorRecord() throws IOException {
    // the attribution column (LMATTRIB) is empty: the row of gait ends with ",,,1,BASELINE,"
    spoil("qs.csv", ",LMGAIT,", ",,,1,BASELINE,", ",,TOXICITY,1,BASELINE,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("LMATTRIB");
    assertThat(error.value()).isEqualTo("TOXICITY");
    assertThat(error.message()).startsWith("a word the mapping does not know; allowed: 'BRAIN");
  }

  @Test
  void unknownSite_isAnErrorRecord() throws IOException {
    long row = spoil("tu.csv", ",T1,", "\"BRAIN, NODULAR\"", "CEREBELLUM");
    RowError error = onlyErrorOfB(read());
    assertThat(error.file()).isEqualTo(file("tu.csv"));
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("TULOC");
    assertThat(error.value()).isEqualTo("CEREBELLUM");
    assertThat(error.message())
        .startsWith("an unknown location; allowed: 'BRAIN, NODULAR', 'SPINE, NODULAR', ");
  }

  @Test
  void unknownLesionRole_isAnErrorRecord() throws IOException {
    spoil("tu.csv", ",T1,", ",TARGET,TARGET,", ",TARGET,MEASURABLE,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("TUSTRESC");
    assertThat(error.value()).isEqualTo("MEASURABLE");
    assertThat(error.message())
        .isEqualTo(
            "an unknown lesion role; allowed: 'TARGET', 'NON-TARGET', 'NEW', 'NEW, EQUIVOCAL'");
  }

  @Test
  void unknownTrTestOfATarget_isAnErrorRecord() throws IOException {
    long row = spoil("tr.csv", ",LDIAM,", ",LDIAM,", ",VOLUME,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.file()).isEqualTo(file("tr.csv"));
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("TRTESTCD");
    assertThat(error.value()).isEqualTo("VOLUME");
    assertThat(error.message())
        .isEqualTo("an unknown test of a TARGET lesion; allowed: LMSCORE, LDIAM, LPERP");
  }

  @Test
  void trRowOfALesionNotInTu_isAnErrorRecord() throws IOException {
    spoil("tr.csv", ",LMSCORE,", ",T1,", ",T9,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("TRLNKID");
    assertThat(error.value()).isEqualTo("T9");
    assertThat(error.message()).startsWith("not a target or non-target identified in TU");
  }

  @Test
  void oneDiameterWithoutTheOther_isAnErrorRecord() throws IOException {
    remove("tr.csv", ",LPERP,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("TRTESTCD");
    assertThat(error.value()).isEqualTo("LDIAM");
    assertThat(error.message()).startsWith("one diameter of T1 without the other");
  }

  @Test
  void diameterInCm_isConvertedToMmExactly() throws IOException {
    spoil("tr.csv", ",LDIAM,", ",12,mm,12,12,mm,", ",1.2,cm,1.2,1.2,cm,");
    spoil("tr.csv", ",LPERP,", ",7,mm,7,7,mm,", ",7,mm,0.7,0.7,cm,");
    SdtmCases.Result result = read();
    assertThat(result.errors()).isEmpty();
    assertThat(result.cases().get(1)).isEqualTo(subject("B", "2026-01-12", "2026-02-09"));
  }

  @Test
  void diameterInOriginalUnitsOnly_isReadInTrorresu() throws IOException {
    spoil("tr.csv", ",LDIAM,", ",12,mm,12,12,mm,", ",1.2,cm,,,,");
    SdtmCases.Result result = read();
    assertThat(result.errors()).isEmpty();
    assertThat(result.cases().get(1)).isEqualTo(subject("B", "2026-01-12", "2026-02-09"));
  }

  @Test
  void diameterWithoutAUnit_isReadAsMm() throws IOException {
    spoil("tr.csv", ",LDIAM,", ",12,mm,12,12,mm,", ",12,,12,12,,");
    SdtmCases.Result result = read();
    assertThat(result.errors()).isEmpty();
    assertThat(result.cases().get(1)).isEqualTo(subject("B", "2026-01-12", "2026-02-09"));
  }

  @Test
  void diameterInCmWhoseConversionOverflowsTheScale_isAnErrorRecord() throws IOException {
    long row =
        spoil("tr.csv", ",LDIAM,", ",12,mm,12,12,mm,", ",12,mm,1E+2147483647,1E+2147483647,cm,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("TRSTRESN");
    assertThat(error.message())
        .isEqualTo("too large to convert to mm; allowed: a diameter in mm or cm");
  }

  @Test
  void diameterInAnotherUnit_isAnErrorRecord_namingTheAllowedUnits() throws IOException {
    long row = spoil("tr.csv", ",LPERP,", ",7,mm,7,7,mm,", ",0.28,in,7,7,in,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("TRSTRESU");
    assertThat(error.value()).isEqualTo("in");
    assertThat(error.message())
        .isEqualTo(
            "not a unit of a diameter; allowed: 'mm', 'cm' (converted to mm), or none (read as"
                + " mm)");
  }

  @Test
  void unknownNonTargetStatus_isAnErrorRecord() throws IOException {
    spoil("tr.csv", ",TUMSTATE,", ",PRESENT,", ",GROWING,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("TRSTRESC");
    assertThat(error.value()).isEqualTo("GROWING");
  }

  @Test
  void unknownCsfResult_isAnErrorRecord() throws IOException {
    long row = spoil("lb.csv", ",MLIGCE,", ",POSITIVE,POSITIVE,", ",ATYPICAL,ATYPICAL,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.file()).isEqualTo(file("lb.csv"));
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("LBSTRESC");
    assertThat(error.value()).isEqualTo("ATYPICAL");
    assertThat(error.message())
        .isEqualTo(
            "a word the mapping does not know; allowed: 'POSITIVE', 'EQUIVOCAL', 'NEGATIVE'");
  }

  @Test
  void csfVolumeNotANumber_isAnErrorRecord() throws IOException {
    spoil("lb.csv", ",MLIGCE,", "\"CEREBROSPINAL FLUID\",10,", "\"CEREBROSPINAL FLUID\",ten,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("CSFVOL");
    assertThat(error.value()).isEqualTo("ten");
  }

  @Test
  void partialDate_isAnErrorRecord() throws IOException {
    long row = spoil("lb.csv", ",MLIGCE,", ",2026-01-12", ",2026-01");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("LBDTC");
    assertThat(error.value()).isEqualTo("2026-01");
    assertThat(error.message()).startsWith("not a full date");
  }

  @Test
  void dateFollowedByGarbage_isAnErrorRecord_aTimeMustBeIso8601() throws IOException {
    long row = spoil("qs.csv", ",LMGAIT,", ",2026-01-12", ",2026-01-12Tgarbage");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("QSDTC");
    assertThat(error.value()).isEqualTo("2026-01-12Tgarbage");
    assertThat(error.message())
        .isEqualTo(
            "a full date followed by something that is not an ISO 8601 time; allowed:"
                + " YYYY-MM-DD, optionally followed by a time Thh, Thh:mm, Thh:mm:ss or"
                + " Thh:mm:ss.f (hours 00-23)");
  }

  @Test
  void dateWithAnHourOutOfRange_isAnErrorRecord() throws IOException {
    spoil("qs.csv", ",LMGAIT,", ",2026-01-12", ",2026-01-12T24:00");
    assertThat(onlyErrorOfB(read()).value()).isEqualTo("2026-01-12T24:00");
  }

  @Test
  void dateWithAnIso8601Time_isRead() throws IOException {
    spoil("qs.csv", ",LMGAIT,", ",2026-01-12", ",2026-01-12T09:30:15.5");
    spoil("lb.csv", ",MLIGCE,", ",2026-01-12", ",2026-01-12T09");
    assertThat(read().errors()).isEmpty();
  }

  @Test
  void rowsOfOneVisitWithTwoDates_isAnErrorRecord() throws IOException {
    spoil("lb.csv", ",MLIGCE,", ",2026-01-12", ",2026-01-13");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("LBDTC");
    assertThat(error.value()).isEqualTo("2026-01-13");
    assertThat(error.message())
        .startsWith("VISITNUM 1 is dated 2026-01-12 by ")
        .endsWith("; the rows of one visit must agree on its date");
  }

  @Test
  void missingVisitnum_isAnErrorRecord() throws IOException {
    spoil("lb.csv", ",MLIGCE,", ",1,BASELINE,", ",,BASELINE,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("VISITNUM");
    assertThat(error.message()).startsWith("missing or not a number");
  }

  @Test
  void visitnumOfHugePrecisionOrScale_isAnErrorRecord_neverPrintedInFull() throws IOException {
    for (String huge : List.of("1e2147483647", "1E-2147483647", "1234567890123456789", "1e19")) {
      writeFiles();
      long row = spoil("lb.csv", ",MLIGCE,", ",1,BASELINE,", "," + huge + ",BASELINE,");
      RowError error = onlyErrorOfB(read());
      assertThat(error.row()).isEqualTo(row);
      assertThat(error.variable()).isEqualTo("VISITNUM");
      assertThat(error.value()).isEqualTo(huge);
      assertThat(error.message())
          .isEqualTo(
              "a number of more than 18 digits or a power of ten beyond 18; allowed: a number"
                  + " such as 2 or 2.1");
    }
  }

  @Test
  void visitnumOfEighteenDigits_isRead() throws IOException {
    for (String file : List.of("tu.csv", "tr.csv", "lb.csv", "qs.csv")) {
      Path path = dir.resolve(file);
      Files.writeString(
          path, Files.readString(path).replace(",2,FOLLOW-UP", ",1000000000.00000002,FOLLOW-UP"));
    }
    SdtmCases.Result result = read();
    assertThat(result.errors()).isEmpty();
    assertThat(result.cases()).hasSize(2);
  }

  @Test
  void subjectMissingFromDm_isAnErrorRecord() throws IOException {
    remove("dm.csv", ",B,");
    SdtmCases.Result result = read();
    RowError error = onlyErrorOfB(result);
    assertThat(error.file()).isEqualTo(file("tu.csv"));
    assertThat(error.variable()).isEqualTo("USUBJID");
    assertThat(error.message())
        .isEqualTo("the subject of this TU row is not in DM; every subject needs a DM row");
  }

  @Test
  void subjectInDmWithoutRows_isAnErrorRecord() throws IOException {
    Path dm = dir.resolve("dm.csv");
    Files.writeString(dm, Files.readString(dm) + "STUDY1,DM,C,C,2026-01-01\n");
    SdtmCases.Result result = read();
    assertThat(result.cases()).hasSize(2);
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).usubjid()).isEqualTo("C");
    assertThat(result.errors().get(0).row()).isEqualTo(4);
    assertThat(result.errors().get(0).message()).startsWith("no RANO-LM rows in TU, TR, LB or QS");
  }

  @Test
  void caseRejectedByRanoCore_isAnErrorRecord_atTheRowOfTheField() throws IOException {
    // a baseline target scored 0: TargetLesion accepts 0-3, the case builder 1-3 at baseline
    long row = spoil("tr.csv", ",LMSCORE,", ",2,,2,2,", ",0,,0,0,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.file()).isEqualTo(file("tr.csv"));
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("TRSTRESN");
    assertThat(error.value()).isEqualTo("0");
    assertThat(error.message()).startsWith("rejected by rano-core: baseline.targets[0]");
  }

  @Test
  void followUpWithoutABaselineTarget_isRejectedByRanoCore() throws IOException {
    remove("tr.csv", ",\"FOLLOW-UP 1\","); // the follow-up's score of T1 (its first TR row)
    RowError error = onlyErrorOfB(read());
    assertThat(error.message()).startsWith("rejected by rano-core: followUps[0].targets");
  }

  @Test
  void lesionIdentifiedWithoutItsBaselineResult_isAnErrorRecord() throws IOException {
    remove("tr.csv", ",TUMSTATE,"); // N1's status at baseline
    RowError error = onlyErrorOfB(read());
    assertThat(error.file()).isEqualTo(file("tu.csv"));
    assertThat(error.variable()).isEqualTo("TULNKID");
    assertThat(error.value()).isEqualTo("N1");
    assertThat(error.message())
        .isEqualTo("identified at baseline without its TR result (TUMSTATE) at the baseline visit");
  }

  @Test
  void mriNotDoneButLesionRows_isAnErrorRecord() throws IOException {
    spoil("qs.csv", ",LMMRI,", ",Y,Y,", ",N,N,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.variable()).isEqualTo("QSSTRESC");
    assertThat(error.message()).startsWith("MRI not done at VISITNUM 1 (BASELINE) but TU or TR");
  }

  @Test
  void baselineVisitByName_visitsBeforeItAreErrorRecords() throws IOException {
    SdtmMapping mapping =
        SdtmMapping.read("map.json", new StringReader("{\"baselineVisit\": \"FOLLOW-UP 1\"}"));
    SdtmCases.Result result = read(mapping);
    assertThat(result.cases()).isEmpty();
    assertThat(result.errors())
        .extracting(RowError::usubjid, RowError::variable, RowError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "VISITNUM", BEFORE_BASELINE),
            org.assertj.core.groups.Tuple.tuple("B", "VISITNUM", BEFORE_BASELINE));
  }

  private static final String BEFORE_BASELINE =
      "VISITNUM 1 (BASELINE) comes before the baseline visit VISITNUM 2 (FOLLOW-UP 1); allowed:"
          + " visits from the baseline on";

  @Test
  void baselineVisitByName_notFound_isAnErrorRecord() throws IOException {
    SdtmMapping mapping =
        SdtmMapping.read("map.json", new StringReader("{\"baselineVisit\": \"SCREENING\"}"));
    SdtmCases.Result result = read(mapping);
    assertThat(result.cases()).isEmpty();
    assertThat(result.errors())
        .hasSize(2)
        .allSatisfy(
            e ->
                assertThat(e.message())
                    .isEqualTo(
                        "no visit is the baseline visit 'SCREENING' the mapping names"
                            + " (baselineVisit)"));
  }

  @Test
  void baselineVisitByName_found_readsTheCases() throws IOException {
    SdtmMapping mapping =
        SdtmMapping.read("map.json", new StringReader("{\"baselineVisit\": \"BASELINE\"}"));
    assertThat(read(mapping).cases()).hasSize(2);
  }

  @Test
  void fileWithoutANeededColumn_isRefusedWhole() throws IOException {
    Files.writeString(dir.resolve("qs.csv"), "STUDYID,USUBJID,VISITNUM\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            file("qs.csv")
                + ": the header has no column QSTESTCD; needed: USUBJID,"
                + " QSTESTCD, VISITNUM");
  }

  @Test
  void emptyFile_isRefused_sayingSoAndNamingTheNeededHeader() throws IOException {
    Files.writeString(dir.resolve("qs.csv"), "");
    assertThatThrownBy(this::read)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            file("qs.csv")
                + ": the file is empty (the file is refused); needed: a header with USUBJID,"
                + " QSTESTCD, VISITNUM");
    Files.writeString(dir.resolve("qs.csv"), "\uFEFF");
    assertThatThrownBy(this::read).hasMessageContaining(": the file is empty");
  }

  @Test
  void blankHeaderLine_isRefused_namingTheNeededHeader() throws IOException {
    Files.writeString(dir.resolve("dm.csv"), "\nSTUDYID,USUBJID\n");
    assertThatThrownBy(this::read)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            file("dm.csv")
                + " line 1: the header line is blank (the file is refused); needed: a header"
                + " with USUBJID");
  }

  @Test
  void byteThatIsNotUtf8_isRefused_namingTheFileLineAndWhatIsAllowed() throws IOException {
    Path qs = dir.resolve("qs.csv");
    byte[] bytes = Files.readAllBytes(qs);
    int third = 0;
    for (int i = 0, lines = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && ++lines == 2) {
        third = i + 1;
        break;
      }
    }
    bytes[third + 1] = (byte) 0xE9; // Latin-1 e acute, on line 3
    Files.write(qs, bytes);
    assertThatThrownBy(this::read)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            file("qs.csv")
                + " line 3 (byte "
                + (third + 2)
                + "): 0xE9 is not UTF-8 (the file is refused); allowed: UTF-8 (optionally with"
                + " a BOM)");
  }

  @Test
  void byteThatIsNotUtf8_inAReaderOpenedByTheCaller_isRefused_namingTheFile() throws IOException {
    // SdtmReader opens its files itself with Files.newBufferedReader (a decoder that reports)
    Path rs = dir.resolve("rs.csv");
    Files.write(rs, new byte[] {'U', 'S', 'U', 'B', 'J', 'I', 'D', '\n', 'A', (byte) 0xE9, '\n'});
    try (java.io.Reader in = Files.newBufferedReader(rs, java.nio.charset.StandardCharsets.UTF_8)) {
      assertThatThrownBy(() -> CsvTable.rows("rs.csv", in, List.of("USUBJID")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "rs.csv: not UTF-8 (the file is refused): MalformedInputException; allowed: UTF-8"
                  + " (optionally with a BOM)");
    }
  }

  @Test
  void byteOrderMark_isAllowed() throws IOException {
    Path dm = dir.resolve("dm.csv");
    Files.writeString(dm, "\uFEFF" + Files.readString(dm));
    assertThat(read().cases()).hasSize(2);
  }

  @Test
  void columnGivenTwice_isRefused_namingIt() throws IOException {
    Path dm = dir.resolve("dm.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(dm));
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, lines.get(i) + (i == 0 ? ",USUBJID" : ",X"));
    }
    Files.write(dm, lines);
    assertThatThrownBy(this::read)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            file("dm.csv")
                + ": the header has the column USUBJID twice (the file is refused); allowed:"
                + " each column once");
  }

  @Test
  void mappedQsTestUnderAnotherQscat_isAnErrorRecord() throws IOException {
    long row = spoil("qs.csv", ",LMGAIT,", ",RANO-LM,", ",rano-lm,");
    RowError error = onlyErrorOfB(read());
    assertThat(error.file()).isEqualTo(file("qs.csv"));
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.text())
        .endsWith(
            "USUBJID B: QSCAT 'rano-lm': LMGAIT is read under QSCAT 'RANO-LM' (mapping"
                + " QS.QSCAT)");
  }

  @Test
  void cytologyOfAnotherLbspec_isAnErrorRecord() throws IOException {
    long row = spoil("lb.csv", ",MLIGCE,", "CEREBROSPINAL FLUID", "CSF");
    RowError error = onlyErrorOfB(read());
    assertThat(error.row()).isEqualTo(row);
    assertThat(error.variable()).isEqualTo("LBSPEC");
    assertThat(error.value()).isEqualTo("CSF");
    assertThat(error.message())
        .isEqualTo("MLIGCE is read under LBSPEC 'CEREBROSPINAL FLUID' (mapping LB.LBSPEC)");
  }

  @Test
  void mappingWhoseQscatTheDataDoNotUse_givesErrorRecords_notCasesWithoutNeuroData()
      throws IOException {
    SdtmCases.Result result =
        read(SdtmMapping.read("map.json", new StringReader("{\"QS\": {\"QSCAT\": \"NANO\"}}")));
    assertThat(result.cases()).isEmpty();
    assertThat(result.errors()).extracting(RowError::usubjid).contains("A", "B");
    assertThat(result.errors()).extracting(RowError::variable).containsOnly("QSCAT");
    assertThat(result.errors())
        .extracting(RowError::message)
        .contains("LMGAIT is read under QSCAT 'NANO' (mapping QS.QSCAT)");
  }

  @Test
  void rowsOfOtherTestsAndCategories_areNotRanoLmData_andNotRead() throws IOException {
    Path lb = dir.resolve("lb.csv");
    Files.writeString(
        lb,
        Files.readString(lb)
            + "STUDY1,LB,B,9,HGB,Hemoglobin,HEMATOLOGY,7.1,7.1,,BLOOD,,1,BASELINE,2026-01-12\n");
    Path qs = dir.resolve("qs.csv");
    Files.writeString(
        qs,
        Files.readString(qs)
            + "STUDY1,QS,B,99,EQ-5D-5L,EQ5D01,Mobility,1,1,1,,,,1,BASELINE,2026-01-12\n");
    SdtmCases.Result result = read();
    assertThat(result.errors()).isEmpty();
    assertThat(result.cases()).hasSize(2);
  }
}
