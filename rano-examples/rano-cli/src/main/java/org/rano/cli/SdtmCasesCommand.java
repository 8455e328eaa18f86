package org.rano.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.rano.LmCase;
import org.rano.cdisc.SdtmCases;
import org.rano.cdisc.SdtmMapping;
import org.rano.json.CaseFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rano sdtm-cases}: reads the RANO-LM components from SDTM TU, TR, LB, QS and DM (CSV)
 * through a mapping file and writes one case of raw assessments per subject as NDJSON, for {@code
 * rano score --ndjson}. A thin shell: reading and mapping are rano-cdisc's, validation rano-core's.
 *
 * <p>Exit codes: 0 every subject became a case, 1 at least one subject was an error record (the
 * others were written), 2 usage error, 3 writing failed, 4 internal error.
 */
@Command(
    name = "sdtm-cases",
    header = "Writes cases of raw assessments (NDJSON) from SDTM TU, TR, LB, QS and DM.",
    description = {
      "Reads the RANO-LM scorecards of each subject of DM from SDTM as CSV: target and"
          + " non-target lesions identified in TU at baseline (TUTESTCD, role in TUSTRESC or"
          + " TUORRES, site in TULOC) and new lesions; their 0-3 scores, diameters and status in TR"
          + " (linked by TRLNKID; a diameter in mm, or in cm converted to mm, by TRSTRESU or"
          + " TRORRESU; no unit is read as mm); CSF cytology in LB (LBTESTCD, LBSPEC; volume in a merged"
          + " supplemental column); the ten neurological domains, steroid dose, parenchymal status,"
          + " clinical deterioration and 'MRI done' in QS (one QSCAT). Visits are grouped by"
          + " VISITNUM and dated by --DTC (YYYY-MM-DD, optionally with an ISO 8601 time); the"
          + " baseline is the first visit. The sponsor-defined"
          + " codes come from --mapping FILE, whose keys override the shipped default.",
      "",
      "Writes one case per subject (id = USUBJID) in the case format, one JSON object per"
          + " line, in the order of DM. A code the mapping does not know, a level out of range, an"
          + " exam without one of the ten domains, a missing or partial date, a diameter in another"
          + " unit, a test the mapping reads under another QSCAT or LBSPEC, a subject missing"
          + " from DM or a case rano-core rejects makes the subject an error record: one line on"
          + " standard error (unless --quiet) naming the file, row, USUBJID, variable and value, a"
          + " row in --errors FILE; every other subject is written, and the exit code is 1."
    },
    exitCodeList = {
      "0:every subject became a case",
      "1:at least one subject was an error record (the others were written)",
      "2:usage error (unknown option, unreadable file, an empty file, a file not in UTF-8, a"
          + " file without a needed column or with a column twice, a bad mapping file)",
      "3:writing failed; the command stopped at once",
      "4:internal error (a bug in rano)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rano sdtm-cases --tu tu.csv --tr tr.csv --lb lb.csv --qs qs.csv --dm dm.csv"
          + " > cases.ndjson",
      "  rano sdtm-cases --tu tu.csv --tr tr.csv --lb lb.csv --qs qs.csv --dm dm.csv"
          + " --mapping sponsor.json --errors errors.csv | rano score --ndjson -"
    })
final class SdtmCasesCommand extends Subcommand {

  /** Writes the cases read, in the case format. */
  private static final CaseFormat CASES = CaseFormat.withDefaults();

  private final LineOutput out;
  private final PrintWriter err;

  @Option(names = "--tu", required = true, paramLabel = "TU.csv", description = "SDTM TU.")
  private String tu = "";

  @Option(names = "--tr", required = true, paramLabel = "TR.csv", description = "SDTM TR.")
  private String tr = "";

  @Option(names = "--lb", required = true, paramLabel = "LB.csv", description = "SDTM LB.")
  private String lb = "";

  @Option(names = "--qs", required = true, paramLabel = "QS.csv", description = "SDTM QS.")
  private String qs = "";

  @Option(
      names = "--dm",
      required = true,
      paramLabel = "DM.csv",
      description = "SDTM DM: the subjects, in the order written.")
  private String dm = "";

  @Option(
      names = "--mapping",
      paramLabel = "MAP.json",
      description =
          "The sponsor-defined codes (JSON); its keys override the shipped default mapping.")
  private @Nullable String mappingFile;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the cases to FILE (replaced if it exists) instead of standard output.")
  private @Nullable String output;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Also write the error records as CSV to FILE.")
  private @Nullable String errors;

  @Option(
      names = {"-q", "--quiet"},
      description = "Write no line on standard error for an error record.")
  private boolean quiet;

  /**
   * Obtains the command.
   *
   * @param out standard output, for the cases without --output
   * @param err standard error, for error messages
   */
  SdtmCasesCommand(LineOutput out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Reads, maps and writes.
   *
   * @return the exit code: 0, 1, 2 or 3
   */
  @Override
  public Integer call() {
    SdtmCases.Result result;
    String current = mappingFile == null ? dm : mappingFile;
    try {
      SdtmMapping mapping =
          mappingFile == null ? SdtmMapping.defaults() : SdtmMapping.read(Path.of(mappingFile));
      current = dm;
      result =
          SdtmCases.of(mapping)
              .read(Path.of(tu), Path.of(tr), Path.of(lb), Path.of(qs), Path.of(dm));
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      err.println(CommandInput.cannotRead(CommandInput.fileOf(e, current), e));
      return Main.EXIT_USAGE;
    } catch (IllegalArgumentException e) {
      err.println("rano: " + Echo.forTerminal(e.getMessage(), false));
      return Main.EXIT_USAGE;
    }
    CommandOutput.printRowErrors(result.errors(), quiet, err);
    StringBuilder text = new StringBuilder();
    for (LmCase lmCase : result.cases()) {
      text.append(CASES.writeCase(lmCase)).append('\n');
    }
    try {
      CommandOutput.writeRowErrors(errors, result.errors());
      if (output == null) {
        out.write(text.toString());
        out.flush();
      } else {
        CommandOutput.writeWhole(output, text.toString());
      }
    } catch (IOException | InvalidPathException e) {
      err.println("rano: " + Echo.forTerminal(e.getMessage(), false));
      return Main.EXIT_OUTPUT;
    }
    return CommandOutput.exitCode(result.errors());
  }
}
