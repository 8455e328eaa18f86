package org.rano.cdisc;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made SDTM RS and DM files for the tests (never the pilot data). */
final class Sdtm {
  static final String RS_HEADER =
      "STUDYID,DOMAIN,USUBJID,RSSEQ,RSTESTCD,RSTEST,RSORRES,RSSTRESC,RSEVAL,RSEVALID,VISITNUM,"
          + "VISIT,RSDTC,EXTRA";
  static final String DM_HEADER = "STUDYID,DOMAIN,USUBJID,RFSTDTC,ARM";

  private final List<String> rs = new ArrayList<>();
  private final List<String> dm = new ArrayList<>();
  private int seq;

  /** Adds a DM row. */
  Sdtm subject(String usubjid, String rfstdtc) {
    dm.add("STUDY1,DM," + usubjid + "," + rfstdtc + ",A");
    return this;
  }

  /** Adds an investigator overall response, RSSTRESC as given, RSORRES the same. */
  Sdtm ovr(String usubjid, String date, String response) {
    return row(usubjid, "OVRLRESP", response, response, "INVESTIGATOR", "NA", date);
  }

  /** Adds an RS row. */
  Sdtm row(
      String usubjid,
      String testcd,
      String orres,
      String stresc,
      String eval,
      String evalid,
      String date) {
    seq++;
    rs.add(
        "STUDY1,RS,"
            + usubjid
            + ","
            + seq
            + ","
            + testcd
            + ",\"Overall Response, as assessed\","
            + orres
            + ","
            + stresc
            + ","
            + eval
            + ","
            + evalid
            + ","
            + seq
            + ",WEEK "
            + seq
            + ","
            + date
            + ",ignored");
    return this;
  }

  String rs() {
    return RS_HEADER + "\n" + String.join("\n", rs) + "\n";
  }

  String dm() {
    return DM_HEADER + "\n" + String.join("\n", dm) + "\n";
  }

  SdtmData read(SdtmReader reader) throws IOException {
    return reader.read("rs.csv", new StringReader(rs()), "dm.csv", new StringReader(dm()));
  }

  SdtmData read() throws IOException {
    return read(SdtmReader.withDefaults());
  }
}
