package org.rano.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.agreement.Agreement;
import org.rano.agreement.AgreementStudy;
import org.rano.agreement.Rating;
import org.rano.agreement.RatingError;
import org.rano.agreement.stats.Bootstrap;
import org.rano.json.CaseFormat;
import org.rano.json.CaseInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rano agreement}: the agreement between readers who rated the same patients in the case
 * format (issue 16). A thin shell over rano-agreement's {@link Agreement}: it reads the ratings,
 * reports the ones it cannot read, and prints the study as JSON or as a table.
 *
 * <p>Exit codes: 0 every rating analysed, 1 at least one error record, 2 usage error, 3 output
 * failed, 4 internal error.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "Agreement between readers who rated the same patients, and what to adjudicate.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
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
          + "on standard error), and the patient is left out of the statistics (exit 1)."
    },
    parameterListHeading = "%nInput:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every rating was analysed",
      "1:at least one error record (the other patients are still analysed)",
      "2:usage error (unknown option, bad option value, unreadable file)",
      "3:output failed (a full disk, a closed pipe)",
      "4:internal error (a bug in rano, please report it)"
    },
    footerHeading = "%nPolicy names for a case's \"criteria\" object (as the options above):%n",
    footer = {
      "",
      "Examples:",
      "  rano generate --cases 20 --seed 7 --readers 3 --disagreement 0.1 > study.ndjson",
      "  rano agreement --ndjson --text study.ndjson",
      "  rano agreement --ndjson --bootstrap 2000 --seed 42 --output agreement.json study.ndjson"
    })
final class AgreementCommand implements Callable<Integer> {

  private final InputStream stdin;
  private final LineOutput out;
  private final PrintWriter err;

  @Parameters(
      arity = "1",
      paramLabel = "FILE|-",
      description = "The ratings, or - for standard input.")
  private String file = "-";

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
      description = "The longest rating read, in bytes (default ${DEFAULT-VALUE}, 1 MiB).")
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
    Optional<InputStream> opened = CommandInput.open(file, stdin, err);
    if (opened.isEmpty()) {
      return Main.EXIT_USAGE;
    }
    CaseReader reader = new CaseReader(CaseFormat.withCriteria(criteria));
    List<Rating> ratings = new ArrayList<>();
    List<RatingError> rejected = new ArrayList<>();
    try {
      read(opened.get(), reader, ratings, rejected);
    } catch (IOException | UncheckedIOException e) {
      err.println(
          "rano: "
              + Echo.forTerminal(CommandInput.name(file), false)
              + ": cannot read: "
              + Echo.forTerminal(CommandInput.describe(e), false));
      return Main.EXIT_USAGE;
    } finally {
      CommandInput.closeUnlessStdin(file, opened.get());
    }
    AgreementStudy study = agreement.analyse(ratings, rejected);
    if (!quiet) {
      for (RatingError error : study.errors()) {
        err.println(
            CommandInput.errorLine(
                error.source(),
                new Outcome.Rejected(error.caseId().orElse(null), error.path(), error.message())));
      }
    }
    String document = text ? Echo.forTerminal(study.toText(), true) : study.toJson();
    String target = output;
    if (target == null) {
      out.write(document);
      out.flush();
    } else {
      OutputStream stream;
      try {
        stream = Files.newOutputStream(Path.of(target));
      } catch (IOException | InvalidPathException e) {
        err.println(
            "rano: "
                + Echo.forTerminal(target, false)
                + ": cannot write: "
                + Echo.forTerminal(CommandInput.describe(e), false));
        return Main.EXIT_USAGE;
      }
      LineOutput fileOutput = LineOutput.open(stream, Echo.forTerminal(target, false));
      try {
        fileOutput.write(document);
      } finally {
        fileOutput.close(true);
      }
    }
    return study.errors().isEmpty() ? Main.EXIT_OK : Main.EXIT_REJECTED;
  }

  private void read(
      InputStream input, CaseReader reader, List<Rating> ratings, List<RatingError> rejected)
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
