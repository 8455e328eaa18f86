package org.rano.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.RanoLm;
import org.rano.cdisc.Adrs;
import org.rano.cdisc.AdrsWriter;
import org.rano.cdisc.PartialDates;
import org.rano.cdisc.SdtmData;
import org.rano.cdisc.SdtmReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rano adrs}: reads SDTM RS and DM (or ADSL) as CSV and writes ADRS, the response analysis
 * data set, with admiralonco's parameters, as CSV or CDISC Dataset-JSON 1.1. A thin shell: reading,
 * deriving and writing are rano-cdisc's, the time course rano-core's.
 *
 * <p>Exit codes: 0 every subject derived, 1 at least one subject an error record, 2 usage error, 3
 * writing failed, 4 internal error.
 */
@Command(
    name = "adrs",
    header = "Writes ADRS (response analysis data) from SDTM RS and DM or ADSL.",
    description = {
      "Reads the overall responses of SDTM RS (RSTESTCD = OVRLRESP, one evaluator; response from"
          + " RSSTRESC, else RSORRES; date from RSDTC) and each subject's reference date from DM"
          + " (or ADSL), derives each subject's time course under the criteria (confirmation, best"
          + " overall responses, progression) and writes ADRS rows with admiralonco's parameters:"
          + " OVR, BOR, CBOR, RSP, CRSP, BCP, CBCP, CB, CCB, PD, LSTA.",
      "",
      "A bad row (a response other than CR, PR, SD, PD, NE or missing; a partial or impossible"
          + " date; a date before the reference date; two different responses on one date; a"
          + " subject missing from DM) makes its subject an error record: one line on standard"
          + " error (unless --quiet) naming the file, row, USUBJID, variable and value, a row in"
          + " --errors FILE; every other subject is derived, and the exit code is 1."
    },
    exitCodeList = {
      "0:every subject was derived",
      "1:at least one subject was an error record (the others were written)",
      "2:usage error (unknown option, bad option value, unreadable file, a file without a"
          + " needed column)",
      "3:writing failed; the command stopped at once",
      "4:internal error (a bug in rano)"
    },
    footerHeading = "%nPolicy names (as the criteria options above):%n",
    footer = {
      "",
      "Examples:",
      "  rano adrs --rs rs.csv --dm dm.csv",
      "  rano adrs --rs rs.csv --adsl adsl.csv --reference-date RANDDT --format dataset-json"
          + " --output adrs.json"
    })
final class AdrsCommand extends Subcommand {

  private final LineOutput out;
  private final PrintWriter err;

  @Option(
      names = "--rs",
      required = true,
      paramLabel = "RS.csv",
      description = "The SDTM RS data set as CSV with a header row.")
  private String rs = "";

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Reference reference = new Reference();

  /** The file with the reference dates: DM or ADSL. */
  static final class Reference {
    @Option(
        names = "--dm",
        paramLabel = "DM.csv",
        description = "The SDTM DM data set as CSV, for the reference dates.")
    @Nullable String dm;

    @Option(
        names = "--adsl",
        paramLabel = "ADSL.csv",
        description = "ADSL as CSV instead of DM, e.g. with --reference-date RANDDT.")
    @Nullable String adsl;
  }

  @Option(
      names = "--evaluator",
      paramLabel = "RSEVAL",
      description = "The evaluator whose responses are read (default ${DEFAULT-VALUE}).")
  private String evaluator = "INVESTIGATOR";

  @Option(
      names = "--evaluator-id",
      paramLabel = "RSEVALID",
      description = "The one reader whose responses are read, e.g. 'RADIOLOGIST 1'.")
  private @Nullable String evaluatorId;

  @Option(
      names = "--reference-date",
      paramLabel = "COLUMN",
      description =
          "The column of DM or ADSL with the reference date, day 1 of ADY (default "
              + "${DEFAULT-VALUE}).")
  private String referenceColumn = "RFSTDTC";

  @Option(
      names = "--partial-dates",
      paramLabel = "reject|first|last",
      description =
          "A partial RSDTC (YYYY-MM or YYYY): an error record, or the first or last possible "
              + "day, flagged in ADTF (default ${DEFAULT-VALUE}).")
  private String partialDates = "reject";

  @Option(
      names = "--format",
      paramLabel = "csv|dataset-json",
      description = "The output format (default ${DEFAULT-VALUE}).")
  private String format = "csv";

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write ADRS to FILE (replaced if it exists) instead of standard output.")
  private @Nullable String output;

  @Option(
      names = "--errors",
      paramLabel = "FILE",
      description = "Also write the error records as CSV to FILE.")
  private @Nullable String errors;

  @Option(
      names = "--creation-time",
      paramLabel = "DATETIME",
      description =
          "datasetJSONCreationDateTime of Dataset-JSON, e.g. 2026-06-01T12:00:00Z (default: now),"
              + " for output that does not change from run to run.")
  private @Nullable String creationTime;

  @Option(
      names = {"-q", "--quiet"},
      description = "Write no line on standard error for an error record.")
  private boolean quiet;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  // The criteria options, one per policy of the library, are added by PolicyOptions.addTo.

  /**
   * Obtains the command.
   *
   * @param out standard output, for ADRS without --output
   * @param err standard error, for error messages
   */
  AdrsCommand(LineOutput out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Reads, derives and writes.
   *
   * @return the exit code: 0, 1, 2, 3 or 4
   */
  @Override
  public Integer call() {
    Criteria criteria;
    SdtmReader reader;
    OffsetDateTime created;
    try {
      criteria = PolicyOptions.criteria(spec);
      SdtmReader.Builder builder =
          SdtmReader.builder()
              .evaluator(evaluator)
              .referenceColumn(referenceColumn)
              .partialDates(PartialDates.ofName(partialDates));
      if (evaluatorId != null) {
        builder.evaluatorId(evaluatorId);
      }
      reader = builder.build();
      if (!format.equals("csv") && !format.equals("dataset-json")) {
        throw new IllegalArgumentException(
            "--format '" + format + "' is unknown; allowed: csv, dataset-json");
      }
      created = creationTime == null ? OffsetDateTime.now(ZoneOffset.UTC) : parseTime(creationTime);
    } catch (IllegalArgumentException e) {
      err.println("rano: " + Echo.forTerminal(e.getMessage(), false));
      return Main.EXIT_USAGE;
    }
    String referenceFile = reference.dm != null ? reference.dm : reference.adsl;
    SdtmData data;
    try {
      data = reader.read(Path.of(rs), Path.of(String.valueOf(referenceFile)));
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      err.println(CommandInput.cannotRead(CommandInput.fileOf(e, rs), e));
      return Main.EXIT_USAGE;
    } catch (IllegalArgumentException e) {
      err.println("rano: " + Echo.forTerminal(e.getMessage(), false));
      return Main.EXIT_USAGE;
    }
    Adrs.Result result = Adrs.derive(data, RanoLm.of(criteria), evaluator);
    CommandOutput.printRowErrors(result.errors(), quiet, err);
    StringWriter text = new StringWriter();
    try {
      if (format.equals("csv")) {
        AdrsWriter.writeCsv(result.rows(), text);
      } else {
        AdrsWriter.writeDatasetJson(result.rows(), created, Main.Version.version(), text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("bug: writing to a string failed", e);
    }
    try {
      CommandOutput.writeRowErrors(errors, result.errors());
      if (output == null) {
        out.write(text.toString());
      } else {
        CommandOutput.writeWhole(output, text.toString());
        out.write(
            Echo.forTerminal(
                    "rano adrs: wrote "
                        + output
                        + " ("
                        + result.rows().size()
                        + " rows, "
                        + result.assessments().size()
                        + " subjects with responses, "
                        + result.errors().size()
                        + " error records)",
                    false)
                + "\n");
      }
    } catch (IOException | InvalidPathException e) {
      err.println("rano: " + Echo.forTerminal(e.getMessage(), false));
      return Main.EXIT_OUTPUT;
    }
    return CommandOutput.exitCode(result.errors());
  }

  private static OffsetDateTime parseTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--creation-time '" + text + "' is not a date-time; allowed: e.g. 2026-06-01T12:00:00Z",
          e);
    }
  }
}
