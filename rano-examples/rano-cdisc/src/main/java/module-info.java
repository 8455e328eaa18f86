/**
 * The CDISC bridge of rano: reads SDTM RS and DM (or ADSL) as CSV, derives each subject's time
 * course with rano-core's response-sequence scoring and writes ADRS rows with admiralonco's
 * parameter conventions, as CSV or CDISC Dataset-JSON 1.1; and turns SDTM records of the RANO-LM
 * components (TU, TR, LB, QS and DM) into cases of raw assessments through a sponsor-defined code
 * mapping. The entry points are {@link org.rano.cdisc.SdtmReader}, {@link org.rano.cdisc.Adrs} and
 * {@link org.rano.cdisc.AdrsWriter} for ADRS; {@link org.rano.cdisc.SdtmCases} (reads the
 * components), {@link org.rano.cdisc.SdtmMapping} (the codes), {@link org.rano.cdisc.SdtmWriter}
 * (writes cases as such records); rano-json's {@code CaseFormat.writeCase} writes the cases read in
 * the case format.
 */
// requires-automatic: Immutables declares its name (Automatic-Module-Name), so it is stable, and
// only its annotations are read, at compile time (static), as in rano-core.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.rano.cdisc {
  requires transitive org.rano.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.rano.cdisc;
}
