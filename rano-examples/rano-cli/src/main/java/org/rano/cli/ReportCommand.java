package org.rano.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.json.CaseFormat;
import org.rano.report.CohortReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rano report}: scores a cohort, as {@code rano score} reads it, and writes its responses as
 * pictures in one self-contained HTML file ({@link CohortReport}), and with {@code --svg DIR} each
 * plot as an SVG file. A thin shell: reading and scoring are {@code score}'s, the report is
 * rano-report's.
 *
 * <p>Exit codes: 0 every case assessed, 1 at least one case rejected (the report lists it), 2 usage
 * error, 3 writing failed, 4 internal error.
 */
@Command(
    name = "report",
    header = "Writes a cohort's responses as pictures in one self-contained HTML file.",
    description = {
      "Reads cases as 'rano score' does (one case or a JSON array from FILE, or one case per "
          + "line with --ndjson; - for standard input), scores them, and writes REPORT.html: a "
          + "cohort summary (best overall responses, objective response rate with its exact "
          + "Clopper-Pearson 95 %% interval, the criteria), a swimmer plot, a spider plot and a "
          + "waterfall plot of the composite change (2017 scorecard), a Kaplan-Meier curve of "
          + "progression-free time with the median's Brookmeyer-Crowley interval, each case's "
          + "time points with a heat strip of its components and its composite over time, and "
          + "every rejected case with its error. The file needs nothing else: inline SVG and "
          + "CSS, no script, no network.",
      "",
      "A rejected case is listed in the report and, unless --quiet, on standard error; the "
          + "report is written all the same and the exit code is 1. The report is written to a "
          + "temporary file beside REPORT.html and renamed onto it when complete, so a failed "
          + "write (exit 3) never leaves half a report. On success one line on standard output "
          + "says what was written."
    },
    parameterListHeading = "%nInput:%n",
    exitCodeList = {
      "0:every case was assessed; the report was written",
      "1:at least one case was rejected as invalid (the report lists it and was written)",
      "2:usage error (unknown option, bad option value, unreadable FILE, pretty-printed input "
          + "to --ndjson); no report is written",
      "3:writing the report or an SVG file failed; the command stopped at once",
      "4:internal error (a bug in rano; the case that met it is listed as rejected)"
    },
    footerHeading = "%nPolicy names for a case's \"criteria\" object (as the options above):%n",
    footer = {
      "",
      "Examples:",
      "  rano report cohort.ndjson --output report.html   (*.ndjson: one case per line)",
      "  rano report --ndjson - --output report.html --title 'Trial X, cut-off 2026-06' < c.ndjson",
      "  rano report cases.json --output report.html --svg plots --confirmation-days 21"
    })
final class ReportCommand extends Subcommand {

  private final InputStream stdin;
  private final LineOutput out;
  private final PrintWriter err;

  @Parameters(
      index = "0",
      paramLabel = "FILE|-",
      description =
          "The cases, or - for standard input: one case (a JSON object) or, without --ndjson, "
              + "a JSON array of cases; with --ndjson, one case per line.")
  private String file = "-";

  @Option(
      names = "--output",
      required = true,
      paramLabel = "REPORT.html",
      description = "The HTML file to write (replaced if it exists).")
  private String output = "";

  @Option(
      names = "--ndjson",
      description =
          "Read one case per line (NDJSON); a FILE named *.ndjson or *.jsonl is read so without"
              + " it.")
  private boolean ndjson;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The report's title (default: ${DEFAULT-VALUE}).")
  private String title = "RANO-LM cohort report";

  @Option(
      names = "--svg",
      paramLabel = "DIR",
      description =
          "Also write each plot as a standalone SVG file into DIR (created if missing): "
              + "swimmer.svg, spider.svg, waterfall.svg, progression-free.svg, and "
              + "case-N-strip.svg and case-N-composite.svg per case (N its number in the input).")
  private @Nullable String svgDir;

  @Option(
      names = "--max-line-bytes",
      paramLabel = "N",
      description =
          "The longest case read, in bytes, as for 'rano score' (default ${DEFAULT-VALUE}).")
  private int maxLineBytes = CommandInput.DEFAULT_MAX_LINE_BYTES;

  @Option(
      names = {"-q", "--quiet"},
      description = "Write no line on standard error for a rejected case (the report lists it).")
  private boolean quiet;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  // The criteria options, one per policy of the library, are added by PolicyOptions.addTo.

  /**
   * Obtains the command.
   *
   * @param stdin standard input, read when FILE is {@code -}
   * @param out standard output, for the line that says what was written
   * @param err standard error, for error messages
   */
  ReportCommand(InputStream stdin, LineOutput out, PrintWriter err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /**
   * Reads and scores the cases and writes the report.
   *
   * @return the exit code: 0, 1, 2, 3 or 4
   */
  @Override
  public Integer call() {
    if (!CommandInput.maxLineBytesAllowed(maxLineBytes, err)) {
      return Main.EXIT_USAGE;
    }
    Optional<Criteria> criteria = PolicyOptions.criteria(spec, err);
    if (criteria.isEmpty()) {
      return Main.EXIT_USAGE;
    }
    Path target;
    try {
      target = Path.of(output);
    } catch (InvalidPathException e) {
      err.println("rano: --output " + Echo.forTerminal(output, false) + ": not a valid path");
      return Main.EXIT_USAGE;
    }
    CaseScorer scorer = new CaseScorer(CaseFormat.withCriteria(criteria.get()));
    CohortReport.Builder report = CohortReport.builder().title(title).criteria(criteria.get());
    int code =
        CommandInput.read(
            file,
            stdin,
            err,
            CommandInput.NO_FLUSH,
            input ->
                ndjson || CommandInput.namedAsLines(file)
                    ? readLines(input, scorer, report)
                    : readWhole(input, scorer, report));
    if (code == Main.EXIT_USAGE) {
      return code;
    }
    CohortReport built = report.build();
    try {
      writeAtomically(target, built);
      if (svgDir != null) {
        writeSvgFiles(Path.of(svgDir), built);
      }
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      err.println("rano: " + Echo.forTerminal(describeWrite(e), false));
      return Main.EXIT_OUTPUT;
    }
    out.write(
        Echo.forTerminal(
                "rano report: wrote "
                    + output
                    + " ("
                    + built.assessedCases()
                    + " cases assessed, "
                    + built.rejections().size()
                    + " rejected"
                    + (svgDir == null ? "" : "; SVG files in " + svgDir)
                    + ")",
                false)
            + "\n");
    return code;
  }

  private int readWhole(InputStream input, CaseScorer scorer, CohortReport.Builder report)
      throws IOException {
    LineReader.Line content = CommandInput.readWhole(input, maxLineBytes);
    String name = CommandInput.name(file);
    if (content.status() != LineReader.Status.TEXT) {
      return add(CommandInput.unreadable(content, maxLineBytes, false), name, report);
    }
    if (!CaseArray.looksLikeArray(content.text())) {
      return add(scorer.score(content.text()), name, report);
    }
    CaseArray.Split array = CaseArray.split(content.text());
    if (array.rejected() != null) {
      return add(array.rejected(), name, report);
    }
    int code = Main.EXIT_OK;
    int index = 0;
    for (String element : array.elements()) {
      Outcome outcome = scorer.score(element);
      if (outcome instanceof Outcome.Rejected rejected) {
        outcome = CaseArray.atIndex(index, rejected);
      }
      code = Math.max(code, add(outcome, name + " [" + index + "]", report));
      index++;
    }
    return code;
  }

  private int readLines(InputStream input, CaseScorer scorer, CohortReport.Builder report)
      throws IOException {
    LineReader lines = new LineReader(input, () -> {}, maxLineBytes);
    Deque<LineReader.Line> readAhead = new ArrayDeque<>();
    String name = CommandInput.name(file);
    boolean first = true;
    int code = Main.EXIT_OK;
    int number = 0;
    while (true) {
      LineReader.Line line = readAhead.isEmpty() ? lines.next() : readAhead.poll();
      if (line == null) {
        break;
      }
      number++;
      boolean readable = line.status() == LineReader.Status.TEXT;
      if (line.isBlank()) {
        continue;
      }
      if (first && readable) {
        Optional<PrettyInput.Found> pretty =
            PrettyInput.look(line.text(), lines, maxLineBytes, readAhead);
        if (pretty.isPresent()) {
          err.println(PrettyInput.message(name, number, pretty.get()));
          return Main.EXIT_USAGE;
        }
      }
      first = false;
      Outcome outcome =
          readable ? scorer.score(line.text()) : CommandInput.unreadable(line, maxLineBytes, true);
      code = Math.max(code, add(outcome, name + " line " + number, report));
    }
    return code;
  }

  /** Adds a scored case to the report, or lists a rejected one; returns its exit code. */
  private int add(Outcome outcome, String where, CohortReport.Builder report) {
    if (outcome instanceof Outcome.Scored scored) {
      report.add(scored.assessment());
      return Main.EXIT_OK;
    }
    Outcome.Rejected rejected = (Outcome.Rejected) outcome;
    report.reject(
        new CohortReport.Rejection(where, rejected.caseId(), rejected.path(), rejected.message()));
    if (!quiet) {
      err.println(CommandInput.errorLine(Echo.forTerminal(where, false), rejected));
    }
    return rejected.exitCode();
  }

  /**
   * Writes the report to a temporary file beside the target and renames it onto the target, so that
   * a reader never sees half a report. Every write is checked; the temporary file is removed when
   * writing fails.
   */
  private static void writeAtomically(Path target, CohortReport report) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new WriteFailure(target + ": cannot write: the directory " + dir + " does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new WriteFailure(target + ": cannot write: is a directory");
    }
    if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
      // a device (/dev/stdout), a pipe or a symbolic link: written in place, never replaced
      try (Writer writer = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8)) {
        report.writeHtml(writer);
      } catch (IOException e) {
        throw new WriteFailure(target + ": cannot write: " + CommandInput.describe(e), e);
      }
      return;
    }
    // a new file of the process's own name (so the umask sets its permissions, as for any file
    // the command writes), never one that exists
    Path temporary =
        dir.resolve(
            "."
                + absolute.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "."
                + System.nanoTime()
                + ".tmp");
    boolean done = false;
    try {
      try (Writer writer =
          Files.newBufferedWriter(
              temporary,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE)) {
        report.writeHtml(writer);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } catch (IOException e) {
      throw new WriteFailure(target + ": cannot write: " + CommandInput.describe(e), e);
    } finally {
      if (!done) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  private static void writeSvgFiles(Path dir, CohortReport report) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new WriteFailure(
          "--svg " + dir + ": cannot create the directory: " + CommandInput.describe(e), e);
    }
    for (Map.Entry<String, String> svg : report.svgFiles().entrySet()) {
      Path file = dir.resolve(svg.getKey());
      try {
        Files.writeString(file, svg.getValue(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new WriteFailure(file + ": cannot write: " + CommandInput.describe(e), e);
      }
    }
  }

  private static String describeWrite(Exception e) {
    if (e instanceof WriteFailure) {
      return String.valueOf(e.getMessage());
    }
    return "cannot write: " + CommandInput.describe(e);
  }

  /** A write that failed, with its message ready for standard error. */
  private static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(String message) {
      super(message);
    }

    WriteFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
