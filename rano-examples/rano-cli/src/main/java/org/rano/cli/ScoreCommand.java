package org.rano.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rano score}: scores one case, or many with {@code --ndjson}, and prints the result as JSON
 * or, with {@code --text}, as a table. The criteria options set the policies of the specification;
 * a case's own {@code criteria} object overrides them for that case.
 *
 * <p>Exit codes: 0 every case assessed, 1 at least one case rejected as invalid, 2 usage error, 3
 * output failed, 4 internal error.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "Scores RANO-LM cases given as JSON and prints the assessment.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Reads one case (a JSON object) from FILE, or from standard input when FILE is -, and "
          + "prints the result as JSON: every time point with its components, overall response, "
          + "confirmation, the rule IDs that decided it and the reasons (\"reasons\" in "
          + "English, \"reasonFacts\" as {\"rule\", \"kind\", \"facts\"}); the best overall "
          + "responses (unconfirmed and confirmed), the progression date, warnings and notes "
          + "(each also as facts) and the criteria in force.",
      "",
      "A case is either raw assessments ({\"id\", \"baseline\", \"followUps\"}) or a sequence "
          + "of responses assessed elsewhere ({\"id\", \"referenceDate\", \"responses\"}); the "
          + "format is described in the project's README. A case may carry \"criteria\": "
          + "{policy: value}, which overrides the options below for that case.",
      "",
      "An invalid case yields {\"id\": ..., \"error\": {\"path\": ..., \"message\": ...}} on "
          + "standard output and \"rano: <file or line> <id>: <path>: <message>\" on standard "
          + "error. With --text and on standard error, control characters, bidirectional "
          + "overrides and lone surrogates in echoed text are written as \\uXXXX escapes.",
      "",
      "Every write is checked: on a full disk or a closed pipe the command stops at once with "
          + "one line on standard error (exit 3). On SIGTERM or SIGINT it ends after a whole "
          + "output line. A closed standard input (- with <&-) is a usage error (exit 2)."
    },
    parameterListHeading = "%nInput:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case was assessed",
      "1:at least one case was rejected as invalid (its error record is printed; every valid "
          + "case is still assessed)",
      "2:usage error (unknown option, bad option value, unreadable file, closed standard "
          + "input)",
      "3:output failed (a full disk, a closed pipe); the command stopped at once",
      "4:internal error (a bug in rano; a case that met it gets an error record and the others "
          + "are still assessed)"
    },
    footerHeading = "%nPolicy names for a case's \"criteria\" object (as the options above):%n",
    footer = {
      "",
      "Examples:",
      "  rano score case.json",
      "  rano score --text --confirmation-days 21 case.json",
      "  rano score --ndjson - < cohort.ndjson > results.ndjson"
    })
final class ScoreCommand implements Callable<Integer> {

  private final InputStream stdin;
  private final LineOutput out;
  private final PrintWriter err;

  @Parameters(
      index = "0",
      arity = "1",
      paramLabel = "FILE|-",
      description = "The case file, or - for standard input.")
  private String file = "-";

  @Option(
      names = "--ndjson",
      description =
          "Read many cases, one JSON object per line, and write one result line per "
              + "non-blank input line, in order, streaming (a line of nothing but spaces, tabs and "
              + "CR is skipped; output is flushed whenever the program waits for input, so it works "
              + "as a co-process).")
  private boolean ndjson;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      description =
          "The longest case read, in bytes: a line with --ndjson, else the whole "
              + "input (default ${DEFAULT-VALUE}, 1 MiB; at most "
              + CommandInput.MAX_MAX_LINE_BYTES
              + "). A longer line is skipped without being kept in memory and gets an error record; "
              + "the stream goes on.")
  private int maxLineBytes = CommandInput.DEFAULT_MAX_LINE_BYTES;

  @Option(
      names = "--text",
      description =
          "Print a readable table per case instead of JSON: one line per time point "
              + "(date, days, neuro, CSF, imaging with composite and change, overall, confirmed, "
              + "rules), then the best overall responses and the progression date.")
  private boolean text;

  @Option(
      names = "--parse-only",
      description =
          "For measurement only, with --ndjson: read and check each case into the "
              + "library's types exactly as scoring does, but do not assess it, and write "
              + "{\"id\": ..., \"parsed\": true} per valid case (an invalid case gets its usual "
              + "error record), so that the cost of parsing can be compared with the cost of "
              + "scoring on the same input.")
  private boolean parseOnly;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  // The criteria options, one per policy of the library, are added by PolicyOptions.addTo.

  /**
   * Obtains the command.
   *
   * @param stdin standard input, read when FILE is {@code -}
   * @param out standard output, for results
   * @param err standard error, for error messages
   */
  ScoreCommand(InputStream stdin, LineOutput out, PrintWriter err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /**
   * Scores the input and prints the results.
   *
   * @return the exit code: 0 every case assessed, 1 a case rejected, 2 usage error, 4 a case met a
   *     bug
   * @throws LineOutput.Failure if writing the output failed (exit code 3)
   */
  @Override
  public Integer call() {
    String lineProblem = CommandInput.checkMaxLineBytes(maxLineBytes);
    if (lineProblem != null) {
      err.println("rano: " + lineProblem);
      return Main.EXIT_USAGE;
    }
    Criteria criteria;
    try {
      criteria = criteria();
    } catch (UsageException e) {
      err.println("rano: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    if (parseOnly && (!ndjson || text)) {
      err.println(
          "rano: --parse-only is a measurement mode of --ndjson; use it with --ndjson "
              + "and without --text");
      return Main.EXIT_USAGE;
    }
    Optional<InputStream> opened = CommandInput.open(file, stdin, err);
    if (opened.isEmpty()) {
      return Main.EXIT_USAGE;
    }
    InputStream input = opened.get();
    CaseScorer scorer = new CaseScorer(criteria);
    try {
      return ndjson ? scoreLines(input, scorer) : scoreOne(input, scorer);
    } catch (IOException | UncheckedIOException e) {
      out.flush();
      err.println(
          "rano: "
              + Echo.forTerminal(CommandInput.name(file), false)
              + ": cannot read: "
              + Echo.forTerminal(CommandInput.describe(e), false));
      return Main.EXIT_USAGE;
    } finally {
      out.flush();
      CommandInput.closeUnlessStdin(file, input);
    }
  }

  /** One case from the whole input. */
  private int scoreOne(InputStream input, CaseScorer scorer) throws IOException {
    LineReader.Line content = CommandInput.readWhole(input, maxLineBytes);
    Outcome outcome =
        content.status() == LineReader.Status.TEXT
            ? scorer.score(content.text())
            : CommandInput.unreadable(content, maxLineBytes, false);
    emit(outcome, CommandInput.name(file), false);
    return exitCode(outcome);
  }

  /** One case per line, streaming; output flushed whenever input would block. */
  private int scoreLines(InputStream input, CaseScorer scorer) throws IOException {
    LineReader lines = new LineReader(input, out::flush, maxLineBytes);
    int code = Main.EXIT_OK;
    int number = 0;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      boolean readable = line.status() == LineReader.Status.TEXT;
      if (readable && CommandInput.isBlank(line.text())) {
        continue;
      }
      Outcome outcome;
      if (!readable) {
        outcome = CommandInput.unreadable(line, maxLineBytes, true);
      } else if (parseOnly) {
        Outcome.Rejected rejected = parseOnly(scorer, line.text());
        if (rejected == null) {
          continue;
        }
        outcome = rejected;
      } else {
        outcome = scorer.score(line.text());
      }
      code = Math.max(code, exitCode(outcome));
      emit(outcome, "line " + number, true);
    }
    return code;
  }

  private static int exitCode(Outcome outcome) {
    if (outcome instanceof Outcome.Rejected rejected) {
      return rejected.bug() ? Main.EXIT_INTERNAL : Main.EXIT_REJECTED;
    }
    return Main.EXIT_OK;
  }

  /**
   * {@code --parse-only}: reads one case without assessing it and prints {@code {"id": ...,
   * "parsed": true}}, or returns its rejection.
   *
   * @return the rejection, or null when the case was read and its line printed
   */
  private Outcome.@Nullable Rejected parseOnly(CaseScorer scorer, String caseText) {
    Optional<String> id;
    try {
      id = scorer.read(caseText);
    } catch (CaseRejection e) {
      return new Outcome.Rejected(e.caseId(), e.path(), e.problem());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.Rejected.ofBug(null, "could not be read", e);
    }
    out.write(
        Echo.escapeLoneSurrogates(
            (id.isEmpty()
                    ? "{\"id\":null"
                    : "{\"id\":\""
                        + new String(JsonStringEncoder.getInstance().quoteAsString(id.get()))
                        + '"')
                + ",\"parsed\":true}\n"));
    return null;
  }

  /**
   * Writes one outcome as one record, in one piece: JSON (one line with --ndjson), or with --text
   * the report made safe for a terminal; a rejection also gets its line on standard error, after
   * the output so far.
   */
  private void emit(Outcome outcome, String where, boolean oneLine) {
    if (text) {
      out.write(Echo.forTerminal(TextReport.write(outcome), true) + (oneLine ? "\n" : ""));
    } else {
      out.write(new ResultWriter(!oneLine).write(outcome) + "\n");
    }
    if (outcome instanceof Outcome.Rejected rejected) {
      out.flush();
      err.println(CommandInput.errorLine(where, rejected));
    }
  }

  /** The criteria of the options, applied in the specification's order of the policies. */
  private Criteria criteria() throws UsageException {
    try {
      return PolicyOptions.criteria(spec);
    } catch (IllegalArgumentException e) {
      throw new UsageException(String.valueOf(e.getMessage()));
    }
  }

  /** A bad option value. */
  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }
}
