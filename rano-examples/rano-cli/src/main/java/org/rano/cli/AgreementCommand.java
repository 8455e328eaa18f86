package org.rano.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.agreement.Agreement;
import org.rano.agreement.AgreementStudy;
import org.rano.agreement.Rating;
import org.rano.agreement.RatingError;
import org.rano.agreement.stats.Bootstrap;
import org.rano.cdisc.PartialDates;
import org.rano.cdisc.RowError;
import org.rano.cdisc.RsAssessment;
import org.rano.cdisc.SdtmData;
import org.rano.cdisc.SdtmReader;
import org.rano.cdisc.Subject;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rano agreement}: the agreement between readers who rated the same patients in the case
 * format, or whose overall responses are in SDTM RS (issue 16). A thin shell over rano-agreement's
 * {@link Agreement}: it reads the ratings (RS through rano-cdisc's {@link SdtmReader}, one reader
 * at a time, each response keyed by its {@code VISITNUM}), reports the ones it cannot read, and
 * prints the study as JSON or as a table.
 *
 * <p>Exit codes: 0 every rating analysed, 1 at least one error record, 2 usage error, 3 output
 * failed, 4 internal error.
 */
@Command(
    name = "agreement",
    header = "Agreement between readers who rated the same patients, and what to adjudicate.",
    description = {
      "Reads ratings as cases of the case format (one case, a JSON array, or with --ndjson one "
          + "per line), each naming its \"reader\"; ratings that share an \"id\" are one patient "
          + "rated by several readers, whose follow-ups are matched by position and must share "
          + "dates. A follow-up may carry the reader's own call, \"reportedOverall\".",
      "",
      "For every item a reader rates or the library derives (overall, neuro, csf, imaging, "
          + "compositeScore, neuro.<domain>, targets.<id>.score, lano2019.<item>.presence and "
          + ".change, bestOverallResponse, confirmedBestOverallResponse, progressionDate) it "
          + "prints the percent agreement, Cohen's kappa per pair of readers (linear weighted "
          + "too for ordinal items), Fleiss' kappa, Krippendorff's alpha at the item's level and "
          + "ICC(2,1) for interval items, each with a seeded 95 %% percentile bootstrap interval "
          + "over patients; then each reader's completeness, reported calls against the library's, "
          + "and the units to adjudicate. A coefficient that is undefined for the data (no "
          + "variation) is null with a note.",
      "",
      "A rating that cannot be read, a reader who rated a patient twice, or follow-ups whose "
          + "dates differ is an error record (in the output's \"errors\" and, unless --quiet, "
          + "on standard error), and the patient is left out of the statistics (exit 1).",
      "",
      "With --rs, --dm and --evaluators instead of FILE: each evaluator is a reader, an RSEVALID "
          + "value (e.g. 'RADIOLOGIST 1') or an RSEVAL whose rows have no RSEVALID (e.g. "
          + "INVESTIGATOR), whose overall responses (RSTESTCD OVRLRESP) are read as 'rano adrs' "
          + "reads them, with DM's reference date. Responses are matched by USUBJID and VISITNUM, "
          + "not by date: readers may date one visit differently (each reader's best responses "
          + "and progression date use the reader's own dates; the output lists such visits), and "
          + "a visit one reader rated alone is a missing rating. The items are overall, "
          + "bestOverallResponse, confirmedBestOverallResponse (derived under the criteria "
          + "options) and progressionDate; completeness means a response at every visit. A "
          + "subject with a bad row for any reader (e.g. RSSTRESC 'CHECK') is an error record "
          + "naming the reader, file, row, USUBJID, variable and value, and is left out for every "
          + "reader (exit 1)."
    },
    parameterListHeading = "%nInput:%n",
    exitCodeList = {
      "0:every rating was analysed",
      "1:at least one error record (the other patients are still analysed)",
      "2:usage error (unknown option, bad option value, unreadable file, an evaluator without"
          + " overall responses in RS)",
      "3:output failed (a full disk, a closed pipe)",
      "4:internal error (a bug in rano, please report it)"
    },
    footerHeading = "%nPolicy names for a case's \"criteria\" object (as the options above):%n",
    footer = {
      "",
      "Examples:",
      "  rano generate --cases 20 --seed 7 --readers 3 --disagreement 0.1 > study.ndjson",
      "  rano agreement --ndjson --text study.ndjson",
      "  rano agreement --ndjson --bootstrap 2000 --seed 42 --output agreement.json study.ndjson",
      "  rano agreement --rs rs.csv --dm dm.csv --evaluators 'RADIOLOGIST 1,RADIOLOGIST 2' --text"
    })
final class AgreementCommand extends Subcommand {

  private final InputStream stdin;
  private final LineOutput out;
  private final PrintWriter err;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE|-",
      description = "The ratings, or - for standard input (not with --rs).")
  private @Nullable String file;

  @Option(
      names = "--rs",
      paramLabel = "RS.csv",
      description = "Read the readers' overall responses from SDTM RS as CSV instead of FILE.")
  private @Nullable String rs;

  @Option(
      names = "--dm",
      paramLabel = "DM.csv",
      description = "With --rs: SDTM DM as CSV, for each subject's reference date.")
  private @Nullable String dm;

  @Option(
      names = "--evaluators",
      paramLabel = "ID",
      split = ",",
      splitSynopsisLabel = ",",
      description =
          "With --rs: the readers, at least two: RSEVALID values (e.g. 'RADIOLOGIST 1') or"
              + " INVESTIGATOR (an RSEVAL whose rows have no RSEVALID).")
  private List<String> evaluators = new ArrayList<>();

  @Option(
      names = "--reference-date",
      paramLabel = "COLUMN",
      description =
          "With --rs: the column of DM with the reference date (default ${DEFAULT-VALUE}).")
  private String referenceColumn = "RFSTDTC";

  @Option(
      names = "--partial-dates",
      paramLabel = "reject|first|last",
      description =
          "With --rs: a partial RSDTC is an error record, or the first or last possible day"
              + " (default ${DEFAULT-VALUE}).")
  private String partialDates = "reject";

  @Option(
      names = "--ndjson",
      description =
          "Read one rating (a case) per line; a FILE named *.ndjson or *.jsonl is read so"
              + " without it.")
  private boolean ndjson;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      description =
          "Bootstrap resamples per interval, 0 (no intervals) to "
              + Bootstrap.MAX_REPLICATES
              + " (default ${DEFAULT-VALUE}).")
  private int bootstrap = Agreement.DEFAULT_BOOTSTRAP;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The bootstrap's seed: the same seed gives the same output (default 1).")
  private long seed = Agreement.DEFAULT_SEED;

  @Option(
      names = "--date-tolerance-days",
      paramLabel = "D",
      description =
          "Progression dates agree when no more than D days apart, 0 to "
              + Agreement.MAX_DATE_TOLERANCE_DAYS
              + " (default ${DEFAULT-VALUE}).")
  private int toleranceDays;

  @Option(names = "--text", description = "Print a table of at most 100 columns instead of JSON.")
  private boolean text;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  private @Nullable String output;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Write no line on standard error per error record (they stay in the output, and the "
              + "exit code is still 1).")
  private boolean quiet;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      description =
          "The longest rating read, in bytes, and with --rs the longest line of RS and DM, each"
              + " file checked before it is read (default ${DEFAULT-VALUE}, 1 MiB).")
  private int maxLineBytes = CommandInput.DEFAULT_MAX_LINE_BYTES;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  // The criteria options, one per policy of the library, are added by PolicyOptions.addTo.

  /**
   * Obtains the command.
   *
   * @param stdin standard input, read when FILE is {@code -}
   * @param out standard output
   * @param err standard error
   */
  AgreementCommand(InputStream stdin, LineOutput out, PrintWriter err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /**
   * Analyses the ratings and prints the study.
   *
   * @return the exit code
   * @throws LineOutput.Failure if writing the output failed (exit code 3)
   */
  @Override
  public Integer call() {
    String problem = CommandInput.checkMaxLineBytes(maxLineBytes);
    Agreement agreement;
    Criteria criteria;
    try {
      if (problem == null && (bootstrap < 0 || bootstrap > Bootstrap.MAX_REPLICATES)) {
        problem = "--bootstrap " + bootstrap + ": allowed: 0 to " + Bootstrap.MAX_REPLICATES;
      }
      if (problem == null
          && (toleranceDays < 0 || toleranceDays > Agreement.MAX_DATE_TOLERANCE_DAYS)) {
        problem =
            "--date-tolerance-days "
                + toleranceDays
                + ": allowed: 0 to "
                + Agreement.MAX_DATE_TOLERANCE_DAYS;
      }
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
      criteria = PolicyOptions.criteria(spec);
      agreement =
          Agreement.withDefaults()
              .withBootstrap(bootstrap)
              .withSeed(seed)
              .withDateToleranceDays(toleranceDays);
    } catch (IllegalArgumentException e) {
      err.println("rano: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    List<Rating> ratings = new ArrayList<>();
    List<RatingError> rejected = new ArrayList<>();
    String usage = usageOfInput();
    if (usage != null) {
      err.println("rano: " + Echo.forTerminal(usage, false));
      return Main.EXIT_USAGE;
    }
    String rsFile = rs;
    String input = file;
    if (rsFile != null) {
      String problemOfRs = readRs(rsFile, String.valueOf(dm), criteria, ratings, rejected);
      if (problemOfRs != null) {
        err.println("rano: " + Echo.forTerminal(problemOfRs, false));
        return Main.EXIT_USAGE;
      }
    } else if (input != null) {
      CaseReader reader = new CaseReader(CaseFormat.withCriteria(criteria));
      int code =
          CommandInput.read(
              input,
              stdin,
              err,
              CommandInput.NO_FLUSH,
              opened -> {
                read(input, opened, reader, ratings, rejected);
                return Main.EXIT_OK;
              });
      if (code != Main.EXIT_OK) {
        return code;
      }
    }
    AgreementStudy study = agreement.analyse(ratings, rejected);
    if (!quiet) {
      for (RatingError error : study.errors()) {
        if (error.reader().isPresent()) {
          err.println(
              "rano: "
                  + Echo.forTerminal(
                      error.source()
                          + " ("
                          + error.reader().get()
                          + "): USUBJID "
                          + error.caseId().orElse("(missing)")
                          + ": "
                          + error.path()
                          + " '"
                          + error.value().orElse("")
                          + "': "
                          + error.message(),
                      false));
        } else {
          err.println(
              CommandInput.errorLine(
                  error.source(),
                  new Outcome.Rejected(
                      error.caseId().orElse(null), error.path(), error.message())));
        }
      }
    }
    String document = text ? Echo.forTerminal(study.toText(), true) : study.toJson();
    String target = output;
    if (target == null) {
      out.write(document);
      out.flush();
    } else if (CommandOutput.toFile(target, err, to -> to.write(document)) != Main.EXIT_OK) {
      return Main.EXIT_USAGE;
    }
    return study.errors().isEmpty() ? Main.EXIT_OK : Main.EXIT_REJECTED;
  }

  /** The usage error of the input options (FILE or --rs with --dm and --evaluators), or null. */
  private @Nullable String usageOfInput() {
    var parsed = spec.commandLine().getParseResult();
    if (rs == null) {
      for (String option : List.of("--dm", "--evaluators", "--reference-date", "--partial-dates")) {
        if (parsed.hasMatchedOption(option)) {
          return option + " needs --rs";
        }
      }
      return file == null
          ? "give the ratings: FILE, - for standard input, or --rs RS.csv --dm DM.csv"
              + " --evaluators ID1,ID2"
          : null;
    }
    if (file != null) {
      return "--rs and FILE '" + file + "' are mutually exclusive; give one";
    }
    if (ndjson) {
      return "--ndjson and --rs are mutually exclusive: --rs reads CSV";
    }
    if (dm == null) {
      return "--rs needs --dm DM.csv (the subjects' reference dates)";
    }
    List<String> seen = new ArrayList<>();
    for (String evaluator : evaluators) {
      String name = evaluator.strip();
      if (name.isEmpty()) {
        return "--evaluators has an empty name; allowed: RSEVALID values or INVESTIGATOR,"
            + " separated by commas";
      }
      if (seen.contains(name)) {
        return "--evaluators names '" + name + "' twice; allowed: at least two distinct readers";
      }
      seen.add(name);
    }
    if (seen.size() < 2) {
      return "--rs needs --evaluators with at least two distinct readers, e.g."
          + " --evaluators 'RADIOLOGIST 1,RADIOLOGIST 2'"
          + (seen.isEmpty() ? "" : "; given: '" + seen.get(0) + "'");
    }
    return null;
  }

  /**
   * Reads each evaluator's overall responses from RS with rano-cdisc's reader and makes them
   * ratings matched by visit ({@code VISITNUM}); returns a usage error (an unreadable file, a line
   * of RS or DM longer than {@code --max-line-bytes}, an unknown evaluator), or null.
   */
  private @Nullable String readRs(
      String rsFile,
      String dmFile,
      Criteria criteria,
      List<Rating> ratings,
      List<RatingError> rejected) {
    Map<String, Set<String>> present;
    try {
      String tooLong = CommandInput.longLine(rsFile, maxLineBytes);
      if (tooLong != null) {
        return tooLong;
      }
      try (Reader reader = Files.newBufferedReader(Path.of(rsFile), StandardCharsets.UTF_8)) {
        present = SdtmReader.evaluators(rsFile, reader);
      }
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      return rsFile + ": cannot read: " + CommandInput.describe(e);
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
    List<SdtmReader> readers = new ArrayList<>();
    List<String> names = new ArrayList<>();
    PartialDates partial;
    try {
      partial = PartialDates.ofName(partialDates);
      for (String evaluator : evaluators) {
        String name = evaluator.strip();
        names.add(name);
        SdtmReader.Builder builder =
            SdtmReader.builder().referenceColumn(referenceColumn).partialDates(partial);
        List<String> roles = new ArrayList<>();
        present.forEach(
            (role, ids) -> {
              if (ids.contains(name)) {
                roles.add(role);
              }
            });
        if (roles.size() > 1) {
          return "--evaluators: '"
              + name
              + "' is an RSEVALID of several RSEVAL ("
              + String.join(", ", roles)
              + ") in "
              + rsFile
              + "; allowed: a reader of one evaluator";
        }
        if (roles.size() == 1) {
          builder.evaluator(roles.get(0)).evaluatorId(name);
        } else if (present.getOrDefault(name, Set.of()).contains("")) {
          builder.evaluator(name);
        } else {
          return "--evaluators: '"
              + name
              + "' has no overall responses (RSTESTCD "
              + SdtmReader.OVERALL_RESPONSE
              + ") in "
              + rsFile
              + "; present: "
              + describe(present);
        }
        readers.add(builder.build());
      }
    } catch (IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
    try {
      String tooLong = CommandInput.longLine(dmFile, maxLineBytes);
      if (tooLong != null) {
        return tooLong;
      }
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      return CommandInput.fileOf(e, dmFile) + ": cannot read: " + CommandInput.describe(e);
    }
    List<Rating> read = new ArrayList<>();
    List<RatingError> errors = new ArrayList<>();
    for (int i = 0; i < readers.size(); i++) {
      SdtmData data;
      try {
        data = readers.get(i).read(Path.of(rsFile), Path.of(dmFile));
      } catch (IOException | UncheckedIOException | InvalidPathException e) {
        return CommandInput.fileOf(e, rsFile) + ": cannot read: " + CommandInput.describe(e);
      } catch (IllegalArgumentException e) {
        return String.valueOf(e.getMessage());
      }
      String reader = names.get(i);
      for (RowError error : data.errors()) {
        errors.add(
            RatingError.ofRow(
                reader,
                error.file(),
                error.row(),
                error.usubjid().isEmpty() ? null : error.usubjid(),
                error.variable(),
                error.value(),
                error.message()));
      }
      for (Subject subject : data.subjects()) {
        if (!subject.assessments().isEmpty()) {
          ratingOf(rsFile, reader, subject, criteria, read, errors);
        }
      }
    }
    // Independent of the order of --evaluators: subjects by USUBJID, errors by row.
    read.sort(
        Comparator.comparing((Rating r) -> r.input().id().orElse(""))
            .thenComparing(r -> r.input().reader().orElse("")));
    errors.sort(
        Comparator.comparingLong((RatingError e) -> e.row().orElse(0))
            .thenComparing(e -> e.reader().orElse(""))
            .thenComparing(RatingError::path));
    ratings.addAll(read);
    rejected.addAll(errors);
    return null;
  }

  /** Makes a subject's responses by one reader a rating keyed by VISITNUM, or an error record. */
  private static void ratingOf(
      String rsFile,
      String reader,
      Subject subject,
      Criteria criteria,
      List<Rating> ratings,
      List<RatingError> errors) {
    List<String> visits = new ArrayList<>();
    Set<String> notEvaluated = new HashSet<>();
    Map<String, RsAssessment> byVisit = new HashMap<>();
    for (RsAssessment assessment : subject.assessments()) {
      BigDecimal number = assessment.visitNumber();
      if (number == null) {
        errors.add(
            RatingError.ofRow(
                reader,
                rsFile,
                assessment.row(),
                subject.usubjid(),
                "VISITNUM",
                "",
                "missing; the readers' overall responses are matched by USUBJID and VISITNUM"));
        return;
      }
      String key = number.stripTrailingZeros().toPlainString();
      RsAssessment before = byVisit.putIfAbsent(key, assessment);
      if (before != null) {
        errors.add(
            RatingError.ofRow(
                reader,
                rsFile,
                assessment.row(),
                subject.usubjid(),
                "VISITNUM",
                number.toPlainString(),
                "two overall responses of "
                    + reader
                    + " at this visit (rows "
                    + before.row()
                    + " and "
                    + assessment.row()
                    + ", on "
                    + before.date()
                    + " and "
                    + assessment.date()
                    + "); allowed: one per VISITNUM, since the readers' responses are matched by"
                    + " visit"));
        return;
      }
      visits.add(key);
      if (assessment.missing()) {
        notEvaluated.add(key);
      }
    }
    try {
      CaseInput.Sequence input =
          new CaseInput.Sequence(subject.sequence(), criteria, Optional.of(reader));
      ratings.add(Rating.ofVisits(rsFile + " (" + reader + ")", input, visits, notEvaluated));
    } catch (InvalidInputException e) {
      errors.add(
          RatingError.ofRow(
              reader,
              rsFile,
              0,
              subject.usubjid(),
              e.path(),
              String.valueOf(e.value()),
              e.problem()));
    }
  }

  /** The evaluators of an RS file, for a message: RSEVALID values, and RSEVAL without one. */
  private static String describe(Map<String, Set<String>> present) {
    List<String> parts = new ArrayList<>();
    present.forEach(
        (role, ids) -> {
          List<String> named =
              ids.stream().filter(id -> !id.isEmpty()).map(id -> "'" + id + "'").toList();
          if (!named.isEmpty()) {
            parts.add("RSEVALID " + String.join(", ", named) + " (RSEVAL " + role + ")");
          }
          if (ids.contains("")) {
            parts.add("RSEVAL " + role + " (no RSEVALID)");
          }
        });
    return parts.isEmpty() ? "none (no OVRLRESP rows)" : String.join("; ", parts);
  }

  private void read(
      String file,
      InputStream input,
      CaseReader reader,
      List<Rating> ratings,
      List<RatingError> rejected)
      throws IOException {
    if (ndjson || CommandInput.namedAsLines(file)) {
      LineReader lines = new LineReader(input, () -> {}, maxLineBytes);
      int number = 0;
      for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
        number++;
        String where = "line " + number;
        if (line.status() != LineReader.Status.TEXT) {
          add(where, CommandInput.unreadable(line, maxLineBytes, true), rejected);
        } else if (!line.isBlank()) {
          readOne(where, line.text(), reader, ratings, rejected);
        }
      }
      return;
    }
    LineReader.Line content = CommandInput.readWhole(input, maxLineBytes);
    String name = CommandInput.name(file);
    if (content.status() != LineReader.Status.TEXT) {
      add(name, CommandInput.unreadable(content, maxLineBytes, false), rejected);
      return;
    }
    if (!CaseArray.looksLikeArray(content.text())) {
      readOne(name, content.text(), reader, ratings, rejected);
      return;
    }
    CaseArray.Split array = CaseArray.split(content.text());
    Outcome.Rejected notArray = array.rejected();
    if (notArray != null) {
      add(name, notArray, rejected);
      return;
    }
    for (int i = 0; i < array.elements().size(); i++) {
      readOne(name + " [" + i + "]", array.elements().get(i), reader, ratings, rejected);
    }
  }

  private static void readOne(
      String where,
      String caseText,
      CaseReader reader,
      List<Rating> ratings,
      List<RatingError> rejected) {
    try {
      CaseInput input = reader.read(caseText);
      ratings.add(Rating.of(where, input));
    } catch (CaseRejection e) {
      rejected.add(RatingError.of(where, e.caseId(), e.path(), e.problem()));
    }
  }

  private static void add(String where, Outcome.Rejected rejection, List<RatingError> rejected) {
    rejected.add(RatingError.of(where, rejection.caseId(), rejection.path(), rejection.message()));
  }
}
