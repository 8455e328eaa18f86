package org.rano.cdisc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rano.Response;

class SdtmReaderTest {

  /** A subject read well, to check that no bad row of another subject loses it. */
  private static Sdtm withGoodSubject() {
    return new Sdtm()
        .subject("S-GOOD", "2026-01-10")
        .ovr("S-GOOD", "2026-02-07", "PR")
        .ovr("S-GOOD", "2026-03-07", "PR");
  }

  private static void assertGoodSubjectKept(SdtmData data) {
    assertThat(data.subjects()).extracting(Subject::usubjid).contains("S-GOOD");
    Subject good =
        data.subjects().stream().filter(s -> s.usubjid().equals("S-GOOD")).findFirst().get();
    assertThat(good.assessments())
        .extracting(RsAssessment::response)
        .containsExactly(Response.PR, Response.PR);
  }

  @Test
  void readsStandardColumnsIgnoresOthersAndOtherTestsAndEvaluators() throws IOException {
    SdtmData data =
        withGoodSubject()
            .row("S-GOOD", "NTRGRESP", "SD", "SD", "INVESTIGATOR", "NA", "2026-02-07")
            .row("S-GOOD", "OVRLRESP", "PD", "PD", "INDEPENDENT ASSESSOR", "R1", "2026-02-07")
            .read();
    assertThat(data.errors()).isEmpty();
    Subject good = data.subjects().get(0);
    assertThat(good.studyId()).isEqualTo("STUDY1");
    assertThat(good.referenceDate()).contains(LocalDate.of(2026, 1, 10));
    assertThat(good.assessments().get(0).row()).isEqualTo(2);
    assertThat(good.assessments().get(0).sequence()).isEqualTo(1L);
    assertThat(good.assessments().get(0).visit()).isEqualTo("WEEK 1");
    assertThat(good.assessments().get(0).adtf()).isEmpty();
  }

  @Test
  void responseFallsBackToOrresAndMissingIsNotEvaluated() throws IOException {
    SdtmData data =
        new Sdtm()
            .subject("S1", "2026-01-10")
            .row("S1", "OVRLRESP", "SD", "NA", "INVESTIGATOR", "NA", "2026-02-07")
            .row("S1", "OVRLRESP", "", "", "INVESTIGATOR", "NA", "2026-03-07")
            .read();
    assertThat(data.errors()).isEmpty();
    List<RsAssessment> read = data.subjects().get(0).assessments();
    assertThat(read).extracting(RsAssessment::response).containsExactly(Response.SD, Response.NE);
    assertThat(read).extracting(RsAssessment::missing).containsExactly(false, true);
  }

  @Test
  void aResponseWordOutsideTheAllowedSetIsAnErrorRecord() throws IOException {
    SdtmData data =
        withGoodSubject().subject("S-BAD", "2026-01-10").ovr("S-BAD", "2026-02-07", "CHECK").read();
    assertGoodSubjectKept(data);
    assertThat(data.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file()).isEqualTo("rs.csv");
              assertThat(e.row()).isEqualTo(4);
              assertThat(e.usubjid()).isEqualTo("S-BAD");
              assertThat(e.variable()).isEqualTo("RSSTRESC");
              assertThat(e.value()).isEqualTo("CHECK");
              assertThat(e.message())
                  .contains("allowed: CR, PR, SD, NON-CR/NON-PD, PD, NE or missing");
            });
  }

  /**
   * NON-CR/NON-PD (non-measurable disease only) is a response of its own (issue 15), read under its
   * CDISC code in either column; the lower-case word and the Java name are not codes.
   */
  @Test
  void nonCrNonPdIsRead_underItsCodeOnly() throws IOException {
    SdtmData data =
        withGoodSubject()
            .subject("S-NCNP", "2026-01-10")
            .ovr("S-NCNP", "2026-02-07", "NON-CR/NON-PD")
            .row("S-NCNP", "OVRLRESP", "NON-CR/NON-PD", "", "INVESTIGATOR", "NA", "2026-03-07")
            .subject("S-NAME", "2026-01-10")
            .ovr("S-NAME", "2026-02-07", "NON_CR_NON_PD")
            .subject("S-LOWER", "2026-01-10")
            .ovr("S-LOWER", "2026-02-07", "non-cr/non-pd")
            .read();
    assertGoodSubjectKept(data);
    Subject read =
        data.subjects().stream().filter(s -> s.usubjid().equals("S-NCNP")).findFirst().get();
    assertThat(read.assessments())
        .extracting(RsAssessment::response)
        .containsExactly(Response.NON_CR_NON_PD, Response.NON_CR_NON_PD);
    assertThat(data.errors())
        .extracting(RowError::usubjid, RowError::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("S-NAME", "NON_CR_NON_PD"),
            org.assertj.core.groups.Tuple.tuple("S-LOWER", "non-cr/non-pd"));
  }

  /** A VISITNUM too long to write out (1e2147483647) is an error record, not a crash. */
  @Test
  void hugeVisitNumber_isAnErrorRecord() throws IOException {
    Sdtm sdtm = withGoodSubject().subject("S-BIG", "2026-01-10");
    sdtm.ovr("S-BIG", "2026-02-07", "SD");
    String rs = sdtm.rs().replace(",3,WEEK 3,", ",1e2147483647,WEEK 3,");
    assertThat(rs).contains("1e2147483647");
    SdtmData data =
        SdtmReader.withDefaults()
            .read("rs.csv", new StringReader(rs), "dm.csv", new StringReader(sdtm.dm()));
    assertGoodSubjectKept(data);
    assertThat(data.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.usubjid()).isEqualTo("S-BIG");
              assertThat(e.variable()).isEqualTo("VISITNUM");
              assertThat(e.value()).isEqualTo("1e2147483647");
              assertThat(e.message()).contains("out of range; allowed: a number such as 2");
            });
    // 18 digits and 18 decimal places are still a visit number
    Sdtm fine = new Sdtm().subject("S-LONG", "2026-01-10");
    fine.ovr("S-LONG", "2026-02-07", "SD");
    String long18 = fine.rs().replace(",1,WEEK 1,", ",0.123456789012345678,WEEK 1,");
    assertThat(long18).contains("0.123456789012345678");
    SdtmData read =
        SdtmReader.withDefaults()
            .read("rs.csv", new StringReader(long18), "dm.csv", new StringReader(fine.dm()));
    assertThat(read.errors()).isEmpty();
    assertThat(read.subjects().get(0).assessments().get(0).visitNumber())
        .isEqualByComparingTo("0.123456789012345678");
  }

  /** RSDTC's time part must be ISO 8601, as in sdtm-cases: a date-time keeps its date. */
  @Test
  void dateTime_keepsItsDate_butAnyOtherTailIsAnErrorRecord() throws IOException {
    SdtmData data =
        withGoodSubject()
            .subject("S-TIME", "2026-01-10")
            .ovr("S-TIME", "2026-02-07T10:30", "SD")
            .ovr("S-TIME", "2026-03-07T08:15:30.5", "SD")
            .subject("S-JUNK", "2026-01-10")
            .ovr("S-JUNK", "2026-02-07Tgarbage", "SD")
            .read();
    assertGoodSubjectKept(data);
    Subject timed =
        data.subjects().stream().filter(s -> s.usubjid().equals("S-TIME")).findFirst().get();
    assertThat(timed.assessments())
        .extracting(RsAssessment::date)
        .containsExactly(LocalDate.of(2026, 2, 7), LocalDate.of(2026, 3, 7));
    assertThat(data.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.usubjid()).isEqualTo("S-JUNK");
              assertThat(e.variable()).isEqualTo("RSDTC");
              assertThat(e.message()).contains("not a date; allowed: YYYY-MM-DD");
            });
  }

  @Test
  void partialDatesAreRejectedByDefaultAndImputedOnRequest() throws IOException {
    Sdtm sdtm =
        withGoodSubject()
            .subject("S-PART", "2026-01-10")
            .ovr("S-PART", "2026-02", "SD")
            .ovr("S-PART", "2026", "SD");
    SdtmData rejected = sdtm.read();
    assertGoodSubjectKept(rejected);
    assertThat(rejected.errors()).extracting(RowError::value).containsExactly("2026-02", "2026");
    assertThat(rejected.errors()).allSatisfy(e -> assertThat(e.message()).contains("partial"));

    // imputed to its first day, the year 2026 falls before the reference date: still an error
    SdtmData first = sdtm.read(SdtmReader.builder().partialDates(PartialDates.FIRST).build());
    assertGoodSubjectKept(first);
    assertThat(first.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.value()).isEqualTo("2026-01-01");
              assertThat(e.message()).contains("before the reference date");
            });
  }

  @Test
  void partialDatesImputedFirstOrLastAreFlaggedInAdtf() throws IOException {
    Sdtm sdtm =
        withGoodSubject()
            .subject("S-PART", "2025-06-10")
            .ovr("S-PART", "2026-02", "SD")
            .ovr("S-PART", "2027", "SD");
    Subject first =
        sdtm.read(SdtmReader.builder().partialDates(PartialDates.FIRST).build()).subjects().get(1);
    assertThat(first.assessments())
        .extracting(RsAssessment::date)
        .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 1));
    assertThat(first.assessments()).extracting(RsAssessment::adtf).containsExactly("D", "M");
    Subject last =
        sdtm.read(SdtmReader.builder().partialDates(PartialDates.LAST).build()).subjects().get(1);
    assertThat(last.assessments())
        .extracting(RsAssessment::date)
        .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2027, 12, 31));
  }

  @Test
  void anImpossibleDateIsAnErrorRecordUnderEveryPolicy() throws IOException {
    for (PartialDates policy : PartialDates.values()) {
      SdtmData data =
          withGoodSubject()
              .subject("S-DATE", "2026-01-10")
              .ovr("S-DATE", "2026-02-30", "SD")
              .ovr("S-DATE2", "2026-13", "SD")
              .subject("S-DATE2", "2026-01-10")
              .read(SdtmReader.builder().partialDates(policy).build());
      assertGoodSubjectKept(data);
      assertThat(data.errors()).extracting(RowError::value).contains("2026-02-30", "2026-13");
      assertThat(data.errors()).extracting(RowError::variable).containsOnly("RSDTC");
    }
  }

  @Test
  void aDateBeforeTheReferenceDateIsAnErrorRecord() throws IOException {
    SdtmData data =
        withGoodSubject()
            .subject("S-EARLY", "2026-01-10")
            .ovr("S-EARLY", "2026-01-09", "SD")
            .ovr("S-EARLY", "2026-02-09", "SD")
            .read();
    assertGoodSubjectKept(data);
    assertThat(data.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.variable()).isEqualTo("RSDTC");
              assertThat(e.value()).isEqualTo("2026-01-09");
              assertThat(e.message()).contains("before the reference date 2026-01-10");
            });
    assertThat(data.subjects()).extracting(Subject::usubjid).doesNotContain("S-EARLY");
  }

  @Test
  void twoDifferentResponsesOnOneDateAreAnErrorRecordTheSameOneTwiceCountsOnce()
      throws IOException {
    SdtmData data =
        withGoodSubject()
            .subject("S-TWO", "2026-01-10")
            .ovr("S-TWO", "2026-02-07", "SD")
            .ovr("S-TWO", "2026-02-07", "PD")
            .subject("S-SAME", "2026-01-10")
            .ovr("S-SAME", "2026-02-07", "SD")
            .ovr("S-SAME", "2026-02-07", "SD")
            .read();
    assertGoodSubjectKept(data);
    assertThat(data.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.usubjid()).isEqualTo("S-TWO");
              assertThat(e.message())
                  .contains("two different responses on 2026-02-07", "'SD' and 'PD'");
            });
    Subject same = data.subjects().get(1);
    assertThat(same.assessments())
        .singleElement()
        .satisfies(a -> assertThat(a.sequence()).isEqualTo(5L));
  }

  @Test
  void aSubjectMissingFromDmIsAnErrorRecord() throws IOException {
    SdtmData data = withGoodSubject().ovr("S-NODM", "2026-02-07", "SD").read();
    assertGoodSubjectKept(data);
    assertThat(data.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.variable()).isEqualTo("USUBJID");
              assertThat(e.value()).isEqualTo("S-NODM");
              assertThat(e.message()).contains("not in the reference file");
            });
  }

  @Test
  void severalIndependentReadersNeedAnEvaluatorId() throws IOException {
    Sdtm sdtm =
        new Sdtm()
            .subject("S1", "2026-01-10")
            .row("S1", "OVRLRESP", "SD", "SD", "INDEPENDENT ASSESSOR", "R1", "2026-02-07")
            .row("S1", "OVRLRESP", "PD", "PD", "INDEPENDENT ASSESSOR", "R2", "2026-02-07");
    SdtmData both = sdtm.read(SdtmReader.builder().evaluator("INDEPENDENT ASSESSOR").build());
    assertThat(both.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.variable()).isEqualTo("RSEVALID"));
    SdtmData r2 =
        sdtm.read(SdtmReader.builder().evaluator("INDEPENDENT ASSESSOR").evaluatorId("R2").build());
    assertThat(r2.errors()).isEmpty();
    assertThat(r2.subjects().get(0).assessments())
        .extracting(RsAssessment::response)
        .containsExactly(Response.PD);
  }

  @Test
  void aSubjectWithoutResponsesNeedsNoReferenceDateOneWithResponsesDoes() throws IOException {
    SdtmData data =
        withGoodSubject()
            .subject("S-SCREEN", "NA")
            .subject("S-NOREF", "")
            .ovr("S-NOREF", "2026-02-07", "SD")
            .read();
    assertGoodSubjectKept(data);
    assertThat(data.subjects()).extracting(Subject::usubjid).containsExactly("S-GOOD", "S-SCREEN");
    assertThat(data.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.file()).isEqualTo("dm.csv");
              assertThat(e.variable()).isEqualTo("RFSTDTC");
            });
  }

  @Test
  void aFileWithoutANeededColumnIsRefusedNamingIt() {
    SdtmReader reader = SdtmReader.withDefaults();
    assertThatThrownBy(
            () ->
                reader.read(
                    "rs.csv",
                    new StringReader("USUBJID,RSTESTCD,RSEVAL\nS1,OVRLRESP,INVESTIGATOR\n"),
                    "dm.csv",
                    new StringReader(Sdtm.DM_HEADER + "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rs.csv: the header has no column RSDTC");
    assertThatThrownBy(
            () ->
                SdtmReader.builder()
                    .referenceColumn("RANDDT")
                    .build()
                    .read(
                        "rs.csv",
                        new StringReader(new Sdtm().rs()),
                        "adsl.csv",
                        new StringReader("USUBJID,TRTSDT\n")))
        .hasMessageContaining("adsl.csv: the header has no column RANDDT");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderRefusesTheFileNamingTheLine() {
    String ragged =
        Sdtm.RS_HEADER + "\n" + "A,RS,S1,1,OVRLRESP,T,SD,SD,INVESTIGATOR,NA,1,W,2026-02-07,x,y\n";
    assertThatThrownBy(
            () ->
                SdtmReader.withDefaults()
                    .read(
                        "rs.csv",
                        new StringReader(ragged),
                        "dm.csv",
                        new StringReader(new Sdtm().subject("S1", "2026-01-01").dm())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("rs.csv line 2: not valid CSV (the file is refused): ")
        .hasMessageContaining("\"y\"");
  }

  @Test
  void errorTextNamesFileRowSubjectVariableAndValue() {
    assertThat(new RowError("rs.csv", 7, "S1", "RSSTRESC", "CHECK", "not a response").text())
        .isEqualTo("rs.csv row 7: USUBJID S1: RSSTRESC 'CHECK': not a response");
    assertThat(new RowError("", 0, "", "RSDTC", "", "missing").text())
        .isEqualTo("USUBJID (missing): RSDTC '': missing");
  }

  @Test
  void theReferenceDateComesFromTheChosenColumn() throws IOException {
    String adsl = "STUDYID,USUBJID,RANDDT,TRTSDT\nSTUDY1,S1,2026-01-03,2026-01-10\n";
    String rs = new Sdtm().ovr("S1", "2026-02-07", "SD").rs();
    SdtmData data =
        SdtmReader.builder()
            .referenceColumn("RANDDT")
            .build()
            .read("rs.csv", new StringReader(rs), "adsl.csv", new StringReader(adsl));
    assertThat(data.subjects().get(0).referenceDate()).contains(LocalDate.of(2026, 1, 3));
  }

  @Test
  void partialDatesPolicyNamesAreChecked() {
    assertThat(PartialDates.ofName("LAST")).isEqualTo(PartialDates.LAST);
    assertThatThrownBy(() -> PartialDates.ofName("middle"))
        .hasMessageContaining("'middle'")
        .hasMessageContaining("allowed: reject, first, last");
  }
}
