package org.rano.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.rano.cdisc.AdrsWriter;
import org.rano.cdisc.RowError;

/**
 * The output side shared by the commands that write files ({@code generate}, {@code agreement},
 * {@code adrs}, {@code sdtm-cases}): an {@code --output FILE} written through a {@link LineOutput},
 * a whole file written at once, the wording of write errors, and the error records of the SDTM
 * commands (one line each on standard error, and the {@code --errors FILE}).
 *
 * <p>This class is stateless and thread-safe.
 */
final class CommandOutput {

  private CommandOutput() {}

  /**
   * Creates (or replaces) {@code --output FILE} and writes it through a {@link LineOutput}, every
   * write checked, closing it at the end. A file that cannot be created is a usage error: the line
   * {@code rano: FILE: cannot write: ...} on standard error.
   *
   * @param file the file name as given
   * @param err standard error
   * @param writing writes the content
   * @return {@value Main#EXIT_OK}, or {@value Main#EXIT_USAGE} when the file could not be created
   * @throws LineOutput.Failure if a write failed (exit code 3)
   */
  static int toFile(String file, PrintWriter err, Consumer<LineOutput> writing) {
    OutputStream stream;
    try {
      stream = Files.newOutputStream(Path.of(file));
    } catch (IOException | InvalidPathException e) {
      err.println(cannotWrite(file, e));
      return Main.EXIT_USAGE;
    }
    LineOutput fileOutput = LineOutput.open(stream, Echo.forTerminal(file, false));
    try {
      writing.accept(fileOutput);
    } finally {
      fileOutput.close(true);
    }
    return Main.EXIT_OK;
  }

  /**
   * The standard-error line of an output that could not be written: {@code rano: NAME: cannot
   * write: ...}, both parts made safe for a terminal.
   *
   * @param name the file or directory as given
   * @param e why it could not be written
   * @return the line, without its end
   */
  static String cannotWrite(String name, Exception e) {
    return "rano: "
        + Echo.forTerminal(name, false)
        + ": cannot write: "
        + Echo.forTerminal(CommandInput.describe(e), false);
  }

  /**
   * Writes a whole file as UTF-8, replacing it if it exists, every write checked.
   *
   * @param name the file name as given
   * @param content the text
   * @throws IOException whose message names the file ({@code NAME: cannot write: ...})
   * @throws InvalidPathException if the name is not a path
   */
  static void writeWhole(String name, String content) throws IOException {
    try (Writer writer = Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8)) {
      writer.write(content);
    } catch (IOException e) {
      throw new IOException(name + ": cannot write: " + CommandInput.describe(e), e);
    }
  }

  /**
   * Writes the error records of an SDTM command one line each on standard error ({@code rano: } and
   * the record's text made safe for a terminal), unless {@code --quiet}.
   *
   * @param errors the error records, in order
   * @param quiet true for {@code --quiet}: nothing is written
   * @param err standard error
   */
  static void printRowErrors(List<RowError> errors, boolean quiet, PrintWriter err) {
    if (quiet) {
      return;
    }
    for (RowError error : errors) {
      err.println("rano: " + Echo.forTerminal(error.text(), false));
    }
  }

  /**
   * Writes the error records of an SDTM command as CSV to {@code --errors FILE}, when given.
   *
   * @param file the file, or null when {@code --errors} was not given
   * @param errors the error records, in order
   * @throws IOException whose message names the file
   * @throws InvalidPathException if the name is not a path
   */
  static void writeRowErrors(@Nullable String file, List<RowError> errors) throws IOException {
    if (file == null) {
      return;
    }
    StringWriter text = new StringWriter();
    AdrsWriter.writeErrors(errors, text);
    writeWhole(file, text.toString());
  }

  /**
   * The exit code of an SDTM command that wrote its output.
   *
   * @param errors the error records
   * @return {@value Main#EXIT_OK} without error records, else {@value Main#EXIT_REJECTED}
   */
  static int exitCode(List<RowError> errors) {
    return errors.isEmpty() ? Main.EXIT_OK : Main.EXIT_REJECTED;
  }
}
