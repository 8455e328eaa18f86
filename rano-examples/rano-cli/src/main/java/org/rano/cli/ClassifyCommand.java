package org.rano.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import org.rano.diagnosis.Diagnosis;
import org.rano.diagnosis.EanoClassification;
import org.rano.json.CaseFormat;
import org.rano.json.CaseRejection;
import org.rano.json.DiagnosisInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rano classify}: classifies the LM diagnosis of one case of diagnostic findings, or of many
 * with {@code --ndjson}, under EANO-ESMO (spec section 8, DX-1 to DX-3), and prints the MRI
 * pattern, the type, the certainty and the label as JSON. A thin shell over {@link
 * EanoClassification}: the input is read as strictly as {@code rano score} reads a case, and
 * invalid input gives the same error record, standard-error line and exit code.
 *
 * <p>Input: {@code {"id": "DX-1", "cytology": "POSITIVE", "biopsy": false, "clinicalSigns": true,
 * "mri": {"linear": true, "nodular": true, "hydrocephalus": false}}} ({@code id} and {@code biopsy}
 * optional). Output: {@code {"id", "pattern", "type", "certainty", "label", "rules", "reasons",
 * "reasonFacts"}}.
 *
 * <p>Exit codes: 0 every case classified, 1 at least one case rejected as invalid, 2 usage error.
 */
@Command(
    name = "classify",
    header = "Classifies an LM diagnosis under EANO-ESMO (MRI pattern, type, certainty).",
    description = {
      "Reads one case of diagnostic findings (a JSON object) from FILE, or from standard input "
          + "when FILE is -, and prints its EANO-ESMO classification as JSON: the MRI pattern "
          + "(A linear, B nodular, C both, D_HYDROCEPHALUS hydrocephalus only, D_NORMAL no "
          + "leptomeningeal finding), the type (I positive cytology, II otherwise), the "
          + "certainty (CONFIRMED, PROBABLE, POSSIBLE, LACK_OF_EVIDENCE), the label (e.g. IC, "
          + "IIA), the rules DX-1 to DX-3 and the reasons, in English and as values.",
      "",
      "Input: {\"id\": \"DX-1\", \"cytology\": \"POSITIVE\"|\"EQUIVOCAL\"|\"NEGATIVE\"|"
          + "\"NOT_DONE\", \"biopsy\": true|false, \"clinicalSigns\": true|false, \"mri\": "
          + "{\"linear\": true|false, \"nodular\": true|false, \"hydrocephalus\": true|false}}. "
          + "\"id\" is optional; \"biopsy\" (a leptomeningeal biopsy showed tumour) is optional "
          + "and false when left out; every other field is required. Unknown fields, duplicate "
          + "keys, null and values of the wrong type are rejected.",
      "",
      "Output: {\"id\", \"pattern\", \"type\", \"certainty\", \"label\", \"rules\", "
          + "\"reasons\", \"reasonFacts\"}: \"reasonFacts\" holds each reason as {\"rule\", "
          + "\"kind\", \"facts\"}. An invalid case yields {\"id\": ..., \"error\": {\"path\": ..., "
          + "\"message\": ...}} on standard output and \"rano: <file or line> <id>: <path>: "
          + "<message>\" on standard error. On a full disk, a closed pipe, SIGTERM or a closed "
          + "standard input the command behaves as 'rano score' (see 'rano score --help')."
    },
    parameterListHeading = "%nInput:%n",
    exitCodeList = {
      "0:every case was classified",
      "1:at least one case was rejected as invalid (its error record is printed; every valid "
          + "case is still classified)",
      "2:usage error (unknown option, unreadable file, closed standard input)",
      "3:output failed (a full disk, a closed pipe); the command stopped at once",
      "4:internal error (a bug in rano; a case that met it gets an error record and the others "
          + "are still classified)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  rano classify findings.json",
      "  rano classify --ndjson - < findings.ndjson > classes.ndjson"
    })
final class ClassifyCommand extends Subcommand {

  /** The reader of the input: rano-json's, with the format's strictness and messages. */
  private static final CaseFormat FORMAT = CaseFormat.withDefaults();

  private final InputStream stdin;
  private final LineOutput out;
  private final PrintWriter err;

  @Parameters(
      index = "0",
      arity = "1",
      paramLabel = "FILE|-",
      description = "The file of findings, or - for standard input.")
  private String file = "-";

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
              + "input (default ${DEFAULT-VALUE}, 1 MiB). A longer line is skipped and gets an "
              + "error record; the stream goes on.")
  private int maxLineBytes = CommandInput.DEFAULT_MAX_LINE_BYTES;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Write no line on standard error for a rejected case (its error record stays in the "
              + "output, and the exit code is still 1). For a co-process that does not read "
              + "standard error.")
  private boolean quiet;

  /**
   * Obtains the command.
   *
   * @param stdin standard input, read when FILE is {@code -}
   * @param out standard output, for results
   * @param err standard error, for error messages
   */
  ClassifyCommand(InputStream stdin, LineOutput out, PrintWriter err) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
  }

  /**
   * Classifies the input and prints the results.
   *
   * @return the exit code: 0 every case classified, 1 a case rejected, 2 usage error, 4 a case met
   *     a bug
   * @throws LineOutput.Failure if writing the output failed (exit code 3)
   */
  @Override
  public Integer call() {
    if (!CommandInput.maxLineBytesAllowed(maxLineBytes, err)) {
      return Main.EXIT_USAGE;
    }
    return CommandInput.read(
        file,
        stdin,
        err,
        out::flush,
        input ->
            ndjson || CommandInput.namedAsLines(file) ? classifyLines(input) : classifyOne(input));
  }

  /** One case from the whole input. */
  private int classifyOne(InputStream input) throws IOException {
    LineReader.Line content = CommandInput.readWhole(input, maxLineBytes);
    Answer answer =
        content.status() == LineReader.Status.TEXT
            ? classify(content.text())
            : new Refused(CommandInput.unreadable(content, maxLineBytes, false));
    emit(answer, CommandInput.name(file), false);
    return exitCode(answer);
  }

  /** One case per line, streaming; output flushed whenever input would block. */
  private int classifyLines(InputStream input) throws IOException {
    LineReader lines = new LineReader(input, out::flush, maxLineBytes);
    int code = Main.EXIT_OK;
    int number = 0;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      boolean readable = line.status() == LineReader.Status.TEXT;
      if (line.isBlank()) {
        continue;
      }
      Answer answer =
          readable
              ? classify(line.text())
              : new Refused(CommandInput.unreadable(line, maxLineBytes, true));
      code = Math.max(code, exitCode(answer));
      emit(answer, "line " + number, true);
    }
    return code;
  }

  private static int exitCode(Answer answer) {
    if (answer instanceof Refused refused) {
      return refused.rejection().exitCode();
    }
    return Main.EXIT_OK;
  }

  /**
   * Classifies the text of one case. Every text gives exactly one answer; no exception escapes.
   *
   * @param text the case as one JSON object, not null
   * @return the classification or the rejection, not null
   */
  static Answer classify(String text) {
    try {
      return classifyChecked(text);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not stop the stream: the case is reported, and the bug named.
      return new Refused(Outcome.Rejected.ofBug(null, "could not be read", e));
    }
  }

  private static Answer classifyChecked(String text) {
    DiagnosisInput input;
    try {
      input = FORMAT.readDiagnosis(text);
    } catch (CaseRejection e) {
      return new Refused(new Outcome.Rejected(e.caseId().orElse(null), e.path(), e.problem()));
    }
    @Nullable String id = input.id().orElse(null);
    try {
      return new Classified(id, input.classify());
    } catch (RuntimeException e) {
      // A library bug must not stop the stream: the case is reported, and the bug named.
      return new Refused(Outcome.Rejected.ofBug(id, "could not be classified", e));
    }
  }

  /** Writes one answer as one record, in one piece; a rejection also on standard error. */
  private void emit(Answer answer, String where, boolean oneLine) {
    ResultWriter writer = oneLine ? ResultWriter.ONE_LINE : ResultWriter.INDENTED;
    if (answer instanceof Classified classified) {
      out.write(writer.write(classified.id(), classified.diagnosis()) + "\n");
      return;
    }
    Outcome.Rejected rejected = ((Refused) answer).rejection();
    out.write(writer.write(rejected) + "\n");
    out.flush();
    if (!quiet) {
      err.println(CommandInput.errorLine(where, rejected));
    }
  }

  /** What became of one case: classified or rejected. */
  sealed interface Answer permits Classified, Refused {}

  /**
   * A classified case.
   *
   * @param id the case id, or null when it had none
   * @param diagnosis the classification, not null
   */
  record Classified(@Nullable String id, Diagnosis diagnosis) implements Answer {}

  /**
   * A case rejected as invalid input.
   *
   * @param rejection the id, path and message, as {@code rano score} reports them, not null
   */
  record Refused(Outcome.Rejected rejection) implements Answer {}
}
