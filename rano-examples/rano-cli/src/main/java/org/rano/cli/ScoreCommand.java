package org.rano.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rano.Criteria;
import org.rano.InvalidInputException;
import org.rano.json.CaseFormat;
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
    header = "Scores RANO-LM cases given as JSON and prints the assessment.",
    description = {
      "Reads one case (a JSON object) from FILE, or from standard input when FILE is -, and "
          + "prints the result as indented JSON. Several FILEs, or a FILE holding a JSON array of "
          + "cases, give one result line (NDJSON) per case, in order; an element's error record has "
          + "its index before its path, e.g. \"[3].followUps[0].date\". A FILE that cannot be "
          + "read is reported on standard error (exit 2) and the other FILEs are still scored. The "
          + "result has: every time point with its components, overall response, "
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
          + "standard output and, unless --quiet, \"rano: <file or line> <id>: <path>: <message>\" "
          + "on standard error (with several FILEs and --ndjson, \"<file> line N\"). A co-process "
          + "must read standard error, or give --quiet, or it may hang once the pipe is full. "
          + "With --ndjson, pretty-printed input (a JSON value over several lines) is reported "
          + "once with a hint and exit code 2, instead of once per line. With --text and on standard error, control characters, bidirectional "
          + "overrides and lone surrogates in echoed text are written as \\uXXXX escapes.",
      "",
      "Every write is checked: on a full disk or a closed pipe the command stops at once with "
          + "one line on standard error (exit 3). On SIGTERM or SIGINT it ends after a whole "
          + "output line. A closed standard input (- with <&-) is a usage error (exit 2)."
    },
    parameterListHeading = "%nInput:%n",
    exitCodeList = {
      "0:every case was assessed",
      "1:at least one case was rejected as invalid (its error record is printed; every valid "
          + "case is still assessed)",
      "2:usage error (unknown option, bad option value, unreadable file, closed standard "
          + "input, pretty-printed input to --ndjson); with several FILEs the others are still "
          + "scored",
      "3:output failed (a full disk, a closed pipe); the command stopped at once",
      "4:internal error (a bug in rano; a case that met it gets an error record and the others "
          + "are still assessed)",
      "With several FILEs the exit code is the highest of theirs (4 above 2 above 1 above 0)."
    },
    footerHeading = "%nPolicy names for a case's \"criteria\" object (as the options above):%n",
    footer = {
      "",
      "Examples:",
      "  rano score case.json",
      "  rano score a.json b.json cases-array.json > results.ndjson",
      "  rano score --text --confirmation-days 21 case.json",
      "  rano score --ndjson - < cohort.ndjson > results.ndjson",
      "  rano score --ndjson --quiet -    (a co-process that does not read standard error)"
    })
final class ScoreCommand extends Subcommand {

  private final InputStream stdin;
  private final LineOutput out;
  private final PrintWriter err;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|-",
      description =
          "The case files, or - for standard input (at most once), scored in the order given. A "
              + "file holds one case (a JSON object) or, without --ndjson, a JSON array of cases; "
              + "with --ndjson, one case per line.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--ndjson",
      description =
          "Read many cases, one JSON object per line, and write one result line per "
              + "non-blank input line, in order, streaming (a line of nothing but spaces, tabs and "
              + "CR is skipped; output is flushed whenever the program waits for input, so it works "
              + "as a co-process). A FILE named *.ndjson or *.jsonl is read so without it.")
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
      names = {"-q", "--quiet"},
      description =
          "Write no line on standard error for a rejected case (its error record stays in the "
              + "output, and the exit code is still 1 or 4). Messages that are not about one case "
              + "(an unreadable file, a failed write) are still written. For a co-process that does "
              + "not read standard error.")
  private boolean quiet;

  @Option(
      names = "--instrument",
      paramLabel = "FILE",
      description =
          "Load a neurological instrument from a JSON definition ({\"name\", \"domains\": "
              + "[{\"key\", \"label\", \"levels\"}]}, levels from 0 upwards); a case that "
              + "names it in \"instrument\" uses its domain keys in \"neuro\". Repeatable. LANO "
              + "is built in and stays the default.")
  private List<String> instrumentFiles = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "With --ndjson: score on N worker threads while the lines are read and the records "
              + "written in input order (the output is the same, byte for byte, for any N; at most "
              + MAX_THREADS
              + "). Default 1: on the command's own thread. More pays only where cores are to "
              + "spare: the JIT compiler and the garbage collector already keep a second core busy.")
  private int threads = 1;

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

  /** The most worker threads of {@code --threads}. */
  static final int MAX_THREADS = 64;

  /** The lines in flight per worker thread: enough to keep them busy, few enough to be small. */
  private static final int LINES_PER_THREAD = 32;

  /** The bytes of one NDJSON record, reused from record to record. */
  private final ResultWriter.RecordBytes record = new ResultWriter.RecordBytes();

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
    if (!CommandInput.maxLineBytesAllowed(maxLineBytes, err)) {
      return Main.EXIT_USAGE;
    }
    Optional<Criteria> criteria = PolicyOptions.criteria(spec, err);
    if (criteria.isEmpty()) {
      return Main.EXIT_USAGE;
    }
    if (parseOnly && (!ndjson || text)) {
      err.println(
          "rano: --parse-only is a measurement mode of --ndjson; use it with --ndjson "
              + "and without --text");
      return Main.EXIT_USAGE;
    }
    if (threads < 1 || threads > MAX_THREADS) {
      err.println(
          "rano: --threads "
              + threads
              + " is out of range; allowed: 1 to "
              + MAX_THREADS
              + " (1 scores on the command's own thread)");
      return Main.EXIT_USAGE;
    }
    if (threads > 1
        && (text
            || parseOnly
            || (!ndjson && files.stream().noneMatch(CommandInput::namedAsLines)))) {
      err.println(
          "rano: --threads scores NDJSON lines: use it with --ndjson (or FILEs named *.ndjson or "
              + "*.jsonl), and without --text or --parse-only");
      return Main.EXIT_USAGE;
    }
    if (files.stream().filter(CommandInput::isStdin).count() > 1) {
      err.println("rano: - (standard input) can be given once only");
      return Main.EXIT_USAGE;
    }
    CaseFormat format = CaseFormat.withCriteria(criteria.get());
    for (String file : instrumentFiles) {
      try {
        format =
            format.withInstrument(
                CaseFormat.readInstrument(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
      } catch (IOException | RuntimeException e) {
        err.println(
            Echo.forTerminal("rano: --instrument " + file + ": " + instrumentProblem(e), false));
        return Main.EXIT_USAGE;
      }
    }
    CaseScorer scorer = new CaseScorer(format);
    int code = Main.EXIT_OK;
    for (String file : files) {
      code = Math.max(code, scoreFile(file, scorer));
    }
    return code;
  }

  /**
   * Scores one FILE. One that cannot be read is reported on standard error and yields exit code 2;
   * the next file is scored all the same.
   */
  private int scoreFile(String file, CaseScorer scorer) {
    return CommandInput.read(
        file,
        stdin,
        err,
        out::flush,
        input ->
            ndjson || CommandInput.namedAsLines(file)
                ? scoreLines(file, input, scorer)
                : scoreWhole(file, input, scorer));
  }

  /**
   * The whole input: one case, or a JSON array of cases. One case from one FILE is written as
   * indented JSON; the cases of several FILEs or of an array one line each (NDJSON).
   */
  private int scoreWhole(String file, InputStream input, CaseScorer scorer) throws IOException {
    LineReader.Line content = CommandInput.readWhole(input, maxLineBytes);
    String name = CommandInput.name(file);
    boolean oneLine = files.size() > 1;
    if (content.status() != LineReader.Status.TEXT) {
      Outcome outcome = CommandInput.unreadable(content, maxLineBytes, false);
      emit(outcome, name, oneLine);
      return outcome.exitCode();
    }
    if (!CaseArray.looksLikeArray(content.text())) {
      Outcome outcome = scorer.score(content.text());
      emit(outcome, name, oneLine);
      return outcome.exitCode();
    }
    CaseArray.Split array = CaseArray.split(content.text());
    if (array.rejected() != null) {
      emit(array.rejected(), name, true);
      return Main.EXIT_REJECTED;
    }
    int code = Main.EXIT_OK;
    int index = 0;
    for (String element : array.elements()) {
      Outcome outcome = scorer.score(element);
      if (outcome instanceof Outcome.Rejected rejected) {
        outcome = CaseArray.atIndex(index, rejected);
      }
      code = Math.max(code, outcome.exitCode());
      emit(outcome, name, true);
      index++;
    }
    return code;
  }

  /**
   * One case per line, streaming; output flushed whenever input would block. Input whose first
   * non-blank line opens a JSON value that later lines close is pretty-printed JSON, not NDJSON: it
   * is reported once (exit code 2) instead of line by line.
   */
  private int scoreLines(String file, InputStream input, CaseScorer scorer) throws IOException {
    if (threads < 2 || parseOnly || text) {
      return scoreLines(file, input, scorer, null);
    }
    try (ScoringPipeline pipeline =
        new ScoringPipeline(scorer, threads, threads * LINES_PER_THREAD)) {
      return scoreLines(file, input, scorer, pipeline);
    }
  }

  /**
   * {@link #scoreLines(String, InputStream, CaseScorer)} on the command's thread, or with the
   * scoring on a pipeline's workers; the output is the same.
   */
  private int scoreLines(
      String file, InputStream input, CaseScorer scorer, @Nullable ScoringPipeline pipeline)
      throws IOException {
    // the exit code so far, also raised by the records written before the reader waits for input
    int[] code = {Main.EXIT_OK};
    Runnable beforeBlocking =
        pipeline == null
            ? out::flush
            : () -> {
              while (!pipeline.isEmpty()) {
                code[0] = Math.max(code[0], emit(pipeline.next()));
              }
              out.flush();
            };
    LineReader lines = new LineReader(input, beforeBlocking, maxLineBytes);
    String prefix = files.size() > 1 ? CommandInput.name(file) + " " : "";
    Deque<LineReader.Line> readAhead = new ArrayDeque<>();
    boolean first = true;
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
          out.flush();
          err.println(PrettyInput.message(CommandInput.name(file), number, pretty.get()));
          return Main.EXIT_USAGE;
        }
      }
      first = false;
      String where = prefix + "line " + number;
      if (pipeline != null) {
        if (pipeline.full()) {
          code[0] = Math.max(code[0], emit(pipeline.next()));
        }
        if (readable) {
          pipeline.submit(line.bytes(), where);
        } else {
          pipeline.add(CommandInput.unreadable(line, maxLineBytes, true), where);
        }
        continue;
      }
      Outcome outcome;
      if (!readable) {
        outcome = CommandInput.unreadable(line, maxLineBytes, true);
      } else if (parseOnly) {
        Outcome.Rejected rejected = parseOnly(scorer, line.bytes());
        if (rejected == null) {
          continue;
        }
        outcome = rejected;
      } else {
        outcome = scorer.score(line.bytes());
      }
      code[0] = Math.max(code[0], outcome.exitCode());
      emit(outcome, where, true);
    }
    if (pipeline != null) {
      while (!pipeline.isEmpty()) {
        code[0] = Math.max(code[0], emit(pipeline.next()));
      }
    }
    return code[0];
  }

  /**
   * Writes one record scored on a pipeline, as {@link #emit(Outcome, String, boolean)} writes one
   * line.
   *
   * @return the record's exit code
   */
  private int emit(ScoringPipeline.Done done) {
    out.write(done.bytes(), 0, done.bytes().length);
    Outcome.Rejected rejected = done.rejected();
    if (rejected != null && !quiet) {
      out.flush();
      err.println(CommandInput.errorLine(done.where(), rejected));
    }
    return done.exitCode();
  }

  /**
   * {@code --parse-only}: reads one case without assessing it and prints {@code {"id": ...,
   * "parsed": true}}, or returns its rejection.
   *
   * @return the rejection, or null when the case was read and its line printed
   */
  private Outcome.@Nullable Rejected parseOnly(CaseScorer scorer, byte[] caseText) {
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
    } else if (oneLine) {
      record.reset();
      ResultWriter.ONE_LINE.write(outcome, record);
      record.write('\n');
      out.write(record.buffer(), 0, record.size());
    } else {
      out.write(ResultWriter.INDENTED.write(outcome) + "\n");
    }
    if (outcome instanceof Outcome.Rejected rejected && !quiet) {
      out.flush();
      err.println(CommandInput.errorLine(where, rejected));
    }
  }

  /** Why an instrument definition could not be loaded, in one line. */
  private static String instrumentProblem(Exception e) {
    if (e instanceof InvalidInputException invalid) {
      return (invalid.path().isEmpty() ? "" : invalid.path() + ": ") + invalid.problem();
    }
    if (e instanceof NoSuchFileException) {
      return "cannot read: no such file";
    }
    return e instanceof IOException ? "cannot read: " + e.getMessage() : String.valueOf(e);
  }
}
