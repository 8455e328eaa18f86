package org.rano.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * --help}). A thin shell over {@code rano-core}: it parses, checks the JSON shape and prints;
 * every clinical decision is the library's.
 *
 * <p>Exit codes: {@value #EXIT_OK} every case assessed; {@value #EXIT_REJECTED} at least one case
 * rejected as invalid; {@value #EXIT_USAGE} usage error (unknown option, unreadable file).
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
    description = "Scores cases under the RANO-LM criteria: per visit the neurological exam, CSF "
        + "cytology and MRI scorecard are combined into an overall response, and over time into "
        + "confirmed and unconfirmed best overall responses and a progression date. 'classify' "
        + "gives the EANO-ESMO diagnosis class; 'generate' writes synthetic cohorts for "
        + "simulation and load tests.",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case was assessed (or classified, or generated)",
      "1:at least one case was rejected as invalid",
      "2:usage error (unknown option, bad option value, unreadable file)"
    },
    footerHeading = "%n",
    footer = "Run 'rano score --help', 'rano classify --help' or 'rano generate --help' for the "
        + "input, the output and the options of each command. The case format is described in "
        + "the project's README.")
public final class Main implements Callable<Integer> {

  /** Exit code: every case was assessed. */
  public static final int EXIT_OK = 0;
  /** Exit code: at least one case was rejected as invalid input. */
  public static final int EXIT_REJECTED = 1;
  /** Exit code: usage error, such as an unknown option or an unreadable file. */
  public static final int EXIT_USAGE = 2;

  private final PrintWriter err;

  private Main(PrintWriter err) {
    this.err = err;
  }

  /**
   * Runs the program and exits the JVM with its exit code.
   *
   * @param args the arguments, e.g. {@code score --text case.json}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /**
   * Runs the program without exiting the JVM, for tests and embedding. Output is written as UTF-8
   * and flushed before returning.
   *
   * @param args the arguments, not null
   * @param in the standard input, read by {@code score -}, not null
   * @param out the standard output, not null
   * @param err the standard error, not null
   * @return the exit code: 0, 1 or 2
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    PrintWriter outWriter = new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter errWriter = new PrintWriter(
        new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = new CommandLine(new Main(errWriter));
    cli.addSubcommand("score", new ScoreCommand(in, outWriter, errWriter));
    cli.addSubcommand("classify", new ClassifyCommand(in, outWriter, errWriter));
    cli.addSubcommand("generate", new GenerateCommand(outWriter, errWriter));
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setExpandAtFiles(false);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      outWriter.flush();
      errWriter.println("rano: internal error (a bug in rano, please report it): " + e);
      return EXIT_REJECTED;
    });
    int code = cli.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
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
    err.println("rano: " + e.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more "
          + "information.");
    }
    return EXIT_USAGE;
  }

  /** The version, from the Maven metadata the build puts in the jar. */
  static final class Version implements IVersionProvider {
    /**
     * Obtains the version lines.
     *
     * @return one line, e.g. {@code rano 0.1.0}, not null
     */
    @Override
    public String[] getVersion() {
      String version = "development build";
      try (InputStream in = Main.class.getResourceAsStream(
          "/META-INF/maven/org.rano/rano-examples/pom.properties")) {
        if (in != null) {
          Properties properties = new Properties();
          properties.load(in);
          version = properties.getProperty("version", version);
        }
      } catch (IOException e) {
        // Keep "development build".
      }
      return new String[] {"rano " + version};
    }
  }
}
