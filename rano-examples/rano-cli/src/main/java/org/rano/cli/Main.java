package org.rano.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code rano} command: {@code rano score FILE|-} scores RANO-LM cases given in the JSON case
 * format and prints the assessment as JSON or as a table ({@code rano --help}, {@code rano score
 * --help}). A thin shell over {@code rano-core}: it parses, checks the JSON shape and prints; every
 * clinical decision is the library's.
 *
 * <p>Exit codes: {@value #EXIT_OK} every case assessed; {@value #EXIT_REJECTED} at least one case
 * rejected as invalid; {@value #EXIT_USAGE} usage error (unknown option, unreadable file, closed
 * standard input); {@value #EXIT_OUTPUT} output failed (a full disk, a closed pipe); {@value
 * #EXIT_INTERNAL} internal error (a bug in rano).
 *
 * <p>Every write is checked: the first failed write stops the command with one line on standard
 * error. On SIGTERM or SIGINT the output ends after a whole line (see {@link LineOutput}).
 */
@Command(
    name = "rano",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    usageHelpAutoWidth = true,
    headerHeading = "%n",
    header = "RANO-LM response assessment for leptomeningeal metastases.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description =
        "Scores cases under the RANO-LM criteria: per visit the neurological exam, CSF "
            + "cytology and MRI scorecard are combined into an overall response, and over time into "
            + "confirmed and unconfirmed best overall responses and a progression date. 'classify' "
            + "gives the EANO-ESMO diagnosis class; 'generate' writes synthetic cohorts for "
            + "simulation and load tests; 'report' writes a cohort's responses as pictures in "
            + "one HTML file; 'agreement' measures the agreement between readers; 'adrs' writes "
            + "ADRS from SDTM RS; 'sdtm-cases' makes cases of SDTM TU, TR, LB, QS and DM; "
            + "'serve' scores and classifies over HTTP and serves an electronic scorecard.",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case was assessed (or classified, or generated)",
      "1:at least one case was rejected as invalid",
      "2:usage error (unknown option, bad option value, unreadable file, closed standard "
          + "input)",
      "3:output failed (a full disk, a closed pipe); the command stopped at once",
      "4:internal error (a bug in rano, please report it)"
    },
    footerHeading = "%n",
    footer =
        "Run 'rano score --help', 'rano classify --help', 'rano generate --help' or 'rano "
            + "report --help' for the "
            + "input, the output and the options of each command. The case format is described in "
            + "the project's README.")
public final class Main implements Callable<Integer> {

  /** Exit code: every case was assessed. */
  public static final int EXIT_OK = 0;

  /** Exit code: at least one case was rejected as invalid input. */
  public static final int EXIT_REJECTED = 1;

  /** Exit code: usage error, such as an unknown option, an unreadable file, a closed stdin. */
  public static final int EXIT_USAGE = 2;

  /** Exit code: writing the output failed (a full disk, a closed pipe); the command stopped. */
  public static final int EXIT_OUTPUT = 3;

  /** Exit code: an internal error, a bug in rano. */
  public static final int EXIT_INTERNAL = 4;

  private final PrintWriter err;

  private Main(PrintWriter err) {
    this.err = err;
  }

  /**
   * Runs the program and exits the JVM with its exit code. Standard output is written unbuffered by
   * the JVM (every write checked); a shutdown hook ends it after a whole line on SIGTERM or SIGINT.
   *
   * @param args the arguments, e.g. {@code score --text case.json}
   */
  public static void main(String[] args) {
    Runtime.getRuntime().addShutdownHook(new Thread(LineOutput::stopAll, "rano-shutdown"));
    int code;
    try {
      code =
          run(
              args,
              CommandInput.standardInput(),
              new FileOutputStream(FileDescriptor.out),
              System.err);
    } catch (Throwable e) {
      // Out of memory or another error no command caught: a bug, reported on one line.
      System.err.println(
          "rano: internal error (a bug in rano, please report it): "
              + Echo.forTerminal(Echo.quote(String.valueOf(e)), false));
      code = EXIT_INTERNAL;
    }
    System.exit(code);
  }

  /**
   * Runs the program without exiting the JVM, for tests and embedding. Output is written as UTF-8
   * and flushed before returning; a failed write to {@code out} (an {@link java.io.IOException}, or
   * a {@link java.io.PrintStream} whose {@code checkError()} is true) stops the command with exit
   * code {@value #EXIT_OUTPUT}.
   *
   * @param args the arguments, not null
   * @param in the standard input, read by {@code score -}, not null
   * @param out the standard output, not null
   * @param err the standard error, not null
   * @return the exit code: 0, 1, 2, 3 or 4
   * @throws NullPointerException naming the parameter that is null
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    LineOutput output = LineOutput.open(out, "standard output");
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    StringWriter help = new StringWriter();
    CommandLine cli = new CommandLine(new Main(errWriter));
    CommandLine score = new CommandLine(new ScoreCommand(in, output, errWriter));
    PolicyOptions.addTo(score.getCommandSpec());
    cli.addSubcommand("score", score);
    cli.addSubcommand("classify", new ClassifyCommand(in, output, errWriter));
    cli.addSubcommand("generate", new GenerateCommand(output, errWriter));
    CommandLine agreement = new CommandLine(new AgreementCommand(in, output, errWriter));
    PolicyOptions.addTo(agreement.getCommandSpec());
    cli.addSubcommand("agreement", agreement);
    CommandLine report = new CommandLine(new ReportCommand(in, output, errWriter));
    PolicyOptions.addTo(report.getCommandSpec());
    cli.addSubcommand("report", report);
    CommandLine adrs = new CommandLine(new AdrsCommand(output, errWriter));
    PolicyOptions.addTo(adrs.getCommandSpec());
    cli.addSubcommand("adrs", adrs);
    cli.addSubcommand("sdtm-cases", new SdtmCasesCommand(output, errWriter));
    CommandLine serve = new CommandLine(new ServeCommand(output, errWriter));
    PolicyOptions.addTo(serve.getCommandSpec());
    cli.addSubcommand("serve", serve);
    AsciiNumbers.register(cli);
    cli.setOut(new PrintWriter(help));
    cli.setErr(errWriter);
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, errWriter));
    int code = cli.execute(args);
    try {
      if (help.getBuffer().length() > 0) {
        output.write(help.toString());
      }
      output.close(false);
    } catch (LineOutput.Failure e) {
      // Reported already when the command itself stopped on it.
      code = code == EXIT_OUTPUT ? code : failed(e, errWriter);
    }
    errWriter.flush();
    return code;
  }

  /** The exit code and message of an exception that ended a command. */
  private static int failed(Exception e, PrintWriter err) {
    if (e instanceof LineOutput.Failure failure) {
      if (!failure.stopped()) {
        err.println("rano: " + Echo.forTerminal(failure.getMessage(), false));
      }
      return EXIT_OUTPUT;
    }
    err.println(
        "rano: internal error (a bug in rano, please report it): "
            + Echo.forTerminal(Echo.quote(String.valueOf(e)), false));
    return EXIT_INTERNAL;
  }

  /**
   * Runs {@code rano} without a command: a usage error.
   *
   * @return {@value #EXIT_USAGE}
   */
  @Override
  public Integer call() {
    err.println("rano: missing command; try 'rano score FILE' or 'rano --help'");
    return EXIT_USAGE;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        "rano: " + Echo.forTerminal(Echo.quote(String.valueOf(e.getMessage()), 1000), false));
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println(
          "Try '"
              + command.getCommandSpec().qualifiedName()
              + " --help' for more "
              + "information.");
    }
    return EXIT_USAGE;
  }

  /**
   * The version, from {@code org/rano/cli/version.properties}, which Maven's resource filtering
   * fills in with the project's version at build time.
   */
  static final class Version implements IVersionProvider {
    /**
     * Obtains the version lines.
     *
     * @return one line, e.g. {@code rano 0.1.0-SNAPSHOT}, not null
     */
    @Override
    public String[] getVersion() {
      return new String[] {"rano " + version()};
    }

    /**
     * The version of the build.
     *
     * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code development build} when the resource is
     *     missing or was not filtered
     */
    static String version() {
      String version = "development build";
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(in);
          String value = properties.getProperty("version", "");
          if (!value.isEmpty() && !value.startsWith("$")) {
            version = value;
          }
        }
      } catch (IOException e) {
        // Keep "development build".
      }
      return version;
    }
  }
}
