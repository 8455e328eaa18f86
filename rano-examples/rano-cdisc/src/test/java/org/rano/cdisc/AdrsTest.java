package org.rano.cdisc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.rano.RanoLm;

/**
 * The ADRS parameters on small hand-made subjects. Conventions cited from pharmaverse admiralonco:
 * the ADRS template {@code inst/templates/ad_adrs.R} and the vignette "Creating ADRS (Including
 * Non-standard Endpoints)" (events {@code response_y}, {@code cb_y}, {@code bor_*}, {@code
 * crsp_y_cr}, {@code crsp_y_pr}, {@code cbor_cr}, {@code cbor_pr}, {@code no_data_missing}, and the
 * PD and LSTA records). Reference date 2026-01-01: day 28 is 2026-01-29, day 56 2026-02-26, day 84
 * 2026-03-26, day 112 2026-04-23.
 */
class AdrsTest {

  private static final RanoLm LM = RanoLm.withDefaults();

  /** The rows of the one subject of an RS, by PARAMCD (OVR rows under OVR1, OVR2, ...). */
  private static ByParam derive(String... dateResponse) throws IOException {
    Sdtm sdtm = new Sdtm().subject("S1", "2026-01-01");
    for (int i = 0; i < dateResponse.length; i += 2) {
      sdtm.ovr("S1", dateResponse[i], dateResponse[i + 1]);
    }
    Adrs.Result result = Adrs.derive(sdtm.read(), LM, "INVESTIGATOR");
    assertThat(result.errors()).isEmpty();
    Map<String, AdrsRow> byParam = new LinkedHashMap<>();
    int ovr = 0;
    for (AdrsRow row : result.rows()) {
      String key = row.paramcd().equals("OVR") ? "OVR" + ++ovr : row.paramcd();
      assertThat(byParam.put(key, row)).isNull();
    }
    return new ByParam(byParam);
  }

  /** The rows of a subject by parameter. */
  private record ByParam(Map<String, AdrsRow> rows) {
    AdrsRow get(String key) {
      return Objects.requireNonNull(rows.get(key), key);
    }

    java.util.Set<String> keySet() {
      return rows.keySet();
    }
  }

  private static String values(ByParam rows, String... params) {
    StringBuilder out = new StringBuilder();
    for (String param : params) {
      AdrsRow row = rows.get(param);
      out.append(param).append('=').append(row.avalc()).append('/').append(row.aval());
      out.append('@').append(row.adt()).append(' ');
    }
    return out.toString().strip();
  }

  @Test
  void confirmationWithOneNeBetween() throws IOException {
    // admiralonco crsp_y_pr / cbor_pr: a PR is confirmed by a CR or PR >= 28 days later with only
    // CR, PR or NE between and at most one NE (count_vals(AVALC.join, "NE") <= 1)
    ByParam rows = derive("2026-01-29", "PR", "2026-02-26", "NE", "2026-03-26", "PR");
    assertThat(values(rows, "BOR", "CBOR", "RSP", "CRSP", "BCP", "CBCP"))
        .isEqualTo(
            "BOR=PR/2@2026-01-29 CBOR=PR/2@2026-01-29 RSP=Y/1@2026-01-29 CRSP=Y/1@2026-01-29"
                + " BCP=Y/1@2026-01-29 CBCP=Y/1@2026-01-29");
    assertThat(rows.get("CBOR").rules()).contains("TIME-2");
    assertThat(rows.get("OVR1").rules()).isEqualTo("TIME-2");
    assertThat(rows.get("OVR1").reason()).isEqualTo("confirmed by a later time point");
  }

  @Test
  void twoNeBetweenBreakConfirmationAndThePrCountsAsSd() throws IOException {
    // admiralonco: more than one NE between fails crsp_y_pr; the PR then counts for CBOR as
    // bor_sd (CR, PR or SD at or after the SD window)
    ByParam rows =
        derive("2026-01-29", "PR", "2026-02-26", "NE", "2026-03-26", "NE", "2026-04-23", "PR");
    assertThat(values(rows, "BOR", "CBOR", "CRSP", "CBCP", "CB", "CCB"))
        .isEqualTo(
            "BOR=PR/2@2026-01-29 CBOR=SD/3@2026-01-29 CRSP=N/0@null CBCP=N/0@null"
                + " CB=Y/1@2026-01-29 CCB=Y/1@2026-01-29");
  }

  @Test
  void prAfterCrBreaksConfirmation() throws IOException {
    // admiralonco crsp_y_pr: the joined records up to the first CR or PR >= 28 days later must not
    // hold a CR before a PR (min_cond(CR) > max_cond(PR), unless one of them is absent); cbor_cr:
    // a CR needs a later CR with only CR or NE between. PR, CR 12 days later, PR: nothing is
    // confirmed (rano TIME-7), and the PR at day 28 counts as SD (bor_sd)
    ByParam rows = derive("2026-01-29", "PR", "2026-02-10", "CR", "2026-02-26", "PR");
    assertThat(values(rows, "BOR", "CBOR", "RSP", "CRSP", "BCP", "CBCP"))
        .isEqualTo(
            "BOR=CR/1@2026-02-10 CBOR=SD/3@2026-01-29 RSP=Y/1@2026-01-29 CRSP=N/0@null"
                + " BCP=Y/1@2026-02-10 CBCP=N/0@null");
  }

  @Test
  void aPrConfirmedByALaterCrAfterACr() throws IOException {
    // admiralonco crsp_y_pr: CR, PR, CR 28 days apart: the PR is confirmed by the CR after it (no
    // PR among the joined records, count_vals(AVALC.join, "PR") == 0); the first CR is not
    // (cbor_cr: a PR between)
    ByParam rows = derive("2026-01-29", "CR", "2026-02-26", "PR", "2026-03-26", "CR");
    assertThat(values(rows, "BOR", "CBOR", "CRSP", "CBCP"))
        .isEqualTo(
            "BOR=CR/1@2026-01-29 CBOR=PR/2@2026-02-26 CRSP=Y/1@2026-02-26 CBCP=Y/1@2026-02-26");
  }

  @Test
  void sdWindow() throws IOException {
    // admiralonco bor_sd: SD counts only at or after the window (ADT >= reference + window);
    // before it, bor_ne: the SD is NE. rano's window is TIME-3 sdMinimumDays (28 by default)
    ByParam early = derive("2026-01-20", "SD");
    assertThat(values(early, "BOR", "CBOR", "CB", "CCB"))
        .isEqualTo("BOR=NE/6@2026-01-20 CBOR=NE/6@2026-01-20 CB=N/0@null CCB=N/0@null");
    ByParam inWindow = derive("2026-01-20", "SD", "2026-01-29", "SD");
    assertThat(values(inWindow, "BOR", "CB", "CCB"))
        .isEqualTo("BOR=SD/3@2026-01-29 CB=Y/1@2026-01-29 CCB=Y/1@2026-01-29");
    assertThat(inWindow.get("CB").ady()).isEqualTo(29);
  }

  @Test
  void nonCrNonPd_inTheSdWindow_isTheBestResponse_andAClinicalBenefit() throws IOException {
    // admiralonco: bor_non_crpd counts NON-CR/NON-PD at or after the window (AVAL 4), before it
    // NE; it ranks between SD and PD; cb_y counts CR, PR, SD or NON-CR/NON-PD in the window
    ByParam early = derive("2026-01-20", "NON-CR/NON-PD");
    assertThat(values(early, "OVR1", "BOR", "CBOR", "CB", "CCB"))
        .isEqualTo(
            "OVR1=NON-CR/NON-PD/4@2026-01-20 BOR=NE/6@2026-01-20 CBOR=NE/6@2026-01-20"
                + " CB=N/0@null CCB=N/0@null");
    ByParam inWindow =
        derive("2026-01-20", "NON-CR/NON-PD", "2026-01-29", "NON-CR/NON-PD", "2026-02-26", "PD");
    assertThat(values(inWindow, "BOR", "CBOR", "RSP", "CB", "CCB", "PD", "LSTA"))
        .isEqualTo(
            "BOR=NON-CR/NON-PD/4@2026-01-29 CBOR=NON-CR/NON-PD/4@2026-01-29 RSP=N/0@null"
                + " CB=Y/1@2026-01-29 CCB=Y/1@2026-01-29 PD=Y/1@2026-02-26 LSTA=PD/5@2026-02-26");
    // SD ranks above it
    ByParam withSd = derive("2026-01-29", "NON-CR/NON-PD", "2026-02-26", "SD");
    assertThat(values(withSd, "BOR")).isEqualTo("BOR=SD/3@2026-02-26");
  }

  @Test
  void nonCrNonPd_breaksAConfirmation() throws IOException {
    // admiralonco crsp_y_pr: only CR, PR, NE (and SD under accept_sd) may lie between a PR and
    // its confirmation; the unconfirmed PR then counts as SD for CBOR
    ByParam rows = derive("2026-01-29", "PR", "2026-02-12", "NON-CR/NON-PD", "2026-03-26", "PR");
    assertThat(values(rows, "BOR", "CBOR", "CRSP"))
        .isEqualTo("BOR=PR/2@2026-01-29 CBOR=SD/3@2026-01-29 CRSP=N/0@null");
  }

  @Test
  void aSubjectWithoutAssessmentsHasBorMissing() throws IOException {
    // admiralonco no_data_missing: a subject of ADSL without OVR gets BOR (and CBOR) = MISSING,
    // AVAL 7 (aval_resp); no_data_n: the flags are N
    Sdtm sdtm = new Sdtm().subject("S0", "2026-01-01");
    Adrs.Result result = Adrs.derive(sdtm.read(), LM, "INVESTIGATOR");
    assertThat(result.rows())
        .extracting(r -> r.paramcd() + "=" + r.avalc() + "/" + r.aval())
        .containsExactly(
            "BOR=MISSING/7",
            "CBOR=MISSING/7",
            "RSP=N/0",
            "CRSP=N/0",
            "BCP=N/0",
            "CBCP=N/0",
            "CB=N/0",
            "CCB=N/0",
            "PD=N/0");
    assertThat(result.rows()).allSatisfy(r -> assertThat(r.adt()).isNull());
  }

  @Test
  void aMissingResponseIsNotEvaluated() throws IOException {
    // a missing RSSTRESC/RSORRES is NE (not evaluated): here it stands between a PR and its
    // confirmation as the one NE admiralonco allows
    ByParam rows = derive("2026-01-29", "PR", "2026-02-26", "", "2026-03-26", "PR");
    assertThat(rows.get("OVR2").avalc()).isEqualTo("NE");
    assertThat(rows.get("OVR2").aval()).isEqualTo(6);
    assertThat(rows.get("OVR2").reason()).contains("missing: not evaluated");
    assertThat(rows.get("CBOR").avalc()).isEqualTo("PR");
  }

  @Test
  void progressionAndLastAssessment() throws IOException {
    // admiralonco PD: the first OVR = PD; LSTA: the last OVR (mode = "last"), after PD too;
    // responses after the first PD do not count (ANL02FL, rano TIME-6)
    ByParam rows = derive("2026-01-29", "PR", "2026-02-26", "PD", "2026-03-26", "CR");
    assertThat(values(rows, "PD", "BOR", "CBOR", "LSTA"))
        .isEqualTo(
            "PD=Y/1@2026-02-26 BOR=PR/2@2026-01-29 CBOR=SD/3@2026-01-29 LSTA=CR/1@2026-03-26");
    assertThat(rows.get("OVR3").rules()).isEqualTo("TIME-6");
    assertThat(rows.get("PD").srcseq()).isEqualTo(2L);
    assertThat(rows.get("PD").srcdom()).isEqualTo("RS");
    assertThat(rows.get("PD").ady()).isEqualTo(57);
  }

  @Test
  void rowsCarryTheStandardColumnsAndTheRuleTrace() throws IOException {
    ByParam rows = derive("2026-01-29", "SD");
    AdrsRow ovr = rows.get("OVR1");
    assertThat(ovr.studyId()).isEqualTo("STUDY1");
    assertThat(ovr.param()).isEqualTo("Overall Response by Investigator");
    assertThat(ovr.avisit()).isEqualTo("WEEK 1");
    assertThat(ovr.avisitn()).isEqualByComparingTo("1");
    assertThat(ovr.anl01fl()).isEqualTo("Y");
    assertThat(ovr.adt()).isEqualTo(LocalDate.of(2026, 1, 29));
    assertThat(rows.get("BOR").rules()).contains("TIME-4");
    assertThat(rows.get("BOR").reason()).isNotEmpty();
    assertThat(rows.keySet())
        .containsExactly(
            "OVR1", "BOR", "CBOR", "RSP", "CRSP", "BCP", "CBCP", "CB", "CCB", "PD", "LSTA");
  }

  @Test
  void readerErrorsAreKeptAndOtherSubjectsDerived() throws IOException {
    Sdtm sdtm =
        new Sdtm()
            .subject("S1", "2026-01-01")
            .ovr("S1", "2026-01-29", "SD")
            .subject("S2", "2026-01-01")
            .ovr("S2", "2026-01-29", "CHECK");
    Adrs.Result result = Adrs.derive(sdtm.read(), LM, "INVESTIGATOR");
    assertThat(result.errors()).extracting(RowError::usubjid).containsExactly("S2");
    assertThat(result.assessments()).containsOnlyKeys("S1");
    assertThat(result.rows()).extracting(AdrsRow::usubjid).containsOnly("S1");
    assertThat(List.copyOf(result.rows())).hasSize(11);
  }
}
